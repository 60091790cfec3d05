// The server database's schema version (server_meta 'schema') and its
// upgrades. On PostgreSQL each check runs in a database of its own, created
// and dropped here (the test role may create databases): the shared test
// database is left alone.
#include "SyncFixture.h"

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

} // namespace

TEST_CASE("a schema-1 server database is upgraded to schema 2 with its data intact", "[sync][schema]")
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
          QLatin1String("2"));
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

    // Opened again: already at schema 2, nothing to do.
    auto again = sync::ServerStore::open(db.spec(), &error);
    INFO(error.toStdString());
    REQUIRE(again);
    CHECK(again->commune(QStringLiteral("26734")));
}

TEST_CASE("a new server database starts at schema 2 with byte-order keys", "[sync][schema]")
{
    ScratchDatabase db;
    QString error;
    {
        auto store = sync::ServerStore::open(db.spec(), &error);
        INFO(error.toStdString());
        REQUIRE(store);
    }
    CHECK(db.value(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")).toString() ==
          QLatin1String("2"));
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
    db.exec({QStringLiteral("UPDATE server_meta SET value = '3' WHERE key = 'schema'")});
    QString error;
    CHECK_FALSE(sync::ServerStore::open(db.spec(), &error));
    CHECK(error.contains(QLatin1String("schema 3")));
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
