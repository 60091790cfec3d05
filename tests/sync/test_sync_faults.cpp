// Sync through a fault-injecting proxy: cut connections, duplicated and
// reordered batches, corrupted bodies, a slow link, a server killed
// mid-push and a client killed with SIGKILL mid-sync. After recovery every
// change reached the server exactly once and every store is intact.
#include "FaultProxy.h"
#include "SyncFixture.h"
#include "SyncProof.h"

#include "core/store/ChangeLogReader.h"
#include "core/store/Store.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// Hamlets with residents and a class with attendance: inserts, updates and
// a delete, so every kind of change travels.
void fillOutbox(Store& s, int hamlets, int residentsPerHamlet)
{
    StoreTransaction tx(s);
    StoreError e;
    for (int h = 0; h < hamlets; ++h) {
        const auto hamlet = s.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn %1").arg(h)}}, &e);
        REQUIRE(hamlet);
        const auto klass = s.insert(QStringLiteral("classes"), {{QStringLiteral("hamlet_id"), *hamlet},
                                                                {QStringLiteral("title"), QStringLiteral("Cài đặt VNeID")}}, &e);
        REQUIRE(klass);
        for (int r = 0; r < residentsPerHamlet; ++r) {
            const auto resident = s.insert(QStringLiteral("residents"),
                                           {{QStringLiteral("hamlet_id"), *hamlet},
                                            {QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị Hoa %1-%2").arg(h).arg(r)}},
                                           &e);
            REQUIRE(resident);
            REQUIRE(s.insert(QStringLiteral("attendance"), {{QStringLiteral("class_id"), *klass},
                                                            {QStringLiteral("resident_id"), *resident}}, &e));
            REQUIRE(s.update(QStringLiteral("residents"), *resident, {{QStringLiteral("has_smartphone"), 1}}, &e));
            if (r % 4 == 3)
                REQUIRE(s.remove(QStringLiteral("residents"), *resident, &e));
        }
    }
    REQUIRE(tx.commit());
}

// Small batches (many requests to aim faults at), quick retries.
sync::SyncOptions faultOptions()
{
    sync::SyncOptions o;
    o.initialBatch = 10;
    o.minBatch = 10;
    o.maxBatch = 40;
    o.backoffBaseMs = 20;
    o.maxRetryWaitMs = 200;
    o.timeoutMs = 15000;
    return o;
}

void startSmall(Store& s)
{
    s.setMeta(QString::fromLatin1(sync::state::batchSize), QStringLiteral("10"));
}

quint16 portOf(const QString& url)
{
    return quint16(QUrl(url).port());
}

// An enrolled device whose server address is the proxy in front of `server`.
struct ProxiedDevice
{
    ProxiedDevice(ServerFixture& server, quint64 seed) : proxy(QStringLiteral("127.0.0.1"), portOf(server.url()), seed)
    {
        QString error;
        const bool listening = proxy.listen(&error);
        INFO(error.toStdString());
        REQUIRE(listening);
        device = server.device();
        device->store().setMeta(QString::fromLatin1(sync::state::serverUrl), proxy.url().toString());
        startSmall(device->store());
    }
    Store& store() { return device->store(); }

    FaultProxy proxy;
    std::unique_ptr<TempStore> device;
};

void requireOk(const sync::SyncReport& r)
{
    INFO(r.errorCode.toStdString() << ": " << r.error.toStdString());
    REQUIRE(r.ok);
}

int countRecords(const FaultProxy& proxy, const std::function<bool(const ProxyRequestRecord&)>& pred)
{
    int n = 0;
    for (const ProxyRequestRecord& r : proxy.requests())
        n += pred(r) ? 1 : 0;
    return n;
}

// A second laptop, straight to the server, pulls exactly what the first has.
void requireOtherDeviceSees(ServerFixture& server, Store& source)
{
    auto other = server.device();
    requireOk(syncNow(other->store()));
    requireSameData(withoutCommunes(dumpStore(source)), withoutCommunes(dumpStore(other->store())),
                    QStringLiteral("second device"));
    requireIntegrity(other->store(), QStringLiteral("second device"));
}

bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace

TEST_CASE("a request cut at a random byte is retried and delivered once", "[sync][faults]")
{
    const quint64 base = testSeed("faults/cut-request", 11);
    for (quint64 seed = base; seed < base + 4; ++seed) {
        INFO("seed " << seed);
        ServerFixture server;
        ProxiedDevice d(server, seed);
        fillOutbox(d.store(), 3, 8);
        FaultPlan cut;
        cut.cutRequestAt = FaultPlan::kRandom;
        d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 1, cut);
        d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 4, cut);
        d.proxy.addFault(QByteArrayLiteral("/api/v1/pull"), 1, cut);
        requireOk(syncNow(d.store(), faultOptions()));
        CHECK(countRecords(d.proxy, [](const ProxyRequestRecord& r) { return r.cutRequest; }) == 3);
        requireDeliveredOnce(server.store(), d.store());
        requireIntegrity(d.store(), QStringLiteral("device"));
        requireOtherDeviceSees(server, d.store());
    }
}

