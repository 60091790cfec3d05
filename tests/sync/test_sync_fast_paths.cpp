// The fast paths of sync keep the protocol's guarantees: compact per-field
// versions (and the JSON ones of earlier servers), the checksum over the
// bytes as received, pulls that skip the asking device's own rows, and the
// client's native page apply.
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/FieldVersions.h"

#include <QDateTime>
#include <QSqlQuery>

#include <functional>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

using Device = ServerFixture::EnrolledDevice;

Device enrollDevice(ServerFixture& server, const char* commune = ServerFixture::communeA)
{
    return server.enrolled(uuid::v7(), commune, QStringLiteral("bench"));
}

sync::Change hamlet(const Device& d, qint64 seq, const QString& communeId, const QString& rowId, const QString& name,
                    qint64 hlc)
{
    sync::Change c;
    c.seq = seq;
    c.entity = QStringLiteral("hamlets");
    c.rowId = rowId;
    c.op = QStringLiteral("insert");
    c.fields = {{QStringLiteral("commune_id"), communeId}, {QStringLiteral("name"), name}, {QStringLiteral("deleted"), 0}};
    c.hlc = hlc;
    c.deviceId = d.id;
    return c;
}

sync::PushBatch batchOf(const Device& d, QVector<sync::Change> changes, const QString& cursor = {})
{
    sync::PushBatch b;
    b.deviceId = d.id;
    b.fromSeq = changes.first().seq;
    b.toSeq = changes.last().seq;
    b.batchId = QStringLiteral("%1:%2-%3").arg(d.id).arg(b.fromSeq).arg(b.toSeq);
    b.pullCursor = cursor;
    b.changes = std::move(changes);
    return b;
}

qint64 baseHlc()
{
    return Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
}

} // namespace

TEST_CASE("field versions: compact text round-trips and groups the fields of one write", "[sync][fast]")
{
    sync::FieldVersions v;
    v.set(QStringLiteral("name"), 1000, QStringLiteral("dev-a"), 7);
    v.set(QStringLiteral("deleted"), 1000, QStringLiteral("dev-a"), 7);
    v.set(QStringLiteral("phone"), 2000, QStringLiteral("dev-b"), 9);
    const QString text = v.toText();
    CHECK(text == QStringLiteral("1000,dev-a,7:name,deleted;2000,dev-b,9:phone"));

    bool ok = false;
    const auto back = sync::FieldVersions::parse(text, {}, &ok);
    REQUIRE(ok);
    REQUIRE(back.size() == 3);
    REQUIRE(back.find(u"phone"));
    CHECK(back.find(u"phone")->hlc == 2000);
    CHECK(back.find(u"phone")->device == QStringLiteral("dev-b"));
    CHECK(back.find(u"phone")->seq == 9);
    CHECK(back.find(u"name")->device == QStringLiteral("dev-a"));
    CHECK_FALSE(back.find(u"cccd"));
    CHECK(back.toText() == text);
    CHECK(back.latest().device == QStringLiteral("dev-b"));
    CHECK_FALSE(back.onlyWrittenBy(u"dev-a"));
    CHECK_FALSE(sync::FieldVersions::textOnlyWrittenBy(text, u"dev-a"));

    // Overwriting a field moves it to its new version; an unused version is not written.
    auto moved = back;
    moved.set(QStringLiteral("name"), 3000, QStringLiteral("dev-b"), 10);
    moved.set(QStringLiteral("deleted"), 3000, QStringLiteral("dev-b"), 10);
    CHECK(moved.toText() == QStringLiteral("3000,dev-b,10:name,deleted;2000,dev-b,9:phone"));
    CHECK(moved.onlyWrittenBy(u"dev-b"));
    CHECK(sync::FieldVersions::textOnlyWrittenBy(moved.toText(), u"dev-b"));
    CHECK_FALSE(sync::FieldVersions::textOnlyWrittenBy(moved.toText(), u"dev-a"));

    // Equal HLCs: the greater device id is the last writer, as in the merge.
    sync::FieldVersions tie;
    tie.set(QStringLiteral("a"), 5, QStringLiteral("dev-a"), 1);
    tie.set(QStringLiteral("b"), 5, QStringLiteral("dev-c"), 1);
    CHECK(tie.latest().device == QStringLiteral("dev-c"));

    // Malformed text is reported, not guessed.
    sync::FieldVersions::parse(u"12,dev:name", {}, &ok);
    CHECK_FALSE(ok);
    sync::FieldVersions::parse(u"x,dev,1:name", {}, &ok);
    CHECK_FALSE(ok);
    CHECK_FALSE(sync::FieldVersions::textOnlyWrittenBy(u"", u"dev-a"));
}

