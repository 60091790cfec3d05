// The main window, settings, backup/restore, background tasks, translations.
#include "WidgetFixtures.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/KpiEngine.h"
#include "core/search/ResidentSearch.h"
#include "core/search/SearchKeyIndex.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/SearchKeyWarmup.h"
#include "ui/StoreBackup.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/Translations.h"
#include "ui/dialogs/BackupActions.h"
#include "ui/models/BaselineModel.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/ResidentsPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/widgets/BackgroundTask.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace hocvuso;
using namespace hocvuso::test;

TEST_CASE("the main window lists the pages, routes Ctrl+F and counts pending changes", "[widget]")
{
    QCoreApplication::setOrganizationName(QStringLiteral("hocvuso-widget-tests"));
    TempStore temp;
    fillCommune(temp.store(), 10);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.pageCount() == 8);
    QStringList titles;
    for (int i = 0; i < window.pageCount(); ++i)
        titles << window.page(i)->title();
    CHECK(titles == QStringList{"Overview", "Residents", "Households", "Classes", "Digital ambassadors",
                                "Home visits", "Reports", "Settings"});
    auto* pending = window.findChild<QLabel*>(QStringLiteral("pendingLabel"));
    CHECK(pending->text().contains(QString::number(temp->pendingChanges())));

    window.showPage(1);
    auto* residents = window.findPage<ResidentsPage>();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(residents->searchBox()->hasFocus());

    auto* sync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
    const QString never = sync->text();
    window.setSyncStatus(QDateTime(QDate(2025, 10, 10), QTime(9, 30)), QStringLiteral("timeout"));
    CHECK(sync->text() != never);
    CHECK(sync->text().contains(QStringLiteral("timeout")));

    // A write through a page refreshes the count.
    auto* settings = window.findPage<SettingsPage>();
    const qint64 before = temp->pendingChanges();
    REQUIRE(settings->addHamlet(QStringLiteral("Tổ dân phố 5")));
    CHECK(temp->pendingChanges() == before + 1);
    CHECK(pending->text().contains(QString::number(before + 1)));
}

TEST_CASE("the search keys load off the GUI thread once the window shows, the first search uses them", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 40);
    QSqlQuery first(temp->db());
    REQUIRE(first.exec(QStringLiteral("SELECT full_name FROM residents WHERE deleted = 0 ORDER BY rowid LIMIT 1")));
    REQUIRE(first.next());
    const QString name = first.value(0).toString();
    first.finish();

    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchKeyWarmup* warmup = window.searchKeyWarmup();
    REQUIRE(warmup);
    REQUIRE(QTest::qWaitFor([&] { return warmup->isReady(); }, 20000));
    const auto keys = SearchKeyIndex::of(temp.store());
    CHECK(keys->isLoaded());
    CHECK(keys->residentCount() == 40);
    CHECK(keys->fullLoads() == 0); // handed over by the worker, never loaded on the GUI connection

    ResidentSearch search(temp.store());
    const auto hits = search.search(name);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.front().fullName == name);
    CHECK(keys->fullLoads() == 0);
}

TEST_CASE("the window remembers its size for the next start", "[widget]")
{
    QCoreApplication::setOrganizationName(QStringLiteral("hocvuso-widget-tests"));
    TempStore temp;
    fillCommune(temp.store(), 3);
    {
        MainWindow window(temp.store());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(1250, 690);
        QCoreApplication::processEvents();
        REQUIRE(window.close()); // nothing unsaved: closes without asking, saving its state
    }
    MainWindow again(temp.store());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    INFO(again.width() << "x" << again.height());
    CHECK(again.size() == QSize(1250, 690));
}

