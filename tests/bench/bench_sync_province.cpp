// Province simulation: N communes (default 100) push a day's work (default
// 2,000 changes each: households, residents, classes, attendance,
// door-to-door visits, status updates) to one real hocvuso-server process
// on loopback, on SQLite and then on PostgreSQL.
//
//   bench_sync_province [communes=100] [changes=2000] [parallel=100] [backends=sqlite,pg] [workers]
//   (workers: the server's --workers; by default its own, one per core)
//   HOCVUSO_BENCH_PG=postgresql://hocvuso:hocvuso@127.0.0.1:5432/hocvuso_sync_perf (the default)
//   (on PostgreSQL it also prints the CPU of the server's backends, when they run on this machine)
//   HOCVUSO_BENCH_LAPTOPS=DIR keeps the generated laptops there and reuses them on the next run
//   (generating 100 takes over a minute; same communes and changes only)
//
// What is measured and why it is fair on a small box:
// - An untimed warm-up pass runs first (on the back-end that runs first): the
//   clients' first pass in a process costs them 2-3 s more CPU, taken from
//   the server on a shared box, whichever back-end it serves.
// - The laptops' stores are real SQLite files written through Store (the
//   change log comes from the triggers); they are generated once, untimed,
//   and copied for each back-end.
// - Each laptop runs the real SyncClient (push in adaptive batches, then
//   pull) on its own thread; `parallel` bounds how many run at once (100 =
//   every commune at the same moment: the worst case for the server).
// - The server is a separate process, as deployed, with its request threads
//   (--workers, one per core unless the 5th argument says). On a 2-core machine the 100 clients
//   (JSON, zstd, their own SQLite commits) compete with it for the CPU, so
//   besides wall-clock changes/s the benchmark prints the server process's
//   own CPU time and changes per server CPU-second: the server's capacity
//   when the laptops are elsewhere, as they are in the field.
// - Request latency is per push batch as the client sees it: from reading
//   the batch out of the change log to the acknowledgement committed
//   locally (the progress callback after each batch).
#include "TempStore.h"
#include "core/store/Store.h"
#include "sync/client/SyncClient.h"
#include "sync/server/ServerStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <ctime>
#include <unistd.h>

using namespace hocvuso;

