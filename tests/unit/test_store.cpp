#include "SqlQueries.h"
#include "TempStore.h"

#include "core/store/ChangeLogReader.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/Hlc.h"
#include "core/store/Migrations.h"
#include "core/store/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::queryNumber;
using hocvuso::test::TempStore;

namespace {
QString addHamlet(Store& s, const QString& name = QStringLiteral("Thôn Đông"))
{
    StoreError e;
    auto id = s.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}}, &e);
    REQUIRE(id);
    return *id;
}
} // namespace

TEST_CASE("store opens with durable pragmas and the current schema", "[store]")
{
    TempStore t;
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(queryNumber(t.store(), QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(queryNumber(t.store(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(Migrations::versionOf(t->db()) == Migrations::currentVersion);
    CHECK(!t->deviceId().isEmpty());
    CHECK(!t->communeId().isEmpty());
}

TEST_CASE("every entity in the catalogue matches its table", "[store]")
{
    TempStore t;
    for (const EntityDef& e : EntityCatalog::all()) {
        QStringList logged = ChangeLogTriggers::loggedColumns(t->db(), e.table);
        logged.removeAll(QStringLiteral("commune_id"));
        logged.removeAll(QStringLiteral("deleted"));
        INFO(e.table.toStdString());
        CHECK(logged == e.columnNames());
    }
}

TEST_CASE("a write and its change-log entry commit together", "[store][changelog]")
{
    TempStore t;
    const qint64 before = t->changeLogCount();
    const QString hamlet = addHamlet(t.store());
    CHECK(t->changeLogCount() == before + 1);

    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT entity, row_id, op, fields FROM change_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("hamlets"));
    CHECK(q.value(1).toString() == hamlet);
    CHECK(q.value(2).toString() == QStringLiteral("insert"));
    // An insert is logged without a copy of the row; the outbox reader adds it.
    CHECK(q.value(3).toString() == ChangeLogTriggers::wholeRow());
    QString readError;
    const auto pushed = ChangeLogReader(t->db()).read(t->changeLogCount() - 1, 0, &readError);
    REQUIRE(pushed);
    REQUIRE(pushed->size() == 1);
    CHECK(pushed->first().rowId == hamlet);
    CHECK(pushed->first().fields.value(QStringLiteral("name")).toString() == QStringLiteral("Thôn Đông"));

    SECTION("an update logs only the fields that changed")
    {
        StoreError e;
        REQUIRE(t->update(QStringLiteral("hamlets"), hamlet,
                          {{QStringLiteral("name"), QStringLiteral("Thôn Tây")}, {QStringLiteral("kind"), QVariant()}},
                          &e));
        REQUIRE(q.exec(QStringLiteral("SELECT op, fields FROM change_log ORDER BY seq DESC LIMIT 1")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("update"));
        CHECK(QJsonDocument::fromJson(q.value(1).toByteArray()).object() ==
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Thôn Tây")}});
    }
    SECTION("an update that changes nothing logs nothing")
    {
        StoreError e;
        const qint64 n = t->changeLogCount();
        REQUIRE(t->update(QStringLiteral("hamlets"), hamlet, {{QStringLiteral("name"), QStringLiteral("Thôn Đông")}}, &e));
        CHECK(t->changeLogCount() == n);
    }
    SECTION("a failed write logs nothing")
    {
        StoreError e;
        const qint64 n = t->changeLogCount();
        // A household in a hamlet that does not exist: the deferred foreign key fails at commit.
        auto id = t->insert(QStringLiteral("households"),
                            {{QStringLiteral("hamlet_id"), QStringLiteral("no-such-hamlet")},
                             {QStringLiteral("code"), QStringLiteral("H1")}},
                            &e);
        CHECK_FALSE(id);
        CHECK(t->changeLogCount() == n);
        CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM households")) == 0);
    }
    SECTION("a rolled-back transaction takes its log entries with it")
    {
        const qint64 n = t->changeLogCount();
        REQUIRE(t->begin());
        addHamlet(t.store(), QStringLiteral("Thôn Bắc"));
        addHamlet(t.store(), QStringLiteral("Thôn Nam"));
        t->rollback();
        CHECK(t->changeLogCount() == n);
        CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM hamlets")) == 1);
    }
}

TEST_CASE("no SQL path can skip the change log", "[store][changelog]")
{
    TempStore t;
    const QString hamlet = addHamlet(t.store());
    QSqlQuery q(t->db());
    SECTION("a hard DELETE is refused")
    {
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM hamlets")));
        CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM hamlets")) == 1);
    }
    SECTION("an UPDATE without a newer HLC is refused")
    {
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE hamlets SET name = 'x'")));
        CHECK(t->get(QStringLiteral("hamlets"), hamlet)->value(QStringLiteral("name")).toString() ==
              QStringLiteral("Thôn Đông"));
    }
    SECTION("a raw INSERT is still logged")
    {
        const qint64 n = t->changeLogCount();
        REQUIRE(q.exec(QStringLiteral("INSERT INTO hamlets (id, commune_id, updated_hlc, device_id, name) "
                                      "VALUES ('raw', 'c', 1, 'd', 'Raw')")));
        CHECK(t->changeLogCount() == n + 1);
    }
}

TEST_CASE("deletes are tombstones that can be restored", "[store]")
{
    TempStore t;
    const QString hamlet = addHamlet(t.store());
    StoreError e;
    REQUIRE(t->remove(QStringLiteral("hamlets"), hamlet, &e));
    CHECK_FALSE(t->get(QStringLiteral("hamlets"), hamlet));
    CHECK(t->get(QStringLiteral("hamlets"), hamlet, true)->value(QStringLiteral("deleted")).toInt() == 1);
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT op FROM change_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("delete"));
    REQUIRE(t->restore(QStringLiteral("hamlets"), hamlet, &e));
    CHECK(t->get(QStringLiteral("hamlets"), hamlet));
}

TEST_CASE("natural keys give deterministic ids and no duplicates", "[store]")
{
    TempStore t;
    StoreError e;
    const QString hamlet = addHamlet(t.store());
    auto resident = t->insert(QStringLiteral("residents"),
                              {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn An")},
                               {QStringLiteral("hamlet_id"), hamlet}},
                              &e);
    REQUIRE(resident);
    auto klass = t->insert(QStringLiteral("classes"), {{QStringLiteral("title"), QStringLiteral("VNeID")}}, &e);
    REQUIRE(klass);
    const QVariantMap mark = {{QStringLiteral("class_id"), *klass}, {QStringLiteral("resident_id"), *resident}};
    auto first = t->insert(QStringLiteral("attendance"), mark, &e);
    auto second = t->insert(QStringLiteral("attendance"), mark, &e);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == *second);
    CHECK(*first == uuid::v5(QStringLiteral("attendance"), {*klass, *resident}));
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM attendance")) == 1);
}

TEST_CASE("text is stored NFC and unknown fields are refused", "[store]")
{
    TempStore t;
    StoreError e;
    const QString nfd = QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
    auto id = t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), nfd}}, &e);
    REQUIRE(id);
    CHECK(t->get(QStringLiteral("residents"), *id)->value(QStringLiteral("full_name")).toString() ==
          QStringLiteral("Nguyễn Văn An"));
    CHECK_FALSE(t->insert(QStringLiteral("residents"), {{QStringLiteral("nickname"), QStringLiteral("x")}}, &e));
    CHECK(e.field == QStringLiteral("nickname"));
}

