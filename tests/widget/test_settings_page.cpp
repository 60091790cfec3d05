// The Settings page: the commune's name, the active plan and its targets,
// moving the data folder.
#include "WidgetFixtures.h"

#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/StoreRelocation.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/SettingsPage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QString messageOf(SettingsPage& page)
{
    return page.findChild<QLabel*>(QStringLiteral("settingsMessage"))->text();
}

QString communeField(Store& store, const QString& column)
{
    return store.get(QStringLiteral("communes"), store.communeId())->value(column).toString();
}

qint64 residentCount(Store& store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

int pageIndex(MainWindow& window, Page* page)
{
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == page)
            return i;
    return -1;
}

// The store path chosen in Settings lives in the user's QSettings: put it back.
struct ChosenStorePathGuard
{
    QString saved = AppSettings::chosenStorePath();
    ~ChosenStorePathGuard() { AppSettings::setChosenStorePath(saved); }
};

} // namespace

TEST_CASE("Settings renames the commune (a logged change, the code kept) and refuses an empty name", "[widget][settings]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findPage<SettingsPage>();
    window.showPage(pageIndex(window, page));
    CHECK(page->findChild<QLabel*>(QStringLiteral("communeCode"))->text() == QStringLiteral("26734"));
    CHECK(page->communeNameEdit()->text() == QStringLiteral("Xã Thử Nghiệm"));
    CHECK_FALSE(page->hasUnsavedChanges());

    page->communeNameEdit()->clear();
    typeText(page->communeNameEdit(), QStringLiteral("Xã Ứng Hòa"));
    page->provinceNameEdit()->clear();
    typeText(page->provinceNameEdit(), QStringLiteral("Thành phố Hà Nội"));
    CHECK(page->hasUnsavedChanges());
    const qint64 logged = temp->changeLogCount();
    QTest::keyClick(page->communeNameEdit(), Qt::Key_Return);
    CHECK(communeField(temp.store(), QStringLiteral("name")) == QStringLiteral("Xã Ứng Hòa"));
    CHECK(communeField(temp.store(), QStringLiteral("province_name")) == QStringLiteral("Thành phố Hà Nội"));
    CHECK(communeField(temp.store(), QStringLiteral("code")) == QStringLiteral("26734"));
    CHECK_FALSE(page->hasUnsavedChanges());
    REQUIRE(temp->changeLogCount() == logged + 1);
    QSqlQuery log(temp->db());
    REQUIRE(log.exec(QStringLiteral("SELECT entity, row_id, op, fields FROM change_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(log.next());
    CHECK(log.value(0).toString() == QStringLiteral("communes"));
    CHECK(log.value(1).toString() == temp->communeId());
    CHECK(log.value(2).toString() == QStringLiteral("update"));
    CHECK(log.value(3).toString().contains(QStringLiteral("Xã Ứng Hòa")));
    log.finish();
    CHECK(window.windowTitle().contains(QStringLiteral("Xã Ứng Hòa")));

    // An empty name: refused with a message, nothing written, still unsaved.
    page->communeNameEdit()->setText(QStringLiteral("   "));
    page->findChild<QPushButton*>(QStringLiteral("saveCommuneButton"))->click();
    CHECK(messageOf(*page).contains(QStringLiteral("needs a name")));
    CHECK(communeField(temp.store(), QStringLiteral("name")) == QStringLiteral("Xã Ứng Hòa"));
    CHECK(temp->changeLogCount() == logged + 1);
    CHECK(page->hasUnsavedChanges());
    CHECK_FALSE(page->save());
}

TEST_CASE("Settings makes the chosen plan active and lists its targets, Overview and Reports follow", "[widget][settings]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    StoreError error;
    REQUIRE(kpi::PlanCatalog::installTemplates(temp.store(), &error));
    REQUIRE(kpi::PlanCatalog::activate(temp.store(), QStringLiteral("001"), &error));
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* reports = window.findPage<ReportsPage>();
    auto* dashboard = window.findPage<DashboardPage>();
    auto* settings = window.findPage<SettingsPage>();
    window.showPage(pageIndex(window, reports));
    REQUIRE(reports->planSelector()->currentData().toString() == QStringLiteral("001"));

    window.showPage(pageIndex(window, settings));
    QComboBox* plans = settings->planSelector();
    REQUIRE(plans->currentData().toString() == QStringLiteral("001"));
    QStandardItemModel* targets = settings->planTargets();
    auto targetOf = [targets](const QString& indicator, int year) -> std::optional<double> {
        for (int row = 0; row < targets->rowCount(); ++row)
            if (targets->item(row, 0)->data(Qt::UserRole).toString() == indicator &&
                targets->item(row, 1)->text().toInt() == year)
                return targets->item(row, 2)->data(Qt::UserRole).toDouble();
        return std::nullopt;
    };
    CHECK(targetOf(QStringLiteral("smartphone"), 2025) == 85.0);

    // Bình Phước's plan (002): 70 % of adults certified on VNeID in 2025, N = 5.
    plans->setCurrentIndex(plans->findData(QStringLiteral("002")));
    CHECK(kpi::PlanCatalog::activeCode(temp.store()) == QStringLiteral("002"));
    CHECK(targets->rowCount() == kpi::PlanCatalog::templates().at(2).targets.size());
    CHECK(targetOf(QStringLiteral("adult_vneid_certified"), 2025) == 70.0);
    CHECK_FALSE(targetOf(QStringLiteral("smartphone"), 2025)); // 001's, not 002's
    for (int row = 0; row < targets->rowCount(); ++row)
        if (targets->item(row, 0)->data(Qt::UserRole).toString() == QStringLiteral("adult_vneid_certified") &&
            targets->item(row, 1)->text() == QStringLiteral("2025"))
            CHECK(targets->item(row, 2)->text() == QStringLiteral("70.0 %"));
    CHECK(settings->findChild<QLabel*>(QStringLiteral("planDetails"))->text().contains(QStringLiteral("5")));

    window.showPage(pageIndex(window, dashboard));
    CHECK(dashboard->planSelector()->currentData().toString() == QStringLiteral("002"));
    window.showPage(pageIndex(window, reports));
    CHECK(reports->planSelector()->currentData().toString() == QStringLiteral("002"));
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isBusy(); }, 20000));
}