TEST_CASE("field versions: the JSON of earlier servers is still read", "[sync][fast]")
{
    const QString legacy = QStringLiteral(
        R"({"deleted":["281474976710656","dev-a",3],"name":["281474976710657","dev-b",4]})");
    bool ok = false;
    const auto v = sync::FieldVersions::parse(legacy, {}, &ok);
    REQUIRE(ok);
    REQUIRE(v.find(u"name"));
    CHECK(v.find(u"name")->hlc == 281474976710657LL);
    CHECK(v.find(u"name")->device == QStringLiteral("dev-b"));
    CHECK(v.find(u"deleted")->seq == 3);
    CHECK(v.latest().device == QStringLiteral("dev-b"));
    CHECK_FALSE(sync::FieldVersions::textOnlyWrittenBy(legacy, u"dev-a"));
    CHECK(sync::FieldVersions::textOnlyWrittenBy(QStringLiteral(R"({"name":["5","dev-a",1]})"), u"dev-a"));
}

TEST_CASE("rawJsonMember returns a member exactly as written", "[sync][fast]")
{
    const QByteArray json = R"({"a":"x]\"}{","changes":[{"k":"[\\"},{"n":[1,2,{"z":null}]}],"n":12.5,"t":true})";
    CHECK(sync::rawJsonMember(json, "changes") == QByteArrayView(R"([{"k":"[\\"},{"n":[1,2,{"z":null}]}])"));
    CHECK(sync::rawJsonMember(json, "n") == QByteArrayView("12.5"));
    CHECK(sync::rawJsonMember(json, "t") == QByteArrayView("true"));
    CHECK(sync::rawJsonMember(json, "a") == QByteArrayView(R"("x]\"}{")"));
    CHECK(sync::rawJsonMember(json, "missing").isEmpty());
    CHECK(sync::rawJsonMember(" { \"a\" : [ 1 ] , \"b\" : 2 } ", "a") == QByteArrayView("[ 1 ]"));
    CHECK(sync::rawJsonMember("[1,2]", "a").isEmpty());
    CHECK(sync::rawJsonMember(R"({"a":[1,2)", "a").isEmpty());
    CHECK(sync::rawJsonMember(R"({"a":"open)", "a").isEmpty());
}

TEST_CASE("the checksum holds for canonical and other JSON, and a changed change is refused", "[sync][fast]")
{
    ServerFixture server;
    const Device d = enrollDevice(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 hlc = baseHlc();
    const QString row1 = uuid::v7(), row2 = uuid::v7();

    // Indented JSON (another client's serialiser): the raw bytes do not hash to
    // the checksum, the canonical form does, and the batch applies.
    const auto first = batchOf(d, {hamlet(d, 1, commune, row1, QStringLiteral("Ấp Một"), hlc + 1)});
    RawReply r = rawPost(server.api(QStringLiteral("push")),
                         sync::compress(QJsonDocument(first.toJson()).toJson(QJsonDocument::Indented)),
                         protocolHeaders(d.token));
    INFO(QJsonDocument(r.json).toJson().toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QStringLiteral("applied")).toInteger() == 1);

    // A change altered after the checksum was computed: refused, nothing stored.
    const auto second = batchOf(d, {hamlet(d, 2, commune, row2, QStringLiteral("Ấp Hai"), hlc + 2)});
    QByteArray body = QJsonDocument(second.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray original = QStringLiteral("Ấp Hai").toUtf8();
    REQUIRE(body.contains(original));
    body.replace(original, QStringLiteral("Ấp Ba").toUtf8());
    r = rawPost(server.api(QStringLiteral("push")), sync::compress(body), protocolHeaders(d.token));
    CHECK(r.status == 400);
    CHECK(r.code() == QLatin1String("bad_batch"));
    CHECK(server.store().devices(QString::fromLatin1(ServerFixture::communeA)).first().highWater == 1);

    // The same batch untouched (canonical bytes, the fast path) applies.
    r = rawPost(server.api(QStringLiteral("push")),
                sync::compress(QJsonDocument(second.toJson()).toJson(QJsonDocument::Compact)), protocolHeaders(d.token));
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QStringLiteral("acked_seq")).toInteger() == 2);
}

