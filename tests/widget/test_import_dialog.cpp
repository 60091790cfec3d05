// File ▸ Import and File ▸ Export over a real store: the check lists the bad
// row, "only valid" imports the rest, "nothing" imports nothing, and the
// export is a CSV with a BOM.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/models/ImportIssueModel.h"
#include "ui/widgets/FileField.h"
#include "ui/widgets/ListCombo.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
// Test-side check of what reached the file (the app itself reads residents through core only).
qint64 residentsNamed(Store& store, const QString& name)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0 AND full_name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 liveResidents(Store& store)
{
    QSqlQuery q(store.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) && q.next() ? q.value(0).toLongLong()
                                                                                                 : -1;
}

QString writeCsv(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    return path;
}

const QString kOneBadRow = QStringLiteral("Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố\r\n"
                                          "Lê Thị Hoa,01/02/1980,Nữ,Thôn Đông\r\n"
                                          "Phan Văn Hùng,31/02/1975,Nam,Thôn Đông\r\n"
                                          "Võ Thị Mai,05/05/1992,Nữ,Thôn Đoài\r\n");

void checkAndWait(ImportDialog& dialog)
{
    QSignalSpy spy(&dialog, &ImportDialog::checked);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkImport")), Qt::LeftButton);
    REQUIRE(spy.wait(30000));
}
} // namespace

TEST_CASE("import dialog: the check shows the bad row and only the valid rows are imported", "[widget][import]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("residents.csv"), kOneBadRow);
    const qint64 before = liveResidents(temp.store());

    ImportDialog dialog(temp.store());
    QAbstractItemModelTester tester(dialog.issues(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    dialog.setList(QStringLiteral("residents"));
    dialog.setFile(path);
    checkAndWait(dialog);

    // The check stored nothing and names row 3, its column, value and reason.
    CHECK(liveResidents(temp.store()) == before);
    REQUIRE(dialog.issues()->rowCount() >= 1);
    bool found = false;
    for (int i = 0; i < dialog.issues()->rowCount(); ++i) {
        const ImportIssue& issue = dialog.issues()->issueAt(i);
        if (issue.row == 3 && issue.severity == ImportIssue::Severity::Error) {
            found = true;
            CHECK(issue.column == QStringLiteral("Ngày sinh"));
            CHECK(issue.value == QStringLiteral("31/02/1975"));
            CHECK_FALSE(issue.reason.isEmpty());
            CHECK(dialog.issues()->index(i, ImportIssueModel::Row).data().toLongLong() == 3);
            CHECK(dialog.issues()->index(i, ImportIssueModel::Value).data().toString() == QStringLiteral("31/02/1975"));
        }
        CHECK(issue.row != 2);
        CHECK(issue.row != 4);
    }
    CHECK(found);
    CHECK_FALSE(dialog.importAllButton()->isEnabled());
    REQUIRE(dialog.importValidButton()->isEnabled());
    CHECK(dialog.importNothingButton()->isEnabled());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importValidButton(), Qt::LeftButton);
    REQUIRE(imported.wait(30000));
    CHECK(dialog.lastReport().committed);
    CHECK(dialog.lastReport().inserted == 2);
    CHECK(dialog.lastReport().rejected == 1);
    CHECK(liveResidents(temp.store()) == before + 2);
    CHECK(residentsNamed(temp.store(), QStringLiteral("Lê Thị Hoa")) == 1);
    CHECK(residentsNamed(temp.store(), QStringLiteral("Võ Thị Mai")) == 1);
    CHECK(residentsNamed(temp.store(), QStringLiteral("Phan Văn Hùng")) == 0);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("2 new")));
    CHECK_FALSE(dialog.importValidButton()->isVisible()); // done: only Close remains
}

