// The desktop as shipped: the main window with the real sync backend
// (app/desktop/SyncBackendAdapter over sync::SyncController) against a real
// province server on loopback. Enrol from Settings, F5, the status bar, the
// sync problems count, a second laptop of the commune, the server going away.
// tests/widget drives the same window against a recording double.
#include "SyncFixture.h"
#include "StoreRows.h"
#include "WidgetFixtures.h"

#include "app/desktop/SyncBackendAdapter.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/pages/SettingsPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

constexpr int kNetworkWaitMs = 30000;

// Presses F5 and waits for the backend's answer; returns the status bar's message.
QString syncWithF5(MainWindow& window, SyncBackend& backend)
{
    QSignalSpy finished(&backend, &SyncBackend::finished);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(finished.wait(kNetworkWaitMs));
    return window.statusBar()->currentMessage();
}

// Enrols the window's laptop from the Settings page, as an officer does.
void enrolFromSettings(MainWindow& window, SyncBackend& backend, const QString& serverUrl, const QString& code)
{
    auto* settings = window.findPage<SettingsPage>();
    REQUIRE(settings);
    window.showPage(window.pageCount() - 1);
    auto* url = settings->findChild<QLineEdit*>(QStringLiteral("serverUrl"));
    auto* codeEdit = settings->findChild<QLineEdit*>(QStringLiteral("enrolCode"));
    auto* button = settings->findChild<QPushButton*>(QStringLiteral("enrolButton"));
    REQUIRE((url && codeEdit && button));
    url->clear();
    QTest::keyClicks(url, serverUrl);
    QTest::keyClicks(codeEdit, code);
    QSignalSpy enrolled(&backend, &SyncBackend::enrollFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(enrolled.wait(kNetworkWaitMs));
    INFO(enrolled.first().at(1).toString().toStdString());
    REQUIRE(enrolled.first().at(0).toBool());
}

} // namespace