TEST_CASE("a pull skips the asking device's own rows in one answer, others page through them", "[sync][fast]")
{
    ServerFixture server;
    const Device a = enrollDevice(server);
    const Device b = enrollDevice(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 hlc = baseHlc();
    const int total = 2500;
    QVector<QString> ids;
    QVector<sync::Change> changes;
    for (int i = 1; i <= total; ++i) {
        ids << uuid::v7();
        changes << hamlet(a, i, commune, ids.back(), QStringLiteral("Ấp %1").arg(i), hlc + i);
    }
    auto pushed = server.store().push(a.info, batchOf(a, changes), 0);
    REQUIRE_FALSE(pushed.error);

    // Device A wrote every row: one answer, nothing in it, the cursor past them all.
    auto own = server.store().pull(a.info, {}, 1000);
    REQUIRE_FALSE(own.error);
    CHECK(own.body.value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK_FALSE(own.body.value(QStringLiteral("more")).toBool());
    const QString endCursor = own.body.value(QStringLiteral("cursor")).toString();
    CHECK(endCursor.startsWith(QStringLiteral("%1.").arg(total)));

    // Device B gets them all, in pages of at most the limit, in order, once each.
    QString cursor;
    QStringList seen;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        REQUIRE(pages < 10);
        auto page = server.store().pull(b.info, cursor, 1000);
        REQUIRE_FALSE(page.error);
        const QJsonArray rows = page.body.value(QStringLiteral("changes")).toArray();
        CHECK(rows.size() <= 1000);
        for (const QJsonValue& row : rows) {
            seen << row.toObject().value(QStringLiteral("row_id")).toString();
            CHECK(row.toObject().value(QStringLiteral("device_id")).toString() == a.id);
        }
        cursor = page.body.value(QStringLiteral("cursor")).toString();
        more = page.body.value(QStringLiteral("more")).toBool();
    }
    CHECK(seen == QStringList(ids.begin(), ids.end()));
    CHECK(pages == 3);
    CHECK(cursor == endCursor);

    // B edits one row: A's next pull brings exactly that row, past its own.
    sync::Change edit = hamlet(b, 1, commune, ids[1234], QStringLiteral("Ấp Mới"), hlc + total + 10);
    edit.op = QStringLiteral("update");
    edit.fields = {{QStringLiteral("name"), QStringLiteral("Ấp Mới")}};
    REQUIRE_FALSE(server.store().push(b.info, batchOf(b, {edit}, cursor), 0).error);
    auto next = server.store().pull(a.info, endCursor, 1000);
    REQUIRE_FALSE(next.error);
    const QJsonArray rows = next.body.value(QStringLiteral("changes")).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(QStringLiteral("row_id")).toString() == ids[1234]);
    CHECK(rows[0].toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Ấp Mới"));
    CHECK(rows[0].toObject().value(QStringLiteral("device_id")).toString() == b.id);
    CHECK_FALSE(next.body.value(QStringLiteral("more")).toBool());
}

TEST_CASE("rows stored with JSON versions by an earlier server still merge by last writer", "[sync][fast]")
{
    ServerFixture server;
    const Device a = enrollDevice(server);
    const Device b = enrollDevice(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 hlc = baseHlc();
    const QString row = uuid::v7();
    REQUIRE_FALSE(server.store().push(a.info, batchOf(a, {hamlet(a, 1, commune, row, QStringLiteral("Ấp A"), hlc + 100)}), 0)
                      .error);
    // As an earlier server stored it: JSON versions.
    QSqlQuery legacy(server.store().db());
    legacy.prepare(QStringLiteral("UPDATE sync_rows SET versions = ? WHERE row_id = ?"));
    legacy.addBindValue(QStringLiteral(R"({"deleted":["%1","%2",1],"name":["%1","%2",1]})").arg(hlc + 100).arg(a.id));
    legacy.addBindValue(row);
    REQUIRE(legacy.exec());

    // B writes the name with an older HLC (loses, a conflict) and deleted with a newer one (wins).
    sync::Change older = hamlet(b, 1, commune, row, QStringLiteral("Ấp B"), hlc + 50);
    older.op = QStringLiteral("update");
    older.fields = {{QStringLiteral("name"), QStringLiteral("Ấp B")}};
    sync::Change newer = hamlet(b, 2, commune, row, {}, hlc + 200);
    newer.op = QStringLiteral("delete");
    newer.fields = {{QStringLiteral("deleted"), 1}};
    // B has pulled A's row: only the losing write is a conflict.
    auto seen = server.store().pull(b.info, {}, 100);
    REQUIRE_FALSE(seen.error);
    auto o = server.store().push(b.info, batchOf(b, {older, newer}, seen.body.value(QStringLiteral("cursor")).toString()), 0);
    REQUIRE_FALSE(o.error);
    const QJsonArray conflicts = o.body.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].toObject().value(QStringLiteral("kept_device")).toString() == a.id);
    CHECK(conflicts[0].toObject().value(QStringLiteral("lost_value")).toString() == QStringLiteral("Ấp B"));

    QSqlQuery q(server.store().db());
    q.prepare(QStringLiteral("SELECT data, versions FROM sync_rows WHERE row_id = ?"));
    q.addBindValue(row);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    CHECK(data.value(QStringLiteral("name")).toString() == QStringLiteral("Ấp A"));
    CHECK(data.value(QStringLiteral("deleted")).toInteger() == 1);
    const QString text = q.value(1).toString();
    CHECK_FALSE(text.startsWith(QLatin1Char('{'))); // rewritten compact
    bool ok = false;
    const auto versions = sync::FieldVersions::parse(text, data, &ok);
    REQUIRE(ok);
    CHECK(versions.find(u"name")->device == a.id);
    CHECK(versions.find(u"name")->hlc == hlc + 100);
    CHECK(versions.find(u"deleted")->device == b.id);
    CHECK(versions.find(u"deleted")->hlc == hlc + 200);
}

