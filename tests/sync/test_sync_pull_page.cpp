// The pull page reader (sync/protocol/PullPage) and what the applier does
// with a page it refuses: a clear error, nothing written, the cursor kept.
#include "SyncFixture.h"

#include "core/search/ResidentSearch.h"
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

// Protocol 2: a pulled row without "deleted" is not deleted, and no change
// carries "commune_id" (every row takes the device's own commune).
TEST_CASE("a pulled row without deleted or commune_id lands not deleted, in the device's commune", "[sync]")
{
    ServerFixture server;
    auto device = server.device();
    Store& store = device->store();
    const QString fresh = uuid::v7(), wasDeleted = uuid::v7();
    StoreError e;
    const auto local = store.insert(QStringLiteral("hamlets"), {{QStringLiteral("code"), QStringLiteral("T7")},
                                                                 {QStringLiteral("name"), QStringLiteral("Thôn 7")}},
                                    &e);
    REQUIRE(local);
    REQUIRE(store.remove(QStringLiteral("hamlets"), *local, &e));
    // What the device pushed is acknowledged: nothing of it is pending any more.
    QSqlQuery last(store.db());
    REQUIRE(last.exec(QStringLiteral("SELECT max(seq) FROM change_log")));
    REQUIRE(last.next());
    REQUIRE(store.setMeta(QString::fromLatin1(sync::state::pushedSeq), last.value(0).toString()));
    REQUIRE(store.pendingChanges() == 0);
    auto row = [&](const QString& id) {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT deleted, commune_id, name FROM hamlets WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return std::tuple{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
    };
    REQUIRE(std::get<0>(row(*local)) == 1);

    auto hamlet = [](const QString& id, const QByteArray& fields) -> QByteArray {
        return R"({"entity":"hamlets","row_id":")" + id.toUtf8() + R"(","hlc":"99999999999","device_id":"d","fields":{)" +
               fields + "}}";
    };
    QString error;
    const auto page = sync::PullPage::parse(
        R"({"changes":[)" + hamlet(fresh, R"("code":"T1","kind":"thon","name":"Thôn 1")") + ',' +
            hamlet(*local, R"("code":"T7","kind":"thon","name":"Thôn 7 mới")") + ',' +
            hamlet(wasDeleted, R"("code":"T2","deleted":1,"kind":"thon","name":"Thôn 2")") +
            R"(],"conflicts":[],"cursor":"after","more":false})",
        &error);
    INFO(error.toStdString());
    REQUIRE(page);
    const sync::ApplyResult applied = sync::PullApplier(store).apply(*page);
    INFO(applied.error.toStdString());
    REQUIRE(applied.ok);
    CHECK(applied.applied == 3);
    CHECK(row(fresh) == std::tuple{0, store.communeId(), QStringLiteral("Thôn 1")});
    // Deleted here, restored elsewhere: the row without "deleted" comes back.
    CHECK(row(*local) == std::tuple{0, store.communeId(), QStringLiteral("Thôn 7 mới")});
    // "deleted":1 is still sent and lands.
    CHECK(std::get<0>(row(wasDeleted)) == 1);
    CHECK_FALSE(store.communeId().isEmpty());
}

TEST_CASE("a local tombstone not pushed yet is kept against a pulled row without deleted", "[sync]")
{
    ServerFixture server;
    auto device = server.device();
    Store& store = device->store();
    StoreError e;
    const auto id = store.insert(QStringLiteral("hamlets"), {{QStringLiteral("code"), QStringLiteral("T7")},
                                                              {QStringLiteral("name"), QStringLiteral("Thôn 7")}},
                                 &e);
    REQUIRE(id);
    REQUIRE(store.remove(QStringLiteral("hamlets"), *id, &e)); // pending: not pushed
    QString error;
    const auto page = sync::PullPage::parse(R"({"changes":[{"entity":"hamlets","row_id":")" + id->toUtf8() +
                                                R"(","hlc":"5","device_id":"d","fields":{"name":"Thôn 7"}}],)"
                                                R"("conflicts":[],"cursor":"after","more":false})",
                                            &error);
    REQUIRE(page);
    const sync::ApplyResult applied = sync::PullApplier(store).apply(*page);
    INFO(applied.error.toStdString());
    REQUIRE(applied.ok);
    CHECK(applied.keptPending >= 1);
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT deleted FROM hamlets WHERE id = '%1'").arg(*id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a protocol 2 page leaves out deleted:0 and commune_id, a protocol 1 page keeps deleted", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    StoreError e;
    // A name that holds the member's text (escaped in the stored JSON): never cut.
    const QString trap = QStringLiteral(R"(x","deleted":0,"y)");
    const auto kept = a->store().insert(QStringLiteral("hamlets"),
                                        {{QStringLiteral("code"), QStringLiteral("T1")}, {QStringLiteral("name"), trap}}, &e);
    const auto gone = a->store().insert(QStringLiteral("hamlets"),
                                        {{QStringLiteral("code"), QStringLiteral("T2")}, {QStringLiteral("name"), QStringLiteral("Thôn 2")}},
                                        &e);
    REQUIRE(kept);
    REQUIRE(gone);
    REQUIRE(a->store().remove(QStringLiteral("hamlets"), *gone, &e));
    REQUIRE(syncNow(a->store()).ok);

    const sync::DeviceInfo reader = *server.store().deviceByToken(b->store().meta(QString::fromLatin1(sync::state::token)));
    for (int protocol : {1, 2}) {
        INFO("protocol " << protocol);
        const auto page = server.store().pullPage(reader, {}, 100, protocol);
        REQUIRE_FALSE(page.error);
        INFO(page.rawBody.toStdString());
        CHECK_FALSE(page.rawBody.contains("commune_id"));
        CHECK(page.rawBody.contains(R"("deleted":1)"));
        CHECK(page.rawBody.contains(R"(\"deleted\":0)")); // the name, untouched
        // The commune's row and T1 are not deleted.
        CHECK(page.rawBody.count(R"("deleted":0)") == (protocol == 1 ? 2 : 0));
        QString error;
        const auto parsed = sync::PullPage::parse(page.rawBody, &error);
        INFO(error.toStdString());
        REQUIRE(parsed);
        CHECK(parsed->changes.size() == 3); // the commune's row, T1, T2
    }
    // Device B converges: the name whole, the deleted row deleted.
    const auto pulled = syncNow(b->store());
    INFO(pulled.error.toStdString());
    REQUIRE(pulled.ok);
    QSqlQuery q(b->store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, deleted FROM hamlets WHERE id IN ('%1','%2')").arg(*kept, *gone)));
    int seen = 0;
    while (q.next()) {
        ++seen;
        if (q.value(0).toString() == *kept)
            CHECK((q.value(1).toString() == trap && q.value(2).toInt() == 0));
        else
            CHECK(q.value(2).toInt() == 1);
    }
    CHECK(seen == 2);
}