TEST_CASE("an answer lost after the server committed is replayed, nothing doubled", "[sync][faults]")
{
    const quint64 base = testSeed("faults/cut-response", 21);
    for (quint64 seed = base; seed < base + 3; ++seed) {
        INFO("seed " << seed);
        ServerFixture server;
        ProxiedDevice d(server, seed);
        fillOutbox(d.store(), 3, 8);
        FaultPlan cut;
        cut.cutResponseAt = FaultPlan::kRandom;
        d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 2, cut);
        d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 4, cut);
        requireOk(syncNow(d.store(), faultOptions()));
        const auto records = d.proxy.requests();
        int cuts = 0;
        for (int i = 0; i < records.size(); ++i) {
            if (!records[i].cutResponse)
                continue;
            ++cuts;
            // The server had answered (committed) before the cut ...
            CHECK(records[i].status == 200);
            CHECK(records[i].requestComplete);
            // ... and the client's next request resent the same batch and got the stored answer.
            REQUIRE(i + 1 < records.size());
            CHECK(records[i + 1].info.path.startsWith("/api/v1/push"));
            CHECK(records[i + 1].requestBytes == records[i].requestBytes);
            CHECK(records[i + 1].status == 200);
        }
        CHECK(cuts == 2);
        requireDeliveredOnce(server.store(), d.store());
        requireOtherDeviceSees(server, d.store());
    }
}

TEST_CASE("an answer lost and then timeouts: the smaller resend of a committed range is acknowledged",
          "[sync][faults]")
{
    ServerFixture server;
    ProxiedDevice d(server, 25);
    fillOutbox(d.store(), 3, 8);
    // Batches of 10, 20, 40: the 40 is committed but its answer is cut; every resend is then
    // held past the client's timeout, so the client halves its batch size for the next sync.
    int pushes = 0;
    d.proxy.setPlanner([&](const ProxyRequestInfo& info) {
        FaultPlan plan;
        if (!info.path.startsWith("/api/v1/push"))
            return plan;
        ++pushes;
        if (pushes == 3)
            plan.cutResponseAt = 0;
        if (pushes > 3) {
            plan.holdUntilRequest = 1000000;
            plan.holdTimeoutMs = 2500;
        }
        return plan;
    });
    sync::SyncOptions impatient = faultOptions();
    impatient.timeoutMs = 800;
    impatient.maxAttempts = 2;
    const auto broken = syncNow(d.store(), impatient);
    CHECK_FALSE(broken.ok);
    CHECK(broken.errorCode == QStringLiteral("network"));
    CHECK(d.store().meta(QString::fromLatin1(sync::state::pushedSeq)).toLongLong() == 30);
    CHECK(d.store().meta(QString::fromLatin1(sync::state::batchSize)).toInt() < 40);
    // The held resends reach the server late and are replays.
    REQUIRE(spinUntil([&] { return d.proxy.openConnections() == 0; }, 15000));
    d.proxy.setPlanner({});

    // Next sync sends 31-50: already inside what the server holds (31-70 under another id).
    const auto resumed = syncNow(d.store(), faultOptions());
    requireOk(resumed);
    requireDeliveredOnce(server.store(), d.store());
    requireOtherDeviceSees(server, d.store());
}