TEST_CASE("a big pull lands through the native applier: rows, search keys, nothing logged", "[sync][fast]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const int total = 3000;
    {
        StoreTransaction tx(a->store());
        for (int i = 0; i < total; ++i) {
            StoreError error;
            REQUIRE(a->store().insert(QStringLiteral("residents"),
                                      {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Bình %1").arg(i)},
                                       {QStringLiteral("phone"), QStringLiteral("0912%1").arg(i, 6, 10, QLatin1Char('0'))}},
                                      &error));
        }
        REQUIRE(tx.commit());
    }
    sync::SyncOptions options;
    options.pullPageSize = 500; // grows 500, 1000, 2000, 4000
    const qint64 pendingA = a->store().pendingChanges();
    CHECK(pendingA == total + 1); // and its commune row
    const auto pushedA = syncNow(a->store(), options);
    INFO(pushedA.error.toStdString());
    REQUIRE(pushedA.ok);
    CHECK(pushedA.pushed == pendingA);
    CHECK(pushedA.pulled == 0); // its own rows do not come back

    const qint64 logB = b->store().changeLogCount(); // B's own commune row
    const auto pulledB = syncNow(b->store(), options);
    INFO(pulledB.error.toStdString());
    REQUIRE(pulledB.ok);
    CHECK(pulledB.pulled >= total);
    CHECK(pulledB.pulled <= total + 1);
    QSqlQuery q(b->store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(search_key LIKE 'nguyen van binh %') FROM residents")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == total);
    CHECK(q.value(1).toInt() == total);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM residents WHERE search_key LIKE 'nguyen van binh 2999 %'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // Nothing pulled was logged for pushing back.
    CHECK(b->store().changeLogCount() == logB);
    CHECK(b->store().pendingChanges() == 0);
}

TEST_CASE("rawJsonMembers and rawJsonElements split JSON as written", "[sync][fast]")
{
    const auto members = sync::rawJsonMembers(R"( {"a" : "x\",}" , "b\"c":[1,{"d":2}],"e":true} )");
    REQUIRE(members);
    REQUIRE(members->size() == 3);
    CHECK((*members)[0].name == QByteArrayView("a"));
    CHECK((*members)[0].value == QByteArrayView(R"("x\",}")"));
    CHECK((*members)[1].name == QByteArrayView(R"(b\"c)"));
    CHECK((*members)[1].value == QByteArrayView(R"([1,{"d":2}])"));
    CHECK((*members)[2].value == QByteArrayView("true"));
    CHECK(sync::rawJsonMembers("{}")->isEmpty());
    CHECK_FALSE(sync::rawJsonMembers("[1]"));
    CHECK_FALSE(sync::rawJsonMembers(R"({"a":1,})"));
    CHECK_FALSE(sync::rawJsonMembers(R"({"a":"\\"})") == std::nullopt); // an escaped backslash ends the string
    CHECK(sync::rawJsonMembers(R"({"a":"\\"})")->first().value == QByteArrayView(R"("\\")"));

    const auto elements = sync::rawJsonElements(R"([{"a":[1,2]}, "x]" ,3,null])");
    REQUIRE(elements);
    REQUIRE(elements->size() == 4);
    CHECK((*elements)[0] == QByteArrayView(R"({"a":[1,2]})"));
    CHECK((*elements)[1] == QByteArrayView(R"("x]")"));
    CHECK((*elements)[2] == QByteArrayView("3"));
    CHECK((*elements)[3] == QByteArrayView("null"));
    CHECK(sync::rawJsonElements("[]")->isEmpty());
    CHECK_FALSE(sync::rawJsonElements(R"({"a":1})"));
    CHECK_FALSE(sync::rawJsonElements("[1,2"));
}

