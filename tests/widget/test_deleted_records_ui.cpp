// Deleting and restoring from the window: a hamlet from Settings (refused
// while it is in use, undoable), and File > Deleted records.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/dialogs/DeletedRecordsDialog.h"
#include "ui/models/RowListModel.h"
#include "ui/models/HouseholdTableModel.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/HouseholdsPage.h"
#include "ui/pages/SettingsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QListWidgetItem* hamletItem(QListWidget* list, const QString& name)
{
    const auto found = list->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

TEST_CASE("Settings deletes an empty hamlet after asking, refuses one in use, and undoes", "[widget][deleted]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* settings = window.findPage<SettingsPage>();
    REQUIRE(settings);
    window.showPage(window.pageCount() - 1);
    REQUIRE(settings->addHamlet(QStringLiteral("Tổ 9")));
    auto* list = settings->findChild<QListWidget*>(QStringLiteral("hamletList"));
    auto* button = settings->findChild<QPushButton*>(QStringLiteral("deleteHamletButton"));
    REQUIRE((list && button));

    // Thôn Đông has households and residents: refused, with what holds it.
    list->setCurrentItem(hamletItem(list, QStringLiteral("Thôn Đông")));
    button->click();
    REQUIRE(hamletItem(list, QStringLiteral("Thôn Đông")));
    const QString refusal = settings->findChild<QLabel*>(QStringLiteral("settingsMessage"))->text();
    CHECK(refusal.contains(QStringLiteral("household")));
    CHECK(refusal.contains(QStringLiteral("resident")));

    // The empty one goes after a Yes, and comes back with Undo.
    list->setCurrentItem(hamletItem(list, QStringLiteral("Tổ 9")));
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    button->click();
    CHECK_FALSE(hamletItem(list, QStringLiteral("Tổ 9")));
    auto* undo = window.findChild<QToolButton*>(QStringLiteral("undoButton"));
    REQUIRE(undo);
    REQUIRE(undo->isVisible());
    undo->click();
    CHECK(hamletItem(list, QStringLiteral("Tổ 9")));
}

TEST_CASE("File > Deleted records lists deletes by kind and restores the selected ones", "[widget][deleted]")
{
    // The English catalogue gives plural forms ("3 records"), whichever test ran before in this process.
    REQUIRE(installTranslations(QStringLiteral("en")));
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 3);
    StoreError error;
    REQUIRE(temp->remove(QStringLiteral("residents"), c.binh, &error));
    REQUIRE(temp->remove(QStringLiteral("residents"), c.an, &error));
    REQUIRE(temp->remove(QStringLiteral("households"), c.household1, &error));

    DeletedRecordsDialog dialog(temp.store());
    auto* view = dialog.view();
    REQUIRE(view->model()->rowCount() == 3);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("deletedKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Resident")));
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("Resident"));
    CHECK(view->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Nguyễn Văn An")));

    // Nguyễn Văn An's household is deleted too: restored alone, he waits for it.
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("deletedRecordsMessage"));
    view->selectRow(0);
    CHECK(dialog.restoreSelected() == 0);
    CHECK(message->text().contains(QStringLiteral("deleted household")));

    // Household and resident selected together: the household comes back first.
    kind->setCurrentIndex(0);
    REQUIRE(view->model()->rowCount() == 3);
    QSignalSpy written(&dialog, &DeletedRecordsDialog::storeWritten);
    view->selectAll();
    CHECK(dialog.restoreSelected() == 3);
    CHECK(written.count() == 1);
    CHECK(view->model()->rowCount() == 0);
    CHECK(temp->get(QStringLiteral("residents"), c.an));
    CHECK(temp->get(QStringLiteral("households"), c.household1));
    CHECK(message->text() == QStringLiteral("3 records restored."));
}

TEST_CASE("a class is deleted with its attendance after asking, and Undo brings it back", "[widget][deleted]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 2);
    StoreError error;
    const auto klass = temp->insert(QStringLiteral("classes"), {{"title", "Cài đặt VNeID"}, {"starts_at", "2026-03-14T08:00:00"}}, &error);
    REQUIRE(klass);
    REQUIRE(temp->insert(QStringLiteral("attendance"), {{"class_id", *klass}, {"resident_id", c.an}}, &error));
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* classes = window.findPage<ClassesPage>();
    REQUIRE(classes);
    for (int i = 0; i < window.pageCount(); ++i) {
        if (window.page(i) == classes)
            window.showPage(i);
    }
    REQUIRE(classes->classes()->rowCount() == 1);
    classes->selectClass(*klass);
    auto* button = classes->findChild<QPushButton*>(QStringLiteral("deleteClassButton"));
    REQUIRE(button);

    // "Cancel" (the default answer) keeps it.
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("keepAnswer"))->click(); });
    button->click();
    CHECK(classes->classes()->rowCount() == 1);

    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    button->click();
    CHECK(classes->classes()->rowCount() == 0);
    CHECK_FALSE(temp->get(QStringLiteral("classes"), *klass));
    auto* undo = window.findChild<QToolButton*>(QStringLiteral("undoButton"));
    REQUIRE(undo->isVisible());
    undo->click();
    REQUIRE(classes->classes()->rowCount() == 1);
    CHECK(classes->classes()->rowAt(0).cells.value(4) == QStringLiteral("1")); // its attendance came back with it
}

TEST_CASE("a household is deleted only when nobody lives in it", "[widget][deleted]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 2);
    StoreError error;
    const auto empty = temp->insert(QStringLiteral("households"), {{"hamlet_id", c.hamlet2}, {"code", "HD-TRONG"}}, &error);
    REQUIRE(empty);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* households = window.findPage<HouseholdsPage>();
    REQUIRE(households);

    CHECK_FALSE(households->deleteHousehold(c.household1, false));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("resident")));
    CHECK(temp->get(QStringLiteral("households"), c.household1));

    const qint64 before = households->model()->totalCount();
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    REQUIRE(households->deleteHousehold(*empty));
    CHECK(households->model()->totalCount() == before - 1);
    CHECK_FALSE(temp->get(QStringLiteral("households"), *empty));
    window.findChild<QToolButton*>(QStringLiteral("undoButton"))->click();
    CHECK(households->model()->totalCount() == before);
}