TEST_CASE("a duplicated push batch is applied once", "[sync][faults]")
{
    ServerFixture server;
    ProxiedDevice d(server, 31);
    fillOutbox(d.store(), 2, 10);
    FaultPlan dup;
    dup.duplicate = true;
    d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 1, dup);
    dup.replayAnswer = FaultPlan::ReplayAnswer::Deliver; // the client sees the replay's (stored) answer
    d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 3, dup);
    requireOk(syncNow(d.store(), faultOptions()));
    CHECK(d.proxy.counters().replays == 2);
    for (const ProxyRequestRecord& r : d.proxy.requests())
        if (r.plan.duplicate)
            CHECK(r.replayStatus == 200);
    requireDeliveredOnce(server.store(), d.store());
    requireOtherDeviceSees(server, d.store());
}

namespace {

// The device's change log from..to as one push batch (as the client builds it).
sync::PushBatch batchFromLog(Store& s, qint64 from, qint64 to)
{
    sync::PushBatch b;
    QString error;
    const auto logged = ChangeLogReader(s.db()).read(from - 1, 0, &error, to);
    INFO(error.toStdString());
    REQUIRE(logged);
    for (const LoggedChange& l : *logged) {
        sync::Change c;
        c.seq = l.seq;
        c.entity = l.entity;
        c.rowId = l.rowId;
        c.op = l.op;
        c.fields = l.fields;
        c.hlc = l.hlc;
        c.deviceId = l.deviceId;
        b.changes.push_back(c);
    }
    REQUIRE(b.changes.size() == to - from + 1);
    b.deviceId = s.deviceId();
    b.fromSeq = from;
    b.toSeq = to;
    b.batchId = QStringLiteral("%1:%2-%3").arg(b.deviceId).arg(from).arg(to);
    return b;
}

QNetworkReply* postBatch(QNetworkAccessManager& manager, const QUrl& proxy, Store& s, const sync::PushBatch& b)
{
    QNetworkRequest request(QUrl(proxy.toString() + QStringLiteral("/api/v1/push")));
    for (const auto& h : protocolHeaders(s.meta(QString::fromLatin1(sync::state::token))))
        request.setRawHeader(h.first, h.second);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return manager.post(request, sync::compress(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace

TEST_CASE("two batches reordered on the way: the later one gets 409, the client resends", "[sync][faults]")
{
    ServerFixture server;
    ProxiedDevice d(server, 41);
    fillOutbox(d.store(), 2, 8);
    // Batch 1-10 is held by the proxy until batch 11-20 (sent after it) has been answered.
    FaultPlan hold;
    hold.holdUntilRequest = 2;
    d.proxy.addFault(1, hold);
    QNetworkAccessManager manager;
    QNetworkReply* first = postBatch(manager, d.proxy.url(), d.store(), batchFromLog(d.store(), 1, 10));
    REQUIRE(spinUntil([&] { return d.proxy.counters().requests == 1; }, 10000));
    QNetworkReply* second = postBatch(manager, d.proxy.url(), d.store(), batchFromLog(d.store(), 11, 20));
    REQUIRE(spinUntil([&] { return first->isFinished() && second->isFinished(); }, 30000));
    CHECK(d.proxy.forwardOrder().mid(0, 2) == QVector<int>{2, 1});
    CHECK(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 409);
    const QJsonObject gap = QJsonDocument::fromJson(second->readAll()).object().value(QStringLiteral("error")).toObject();
    CHECK(gap.value(QStringLiteral("code")).toString() == QStringLiteral("sequence_gap"));
    CHECK(gap.value(QStringLiteral("resend_from")).toInteger() == 1);
    CHECK(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(QJsonDocument::fromJson(first->readAll()).object().value(QStringLiteral("acked_seq")).toInteger() == 10);
    delete first;
    delete second;
    CHECK(d.store().pendingChanges() > 10); // the device itself has not recorded anything yet

    // The client sends 1-10 again (a replay), then everything after it.
    requireOk(syncNow(d.store(), faultOptions()));
    requireDeliveredOnce(server.store(), d.store());
    requireOtherDeviceSees(server, d.store());
}

TEST_CASE("a corrupted body byte is refused whole and the next sync delivers", "[sync][faults]")
{
    const quint64 base = testSeed("faults/corrupt", 51);
    int refused = 0;
    for (quint64 seed = base; seed < base + 5; ++seed) {
        INFO("seed " << seed);
        ServerFixture server;
        ProxiedDevice d(server, seed);
        fillOutbox(d.store(), 2, 6);
        const qint64 pending = d.store().pendingChanges();
        FaultPlan corrupt;
        corrupt.corruptBodyAt = FaultPlan::kRandom;
        d.proxy.addFault(QByteArrayLiteral("/api/v1/push"), 1, corrupt);
        const auto first = syncNow(d.store(), faultOptions());
        const auto records = d.proxy.requests();
        REQUIRE(!records.isEmpty());
        CHECK(records.first().corruptedOffset >= 0);
        if (!first.ok) {
            // Refused whole: the bad request gets 400, nothing of it is stored.
            INFO(first.errorCode.toStdString() << ": " << first.error.toStdString());
            CHECK(first.httpStatus == 400);
            CHECK((first.errorCode == QStringLiteral("bad_request") || first.errorCode == QStringLiteral("bad_batch")));
            CHECK(d.store().pendingChanges() == pending);
            CHECK(scalar(server.store().db(), QStringLiteral("SELECT count(*) FROM batches")) == 0);
            CHECK(scalar(server.store().db(), QStringLiteral("SELECT count(*) FROM sync_rows")) == 0);
            ++refused;
            requireOk(syncNow(d.store(), faultOptions()));
        } else {
            // The flipped byte fell outside what the server checks (e.g. inside the batch id): still exact.
            WARN("seed " << seed << ": corruption at body byte " << records.first().corruptedOffset << " was harmless");
        }
        requireDeliveredOnce(server.store(), d.store());
        requireOtherDeviceSees(server, d.store());
    }
    CHECK(refused >= 3);
}

TEST_CASE("a slow link still completes push and pull", "[sync][faults]")
{
    ServerFixture server;
    ProxiedDevice d(server, 61);
    fillOutbox(d.store(), 2, 15);
    LinkShape slow;
    slow.latencyMs = 30;
    slow.bytesPerSecond = 20000;
    d.proxy.setLink(slow);
    requireOk(syncNow(d.store(), faultOptions()));
    requireDeliveredOnce(server.store(), d.store());
    CHECK(d.proxy.counters().bytesToServer > 2000);

    // A second laptop pulls through the same slow link in small pages.
    auto other = server.device();
    other->store().setMeta(QString::fromLatin1(sync::state::serverUrl), d.proxy.url().toString());
    sync::SyncOptions pages = faultOptions();
    pages.pullPageSize = 20;
    requireOk(syncNow(other->store(), pages));
    requireSameData(withoutCommunes(dumpStore(d.store())), withoutCommunes(dumpStore(other->store())),
                    QStringLiteral("device behind the slow link"));
}

TEST_CASE("pull answers cut on the way in a many-page pull are asked for again, the rows land once",
          "[sync][faults]")
{
    const quint64 base = testSeed("faults/pull-cut", 71);
    for (quint64 seed = base; seed < base + 3; ++seed) {
        INFO("seed " << seed);
        ServerFixture server;
        ProxiedDevice d(server, seed);
        fillOutbox(d.store(), 3, 15);
        requireOk(syncNow(d.store(), faultOptions()));

        // A second laptop pulls in small pages, two of the answers cut at a random byte.
        auto other = server.device();
        other->store().setMeta(QString::fromLatin1(sync::state::serverUrl), d.proxy.url().toString());
        const int pullsBefore = countRecords(d.proxy, [](const ProxyRequestRecord& r) {
            return r.info.path.startsWith(QByteArrayLiteral("/api/v1/pull"));
        });
        FaultPlan cut;
        cut.cutResponseAt = FaultPlan::kRandom;
        d.proxy.addFault(QByteArrayLiteral("/api/v1/pull"), pullsBefore + 2, cut);
        d.proxy.addFault(QByteArrayLiteral("/api/v1/pull"), pullsBefore + 4, cut);
        sync::SyncOptions pages = faultOptions();
        pages.pullPageSize = 10;
        pages.maxPullPageSize = 10;
        requireOk(syncNow(other->store(), pages));
        CHECK(countRecords(d.proxy, [](const ProxyRequestRecord& r) { return r.cutResponse; }) == 2);
        requireSameData(withoutCommunes(dumpStore(d.store())), withoutCommunes(dumpStore(other->store())),
                        QStringLiteral("device whose pull answers were cut"));
        requireIntegrity(other->store(), QStringLiteral("puller"));
    }
}

namespace {

// The real hocvuso-server process on a database that outlives it.
class ServerProcess
{
public:
    explicit ServerProcess(QString db) : m_db(std::move(db)) {}
    ~ServerProcess() { kill(); }

    // Starts `serve` on `port` (0: a free one); returns the port.
    quint16 start(quint16 port)
    {
        m_process.start(QStringLiteral(HOCVUSO_SERVER_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(port)});
        REQUIRE(m_process.waitForStarted(10000));
        QString out;
        QRegularExpressionMatch match;
        for (int i = 0; i < 300 && !match.hasMatch(); ++i) {
            m_process.waitForReadyRead(100);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            match = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")).match(out);
        }
        INFO(out.toStdString() << QString::fromUtf8(m_process.readAllStandardError()).toStdString());
        REQUIRE(match.hasMatch());
        return quint16(match.captured(1).toUInt());
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // SIGKILL: no shutdown code runs
        m_process.waitForFinished(10000);
    }

private:
    QString m_db;
    QProcess m_process;
};

QString admin(const QString& db, const QStringList& args)
{
    const auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH), QStringList{QStringLiteral("--db"), db, QStringLiteral("admin")} + args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out).trimmed();
}

std::unique_ptr<sync::ServerStore> openServerStore(const QString& db)
{
    QString error;
    auto spec = sync::ServerDbSpec::parse(db, &error);
    REQUIRE(spec);
    auto store = sync::ServerStore::open(*spec, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    return store;
}

} // namespace

TEST_CASE("the server process killed mid-push and restarted on the same database: the client resumes",
          "[sync][faults][process]")
{
    QTemporaryDir dir;
    const QString db = serverDbForTests(dir);
    {
        auto wiped = openServerStore(db);
        QString error;
        REQUIRE(wiped->wipe(&error));
    }
    admin(db, {"province", "create", "--code", "79", "--name", "TP Hồ Chí Minh"});
    admin(db, {"commune", "add", "--code", "26734", "--name", "Phường Sài Gòn"});
    const QString code = admin(db, {"enroll-code", "26734"});

    ServerProcess serverProcess(db);
    const quint16 port = serverProcess.start(0);
    FaultProxy proxy(QStringLiteral("127.0.0.1"), port, 71);
    REQUIRE(proxy.listen());
    TempStore device(false);
    const auto enrolled = sync::SyncClient(device.store()).enroll(proxy.url(), code, QStringLiteral("laptop"));
    INFO(enrolled.error.toStdString());
    REQUIRE(enrolled.ok);
    fillOutbox(device.store(), 3, 8);
    startSmall(device.store());

    // The 3rd batch is committed but its answer is lost; the server dies before the resend arrives.
    int pushes = 0;
    bool killed = false;
    proxy.setPlanner([&](const ProxyRequestInfo& info) {
        FaultPlan plan;
        if (!info.path.startsWith("/api/v1/push"))
            return plan;
        ++pushes;
        if (pushes == 3)
            plan.cutResponseAt = 0;
        if (pushes == 4) {
            serverProcess.kill();
            killed = true;
        }
        return plan;
    });
    sync::SyncOptions options = faultOptions();
    options.maxAttempts = 2;
    const auto broken = syncNow(device.store(), options);
    REQUIRE(killed);
    CHECK_FALSE(broken.ok);
    CHECK(broken.errorCode == QStringLiteral("network"));
    CHECK(device.store().pendingChanges() > 0);
    requireIntegrity(device.store(), QStringLiteral("device after the failed sync"));

    proxy.setPlanner({});
    REQUIRE(serverProcess.start(port) == port);
    const auto resumed = syncNow(device.store(), faultOptions());
    requireOk(resumed);
    CHECK(device.store().pendingChanges() == 0);
    auto server = openServerStore(db);
    requireDeliveredOnce(*server, device.store());
    // The batch whose answer was lost was recorded once, under its own range.
    CHECK(scalar(server->db(), QStringLiteral("SELECT count(*) FROM batches WHERE device_id = ?"), {device.store().deviceId()}) >= 3);
    serverProcess.kill();
}

TEST_CASE("hocvuso-cli killed with SIGKILL mid-sync: the next sync delivers everything once",
          "[sync][faults][process]")
{
    ServerFixture server;
    ProxiedDevice d(server, 81);
    fillOutbox(d.store(), 3, 10);
    const QString path = d.device->path();
    d.device->close(); // the CLI owns the store while it runs
    LinkShape slow;
    slow.bytesPerSecond = 8000;
    d.proxy.setLink(slow);

    QProcess cli;
    int pushes = 0;
    bool killed = false;
    d.proxy.setPlanner([&](const ProxyRequestInfo& info) {
        if (info.path.startsWith("/api/v1/push") && ++pushes == 3 && !killed) {
            cli.kill(); // SIGKILL while the third batch is on the wire
            killed = true;
        }
        return FaultPlan{};
    });
    auto runCliSync = [&](int timeoutMs) {
        cli.start(QStringLiteral(HOCVUSO_CLI_PATH), {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--json")});
        REQUIRE(cli.waitForStarted(10000));
        // The proxy and the server live on this thread: keep its event loop turning.
        REQUIRE(spinUntil([&] { return cli.state() == QProcess::NotRunning; }, timeoutMs));
    };
    runCliSync(120000);
    REQUIRE(killed);
    CHECK(cli.exitStatus() == QProcess::CrashExit);
    {
        d.device->reopen();
        requireIntegrity(d.store(), QStringLiteral("store of the killed CLI"));
        CHECK(d.store().pendingChanges() > 0);
        d.device->close();
    }

    d.proxy.setPlanner({});
    d.proxy.setLink({});
    runCliSync(120000);
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    REQUIRE(cli.exitCode() == 0);
    d.device->reopen();
    requireIntegrity(d.store(), QStringLiteral("store after the second sync"));
    requireDeliveredOnce(server.store(), d.store());
    requireOtherDeviceSees(server, d.store());
}

TEST_CASE("hocvuso-cli killed with SIGKILL mid-pull: the next sync resumes after the last page and converges",
          "[sync][faults][process]")
{
    ServerFixture server;
    auto source = server.device();
    fillOutbox(source->store(), 6, 250); // about 3,000 rows: pull pages of 1,000 then 2,000
    requireOk(syncNow(source->store()));

    ProxiedDevice d(server, 82);
    const QString path = d.device->path();
    d.device->close(); // the CLI owns the store while it runs
    QProcess cli;
    int pulls = 0;
    bool killed = false;
    d.proxy.setPlanner([&](const ProxyRequestInfo& info) {
        // The second page is asked for only after the first is committed locally.
        if (info.path.startsWith("/api/v1/pull") && ++pulls == 2 && !killed) {
            cli.kill();
            killed = true;
        }
        return FaultPlan{};
    });
    auto runCliSync = [&](int timeoutMs) {
        cli.start(QStringLiteral(HOCVUSO_CLI_PATH), {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--json")});
        REQUIRE(cli.waitForStarted(10000));
        REQUIRE(spinUntil([&] { return cli.state() == QProcess::NotRunning; }, timeoutMs));
    };
    runCliSync(120000);
    REQUIRE(killed);
    CHECK(cli.exitStatus() == QProcess::CrashExit);
    const qint64 sourceRows = rowCount(withoutCommunes(dumpStore(source->store())));
    QString cursorAfterKill;
    {
        d.device->reopen();
        requireIntegrity(d.store(), QStringLiteral("store of the CLI killed mid-pull"));
        // The first page landed whole with its cursor; the rest did not.
        cursorAfterKill = d.store().meta(QString::fromLatin1(sync::state::cursor));
        CHECK_FALSE(cursorAfterKill.isEmpty());
        const qint64 landed = rowCount(withoutCommunes(dumpStore(d.store())));
        CHECK(landed > 0);
        CHECK(landed < sourceRows);
        CHECK(d.store().pendingChanges() == 0); // pulled rows are not logged as its own
        d.device->close();
    }

    d.proxy.setPlanner({});
    runCliSync(120000);
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitStatus() == QProcess::NormalExit);
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    CHECK(report.value(QStringLiteral("pulled")).toInteger() < sourceRows); // resumed, not restarted
    d.device->reopen();
    requireIntegrity(d.store(), QStringLiteral("store after the resumed sync"));
    requireSameData(withoutCommunes(dumpStore(source->store())), withoutCommunes(dumpStore(d.store())),
                    QStringLiteral("device that resumed its pull"));
}
