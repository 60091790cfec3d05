// Sync on loopback, side by side with PouchDB replicating the same rows to
// express-pouchdb: push (one laptop sends N changes) and pull (a second
// laptop of the commune receives them), as changes/s, bytes on the wire per
// change and requests. Our bytes and requests are counted by FaultProxy in
// pass-through mode, between the client and a real hocvuso-server process
// (temporary SQLite store); PouchDB's by a counting proxy in bench.js.
//
//   bench_sync [--counts 10000,100000] [--no-pouchdb] [--keep-records DIR]
//   HOCVUSO_BENCH_SERVER_PREFIX="valgrind --tool=callgrind" bench_sync ...: the server under a profiler
//
// Needs the hocvuso-server binary (build it first) and, for the PouchDB half,
// node >= 18 with npm (tests/bench/run_pouchdb.sh installs from the lock file).
// The N changes are rows as a commune enters them: 12 hamlets, then one
// household for every four residents; every change is an insert of a whole row.
#include "FaultProxy.h"
#include "TempStore.h"

#include "core/store/Store.h"
#include "sync/client/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

#include <ctime>
#include <unistd.h>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

// One direction of one run, for either system.
struct Figures
{
    qint64 changes = 0;
    qint64 ms = 0;
    qint64 bytesToServer = 0;
    qint64 bytesToClient = 0;
    qint64 requests = 0;
    qint64 connections = 0;
    // CPU, not wall: the machine may be shared. The client's includes the
    // loopback proxy (same process); the server's is the server process.
    double clientCpuS = -1;
    double serverCpuS = -1;
    bool ok = false;
    QString note;

    double perSecond() const { return ms > 0 ? double(changes) * 1000.0 / double(ms) : 0.0; }
    double bytesPerChange() const { return changes > 0 ? double(bytesToServer + bytesToClient) / double(changes) : 0.0; }
    QJsonObject toJson() const
    {
        return {{"changes", changes},
                {"ms", ms},
                {"changes_per_s", qRound64(perSecond())},
                {"bytes_to_server", bytesToServer},
                {"bytes_to_client", bytesToClient},
                {"bytes_per_change", qRound(bytesPerChange() * 10) / 10.0},
                {"requests", requests},
                {"connections", connections},
                {"client_cpu_s", qRound(clientCpuS * 100) / 100.0},
                {"server_cpu_s", qRound(serverCpuS * 100) / 100.0},
                {"ok", ok},
                {"note", note}};
    }
    static Figures fromPouch(const QJsonObject& o, bool ok)
    {
        Figures f;
        f.changes = o.value("changes").toInteger();
        f.ms = o.value("ms").toInteger();
        f.bytesToServer = o.value("bytes_to_server").toInteger();
        f.bytesToClient = o.value("bytes_to_client").toInteger();
        f.requests = o.value("requests").toInteger();
        f.connections = o.value("connections").toInteger();
        f.clientCpuS = o.value("client_cpu_s").toDouble(-1);
        f.serverCpuS = o.value("server_cpu_s").toDouble(-1);
        f.ok = ok;
        return f;
    }
};

ProxyCounters minus(const ProxyCounters& a, const ProxyCounters& b)
{
    ProxyCounters d;
    d.bytesToServer = a.bytesToServer - b.bytesToServer;
    d.bytesToClient = a.bytesToClient - b.bytesToClient;
    d.requests = a.requests - b.requests;
    d.connections = a.connections - b.connections;
    return d;
}

// CPU time of this process (user + system), in seconds.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// hocvuso-server serve on 127.0.0.1:<free port>, stopped with the object.
class ServerProcess
{
public:
    // utime + stime of the server process, in seconds (from /proc).
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }

    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    std::optional<quint16> start(const QString& db)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")};
        // HOCVUSO_BENCH_SERVER_PREFIX="valgrind --tool=callgrind": profile the server process.
        QStringList prefix = qEnvironmentVariable("HOCVUSO_BENCH_SERVER_PREFIX").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (prefix.isEmpty()) {
            m_process.start(QStringLiteral(HOCVUSO_SERVER_PATH), args);
        } else {
            const QString program = prefix.takeFirst();
            m_process.start(program, prefix + QStringList{QStringLiteral(HOCVUSO_SERVER_PATH)} + args);
        }
        if (!m_process.waitForStarted(30000))
            return std::nullopt;
        QByteArray seen;
        while (m_process.waitForReadyRead(30000)) {
            seen += m_process.readAllStandardOutput();
            const qsizetype at = seen.indexOf("listening on ");
            const qsizetype end = seen.indexOf('\n', at);
            if (at >= 0 && end > at) {
                const QByteArray address = seen.mid(at + 13, end - at - 13).trimmed().split(' ').first();
                return quint16(address.mid(address.lastIndexOf(':') + 1).toUInt());
            }
        }
        return std::nullopt;
    }