TEST_CASE("new rows are stored from the fields as received, beside quarantine and last-writer merges in one batch",
          "[sync][fast]")
{
    ServerFixture server;
    const Device a = enrollDevice(server);
    const Device b = enrollDevice(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 hlc = baseHlc();
    const QString stored = uuid::v7(), person = uuid::v7(), twice = uuid::v7(), odd = uuid::v7();
    // A's row, stored before: B's batch writes its name older (loses) and deleted newer (wins).
    REQUIRE_FALSE(
        server.store().push(a.info, batchOf(a, {hamlet(a, 1, commune, stored, QStringLiteral("Ấp A"), hlc + 100)}), 0)
            .error);

    sync::Change resident = hamlet(b, 1, commune, person, {}, hlc + 1);
    resident.entity = QStringLiteral("residents");
    resident.fields = {{QStringLiteral("commune_id"), commune},
                       {QStringLiteral("full_name"), QStringLiteral("Nguyễn \"Văn\" A\\B\n")},
                       {QStringLiteral("has_smartphone"), true}}; // no deleted: the server adds it
    sync::Change invalid = hamlet(b, 2, commune, uuid::v7(), QStringLiteral("Ấp X"), hlc + 2);
    invalid.fields.insert(QStringLiteral("no_such_field"), 1);
    sync::Change first = hamlet(b, 3, commune, twice, QStringLiteral("Ấp Một"), hlc + 3);
    sync::Change second = hamlet(b, 4, commune, twice, QStringLiteral("Ấp Hai"), hlc + 4);
    second.op = QStringLiteral("update");
    second.fields = {{QStringLiteral("name"), QStringLiteral("Ấp Hai")}};
    sync::Change older = hamlet(b, 5, commune, stored, QStringLiteral("Ấp B"), hlc + 50);
    older.op = QStringLiteral("update");
    older.fields = {{QStringLiteral("name"), QStringLiteral("Ấp B")}};
    sync::Change newer = hamlet(b, 6, commune, stored, {}, hlc + 200);
    newer.op = QStringLiteral("delete");
    newer.fields = {{QStringLiteral("deleted"), 1}};
    // Not canonical (a name escaped): stored from the decoded fields instead.
    sync::Change escaped = hamlet(b, 7, commune, odd, QStringLiteral("Ấp Lạ"), hlc + 7);
    // B has pulled A's row: only the losing write is a conflict.
    const auto seen = server.store().pull(b.info, {}, 100);
    REQUIRE_FALSE(seen.error);
    const auto batch = batchOf(b, {resident, invalid, first, second, older, newer, escaped},
                               seen.body.value(QStringLiteral("cursor")).toString());
    // The checksum of the bytes as sent, as a client writing this JSON computes it.
    const QByteArray canonicalBody = editedPushBody(batch.toJsonBytes(), [](QByteArray& bytes) {
        const QByteArray plainName = "\"name\":\"\xE1\xBA\xA4p L\xE1\xBA\xA1\"";
        REQUIRE(bytes.count(plainName) == 1);
        bytes.replace(plainName, "\"n\\u0061me\":\"\xE1\xBA\xA4p L\xE1\xBA\xA1\"");
    });

    RawReply r = rawPost(server.api(QStringLiteral("push")), sync::compress(canonicalBody), protocolHeaders(b.token));
    INFO(QJsonDocument(r.json).toJson().toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.json.value(QStringLiteral("applied")).toInteger() == 6);
    const QJsonArray quarantined = r.json.value(QStringLiteral("quarantined")).toArray();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].toObject().value(QStringLiteral("seq")).toInteger() == 2);
    CHECK(quarantined[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("no_such_field"));
    const QJsonArray conflicts = r.json.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("name"));
    CHECK(conflicts[0].toObject().value(QStringLiteral("kept_device")).toString() == a.id);

    auto row = [&](const QString& id) {
        QSqlQuery q(server.store().db());
        q.prepare(QStringLiteral("SELECT data FROM sync_rows WHERE row_id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
        REQUIRE(doc.isObject());
        return doc.object();
    };
    // As received: the sender's member order, "deleted" added last (a
    // re-serialised row would have Qt's sorted order, "deleted" first).
    QSqlQuery rawQuery(server.store().db());
    rawQuery.prepare(QStringLiteral("SELECT data FROM sync_rows WHERE row_id = ?"));
    rawQuery.addBindValue(person);
    REQUIRE(rawQuery.exec());
    REQUIRE(rawQuery.next());
    const QByteArray personText = rawQuery.value(0).toByteArray();
    rawQuery.finish();
    INFO(personText.toStdString());
    CHECK(personText.startsWith("{\"full_name\":"));
    CHECK(personText.endsWith(",\"deleted\":0}"));
    const QJsonObject person1 = row(person);
    CHECK(person1 == QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Nguyễn \"Văn\" A\\B\n")},
                                 {QStringLiteral("has_smartphone"), 1},
                                 {QStringLiteral("deleted"), 0}});
    CHECK(row(twice).value(QStringLiteral("name")).toString() == QStringLiteral("Ấp Hai"));
    const QJsonObject merged = row(stored);
    CHECK(merged.value(QStringLiteral("name")).toString() == QStringLiteral("Ấp A"));
    CHECK(merged.value(QStringLiteral("deleted")).toInteger() == 1);
    const QJsonObject oddRow = row(odd);
    CHECK(oddRow.value(QStringLiteral("name")).toString() == QStringLiteral("Ấp Lạ"));
    CHECK_FALSE(oddRow.contains(QStringLiteral("commune_id")));

    // A replay answers the same and changes nothing.
    const RawReply again = rawPost(server.api(QStringLiteral("push")), sync::compress(canonicalBody), protocolHeaders(b.token));
    REQUIRE(again.status == 200);
    CHECK(again.json.value(QStringLiteral("replayed")).toBool());
    CHECK(again.json.value(QStringLiteral("conflicts")).toArray() == conflicts);
    CHECK(row(person) == person1);

    // Another device pulls the new row as stored; a protocol 2 client without
    // its "deleted":0 (it reads a missing "deleted" as 0), a protocol 1 client with it.
    QJsonObject notDeletedLeftOut = person1;
    notDeletedLeftOut.remove(QStringLiteral("deleted"));
    for (const auto& [protocol, expected] : {std::pair{1, person1}, std::pair{sync::kProtocolVersion, notDeletedLeftOut}}) {
        INFO("protocol " << protocol);
        auto pulled = server.store().pull(a.info, {}, 100, protocol);
        REQUIRE_FALSE(pulled.error);
        bool found = false;
        for (const QJsonValue& v : pulled.body.value(QStringLiteral("changes")).toArray())
            if (v.toObject().value(QStringLiteral("row_id")).toString() == person) {
                found = true;
                CHECK(v.toObject().value(QStringLiteral("fields")).toObject() == expected);
            }
        CHECK(found);
    }
}

