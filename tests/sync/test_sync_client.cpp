// Two laptops of one commune syncing through a real server, end to end.
#include "SyncFixture.h"

#include "core/store/Store.h"
#include "sync/client/PullApplier.h"
#include "sync/client/SyncController.h"
#include "sync/client/SyncState.h"

#include <QSignalSpy>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QString addHamlet(Store& s, const QString& name)
{
    StoreError e;
    auto id = s.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}}, &e);
    INFO(e.text().toStdString());
    REQUIRE(id);
    return *id;
}

QString addResident(Store& s, const QString& hamlet, const QString& name, const QVariantMap& extra = {})
{
    StoreError e;
    QVariantMap v = extra;
    v.insert(QStringLiteral("hamlet_id"), hamlet);
    v.insert(QStringLiteral("full_name"), name);
    auto id = s.insert(QStringLiteral("residents"), v, &e);
    INFO(e.text().toStdString());
    REQUIRE(id);
    return *id;
}

qint64 count(Store& s, const QString& sql)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void requireOk(const sync::SyncReport& r)
{
    INFO(r.errorCode.toStdString() << ": " << r.error.toStdString());
    REQUIRE(r.ok);
}

} // namespace

TEST_CASE("two devices of one commune exchange their changes", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    CHECK(a->store().communeId() == server.communeId(ServerFixture::communeA));
    CHECK(b->store().communeId() == a->store().communeId());

    const QString hamlet = addHamlet(a->store(), QStringLiteral("Khu phố 3"));
    const QString resident = addResident(a->store(), hamlet, QStringLiteral("Nguyễn Văn An"),
                                         {{QStringLiteral("phone"), QStringLiteral("0912345678")}});
    const qint64 pendingA = a->store().pendingChanges();
    REQUIRE(pendingA >= 3); // commune, hamlet, resident

    const auto pushA = syncNow(a->store());
    requireOk(pushA);
    CHECK(pushA.pushed == pendingA);
    CHECK(a->store().pendingChanges() == 0);
    CHECK(pushA.bytesSent > 0);

    const auto pullB = syncNow(b->store());
    requireOk(pullB);
    CHECK(pullB.pulled >= 2);
    auto row = b->store().get(QStringLiteral("residents"), resident);
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(row->value(QStringLiteral("search_key")).toString().startsWith(QStringLiteral("nguyen van an")));
    // Pulled rows are not logged again as B's own changes (B's only change is its commune row).
    const qint64 bLog = b->store().changeLogCount();
    CHECK(b->store().pendingChanges() == 0);

    StoreError e;
    REQUIRE(b->store().update(QStringLiteral("residents"), resident, {{QStringLiteral("has_smartphone"), 1}}, &e));
    CHECK(b->store().changeLogCount() == bLog + 1);
    requireOk(syncNow(b->store()));
    requireOk(syncNow(a->store()));
    auto onA = a->store().get(QStringLiteral("residents"), resident);
    REQUIRE(onA);
    CHECK(onA->value(QStringLiteral("has_smartphone")).toInt() == 1);
    CHECK(onA->value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    // A later local edit on A still gets a newer HLC than B's (the clock observed it).
    REQUIRE(a->store().update(QStringLiteral("residents"), resident, {{QStringLiteral("notes"), QStringLiteral("x")}}, &e));
}

TEST_CASE("concurrent edits converge by field and are logged as conflicts", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = addHamlet(a->store(), QStringLiteral("Ấp Đông"));
    const QString r = addResident(a->store(), hamlet, QStringLiteral("Trần Thị Bình"));
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    REQUIRE(b->store().get(QStringLiteral("residents"), r));

    StoreError e;
    // Both edit the name while offline (B later), and each a different other field.
    REQUIRE(a->store().update(QStringLiteral("residents"), r,
                              {{QStringLiteral("full_name"), QStringLiteral("Trần Thị Bình A")},
                               {QStringLiteral("phone"), QStringLiteral("0901111111")}},
                              &e));
    QThread::msleep(5);
    REQUIRE(b->store().update(QStringLiteral("residents"), r,
                              {{QStringLiteral("full_name"), QStringLiteral("Trần Thị Bình B")},
                               {QStringLiteral("notes"), QStringLiteral("gặp tại nhà")}},
                              &e));
    requireOk(syncNow(a->store()));
    const auto rb = syncNow(b->store());
    requireOk(rb);
    CHECK(rb.conflicts >= 1);
    requireOk(syncNow(a->store()));

    for (Store* s : {&a->store(), &b->store()}) {
        auto row = s->get(QStringLiteral("residents"), r);
        REQUIRE(row);
        CHECK(row->value(QStringLiteral("full_name")).toString() == QStringLiteral("Trần Thị Bình B"));
        CHECK(row->value(QStringLiteral("phone")).toString() == QStringLiteral("0901111111"));
        CHECK(row->value(QStringLiteral("notes")).toString() == QStringLiteral("gặp tại nhà"));
        CHECK(row->value(QStringLiteral("search_key")).toString().startsWith(QStringLiteral("tran thi binh b")));
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE field = 'full_name' AND "
                                       "kept_value = 'Trần Thị Bình B' AND lost_value = 'Trần Thị Bình A'")) == 1);
        CHECK(s->pendingChanges() == 0);
    }
    const QJsonObject summary = server.store().communeSummary(server.communeId(ServerFixture::communeA));
    CHECK(summary.value(QStringLiteral("pending_conflicts")).toInteger() == 1);
}