TEST_CASE("the first run with an empty store asks for the commune, an incomplete one is refused", "[widget]")
{
    TempStore temp(false);
    REQUIRE_FALSE(temp->hasCommune());
    FirstRunDialog dialog(temp.store());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("communeCode"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("communeName"));
    auto* create = dialog.findChild<QAbstractButton*>(QStringLiteral("createCommuneButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("firstRunError"));
    REQUIRE((code && name && create && error));
    QTest::keyClicks(code, QStringLiteral("26734"));
    create->click(); // no name yet
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(temp->hasCommune());
    CHECK(dialog.isVisible());
    typeText(name, QStringLiteral("Xã Bình Minh"));
    create->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(temp->hasCommune());
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT code, name FROM communes WHERE deleted = 0")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("26734"));
    CHECK(q.value(1).toString() == QStringLiteral("Xã Bình Minh"));
}

TEST_CASE("baselines are edited per hamlet and year, bad numbers are refused", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 3);
    SettingsPage page(temp.store());
    BaselineModel* model = page.baselines();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setYear(2025);
    REQUIRE(model->rowCount() == 2);
    const int adults = BaselineModel::fieldNames().indexOf(QStringLiteral("adults")) + 1;
    REQUIRE(model->setData(model->index(0, adults), QStringLiteral("1250")));
    QSignalSpy refused(model, &BaselineModel::refused);
    CHECK_FALSE(model->setData(model->index(0, adults), QStringLiteral("12a")));
    CHECK(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("12a")));
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT hamlet_id, year, adults FROM baselines WHERE deleted = 0")));
    REQUIRE(q.next());
    CHECK(q.value(1).toInt() == 2025);
    CHECK(q.value(2).toInt() == 1250);
    CHECK_FALSE(q.next());
    model->setYear(2026);
    CHECK(model->index(0, adults).data().isNull());
    model->setYear(2025);
    CHECK(model->index(0, adults).data().toInt() == 1250);

    // Renaming a hamlet.
    REQUIRE(page.renameHamlet(c.hamlet1, QStringLiteral("Thôn Đông Mới")));
    CHECK(temp->get(QStringLiteral("hamlets"), c.hamlet1)->value(QStringLiteral("name")).toString() ==
          QStringLiteral("Thôn Đông Mới"));
    CHECK_FALSE(page.renameHamlet(c.hamlet1, QStringLiteral("  ")));
}