TEST_CASE("a name given twice in a batch never lets unchecked bytes be stored", "[sync][fast]")
{
    ServerFixture server;
    const Device d = enrollDevice(server);
    const QString commune = server.communeId(ServerFixture::communeA);
    const qint64 hlc = baseHlc();

    // The bytes a client would send for one new hamlet, its checksum over the
    // changes as written (so the server's raw-bytes path is taken).
    auto sendWith = [&](qint64 seq, const QString& rowId, const std::function<void(QByteArray&)>& forge) {
        const QByteArray body = editedPushBody(
            batchOf(d, {hamlet(d, seq, commune, rowId, QStringLiteral("Ấp Thật"), hlc + seq)}).toJsonBytes(), forge);
        return rawPost(server.api(QStringLiteral("push")), sync::compress(body), protocolHeaders(d.token));
    };
    auto storedData = [&](const QString& rowId) {
        QSqlQuery q(server.store().db());
        q.prepare(QStringLiteral("SELECT data FROM sync_rows WHERE row_id = ?"));
        q.addBindValue(rowId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toByteArray();
    };
    // An unchecked copy with as many members as the real one: an unknown
    // column instead of `deleted`.
    const QByteArray forgedFields = "{\"commune_id\":\"" + commune.toUtf8() +
                                    "\",\"name\":\"Ấp Giả\",\"no_such_field\":1}";

    SECTION("\"fields\" twice in one change: the checked (last) copy is stored")
    {
        const QString rowId = uuid::v7();
        const RawReply r = sendWith(1, rowId, [&](QByteArray& body) {
            const qsizetype at = body.indexOf("\"fields\":");
            REQUIRE(at > 0);
            body.insert(at, "\"fields\":" + forgedFields + ',');
        });
        INFO(QJsonDocument(r.json).toJson().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("quarantined")).toArray().isEmpty());
        const QByteArray data = storedData(rowId);
        CHECK_FALSE(data.contains("no_such_field"));
        CHECK_FALSE(data.contains("Ấp Giả"));
        CHECK(data.contains("Ấp Thật"));
    }
    SECTION("\"changes\" twice in the body: a checksum over the unchecked copy is refused")
    {
        const QString rowId = uuid::v7();
        const RawReply r = sendWith(1, rowId, [&](QByteArray& body) {
            const QByteArray real = sync::rawJsonMember(body, "changes").toByteArray();
            QByteArray forged = real;
            const qsizetype from = forged.indexOf("\"fields\":") + 9;
            const qsizetype to = forged.indexOf('}', from) + 1;
            forged.replace(from, to - from, forgedFields);
            body.insert(1, "\"changes\":" + forged + ',');
        });
        INFO(QJsonDocument(r.json).toJson().toStdString());
        // The checksum covers the first array as written; the array checked is
        // the last one, whose canonical form does not hash to it: refused whole.
        CHECK(r.status == 400);
        CHECK(r.code() == QLatin1String("bad_batch"));
        CHECK(server.store().devices(QString::fromLatin1(ServerFixture::communeA)).first().highWater == 0);
    }
}

TEST_CASE("field versions: \"*\" stands for exactly the fields of the row's data", "[sync][fast]")
{
    const QJsonObject data{{QStringLiteral("name"), QStringLiteral("Ấp A")}, {QStringLiteral("deleted"), 0}};
    sync::FieldVersions v;
    v.set(QStringLiteral("name"), 1000, QStringLiteral("dev-a"), 7);
    v.set(QStringLiteral("deleted"), 1000, QStringLiteral("dev-a"), 7);
    CHECK(v.toText(data) == QStringLiteral("1000,dev-a,7:*"));
    CHECK(v.toText() == QStringLiteral("1000,dev-a,7:name,deleted"));

    bool ok = false;
    const auto back = sync::FieldVersions::parse(u"1000,dev-a,7:*", data, &ok);
    REQUIRE(ok);
    CHECK(back.size() == 2);
    REQUIRE(back.find(u"name"));
    CHECK(back.find(u"name")->device == QStringLiteral("dev-a"));
    CHECK(back.find(u"deleted")->seq == 7);
    CHECK_FALSE(back.find(u"kind")); // not in the data: no version, a write of it wins
    CHECK(sync::FieldVersions::textLatest(u"1000,dev-a,7:*").device == QStringLiteral("dev-a"));
    CHECK(sync::FieldVersions::textOnlyWrittenBy(u"1000,dev-a,7:*", u"dev-a"));

    // Not exact, so written in full: a field of the data without this
    // version, a field the data lacks, two versions.
    QJsonObject more = data;
    more.insert(QStringLiteral("kind"), QStringLiteral("ấp"));
    CHECK(v.toText(more) == v.toText());
    CHECK(v.toText(QJsonObject{{QStringLiteral("name"), 1}}) == v.toText());
    auto two = back;
    two.set(QStringLiteral("name"), 2000, QStringLiteral("dev-b"), 8);
    CHECK(two.toText(data) == QStringLiteral("1000,dev-a,7:deleted;2000,dev-b,8:name"));
    CHECK(sync::FieldVersions::wholeRowText({1000, QStringLiteral("dev-a"), 7}) == QStringLiteral("1000,dev-a,7:*"));
    CHECK(sync::FieldVersions::textLatest(two.toText(data)).device == QStringLiteral("dev-b"));
    CHECK(sync::FieldVersions::textLatest(u"5,dev-c,1:a;5,dev-a,1:b").device == QStringLiteral("dev-c"));
}

