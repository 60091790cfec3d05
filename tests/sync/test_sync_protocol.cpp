// The server's protocol, request by request, over real HTTP on loopback.
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/FieldVersions.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

struct RawDevice
{
    QString id;
    QString token;
};

RawDevice enrollRaw(ServerFixture& server, const char* commune = ServerFixture::communeA)
{
    RawDevice d{uuid::v7(), {}};
    auto o = server.store().enroll(server.code(commune), d.id, QStringLiteral("raw"));
    REQUIRE_FALSE(o.error);
    d.token = o.body.value(QStringLiteral("token")).toString();
    return d;
}

sync::Change hamletChange(const RawDevice& d, qint64 seq, const QString& communeId, const QString& rowId,
                          const QString& name, qint64 hlc = 0)
{
    sync::Change c;
    c.seq = seq;
    c.entity = QStringLiteral("hamlets");
    c.rowId = rowId;
    c.op = QStringLiteral("insert");
    c.fields = {{QStringLiteral("commune_id"), communeId}, {QStringLiteral("name"), name}, {QStringLiteral("deleted"), 0}};
    c.hlc = hlc ? hlc : Hlc::pack(QDateTime::currentMSecsSinceEpoch(), quint32(seq));
    c.deviceId = d.id;
    return c;
}

sync::PushBatch batchOf(const RawDevice& d, QVector<sync::Change> changes)
{
    sync::PushBatch b;
    b.deviceId = d.id;
    b.fromSeq = changes.first().seq;
    b.toSeq = changes.last().seq;
    b.batchId = QStringLiteral("%1:%2-%3").arg(d.id).arg(b.fromSeq).arg(b.toSeq);
    b.changes = std::move(changes);
    return b;
}

RawReply postBatch(ServerFixture& server, const RawDevice& d, const sync::PushBatch& b)
{
    return rawPost(server.api(QStringLiteral("push")),
                   sync::compress(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact)), protocolHeaders(d.token));
}

qint64 serverRows(ServerFixture& server, const char* commune = ServerFixture::communeA)
{
    const QJsonObject rows = server.store().communeSummary(server.communeId(commune)).value(QStringLiteral("rows")).toObject();
    qint64 n = 0;
    for (auto it = rows.begin(); it != rows.end(); ++it)
        n += it.value().toInteger();
    return n;
}

} // namespace

TEST_CASE("health answers with the protocol and schema versions", "[sync]")
{
    ServerFixture server;
    sync::HttpClient http;
    auto r = http.get(server.api(QStringLiteral("health")), {}, 10000);
    REQUIRE(r.status == 200);
    CHECK(r.json().value(QStringLiteral("protocol")).toInt() == sync::kProtocolVersion);
    CHECK(r.json().value(QStringLiteral("schema")).toInt() >= 3);
}

TEST_CASE("a replayed batch returns the stored answer and changes nothing", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    auto batch = batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("Khu phố 1")),
                             hamletChange(d, 2, commune, uuid::v7(), QStringLiteral("Khu phố 2"))});
    const RawReply first = postBatch(server, d, batch);
    REQUIRE(first.status == 200);
    CHECK(first.json.value(QStringLiteral("acked_seq")).toInteger() == 2);
    CHECK(first.json.value(QStringLiteral("applied")).toInteger() == 2);
    const QJsonObject before = server.store().communeSummary(commune);

    const RawReply again = postBatch(server, d, batch);
    REQUIRE(again.status == 200);
    CHECK(again.json.value(QStringLiteral("replayed")).toBool());
    CHECK(again.json.value(QStringLiteral("acked_seq")).toInteger() == 2);
    CHECK(again.json.value(QStringLiteral("applied")) == first.json.value(QStringLiteral("applied")));
    const QJsonObject after = server.store().communeSummary(commune);
    CHECK(after.value(QStringLiteral("server_seq")) == before.value(QStringLiteral("server_seq")));
    CHECK(after.value(QStringLiteral("rows")) == before.value(QStringLiteral("rows")));
    CHECK(serverRows(server) == 2);
}