private:
    QProcess m_process;
};

bool serverAdmin(const QString& db, const QStringList& args, QByteArray* output = nullptr)
{
    const ProcessResult r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH), QStringList{"--db", db, "admin"} + args, 60000);
    if (r.exitCode != 0) {
        err() << "hocvuso-server admin " << args.join(' ') << " failed: " << r.err << r.out << Qt::endl;
        return false;
    }
    if (output)
        *output = r.out;
    return true;
}

// Rows of a commune with the fields the laptops really fill.
class RowMaker
{
public:
    explicit RowMaker(quint32 seed) : m_random(seed) {}

    QVariantMap hamlet(int i)
    {
        return {{"code", QStringLiteral("T%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                {"name", QStringLiteral("Thôn %1").arg(i + 1)},
                {"kind", QStringLiteral("thon")}};
    }

    QVariantMap household(const QString& hamletId, int i)
    {
        return {{"hamlet_id", hamletId},
                {"code", QStringLiteral("HK%1").arg(i, 6, 10, QLatin1Char('0'))},
                {"head_name", name(true)},
                {"address", QStringLiteral("Số %1, ngõ %2").arg(1 + i % 200).arg(1 + i % 37)},
                {"poor", flag(0.05)},
                {"near_poor", flag(0.07)}};
    }

    QVariantMap resident(const QString& hamletId, const QString& householdId, bool head)
    {
        const bool male = m_random.bounded(2) == 0;
        const int year = 1940 + int(m_random.bounded(68));
        const QString birth = QStringLiteral("%1-%2-%3")
                                  .arg(year)
                                  .arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'))
                                  .arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0'));
        const int smartphone = flag(0.8);
        const int vneid = smartphone ? flag(0.7) : 0;
        static const QStringList ethnic = {"Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa"};
        const QString ethnicity = ethnic[int(m_random.bounded(ethnic.size()))];
        QVariantMap r{{"hamlet_id", hamletId},
                      {"household_id", householdId},
                      {"full_name", name(male)},
                      {"birth_date", birth},
                      {"birth_year", year},
                      {"sex", male ? "M" : "F"},
                      {"cccd", QStringLiteral("0%1").arg(79000000000LL + qint64(m_random.bounded(999999999)), 11, 10, QLatin1Char('0'))},
                      {"phone", QStringLiteral("09%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'))},
                      {"is_head", head ? 1 : 0},
                      {"ethnicity", ethnicity},
                      {"ethnic_minority", ethnicity == QLatin1String("Kinh") || ethnicity == QLatin1String("Hoa") ? 0 : 1},
                      {"disabled", flag(0.03)},
                      {"public_official", flag(0.04)},
                      {"student", year > 2006 ? 1 : 0},
                      {"enterprise_worker", flag(0.2)},
                      {"small_trader", flag(0.1)},
                      {"womens_union", male ? 0 : flag(0.5)},
                      {"youth_union", year > 1990 ? flag(0.4) : 0},
                      {"influencer", flag(0.01)},
                      {"has_smartphone", smartphone},
                      {"vneid_level2", vneid},
                      {"digital_bank", smartphone ? flag(0.6) : 0},
                      {"online_services", flag(0.3)},
                      {"cashless", flag(0.5)},
                      {"notes", QString()}};
        if (vneid && flag(0.5))
            r.insert("vneid_certified_on", QStringLiteral("2025-09-15"));
        if (flag(0.4))
            r.insert("basic_skills_on", QStringLiteral("2025-08-20"));
        return r;
    }

private:
    int flag(double p) { return m_random.generateDouble() < p ? 1 : 0; }
    QString pick(const QStringList& l) { return l[int(m_random.bounded(l.size()))]; }
    QString name(bool male)
    {
        static const QStringList surnames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                                             "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
        static const QStringList middleM = {"Văn", "Hữu", "Đức", "Công", "Quang", "Minh", "Thành"};
        static const QStringList middleF = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"};
        static const QStringList givenM = {"An", "Bình", "Cường", "Dũng", "Hùng", "Khoa", "Long",
                                           "Nam", "Phúc", "Quân", "Sơn", "Tuấn", "Việt"};
        static const QStringList givenF = {"Anh", "Chi", "Dung", "Hà", "Hằng", "Hương", "Lan",
                                           "Linh", "Mai", "Ngân", "Nhung", "Thảo", "Trang", "Yến"};
        return pick(surnames) + ' ' + pick(male ? middleM : middleF) + ' ' + pick(male ? givenM : givenF);
    }

    QRandomGenerator m_random;
};

// Writes `count` changes into the store (one transaction per 1000) and the
// same rows, as stored, to a JSON-lines file for bench.js.
bool makeChanges(Store& store, int count, const QString& recordsPath)
{
    QFile file(recordsPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    RowMaker maker(20250701);
    QStringList hamlets;
    QString household;
    int households = 0;
    int residentsInHousehold = 0;
    StoreError error;
    for (int made = 0; made < count;) {
        StoreTransaction tx(store);
        for (int inTx = 0; inTx < 1000 && made < count; ++inTx, ++made) {
            QString table;
            QVariantMap row;
            if (hamlets.size() < 12) {
                table = QStringLiteral("hamlets");
                row = maker.hamlet(int(hamlets.size()));
            } else if (household.isEmpty() || residentsInHousehold == 4) {
                table = QStringLiteral("households");
                row = maker.household(hamlets[households % hamlets.size()], households);
                residentsInHousehold = 0;
            } else {
                table = QStringLiteral("residents");
                row = maker.resident(hamlets[(households - 1) % hamlets.size()], household, residentsInHousehold == 0);
                ++residentsInHousehold;
            }
            const auto id = store.insert(table, row, &error);
            if (!id) {
                err() << "insert into " << table << " failed: " << error.text() << Qt::endl;
                return false;
            }
            if (table == QLatin1String("hamlets"))
                hamlets << *id;
            else if (table == QLatin1String("households")) {
                household = *id;
                ++households;
            }
            // The row as stored (with id, commune_id, updated_hlc, device_id, deleted), as PouchDB gets it.
            const auto stored = store.get(table, *id);
            QJsonObject doc;
            doc.insert("entity", table); // PouchDB reserves names starting with "_"
            const EntityDef& entity = EntityCatalog::get(table);
            for (const QString& column : QStringList{"id", "commune_id", "updated_hlc", "device_id", "deleted"}
                                             + entity.columnNames()) {
                const QVariant v = stored->value(column);
                doc.insert(column, column == QLatin1String("updated_hlc") ? QJsonValue(v.toString())
                                                                           : QJsonValue::fromVariant(v));
            }
            file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n');
        }
        if (!tx.commit())
            return false;
    }
    return true;
}

qint64 rowCount(Store& store)
{
    qint64 total = 0;
    for (const char* table : {"hamlets", "households", "residents"}) {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
        if (q.next())
            total += q.value(0).toLongLong();
    }
    return total;
}

struct OursResult
{
    Figures push;
    Figures pull;
};

std::optional<OursResult> runOurs(int count, const QString& recordsPath)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.sqlite"));
    QByteArray codes[2];
    if (!serverAdmin(db, {"province", "create", "--code", "79", "--name", "Thành phố Hồ Chí Minh"})
        || !serverAdmin(db, {"commune", "add", "--code", "26734", "--name", "Phường Sài Gòn"})
        || !serverAdmin(db, {"enroll-code", "26734"}, &codes[0]) || !serverAdmin(db, {"enroll-code", "26734"}, &codes[1]))
        return std::nullopt;
    ServerProcess server;
    const auto port = server.start(db);
    if (!port) {
        err() << "hocvuso-server did not start" << Qt::endl;
        return std::nullopt;
    }
    FaultProxy proxy(QStringLiteral("127.0.0.1"), *port);
    if (!proxy.listen())
        return std::nullopt;

    TempStore sender(false);
    TempStore receiver(false);
    for (auto [store, code] : {std::pair{&sender, codes[0]}, std::pair{&receiver, codes[1]}}) {
        sync::SyncClient client(store->store());
        const auto enrolled = client.enroll(proxy.url(), QString::fromUtf8(code.trimmed()), QStringLiteral("bench"));
        if (!enrolled.ok) {
            err() << "enroll failed: " << enrolled.error << Qt::endl;
            return std::nullopt;
        }
    }
    if (!makeChanges(sender.store(), count, recordsPath))
        return std::nullopt;
    const qint64 outbox = sender->pendingChanges();

    OursResult result;
    auto measure = [&](Store& store, Figures& f, qint64 expected, bool push) {
        sync::SyncClient client(store);
        const ProxyCounters before = proxy.counters();
        const double clientCpuBefore = processCpuSeconds(), serverCpuBefore = server.cpuSeconds();
        const sync::SyncReport report = client.sync();
        f.clientCpuS = processCpuSeconds() - clientCpuBefore;
        f.serverCpuS = server.cpuSeconds() - serverCpuBefore;
        const ProxyCounters d = minus(proxy.counters(), before);
        f.changes = expected;
        f.ms = report.durationMs;
        f.bytesToServer = d.bytesToServer;
        f.bytesToClient = d.bytesToClient;
        f.requests = d.requests;
        f.connections = d.connections;
        f.ok = report.ok && (push ? report.pushed == expected && report.pending == 0 : rowCount(store) == expected);
        f.note = QStringLiteral("pushed %1, pulled %2, batches %3, last batch size %4%5")
                     .arg(report.pushed)
                     .arg(report.pulled)
                     .arg(report.batches)
                     .arg(report.batchSize)
                     .arg(report.ok ? QString() : QStringLiteral(", error: ") + report.error);
    };
    measure(sender.store(), result.push, outbox, true);
    measure(receiver.store(), result.pull, count, false);
    return result;
}

std::optional<QJsonObject> runPouch(int count, const QString& recordsPath)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("/bin/sh"),
               {sourcePath(QStringLiteral("tests/bench/run_pouchdb.sh")), QStringLiteral("--counts"),
                QString::number(count), QStringLiteral("--records"), recordsPath});
    if (!node.waitForStarted(30000) || !node.waitForFinished(3600 * 1000)) {
        err() << "run_pouchdb.sh did not finish" << Qt::endl;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed());
    if (!doc.isObject()) {
        err() << "run_pouchdb.sh printed no JSON (exit " << node.exitCode() << ")" << Qt::endl;
        return std::nullopt;
    }
    return doc.object();
}

void printRow(const QString& system, const QString& phase, const Figures& f)
{
    out() << qSetFieldWidth(10) << Qt::left << system << qSetFieldWidth(6) << phase << qSetFieldWidth(10)
          << Qt::right << f.changes << qSetFieldWidth(10) << f.ms << qSetFieldWidth(12)
          << qRound64(f.perSecond()) << qSetFieldWidth(14) << QString::number(f.bytesPerChange(), 'f', 1)
          << qSetFieldWidth(10) << f.requests << qSetFieldWidth(0) << "  " << (f.ok ? "ok" : "FAILED");
    if (f.clientCpuS >= 0)
        out() << "  CPU s: client " << QString::number(f.clientCpuS, 'f', 2) << ", server "
              << QString::number(f.serverCpuS, 'f', 2);
    out() << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> counts = {10000, 100000};
    bool withPouch = true;
    QString keepDir;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--counts") && i + 1 < args.size()) {
            counts.clear();
            for (const QString& c : args[++i].split(','))
                counts << c.toInt();
        } else if (args[i] == QLatin1String("--no-pouchdb")) {
            withPouch = false;
        } else if (args[i] == QLatin1String("--keep-records") && i + 1 < args.size()) {
            keepDir = args[++i];
        } else {
            err() << "usage: bench_sync [--counts 10000,100000] [--no-pouchdb] [--keep-records DIR]" << Qt::endl;
            return 2;
        }
    }
    if (!QFileInfo::exists(QStringLiteral(HOCVUSO_SERVER_PATH))) {
        err() << "build hocvuso-server first: " << HOCVUSO_SERVER_PATH << Qt::endl;
        return 2;
    }

