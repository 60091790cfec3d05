// The multi-worker server (hocvuso-server serve --workers N): many devices
// pushing at the same moment through several request threads that share one
// database, on SQLite and on PostgreSQL. Every change is stored exactly once,
// a batch sent several times at once is applied once, the rate limit is one
// per device whatever worker answers, and TLS works in the workers.
#include "SyncFixture.h"
#include "TestCertificate.h"

#include "core/store/Hlc.h"
#include "core/store/Store.h"
#include "core/store/Uuid.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/ServerCommand.h"
#include "sync/server/ServerWorkers.h"

#include <QDateTime>
#include <QFileInfo>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSslSocket>
#include <QThreadPool>

#include <atomic>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

const QStringList kCommunes = {QStringLiteral("26734"), QStringLiteral("26737"), QStringLiteral("26740"),
                               QStringLiteral("26743")};

// A province with four communes served by `workers` threads on a loopback
// port; `admin` is a connection of its own, as the admin command would have.
class WorkerServer
{
public:
    explicit WorkerServer(int workers, sync::ServiceLimits limits = {}, sync::TlsFiles tls = {})
    {
        QString error;
        auto spec = sync::ServerDbSpec::parse(serverDbForTests(m_dir), &error);
        REQUIRE(spec);
        m_admin = sync::ServerStore::open(*spec, &error);
        INFO(error.toStdString());
        REQUIRE(m_admin);
        REQUIRE(m_admin->wipe(&error));
        REQUIRE(m_admin->createProvince(QStringLiteral("79"), QStringLiteral("Thành phố Hồ Chí Minh"), &error));
        for (const QString& code : kCommunes)
            REQUIRE(m_admin->addCommune(code, QStringLiteral("Phường %1").arg(code), &error));
        m_workers = sync::ServerWorkers::start({*spec, limits, tls, std::nullopt, workers}, QHostAddress::LocalHost, 0,
                                               &error);
        INFO(error.toStdString());
        REQUIRE(m_workers);
        REQUIRE(m_workers->workerCount() == workers);
        m_scheme = tls.enabled() ? QStringLiteral("https") : QStringLiteral("http");
    }

    sync::ServerStore& admin() { return *m_admin; }
    QString sqlitePath() const { return m_admin->isPostgres() ? QString() : m_dir.filePath(QStringLiteral("server.sqlite")); }
    QUrl url() const { return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_workers->port())); }
    QUrl api(const QString& path) const { return QUrl(url().toString() + QStringLiteral("/api/v1/") + path); }
    QString code(const QString& commune)
    {
        QString error;
        auto c = m_admin->createEnrollmentCode(commune, 3600 * 1000, &error);
        REQUIRE(c);
        return *c;
    }
    qint64 scalar(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_admin->db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sync::ServerStore> m_admin;
    std::unique_ptr<sync::ServerWorkers> m_workers;
    QString m_scheme;
};

// Runs `jobs` on threads of their own while this thread serves the workers'
// acceptor (it lives here, as in hocvuso-server's main thread).
void runConcurrently(const std::vector<std::function<void()>>& jobs)
{
    QThreadPool pool;
    pool.setMaxThreadCount(int(jobs.size()));
    for (const auto& job : jobs)
        pool.start(job);
    while (!pool.waitForDone(5))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// `n` hamlets, each with a household: 2n changes in the device's log.
void officeWork(Store& store, int n)
{
    for (int i = 0; i < n; ++i) {
        StoreError e;
        const auto hamlet = store.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp %1").arg(i)}}, &e);
        INFO(e.text().toStdString());
        REQUIRE(hamlet);
        REQUIRE(store.insert(QStringLiteral("households"),
                             {{QStringLiteral("hamlet_id"), *hamlet},
                              {QStringLiteral("head_name"), QStringLiteral("Nguyễn Văn %1").arg(i)},
                              {QStringLiteral("address"), QStringLiteral("Số %1 đường Lê Lợi").arg(i)}},
                             &e));
    }
}

// A device's applied batches must tile 1..high water with no gap and no overlap.
void requireExactlyOnce(WorkerServer& server, const QString& deviceId, qint64 pushed)
{
    QSqlQuery q(server.admin().db());
    q.prepare(QStringLiteral("SELECT from_seq, to_seq, changes FROM batches WHERE device_id = ? ORDER BY from_seq"));
    q.addBindValue(deviceId);
    REQUIRE(q.exec());
    qint64 next = 1, changes = 0;
    while (q.next()) {
        CHECK(q.value(0).toLongLong() == next);
        next = q.value(1).toLongLong() + 1;
        changes += q.value(2).toLongLong();
    }
    CHECK(changes == pushed);
    CHECK(server.scalar(QStringLiteral("SELECT high_water FROM devices WHERE id = ?"), {deviceId}) == next - 1);
}

QByteArray hamletBatchBody(const QString& deviceId, const QString& communeId, int n)
{
    sync::PushBatch b;
    b.deviceId = deviceId;
    b.fromSeq = 1;
    b.toSeq = n;
    b.batchId = QStringLiteral("%1:1-%2").arg(deviceId).arg(n);
    for (int seq = 1; seq <= n; ++seq) {
        sync::Change c;
        c.seq = seq;
        c.entity = QStringLiteral("hamlets");
        c.rowId = uuid::v7();
        c.op = QStringLiteral("insert");
        c.fields = {{QStringLiteral("commune_id"), communeId},
                    {QStringLiteral("name"), QStringLiteral("Ấp %1").arg(seq)},
                    {QStringLiteral("deleted"), 0}};
        c.hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch(), quint32(seq));
        c.deviceId = deviceId;
        b.changes.push_back(c);
    }
    return sync::compress(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact));
}