TEST_CASE("a batch that skips sequence numbers is answered 409 with where to resend from", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    REQUIRE(postBatch(server, d, batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("A"))})).status == 200);
    const RawReply gap = postBatch(server, d, batchOf(d, {hamletChange(d, 5, commune, uuid::v7(), QStringLiteral("B"))}));
    CHECK(gap.status == 409);
    CHECK(gap.code() == QLatin1String("sequence_gap"));
    CHECK(gap.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("resend_from")).toInteger() == 2);
    CHECK(serverRows(server) == 1);
}

TEST_CASE("unknown and revoked tokens are refused with 401", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const auto batch = batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("A"))});
    RawDevice forged = d;
    forged.token = QStringLiteral("not-a-token");
    const RawReply bad = postBatch(server, forged, batch);
    CHECK(bad.status == 401);
    CHECK(bad.code() == QLatin1String("unauthorized"));

    QString error;
    REQUIRE(server.store().revokeDevice(d.id, &error));
    const RawReply revoked = postBatch(server, d, batch);
    CHECK(revoked.status == 401);
    CHECK(revoked.code() == QLatin1String("device_revoked"));
    CHECK(serverRows(server) == 0);
}

TEST_CASE("an enrollment code works once and not after it expires", "[sync]")
{
    ServerFixture server;
    const QString code = server.code();
    auto first = server.store().enroll(code, uuid::v7(), {});
    CHECK_FALSE(first.error);
    auto second = server.store().enroll(code, uuid::v7(), {});
    REQUIRE(second.error);
    CHECK(*second.error == sync::ErrorCode::EnrollmentRefused);

    QString error;
    auto shortLived = server.store().createEnrollmentCode(QString::fromLatin1(ServerFixture::communeA), 1000, &error);
    REQUIRE(shortLived);
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 5000;
    server.store().setNow([later] { return later; });
    auto expired = server.store().enroll(*shortLived, uuid::v7(), {});
    REQUIRE(expired.error);
    CHECK(expired.message.contains(QStringLiteral("expired")));
}

TEST_CASE("a push that touches another commune's rows is refused whole", "[sync]")
{
    ServerFixture server;
    const RawDevice a = enrollRaw(server, ServerFixture::communeA);
    const RawDevice b = enrollRaw(server, ServerFixture::communeB);
    const QString communeA = server.communeId(ServerFixture::communeA);
    const QString communeB = server.communeId(ServerFixture::communeB);

    SECTION("a row stamped with another commune")
    {
        const RawReply r = postBatch(server, a, batchOf(a, {hamletChange(a, 1, communeA, uuid::v7(), QStringLiteral("ok")),
                                                            hamletChange(a, 2, communeB, uuid::v7(), QStringLiteral("no"))}));
        CHECK(r.status == 403);
        CHECK(r.code() == QLatin1String("forbidden"));
        CHECK(serverRows(server, ServerFixture::communeA) == 0);
        CHECK(serverRows(server, ServerFixture::communeB) == 0);
        CHECK(server.store().devices(QString::fromLatin1(ServerFixture::communeA)).first().highWater == 0);
    }
    SECTION("an update of a row that exists in another commune")
    {
        const QString rowOfA = uuid::v7();
        REQUIRE(postBatch(server, a, batchOf(a, {hamletChange(a, 1, communeA, rowOfA, QStringLiteral("Ấp 1"))})).status == 200);
        sync::Change sneaky = hamletChange(b, 1, communeB, rowOfA, QStringLiteral("hijacked"));
        sneaky.fields.remove(QStringLiteral("commune_id"));
        sneaky.op = QStringLiteral("update");
        const RawReply r = postBatch(server, b, batchOf(b, {hamletChange(b, 1, communeB, uuid::v7(), QStringLiteral("mine")),
                                                            [&] { sneaky.seq = 2; return sneaky; }()}));
        CHECK(r.status == 403);
        CHECK(serverRows(server, ServerFixture::communeB) == 0);
        QSqlQuery q(server.store().db());
        q.prepare(QStringLiteral("SELECT data FROM sync_rows WHERE row_id = ?"));
        q.addBindValue(rowOfA);
        REQUIRE((q.exec() && q.next()));
        CHECK(q.value(0).toString().contains(QStringLiteral("Ấp 1")));
    }
}