TEST_CASE("the pull route answers in the form the X-Hocvuso-Protocol header asks for, over HTTP", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    StoreError e;
    REQUIRE(a->store().insert(QStringLiteral("hamlets"),
                              {{QStringLiteral("code"), QStringLiteral("T1")}, {QStringLiteral("name"), QStringLiteral("Thôn Một")}},
                              &e));
    REQUIRE(syncNow(a->store()).ok);
    const QString token = b->store().meta(QString::fromLatin1(sync::state::token));
    auto pull = [&](const QByteArray& protocol) {
        QList<QPair<QByteArray, QByteArray>> headers = protocolHeaders(token);
        headers.removeIf([](const auto& h) { return h.first == "X-Hocvuso-Protocol" || h.first == "Content-Encoding"; });
        if (!protocol.isNull())
            headers.append({"X-Hocvuso-Protocol", protocol});
        return rawRequest("GET", server.api(QStringLiteral("pull?cursor=&limit=100")), {}, headers);
    };
    // A protocol 1 client keeps a missing member's column as it was: it gets "deleted":0.
    const RawReply one = pull("1");
    REQUIRE(one.status == 200);
    CHECK(one.body.contains("\"T1\""));
    CHECK(one.body.contains("\"deleted\":0"));
    for (const QByteArray& newer : {QByteArray("2"), QByteArray(" 2 "), QByteArray::number(sync::kProtocolVersion)}) {
        INFO(newer.toStdString());
        const RawReply two = pull(newer);
        REQUIRE(two.status == 200);
        CHECK(two.body.contains("\"T1\""));
        CHECK_FALSE(two.body.contains("\"deleted\""));
        CHECK_FALSE(two.body.contains("\"commune_id\""));
    }
    for (const QByteArray& bad : {QByteArray(), QByteArray("2x"), QByteArray("0")}) {
        INFO("protocol header: '" << bad.toStdString() << "'");
        CHECK(pull(bad).status == 426);
    }
}

