// The pull page reader (sync/protocol/PullPage) and what the applier does
// with a page it refuses: a clear error, nothing written, the cursor kept.
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/client/PullApplier.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"
#include "sync/protocol/PullPage.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

const QByteArray kGoodPage =
    R"({"changes":[{"commune_id":"c1","device_id":"dev-a","entity":"hamlets","fields":{"code":"T01","deleted":0,)"
    R"("kind":"th\u00f4n","name":"Th\u00f4n \"1\"\n\ud83d\ude00 ố","x_real":-1.5e2,"x_true":true,"x_null":null},)"
    R"("hlc":"7345283748237498368","row_id":"r1","op":"ignored"}],)"
    R"("conflicts":[{"id":"k1","entity":"hamlets","row_id":"r1","field":"name","kept_value":"a","kept_hlc":"5",)"
    R"("kept_device":"d1","lost_value":"b","lost_hlc":4,"lost_device":"d2","detected_at":1700000000000}],)"
    R"("cursor":"c:1/r:0","more":true,"newer_member":{"nested":[1,2,{"a":null}]}})";

QString refusal(const QByteArray& body)
{
    QString error;
    const auto page = sync::PullPage::parse(body, &error);
    return page ? QString() : error;
}

} // namespace

TEST_CASE("a pull page is read with its values, escapes and conflicts and unknown members are ignored", "[sync]")
{
    QString error;
    const auto page = sync::PullPage::parse(kGoodPage, &error);
    INFO(error.toStdString());
    REQUIRE(page);
    CHECK(page->cursor == QStringLiteral("c:1/r:0"));
    CHECK(page->more);
    REQUIRE(page->changes.size() == 1);
    const sync::PulledChange& c = page->changes[0];
    CHECK(c.entity == "hamlets");
    CHECK(c.rowId == "r1");
    CHECK(c.deviceId == "dev-a");
    CHECK(c.hlc == 7345283748237498368LL);
    REQUIRE(c.fieldCount == 7);
    const sync::PulledField* f = page->fieldsOf(c);
    CHECK(f[0].name == "code");
    CHECK(f[1].value.kind == sync::PulledValue::Kind::Integer);
    CHECK(f[2].value.text == QStringLiteral("thôn").toUtf8());
    CHECK(f[3].value.text == QStringLiteral("Thôn \"1\"\n\U0001F600 ố").toUtf8());
    CHECK(f[4].value.kind == sync::PulledValue::Kind::Real);
    CHECK(f[4].value.real == -150.0);
    CHECK((f[5].value.kind == sync::PulledValue::Kind::Bool && f[5].value.boolean));
    CHECK(f[6].value.kind == sync::PulledValue::Kind::Null);
    REQUIRE(page->conflicts.size() == 1);
    CHECK(page->conflicts[0].keptHlc == 5);
    CHECK(page->conflicts[0].lostHlc == 4);
    CHECK(page->conflicts[0].lostDevice == QStringLiteral("d2"));
    CHECK(page->conflicts[0].detectedAt == 1700000000000LL);
}

TEST_CASE("an object or array in a field this client does not know is skipped, as from a newer server", "[sync]")
{
    ServerFixture server;
    auto device = server.device();
    Store& store = device->store();
    const QString id = uuid::v7();
    QString error;
    const auto page = sync::PullPage::parse(
        R"({"changes":[{"entity":"hamlets","row_id":")" + id.toUtf8() +
            R"(","hlc":"5","device_id":"d","fields":{"code":"T7","name":"Th\u00f4n 7","kind":"thon","deleted":0,)"
            R"("x_newer":{"a":[1,{"b":null}]},"x_list":[]}}],"conflicts":[],"cursor":"after","more":false})",
        &error);
    INFO(error.toStdString());
    REQUIRE(page);
    REQUIRE(page->changes.size() == 1);
    const sync::ApplyResult applied = sync::PullApplier(store).apply(*page);
    INFO(applied.error.toStdString());
    REQUIRE(applied.ok);
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM hamlets WHERE id = '%1'").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Thôn 7"));
}