TEST_CASE("import dialog: 'Import nothing' stores nothing, a clean file imports with 'Import'", "[widget][import]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    QTemporaryDir dir;
    const qint64 before = liveResidents(temp.store());
    {
        ImportDialog dialog(temp.store());
        dialog.show();
        dialog.setList(QStringLiteral("residents"));
        dialog.setFile(writeCsv(dir, QStringLiteral("bad.csv"), kOneBadRow));
        checkAndWait(dialog);
        QTest::mouseClick(dialog.importNothingButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
        CHECK(liveResidents(temp.store()) == before);
    }
    {
        ImportDialog dialog(temp.store());
        dialog.show();
        dialog.setList(QStringLiteral("residents"));
        dialog.setFile(writeCsv(dir, QStringLiteral("good.csv"),
                                QStringLiteral("Họ và tên,Ngày sinh,Thôn/Tổ dân phố\r\n"
                                               "Lê Thị Hoa,01/02/1980,Thôn Đông\r\n")));
        checkAndWait(dialog);
        CHECK(dialog.lastReport().errorCount() == 0);
        CHECK_FALSE(dialog.importValidButton()->isEnabled());
        REQUIRE(dialog.importAllButton()->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.importAllButton(), Qt::LeftButton);
        REQUIRE(imported.wait(30000));
        CHECK(dialog.lastReport().committed);
        CHECK(liveResidents(temp.store()) == before + 1);
    }
}

TEST_CASE("import dialog: a file that is not a list of that kind is refused whole", "[widget][import]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    QTemporaryDir dir;
    ImportDialog dialog(temp.store());
    dialog.setList(QStringLiteral("residents"));
    dialog.setFile(writeCsv(dir, QStringLiteral("wrong.csv"), QStringLiteral("Foo,Bar\r\n1,2\r\n")));
    checkAndWait(dialog);
    CHECK_FALSE(dialog.lastReport().fatalError.isEmpty());
    CHECK_FALSE(dialog.importAllButton()->isEnabled());
    CHECK_FALSE(dialog.importValidButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(dialog.lastReport().fatalError));
}

TEST_CASE("export dialog writes the list as CSV with a BOM", "[widget][import]")
{
    TempStore temp;
    fillCommune(temp.store(), 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("residents.csv"));
    ExportDialog dialog(temp.store());
    dialog.setList(QStringLiteral("residents"));
    dialog.setFile(path);
    QSignalSpy spy(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("startExport")), Qt::LeftButton);
    REQUIRE(spy.wait(30000));
    REQUIRE(spy.at(0).at(0).toBool());
    CHECK(dialog.rowsWritten() == 5);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains(QStringLiteral("Họ và tên").toUtf8()));
    CHECK(bytes.contains(QStringLiteral("Nguyễn Văn An").toUtf8()));
    CHECK(bytes.contains(QStringLiteral("Thôn Đông").toUtf8()));
}

TEST_CASE("the export file follows the chosen list until the user types a path of their own", "[widget][import]")
{
    TempStore temp;
    ExportDialog dialog(temp.store());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* list = dialog.findChild<ListCombo*>(QStringLiteral("exportList"));
    auto* file = dialog.findChild<FileField*>(QStringLiteral("exportFile"));
    REQUIRE(list);
    REQUIRE(file);
    REQUIRE(list->setCurrentList(QStringLiteral("households")));
    CHECK(file->path() == QDir::home().filePath(QStringLiteral("households.csv")));
    REQUIRE(list->setCurrentList(QStringLiteral("classes")));
    CHECK(file->path() == QDir::home().filePath(QStringLiteral("classes.csv")));

    // The label's mnemonic focuses its buddy: the path, not the Browse button.
    QLabel* label = nullptr;
    for (auto* l : dialog.findChildren<QLabel*>())
        if (l->buddy() == file)
            label = l;
    REQUIRE(label);
    CHECK(label->text().contains(QLatin1Char('&')));
    label->buddy()->setFocus(Qt::ShortcutFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return file->lineEdit()->hasFocus(); }, 2000));
    file->lineEdit()->selectAll();
    QTest::keyClicks(file->lineEdit(), QStringLiteral("/tmp/lop-hoc.csv"));
    REQUIRE(list->setCurrentList(QStringLiteral("residents")));
    CHECK(file->path() == QStringLiteral("/tmp/lop-hoc.csv"));
}

TEST_CASE("File menu opens the import and export dialogs", "[widget][import]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    MainWindow window(temp.store());
    window.show();
    auto findAction = [&](const QString& name) -> QAction* {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* action : menu->menu()->actions())
                    if (action->text().remove(QLatin1Char('&')) == name)
                        return action;
        return nullptr;
    };
    for (const auto& [text, objectName] : {std::pair{QStringLiteral("Import a list..."), QStringLiteral("importDialog")},
                                           std::pair{QStringLiteral("Export a list..."), QStringLiteral("exportDialog")}}) {
        QAction* action = findAction(text);
        INFO(text.toStdString());
        REQUIRE(action);
        QString opened;
        onNextModal([&opened](QWidget* modal) {
            opened = modal->objectName();
            qobject_cast<QDialog*>(modal)->reject();
        });
        action->trigger();
        CHECK(opened == objectName);
    }
}