TEST_CASE("Settings moves the data to another folder: a consistent copy, remembered for the next start", "[widget][settings]")
{
    ChosenStorePathGuard guard;
    AppSettings::setChosenStorePath({});
    TempStore temp;
    fillCommune(temp.store(), 25);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    {
        QFile saved(kpi::KpiEngine::savedCopyPath(temp.path())); // the old file's saved indicators
        REQUIRE(saved.open(QIODevice::WriteOnly));
        saved.write("saved indicators");
    }
    SettingsPage page(temp.store());
    QSignalSpy finished(&page, &SettingsPage::dataMoveFinished);
    REQUIRE(page.moveDataTo(folder.path()));
    CHECK(page.isMovingData());
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK_FALSE(page.isMovingData());

    const QString copy = QDir(folder.path()).filePath(QStringLiteral("hocvuso.sqlite"));
    REQUIRE(QFileInfo::exists(copy));
    CHECK(AppSettings::chosenStorePath() == copy);
    CHECK(messageOf(page).contains(QStringLiteral("Restart")));
    CHECK(QFileInfo::exists(temp.path())); // the old file stays
    // Its saved indicators stay with it; the moved store loads its own once.
    CHECK(QFileInfo::exists(kpi::KpiEngine::savedCopyPath(temp.path())));
    CHECK_FALSE(QFileInfo::exists(kpi::KpiEngine::savedCopyPath(copy)));
    {
        QString error;
        auto moved = Store::open(copy, &error);
        REQUIRE(moved);
        CHECK(moved->communeId() == temp->communeId());
        CHECK(residentCount(*moved) == 25);
        CHECK(residentCount(*moved) == residentCount(temp.store()));
    }

    // The folder now holds a store: a second move there is refused, the copy untouched.
    const QDateTime written = QFileInfo(copy).lastModified();
    CHECK_FALSE(page.moveDataTo(folder.path()));
    CHECK(messageOf(page).contains(QStringLiteral("already holds a data file")));
    CHECK(QFileInfo(copy).lastModified() == written);
    CHECK(finished.count() == 1);
}

TEST_CASE("Settings refuses to move the data to a folder it cannot write to", "[widget][settings]")
{
    ChosenStorePathGuard guard;
    AppSettings::setChosenStorePath({});
    TempStore temp;
    fillCommune(temp.store(), 3);
    QTemporaryDir parent;
    const QString locked = QDir(parent.path()).filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(locked));
    REQUIRE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    // Permission bits do not stop root: /proc refuses new files to everyone.
    QFile probe(QDir(locked).filePath(QStringLiteral("probe")));
    const bool bitsHold = !probe.open(QIODevice::WriteOnly);
    probe.remove();
    const QString folder = bitsHold ? locked : QStringLiteral("/proc");

    SettingsPage page(temp.store());
    QSignalSpy finished(&page, &SettingsPage::dataMoveFinished);
    CHECK_FALSE(page.moveDataTo(folder));
    CHECK(messageOf(page).contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFileInfo::exists(StoreRelocation::targetFile(folder)));
    CHECK(AppSettings::chosenStorePath().isEmpty());
    QTest::qWait(50);
    CHECK(finished.isEmpty());

    CHECK_FALSE(page.moveDataTo(QDir(parent.path()).filePath(QStringLiteral("missing"))));
    CHECK(messageOf(page).contains(QStringLiteral("does not exist")));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
