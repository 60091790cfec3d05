// The residents page and form against a real store file.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/models/ResidentTableModel.h"
#include "ui/pages/ResidentsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
qint64 count(Store& store, const QString& sql)
{
    QSqlQuery q(store.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_CASE("residents page opens on a large commune with one chunk loaded and scrolls on", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 3000);
    ResidentsPage page(temp.store());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->totalCount() == 3000);
    // Whole chunks only (the model tester itself asks for a few).
    CHECK(page.model()->rowCount() % ResidentTableModel::kChunk == 0);
    CHECK(page.model()->rowCount() < 3000);
    page.resize(1000, 600);
    page.show();
    // The view may ask for a chunk or two to fill itself, never for everything.
    CHECK(page.model()->rowCount() < 3000);
    REQUIRE(page.model()->canFetchMore({}));
    page.view()->scrollToBottom();
    QCoreApplication::processEvents();
    page.model()->fetchMore({});
    CHECK(page.model()->rowCount() > ResidentTableModel::kChunk);
    // The rows stay in name order across chunk borders, with no duplicate.
    QSet<QString> ids;
    while (page.model()->canFetchMore({}))
        page.model()->fetchMore({});
    REQUIRE(page.model()->rowCount() == 3000);
    for (int i = 0; i < page.model()->rowCount(); ++i)
        ids.insert(page.model()->idAt(i));
    CHECK(ids.size() == 3000);
    for (int i = 1; i < page.model()->rowCount(); ++i) {
        const QString a = text::fold(page.model()->index(i - 1, ResidentTableModel::Name).data().toString());
        const QString b = text::fold(page.model()->index(i, ResidentTableModel::Name).data().toString());
        REQUIRE(a <= b);
    }
}

TEST_CASE("residents search ignores diacritics and the filters narrow the list", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 400);
    ResidentsPage page(temp.store());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    page.focusSearch();
    QTest::keyClicks(page.searchBox(), QStringLiteral("nguyen van"));
    // Debounced: the list follows after the typing pause.
    REQUIRE(QTest::qWaitFor([&] { return page.model()->totalCount() == 2; }, 5000));
    CHECK(page.model()->index(0, ResidentTableModel::Name).data().toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(page.model()->index(1, ResidentTableModel::Name).data().toString() == QStringLiteral("Nguyễn Văn Bình"));

    page.searchBox()->setText(QStringLiteral("001085"));
    page.applyFilterNow();
    REQUIRE(page.model()->totalCount() == 1);
    CHECK(page.model()->idAt(0) == c.an);

    page.searchBox()->clear();
    auto* hamlet = page.findChild<QComboBox*>(QStringLiteral("hamletFilter"));
    hamlet->setCurrentIndex(hamlet->findData(c.hamlet2));
    page.applyFilterNow();
    CHECK(page.model()->totalCount() ==
          count(temp.store(), QStringLiteral("SELECT count(*) FROM residents WHERE hamlet_id = '%1'").arg(c.hamlet2)));
    auto* digital = page.findChild<QComboBox*>(QStringLiteral("digitalFilter"));
    digital->setCurrentIndex(digital->findData(QStringLiteral("smartphone")));
    page.applyFilterNow();
    CHECK(page.model()->totalCount() ==
          count(temp.store(), QStringLiteral("SELECT count(*) FROM residents WHERE hamlet_id = '%1' AND "
                                             "has_smartphone = 1")
                                  .arg(c.hamlet2)));
    CHECK(page.model()->totalCount() > 0);
}

TEST_CASE("Enter on a resident in the list opens the edit form (keyboard first)", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 5);
    ResidentsPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<QTableView*>(QStringLiteral("residentsView"));
    REQUIRE(view);
    page.searchBox()->setText(QStringLiteral("nguyen van an"));
    page.applyFilterNow();
    REQUIRE(page.model()->totalCount() == 1);
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, ResidentTableModel::Name));
    QString opened;
    onNextModal([&](QWidget* modal) {
        if (auto* dialog = qobject_cast<ResidentDialog*>(modal))
            opened = dialog->findChild<QLineEdit*>(QStringLiteral("fullName"))
                         ? dialog->findChild<QLineEdit*>(QStringLiteral("fullName"))->text()
                         : QStringLiteral("(a resident form)");
        modal->close();
    });
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(opened == QStringLiteral("Nguyễn Văn An"));
}