namespace {

// What one run of the "*" scenario left: rows, versions, conflicts, a pull.
struct StarOutcome
{
    QMap<QString, QJsonObject> data;                         // row id -> stored data
    QMap<QString, QMap<QString, QString>> versions;          // row id -> field -> "hlc,device,seq"
    QMap<QString, QString> texts;                            // row id -> stored versions text
    QString insertedText;                                    // the first row's versions after its insert
    QJsonArray conflicts;                                    // as pushes answered them, without id and time
    QJsonArray pulled;                                       // a new device's pull of everything
};

Device enrollAs(ServerFixture& server, const QString& id)
{
    return server.enrolled(id, ServerFixture::communeA, QStringLiteral("star"));
}

sync::Change edit(const Device& d, qint64 seq, const QString& rowId, const QString& field, const QJsonValue& value,
                  qint64 hlc)
{
    sync::Change c = hamlet(d, seq, {}, rowId, {}, hlc);
    c.op = QStringLiteral("update");
    c.fields = {{field, value}};
    return c;
}

// Rows written whole by one push, then edited field by field: the same
// pushes on a server writing "*" and on one writing every name.
StarOutcome runStarScenario(bool star, const QStringList& rows, qint64 hlc)
{
    ServerFixture server;
    server.store().setCompactVersions(star);
    const QString commune = server.communeId(ServerFixture::communeA);
    const Device a = enrollAs(server, QStringLiteral("dev-a"));
    const Device b = enrollAs(server, QStringLiteral("dev-b"));
    const Device c = enrollAs(server, QStringLiteral("dev-c")); // newer, never pulls
    StarOutcome out;
    auto pushOk = [&](const Device& d, const QVector<sync::Change>& changes, const QString& cursor = {}) {
        auto o = server.store().push(d.info, batchOf(d, changes, cursor), 0);
        INFO(o.body.value(QStringLiteral("error")).toString().toStdString());
        REQUIRE_FALSE(o.error);
        for (const QJsonValue& v : o.body.value(QStringLiteral("conflicts")).toArray()) {
            QJsonObject conflict = v.toObject();
            conflict.remove(QStringLiteral("id"));
            conflict.remove(QStringLiteral("detected_at"));
            out.conflicts.append(conflict);
        }
    };
    auto versionsOf = [&](const QString& row) {
        QSqlQuery q(server.store().db());
        q.prepare(QStringLiteral("SELECT versions FROM sync_rows WHERE row_id = ?"));
        q.addBindValue(row);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };

    // A inserts four rows whole: code, name, deleted (no kind).
    QVector<sync::Change> inserts;
    for (int i = 0; i < rows.size(); ++i) {
        sync::Change ins = hamlet(a, i + 1, commune, rows[i], QStringLiteral("Ấp %1").arg(i), hlc + 100);
        ins.fields.insert(QStringLiteral("code"), QStringLiteral("H%1").arg(i));
        inserts << ins;
    }
    pushOk(a, inserts);
    out.insertedText = versionsOf(rows[0]);

    // Row 0: B, having pulled, writes one field later; then C adds a field
    // the row never had, with an older HLC than the row's (it must win:
    // the field has no version).
    auto seen = server.store().pull(b.info, {}, 100);
    REQUIRE_FALSE(seen.error);
    pushOk(b, {edit(b, 1, rows[0], QStringLiteral("name"), QStringLiteral("Ấp B"), hlc + 200)},
           seen.body.value(QStringLiteral("cursor")).toString());
    // Row 1, still "*": C adds the field it never had, older than the row.
    // Row 2, still "*": C's concurrent edits (it never pulled), one older
    // (loses) and one newer (wins) than A's insert: two conflicts.
    pushOk(c, {edit(c, 1, rows[0], QStringLiteral("kind"), QStringLiteral("xóm"), hlc + 40),
               edit(c, 2, rows[1], QStringLiteral("kind"), QStringLiteral("ấp"), hlc + 50),
               edit(c, 3, rows[2], QStringLiteral("name"), QStringLiteral("Ấp C"), hlc + 60),
               edit(c, 4, rows[2], QStringLiteral("code"), QStringLiteral("C2"), hlc + 300)});

    // Row 3 stored as an earlier server wrote it (every name listed): still merges.
    QSqlQuery legacy(server.store().db());
    legacy.prepare(QStringLiteral("UPDATE sync_rows SET versions = ? WHERE row_id = ?"));
    legacy.addBindValue(QStringLiteral("%1,dev-a,1:code,name,deleted").arg(hlc + 100));
    legacy.addBindValue(rows[3]);
    REQUIRE(legacy.exec());
    pushOk(c, {edit(c, 5, rows[3], QStringLiteral("name"), QStringLiteral("Ấp C3"), hlc + 400),
               edit(c, 6, rows[3], QStringLiteral("code"), QStringLiteral("old"), hlc + 10),
               edit(c, 7, rows[3], QStringLiteral("kind"), QStringLiteral("tổ"), hlc + 10)});

    QSqlQuery q(server.store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT row_id, data, versions FROM sync_rows")));
    while (q.next()) {
        const QString row = q.value(0).toString();
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        bool ok = false;
        const auto versions = sync::FieldVersions::parse(q.value(2).toString(), data, &ok);
        REQUIRE(ok);
        out.data[row] = data;
        out.texts[row] = q.value(2).toString();
        for (auto f = data.begin(); f != data.end(); ++f) {
            const sync::FieldVersion* v = versions.find(f.key());
            REQUIRE(v);
            out.versions[row][f.key()] = QStringLiteral("%1,%2,%3").arg(v->hlc).arg(v->device).arg(v->seq);
        }
        CHECK(versions.size() == data.size());
    }
    const Device d = enrollAs(server, QStringLiteral("dev-d"));
    auto pulled = server.store().pull(d.info, {}, 100);
    REQUIRE_FALSE(pulled.error);
    out.pulled = pulled.body.value(QStringLiteral("changes")).toArray();
    return out;
}

} // namespace

TEST_CASE("versions written as \"*\" merge, conflict and pull exactly as the full field list", "[sync][fast]")
{
    const QStringList rows{uuid::v7(), uuid::v7(), uuid::v7(), uuid::v7()};
    const qint64 hlc = baseHlc();
    const StarOutcome full = runStarScenario(false, rows, hlc);
    const StarOutcome star = runStarScenario(true, rows, hlc);

    CHECK(star.insertedText == QStringLiteral("%1,dev-a,1:*").arg(hlc + 100));
    CHECK(full.insertedText.startsWith(QStringLiteral("%1,dev-a,1:").arg(hlc + 100)));
    CHECK_FALSE(full.insertedText.contains(QLatin1Char('*')));

    CHECK(star.data == full.data);
    CHECK(star.versions == full.versions);
    CHECK(star.conflicts == full.conflicts);
    CHECK(star.pulled == full.pulled);

    // What the pushes must have given, by hand (each touched row takes the
    // commune's next sequence: the insert gave rows 1 to 4).
    auto version = [hlc](int dHlc, const char* device, int seq) {
        return QStringLiteral("%1,%2,%3").arg(hlc + dHlc).arg(QLatin1String(device)).arg(seq);
    };
    CHECK(star.versions[rows[0]] == QMap<QString, QString>{{QStringLiteral("code"), version(100, "dev-a", 1)},
                                                            {QStringLiteral("deleted"), version(100, "dev-a", 1)},
                                                            {QStringLiteral("name"), version(200, "dev-b", 5)},
                                                            {QStringLiteral("kind"), version(40, "dev-c", 6)}});
    CHECK(star.data[rows[0]].value(QStringLiteral("name")) == QStringLiteral("Ấp B"));
    CHECK(star.data[rows[0]].value(QStringLiteral("kind")) == QStringLiteral("xóm"));
    // Row 1 was "*" when C wrote the field it never had, older than the row.
    CHECK(star.data[rows[1]].value(QStringLiteral("kind")) == QStringLiteral("ấp"));
    CHECK(star.versions[rows[1]] == QMap<QString, QString>{{QStringLiteral("code"), version(100, "dev-a", 2)},
                                                            {QStringLiteral("deleted"), version(100, "dev-a", 2)},
                                                            {QStringLiteral("name"), version(100, "dev-a", 2)},
                                                            {QStringLiteral("kind"), version(50, "dev-c", 7)}});
    CHECK(star.data[rows[2]].value(QStringLiteral("name")) == QStringLiteral("Ấp 2"));
    CHECK(star.data[rows[2]].value(QStringLiteral("code")) == QStringLiteral("C2"));
    CHECK(star.versions[rows[2]][QStringLiteral("name")] == version(100, "dev-a", 3));
    CHECK(star.versions[rows[2]][QStringLiteral("code")] == version(300, "dev-c", 8));
    // Concurrent (C never pulled): row 2's name (lost) and code (kept), row 3's name (kept) and code (lost).
    REQUIRE(star.conflicts.size() == 4);
    const char* kept[] = {"dev-a", "dev-c", "dev-c", "dev-a"};
    for (int i = 0; i < 4; ++i)
        CHECK(star.conflicts[i].toObject().value(QStringLiteral("kept_device")).toString() == QLatin1String(kept[i]));
    CHECK(star.data[rows[3]].value(QStringLiteral("name")) == QStringLiteral("Ấp C3"));
    CHECK(star.data[rows[3]].value(QStringLiteral("code")) == QStringLiteral("H3"));
    CHECK(star.data[rows[3]].value(QStringLiteral("kind")) == QStringLiteral("tổ"));
    CHECK(star.versions[rows[3]][QStringLiteral("code")] == version(100, "dev-a", 1));
    CHECK(star.versions[rows[3]][QStringLiteral("kind")] == version(10, "dev-c", 9));
    // Two writers on every row now: every name written out.
    for (const QString& row : rows)
        CHECK_FALSE(star.texts[row].contains(QLatin1Char('*')));
}