// Sends every request at once, each on a connection of its own (so they
// spread over the workers), and waits for all the answers.
QVector<RawReply> sendAtOnce(const QVector<QNetworkRequest>& requests, const QByteArray& postBody)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QVector<QNetworkReply*> replies;
    for (const QNetworkRequest& r : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        replies << (postBody.isNull() ? managers.back()->get(r) : managers.back()->post(r, postBody));
    }
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply* reply : replies)
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QVector<RawReply> out;
    for (QNetworkReply* reply : replies) {
        RawReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        r.retryAfter = reply->rawHeader("Retry-After");
        out << r;
        delete reply;
    }
    return out;
}

QNetworkRequest apiRequest(const QUrl& url, const QString& token)
{
    QNetworkRequest request(url);
    for (const auto& h : protocolHeaders(token))
        request.setRawHeader(h.first, h.second);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

// A laptop of the concurrency tests: its store is closed between syncs and
// reopened on the thread that syncs it.
struct Laptop
{
    std::unique_ptr<TempStore> store;
    QString commune;
    QString deviceId;
    sync::SyncReport report;
};

// Every laptop syncs at the same time, each on its own thread, in batches of `batch`.
void syncAllAtOnce(std::vector<Laptop>& laptops, int batch)
{
    std::vector<std::function<void()>> jobs;
    for (Laptop& l : laptops)
        jobs.push_back([&l, batch] {
            QString error;
            auto store = Store::open(l.store->path(), &error);
            if (!store) {
                l.report.error = error;
                return;
            }
            sync::SyncOptions options;
            options.initialBatch = batch;
            options.maxBatch = batch;
            l.report = sync::SyncClient(*store, options).sync();
        });
    runConcurrently(jobs);
}

} // namespace

TEST_CASE("workers: many devices pushing at once store every change exactly once", "[sync][workers]")
{
    WorkerServer server(3);
    constexpr int perCommune = 2, hamlets = 120; // 240 changes per device, in batches of 40
    std::vector<Laptop> laptops;
    for (const QString& commune : kCommunes) {
        for (int i = 0; i < perCommune; ++i) {
            Laptop l{std::make_unique<TempStore>(false), commune, {}, {}};
            sync::SyncClient client(l.store->store());
            const auto enrolled = client.enroll(server.url(), server.code(commune), QStringLiteral("laptop %1").arg(i));
            INFO(enrolled.error.toStdString());
            REQUIRE(enrolled.ok);
            officeWork(l.store->store(), hamlets);
            l.deviceId = l.store->store().deviceId();
            l.store->close(); // reopened on the thread that syncs it
            laptops.push_back(std::move(l));
        }
    }

    syncAllAtOnce(laptops, 40);

    for (Laptop& l : laptops) {
        INFO(l.commune.toStdString() << " " << l.report.error.toStdString());
        REQUIRE(l.report.ok);
        CHECK(l.report.pushed >= 2 * hamlets);
        CHECK(l.report.pending == 0);
        requireExactlyOnce(server, l.deviceId, l.report.pushed);
    }
    for (const QString& commune : kCommunes) {
        const QJsonObject rows =
            server.admin().communeSummary(server.admin().commune(commune)->id).value(QStringLiteral("rows")).toObject();
        CHECK(rows.value(QStringLiteral("hamlets")).toInteger() == perCommune * hamlets);
        CHECK(rows.value(QStringLiteral("households")).toInteger() == perCommune * hamlets);
        CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE commune_id = ?"),
                            {server.admin().commune(commune)->id}) == 0);
    }
    // Each laptop then receives its neighbour's work: the two agree with the server.
    for (Laptop& l : laptops) {
        l.store->reopen();
        const auto again = syncNow(l.store->store());
        INFO(again.error.toStdString());
        REQUIRE(again.ok);
        QSqlQuery q(l.store->store().db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM hamlets")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == perCommune * hamlets);
    }
}