TEST_CASE("an invalid CCCD is shown under the field and nothing is saved", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 5);
    const qint64 logBefore = temp->changeLogCount();
    ResidentDialog dialog(temp.store(), c.an);
    dialog.show();
    auto* cccd = dialog.findChild<QLineEdit*>(QStringLiteral("cccd"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("cccdMessage"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(cccd->text() == QStringLiteral("001085012345"));
    CHECK(message->isHidden());
    cccd->selectAll();
    QTest::keyClicks(cccd, QStringLiteral("12345"));
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(dialog.trySave(true)); // a hard error: not even "save anyway"
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("cccd")).toString() ==
          QStringLiteral("001085012345"));
    CHECK(temp->changeLogCount() == logBefore);
}

TEST_CASE("a CCCD whose sex digit disagrees needs Save anyway", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 5);
    ResidentDialog dialog(temp.store(), c.an);
    dialog.show();
    auto* sex = dialog.findChild<QComboBox*>(QStringLiteral("sex"));
    auto* anyway = dialog.findChild<QPushButton*>(QStringLiteral("saveAnywayButton"));
    CHECK_FALSE(anyway->isVisible());
    sex->setCurrentIndex(sex->findData(QStringLiteral("F"))); // the CCCD says male
    CHECK(anyway->isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("cccdMessage"))->isVisible());
    CHECK_FALSE(dialog.trySave(false));
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("sex")).toString() == QStringLiteral("M"));
    REQUIRE(dialog.trySave(true));
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("sex")).toString() == QStringLiteral("F"));
}

TEST_CASE("a new resident is stored NFC with a normalised phone, a missing name blocks saving", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    ResidentDialog dialog(temp.store(), {});
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fullName"));
    auto* phone = dialog.findChild<QLineEdit*>(QStringLiteral("phone"));
    auto* birth = dialog.findChild<QLineEdit*>(QStringLiteral("birth"));
    CHECK_FALSE(dialog.trySave(false)); // no name yet
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("full_nameMessage"))->isVisible());
    birth->setText(QStringLiteral("31/02/1990"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("birthMessage"))->isVisible());
    birth->setText(QStringLiteral("28/02/1990"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("birthMessage"))->isHidden());
    name->setText(QStringLiteral("Lê Thị Hồng").normalized(QString::NormalizationForm_D));
    phone->setText(QStringLiteral("0912 345 678"));
    REQUIRE(dialog.trySave(false));
    const auto row = temp->get(QStringLiteral("residents"), dialog.savedId());
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("full_name")).toString() == QStringLiteral("Lê Thị Hồng"));
    CHECK(row->value(QStringLiteral("phone")).toString() == QStringLiteral("0912345678"));
    CHECK(row->value(QStringLiteral("birth_date")).toString() == QStringLiteral("1990-02-28"));
    CHECK(row->value(QStringLiteral("birth_year")).toInt() == 1990);
}

TEST_CASE("deleting a resident asks, tombstones, and Undo in the status bar restores", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 20);
    MainWindow window(temp.store());
    window.show();
    auto* page = window.findPage<ResidentsPage>();
    REQUIRE(page);
    window.showPage(1);
    REQUIRE(window.currentPage() == page);
    const qint64 before = page->model()->totalCount();

    // "Cancel" keeps the resident.
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("keepAnswer"))->click(); });
    CHECK_FALSE(page->deleteResident(c.an));
    CHECK(temp->get(QStringLiteral("residents"), c.an));

    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    REQUIRE(page->deleteResident(c.an));
    CHECK_FALSE(temp->get(QStringLiteral("residents"), c.an));
    CHECK(temp->get(QStringLiteral("residents"), c.an, true)); // a tombstone, not gone
    CHECK(page->model()->totalCount() == before - 1);
    CHECK(page->model()->rowOf(c.an) < 0);
    auto* undo = window.findChild<QToolButton*>(QStringLiteral("undoButton"));
    REQUIRE(undo->isVisible());
    undo->click();
    CHECK(temp->get(QStringLiteral("residents"), c.an));
    CHECK(page->model()->totalCount() == before);
    CHECK(page->model()->rowOf(c.an) >= 0);
    CHECK_FALSE(undo->isVisible());
}
