// The foundation benchmark: a 300,000-resident commune.
//  1. generates the demo commune (DemoCommune) and writes its residents to a
//     CSV file in the residents import format;
//  2. imports that file through the real importer (ListImporter) into a fresh
//     store, and — in the same run — with the sqlite3 shell's `.import` into a
//     plain table (the physical limit of SQLite on this machine);
//  3. runs 1,000 random queries typed without diacritics and prints the
//     latency percentiles; prints the database sizes.
// Usage: bench_foundation [residents=300000] [queries=1000] [seed=2025]
// Needs the `sqlite3` shell on PATH. Figures only: no pass/fail.
#include "core/demo/DemoCommune.h"
#include "core/io/CsvWriter.h"
#include "core/io/ListColumns.h"
#include "core/io/ListImporter.h"
#include "core/search/ResidentSearch.h"
#include "core/search/SearchKeyIndex.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace hocvuso;

namespace {

struct Sample
{
    QString fullName;
    QString cccd;
};

// CPU seconds of this thread: on a shared machine wall time also counts
// the time other processes held the cores.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds of every thread of this process (an importer that reads on a
// second thread is measured whole).
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void line(const QString& s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

QString header(const ListSpec& spec, const QString& field)
{
    const int i = spec.fieldIndex(field);
    return i >= 0 ? spec.fields[i].header : field;
}

qint64 fileBytes(const QString& path)
{
    // A WAL store keeps recent pages beside the main file.
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int residents = args.size() > 1 ? args[1].toInt() : 300000;
    const int queries = args.size() > 2 ? args[2].toInt() : 1000;
    const quint64 seed = args.size() > 3 ? args[3].toULongLong() : 2025;

    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {
        dir.setAutoRemove(false);
        line(QStringLiteral("files kept in %1").arg(dir.path()));
    }
    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString importPath = dir.filePath(QStringLiteral("imported.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    const QString csvPath = dir.filePath(QStringLiteral("residents.csv"));

    // --- 1. the demo commune, and its residents as an import file
    QString error;
    QElapsedTimer timer;
    double demoSeconds = 0, demoCpu = 0;
    QVector<Sample> samples;
    {
        auto store = Store::open(demoPath, &error);
        StoreError se;
        if (!store || !store->createCommune(QStringLiteral("BENCH"), QStringLiteral("Xã Bình Dân"), &se)) {
            line(QStringLiteral("cannot create the demo store: %1 %2").arg(error, se.text()));
            return 1;
        }
        DemoCommune::Options o;
        o.residents = residents;
        o.seed = seed;
        o.today = QDate(2025, 11, 20);
        timer.start();
        const double cpu0 = threadCpuSeconds();
        if (!DemoCommune(*store).generate(o, &se)) {
            line(QStringLiteral("demo failed: %1").arg(se.text()));
            return 1;
        }
        demoSeconds = double(timer.nsecsElapsed()) / 1e9;
        demoCpu = threadCpuSeconds() - cpu0;

        const ListSpec* spec = ListColumns::find(QStringLiteral("residents"));
        QFile file(csvPath);
        if (!spec || !file.open(QIODevice::WriteOnly)) {
            line(QStringLiteral("cannot write %1").arg(csvPath));
            return 1;
        }
        CsvWriter csv(&file);
        csv.writeRow({header(*spec, QStringLiteral("full_name")), header(*spec, QStringLiteral("birth_date")),
                      header(*spec, QStringLiteral("sex")), header(*spec, QStringLiteral("cccd")),
                      header(*spec, QStringLiteral("phone")), header(*spec, QStringLiteral("hamlet")),
                      header(*spec, QStringLiteral("household")), header(*spec, QStringLiteral("head")),
                      header(*spec, QStringLiteral("ethnicity"))});
        QSqlQuery q(store->db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT r.full_name, r.birth_date, r.sex, r.cccd, r.phone, h.name, hh.code, r.is_head, "
                              "r.ethnicity FROM residents r JOIN hamlets h ON h.id = r.hamlet_id "
                              "JOIN households hh ON hh.id = r.household_id ORDER BY hh.code, r.is_head DESC"));
        while (q.next()) {
            const QDate birth = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            csv.writeRow({q.value(0).toString(), birth.toString(QStringLiteral("dd/MM/yyyy")),
                          q.value(2).toString() == QLatin1String("M") ? QStringLiteral("Nam") : QStringLiteral("Nữ"),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                          q.value(7).toInt() ? QStringLiteral("x") : QString(), q.value(8).toString()});
            samples.push_back({q.value(0).toString(), q.value(3).toString()});
        }
        if (!csv.flush()) {
            line(csv.error());
            return 1;
        }
    }

    // --- 2a. the real importer into a fresh store
    auto store = Store::open(importPath, &error);
    StoreError se;
    if (!store || !store->createCommune(QStringLiteral("BENCH"), QStringLiteral("Xã Bình Dân"), &se)) {
        line(QStringLiteral("cannot create the import store: %1 %2").arg(error, se.text()));
        return 1;
    }
    timer.restart();
    const double importCpu0 = processCpuSeconds();
    const double importThreadCpu0 = threadCpuSeconds();
    const ImportReport report = ListImporter::import(*store, QStringLiteral("residents"), csvPath);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = processCpuSeconds() - importCpu0;
    const double importThreadCpu = threadCpuSeconds() - importThreadCpu0;
    if (!report.committed || report.inserted != residents) {
        line(QStringLiteral("import failed: %1 (inserted %2, errors %3)")
                 .arg(report.fatalError.isEmpty() ? report.summary() : report.fatalError)
                 .arg(report.inserted)
                 .arg(report.errorCount()));
        for (int i = 0; i < std::min<int>(5, int(report.issues.size())); ++i)
            line(QStringLiteral("  ") + report.issues[i].text());
        return 1;
    }

    // --- 2b. the sqlite3 shell's .import of the same file into a plain table
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double rawSeconds = 0, rawCpu = 0;
    if (shell.isEmpty()) {
        line(QStringLiteral("sqlite3 shell not found: no raw import figure"));
    } else {
        QProcess p;
        timer.restart();
        const double child0 = childrenCpuSeconds();
        p.start(shell, {rawPath, QStringLiteral(".import --csv %1 raw").arg(csvPath)});
        p.waitForFinished(-1);
        rawSeconds = double(timer.nsecsElapsed()) / 1e9;
        rawCpu = childrenCpuSeconds() - child0;
        if (p.exitCode() != 0)
            line(QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
    }

    // --- 2c. the SQLite-only cost of our schema: the same rows moved by the
    // sqlite3 shell from the plain table into a fresh store's residents (its
    // UUID-like text key, secondary indexes, change-log trigger), in one
    // transaction, synchronous=FULL, then a WAL checkpoint as the importer
    // does. No parsing, validation or household/hamlet resolution: the floor
    // the importer cannot go under with this schema.
    struct Floor
    {
        QString label;
        bool rebuildIndexes = false;
        double seconds = 0, cpu = 0;
    };
    std::vector<Floor> floors = {{QStringLiteral("SQLite floor, indexes kept row by row"), false},
                                 {QStringLiteral("SQLite floor, indexes rebuilt after the rows"), true}};
    if (!shell.isEmpty()) {
        const ListSpec* spec = ListColumns::find(QStringLiteral("residents"));
        auto col = [&](const char* field) -> QString {
            return QStringLiteral("\"%1\"").arg(header(*spec, QString::fromLatin1(field)));
        };
        for (size_t i = 0; i < floors.size(); ++i) {
            const QString floorPath = dir.filePath(QStringLiteral("floor%1.sqlite").arg(i));
            QStringList dropIndexes, createIndexes;
            {
                auto floorStore = Store::open(floorPath, &error);
                if (!floorStore || !floorStore->createCommune(QStringLiteral("BENCH"), QStringLiteral("Xã Bình Dân"), &se)) {
                    line(QStringLiteral("cannot create the floor store: %1 %2").arg(error, se.text()));
                    return 1;
                }
                QSqlQuery q(floorStore->db());
                q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                      "'residents' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"));
                while (q.next()) {
                    dropIndexes << QStringLiteral("DROP INDEX %1;").arg(q.value(0).toString());
                    createIndexes << q.value(1).toString() + QLatin1Char(';');
                }
            }
            const bool rebuild = floors[i].rebuildIndexes;
            // Time-ordered like a UUIDv7: new keys land at the end of the primary key.
            const QString uuidLike = QStringLiteral("printf('%08x-%04x-7000-8000-%012x', 26000000 + rowid / 65536, "
                                                    "rowid % 65536, abs(random()) % 281474976710656)");
            const QString script =
                QStringLiteral("PRAGMA synchronous=FULL; ATTACH '%1' AS src; BEGIN; %2 "
                               "INSERT INTO residents (id, commune_id, updated_hlc, device_id, full_name, birth_date, "
                               "sex, cccd, phone, ethnicity, search_key) "
                               "SELECT %10, 'c', 1000 + rowid, 'd', %4, %5, %6, %7, %8, %9, "
                               "lower(%4) FROM src.raw; %3 COMMIT; PRAGMA wal_checkpoint(TRUNCATE);\n")
                    .arg(rawPath, rebuild ? dropIndexes.join(QLatin1Char(' ')) : QString(),
                         rebuild ? createIndexes.join(QLatin1Char(' ')) : QString(), col("full_name"), col("birth_date"),
                         col("sex"), col("cccd"), col("phone"), col("ethnicity"), uuidLike);
            QProcess p;
            timer.restart();
            const double child0 = childrenCpuSeconds();
            p.start(shell, {floorPath});
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(-1);
            floors[i].seconds = double(timer.nsecsElapsed()) / 1e9;
            floors[i].cpu = childrenCpuSeconds() - child0;
            const QByteArray err = p.readAllStandardError();
            if (p.exitCode() != 0 || !err.isEmpty()) {
                line(QStringLiteral("floor script failed: %1").arg(QString::fromUtf8(err)));
                floors[i].seconds = 0;
            }
        }
    }

    // --- 2d. where the floor's time goes, part by part: in this process on a
    // fresh store's own connection, each step timed alone (wall and thread
    // CPU), the rows again from the plain table. Unlike the floor above, a
    // row carries five UUID texts as the importer writes it (id, commune,
    // device, hamlet, household) and the change log is written by one
    // INSERT ... SELECT as BulkWriter does. Foreign keys are off (the
    // hamlets and households are not there), which the importer checks.
    struct Part
    {
        QString label;
        double seconds = 0, cpu = 0;
    };
    std::vector<Part> parts;
    if (!shell.isEmpty()) {
        const ListSpec* spec = ListColumns::find(QStringLiteral("residents"));
        auto col = [&](const char* field) -> QString {
            return QStringLiteral("\"%1\"").arg(header(*spec, QString::fromLatin1(field)));
        };
        // Concatenated, not arg()'d: the printf formats look like %N to QString::arg.
        auto uuidOf = [](const QString& n, int salt) -> QString {
            return QStringLiteral("printf('%08x-%04x-7%03x-8000-%012x', 26000000 + ") + n +
                   QStringLiteral(" / 65536, ") + n + QStringLiteral(" % 65536, ") + QString::number(salt) +
                   QStringLiteral(", ") + n + QLatin1Char(')');
        };
        enum class Ids { Uuid, Short };
        // The INSERT ... SELECT of every row into `table`.
        auto insertSql = [&](const QString& table, const QString& commune, const QString& device, Ids ids) -> QString {
            const bool uuid = ids == Ids::Uuid;
            const QStringList values = {
                uuid ? uuidOf(QStringLiteral("rowid"), 1) : QStringLiteral("printf('%08x', rowid)"),
                uuid ? QLatin1Char('\'') + commune + QLatin1Char('\'') : QStringLiteral("'c'"),
                QStringLiteral("1000 + rowid"),
                uuid ? QLatin1Char('\'') + device + QLatin1Char('\'') : QStringLiteral("'d'"),
                col("full_name"), col("birth_date"), col("sex"), col("cccd"), col("phone"), col("ethnicity"),
                uuid ? uuidOf(QStringLiteral("(rowid / 5000)"), 2) : QStringLiteral("NULL"),
                uuid ? uuidOf(QStringLiteral("(rowid / 4)"), 3) : QStringLiteral("NULL"),
                QStringLiteral("lower(") + col("full_name") + QLatin1Char(')')};
            return QStringLiteral("INSERT INTO ") + table +
                   QStringLiteral(" (id, commune_id, updated_hlc, device_id, full_name, birth_date, sex, cccd, phone, "
                                  "ethnicity, hamlet_id, household_id, search_key) SELECT ") +
                   values.join(QStringLiteral(", ")) + QStringLiteral(" FROM src.raw");
        };
        // One fresh store per variant; `steps` run in one transaction after
        // the residents' insert triggers and secondary indexes are dropped
        // (kept: the triggers when `keepTriggers`).
        int variant = 0;
        auto runVariant = [&](bool keepTriggers,
                              const std::function<std::vector<std::pair<QString, QString>>(
                                  sqlite3*, Store&, const QStringList& indexSql)>& steps) {
            const QString path = dir.filePath(QStringLiteral("parts%1.sqlite").arg(variant++));
            auto s = Store::open(path, &error);
            StoreError e;
            if (!s || !s->createCommune(QStringLiteral("BENCH"), QStringLiteral("Xã Bình Dân"), &e)) {
                line(QStringLiteral("cannot create a parts store: %1 %2").arg(error, e.text()));
                return false;
            }
            sqlite3* db = static_cast<sqlite3*>(s->database().nativeHandle());
            auto exec = [&](const QString& sql) {
                char* message = nullptr;
                if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
                    return true;
                line(QStringLiteral("parts: %1 failed: %2").arg(sql.left(80), QString::fromUtf8(message)));
                sqlite3_free(message);
                return false;
            };
            QStringList dropSql, indexSql;
            {
                QSqlQuery q(s->db());
                q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                      "'residents' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
                while (q.next()) {
                    dropSql << QStringLiteral("DROP INDEX %1").arg(q.value(0).toString());
                    indexSql << q.value(1).toString();
                }
            }
            if (!keepTriggers)
                dropSql << QStringLiteral("DROP TRIGGER residents_log_insert")
                        << QStringLiteral("DROP TRIGGER residents_search_insert");
            // The hamlet and household ids point nowhere: foreign keys off.
            if (!exec(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; ATTACH '%1' AS src; BEGIN; %2;")
                          .arg(rawPath, dropSql.join(QStringLiteral("; ")))))
                return false;
            auto list = steps(db, *s, indexSql);
            list.push_back({QStringLiteral("  commit + WAL checkpoint"),
                            QStringLiteral("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);")});
            for (const auto& [label, sql] : list) {
                timer.restart();
                const double c0 = threadCpuSeconds();
                if (!exec(sql))
                    return false;
                parts.push_back({label, double(timer.nsecsElapsed()) / 1e9, threadCpuSeconds() - c0});
            }
            return true;
        };
        using Steps = std::vector<std::pair<QString, QString>>;
        runVariant(false, [&](sqlite3*, Store& s, const QStringList& indexSql) {
            Steps steps{{QStringLiteral("rows, 5 UUID texts, id key (autoindex)"),
                         insertSql(QStringLiteral("residents"), s.communeId(), s.deviceId(), Ids::Uuid)}};
            for (const QString& sql : indexSql)
                steps.push_back({QStringLiteral("  + ") + sql.section(QLatin1Char(' '), 2, 2) + QStringLiteral(" rebuilt"), sql});
            QString log = ChangeLogTriggers::logInsertsSql(s.db(), QStringLiteral("residents"));
            log.replace(QStringLiteral("rowid > ?"), QStringLiteral("rowid > 0"))
                .replace(QStringLiteral("rowid <= ?"), QStringLiteral("rowid <= 9223372036854775807"));
            steps.push_back({QStringLiteral("  + change log, one INSERT ... SELECT"), log});
            return steps;
        });
        runVariant(false, [&](sqlite3*, Store& s, const QStringList&) {
            return Steps{{QStringLiteral("same rows, no key (a copy of the table)"),
                          QStringLiteral("CREATE TABLE plain_residents AS SELECT * FROM residents WHERE 0; ") +
                              insertSql(QStringLiteral("plain_residents"), s.communeId(), s.deviceId(), Ids::Uuid)}};
        });
        runVariant(false, [&](sqlite3*, Store& s, const QStringList&) {
            return Steps{{QStringLiteral("rows with short ids, no hamlet/household"),
                          insertSql(QStringLiteral("residents"), s.communeId(), s.deviceId(), Ids::Short)}};
        });
        runVariant(true, [&](sqlite3*, Store& s, const QStringList&) {
            return Steps{{QStringLiteral("rows + change log by the per-row trigger"),
                          insertSql(QStringLiteral("residents"), s.communeId(), s.deviceId(), Ids::Uuid)}};
        });
    }

    // The importer checkpoints after a bulk write; a second checkpoint shows whether anything was left.
    const qint64 bytesBeforeCheckpoint = fileBytes(importPath);
    {
        QSqlQuery checkpoint(store->db());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    line(QStringLiteral("store after import: %1 with its WAL, %2 after a checkpoint")
             .arg(mb(bytesBeforeCheckpoint), mb(fileBytes(importPath))));

    // --- 3. searches typed without diacritics
    std::mt19937_64 rng(seed);
    auto pick = [&](int n) { return int(rng() % quint64(n)); };
    struct Query
    {
        QString text;
        QString kind;
    };
    std::vector<Query> typed;
    while (int(typed.size()) < queries) {
        const Sample& s = samples[pick(int(samples.size()))];
        const QStringList words = text::fold(s.fullName).split(QLatin1Char(' '));
        const int kind = pick(100);
        if (kind < 30) {
            typed.push_back({words.join(QLatin1Char(' ')), QStringLiteral("full name")});
        } else if (kind < 50) {
            typed.push_back({words.first() + QLatin1Char(' ') + words.last(), QStringLiteral("surname + given")});
        } else if (kind < 65) {
            typed.push_back({words.last(), QStringLiteral("given name")});
        } else if (kind < 85) {
            const QString folded = words.join(QLatin1Char(' '));
            const int len = 3 + pick(4);
            const int from = pick(std::max(1, int(folded.size()) - len));
            typed.push_back({folded.mid(from, len), QStringLiteral("partial word")});
        } else if (!s.cccd.isEmpty()) {
            typed.push_back({s.cccd.left(6 + pick(4)), QStringLiteral("CCCD prefix")});
        }
    }
    ResidentSearch search(*store);
    {
        // The first search after the import loads every key into memory
        // (SearchKeyIndex): forced and timed here, as a query answered by the
        // prefix lookup alone would leave it to the first timed query.
        const auto keys = SearchKeyIndex::of(*store);
        timer.restart();
        const double c0 = threadCpuSeconds();
        keys->refresh();
        search.search(QStringLiteral("nguyen van"), 50);
        const double cpuMs = (threadCpuSeconds() - c0) * 1e3;
        line(QStringLiteral("%1 %2 ms wall, %3 ms CPU (key load %4 ms, %5 residents)")
                 .arg(QStringLiteral("first search after import (loads the keys)"), -44)
                 .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(cpuMs, 0, 'f', 1)
                 .arg(keys->lastLoadMs(), 0, 'f', 1)
                 .arg(keys->residentCount()));
    }
    std::vector<double> all, allCpu;
    QMap<QString, std::vector<double>> byKind;
    qint64 totalHits = 0;
    int empty = 0;
    for (const Query& q : typed) {
        timer.restart();
        const double c0 = threadCpuSeconds();
        const auto hits = search.search(q.text, 50);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        allCpu.push_back((threadCpuSeconds() - c0) * 1e3);
        all.push_back(ms);
        if (hits.isEmpty() && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            line(QStringLiteral("  nothing found for \"%1\" (%2)").arg(q.text, q.kind));
        byKind[q.kind].push_back(ms);
        totalHits += hits.size();
        empty += hits.isEmpty();
        if (!search.lastError().isEmpty()) {
            line(QStringLiteral("search error for \"%1\": %2").arg(q.text, search.lastError()));
            return 1;
        }
    }
    // A CCCD scanned from a chip card.
    std::vector<double> cccdLookups;
    for (int i = 0; i < 200; ++i) {
        const Sample& s = samples[pick(int(samples.size()))];
        if (s.cccd.isEmpty())
            continue;
        timer.restart();
        const auto hit = search.findByCccd(s.cccd);
        cccdLookups.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!hit)
            line(QStringLiteral("CCCD lookup missed %1").arg(s.cccd));
    }

    // --- report
    const double importRate = residents / importSeconds;
    const double rawRate = rawSeconds > 0 ? residents / rawSeconds : 0;
    line(QStringLiteral("\n== bench_foundation: %1 residents, %2 queries, seed %3 ==").arg(residents).arg(queries).arg(seed));
    line(QStringLiteral("%1 %2").arg(QStringLiteral("step"), -44).arg(QStringLiteral("figure")));
    line(QStringLiteral("%1 %2 s wall, %3 s CPU  (%4 residents/s wall, whole commune)")
             .arg(QStringLiteral("demo commune generated (DemoCommune)"), -44)
             .arg(demoSeconds, 0, 'f', 2)
             .arg(demoCpu, 0, 'f', 2)
             .arg(residents / demoSeconds, 0, 'f', 0));
    line(QStringLiteral("%1 %2").arg(QStringLiteral("CSV file"), -44).arg(mb(QFileInfo(csvPath).size())));
    line(QStringLiteral("%1 %2 s wall, %3 s CPU  %4 rows/s wall, %5 rows/s CPU")
             .arg(QStringLiteral("import, ListImporter -> store"), -44)
             .arg(importSeconds, 0, 'f', 2)
             .arg(importCpu, 0, 'f', 2)
             .arg(importRate, 0, 'f', 0)
             .arg(residents / importCpu, 0, 'f', 0));
    line(QStringLiteral("%1 %2 s CPU on the calling thread, %3 s on others")
             .arg(QStringLiteral("  CPU is the whole process'"), -44)
             .arg(importThreadCpu, 0, 'f', 2)
             .arg(std::max(0.0, importCpu - importThreadCpu), 0, 'f', 2));
    if (rawRate > 0) {
        line(QStringLiteral("%1 %2 s wall, %3 s CPU  %4 rows/s wall, %5 rows/s CPU")
                 .arg(QStringLiteral("import, sqlite3 .import -> plain table"), -44)
                 .arg(rawSeconds, 0, 'f', 2)
                 .arg(rawCpu, 0, 'f', 2)
                 .arg(rawRate, 0, 'f', 0)
                 .arg(residents / std::max(rawCpu, 1e-6), 0, 'f', 0));
        line(QStringLiteral("%1 %2x (wall), %3x (CPU)  (target: <= 3x, >= 100000 rows/s)")
                 .arg(QStringLiteral("importer slower than raw by"), -44)
                 .arg(rawRate / importRate, 0, 'f', 2)
                 .arg(importCpu / std::max(rawCpu, 1e-6), 0, 'f', 2));
    }
    for (const Floor& f : floors) {
        if (f.seconds <= 0)
            continue;
        line(QStringLiteral("%1 %2 s wall, %3 s CPU  %4 rows/s wall; importer / floor %5x (wall), %6x (CPU)")
                 .arg(f.label, -44)
                 .arg(f.seconds, 0, 'f', 2)
                 .arg(f.cpu, 0, 'f', 2)
                 .arg(residents / f.seconds, 0, 'f', 0)
                 .arg(importSeconds / f.seconds, 0, 'f', 2)
                 .arg(importCpu / std::max(f.cpu, 1e-6), 0, 'f', 2));
    }
    if (!parts.empty())
        line(QStringLiteral("where the floor's time goes (in process, each step alone; rows/s = residents / step):"));
    for (const Part& p : parts)
        line(QStringLiteral("  %1 %2 s wall, %3 s CPU  %4 rows/s CPU")
                 .arg(p.label, -42)
                 .arg(p.seconds, 0, 'f', 2)
                 .arg(p.cpu, 0, 'f', 2)
                 .arg(residents / std::max(p.cpu, 1e-6), 0, 'f', 0));
    line(QStringLiteral("%1 p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms  (target p95 < 10 ms)")
             .arg(QStringLiteral("search, %1 queries, limit 50").arg(all.size()), -44)
             .arg(percentile(all, 0.50), 0, 'f', 2)
             .arg(percentile(all, 0.95), 0, 'f', 2)
             .arg(percentile(all, 0.99), 0, 'f', 2)
             .arg(percentile(all, 1.0), 0, 'f', 2));
    line(QStringLiteral("%1 p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms")
             .arg(QStringLiteral("  same, thread CPU time"), -44)
             .arg(percentile(allCpu, 0.50), 0, 'f', 2)
             .arg(percentile(allCpu, 0.95), 0, 'f', 2)
             .arg(percentile(allCpu, 0.99), 0, 'f', 2)
             .arg(percentile(allCpu, 1.0), 0, 'f', 2));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        line(QStringLiteral("%1 p50 %2 ms  p95 %3 ms  (%4 queries)")
                 .arg(QStringLiteral("  ") + it.key(), -44)
                 .arg(percentile(it.value(), 0.50), 0, 'f', 2)
                 .arg(percentile(it.value(), 0.95), 0, 'f', 2)
                 .arg(it.value().size()));
    line(QStringLiteral("%1 %2 hits per query on average, %3 queries found nothing")
             .arg(QStringLiteral("  results"), -44)
             .arg(double(totalHits) / double(all.size()), 0, 'f', 1)
             .arg(empty));
    line(QStringLiteral("%1 p50 %2 ms  p99 %3 ms")
             .arg(QStringLiteral("findByCccd (QR scan)"), -44)
             .arg(percentile(cccdLookups, 0.50), 0, 'f', 3)
             .arg(percentile(cccdLookups, 0.99), 0, 'f', 3));
    line(QStringLiteral("%1 %2  (%3 bytes per resident)")
             .arg(QStringLiteral("store file (imported residents)"), -44)
             .arg(mb(fileBytes(importPath)))
             .arg(double(fileBytes(importPath)) / residents, 0, 'f', 0));
    {
        // Where the bytes are (SQLite's dbstat table, when it is compiled in).
        QSqlQuery q(store->db());
        if (q.exec(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"))) {
            while (q.next())
                line(QStringLiteral("%1 %2  (%3 bytes per resident)")
                         .arg(QStringLiteral("  ") + q.value(0).toString(), -44)
                         .arg(mb(q.value(1).toLongLong()))
                         .arg(double(q.value(1).toLongLong()) / residents, 0, 'f', 0));
        }
    }
    line(QStringLiteral("%1 %2").arg(QStringLiteral("store file (full demo commune)"), -44).arg(mb(fileBytes(demoPath))));
    if (rawRate > 0)
        line(QStringLiteral("%1 %2").arg(QStringLiteral("plain sqlite3 table"), -44).arg(mb(fileBytes(rawPath))));
    return 0;
}