TEST_CASE("the desktop enrols from Settings, sends with F5 and receives another laptop's work",
          "[desktop][sync]")
{
    ServerFixture server;
    // Commune 26734 as the province registers it (the server's commune A): a
    // laptop set up under another name would rightly log conflicts on it.
    TempStore laptop(false);
    StoreError created;
    REQUIRE(laptop->createCommune(QStringLiteral("26734"), QStringLiteral("Phường Sài Gòn"), &created,
                                  QStringLiteral("79"), QStringLiteral("Thành phố Hồ Chí Minh")));
    fillCommune(laptop.store(), 3);
    MainWindow window(laptop.store());
    SyncBackendAdapter backend(laptop.store());
    window.setSyncBackend(&backend);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Before enrolment F5 says what to do instead of failing obscurely.
    CHECK(syncWithF5(window, backend).contains(QStringLiteral("enrol this laptop")));

    enrolFromSettings(window, backend, server.url(), server.code());
    CHECK(backend.isEnrolled());
    CHECK(backend.serverUrl() == server.url());
    auto* status = window.findChild<QLabel*>(QStringLiteral("enrolmentStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(laptop->deviceId()));

    const QString sent = syncWithF5(window, backend);
    CHECK(sent.startsWith(QStringLiteral("Sync finished:")));
    CHECK_FALSE(sent.contains(QStringLiteral(": 0 sent")));
    auto* pending = window.findChild<QLabel*>(QStringLiteral("pendingLabel"));
    auto* online = window.findChild<QLabel*>(QStringLiteral("onlineLabel"));
    auto* lastSync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
    REQUIRE((pending && online && lastSync));
    // QTest's QTRY_ macros only return on failure outside a QTest run: Catch asserts instead.
    const bool reachable = QTest::qWaitFor([&] { return online->text() == QStringLiteral("Server reachable"); }, kNetworkWaitMs);
    INFO(online->text().toStdString());
    REQUIRE(reachable);
    const bool sentAll = QTest::qWaitFor([&] { return pending->text().startsWith(QStringLiteral("0 ")); }, kNetworkWaitMs);
    INFO(pending->text().toStdString());
    REQUIRE(sentAll);
    CHECK(lastSync->text() != QStringLiteral("Last sync: never"));

    // A second laptop of the commune receives what the window sent, and answers.
    auto other = server.device();
    const auto first = syncNow(other->store());
    REQUIRE(first.ok);
    QSqlQuery count(other->store().db());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM residents WHERE full_name = 'Nguyễn Văn An'")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
    const QString hamlet = insertRow(other->store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp Mới")}});
    insertRow(other->store(), QStringLiteral("residents"),
              {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("full_name"), QStringLiteral("Trần Thị Mai")}});
    REQUIRE(syncNow(other->store()).ok);

    const QString received = syncWithF5(window, backend);
    INFO(received.toStdString());
    // Its hamlet, its resident and the commune record its enrolment wrote (the
    // same values as ours: no conflict, so no problem to review).
    CHECK(received.endsWith(QStringLiteral("3 received.")));
    QSqlQuery mai(laptop->db());
    REQUIRE(mai.exec(QStringLiteral("SELECT count(*) FROM residents WHERE full_name = 'Trần Thị Mai'")));
    REQUIRE(mai.next());
    CHECK(mai.value(0).toInt() == 1);
}

TEST_CASE("a record the server refuses shows in the window's sync problems", "[desktop][sync]")
{
    ServerFixture server;
    TempStore laptop;
    fillCommune(laptop.store(), 1);
    MainWindow window(laptop.store());
    SyncBackendAdapter backend(laptop.store());
    window.setSyncBackend(&backend);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    enrolFromSettings(window, backend, server.url(), server.code());

    const QString hamlet = insertRow(laptop.store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp Chợ")}});
    const QString bad = insertRow(laptop.store(), QStringLiteral("residents"),
                                  {{QStringLiteral("hamlet_id"), hamlet},
                                   {QStringLiteral("full_name"), QStringLiteral("Đặng Văn Em")},
                                   {QStringLiteral("birth_date"), QStringLiteral("31/02/1990")}});
    const QString message = syncWithF5(window, backend);
    CHECK(message.contains(QStringLiteral("1 problem(s) to review")));

    const auto quarantined = backend.quarantined();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].rowId == bad);
    CHECK(quarantined[0].field == QStringLiteral("birth_date"));
    CHECK_FALSE(quarantined[0].reason.isEmpty());
    CHECK_FALSE(quarantined[0].reason.startsWith(QStringLiteral("birth_date"))); // the field has its own column
    auto* problems = window.findChild<QToolButton*>(QStringLiteral("syncProblemsButton"));
    REQUIRE(problems);
    REQUIRE(QTest::qWaitFor([&] { return problems->isVisible(); }, kNetworkWaitMs));
    CHECK(window.syncProblemCount() == 1);

    QString error;
    REQUIRE(backend.markQuarantineReviewed(quarantined[0].id, &error));
    CHECK(backend.quarantined().isEmpty());
    CHECK_FALSE(backend.markQuarantineReviewed(quarantined[0].id, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the desktop refuses a wrong enrolment code and reports a server that went away", "[desktop][sync]")
{
    auto server = std::make_unique<ServerFixture>();
    TempStore laptop;
    fillCommune(laptop.store(), 1);
    SyncBackendAdapter backend(laptop.store());

    QSignalSpy refused(&backend, &SyncBackend::enrollFinished);
    backend.enroll(server->url(), QStringLiteral("NOT-A-CODE"), QStringLiteral("Máy xã"));
    REQUIRE(refused.wait(kNetworkWaitMs));
    CHECK_FALSE(refused.first().at(0).toBool());
    CHECK_FALSE(refused.first().at(1).toString().isEmpty());
    CHECK_FALSE(backend.isEnrolled());

    QSignalSpy enrolled(&backend, &SyncBackend::enrollFinished);
    backend.enroll(server->url(), server->code(), QStringLiteral("Máy xã"));
    REQUIRE(enrolled.wait(kNetworkWaitMs));
    REQUIRE(enrolled.first().at(0).toBool());
    QSignalSpy synced(&backend, &SyncBackend::finished);
    backend.syncNow();
    REQUIRE(synced.wait(kNetworkWaitMs));
    REQUIRE(synced.first().at(0).toBool());
    // Without auto sync (no probes), the last sync says whether the server answers.
    QSignalSpy reached(&backend, &SyncBackend::statusChanged);
    backend.refreshStatus();
    REQUIRE((reached.count() > 0 || reached.wait(kNetworkWaitMs)));
    CHECK(reached.last().at(0).toBool());
    StoreError e;
    REQUIRE(laptop->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp Bắc")}}, &e));

    server.reset(); // the province server is gone (its port closed)
    QSignalSpy finished(&backend, &SyncBackend::finished);
    backend.syncNow();
    REQUIRE(finished.wait(kNetworkWaitMs));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString().startsWith(QStringLiteral("Sync failed: ")));
    // Nothing was lost: the changes still wait to be sent.
    QSignalSpy status(&backend, &SyncBackend::statusChanged);
    backend.refreshStatus();
    REQUIRE((status.count() > 0 || status.wait(kNetworkWaitMs)));
    CHECK(status.last().at(1).toLongLong() > 0);
    CHECK_FALSE(status.last().at(0).toBool()); // no longer reachable
}