namespace {

QTextStream out(stdout);

const QStringList kFamily = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
const QStringList kMiddle = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc"};
const QStringList kGiven = {"An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Hùng", "Mai", "Nam", "Thảo", "Tuấn", "Yến"};

QString communeCode(int i)
{
    return QStringLiteral("%1").arg(20000 + i);
}

// A day's work of one commune, written through the store: exactly `changes` change-log rows.
bool generateDay(Store& store, int changes, quint64 seed, QString* error)
{
    QRandomGenerator rng(seed);
    auto pick = [&](const QStringList& l) { return l[int(rng.bounded(int(l.size())))]; };
    auto fullName = [&]() -> QString { return pick(kFamily) + QLatin1Char(' ') + pick(kMiddle) + QLatin1Char(' ') + pick(kGiven); };
    StoreError e;
    StoreTransaction tx(store);
    int written = 0;
    auto insert = [&](const QString& table, const QVariantMap& v) -> QString {
        auto id = store.insert(table, v, &e);
        ++written;
        return id ? *id : QString();
    };
    const QString hamlet = insert(QStringLiteral("hamlets"), {{"name", QStringLiteral("Thôn %1").arg(seed % 17 + 1)}});
    const QString team = insert(QStringLiteral("teams"), {{"hamlet_id", hamlet}, {"name", QStringLiteral("Tổ công nghệ số cộng đồng")}, {"active", true}});
    QStringList households, residents, classes;
    const QDate today = QDate::currentDate();
    // Shares of a day: households 3%, residents 35%, classes, attendance 40%, visits 15%, updates the rest.
    const int nHouseholds = changes * 3 / 100, nResidents = changes * 35 / 100, nClasses = 4;
    const int nAttendance = changes * 40 / 100, nVisits = changes * 15 / 100;
    for (int i = 0; i < nHouseholds && !hamlet.isEmpty(); ++i)
        households << insert(QStringLiteral("households"),
                             {{"hamlet_id", hamlet},
                              {"code", QStringLiteral("HGD-%1").arg(i + 1, 4, 10, QLatin1Char('0'))},
                              {"head_name", fullName()},
                              {"address", QStringLiteral("Số %1, ngõ %2").arg(rng.bounded(200) + 1).arg(rng.bounded(30) + 1)},
                              {"poor", rng.bounded(20) == 0}});
    for (int i = 0; i < nResidents; ++i) {
        const QDate born = today.addDays(-qint64(rng.bounded(365 * 80) + 365 * 16));
        residents << insert(QStringLiteral("residents"),
                            {{"hamlet_id", hamlet},
                             {"household_id", households.value(i % std::max<qsizetype>(1, households.size()))},
                             {"full_name", fullName()},
                             {"birth_date", born.toString(Qt::ISODate)},
                             {"sex", rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M")},
                             {"cccd", QStringLiteral("001%1%2").arg(rng.bounded(2)).arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'))},
                             {"phone", QStringLiteral("09%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'))},
                             {"ethnicity", QStringLiteral("Kinh")},
                             {"has_smartphone", rng.bounded(10) < 8},
                             {"vneid_level2", rng.bounded(10) < 6},
                             {"digital_bank", rng.bounded(10) < 5},
                             {"notes", rng.bounded(5) == 0 ? QStringLiteral("Cần hướng dẫn cài VNeID mức 2") : QString()}});
    }
    for (int i = 0; i < nClasses; ++i)
        classes << insert(QStringLiteral("classes"),
                          {{"hamlet_id", hamlet},
                           {"title", QStringLiteral("Lớp Bình dân học vụ số %1").arg(i + 1)},
                           {"starts_at", QDateTime(today, QTime(8 + i * 2, 0)).toString(Qt::ISODate)},
                           {"ends_at", QDateTime(today, QTime(9 + i * 2, 30)).toString(Qt::ISODate)},
                           {"place", QStringLiteral("Nhà văn hóa thôn")},
                           {"format", QStringLiteral("in_person")},
                           {"skills", QStringLiteral("smartphone,vneid,cashless")},
                           {"basic_course", true}});
    for (int i = 0; i < nAttendance && !residents.isEmpty(); ++i)
        insert(QStringLiteral("attendance"), {{"class_id", classes[i % classes.size()]},
                                              {"resident_id", residents[(i / classes.size()) % residents.size()]},
                                              {"present", true},
                                              {"completed", rng.bounded(3) == 0}});
    for (int i = 0; i < nVisits && !households.isEmpty(); ++i)
        insert(QStringLiteral("visits"), {{"household_id", households[i % households.size()]},
                                          {"team_id", team},
                                          {"visited_on", today.toString(Qt::ISODate)},
                                          {"visitors", QStringLiteral("Tổ CNSCĐ thôn")},
                                          {"helped", QString(pick(kFamily) + QLatin1Char(' ') + pick(kGiven))},
                                          {"tasks", QStringLiteral("vneid_install,vneid_level2,digital_bank")},
                                          {"informed", true},
                                          {"follow_up", rng.bounded(4) == 0 ? QStringLiteral("Quay lại kích hoạt tài khoản") : QString()}});
    // The rest: status updates after the classes and visits.
    for (int i = 0; written < changes && !residents.isEmpty(); ++i) {
        if (!store.update(QStringLiteral("residents"), residents[i % residents.size()],
                          {{"vneid_level2", true}, {"basic_skills_on", today.toString(Qt::ISODate)}}, &e))
            break;
        ++written;
    }
    if (!e.text().isEmpty() || written != changes || !tx.commit()) {
        *error = e.text().isEmpty() ? QStringLiteral("wrote %1 of %2 changes").arg(written).arg(changes) : e.text();
        return false;
    }
    return true;
}

// utime + stime of a process, in seconds (0 when it is gone or not ours to read).
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

struct ServerProcess
{
    QProcess process;
    QString url;
    QString banner; // "listening on ... with N workers"

    bool start(const QString& db, int workers)
    {
        QStringList args{"serve", "--db", db, "--listen", "127.0.0.1:0"};
        if (workers > 0)
            args << "--workers" << QString::number(workers);
        process.start(QStringLiteral(HOCVUSO_SERVER_PATH), args);
        if (!process.waitForStarted())
            return false;
        QString line;
        for (int i = 0; i < 600 && !line.contains(QLatin1Char('\n')); ++i) {
            process.waitForReadyRead(100);
            line += QString::fromUtf8(process.readAllStandardOutput());
        }
        const auto m = QRegularExpression(QStringLiteral("listening on (127.0.0.1:\\d+)")).match(line);
        if (!m.hasMatch())
            return false;
        url = QStringLiteral("http://") + m.captured(1);
        banner = line.trimmed();
        return true;
    }
    // utime + stime of the server process, in seconds.
    double cpuSeconds() const { return processCpuSeconds(process.processId()); }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished();
    }
};

// The PostgreSQL backends serving the server's connections (those of its
// user on its database but this one) when PostgreSQL runs on this machine:
// their CPU is part of what a push costs there.
QList<qint64> postgresBackends(const QString& db)
{
    QString error;
    const auto spec = sync::ServerDbSpec::parse(db, &error);
    if (!spec || spec->kind != sync::ServerDbSpec::Kind::Postgres)
        return {};
    auto store = sync::ServerStore::open(*spec, &error);
    QList<qint64> pids;
    if (!store)
        return pids;
    QSqlQuery q(store->db());
    if (q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND "
                              "usename = current_user AND pid <> pg_backend_pid()")))
        while (q.next())
            pids << q.value(0).toLongLong();
    return pids;
}

double cpuSecondsOf(const QList<qint64>& pids)
{
    double sum = 0;
    for (qint64 pid : pids)
        sum += processCpuSeconds(pid);
    return sum;
}

// CPU time of this process (user + system): the clients, all in this process.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

bool runBackend(const QString& label, const QString& db, const QString& templateDir, int communes, int parallel,
                int workers)
{
    QString error;
    QStringList codes;
    {
        auto spec = sync::ServerDbSpec::parse(db, &error);
        auto store = spec ? sync::ServerStore::open(*spec, &error) : nullptr;
        if (!store || !store->wipe(&error) || !store->createProvince(QStringLiteral("01"), QStringLiteral("Hà Nội"), &error)) {
            out << label << ": setup failed: " << error << Qt::endl;
            return false;
        }
        for (int i = 0; i < communes; ++i) {
            const auto commune = store->addCommune(communeCode(i), QStringLiteral("Xã %1").arg(i + 1), &error);
            const auto code = commune ? store->createEnrollmentCode(communeCode(i), 3600 * 1000, &error) : std::nullopt;
            if (!code) {
                out << label << ": " << error << Qt::endl;
                return false;
            }
            codes << *code;
        }
    }
    QTemporaryDir work;
    ServerProcess server;
    if (!server.start(db, workers)) {
        out << label << ": the server did not start: " << server.process.readAllStandardError() << Qt::endl;
        return false;
    }
    // Fresh copies of the laptops, enrolled with this server (untimed).
    QStringList paths;
    for (int i = 0; i < communes; ++i) {
        const QString path = work.filePath(QStringLiteral("laptop-%1.sqlite").arg(i));
        QFile::copy(QDir(templateDir).filePath(QStringLiteral("laptop-%1.sqlite").arg(i)), path);
        auto store = Store::open(path, &error);
        if (!store) {
            out << label << ": " << error << Qt::endl;
            return false;
        }
        sync::SyncClient client(*store);
        const auto enrolled = client.enroll(QUrl(server.url), codes[i], QStringLiteral("laptop-%1").arg(i));
        if (!enrolled.ok) {
            out << label << ": enrolment of commune " << i << " failed: " << enrolled.error << Qt::endl;
            return false;
        }
        paths << path;
    }

    QMutex mutex;
    QVector<double> pushLatencies, pullLatencies;
    qint64 pushed = 0, pulled = 0, bytesSent = 0;
    QStringList failures;
    QThreadPool pool;
    pool.setMaxThreadCount(parallel);
    const QList<qint64> backends = postgresBackends(db); // read before and after: they live as long as the server
    const double backendCpuBefore = cpuSecondsOf(backends);
    const double cpuBefore = server.cpuSeconds();
    const double clientCpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (const QString& path : paths) {
        pool.start([&, path] {
            QString openError;
            auto store = Store::open(path, &openError);
            if (!store) {
                QMutexLocker lock(&mutex);
                failures << openError;
                return;
            }
            QVector<double> mine[2];
            QElapsedTimer since;
            since.start();
            sync::SyncClient client(*store);
            const auto report = client.sync([&](const QString& phase, qint64, qint64) {
                mine[phase == QLatin1String("push") ? 0 : 1].push_back(double(since.nsecsElapsed()) / 1e6);
                since.restart();
            });
            QMutexLocker lock(&mutex);
            if (!report.ok)
                failures << report.error;
            pushed += report.pushed;
            pulled += report.pulled;
            bytesSent += report.bytesSent;
            pushLatencies += mine[0];
            pullLatencies += mine[1];
        });
    }
    pool.waitForDone();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double serverCpu = server.cpuSeconds() - cpuBefore;
    const double clientCpu = processCpuSeconds() - clientCpuBefore;
    const double backendCpu = cpuSecondsOf(backends) - backendCpuBefore;
    out << label << ": server " << server.banner << Qt::endl;
    out << label << ": " << communes << " communes, " << pushed << " changes pushed (" << pulled << " pulled), "
        << parallel << " at once: " << QString::number(seconds, 'f', 2) << " s, " << qint64(double(pushed) / seconds)
        << " changes/s; push request latency p50 " << QString::number(percentile(pushLatencies, 0.5), 'f', 0)
        << " ms, p99 " << QString::number(percentile(pushLatencies, 0.99), 'f', 0) << " ms, max "
        << QString::number(percentile(pushLatencies, 1.0), 'f', 0) << " ms (" << pushLatencies.size()
        << " requests); server CPU " << QString::number(serverCpu, 'f', 2) << " s = "
        << qint64(double(pushed) / std::max(0.001, serverCpu)) << " changes per server CPU-second; "
        << bytesSent / 1024 << " KiB sent; the clients' CPU " << QString::number(clientCpu, 'f', 2) << " s = "
        << QString::number(clientCpu * 1e6 / double(std::max<qint64>(1, pushed + pulled)), 'f', 1)
        << " us per change pushed or pulled";
    if (!backends.isEmpty())
        out << "; PostgreSQL's CPU for the server's " << backends.size() << " connections "
            << QString::number(backendCpu, 'f', 2) << " s";
    out << Qt::endl;
    for (const QString& f : failures.mid(0, 5))
        out << label << ": FAILED: " << f << Qt::endl;
    return failures.isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int communes = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100;
    const int changes = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 2000;
    const int parallel = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : 100;
    const QStringList backends = QString::fromLatin1(argc > 4 ? argv[4] : "sqlite,pg").split(QLatin1Char(','));
    const int workers = argc > 5 ? QString::fromLatin1(argv[5]).toInt() : 0;
    const QString pg = qEnvironmentVariable("HOCVUSO_BENCH_PG",
                                            QStringLiteral("postgresql://hocvuso:hocvuso@127.0.0.1:5432/hocvuso_sync_perf"));
    out << "bench_sync_province " << QDateTime::currentDateTime().toString(Qt::ISODate) << " on "
        << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " CPUs" << Qt::endl;

    QTemporaryDir temporaryTemplates;
    const QString kept = qEnvironmentVariable("HOCVUSO_BENCH_LAPTOPS");
    const QString templatePath =
        kept.isEmpty() ? temporaryTemplates.path() : QStringLiteral("%1/%2x%3").arg(kept).arg(communes).arg(changes);
    QDir().mkpath(templatePath);
    QDir templates(templatePath);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < communes; ++i) {
        QString error;
        const QString path = templates.filePath(QStringLiteral("laptop-%1.sqlite").arg(i));
        if (!kept.isEmpty() && QFile::exists(path))
            continue; // generated by an earlier run
        auto store = Store::open(path, &error);
        StoreError e;
        if (!store || !store->createCommune(communeCode(i), QStringLiteral("Xã %1").arg(i + 1), &e, QStringLiteral("01"),
                                            QStringLiteral("Hà Nội")) ||
            !generateDay(*store, changes, quint64(i) + 1, &error)) {
            out << "generating commune " << i << " failed: " << error << e.text() << Qt::endl;
            return 1;
        }
        // The commune row itself is a change too: the day's work comes on top.
    }
    out << "generated " << communes << " laptops in " << timer.elapsed() / 1000.0 << " s (untimed)" << Qt::endl;

    bool ok = true;
    QTemporaryDir sqliteDir;
    // The first pass in a process costs the clients 2-3 s more CPU than a
    // later one (measured: PostgreSQL alone 7.6 s, after a SQLite pass
    // 4.2-5.8 s; the SQLite pass, always first, 6.6-8.2 s): their threads'
    // memory is mapped and faulted in for the first time. The clients share
    // the 2 cores with the server, so whichever back-end went first looked
    // slower. An untimed pass puts every back-end on the same footing.
    if (!backends.isEmpty()) {
        const bool firstIsSqlite = backends.contains(QStringLiteral("sqlite"));
        QTemporaryDir warmupDir;
        ok = runBackend(QStringLiteral("warm-up, untimed"),
                        firstIsSqlite ? warmupDir.filePath(QStringLiteral("province.sqlite")) : pg, templatePath,
                        communes, parallel, workers) && ok;
    }
    if (backends.contains(QStringLiteral("sqlite")))
        ok = runBackend(QStringLiteral("sqlite"), sqliteDir.filePath(QStringLiteral("province.sqlite")), templatePath,
                        communes, parallel, workers) && ok;
    if (backends.contains(QStringLiteral("pg")))
        ok = runBackend(QStringLiteral("postgresql"), pg, templatePath, communes, parallel, workers) && ok;
    return ok ? 0 : 1;
}
