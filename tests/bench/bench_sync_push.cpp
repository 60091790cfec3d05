// Push ingestion on the server store: changes applied per second, SQLite by
// default, PostgreSQL when HOCVUSO_BENCH_PG holds a connection URL.
//   bench_sync_push [changes=100000] [batch=1000] [service]
// `service`: each batch goes through SyncService::handle as the zstd JSON
// body a laptop sends (decompression, parse, checksum, validation, merge,
// SQL), without the HTTP transport: the server's CPU per change in one
// thread, steady enough to compare under callgrind.
#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/server/ServerStore.h"
#include "sync/server/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <QSqlQuery>

#include <ctime>
#include <unistd.h>

using namespace hocvuso;

namespace {
// CPU time of this thread: on a shared machine wall time also counts other people's work.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// CPU time (ns) of a process on this machine, from /proc (the PostgreSQL
// backend serving our connection: the loopback server runs here too).
qint64 processCpuNs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields[11].toLongLong() + fields[12].toLongLong(); // utime + stime
    return ticks * 1000000000 / sysconf(_SC_CLK_TCK);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int batchSize = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1000;
    const bool throughService = argc > 3 && QByteArray(argv[3]) == "service";
    QTextStream out(stdout);
    QString loadAverage;
    {
        QFile f(QStringLiteral("/proc/loadavg"));
        if (f.open(QIODevice::ReadOnly))
            loadAverage = QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0);
    }
    QTemporaryDir dir;
    const QString pg = qEnvironmentVariable("HOCVUSO_BENCH_PG");
    QString error;
    auto spec = sync::ServerDbSpec::parse(pg.isEmpty() ? dir.filePath(QStringLiteral("server.sqlite")) : pg, &error);
    auto store = sync::ServerStore::open(*spec, &error);
    if (!store || !store->wipe(&error) || !store->createProvince(QStringLiteral("79"), QStringLiteral("P"), &error)) {
        out << "setup failed: " << error << '\n';
        return 1;
    }
    auto commune = store->addCommune(QStringLiteral("26734"), QStringLiteral("C"), &error);
    const QString device = uuid::v7();
    const QString token = store->enroll(*store->createEnrollmentCode(QStringLiteral("26734"), 3600000, &error),
                                        device, {}).body.value(QStringLiteral("token")).toString();
    auto info = store->devices().first();
    sync::SyncService service(*store);

    // Residents as a laptop logs them: an insert of every column used, then a few edits.
    QVector<QString> ids;
    qint64 seq = 0;
    qint64 hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch(), 0);
    qint64 backendPid = 0;
    if (store->isPostgres()) {
        QSqlQuery pidQuery(store->db());
        if (pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next())
            backendPid = pidQuery.value(0).toLongLong();
    }
    const qint64 backendCpuStart = processCpuNs(backendPid);
    QElapsedTimer timer;
    qint64 applyNs = 0;
    qint64 cpuNs = 0; // of this process; PostgreSQL's own work is in its server processes
    while (seq < total) {
        sync::PushBatch b;
        b.deviceId = device;
        b.fromSeq = seq + 1;
        for (int i = 0; i < batchSize && seq < total; ++i) {
            sync::Change c;
            c.seq = ++seq;
            c.entity = QStringLiteral("residents");
            c.deviceId = device;
            c.hlc = ++hlc;
            if (ids.size() < 10 || seq % 5 != 0) {
                ids.push_back(uuid::v7());
                c.rowId = ids.back();
                c.op = QStringLiteral("insert");
                c.fields = {{QStringLiteral("commune_id"), commune->id},
                            {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn An %1").arg(seq)},
                            {QStringLiteral("birth_date"), QStringLiteral("1980-05-17")},
                            {QStringLiteral("phone"), QStringLiteral("0912%1").arg(seq % 1000000, 6, 10, QLatin1Char('0'))},
                            {QStringLiteral("has_smartphone"), 1},
                            {QStringLiteral("vneid_level2"), 0},
                            {QStringLiteral("deleted"), 0}};
            } else {
                c.rowId = ids[int(seq * 7919 % ids.size())];
                c.op = QStringLiteral("update");
                c.fields = {{QStringLiteral("vneid_level2"), 1}};
            }
            b.changes.push_back(c);
        }
        b.toSeq = seq;
        b.batchId = QStringLiteral("%1:%2").arg(b.fromSeq).arg(b.toSeq);
        b.pullCursor = QStringLiteral("0.0");
        sync::HttpRequest request;
        if (throughService) {
            request.method = "POST";
            request.path = QStringLiteral("/api/v1/push");
            request.headers = {{"x-hocvuso-protocol", QByteArray::number(sync::kProtocolVersion)},
                               {"x-hocvuso-schema", "1"},
                               {"authorization", "Bearer " + token.toLatin1()},
                               {"content-encoding", "zstd"}};
            request.body = sync::compress(b.toJsonBytes());
        }
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        QString failure;
        if (throughService) {
            const sync::HttpReply reply = service.handle(request);
            if (reply.status != 200)
                failure = QString::fromUtf8(reply.body);
        } else {
            auto o = store->push(info, b, 0);
            if (o.error)
                failure = o.message;
        }
        applyNs += timer.nsecsElapsed();
        cpuNs += threadCpuNs() - cpuStart;
        if (!failure.isEmpty()) {
            out << "push failed: " << failure << '\n';
            return 1;
        }
    }
    const double seconds = double(applyNs) / 1e9;
    out << (store->isPostgres() ? "postgresql" : "sqlite") << (throughService ? " (through SyncService)" : "") << ": " << total << " changes in batches of " << batchSize
        << ": " << QString::number(seconds, 'f', 2) << " s, " << qint64(total / seconds) << " changes/s (wall); "
        << QString::number(double(cpuNs) / 1e9, 'f', 2) << " s CPU in this process = "
        << qint64(total / (double(cpuNs) / 1e9)) << " changes per CPU-second; load average at start "
        << loadAverage;
    if (backendPid > 0 && backendCpuStart >= 0) {
        const double backendSeconds = double(processCpuNs(backendPid) - backendCpuStart) / 1e9;
        out << "; PostgreSQL backend CPU " << QString::number(backendSeconds, 'f', 2) << " s; both processes "
            << qint64(total / (backendSeconds + double(cpuNs) / 1e9)) << " changes per CPU-second";
    }
    out << '\n';
    return 0;
}