TEST_CASE("a reference row whose deleted is not 0 or 1 is refused by the province and every device still pulls", "[sync]")
{
    ServerFixture server;
    auto a = server.device();
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("yes")), QJsonValue(0.5), QJsonValue(1e300), QJsonValue()}) {
        QString error;
        CHECK_FALSE(server.store().putReference(QStringLiteral("skills"), QStringLiteral("s-bad"),
                                                {{QStringLiteral("code"), QStringLiteral("S9")},
                                                 {QStringLiteral("name"), QStringLiteral("Kỹ năng")},
                                                 {QStringLiteral("deleted"), bad}},
                                                &error));
        CHECK(error == QStringLiteral("skills.deleted: must be 0 or 1"));
    }
    QString error;
    REQUIRE(server.store().putReference(QStringLiteral("skills"), QStringLiteral("s-ok"),
                                        {{QStringLiteral("code"), QStringLiteral("S8")},
                                         {QStringLiteral("name"), QStringLiteral("Kỹ năng")},
                                         {QStringLiteral("deleted"), 1}},
                                        &error));
    const auto r = syncNow(a->store());
    INFO(r.error.toStdString());
    CHECK(r.ok);
    QSqlQuery q(a->store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM skills WHERE id = 's-bad'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT deleted FROM skills WHERE id = 's-ok'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a household code changed or tombstoned by a pull is searched by its new state at once", "[sync][search]")
{
    ServerFixture server;
    auto device = server.device();
    Store& store = device->store();
    StoreError e;
    const auto hamlet = store.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn 1")}}, &e);
    REQUIRE(hamlet);
    const auto household = store.insert(QStringLiteral("households"),
                                        {{QStringLiteral("hamlet_id"), *hamlet}, {QStringLiteral("code"), QStringLiteral("PK-01")}}, &e);
    REQUIRE(household);
    REQUIRE(store.insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Cầm Văn Kéo")},
                                                       {QStringLiteral("hamlet_id"), *hamlet},
                                                       {QStringLiteral("household_id"), *household}},
                         &e));
    QSqlQuery last(store.db());
    REQUIRE(last.exec(QStringLiteral("SELECT max(seq) FROM change_log")));
    REQUIRE(last.next());
    REQUIRE(store.setMeta(QString::fromLatin1(sync::state::pushedSeq), last.value(0).toString())); // nothing pending
    ResidentSearch search(store);
    REQUIRE(search.search(QStringLiteral("pk-0")).size() == 1); // the codes are loaded

    auto pull = [&](const QByteArray& fields) {
        QString error;
        const auto page = sync::PullPage::parse(R"({"changes":[{"entity":"households","row_id":")" + household->toUtf8() +
                                                    R"(","hlc":"99999999999","device_id":"d","fields":{)" + fields +
                                                    R"(}}],"conflicts":[],"cursor":"after","more":false})",
                                                &error);
        INFO(error.toStdString());
        REQUIRE(page);
        const sync::ApplyResult applied = sync::PullApplier(store).apply(*page);
        INFO(applied.error.toStdString());
        REQUIRE(applied.ok);
    };
    pull(R"("code":"PK-99")");
    CHECK(search.search(QStringLiteral("pk-0")).isEmpty());
    REQUIRE(search.search(QStringLiteral("k-9")).size() == 1);
    CHECK(search.search(QStringLiteral("k-9")).first().fullName == QStringLiteral("Cầm Văn Kéo"));
    pull(R"("deleted":1)");
    CHECK(search.search(QStringLiteral("pk-99")).isEmpty());
    CHECK(search.lastError().isEmpty());
}