TEST_CASE("a pending local edit is not overwritten by a pull", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = addHamlet(a->store(), QStringLiteral("Thôn 1"));
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    StoreError e;
    REQUIRE(a->store().update(QStringLiteral("hamlets"), hamlet, {{QStringLiteral("name"), QStringLiteral("Thôn Một")}}, &e));
    requireOk(syncNow(a->store()));
    // B edits the same field later; a pulled page carrying A's value arrives before B pushes.
    QThread::msleep(5);
    REQUIRE(b->store().update(QStringLiteral("hamlets"), hamlet, {{QStringLiteral("name"), QStringLiteral("Thôn 1 mới")}}, &e));
    REQUIRE(b->store().pendingChanges() == 1);
    const QJsonArray page{QJsonObject{{QStringLiteral("entity"), QStringLiteral("hamlets")},
                                      {QStringLiteral("row_id"), hamlet},
                                      {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Thôn Một")},
                                                                             {QStringLiteral("kind"), QStringLiteral("thôn")}}},
                                      {QStringLiteral("hlc"), QStringLiteral("1")},
                                      {QStringLiteral("device_id"), a->store().deviceId()}}};
    const QString cursor = b->store().meta(QString::fromLatin1(sync::state::cursor));
    const auto applied = sync::PullApplier(b->store()).apply(page, {}, cursor);
    REQUIRE(applied.ok);
    CHECK(applied.keptPending == 1);
    auto local = b->store().get(QStringLiteral("hamlets"), hamlet);
    CHECK(local->value(QStringLiteral("name")).toString() == QStringLiteral("Thôn 1 mới")); // kept
    CHECK(local->value(QStringLiteral("kind")).toString() == QStringLiteral("thôn"));       // applied
    CHECK(b->store().pendingChanges() == 1);
    requireOk(syncNow(b->store()));
    // B's later edit won on the server and both converge on it.
    requireOk(syncNow(a->store()));
    CHECK(a->store().get(QStringLiteral("hamlets"), hamlet)->value(QStringLiteral("name")).toString() ==
          QStringLiteral("Thôn 1 mới"));
    CHECK(b->store().get(QStringLiteral("hamlets"), hamlet)->value(QStringLiteral("name")).toString() ==
          QStringLiteral("Thôn 1 mới"));
}

TEST_CASE("delete against a concurrent edit: the tombstone stays and the edit is kept inside it", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = addHamlet(a->store(), QStringLiteral("Tổ 5"));
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    StoreError e;
    REQUIRE(a->store().remove(QStringLiteral("hamlets"), hamlet, &e));
    QThread::msleep(5);
    REQUIRE(b->store().update(QStringLiteral("hamlets"), hamlet, {{QStringLiteral("kind"), QStringLiteral("tổ dân phố")}}, &e));
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    requireOk(syncNow(a->store()));
    for (Store* s : {&a->store(), &b->store()}) {
        CHECK_FALSE(s->get(QStringLiteral("hamlets"), hamlet));
        auto tomb = s->get(QStringLiteral("hamlets"), hamlet, true);
        REQUIRE(tomb);
        CHECK(tomb->value(QStringLiteral("deleted")).toInt() == 1);
        CHECK(tomb->value(QStringLiteral("kind")).toString() == QStringLiteral("tổ dân phố"));
    }
}