TEST_CASE("a text holding U+0000 is refused with its field named and nothing is written", "[store]")
{
    TempStore t;
    const QString id = addHamlet(t.store());
    const qint64 logBefore = t->changeLogCount();
    StoreError e;
    const QString nul = QStringLiteral("Nguyễn") + QChar(0) + QStringLiteral("Văn An");
    CHECK_FALSE(t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), nul}}, &e));
    CHECK(e.entity == QStringLiteral("residents"));
    CHECK(e.field == QStringLiteral("full_name"));
    CHECK(e.message.contains(QStringLiteral("U+0000")));
    e = {};
    CHECK_FALSE(t->update(QStringLiteral("hamlets"), id, {{QStringLiteral("name"), nul}}, &e));
    CHECK(e.field == QStringLiteral("name"));
    CHECK(t->get(QStringLiteral("hamlets"), id)->value(QStringLiteral("name")).toString() == QStringLiteral("Thôn Đông"));
    e = {}; // a date given as text too (the server would quarantine it)
    CHECK_FALSE(t->insert(QStringLiteral("residents"),
                          {{QStringLiteral("full_name"), QStringLiteral("Trần Thị B")},
                           {QStringLiteral("birth_date"), QString(QStringLiteral("1990-01-20") + QChar(0))}},
                          &e));
    CHECK(e.field == QStringLiteral("birth_date"));
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(t->changeLogCount() == logBefore);
}