    QTemporaryDir work;
    QJsonArray results;
    bool allOk = true;
    out() << "system    phase    changes        ms    changes/s  bytes/change  requests" << Qt::endl;
    for (int count : counts) {
        const QString records = QDir(keepDir.isEmpty() ? work.path() : keepDir)
                                    .filePath(QStringLiteral("records-%1.jsonl").arg(count));
        const auto ours = runOurs(count, records);
        if (!ours) {
            allOk = false;
            continue;
        }
        printRow(QStringLiteral("hocvuso"), QStringLiteral("push"), ours->push);
        printRow(QStringLiteral("hocvuso"), QStringLiteral("pull"), ours->pull);
        QJsonObject entry{{"changes", count},
                          {"hocvuso", QJsonObject{{"push", ours->push.toJson()}, {"pull", ours->pull.toJson()}}}};
        allOk = allOk && ours->push.ok && ours->pull.ok;
        if (withPouch) {
            const auto pouch = runPouch(count, records);
            if (pouch) {
                const QJsonObject r = pouch->value("results").toArray().first().toObject();
                const bool ok = r.value("ok").toBool();
                printRow(QStringLiteral("pouchdb"), QStringLiteral("push"), Figures::fromPouch(r.value("push").toObject(), ok));
                printRow(QStringLiteral("pouchdb"), QStringLiteral("pull"), Figures::fromPouch(r.value("pull").toObject(), ok));
                entry.insert("pouchdb", r);
                allOk = allOk && ok;
            } else {
                allOk = false;
            }
        }
        results.append(entry);
    }
    out() << QJsonDocument(QJsonObject{{"bench", "sync"}, {"results", results}}).toJson(QJsonDocument::Compact)
          << Qt::endl;
    return allOk ? 0 : 1;
}
