#pragma once

// Checks shared by the convergence and fault suites: a store's synced
// tables as comparable text, SQLite's own integrity checks, and what the
// server holds for one device (rows per entity, batch records).
#include "core/domain/EntityCatalog.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/Store.h"
#include "sync/server/ServerStore.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <cstdlib>
#include <random>

namespace hocvuso::test {

// The run's seed: HOCVUSO_TEST_SEED when set (to replay a failure), else
// `fallback`; printed so that a failing run can be replayed.
inline quint64 testSeed(const char* suite, quint64 fallback)
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("HOCVUSO_TEST_SEED").toULongLong(&ok);
    const quint64 seed = ok ? fromEnv : fallback;
    WARN(suite << " seed " << seed << " (replay with HOCVUSO_TEST_SEED=" << seed << ")");
    return seed;
}

// Every row of one table, tombstones included, keyed by id; each row as
// "column=value" text over the synced columns (local-only columns such as
// search_key are left out: each device derives them).
using TableDump = QMap<QString, QString>;
using StoreDump = QMap<QString, TableDump>;

inline TableDump dumpTable(Store& store, const QString& table)
{
    TableDump dump;
    const QStringList local = ChangeLogTriggers::localColumns();
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QStringList parts;
        for (int i = 0; i < rec.count(); ++i) {
            const QString name = rec.fieldName(i);
            if (local.contains(name))
                continue;
            const QVariant v = q.value(i);
            parts << name + QLatin1Char('=') + (v.isNull() ? QStringLiteral("<null>") : v.toString());
        }
        dump.insert(q.value(QStringLiteral("id")).toString(), parts.join(QStringLiteral("; ")));
    }
    return dump;
}

// The commune's synced tables (reference tables are written by the province only).
inline StoreDump dumpStore(Store& store)
{
    StoreDump dump;
    for (const EntityDef& e : EntityCatalog::all())
        if (!e.reference)
            dump.insert(e.table, dumpTable(store, e.table));
    return dump;
}

// Fails with the first differing row named (table, id, both versions).
inline void requireSameData(const StoreDump& expected, const StoreDump& actual, const QString& what)
{
    for (auto t = expected.cbegin(); t != expected.cend(); ++t) {
        const TableDump& a = t.value();
        const TableDump b = actual.value(t.key());
        INFO(what.toStdString() << ": table " << t.key().toStdString());
        for (auto r = a.cbegin(); r != a.cend(); ++r) {
            INFO("row " << r.key().toStdString());
            REQUIRE(b.contains(r.key()));
            REQUIRE(b.value(r.key()).toStdString() == r.value().toStdString());
        }
        for (auto r = b.cbegin(); r != b.cend(); ++r) {
            INFO("extra row " << r.key().toStdString() << ": " << r.value().toStdString());
            REQUIRE(a.contains(r.key()));
        }
    }
}

// Each device writes its own copy of the commune row at enrolment (same
// values, its own HLC): left out where a device has not re-synced since.
inline StoreDump withoutCommunes(StoreDump d)
{
    d.remove(QStringLiteral("communes"));
    return d;
}

inline qint64 rowCount(const StoreDump& dump)
{
    qint64 n = 0;
    for (const TableDump& t : dump)
        n += t.size();
    return n;
}

// PRAGMA integrity_check says ok and foreign_key_check finds nothing.
inline void requireIntegrity(Store& store, const QString& what)
{
    INFO(what.toStdString());
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toString() == QStringLiteral("ok"));
    QSqlQuery fk(store.db());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList broken;
    while (fk.next())
        broken << fk.value(0).toString() + QLatin1Char('/') + fk.value(2).toString();
    INFO("foreign keys broken: " << broken.join(QStringLiteral(", ")).toStdString());
    REQUIRE(broken.isEmpty());
}

inline qint64 scalar(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Rows the server stores for a commune, per entity (tombstones included).
inline QMap<QString, qint64> serverRowCounts(sync::ServerStore& server, const QString& communeId)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT entity, count(*) FROM sync_rows WHERE commune_id = ? GROUP BY entity"));
    q.addBindValue(communeId);
    REQUIRE(q.exec());
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

inline QMap<QString, qint64> localRowCounts(Store& store)
{
    QMap<QString, qint64> counts;
    for (const EntityDef& e : EntityCatalog::all()) {
        if (e.reference)
            continue;
        const qint64 n = scalar(store.db(), QStringLiteral("SELECT count(*) FROM %1").arg(e.table));
        if (n > 0)
            counts.insert(e.table, n);
    }
    return counts;
}

// Every change the device logged reached the server exactly once: the
// server's batch records for the device cover 1..last seq without a gap or
// an overlap, the high-water mark is the last seq, the device has nothing
// pending, and the server holds exactly the device's rows.
inline void requireDeliveredOnce(sync::ServerStore& server, Store& device)
{
    const qint64 lastSeq = scalar(device.db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    REQUIRE(lastSeq > 0);
    CHECK(device.pendingChanges() == 0);
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT from_seq, to_seq, changes FROM batches WHERE device_id = ? ORDER BY from_seq"));
    q.addBindValue(device.deviceId());
    REQUIRE(q.exec());
    qint64 next = 1, changes = 0;
    while (q.next()) {
        INFO("batch " << q.value(0).toLongLong() << "-" << q.value(1).toLongLong());
        REQUIRE(q.value(0).toLongLong() == next);
        REQUIRE(q.value(1).toLongLong() >= q.value(0).toLongLong());
        next = q.value(1).toLongLong() + 1;
        changes += q.value(2).toLongLong();
    }
    CHECK(next - 1 == lastSeq);
    CHECK(changes == lastSeq);
    CHECK(scalar(server.db(), QStringLiteral("SELECT high_water FROM devices WHERE id = ?"), {device.deviceId()}) == lastSeq);
    CHECK(scalar(server.db(), QStringLiteral("SELECT count(*) FROM quarantine WHERE device_id = ?"), {device.deviceId()}) == 0);
    CHECK(serverRowCounts(server, device.communeId()) == localRowCounts(device));
}

} // namespace hocvuso::test
