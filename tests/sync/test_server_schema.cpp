// The server database's schema version (server_meta 'schema') and its
// upgrades. On PostgreSQL each check runs in a database of its own, created
// and dropped here (the test role may create databases): the shared test
// database is left alone.
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "sync/server/FieldVersions.h"

#include <QDateTime>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <thread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

bool onPostgres()
{
    return qEnvironmentVariable("HOCVUSO_TEST_BACKEND") == QLatin1String("postgresql");
}

// Schema 1 as main created it before the key columns got COLLATE "C".
const QStringList kSchema1 = {
    QStringLiteral("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT)"),
    QStringLiteral("CREATE TABLE provinces (code TEXT PRIMARY KEY, name TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE communes (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
                   " name TEXT NOT NULL, province_code TEXT NOT NULL, created_at BIGINT NOT NULL)"),
    QStringLiteral("CREATE TABLE seq_counters (scope TEXT PRIMARY KEY, seq BIGINT NOT NULL)"),
    QStringLiteral("CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY,"
                   " commune_id TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                   " used_at BIGINT, used_by TEXT)"),
    QStringLiteral(
        "CREATE TABLE devices (id TEXT PRIMARY KEY, commune_id TEXT NOT NULL,"
        " name TEXT, token_hash TEXT NOT NULL UNIQUE, enrolled_at BIGINT NOT NULL, revoked_at BIGINT,"
        " high_water BIGINT NOT NULL DEFAULT 0, last_push_at BIGINT, last_pull_at BIGINT,"
        " last_skew_ms BIGINT NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, role TEXT NOT NULL,"
                   " label TEXT, created_at BIGINT NOT NULL)"),
    QStringLiteral("CREATE TABLE batches (device_id TEXT NOT NULL, batch_id TEXT NOT NULL,"
                   " from_seq BIGINT NOT NULL, to_seq BIGINT NOT NULL, changes BIGINT NOT NULL,"
                   " applied_at BIGINT NOT NULL, response TEXT NOT NULL, PRIMARY KEY (device_id, batch_id))"),
    QStringLiteral("CREATE TABLE sync_rows (entity TEXT NOT NULL, row_id TEXT NOT NULL,"
                   " commune_id TEXT NOT NULL, data TEXT NOT NULL, versions TEXT NOT NULL,"
                   " server_seq BIGINT NOT NULL, PRIMARY KEY (entity, row_id))"),
    QStringLiteral("CREATE INDEX sync_rows_pull ON sync_rows (commune_id, server_seq)"),
    QStringLiteral(
        "CREATE TABLE conflicts (id TEXT PRIMARY KEY, commune_id TEXT NOT NULL,"
        " server_seq BIGINT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,"
        " kept_value TEXT, kept_hlc BIGINT, kept_device TEXT, lost_value TEXT, lost_hlc BIGINT,"
        " lost_device TEXT, detected_at BIGINT NOT NULL, resolved_at BIGINT)"),
    QStringLiteral("CREATE INDEX conflicts_pull ON conflicts (commune_id, server_seq)"),
    QStringLiteral("CREATE TABLE quarantine (id TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                   " commune_id TEXT NOT NULL, seq BIGINT NOT NULL, entity TEXT, row_id TEXT, field TEXT,"
                   " reason TEXT NOT NULL, change TEXT NOT NULL, received_at BIGINT NOT NULL)"),
    QStringLiteral("INSERT INTO seq_counters (scope, seq) VALUES ('*', 0)"),
    QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema', '1')"),
};

const QString kRowData = QStringLiteral("{\"name\":\"Nguyễn Thị Ánh Tuyết\",\"note\":\"ấp Đông Hòa\"}");