TEST_CASE("a device reads only its own commune's summary", "[sync]")
{
    ServerFixture server;
    const RawDevice a = enrollRaw(server);
    sync::HttpClient http;
    auto own = http.get(server.api(QStringLiteral("communes/%1/summary").arg(QString::fromLatin1(ServerFixture::communeA))),
                        a.token, 10000);
    CHECK(own.status == 200);
    auto other = http.get(server.api(QStringLiteral("communes/%1/summary").arg(QString::fromLatin1(ServerFixture::communeB))),
                          a.token, 10000);
    CHECK(other.status == 403);
    auto province = http.get(server.api(QStringLiteral("province/summary")), a.token, 10000);
    CHECK(province.status == 403);
    QString error;
    auto staff = server.store().createProvinceToken(QStringLiteral("staff"), &error);
    REQUIRE(staff);
    auto ok = http.get(server.api(QStringLiteral("province/summary")), *staff, 10000);
    REQUIRE(ok.status == 200);
    CHECK(ok.json().value(QStringLiteral("communes")).toArray().size() == 2);
}

TEST_CASE("a body over the limit is refused with 413", "[sync]")
{
    sync::ServiceLimits limits;
    limits.maxBodyBytes = 4096;
    ServerFixture server(limits);
    const RawDevice d = enrollRaw(server);
    QByteArray noise(20000, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + i / 3) & 0xFF);
    const RawReply r = rawPost(server.api(QStringLiteral("push")), noise, protocolHeaders(d.token));
    CHECK(r.status == 413);
    CHECK(r.code() == QLatin1String("too_large"));
}

TEST_CASE("malformed and corrupt bodies are refused with 400", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    SECTION("not a zstd frame")
    {
        const RawReply r = rawPost(server.api(QStringLiteral("push")), "{\"hello\":1}", protocolHeaders(d.token));
        CHECK(r.status == 400);
        CHECK(r.code() == QLatin1String("bad_request"));
    }
    SECTION("truncated compressed JSON")
    {
        QByteArray z = sync::compress(QJsonDocument(batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("A"))}).toJson())
                                          .toJson(QJsonDocument::Compact));
        const RawReply r = rawPost(server.api(QStringLiteral("push")), z.left(z.size() / 2), protocolHeaders(d.token));
        CHECK(r.status == 400);
    }
    SECTION("a change altered after the checksum was made")
    {
        QJsonObject body = batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("A"))}).toJson();
        QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
        QJsonObject c = changes.at(0).toObject();
        QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("name"), QStringLiteral("B"));
        c.insert(QStringLiteral("fields"), fields);
        changes.replace(0, c);
        body.insert(QStringLiteral("changes"), changes);
        const RawReply r = rawPost(server.api(QStringLiteral("push")),
                                   sync::compress(QJsonDocument(body).toJson(QJsonDocument::Compact)), protocolHeaders(d.token));
        CHECK(r.status == 400);
        CHECK(r.code() == QLatin1String("bad_batch"));
    }
    CHECK(serverRows(server) == 0);
}

TEST_CASE("a client of an older protocol gets 426", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    auto headers = protocolHeaders(d.token);
    headers[0].second = "0";
    const RawReply r = rawPost(server.api(QStringLiteral("push")), sync::compress("{}"), headers);
    CHECK(r.status == 426);
    CHECK(r.code() == QLatin1String("upgrade_required"));
    headers.removeFirst(); // no protocol header at all: also too old
    CHECK(rawPost(server.api(QStringLiteral("push")), sync::compress("{}"), headers).status == 426);
}

