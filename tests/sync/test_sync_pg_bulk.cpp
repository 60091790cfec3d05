// The server's bulk statements on PostgreSQL (sync/server/PgBulk): binary
// array parameters through libpq on QPSQL's connection. The tests that need
// a server run in the "sync-postgresql:" suite only.
#include "SyncFixture.h"
#include "core/store/Hlc.h"
#include "core/store/Store.h"
#include "core/store/Uuid.h"
#include "sync/server/PgBulk.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <limits>
#include <thread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

bool onPostgres()
{
    return qEnvironmentVariable("HOCVUSO_TEST_BACKEND") == QLatin1String("postgresql");
}

// A QPSQL connection of its own to the test database, with a temporary table
// (this session's only: nothing shared is touched).
class PgConnection
{
public:
    PgConnection() : m_name(QStringLiteral("pgbulk-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QString error;
        const auto spec = sync::ServerDbSpec::parse(qEnvironmentVariable("HOCVUSO_TEST_PG"), &error);
        INFO(error.toStdString());
        REQUIRE(spec);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(spec->host);
        db.setPort(spec->port);
        db.setUserName(spec->user);
        db.setPassword(spec->password);
        db.setDatabaseName(spec->database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE probe (id int8 PRIMARY KEY, t text, n int8)")));
    }
    ~PgConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    qint64 count() const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM probe")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
};

const QString kInsert =
    QStringLiteral("INSERT INTO probe (id, t, n) SELECT * FROM unnest($1::int8[], $2::text[], $3::int8[])");

std::vector<sync::PgArray> probeRows(const QVector<QVariantList>& rows)
{
    std::vector<sync::PgArray> params{sync::PgArray(sync::PgArray::Kind::Int8),
                                      sync::PgArray(sync::PgArray::Kind::Text),
                                      sync::PgArray(sync::PgArray::Kind::Int8)};
    for (const QVariantList& row : rows)
        for (int i = 0; i < 3; ++i)
            params[size_t(i)].append(row[i]);
    return params;
}

} // namespace

TEST_CASE("PgArray writes PostgreSQL's binary array format", "[sync][pgbulk]")
{
    sync::PgArray text(sync::PgArray::Kind::Text);
    text.append(QStringLiteral("ab"));
    text.append(QString());                     // NULL
    text.append(QStringLiteral(""));            // the empty string, not NULL
    text.append(QByteArray("\xe1\xbb\x87", 3)); // "ệ" as UTF-8, taken as is
    CHECK(text.arrayTypeOid() == 1009u);
    const QByteArray expected = QByteArray::fromHex("00000001" // ndim
                                                    "00000001" // has NULLs
                                                    "00000019" // text
                                                    "00000004" // 4 elements
                                                    "00000001" // lower bound
                                                    "00000002"
                                                    "6162"
                                                    "ffffffff"
                                                    "00000000"
                                                    "00000003"
                                                    "e1bb87");
    CHECK(text.bytes().toHex() == expected.toHex());

    sync::PgArray numbers(sync::PgArray::Kind::Int8);
    numbers.append(qint64(-2));
    numbers.append(QVariant(std::numeric_limits<qint64>::max()));
    CHECK(numbers.arrayTypeOid() == 1016u);
    CHECK(numbers.bytes().toHex() == QByteArray("00000001"
                                                "00000000"
                                                "00000014"
                                                "00000002"
                                                "00000001"
                                                "00000008"
                                                "fffffffffffffffe"
                                                "00000008"
                                                "7fffffffffffffff"));
}

TEST_CASE("PostgreSQL bulk arrays: tricky text, NULL and int64 extremes are stored and read back exactly",
          "[sync][pgbulk]")
{
    if (!onPostgres())
        return; // needs a PostgreSQL server: the "sync-postgresql:" run
    PgConnection pg;
    const QStringList texts = {QStringLiteral("O'Brien \"quoted\""),
                               QStringLiteral("back\\slash \\\\ \\x41 \\N"),
                               QStringLiteral("{a,b} [c] (d) NULL"),
                               QStringLiteral("NULL"),
                               QStringLiteral(""),
                               QStringLiteral("Nguyễn Thị Ánh Tuyết, ấp Đông Hòa"),
                               QStringLiteral("tab\tnew\nline\r 𝄞 $1 ; --"),
                               QString(QStringLiteral("x")).repeated(100000)};
    const qint64 extremes[] = {std::numeric_limits<qint64>::min(), -1, 0, 1,
                               std::numeric_limits<qint64>::max()};
    QVector<QVariantList> rows;
    for (int i = 0; i < texts.size(); ++i)
        rows.push_back({qint64(i), texts[i], extremes[i % 5]});
    rows.push_back({qint64(100), QString(), QVariant()}); // NULLs

    sync::PgStatements statements(pg.db());
    auto params = probeRows(rows);
    QString error;
    INFO(error.toStdString());
    REQUIRE(statements.exec(kInsert, params, &error));

    // Read back through QPSQL (text) and through PgRow.
    QSqlQuery q(pg.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, t, n FROM probe ORDER BY id")));
    int seen = 0;
    while (q.next()) {
        const QVariantList& row = rows[seen++];
        INFO("row " << row[0].toLongLong());
        CHECK(q.value(0).toLongLong() == row[0].toLongLong());
        CHECK(q.value(1).isNull() == row[1].toString().isNull());
        CHECK(q.value(1).toString() == row[1].toString());
        CHECK(q.value(2).isNull() == row[2].isNull());
        CHECK(q.value(2).toLongLong() == row[2].toLongLong());
    }
    CHECK(seen == rows.size());
    q.finish();

    auto keys = probeRows({{qint64(2), QString(), qint64(0)},
                           {qint64(100), QString(), qint64(0)},
                           {qint64(7), QString(), qint64(0)}});
    QMap<qint64, QPair<bool, QString>> read;
    REQUIRE(statements.exec(
        QStringLiteral("SELECT p.id, p.t FROM unnest($1::int8[], $2::text[], $3::int8[]) AS k(id, t, n) "
                       "JOIN probe p ON p.id = k.id"),
        keys, &error, [&read](const sync::PgRow& r) {
            read.insert(r.text(0).toLongLong(), {r.isNull(1), r.text(1)});
        }));
    REQUIRE(read.size() == 3);
    CHECK(read[2] == qMakePair(false, texts[2]));
    CHECK(read[100].first);
    CHECK(read[100].second.isNull());
    CHECK(read[7] == qMakePair(false, texts[7]));
}

TEST_CASE("PostgreSQL bulk arrays: a failing statement leaves nothing of its transaction, the next one works",
          "[sync][pgbulk]")
{
    if (!onPostgres())
        return; // needs a PostgreSQL server: the "sync-postgresql:" run
    PgConnection pg;
    QSqlDatabase db = pg.db();
    sync::PgStatements statements(db);
    QString error;

    REQUIRE(db.transaction());
    QSqlQuery before(db);
    REQUIRE(before.exec(QStringLiteral("INSERT INTO probe (id, t, n) VALUES (1, 'through QPSQL', 1)")));
    auto good =
        probeRows({{qint64(2), QStringLiteral("a"), qint64(2)}, {qint64(3), QStringLiteral("b"), qint64(3)}});
    REQUIRE(statements.exec(kInsert, good, &error)); // prepared here, inside the transaction
    CHECK(pg.count() == 3);                          // the same connection, the same transaction
    auto clash = probeRows(
        {{qint64(4), QStringLiteral("c"), qint64(4)}, {qint64(2), QStringLiteral("again"), qint64(0)}});
    CHECK_FALSE(statements.exec(kInsert, clash, &error));
    CHECK(error.contains(QLatin1String("duplicate key")));
    REQUIRE(db.rollback());
    CHECK(pg.count() == 0);

    // The prepared statement outlives the rolled-back transaction.
    error.clear();
    auto later = probeRows({{qint64(5), QStringLiteral("later"), qint64(5)}});
    INFO(error.toStdString());
    REQUIRE(statements.exec(kInsert, later, &error));
    CHECK(pg.count() == 1);

    // An error in the SQL itself is reported, not cached as prepared.
    CHECK_FALSE(statements.exec(QStringLiteral("INSERT INTO no_such_table SELECT * FROM unnest($1::int8[])"),
                                later, &error));
    CHECK(error.contains(QLatin1String("no_such_table")));
}

TEST_CASE("tricky text pushed by one device reaches another exactly through the server", "[sync][pgbulk]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QStringList names = {QStringLiteral("O'Brien \"quoted\""),
                               QStringLiteral("back\\slash \\\\ \\N"),
                               QStringLiteral("{a,b} [c] NULL"),
                               QStringLiteral("NULL"),
                               QStringLiteral("Ấp Đông Hòa, xã Nguyễn Việt Khái"),
                               QStringLiteral("tab\tnew\nline 𝄞 $1 ; --")};
    QStringList ids;
    StoreError e;
    for (const QString& name : names) {
        auto id = a->store().insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}}, &e);
        INFO(e.text().toStdString());
        REQUIRE(id);
        ids << *id;
    }
    // Set and then cleared: NULL in the row the server stores.
    REQUIRE(a->store().update(QStringLiteral("hamlets"), ids[1],
                              {{QStringLiteral("kind"), QStringLiteral("x")}}, &e));
    REQUIRE(a->store().update(QStringLiteral("hamlets"), ids[1], {{QStringLiteral("kind"), QVariant()}}, &e));

    auto pushed = syncNow(a->store());
    INFO(pushed.error.toStdString());
    REQUIRE(pushed.ok);
    auto pulled = syncNow(b->store());
    INFO(pulled.error.toStdString());
    REQUIRE(pulled.ok);
    for (int i = 0; i < names.size(); ++i) {
        // As A stored it (the store folds runs of white space in a name).
        const QString stored =
            a->store().get(QStringLiteral("hamlets"), ids[i])->value(QStringLiteral("name")).toString();
        CHECK(stored.simplified() == names[i].simplified());
        auto row = b->store().get(QStringLiteral("hamlets"), ids[i]);
        REQUIRE(row);
        CHECK(row->value(QStringLiteral("name")).toString() == stored);
    }
    CHECK(b->store().get(QStringLiteral("hamlets"), ids[1])->value(QStringLiteral("kind")).isNull());
}