// Rows a schema-1 server had written: a province, a commune, its device, a merged row and a conflict.
const QStringList kSchema1Rows = {
    QStringLiteral("INSERT INTO provinces VALUES ('79', 'Thành phố Hồ Chí Minh')"),
    QStringLiteral("INSERT INTO communes VALUES ('c-1', '26734', 'Phường Sài Gòn', '79', 1)"),
    QStringLiteral("INSERT INTO seq_counters VALUES ('c-1', 7)"),
    QStringLiteral("INSERT INTO devices (id, commune_id, name, token_hash, enrolled_at, high_water) "
                   "VALUES ('d-1', 'c-1', 'Máy xã', '%1', 2, 7)")
        .arg(sync::ServerStore::hashSecret(QStringLiteral("device-token"))),
    QStringLiteral("INSERT INTO sync_rows VALUES ('people', 'p-1', 'c-1', '%1', '1,d-1,7:name,note', 7)")
        .arg(kRowData),
    QStringLiteral(
        "INSERT INTO conflicts (id, commune_id, server_seq, entity, row_id, field, kept_value,"
        " lost_value, detected_at) VALUES ('k-1', 'c-1', 7, 'people', 'p-1', 'name', 'Ánh', 'Anh', 3)"),
};

// A database of its own for one check: a temporary SQLite file, or on
// PostgreSQL a database created next to the test one and dropped after.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        QString error;
        if (!onPostgres()) {
            m_spec.kind = sync::ServerDbSpec::Kind::Sqlite;
            m_spec.path = m_dir.filePath(QStringLiteral("server.sqlite"));
            return;
        }
        const auto admin = sync::ServerDbSpec::parse(qEnvironmentVariable("HOCVUSO_TEST_PG"), &error);
        INFO(error.toStdString());
        REQUIRE(admin);
        m_spec = *admin;
        m_admin = *admin;
        m_spec.database =
            QStringLiteral("hocvuso_schema_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_spec.database));
    }
    ~ScratchDatabase()
    {
        QSqlDatabase::removeDatabase(m_connection); // closed by then (connection() scopes)
        if (onPostgres() && !m_spec.database.isEmpty() && m_spec.database != m_admin.database)
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.database));
    }

    const sync::ServerDbSpec& spec() const { return m_spec; }

    // Runs statements on the scratch database with a connection of its own.
    void exec(const QStringList& statements)
    {
        {
            QSqlDatabase db = open(m_spec);
            for (const QString& sql : statements) {
                QSqlQuery q(db);
                INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
                REQUIRE(q.exec(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    // The single value `sql` selects.
    QVariant value(const QString& sql)
    {
        QVariant v;
        {
            QSqlDatabase db = open(m_spec);
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            v = q.value(0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        return v;
    }

private:
    QSqlDatabase open(const sync::ServerDbSpec& spec)
    {
        const bool pg = spec.kind == sync::ServerDbSpec::Kind::Postgres;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connection);
        if (pg) {
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
            db.setDatabaseName(spec.database);
        } else {
            db.setDatabaseName(spec.path);
        }
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        return db;
    }

    void adminExec(const QString& sql)
    {
        {
            QSqlDatabase db = open(m_admin);
            QSqlQuery q(db);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            CHECK(q.exec(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    QTemporaryDir m_dir;
    sync::ServerDbSpec m_spec;
    sync::ServerDbSpec m_admin;
    QString m_connection = QStringLiteral("schema-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
};

// PostgreSQL: the collation of one column ("C", or "default" for the database's).
QString collationOf(ScratchDatabase& db, const QString& table, const QString& column)
{
    return db
        .value(QStringLiteral(
                   "SELECT c.collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation "
                   "WHERE a.attrelid = '%1'::regclass AND a.attname = '%2'")
                   .arg(table, column))
        .toString();
}

// PostgreSQL: the collations an index compares its text keys with.
QString indexCollations(ScratchDatabase& db, const QString& index)
{
    return db
        .value(QStringLiteral("SELECT string_agg(c.collname, ',' ORDER BY u.n) FROM pg_index i,"
                              " unnest(i.indcollation) WITH ORDINALITY AS u(coll, n) JOIN pg_collation c"
                              " ON c.oid = u.coll WHERE i.indexrelid = '%1'::regclass")
                   .arg(index))
        .toString();
}


// Hamlet rows as a schema-1 server stored them: every field named in
// versions (one group, two groups), and the JSON versions of servers
// before that; two devices of the commune, the second never pushed.
QStringList schema1Hamlets(qint64 hlc)
{
    auto row = [](const char* id, const QString& data, const QString& versions, int seq) {
        return QStringLiteral("INSERT INTO sync_rows VALUES ('hamlets', '%1', 'c-1', '%2', '%3', %4)")
            .arg(QLatin1String(id), data, versions)
            .arg(seq);
    };
    return {
        QStringLiteral("INSERT INTO devices (id, commune_id, name, token_hash, enrolled_at, high_water) "
                       "VALUES ('d-2', 'c-1', 'Máy ấp', '%1', 2, 0)")
            .arg(sync::ServerStore::hashSecret(QStringLiteral("device-token-2"))),
        row("h-1", QStringLiteral("{\"code\":\"H1\",\"deleted\":0,\"name\":\"Ấp Một\"}"),
            QStringLiteral("%1,d-1,1:code,deleted,name").arg(hlc), 1),
        row("h-2", QStringLiteral("{\"code\":\"H2\",\"deleted\":0,\"name\":\"Ấp Hai\"}"),
            QStringLiteral("%1,d-1,2:code,deleted;%2,d-1,3:name").arg(hlc).arg(hlc + 50), 3),
        row("h-3", QStringLiteral("{\"code\":\"H3\",\"deleted\":0,\"name\":\"Ấp Ba\"}"),
            QStringLiteral("{\"code\":[\"%1\",\"d-1\",2],\"deleted\":[\"%1\",\"d-1\",2],\"name\":[\"%1\",\"d-1\",2]}")
                .arg(hlc),
            2),
    };
}

// The rows as stored: row id → "data | versions".
QMap<QString, QString> storedRows(ScratchDatabase& db)
{
    QMap<QString, QString> rows;
    const int count = db.value(QStringLiteral("SELECT count(*) FROM sync_rows")).toInt();
    for (int i = 0; i < count; ++i)
        rows.insert(db.value(QStringLiteral("SELECT row_id FROM sync_rows ORDER BY row_id LIMIT 1 OFFSET %1").arg(i))
                        .toString(),
                    db.value(QStringLiteral("SELECT data || ' | ' || versions FROM sync_rows ORDER BY row_id "
                                            "LIMIT 1 OFFSET %1")
                                 .arg(i))
                        .toString());
    return rows;
}

sync::Change hamletChange(const QString& device, qint64 seq, const char* rowId, const char* op, QJsonObject fields,
                          qint64 hlc)
{
    sync::Change c;
    c.seq = seq;
    c.entity = QStringLiteral("hamlets");
    c.rowId = QLatin1String(rowId);
    c.op = QLatin1String(op);
    c.fields = std::move(fields);
    c.hlc = hlc;
    c.deviceId = device;
    return c;
}

sync::PushBatch batchOf(const QString& device, QVector<sync::Change> changes, const QString& cursor = {})
{
    sync::PushBatch b;
    b.deviceId = device;
    b.fromSeq = changes.first().seq;
    b.toSeq = changes.last().seq;
    b.batchId = QStringLiteral("%1:%2-%3").arg(device).arg(b.fromSeq).arg(b.toSeq);
    b.pullCursor = cursor;
    b.changes = std::move(changes);
    return b;
}

// What the same pushes and pulls did to one database.
struct MergeOutcome
{
    QJsonArray pulledBefore, pulledAfter; // a new device's pull of everything
    QJsonArray conflicts;                 // as pushes answered them, without id and time
    QMap<QString, QString> rows;          // as stored afterwards
    QMap<QString, QMap<QString, QString>> versions; // row → field → "hlc,device,seq"
};

// On a database holding schema1Hamlets: d-2 (never pulled) edits three rows
// concurrently and inserts one whole; d-1, having pulled, edits the new one.
MergeOutcome runMerges(ScratchDatabase& db, qint64 hlc)
{
    QString error;
    auto store = sync::ServerStore::open(db.spec(), &error);
    INFO(error.toStdString());
    REQUIRE(store);
    MergeOutcome out;
    auto pullAll = [&](const QString& id) {
        auto code = store->createEnrollmentCode(QStringLiteral("26734"), 3600 * 1000, &error);
        REQUIRE(code);
        auto enrolled = store->enroll(*code, id, QStringLiteral("new"));
        REQUIRE_FALSE(enrolled.error);
        const auto device = store->deviceByToken(enrolled.body.value(QStringLiteral("token")).toString());
        REQUIRE(device);
        auto pulled = store->pull(*device, {}, 100);
        INFO(pulled.message.toStdString());
        REQUIRE_FALSE(pulled.error);
        return pulled.body.value(QStringLiteral("changes")).toArray();
    };
    auto push = [&](const QString& token, const sync::PushBatch& batch) {
        const auto device = store->deviceByToken(token);
        REQUIRE(device);
        auto o = store->push(*device, batch, 0);
        INFO(o.message.toStdString());
        REQUIRE_FALSE(o.error);
        for (const QJsonValue& v : o.body.value(QStringLiteral("conflicts")).toArray()) {
            QJsonObject conflict = v.toObject();
            conflict.remove(QStringLiteral("id"));
            conflict.remove(QStringLiteral("detected_at"));
            out.conflicts.append(conflict);
        }
    };
    out.pulledBefore = pullAll(QStringLiteral("dev-before"));

    const QString d2 = QStringLiteral("d-2");
    push(QStringLiteral("device-token-2"),
         batchOf(d2, {hamletChange(d2, 1, "h-1", "update", {{"name", "Ấp 1 (B)"}}, hlc - 10),
                      hamletChange(d2, 2, "h-2", "update", {{"code", "H2b"}}, hlc + 100),
                      hamletChange(d2, 3, "h-3", "update", {{"name", "Ấp 3 (B)"}, {"kind", "xóm"}}, hlc + 100),
                      hamletChange(d2, 4, "h-9", "insert",
                                   {{"commune_id", "c-1"}, {"code", "H9"}, {"name", "Ấp Chín"}, {"deleted", 0}},
                                   hlc + 100)}));
    out.rows = storedRows(db);
    const QString d1 = QStringLiteral("d-1");
    const auto d1Info = store->deviceByToken(QStringLiteral("device-token"));
    REQUIRE(d1Info);
    auto seen = store->pull(*d1Info, {}, 100);
    REQUIRE_FALSE(seen.error);
    push(QStringLiteral("device-token"),
         batchOf(d1, {hamletChange(d1, 8, "h-9", "update", {{"name", "Ấp 9"}}, hlc + 200),
                      hamletChange(d1, 9, "h-1", "update", {{"code", "H1a"}}, hlc + 200)},
                 seen.body.value(QStringLiteral("cursor")).toString()));
    out.pulledAfter = pullAll(QStringLiteral("dev-after"));

    QSqlQuery q(store->db());
    REQUIRE(q.exec(QStringLiteral("SELECT row_id, data, versions FROM sync_rows")));
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        bool ok = false;
        const auto versions = sync::FieldVersions::parse(q.value(2).toString(), data, &ok);
        REQUIRE(ok);
        CHECK(versions.size() == data.size());
        for (auto f = data.begin(); f != data.end(); ++f) {
            const sync::FieldVersion* v = versions.find(f.key());
            REQUIRE(v);
            out.versions[q.value(0).toString()][f.key()] =
                QStringLiteral("%1,%2,%3").arg(v->hlc).arg(v->device).arg(v->seq);
        }
    }
    return out;
}

// The versions of every row, each field to "hlc,device,seq", read as a
// server reads them (`withData`: "*" expanded to the row's data) or as one
// of schema 1 or 2 did (no data: "*" is a field named so).
QMap<QString, QMap<QString, QString>> versionsOf(ScratchDatabase& db, bool withData)
{
    QMap<QString, QMap<QString, QString>> all;
    const QMap<QString, QString> rows = storedRows(db);
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        const qsizetype bar = row->indexOf(QLatin1String(" | "));
        const QJsonObject data = QJsonDocument::fromJson(row->left(bar).toUtf8()).object();
        bool ok = false;
        const auto versions = sync::FieldVersions::parse(row->mid(bar + 3), withData ? data : QJsonObject(), &ok);
        REQUIRE(ok);
        for (auto f = data.begin(); f != data.end(); ++f)
            if (const sync::FieldVersion* v = versions.find(f.key()))
                all[row.key()][f.key()] = QStringLiteral("%1,%2,%3").arg(v->hlc).arg(v->device).arg(v->seq);
    }
    return all;
}

} // namespace

TEST_CASE("a schema-1 server database is upgraded to schema 3 with its data intact", "[sync][schema]")
{
    ScratchDatabase db;
    db.exec(kSchema1);
    db.exec(kSchema1Rows);
    if (onPostgres()) {
        REQUIRE(collationOf(db, QStringLiteral("sync_rows"), QStringLiteral("row_id")) ==
                QLatin1String("default"));
        REQUIRE(indexCollations(db, QStringLiteral("sync_rows_pkey")) == QLatin1String("default,default"));
    }

    QString error;
    {
        auto store = sync::ServerStore::open(db.spec(), &error);
        INFO(error.toStdString());
        REQUIRE(store);

        // The data, through the store: the commune, its device by token, the merged row, the conflict.
        auto commune = store->commune(QStringLiteral("26734"));
        REQUIRE(commune);
        CHECK(commune->id == QLatin1String("c-1"));
        CHECK(commune->name == QStringLiteral("Phường Sài Gòn"));
        CHECK(commune->provinceName == QStringLiteral("Thành phố Hồ Chí Minh"));
        auto device = store->deviceByToken(QStringLiteral("device-token"));
        REQUIRE(device);
        CHECK(device->id == QLatin1String("d-1"));
        CHECK(device->name == QStringLiteral("Máy xã"));
        CHECK(device->highWater == 7);
        auto conflicts = store->conflicts(QStringLiteral("26734"), true, &error);
        REQUIRE(conflicts);
        REQUIRE(conflicts->size() == 1);
        CHECK(conflicts->at(0).toObject().value(QStringLiteral("kept_value")).toString() ==
              QStringLiteral("Ánh"));

        // The upgraded keys still take writes through the primary key (bulk ON CONFLICT on PostgreSQL).
        const QJsonObject plan{{QStringLiteral("code"), QStringLiteral("P1")},
                               {QStringLiteral("name"), QStringLiteral("Kế hoạch số")},
                               {QStringLiteral("description"), QString()},
                               {QStringLiteral("mentor_min"), 1},
                               {QStringLiteral("class_cadence"), QStringLiteral("weekly")},
                               {QStringLiteral("deleted"), 0}};
        for (int i = 0; i < 2; ++i) { // inserted, then merged into the existing row
            const bool written =
                store->putReference(QStringLiteral("plans"), QStringLiteral("plan-1"), plan, &error);
            INFO(error.toStdString());
            REQUIRE(written);
        }
        auto plans = store->referenceRows(QStringLiteral("plans"), &error);
        REQUIRE(plans);
        CHECK(plans->size() == 1);
        CHECK(plans->value(QStringLiteral("plan-1")).value(QStringLiteral("name")).toString() ==
              QStringLiteral("Kế hoạch số"));
    }

    CHECK(db.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("3"));
    CHECK(db.value(QStringLiteral("SELECT versions FROM sync_rows WHERE entity = 'people' AND row_id = 'p-1'"))
              .toString() == QLatin1String("1,d-1,7:name,note"));
    CHECK(db.value(QStringLiteral("SELECT data FROM sync_rows WHERE entity = 'people' AND row_id = 'p-1'"))
              .toString() == kRowData);
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM sync_rows WHERE commune_id = 'c-1'")).toInt() == 1);
    if (onPostgres()) {
        for (const auto& [table, column] : {std::pair{"sync_rows", "entity"},
                                            {"sync_rows", "row_id"},
                                            {"sync_rows", "commune_id"},
                                            {"communes", "code"},
                                            {"devices", "token_hash"},
                                            {"batches", "batch_id"},
                                            {"conflicts", "id"},
                                            {"quarantine", "device_id"},
                                            {"server_meta", "key"}}) {
            INFO(table << "." << column);
            CHECK(collationOf(db, QLatin1String(table), QLatin1String(column)) == QLatin1String("C"));
        }
        // What people read keeps the database's collation.
        CHECK(collationOf(db, QStringLiteral("communes"), QStringLiteral("name")) ==
              QLatin1String("default"));
        CHECK(collationOf(db, QStringLiteral("sync_rows"), QStringLiteral("data")) ==
              QLatin1String("default"));
        // The indexes were rebuilt with the columns' collation.
        CHECK(indexCollations(db, QStringLiteral("sync_rows_pkey")) == QLatin1String("C,C"));
        CHECK(indexCollations(db, QStringLiteral("sync_rows_pull")) == QLatin1String("C"));
    }

    // Opened again: already at schema 3, nothing to do.
    auto again = sync::ServerStore::open(db.spec(), &error);
    INFO(error.toStdString());
    REQUIRE(again);
    CHECK(again->commune(QStringLiteral("26734")));
}

TEST_CASE("an upgraded schema-1 database merges and pulls as one this server made with the same rows",
          "[sync][schema]")
{
    const qint64 hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
    ScratchDatabase upgraded;
    upgraded.exec(kSchema1);
    upgraded.exec(kSchema1Rows);
    upgraded.exec(schema1Hamlets(hlc));
    const QMap<QString, QString> before = storedRows(upgraded);
    REQUIRE(before.size() == 4);

    ScratchDatabase made;
    {
        QString error;
        auto store = sync::ServerStore::open(made.spec(), &error);
        INFO(error.toStdString());
        REQUIRE(store);
    }
    made.exec(kSchema1Rows);
    made.exec(schema1Hamlets(hlc));

    const MergeOutcome a = runMerges(upgraded, hlc);
    const MergeOutcome b = runMerges(made, hlc);
    CHECK(upgraded.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("3"));

    // Rows the push did not touch are as schema 1 stored them.
    CHECK(a.rows.value(QStringLiteral("p-1")) == before.value(QStringLiteral("p-1")));
    CHECK(a.rows == b.rows);
    CHECK(a.versions == b.versions);
    CHECK(a.conflicts == b.conflicts);
    CHECK(a.pulledBefore == b.pulledBefore);
    CHECK(a.pulledAfter == b.pulledAfter);

    // What the merges must give, by hand. The pull before the pushes has
    // every hamlet with its last writer.
    REQUIRE(a.pulledBefore.size() == 4);
    // d-2 never pulled: its edits of h-1 (older: lost), h-2's code and h-3's
    // name (newer: kept) are concurrent; "kind" is new to h-3 (no conflict).
    REQUIRE(a.conflicts.size() == 3);
    CHECK(a.conflicts[0].toObject().value(QStringLiteral("kept_device")).toString() == QLatin1String("d-1"));
    CHECK(a.conflicts[1].toObject().value(QStringLiteral("kept_device")).toString() == QLatin1String("d-2"));
    CHECK(a.conflicts[2].toObject().value(QStringLiteral("kept_device")).toString() == QLatin1String("d-2"));
    auto version = [hlc](int dHlc, const char* device, int seq) {
        return QStringLiteral("%1,%2,%3").arg(hlc + dHlc).arg(QLatin1String(device)).arg(seq);
    };
    // The commune's sequence was 7: d-2's push gave 8 to 11, d-1's 12 and 13.
    CHECK(a.versions.value(QStringLiteral("h-1")) ==
          QMap<QString, QString>{{QStringLiteral("code"), version(200, "d-1", 13)},
                                 {QStringLiteral("deleted"), version(0, "d-1", 1)},
                                 {QStringLiteral("name"), version(0, "d-1", 1)}});
    CHECK(a.versions.value(QStringLiteral("h-2")) ==
          QMap<QString, QString>{{QStringLiteral("code"), version(100, "d-2", 9)},
                                 {QStringLiteral("deleted"), version(0, "d-1", 2)},
                                 {QStringLiteral("name"), version(50, "d-1", 3)}});
    CHECK(a.versions.value(QStringLiteral("h-3")) ==
          QMap<QString, QString>{{QStringLiteral("code"), version(0, "d-1", 2)},
                                 {QStringLiteral("deleted"), version(0, "d-1", 2)},
                                 {QStringLiteral("kind"), version(100, "d-2", 10)},
                                 {QStringLiteral("name"), version(100, "d-2", 10)}});
    CHECK(a.versions.value(QStringLiteral("h-9")) ==
          QMap<QString, QString>{{QStringLiteral("code"), version(100, "d-2", 11)},
                                 {QStringLiteral("deleted"), version(100, "d-2", 11)},
                                 {QStringLiteral("name"), version(200, "d-1", 12)}});
    // Full lists and "*" side by side after d-2's push: h-9 was stored "*",
    // and h-1 too (touched, its one write left whole by d-2's lost edit); h-2
    // has two writers, the person row is as schema 1 stored it, h-3's JSON
    // versions were written as a list.
    auto versionsText = [&a](const char* row) {
        const QString stored = a.rows.value(QLatin1String(row));
        return stored.mid(stored.indexOf(QLatin1String(" | ")) + 3);
    };
    CHECK(versionsText("h-9") == QStringLiteral("%1:*").arg(version(100, "d-2", 11)));
    CHECK(versionsText("h-1") == QStringLiteral("%1:*").arg(version(0, "d-1", 1)));
    CHECK(versionsText("p-1") == QLatin1String("1,d-1,7:name,note"));
    CHECK_FALSE(versionsText("h-2").contains(QLatin1Char('*')));
    CHECK_FALSE(versionsText("h-3").contains(QLatin1Char('{')));
    REQUIRE(a.pulledAfter.size() == 5); // the person and the four hamlets
}

TEST_CASE("a new server database starts at schema 3 with byte-order keys", "[sync][schema]")
{
    ScratchDatabase db;
    QString error;
    {
        auto store = sync::ServerStore::open(db.spec(), &error);
        INFO(error.toStdString());
        REQUIRE(store);
    }
    CHECK(db.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("3"));
    if (onPostgres()) {
        CHECK(collationOf(db, QStringLiteral("sync_rows"), QStringLiteral("row_id")) == QLatin1String("C"));
        CHECK(collationOf(db, QStringLiteral("conflicts"), QStringLiteral("lost_device")) ==
              QLatin1String("C"));
        CHECK(collationOf(db, QStringLiteral("communes"), QStringLiteral("name")) ==
              QLatin1String("default"));
        CHECK(indexCollations(db, QStringLiteral("sync_rows_pkey")) == QLatin1String("C,C"));
    }
}

TEST_CASE("a server database of a newer schema is refused, untouched", "[sync][schema]")
{
    ScratchDatabase db;
    db.exec(kSchema1);
    db.exec(kSchema1Rows);
    // A later schema without the api_tokens table, and rows this server cannot read.
    db.exec({QStringLiteral("UPDATE server_meta SET value = '4' WHERE key = 'schema'"),
             QStringLiteral("DROP TABLE api_tokens"),
             QStringLiteral("DELETE FROM seq_counters WHERE scope = '*'"),
             QStringLiteral("UPDATE sync_rows SET versions = 'v4' WHERE row_id = 'p-1'")});
    QString error;
    CHECK_FALSE(sync::ServerStore::open(db.spec(), &error));
    CHECK(error.contains(QLatin1String("the database has schema 4, newer than this server's 3")));
    CHECK(db.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("4"));
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM seq_counters WHERE scope = '*'")).toInt() == 0);
    CHECK(db.value(QStringLiteral("SELECT versions FROM sync_rows WHERE row_id = 'p-1'")).toString() ==
          QLatin1String("v4"));
    const QString tables = onPostgres()
        ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'api_tokens'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'api_tokens'");
    CHECK(db.value(tables).toInt() == 0);

    // Not a number: refused too.
    db.exec({QStringLiteral("UPDATE server_meta SET value = '3x' WHERE key = 'schema'")});
    CHECK_FALSE(sync::ServerStore::open(db.spec(), &error));
    CHECK(error.contains(QLatin1String("unknown server schema version '3x'")));
}

TEST_CASE("the downgrade in sync/API.md writes every \"*\" out as the row's fields", "[sync][schema]")
{
    const qint64 hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
    ScratchDatabase db;
    db.exec(kSchema1);
    db.exec(kSchema1Rows);
    db.exec(schema1Hamlets(hlc));
    runMerges(db, hlc); // h-9 stored "*" by d-2, then two groups; more "*" below
    {
        QString error;
        auto store = sync::ServerStore::open(db.spec(), &error);
        REQUIRE(store);
        auto d2 = store->deviceByToken(QStringLiteral("device-token-2"));
        REQUIRE(d2);
        const QString dev = QStringLiteral("d-2");
        auto o = store->push(*d2,
                             batchOf(dev, {hamletChange(dev, 5, "h-10", "insert",
                                                        {{"commune_id", "c-1"}, {"code", "H10"}, {"deleted", 0}},
                                                        hlc + 300),
                                           hamletChange(dev, 6, "h-11", "insert",
                                                        {{"commune_id", "c-1"}, {"name", "Ấp Mười Một"}}, hlc + 300)}),
                             0);
        INFO(o.message.toStdString());
        REQUIRE_FALSE(o.error);
    }
    const auto read = versionsOf(db, true);
    REQUIRE(db.value(QStringLiteral("SELECT count(*) FROM sync_rows WHERE versions LIKE '%:*'")).toInt() == 2);
    REQUIRE(versionsOf(db, false) != read); // an older server would misread them

    db.exec({onPostgres()
                 ? QStringLiteral("UPDATE sync_rows SET versions = left(versions, -1) || (SELECT string_agg(k, ',') "
                                  "FROM json_object_keys(data::json) AS k) WHERE versions LIKE '%:*'")
                 : QStringLiteral("UPDATE sync_rows SET versions = substr(versions, 1, length(versions) - 1) || "
                                  "(SELECT group_concat(key, ',') FROM json_each(data)) WHERE versions LIKE '%:*'"),
             QStringLiteral("UPDATE server_meta SET value = '2' WHERE key = 'schema'")});
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM sync_rows WHERE versions LIKE '%*%'")).toInt() == 0);
    CHECK(versionsOf(db, false) == read);
    CHECK(versionsOf(db, true) == read);

    // A server of schema 3 takes it back.
    QString error;
    CHECK(sync::ServerStore::open(db.spec(), &error));
    CHECK(db.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("3"));
}

TEST_CASE("servers opening one new database at once both create it, one after the other", "[sync][schema]")
{
    // Without the advisory lock, the second CREATE TABLE of a race fails on
    // PostgreSQL's catalogue (duplicate key in pg_type): a few rounds of four.
    for (int round = 0; round < 3; ++round) {
        ScratchDatabase db;
        constexpr int kServers = 4;
        QString errors[kServers];
        bool opened[kServers] = {};
        std::vector<std::thread> servers;
        for (int i = 0; i < kServers; ++i)
            servers.emplace_back([&, i] {
                auto store = sync::ServerStore::open(db.spec(), &errors[i]);
                opened[i] = store != nullptr;
            });
        for (std::thread& t : servers)
            t.join();
        for (int i = 0; i < kServers; ++i) {
            INFO("round " << round << ", server " << i << ": " << errors[i].toStdString());
            CHECK(opened[i]);
        }
        CHECK(db.value(QStringLiteral("SELECT count(*) FROM server_meta WHERE key = 'schema'")).toInt() == 1);
        CHECK(db.value(QStringLiteral("SELECT count(*) FROM seq_counters")).toInt() == 1);
    }
}

TEST_CASE("a database that holds other tables is refused and left as it was", "[sync][schema]")
{
    ScratchDatabase db;
    db.exec({QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY, amount BIGINT)"),
             QStringLiteral("INSERT INTO invoices VALUES (1, 250000)")});
    QString error;
    CHECK_FALSE(sync::ServerStore::open(db.spec(), &error));
    CHECK(error.contains(QLatin1String("holds other tables (invoices) and not the server's")));
    const QString tables = onPostgres()
        ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    CHECK(db.value(tables).toInt() == 1);
    CHECK(db.value(QStringLiteral("SELECT amount FROM invoices")).toLongLong() == 250000);
    if (!onPostgres()) // journal_mode=WAL would have been the first write
        CHECK(db.value(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("delete"));

    // An empty database is the server's to fill, and a view alone (an
    // extension's, a monitoring tool's) does not make it another program's.
    ScratchDatabase empty;
    empty.exec({QStringLiteral("CREATE VIEW monitoring AS SELECT 1 AS up")});
    INFO(error.toStdString());
    CHECK(sync::ServerStore::open(empty.spec(), &error));
}

TEST_CASE("a commune laptop's store given as the server's database is refused, untouched", "[sync][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("commune.sqlite"));
    {
        QString error;
        StoreError se;
        auto laptop = Store::open(path, &error);
        REQUIRE(laptop);
        REQUIRE(laptop->createCommune(QStringLiteral("26734"), QStringLiteral("Phường Sài Gòn"), &se));
    }
    sync::ServerDbSpec spec;
    spec.kind = sync::ServerDbSpec::Kind::Sqlite;
    spec.path = path;
    QString error;
    CHECK_FALSE(sync::ServerStore::open(spec, &error));
    CHECK(error.contains(QLatin1String("commune laptop's store, not a server database")));
    QString openError;
    auto laptop = Store::open(path, &openError);
    REQUIRE(laptop);
    QSqlQuery q(laptop->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('server_meta', 'sync_rows')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK_FALSE(laptop->communeId().isEmpty());
}