TEST_CASE("HLCs far in the future are clamped and the skew is reported", "[sync]")
{
    ServerFixture server;
    const RawDevice d = enrollRaw(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000;
    auto batch = batchOf(d, {hamletChange(d, 1, commune, uuid::v7(), QStringLiteral("A"), Hlc::pack(tomorrow, 0))});
    auto headers = protocolHeaders(d.token);
    headers.append({"X-Hocvuso-Time", QByteArray::number(tomorrow)});
    const RawReply r = rawPost(server.api(QStringLiteral("push")),
                               sync::compress(QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact)), headers);
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QStringLiteral("clamped")).toInteger() == 1);
    CHECK(r.json.value(QStringLiteral("clock_skew_ms")).toInteger() > 23LL * 3600 * 1000);
    QSqlQuery q(server.store().db());
    q.exec(QStringLiteral("SELECT versions, data FROM sync_rows"));
    REQUIRE(q.next());
    bool parsed = false;
    const auto versions = sync::FieldVersions::parse(
        q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object(), &parsed);
    REQUIRE(parsed);
    const sync::FieldVersion* name = versions.find(u"name");
    REQUIRE(name);
    CHECK(Hlc::millisOf(name->hlc) < QDateTime::currentMSecsSinceEpoch() + 60000);
}

TEST_CASE("zstd frames round-trip and a bomb over the limit is refused", "[sync]")
{
    const QByteArray text(100000, 'a');
    auto back = sync::decompress(sync::compress(text), 200000);
    REQUIRE(back);
    CHECK(*back == text);
    CHECK_FALSE(sync::decompress(sync::compress(text), 50000));
    CHECK_FALSE(sync::decompress(QByteArray("garbage"), 1000));
}

TEST_CASE("a push batch's bytes are the canonical JSON whether its fields are objects or compact text", "[sync]")
{
    sync::PushBatch asObjects;
    asObjects.batchId = QStringLiteral("dev:1-2");
    asObjects.deviceId = QStringLiteral("dev \"1\"");
    asObjects.fromSeq = 1;
    asObjects.toSeq = 2;
    asObjects.pullCursor = QStringLiteral("c/1");
    for (int i = 1; i <= 2; ++i) {
        sync::Change c;
        c.seq = i;
        c.entity = QStringLiteral("residents");
        c.rowId = QStringLiteral("r-%1").arg(i);
        c.op = i == 1 ? QStringLiteral("insert") : QStringLiteral("update");
        c.fields = {{QStringLiteral("full_name"), QStringLiteral("Lê \"Thị\"\n🌾")},
                    {QStringLiteral("birth_year"), 1990 + i},
                    {QStringLiteral("phone"), QJsonValue::Null}};
        c.hlc = (qint64(1) << 60) + i; // past 2^53: a string on the wire
        c.deviceId = asObjects.deviceId;
        asObjects.changes.push_back(c);
    }
    sync::PushBatch asText = asObjects;
    for (sync::Change& c : asText.changes)
        c.fieldsJson = QJsonDocument(std::exchange(c.fields, {})).toJson(QJsonDocument::Compact);

    const QByteArray bytes = asText.toJsonBytes();
    CHECK(bytes == asObjects.toJsonBytes());
    // The changes array is what QJsonDocument writes for toJson(), and its checksum is that array's.
    const QJsonObject reference = asObjects.toJson();
    const QByteArrayView raw = sync::rawJsonMember(bytes, "changes");
    CHECK(raw.toByteArray() ==
          QJsonDocument(reference.value(QStringLiteral("changes")).toArray()).toJson(QJsonDocument::Compact));
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    CHECK(parsed == reference);
    QString error;
    const auto back = sync::PushBatch::fromJson(parsed, &error, raw);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(back->changes[0].fields == asObjects.changes[0].fields);
    CHECK(back->changes[1].hlc == asObjects.changes[1].hlc);
    CHECK(asText.changes[0].fieldsObject() == asObjects.changes[0].fields);
}