namespace {

// A device enrolled directly on the server store, with the id given.
sync::DeviceInfo enrolledAs(ServerFixture& server, const QString& deviceId)
{
    return server.enrolled(deviceId).info;
}

// One new hamlet written by `device`, as its first change.
sync::PushBatch oneHamlet(const sync::DeviceInfo& device)
{
    sync::Change c;
    c.seq = 1;
    c.entity = QStringLiteral("hamlets");
    c.rowId = uuid::v7();
    c.op = QStringLiteral("insert");
    c.fields = {{QStringLiteral("commune_id"), device.communeId},
                {QStringLiteral("name"), QStringLiteral("Ấp 1")},
                {QStringLiteral("kind"), QStringLiteral("ap")},
                {QStringLiteral("code"), QStringLiteral("A1")},
                {QStringLiteral("deleted"), 0}};
    c.hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
    c.deviceId = device.id;
    sync::PushBatch b;
    b.deviceId = device.id;
    b.fromSeq = b.toSeq = 1;
    b.batchId = device.id + QStringLiteral(":1-1");
    b.changes = {c};
    return b;
}

} // namespace

TEST_CASE("a pull skips only the asking device's own rows, even when its id is a field name or part of "
          "another device's",
          "[sync][pgbulk]")
{
    ServerFixture server;
    const sync::DeviceInfo writer = enrolledAs(server, QStringLiteral("kind-1"));
    // "kind" is a field of the row and a prefix of the writer's id; "1" is in its hlc and seq.
    for (const QString& readerId : {QStringLiteral("kind"), QStringLiteral("1"), QStringLiteral("ind-1")}) {
        INFO(readerId.toStdString());
        const sync::DeviceInfo reader = enrolledAs(server, readerId);
        if (readerId == QLatin1String("kind"))
            REQUIRE_FALSE(server.store().push(writer, oneHamlet(writer), 0).error);
        const auto page = server.store().pull(reader, {}, 500, sync::kProtocolVersion);
        REQUIRE_FALSE(page.error);
        CHECK(page.body.value(QStringLiteral("changes")).toArray().size() == 1);
    }
    const auto own = server.store().pull(writer, {}, 500, sync::kProtocolVersion);
    REQUIRE_FALSE(own.error);
    CHECK(own.body.value(QStringLiteral("changes")).toArray().isEmpty());
}

