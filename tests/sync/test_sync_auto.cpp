// Automatic sync: a real hocvuso-server process that is away, comes back and
// goes away again; the controller probes with backoff and syncs by itself.
// No timed assertions: signals are awaited with generous timeouts, and the
// backoff intervals are made short.
#include "SyncFixture.h"

#include "core/store/Store.h"
#include "sync/client/ConnectivityWatcher.h"
#include "sync/client/SyncController.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// hocvuso-server serve on a SQLite file, on a fixed port once it is known.
class ServerProcess
{
public:
    explicit ServerProcess(QString db) : m_db(std::move(db)) {}
    ~ServerProcess() { stop(); }

    void start()
    {
        m_process.start(QStringLiteral(HOCVUSO_SERVER_PATH),
                        {"serve", "--db", m_db, "--listen", QStringLiteral("127.0.0.1:%1").arg(m_port)});
        REQUIRE(m_process.waitForStarted());
        QString line;
        for (int i = 0; i < 300 && !line.contains(QLatin1Char('\n')); ++i) {
            m_process.waitForReadyRead(100);
            line += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        const auto match = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")).match(line);
        INFO(line.toStdString() << m_process.readAllStandardError().toStdString());
        REQUIRE(match.hasMatch());
        m_port = match.captured(1).toUShort();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QString m_db;
    QProcess m_process;
    quint16 m_port = 0;
};

bool waitForCount(QSignalSpy& spy, int count, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    return spy.count() >= count;
}

// Waits for a finished() whose status is `status`, from the `from`th on;
// returns its report (empty: none came).
QJsonObject waitForFinish(QSignalSpy& finished, sync::SyncController::Status status, int from = 0,
                          int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    for (int seen = from; timer.elapsed() < timeoutMs;) {
        while (seen < finished.count()) {
            const auto args = finished.at(seen++);
            if (args.at(0).value<sync::SyncController::Status>() == status)
                return args.at(1).toJsonObject().isEmpty() ? QJsonObject{{"empty", true}} : args.at(1).toJsonObject();
        }
        finished.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return {};
}

void addHamlet(Store& s, const QString& name)
{
    StoreError e;
    REQUIRE(s.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}}, &e));
}

} // namespace

TEST_CASE("sync runs by itself when the server comes back, and backs off while it is away", "[sync][auto]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.sqlite"));
    const QString serverPath = QStringLiteral(HOCVUSO_SERVER_PATH);
    auto admin = [&](const QStringList& args) { return runProgram(serverPath, QStringList{"--db", db, "admin"} + args); };
    REQUIRE(admin({"province", "create", "--code", "79", "--name", "TP Hồ Chí Minh"}).exitCode == 0);
    REQUIRE(admin({"commune", "add", "--code", "26734", "--name", "Phường Sài Gòn"}).exitCode == 0);
    const auto code = admin({"enroll-code", "26734"});
    REQUIRE(code.exitCode == 0);

    ServerProcess server(db);
    server.start();
    TempStore device(false);
    {
        sync::SyncClient client(device.store());
        const auto enrolled = client.enroll(QUrl(server.url()), QString::fromUtf8(code.out.trimmed()), QStringLiteral("laptop"));
        INFO(enrolled.error.toStdString());
        REQUIRE(enrolled.ok);
    }
    server.stop(); // the laptop goes to the field
    addHamlet(device.store(), QStringLiteral("Thôn Đồi"));
    const qint64 pending = device->pendingChanges();
    REQUIRE(pending > 0);

    sync::SyncOptions syncOptions;
    syncOptions.maxAttempts = 1; // the controller's own backoff is under test here
    sync::SyncController controller(device.path(), syncOptions);
    sync::AutoSyncOptions autoOptions;
    autoOptions.probe = {50, 400, 0.0, 5000};
    autoOptions.periodicMs = 300;
    controller.enableAutoSync(autoOptions);
    REQUIRE(controller.connectivity());
    QSignalSpy probeFailed(controller.connectivity(), &sync::ConnectivityWatcher::probeFailed);
    QSignalSpy online(&controller, &sync::SyncController::onlineChanged);
    QSignalSpy finished(&controller, &sync::SyncController::finished);

    // Away: probes fail with growing delays, capped; nothing is sent.
    REQUIRE(waitForCount(probeFailed, 5));
    QList<int> delays;
    for (const auto& args : probeFailed)
        delays << args.at(1).toInt();
    CHECK(delays.mid(0, 5) == QList<int>{50, 100, 200, 400, 400});
    CHECK_FALSE(controller.isOnline());
    CHECK(finished.isEmpty());
    CHECK(device->pendingChanges() == pending);

    // Back: the probe sees it and the outbox goes without anyone pressing a button.
    server.start();
    const QJsonObject first = waitForFinish(finished, sync::SyncController::Status::Ok);
    REQUIRE_FALSE(first.isEmpty());
    CHECK(first.value(QStringLiteral("pushed")).toInteger() == pending);
    CHECK(controller.isOnline());
    REQUIRE_FALSE(online.isEmpty());
    CHECK(online.last().at(0).toBool());
    CHECK(device->pendingChanges() == 0);
    CHECK_FALSE(controller.lastSuccessAt().isEmpty());

    // Online: a new local change goes with the periodic sync.
    const int before = finished.count();
    addHamlet(device.store(), QStringLiteral("Thôn Suối"));
    const QJsonObject periodic = waitForFinish(finished, sync::SyncController::Status::Ok, before);
    CHECK(periodic.value(QStringLiteral("pushed")).toInteger() == 1);
    CHECK(device->pendingChanges() == 0);
    {
        // The server holds both hamlets.
        QString error;
        auto store = sync::ServerStore::open(*sync::ServerDbSpec::parse(db, &error), &error);
        REQUIRE(store);
        const QJsonObject summary = store->communeSummary(QStringLiteral("26734"));
        CHECK(summary.value(QStringLiteral("rows")).toObject().value(QStringLiteral("hamlets")).toInteger() == 2);
    }

    // Away again: the next periodic sync fails, the controller says offline and probes again.
    server.stop();
    const int failedBefore = probeFailed.count();
    const int finishedBefore = finished.count();
    addHamlet(device.store(), QStringLiteral("Thôn Cầu"));
    REQUIRE_FALSE(waitForFinish(finished, sync::SyncController::Status::Failed, finishedBefore).isEmpty());
    CHECK(controller.lastError().size() > 0);
    REQUIRE(waitForCount(probeFailed, failedBefore + 1));
    CHECK_FALSE(controller.isOnline());
    CHECK(device->pendingChanges() > 0);

    // And back once more: delivered by itself.
    finished.clear();
    server.start();
    REQUIRE_FALSE(waitForFinish(finished, sync::SyncController::Status::Ok).isEmpty());
    CHECK(device->pendingChanges() == 0);
}

TEST_CASE("auto sync of a laptop that is not enrolled tries nothing", "[sync][auto]")
{
    TempStore device(false);
    sync::SyncController controller(device.path());
    sync::AutoSyncOptions options;
    options.probe = {50, 100, 0.0, 2000};
    options.periodicMs = 100;
    controller.enableAutoSync(options);
    QSignalSpy refreshed(&controller, &sync::SyncController::stateRefreshed);
    QSignalSpy finished(&controller, &sync::SyncController::finished);
    REQUIRE(waitForCount(refreshed, 3));
    CHECK_FALSE(controller.isOnline());
    CHECK(finished.isEmpty()); // nothing to sync with: no attempt
    CHECK(controller.connectivity()->server().isEmpty());
}