TEST_CASE("workers: pushes at once are checkpointed from the SQLite WAL into the database outside the writer's turn",
          "[sync][workers]")
{
    // Many small batches: well over the 1,000 WAL pages after which the
    // committing worker checkpoints once it has let the next writer in.
    WorkerServer server(2);
    constexpr int hamlets = 1500;
    std::vector<Laptop> laptops;
    for (const QString& commune : kCommunes) {
        Laptop l{std::make_unique<TempStore>(false), commune, {}, {}};
        sync::SyncClient client(l.store->store());
        REQUIRE(client.enroll(server.url(), server.code(commune), QStringLiteral("laptop")).ok);
        StoreTransaction tx(l.store->store());
        officeWork(l.store->store(), hamlets);
        REQUIRE(tx.commit());
        l.deviceId = l.store->store().deviceId();
        l.store->close();
        laptops.push_back(std::move(l));
    }
    const QString db = server.sqlitePath();
    const qint64 sizeBefore = db.isEmpty() ? 0 : QFileInfo(db).size();
    syncAllAtOnce(laptops, 50);
    for (Laptop& l : laptops) {
        INFO(l.report.error.toStdString());
        REQUIRE(l.report.ok);
        CHECK(l.report.pushed >= 2 * hamlets);
        requireExactlyOnce(server, l.deviceId, l.report.pushed);
    }
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM sync_rows WHERE entity = 'households'"), {}) ==
          qint64(kCommunes.size()) * hamlets);
    if (db.isEmpty())
        return; // PostgreSQL: no WAL of ours
    // In WAL mode only a checkpoint writes the database file: the rows reached it while every connection was open.
    CHECK(QFileInfo(db).size() > sizeBefore + 2 * 1024 * 1024);
    CHECK(QFileInfo(db + QStringLiteral("-wal")).size() < 80LL * 1024 * 1024);
}

TEST_CASE("workers: one batch sent many times at once is applied once", "[sync][workers]")
{
    WorkerServer server(4);
    const QString deviceId = uuid::v7();
    const auto enrolled = server.admin().enroll(server.code(kCommunes[0]), deviceId, QStringLiteral("raw"));
    REQUIRE_FALSE(enrolled.error);
    const QString token = enrolled.body.value(QStringLiteral("token")).toString();
    constexpr int changes = 500, copies = 8;
    const QByteArray body = hamletBatchBody(deviceId, server.admin().commune(kCommunes[0])->id, changes);

    const QVector<RawReply> replies =
        sendAtOnce(QVector<QNetworkRequest>(copies, apiRequest(server.api(QStringLiteral("push")), token)), body);
    int applied = 0;
    for (const RawReply& r : replies) {
        INFO(QJsonDocument(r.json).toJson().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("acked_seq")).toInteger() == changes);
        if (!r.json.value(QStringLiteral("replayed")).toBool() && !r.json.value(QStringLiteral("duplicate")).toBool())
            ++applied;
    }
    CHECK(applied == 1);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM batches WHERE device_id = ?"), {deviceId}) == 1);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM sync_rows WHERE entity = 'hamlets'"), {}) == changes);
    requireExactlyOnce(server, deviceId, changes);
}

TEST_CASE("workers: the rate limit counts a device's requests on every worker", "[sync][workers]")
{
    sync::ServiceLimits limits;
    limits.requestsPerMinutePerDevice = 5;
    WorkerServer server(3, limits);
    const QString deviceId = uuid::v7();
    const auto enrolled = server.admin().enroll(server.code(kCommunes[1]), deviceId, QStringLiteral("raw"));
    REQUIRE_FALSE(enrolled.error);
    const QString token = enrolled.body.value(QStringLiteral("token")).toString();

    const QVector<RawReply> replies =
        sendAtOnce(QVector<QNetworkRequest>(9, apiRequest(server.api(QStringLiteral("pull")), token)), QByteArray());
    int ok = 0, limited = 0;
    for (const RawReply& r : replies) {
        ok += r.status == 200;
        limited += r.status == 429;
    }
    CHECK(ok == 5);
    CHECK(limited == 4);
}

TEST_CASE("workers: TLS handshakes and requests run in the workers", "[sync][workers][tls]")
{
    if (!QSslSocket::supportsSsl())
        FAIL("this Qt has no TLS backend");
    QTemporaryDir certs;
    makeCertificate(certs, QStringLiteral("server"));
    WorkerServer server(2, {}, {certs.filePath(QStringLiteral("server.pem")), certs.filePath(QStringLiteral("server.key"))});
    TempStore device(false);
    sync::SyncClient client(device.store());
    const auto r = client.enroll(server.url(), server.code(kCommunes[2]), QStringLiteral("laptop"),
                                 {certs.filePath(QStringLiteral("server.pem")), {}});
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    officeWork(device.store(), 30);
    const auto report = syncNow(device.store());
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.pushed >= 60);
    requireExactlyOnce(server, device.store().deviceId(), report.pushed);
}

TEST_CASE("workers: serve refuses a worker count that is not 1 to 256", "[sync][workers]")
{
    QTemporaryDir dir;
    for (const char* bad : {"0", "-2", "many", "257"}) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = sync::runServerCommand({QStringLiteral("serve"), QStringLiteral("--db"),
                                                 dir.filePath(QStringLiteral("server.sqlite")), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--workers"),
                                                 QString::fromLatin1(bad)},
                                                out, err);
        err.flush();
        INFO(bad << ": " << errText.toStdString());
        CHECK(code == 2);
        CHECK(errText.contains(QStringLiteral("--workers")));
    }
}