TEST_CASE("a pull page cut at any byte is refused", "[sync]")
{
    REQUIRE(refusal(kGoodPage).isEmpty());
    for (qsizetype n = 0; n < kGoodPage.size(); ++n) {
        INFO("cut at " << n);
        CHECK_FALSE(refusal(kGoodPage.left(n)).isEmpty());
    }
}

TEST_CASE("malformed pull pages are refused with an error naming the place and the reason", "[sync]")
{
    auto page = [](const QByteArray& change, const QByteArray& rest = R"("cursor":"c","more":false)") -> QByteArray {
        return QByteArray(R"({"changes":[)") + change + R"(],"conflicts":[],)" + rest + "}";
    };
    auto change = [](const QByteArray& fields, const QByteArray& extra = {}) -> QByteArray {
        return QByteArray(R"({"entity":"hamlets","row_id":"r1","hlc":"5","device_id":"d",)") + extra +
               R"("fields":)" + fields + "}";
    };
    REQUIRE(refusal(page(change(R"({"name":"a"})"))).isEmpty());
    const struct
    {
        QByteArray body;
        const char* expected;
    } cases[] = {
        {"", "the answer is empty"},
        {"[]", "must be an object"},
        {page(change(R"({"name":"a"})")) + "x", "text after the page"},
        // wrong types
        {R"({"changes":{},"conflicts":[],"cursor":"c","more":false})", "changes: must be an array"},
        {page(R"({"entity":5,"row_id":"r1","hlc":"5","device_id":"d","fields":{}})"), "changes[0].entity: must be a string"},
        {page(change("[]")), "changes[0].fields: must be an object"},
        {page(R"({"entity":"hamlets","row_id":"r1","hlc":"x5","device_id":"d","fields":{}})"), "changes[0].hlc: must be a hybrid"},
        {page(change("{}"), R"("cursor":"c","more":"yes")"), "more: must be true or false"},
        {page(change("{}"), R"("cursor":7,"more":false)"), "cursor: must be a string"},
        // missing members
        {page(change("{}"), R"("more":false)"), "the page has no \"cursor\""},
        {page(R"({"entity":"hamlets","hlc":"5","device_id":"d","fields":{}})"), "changes[0]: the change has no \"row_id\""},
        {R"({"changes":[],"cursor":"c","more":false})", "the page has no \"conflicts\""},
        {R"({"changes":[],"conflicts":[{"id":"k"}],"cursor":"c","more":false})", "conflicts[0]: the conflict has no \"entity\""},
        // repeated names, sorted or not
        {page(change("{}"), R"("cursor":"c","more":false,"cursor":"d")"), "member \"cursor\" is given twice"},
        {page(change(R"({"name":"a","code":"b","name":"c"})")), "changes[0].fields: member \"name\" is given twice"},
        {page(change(R"({"code":"a","name":"b","name":"c"})")), "member \"name\" is given twice"},
        {page(change("{}", R"("row_id":"r2",)")), "member \"row_id\" is given twice"},
        // invalid UTF-8: a bad continuation, an overlong form, a surrogate, a cut sequence
        {page(change("{\"name\":\"a\xC3\x28\"}")), "changes[0].fields.name: invalid UTF-8"},
        {page(change("{\"name\":\"\xC0\xAF\"}")), "invalid UTF-8"},
        {page(change("{\"name\":\"\xED\xA0\x80\"}")), "invalid UTF-8"},
        {page(change("{\"name\":\"x\\n\xE1\x88\"}")), "invalid UTF-8"},
        {page(change("{\"na\xFFme\":1}")), "invalid UTF-8"},
        // numbers
        {page(change(R"({"x":1e400})")), "changes[0].fields.x: number out of range"},
        {page(change(R"({"x":-1e999})")), "number out of range"},
        {page(change(R"({"x":01})")), "expected ',' or '}'"},
        {page(change(R"({"x":1.})")), "invalid number"},
        {page(change(R"({"x":+1})")), "not a JSON value"},
        // strings
        {page(change("{\"name\":\"a\tb\"}")), "control character in a string"},
        {page(change(R"({"name":"\x41"})")), "invalid escape"},
        {page(change(R"({"name":"\u12G4"})")), "invalid \\u escape"},
        {page(change(R"({"name":tru})")), "not a JSON value"},
    };
    for (const auto& c : cases) {
        INFO(c.body.toStdString());
        const QString error = refusal(c.body);
        INFO(error.toStdString());
        CHECK(error.contains(QLatin1String(c.expected)));
        CHECK(error.contains(QLatin1String("(at byte ")));
    }
}