TEST_CASE("enrolment refuses a device id that could not be told apart in the versions text", "[sync][pgbulk]")
{
    ServerFixture server;
    for (const QString& bad : {QStringLiteral("a,b"), QStringLiteral("a;b"), QStringLiteral("a:b"), QStringLiteral("a b"),
                               QStringLiteral("{\"a\"}"), QString(), QString(65, QLatin1Char('x'))}) {
        INFO("'" << bad.toStdString() << "'");
        const auto o = server.store().enroll(server.code(), bad, QStringLiteral("raw"));
        REQUIRE(o.error);
        CHECK(*o.error == sync::ErrorCode::BadRequest);
        CHECK(o.message.contains(QLatin1String("device_id")));
    }
    CHECK_FALSE(server.store().enroll(server.code(), QStringLiteral("Laptop_2.xa-01"), QStringLiteral("raw")).error);
    CHECK_FALSE(server.store().enroll(server.code(), uuid::v7(), QStringLiteral("raw")).error);
}

namespace {

using TokenDevice = ServerFixture::EnrolledDevice;

sync::PushBatch batchOf(const TokenDevice& d, QVector<sync::Change> changes)
{
    sync::PushBatch b;
    b.deviceId = d.info.id;
    b.fromSeq = changes.first().seq;
    b.toSeq = changes.last().seq;
    b.batchId = d.info.id + QStringLiteral(":%1-%2").arg(b.fromSeq).arg(b.toSeq);
    b.changes = std::move(changes);
    return b;
}

RawReply pushOverHttp(ServerFixture& server, const TokenDevice& d, const sync::PushBatch& b)
{
    return rawPost(server.api(QStringLiteral("push")), sync::compress(b.toJsonBytes()), protocolHeaders(d.token));
}

} // namespace