TEST_CASE("backup while the store is open, restore is validated and swapped at the next start", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 30);
    const QString backup = temp.dir() + QStringLiteral("/backup.sqlite");
    // Saved indicators beside the store and a stale one where the backup goes:
    // only ever used for the file they were saved from.
    auto placeCopy = [](const QString& storeFile) {
        QFile copy(kpi::KpiEngine::savedCopyPath(storeFile));
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write("saved indicators");
    };
    placeCopy(temp.path());
    placeCopy(backup);
    QString error;
    REQUIRE(StoreBackup::backup(temp.store(), backup, &error));
    CHECK_FALSE(QFile::exists(kpi::KpiEngine::savedCopyPath(backup)));
    // Changes after the backup...
    StoreError storeError;
    REQUIRE(temp->remove(QStringLiteral("residents"), c.an, &storeError));

    // A file that is not a store is refused and nothing is staged.
    const QString junk = temp.dir() + QStringLiteral("/junk.sqlite");
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, just text that someone renamed");
    f.close();
    CHECK_FALSE(StoreBackup::scheduleRestore(temp.path(), junk, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(StoreBackup::hasPendingRestore(temp.path()));

    REQUIRE(StoreBackup::scheduleRestore(temp.path(), backup, &error));
    CHECK(StoreBackup::hasPendingRestore(temp.path()));
    // ...are still there until the restart.
    CHECK_FALSE(temp->get(QStringLiteral("residents"), c.an));
    temp.close();
    REQUIRE(QFile::exists(kpi::KpiEngine::savedCopyPath(temp.path())));
    REQUIRE(StoreBackup::applyPendingRestore(temp.path(), &error));
    CHECK_FALSE(StoreBackup::hasPendingRestore(temp.path()));
    CHECK(QFile::exists(StoreBackup::previousPath(temp.path())));
    CHECK_FALSE(QFile::exists(kpi::KpiEngine::savedCopyPath(temp.path()))); // the replaced store's, deleted
    CHECK_FALSE(QFile::exists(kpi::KpiEngine::savedCopyPath(StoreBackup::previousPath(temp.path()))));
    temp.reopen();
    CHECK(temp->get(QStringLiteral("residents"), c.an)); // the backup's state
}

TEST_CASE("backup and the restore check run off the GUI thread while the window keeps painting", "[widget]")
{
    TempStore temp;
    DemoCommune::Options o;
    o.residents = 20000; // a VACUUM INTO long enough for the event loop to turn many times
    o.seed = 7;
    StoreError storeError;
    REQUIRE(DemoCommune(temp.store()).generate(o, &storeError));
    auto residentCount = [](Store& store) {
        QSqlQuery q(store.db());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM residents WHERE deleted = 0")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 residents = residentCount(temp.store());
    REQUIRE(residents == 20000);

    // A timer on the GUI thread fires only while its event loop runs: a
    // backup done on this thread would leave it at zero.
    QWidget window;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();
    const QString backup = temp.dir() + QStringLiteral("/busy-backup.sqlite");
    QString error;
    REQUIRE(backupInBackground(temp.store(), backup, &window, &error));
    timer.stop();
    CHECK(ticks > 0);
    {
        auto copy = Store::open(backup, &error);
        REQUIRE(copy);
        CHECK(residentCount(*copy) == residents);
    }

    // The restore check (copy + integrity_check) too; a bad file is still refused with its reason.
    ticks = 0;
    timer.start();
    REQUIRE(scheduleRestoreInBackground(temp.store(), backup, &window, &error));
    timer.stop();
    CHECK(ticks > 0);
    CHECK(StoreBackup::hasPendingRestore(temp.path()));
    const QString junk = temp.dir() + QStringLiteral("/junk.sqlite");
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    error.clear();
    CHECK_FALSE(scheduleRestoreInBackground(temp.store(), junk, &window, &error));
    CHECK(error.contains(junk));
    // The store itself is refused as a backup target, with the dialog's message.
    CHECK_FALSE(backupInBackground(temp.store(), temp.path(), &window, &error));
    CHECK(error == QStringLiteral("The backup cannot replace the open store itself."));
}

TEST_CASE("a background task runs on its own store connection with progress and cancel", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 25);
    QThread* guiThread = QThread::currentThread();
    bool ranElsewhere = false;
    auto* task = BackgroundTask::start(temp.path(), [&](Store& store, TaskControl& control, QString*) {
        ranElsewhere = QThread::currentThread() != guiThread;
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT count(*) FROM residents"));
        q.next();
        control.progress(1, 1, QStringLiteral("counted"));
        return q.value(0);
    });
    QSignalSpy progress(task, &BackgroundTask::progress);
    QSignalSpy finished(task, &BackgroundTask::finished);
    REQUIRE(finished.wait(10000));
    CHECK(ranElsewhere);
    CHECK(progress.count() >= 1);
    CHECK(finished.at(0).at(0).toInt() == 25);
    CHECK(finished.at(0).at(1).toString().isEmpty());

    auto* slow = BackgroundTask::start(temp.path(), [](Store&, TaskControl& control, QString*) {
        int steps = 0;
        while (!control.cancelled() && steps < 500) {
            QThread::msleep(10);
            ++steps;
        }
        return QVariant(steps);
    });
    QSignalSpy slowFinished(slow, &BackgroundTask::finished);
    slow->cancel();
    REQUIRE(slowFinished.wait(10000));
    CHECK(slowFinished.at(0).at(2).toBool());
    CHECK(slowFinished.at(0).at(0).toInt() < 500);
}

TEST_CASE("the Vietnamese translation is embedded and covers the pages", "[widget]")
{
    REQUIRE(installTranslations(QStringLiteral("vi")));
    CHECK(QCoreApplication::translate("hocvuso::ResidentsPage", "Residents") == QStringLiteral("Người dân"));
    CHECK(QCoreApplication::translate("hocvuso::DashboardPage", "Overview") == QStringLiteral("Tổng quan"));
    REQUIRE(installTranslations(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("hocvuso::ResidentsPage", "Residents") == QStringLiteral("Residents"));
}