TEST_CASE("a page with a value of the wrong type is refused whole: no row lands, the cursor stays", "[sync]")
{
    ServerFixture server;
    auto device = server.device();
    Store& store = device->store();
    REQUIRE(store.setMeta(QString::fromLatin1(sync::state::cursor), QStringLiteral("before")));
    const QString first = uuid::v7(), second = uuid::v7();
    auto hamlet = [](const QString& id, const QByteArray& code) -> QByteArray {
        return R"({"entity":"hamlets","row_id":")" + id.toUtf8() + R"(","hlc":"5","device_id":"d","fields":{"code":")" +
               code + R"(","deleted":0,"kind":"thon","name":"Thôn 9"}})";
    };
    auto apply = [&](const QByteArray& secondChange) {
        QString error;
        const auto page = sync::PullPage::parse(R"({"changes":[)" + hamlet(first, "T9") + ',' + secondChange +
                                                    R"(],"conflicts":[],"cursor":"after","more":false})",
                                                &error);
        INFO(error.toStdString());
        REQUIRE(page);
        return sync::PullApplier(store).apply(*page);
    };
    auto rows = [&] {
        QSqlQuery q(store.db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM hamlets")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int before = rows();

    struct Bad
    {
        QByteArray change;
        const char* expected;
    };
    const Bad bad[] = {
        {R"({"entity":"hamlets","row_id":")" + second.toUtf8() +
             R"(","hlc":"5","device_id":"d","fields":{"code":"T8","name":12,"kind":"thon"}})",
         "name must be text"},
        {R"({"entity":"hamlets","row_id":")" + second.toUtf8() +
             R"(","hlc":"5","device_id":"d","fields":{"code":"T8","name":"N","kind":"thon","deleted":"yes"}})",
         "deleted must be 0 or 1"},
        {R"({"entity":"households","row_id":")" + second.toUtf8() +
             R"(","hlc":"5","device_id":"d","fields":{"poor":99999999999999999999}})",
         "poor must be a whole number"},
        {R"({"entity":"households","row_id":")" + second.toUtf8() +
             R"(","hlc":"5","device_id":"d","fields":{"poor":0.5}})",
         "poor must be a whole number"},
        {R"({"entity":"hamlets","row_id":")" + second.toUtf8() +
             R"(","hlc":"5","device_id":"d","fields":{"code":"T8","name":{"a":1},"kind":"thon"}})",
         "name must be a single value"},
    };
    for (const Bad& b : bad) {
        INFO(b.change.toStdString());
        const sync::ApplyResult applied = apply(b.change);
        INFO(applied.error.toStdString());
        CHECK_FALSE(applied.ok);
        CHECK(applied.error.contains(second));
        CHECK(applied.error.contains(QLatin1String(b.expected)));
        CHECK(rows() == before); // the first, valid row of the page did not land either
        CHECK(store.meta(QString::fromLatin1(sync::state::cursor)) == QStringLiteral("before"));
    }
    // The same page with a valid second row lands whole, with its cursor.
    const sync::ApplyResult applied = apply(hamlet(second, "T8"));
    INFO(applied.error.toStdString());
    REQUIRE(applied.ok);
    CHECK(applied.applied == 2);
    CHECK(rows() == before + 2);
    CHECK(store.meta(QString::fromLatin1(sync::state::cursor)) == QStringLiteral("after"));
}