TEST_CASE("a text value holding U+0000 is quarantined with its field named, even where it would be a conflict, "
          "and the device's sync goes on",
          "[sync][pgbulk]")
{
    ServerFixture server;
    const TokenDevice a = server.enrolled(QStringLiteral("dev-a"));
    const TokenDevice b = server.enrolled(QStringLiteral("dev-b"));
    const sync::PushBatch first = oneHamlet(a.info);
    REQUIRE_FALSE(server.store().push(a.info, first, 0).error);

    // B renamed A's hamlet concurrently (an older clock: a conflict A wins),
    // with a NUL in the name; PostgreSQL text cannot hold it.
    sync::Change rename = first.changes[0];
    rename.seq = 1;
    rename.op = QStringLiteral("update");
    rename.fields = {{QStringLiteral("name"), QString(QStringLiteral("Ấp") + QChar(0) + QStringLiteral("Một"))}};
    rename.hlc = first.changes[0].hlc - 1000;
    rename.deviceId = b.info.id;
    sync::Change other = oneHamlet(b.info).changes[0];
    other.seq = 2;
    const RawReply r = pushOverHttp(server, b, batchOf(b, {rename, other}));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QStringLiteral("applied")).toInteger() == 1);
    CHECK(r.json.value(QStringLiteral("acked_seq")).toInteger() == 2);
    const QJsonArray quarantined = r.json.value(QStringLiteral("quarantined")).toArray();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].toObject().value(QStringLiteral("seq")).toInteger() == 1);
    CHECK(quarantined[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("name"));
    CHECK(quarantined[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("U+0000")));
    CHECK(r.json.value(QStringLiteral("conflicts")).toArray().isEmpty());

    // A's row keeps its name; B's other hamlet arrived; B's next batch is taken.
    const auto page = server.store().pull(a.info, {}, 500, sync::kProtocolVersion);
    REQUIRE_FALSE(page.error);
    const QJsonArray changes = page.body.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].toObject().value(QStringLiteral("row_id")).toString() == other.rowId);
    sync::Change later = oneHamlet(b.info).changes[0];
    later.seq = 3;
    const RawReply next = pushOverHttp(server, b, batchOf(b, {later}));
    INFO(next.body.toStdString());
    CHECK(next.status == 200);
    CHECK(next.json.value(QStringLiteral("applied")).toInteger() == 1);
}

TEST_CASE("a batch whose id, entity, row id or field name holds U+0000 is refused whole and stores nothing",
          "[sync][pgbulk]")
{
    ServerFixture server;
    const TokenDevice d = server.enrolled(QStringLiteral("dev-n"));
    const QString nul = QStringLiteral("a") + QChar(0);
    for (int part = 0; part < 4; ++part) {
        INFO("part " << part);
        sync::Change c = oneHamlet(d.info).changes[0];
        if (part == 1)
            c.entity = QStringLiteral("hamlets") + QChar(0);
        if (part == 2)
            c.rowId += QChar(0);
        if (part == 3)
            c.fields.insert(nul, QStringLiteral("x"));
        sync::PushBatch b = batchOf(d, {c});
        if (part == 0)
            b.batchId += QChar(0);
        const RawReply r = pushOverHttp(server, d, b);
        INFO(r.body.toStdString());
        CHECK(r.status == 400);
        CHECK(r.code() == QStringLiteral("bad_batch"));
        CHECK(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
            QStringLiteral("U+0000")));
    }
    CHECK(server.store().pull(d.info, {}, 500, sync::kProtocolVersion).body.value(QStringLiteral("changes")).toArray().isEmpty());
    // Nothing moved the device's high-water mark: its first batch is still seq 1.
    const RawReply good = pushOverHttp(server, d, batchOf(d, {oneHamlet(d.info).changes[0]}));
    INFO(good.body.toStdString());
    CHECK(good.status == 200);
    CHECK(good.json.value(QStringLiteral("acked_seq")).toInteger() == 1);
}