TEST_CASE("a text longer than a field holds is refused with its field named and nothing is written", "[store]")
{
    TempStore t;
    const QString id = addHamlet(t.store());
    const qint64 logBefore = t->changeLogCount();
    StoreError e;
    const QString longest(kMaxTextLength, QLatin1Char('a'));
    const QString tooLong = longest + QLatin1Char('a');
    CHECK_FALSE(t->insert(QStringLiteral("residents"),
                          {{QStringLiteral("full_name"), QStringLiteral("Trần Thị B")}, {QStringLiteral("notes"), tooLong}}, &e));
    CHECK(e.entity == QStringLiteral("residents"));
    CHECK(e.field == QStringLiteral("notes"));
    CHECK(e.message == QStringLiteral("is 20001 characters long: a field holds at most 20000"));
    e = {};
    CHECK_FALSE(t->update(QStringLiteral("hamlets"), id, {{QStringLiteral("name"), tooLong}}, &e));
    CHECK(e.field == QStringLiteral("name"));
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(t->changeLogCount() == logBefore);
    // The longest text a field holds is written.
    CHECK(t->insert(QStringLiteral("residents"),
                    {{QStringLiteral("full_name"), QStringLiteral("Trần Thị B")}, {QStringLiteral("notes"), longest}}, &e));
}

TEST_CASE("UUIDv7 ids are time-ordered and well-formed", "[store]")
{
    const QString a = uuid::v7();
    QString b;
    do {
        b = uuid::v7();
    } while (b.left(13) == a.left(13)); // wait for the next millisecond
    CHECK(a < b);
    CHECK(a.at(14) == QLatin1Char('7'));
    CHECK(a.size() == 36);

    SECTION("drawn from a caller's generator: the same form, the same clock")
    {
        QRandomGenerator random = QRandomGenerator::securelySeeded();
        const QString c = uuid::v7(random);
        const QString d = uuid::v7(random);
        for (const QString& id : {c, d}) {
            const QUuid parsed = QUuid::fromString(id);
            CHECK_FALSE(parsed.isNull());
            CHECK(parsed.data3 >> 12 == 7); // QUuid::version() knows versions up to 5 only
            CHECK(parsed.variant() == QUuid::DCE);
            CHECK(parsed.toString(QUuid::WithoutBraces) == id); // lower case, dashes where they belong
        }
        CHECK(c != d);
        CHECK(b.left(8) <= c.left(8)); // the same millisecond clock as v7()
    }
}

TEST_CASE("the hybrid logical clock only moves forward", "[store][hlc]")
{
    qint64 wall = 1'000'000;
    Hlc clock(0, [&] { return wall; });
    const qint64 a = clock.tick();
    const qint64 b = clock.tick();
    CHECK(b > a);
    CHECK(Hlc::millisOf(b) == wall);
    wall -= 500; // the laptop's clock is set back
    const qint64 c = clock.tick();
    CHECK(c > b);
    clock.observe(Hlc::pack(wall + 10'000, 7)); // a peer ahead of us
    CHECK(clock.tick() > Hlc::pack(wall + 10'000, 7));
}

TEST_CASE("the clock survives a restart", "[store][hlc]")
{
    TempStore t;
    addHamlet(t.store());
    const qint64 before = t->clock().last();
    t.reopen();
    CHECK(t->clock().last() >= before);
    CHECK(t->clock().tick() > before);
}

TEST_CASE("an edit of a row written with a clock far ahead still succeeds", "[store][hlc]")
{
    TempStore t;
    const QString hamlet = addHamlet(t.store());
    // As a pulled change from a laptop whose clock runs a day ahead would leave it.
    const qint64 ahead = Hlc::pack(Hlc::millisOf(t->clock().last()) + 86'400'000, 0);
    {
        REQUIRE(t->begin());
        SuppressChangeLog quiet(t->db());
        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("UPDATE hamlets SET updated_hlc = %1, device_id = 'other'").arg(ahead)));
    }
    REQUIRE(t->commit());
    StoreError e;
    CHECK(t->update(QStringLiteral("hamlets"), hamlet, {{QStringLiteral("name"), QStringLiteral("Thôn Mới")}}, &e));
    CHECK(t->get(QStringLiteral("hamlets"), hamlet)->value(QStringLiteral("updated_hlc")).toLongLong() > ahead);
}

TEST_CASE("meta written by another connection is seen at once", "[store]")
{
    TempStore t;
    QString error;
    auto other = Store::open(t.path(), &error);
    REQUIRE(other);
    CHECK(t->meta(QStringLiteral("sync.last_success_at")).isEmpty());
    REQUIRE(other->setMeta(QStringLiteral("sync.last_success_at"), QStringLiteral("2025-10-10T08:00:00Z")));
    CHECK(t->meta(QStringLiteral("sync.last_success_at")) == QStringLiteral("2025-10-10T08:00:00Z"));
}