// Qt's parser, which the server reads pushes with, lets through text JSON
// does not allow; a new row may be stored as received. Whatever the server
// accepts must reach the commune's other devices, whose pull reader is
// strict: one row it refused would stop their pulls for good.
TEST_CASE("every value the server accepts on push reaches the commune's other devices", "[sync]")
{
    struct Probe
    {
        const char* entity;
        QByteArray from, to;
    };
    const Probe probes[] = {
        {"hamlets", "", ""},
        {"hamlets", "\"name\":\"PLACEHOLDER\"", "\"name\":\"A\tB\""},
        {"hamlets", "\"name\":\"PLACEHOLDER\"", "\"name\":\"A\\xB\""},
        {"hamlets", "\"name\":\"PLACEHOLDER\"", "\"name\":\"A\\'B\""},
        {"hamlets", "\"name\":\"PLACEHOLDER\"", "\"name\":\"A\\ud800B\""},
        {"hamlets", "\"name\":\"PLACEHOLDER\"", "\"name\":\"A\\u0000B\""},
        {"hamlets", "\"deleted\":0", "\"deleted\":0.5"},
        {"hamlets", "\"deleted\":0", "\"deleted\":1e300"},
        {"hamlets", "\"deleted\":0", "\"deleted\":1."},
        {"hamlets", "\"deleted\":0", "\"deleted\":.5"},
        {"hamlets", "\"deleted\":0", "\"deleted\":-.5"},
        {"hamlets", "\"deleted\":0", "\"deleted\":1.e0"},
        {"hamlets", "\"deleted\":0", "\"deleted\":-0"},
        {"hamlets", "\"deleted\":0", "\"deleted\":1E0"},
        {"residents", "\"birth_year\":1990", "\"birth_year\":9.21e18"},
        {"residents", "\"birth_year\":1990", "\"birth_year\":1.99e3"},
    };
    ServerFixture server;
    const QString communeId = server.communeId(ServerFixture::communeA);
    const QString pusher = uuid::v7();
    auto enrolled = server.store().enroll(server.code(), pusher, QStringLiteral("raw"));
    REQUIRE_FALSE(enrolled.error);
    const QString token = enrolled.body.value(QStringLiteral("token")).toString();
    qint64 seq = 0;
    qint64 applied = 0;
    for (const Probe& probe : probes) {
        INFO(probe.to.toStdString());
        sync::Change c;
        c.seq = ++seq;
        c.entity = QString::fromLatin1(probe.entity);
        c.rowId = uuid::v7();
        c.op = QStringLiteral("insert");
        if (c.entity == QLatin1String("hamlets"))
            c.fields = {{QStringLiteral("commune_id"), communeId},
                        {QStringLiteral("name"), QStringLiteral("PLACEHOLDER")},
                        {QStringLiteral("deleted"), 0}};
        else
            c.fields = {{QStringLiteral("commune_id"), communeId},
                        {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn A")},
                        {QStringLiteral("birth_year"), 1990},
                        {QStringLiteral("deleted"), 0}};
        c.hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
        c.deviceId = pusher;
        sync::PushBatch b;
        b.deviceId = pusher;
        b.fromSeq = b.toSeq = seq;
        b.batchId = pusher + QStringLiteral(":%1").arg(seq);
        b.changes = {c};
        // The edited bytes are what the checksum covers, as a device would send them.
        const QByteArray body = editedPushBody(b.toJsonBytes(), [&](QByteArray& bytes) {
            if (!probe.from.isEmpty()) {
                REQUIRE(bytes.count(probe.from) == 1);
                bytes.replace(probe.from, probe.to);
            }
        });
        const RawReply r = rawPost(server.api(QStringLiteral("push")), sync::compress(body), protocolHeaders(token));
        REQUIRE(r.status == 200);
        applied += r.json.value(QStringLiteral("applied")).toInteger();
    }
    CHECK(applied >= 10); // most probes are valid JSON values Qt and the store take

    auto device = server.device();
    for (int round = 0; round < 2; ++round) {
        const sync::SyncReport report = syncNow(device->store());
        INFO(report.error.toStdString());
        REQUIRE(report.ok);
    }
    QSqlQuery q(device->store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM hamlets) + (SELECT count(*) FROM residents)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == applied);
}