TEST_CASE("a push racing another commune's insert of the same row id is refused as a retry would be, not 503",
          "[sync][pgbulk]")
{
    if (!onPostgres())
        return; // SQLite has one writer: the push's lookup sees every committed row
    ServerFixture server;
    const sync::DeviceInfo b = server.enrolled(QStringLiteral("dev-b"), ServerFixture::communeB).info;
    sync::PushBatch batch = oneHamlet(b); // a row of B's own first, then the contested id
    sync::Change contested = batch.changes.first();
    contested.seq = 2;
    contested.rowId = uuid::v7();
    batch.changes << contested;
    batch.toSeq = 2;
    batch.batchId = b.id + QStringLiteral(":1-2");

    // Commune A's push, by hand: its row inserted, not yet committed when
    // B's push looks the id up, committed once B's insert waits for it.
    const QString communeA = server.communeId(ServerFixture::communeA);
    std::atomic<bool> inserted{false}, sawWaiter{false};
    QString otherError; // Catch's assertions are for the test's thread: read after join
    std::thread other([&] {
        PgConnection pg;
        QSqlDatabase db = pg.db();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sync_rows (entity, row_id, commune_id, data, versions, server_seq) "
                                 "VALUES ('hamlets', ?, ?, '{\"name\":\"Ấp A\",\"deleted\":0}', '1,dev-a,1:*', 1)"));
        q.addBindValue(contested.rowId);
        q.addBindValue(communeA);
        if (!db.transaction() || !q.exec())
            otherError = q.lastError().text();
        inserted = true;
        for (int i = 0; i < 200 && !sawWaiter && otherError.isEmpty(); ++i) {
            QSqlQuery locks(db);
            if (locks.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) && locks.next())
                sawWaiter = locks.value(0).toInt() > 0;
            if (!sawWaiter)
                QThread::msleep(50);
        }
        if (!db.commit() && otherError.isEmpty())
            otherError = db.lastError().text();
    });
    while (!inserted)
        QThread::msleep(5);
    const sync::ServerOutcome raced = server.store().push(b, batch, 0);
    other.join();
    INFO(otherError.toStdString());
    REQUIRE(otherError.isEmpty());
    REQUIRE(sawWaiter); // B's insert did wait for A's row: the race, not the lookup

    INFO(raced.message.toStdString());
    REQUIRE(raced.error);
    CHECK(*raced.error == sync::ErrorCode::Forbidden);
    CHECK(raced.body.value(QStringLiteral("seq")).toInteger() == 2);
    // Nothing of B's batch was stored: its own row, its high-water mark.
    QSqlQuery q(server.store().db());
    q.prepare(QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = ?"));
    q.addBindValue(batch.changes.first().rowId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    CHECK(server.store().devices(QString::fromLatin1(ServerFixture::communeB)).first().highWater == 0);

    // The retry's answer is the same.
    const sync::ServerOutcome retried = server.store().push(b, batch, 0);
    REQUIRE(retried.error);
    CHECK(*retried.error == *raced.error);
    CHECK(retried.message == raced.message);
    CHECK(retried.body == raced.body);
}

TEST_CASE("the server commits durably on PostgreSQL even where the database's default says otherwise",
          "[sync][pgbulk]")
{
    if (!onPostgres())
        return; // SQLite: PRAGMA synchronous=FULL, checked with the store's other pragmas
    PgConnection admin;
    QSqlQuery q(admin.db());
    REQUIRE(q.exec(QStringLiteral("SELECT current_database()")));
    REQUIRE(q.next());
    const QString database = q.value(0).toString();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("ALTER DATABASE \"%1\" SET synchronous_commit = off").arg(database)));
    QString shown;
    {
        ServerFixture server; // its connections open after the change of default
        QSqlQuery show(server.store().db());
        REQUIRE(show.exec(QStringLiteral("SHOW synchronous_commit")));
        REQUIRE(show.next());
        shown = show.value(0).toString();
    }
    REQUIRE(q.exec(QStringLiteral("ALTER DATABASE \"%1\" RESET synchronous_commit").arg(database)));
    CHECK(shown == QStringLiteral("on"));
}