TEST_CASE("an invalid record is quarantined with its reason and does not block the rest", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = addHamlet(a->store(), QStringLiteral("Ấp Tây"));
    const QString bad = addResident(a->store(), hamlet, QStringLiteral("Lê Văn Cường"),
                                    {{QStringLiteral("birth_date"), QStringLiteral("31/02/1990")}});
    const QString good = addResident(a->store(), hamlet, QStringLiteral("Phạm Thị Dung"));
    const auto rep = syncNow(a->store());
    requireOk(rep);
    CHECK(rep.quarantined == 1);
    CHECK(a->store().pendingChanges() == 0);
    QSqlQuery q(a->store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT row_id, field, reason FROM sync_quarantine")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == bad);
    CHECK(q.value(1).toString() == QStringLiteral("birth_date"));
    CHECK(q.value(2).toString().contains(QStringLiteral("date")));
    CHECK_FALSE(q.next());

    requireOk(syncNow(b->store()));
    CHECK(b->store().get(QStringLiteral("residents"), good));
    CHECK_FALSE(b->store().get(QStringLiteral("residents"), bad, true));
}

TEST_CASE("a revoked device cannot sync and keeps its outbox", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    addHamlet(a->store(), QStringLiteral("Thôn 2"));
    const qint64 pending = a->store().pendingChanges();
    QString error;
    REQUIRE(server.store().revokeDevice(a->store().deviceId(), &error));
    const auto rep = syncNow(a->store());
    CHECK_FALSE(rep.ok);
    CHECK(rep.httpStatus == 401);
    CHECK(rep.errorCode == QStringLiteral("device_revoked"));
    CHECK(a->store().pendingChanges() == pending);
}

TEST_CASE("the client resends from where the server says after a gap", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    for (int i = 0; i < 5; ++i)
        addHamlet(a->store(), QStringLiteral("Xóm %1").arg(i));
    // The client believes more was acknowledged than the server has (e.g. a server restored from backup).
    a->store().setMeta(QStringLiteral("pushed_seq"), QStringLiteral("3"));
    const auto rep = syncNow(a->store());
    requireOk(rep);
    CHECK(a->store().pendingChanges() == 0);
    const QJsonObject rows = server.store().communeSummary(server.communeId(ServerFixture::communeA))
                                 .value(QStringLiteral("rows"))
                                 .toObject();
    CHECK(rows.value(QStringLiteral("hamlets")).toInteger() == 5);
}

TEST_CASE("small adaptive batches deliver a long outbox in order", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    {
        StoreTransaction tx(a->store());
        for (int i = 0; i < 300; ++i)
            addHamlet(a->store(), QStringLiteral("Hẻm %1").arg(i));
        REQUIRE(tx.commit());
    }
    sync::SyncOptions options;
    options.initialBatch = 10;
    options.minBatch = 10;
    const auto rep = syncNow(a->store(), options);
    requireOk(rep);
    CHECK(rep.batches >= 4); // 10, 20, 40, 80, 160...
    CHECK(rep.batchSize > 10);
    sync::SyncOptions smallPages;
    smallPages.pullPageSize = 50;
    const auto pulled = syncNow(b->store(), smallPages);
    requireOk(pulled);
    CHECK(count(b->store(), QStringLiteral("SELECT count(*) FROM hamlets")) == 300);
}

TEST_CASE("an old client gets 426 and keeps its outbox", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    addHamlet(a->store(), QStringLiteral("Thôn 9"));
    const qint64 pending = a->store().pendingChanges();
    // A newer server that no longer speaks this client's protocol.
    sync::HttpTransport newer([](const sync::HttpRequest&) {
        return sync::errorReply(sync::ErrorCode::UpgradeRequired, QStringLiteral("protocol 2 or newer needed"));
    }, 1 << 20);
    QString error;
    const quint16 port = newer.listen(QHostAddress::LocalHost, 0, {}, &error);
    REQUIRE(port);
    a->store().setMeta(QString::fromLatin1(sync::state::serverUrl), QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto rep = syncNow(a->store());
    CHECK_FALSE(rep.ok);
    CHECK(rep.httpStatus == 426);
    CHECK(rep.errorCode == QStringLiteral("upgrade_required"));
    CHECK(rep.error.contains(QStringLiteral("newer version")));
    CHECK(a->store().pendingChanges() == pending);
}

TEST_CASE("hocvuso-server and hocvuso-cli: admin, enroll and sync as real processes", "[sync][cli]")
{
    QTemporaryDir dir;
    const QString db = serverDbForTests(dir);
    {
        QString error;
        auto spec = sync::ServerDbSpec::parse(db, &error);
        auto store = sync::ServerStore::open(*spec, &error);
        REQUIRE(store);
        REQUIRE(store->wipe(&error));
    }
    const QString server = QStringLiteral(HOCVUSO_SERVER_PATH);
    auto admin = [&](const QStringList& args) { return runProgram(server, QStringList{"--db", db, "admin"} + args); };
    REQUIRE(admin({"province", "create", "--code", "79", "--name", "TP Hồ Chí Minh"}).exitCode == 0);
    REQUIRE(admin({"commune", "add", "--code", "26734", "--name", "Phường Sài Gòn"}).exitCode == 0);
    const auto code1 = admin({"enroll-code", "26734", "--expires", "1h"});
    REQUIRE(code1.exitCode == 0);
    const auto code2 = admin({"enroll-code", "26734"});
    CHECK(admin({"enroll-code", "99999"}).exitCode != 0);

    QProcess serve;
    serve.start(server, {"serve", "--db", db, "--listen", "127.0.0.1:0"});
    REQUIRE(serve.waitForStarted());
    QString line;
    for (int i = 0; i < 100 && !line.contains(QStringLiteral("listening")); ++i) {
        serve.waitForReadyRead(100);
        line += QString::fromUtf8(serve.readAllStandardOutput());
    }
    const auto match = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")).match(line);
    REQUIRE(match.hasMatch());
    const QString url = QStringLiteral("http://127.0.0.1:") + match.captured(1);

    // The CLI blocks in its own process while the server runs in another.
    const QString storeA = dir.filePath(QStringLiteral("a.sqlite")), storeB = dir.filePath(QStringLiteral("b.sqlite"));
    auto cli = [&](const QString& store, const QStringList& args) { return runCli(QStringList{"--db", store} + args); };
    auto e1 = cli(storeA, {"enroll", "--server", url, "--code", QString::fromUtf8(code1.out.trimmed()), "--json"});
    INFO(e1.err.toStdString());
    REQUIRE(e1.exitCode == 0);
    auto reuse = cli(storeB, {"enroll", "--server", url, "--code", QString::fromUtf8(code1.out.trimmed())});
    CHECK(reuse.exitCode != 0);
    CHECK(reuse.err.contains("already used"));
    REQUIRE(cli(storeB, {"enroll", "--server", url, "--code", QString::fromUtf8(code2.out.trimmed())}).exitCode == 0);

    {
        QString error;
        auto a = Store::open(storeA, &error);
        REQUIRE(a);
        addHamlet(*a, QStringLiteral("Khu phố 7"));
    }
    auto s1 = cli(storeA, {"sync", "--json"});
    INFO(s1.err.toStdString());
    REQUIRE(s1.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(s1.out).object();
    CHECK(report.value(QStringLiteral("pushed")).toInteger() >= 2);
    for (const char* k : {"pulled", "quarantined", "conflicts", "duration_ms", "bytes_sent", "bytes_received"})
        CHECK(report.contains(QLatin1String(k)));
    auto s2 = cli(storeB, {"sync", "--json"});
    REQUIRE(s2.exitCode == 0);
    CHECK(QJsonDocument::fromJson(s2.out).object().value(QStringLiteral("pulled")).toInteger() >= 1);

    const auto status = admin({"status"});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains("26734"));
    const auto devices = admin({"devices"});
    CHECK(devices.out.count('\n') == 2);
    serve.kill();
    serve.waitForFinished();
}

TEST_CASE("SyncController runs a sync off the calling thread and reports it", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    addHamlet(a->store(), QStringLiteral("Thôn Bắc"));
    const qint64 pending = a->store().pendingChanges();
    sync::SyncController controller(a->path());
    QSignalSpy finished(&controller, &sync::SyncController::finished);
    QSignalSpy status(&controller, &sync::SyncController::statusChanged);
    controller.syncNow();
    CHECK(controller.status() == sync::SyncController::Status::Syncing);
    // The server answers on this thread's event loop while the worker waits.
    REQUIRE(finished.wait(30000));
    CHECK(controller.status() == sync::SyncController::Status::Ok);
    CHECK(controller.lastReport().value(QStringLiteral("pushed")).toInteger() == pending);
    CHECK(status.count() == 2); // Syncing, Ok
    CHECK(a->store().pendingChanges() == 0);
}
