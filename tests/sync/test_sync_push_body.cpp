// The one-pass push body reader (PushBodyReader) against the general path
// (QJsonDocument + PushBatch::fromJson) it stands in for: on what it accepts
// it must read the same batch, and it must accept nothing the general path
// refuses; malformed bodies are still refused with 400 over HTTP.
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/protocol/Protocol.h"
#include "sync/protocol/PushBody.h"

#include <QCborValue>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

constexpr qsizetype kMaxChanges = 5000;

// What SyncService::push does with a body the reader leaves to it.
std::optional<sync::PushBatch> generalPath(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue changes = o.value(QStringLiteral("changes"));
    if (changes.isArray() && changes.toArray().size() > kMaxChanges)
        return std::nullopt;
    const QByteArrayView raw = sync::hasNoRepeatedMembers(body, o) ? sync::rawJsonMember(body, "changes") : QByteArrayView();
    QString why;
    return sync::PushBatch::fromJson(o, &why, raw);
}

// Same values and same kinds (an integer is not a double here).
void requireSameBatch(const sync::PushBatch& a, const sync::PushBatch& b)
{
    REQUIRE(a.batchId == b.batchId);
    REQUIRE(a.deviceId == b.deviceId);
    REQUIRE(a.fromSeq == b.fromSeq);
    REQUIRE(a.toSeq == b.toSeq);
    REQUIRE(a.pullCursor == b.pullCursor);
    REQUIRE(a.checksum == b.checksum);
    REQUIRE(a.changes.size() == b.changes.size());
    for (qsizetype i = 0; i < a.changes.size(); ++i) {
        const sync::Change& x = a.changes[i];
        const sync::Change& y = b.changes[i];
        INFO("change " << i);
        REQUIRE(x.seq == y.seq);
        REQUIRE(x.entity == y.entity);
        REQUIRE(x.rowId == y.rowId);
        REQUIRE(x.op == y.op);
        REQUIRE(x.hlc == y.hlc);
        REQUIRE(x.deviceId == y.deviceId);
        REQUIRE(x.rawFields == y.rawFields);
        REQUIRE(x.fieldsJson == y.fieldsJson);
        REQUIRE(x.fields == y.fields);
        REQUIRE(QCborValue::fromJsonValue(x.fields) == QCborValue::fromJsonValue(y.fields));
        REQUIRE(QJsonDocument(x.fields).toJson(QJsonDocument::Compact) ==
                QJsonDocument(y.fields).toJson(QJsonDocument::Compact));
    }
}

// True when the one-pass reader accepts `body`; it must then be a body the
// general path accepts too, read to the same batch.
bool readAsTheGeneralPathReads(const QByteArray& body)
{
    const auto fast = sync::PushBodyReader::read(body, kMaxChanges);
    if (!fast)
        return false;
    const auto general = generalPath(body);
    REQUIRE(general);
    requireSameBatch(*fast, *general);
    return true;
}

// Random JSON text as a client (or a hand-made one) could write it: escapes
// or not, non-ASCII raw or escaped, every kind of number, nesting, spaces.
class BodyGenerator
{
public:
    explicit BodyGenerator(quint32 seed) : m_rng(seed) {}

    QByteArray body()
    {
        sync::PushBatch b;
        b.deviceId = uuid::v7();
        const int n = int(m_rng.bounded(1, 12));
        const qint64 first = m_rng.bounded(1, 1000);
        for (int i = 0; i < n; ++i) {
            sync::Change c;
            c.seq = i == 0 ? first : b.changes.last().seq + m_rng.bounded(1, 3);
            c.entity = pick({QStringLiteral("hamlets"), QStringLiteral("residents"), QStringLiteral("thứ_khác")});
            c.rowId = m_rng.bounded(4) == 0 ? text() : uuid::v7();
            c.op = pick({QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")});
            c.fieldsJson = object(0);
            c.hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch(), quint32(i));
            c.deviceId = b.deviceId;
            b.changes.push_back(c);
        }
        b.fromSeq = b.changes.first().seq;
        b.toSeq = b.changes.last().seq;
        b.batchId = QStringLiteral("%1:%2-%3").arg(b.deviceId).arg(b.fromSeq).arg(b.toSeq);
        b.pullCursor = m_rng.bounded(2) ? QStringLiteral("%1.%2").arg(m_rng.bounded(100)).arg(m_rng.bounded(100)) : QString();
        // Both writers clients have had: the canonical bytes, and Qt's.
        if (m_rng.bounded(4) == 0) {
            for (sync::Change& c : b.changes) {
                c.fields = QJsonDocument::fromJson(c.fieldsJson).object();
                c.fieldsJson.clear();
            }
            return QJsonDocument(b.toJson()).toJson(m_rng.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented);
        }
        return b.toJsonBytes();
    }

private:
    QString pick(std::initializer_list<QString> l) { return *(l.begin() + m_rng.bounded(int(l.size()))); }
    QByteArray space() { return m_rng.bounded(6) == 0 ? QByteArray(" \n\t\r").left(int(m_rng.bounded(1, 5))) : QByteArray(); }

    QString text()
    {
        static const QString pool = QStringLiteral("aZ09 _-\"\\/\b\f\n\r\t\x01\x1féĐấữ€😀𝄞");
        QString s;
        const int n = int(m_rng.bounded(0, 12));
        for (int i = 0; i < n; ++i) {
            const int at = int(m_rng.bounded(int(pool.size())));
            s += pool[at];
            if (pool[at].isHighSurrogate())
                s += pool[at + 1];
            else if (pool[at].isLowSurrogate())
                s.chop(1);
        }
        return s;
    }

    QByteArray string(const QString& s)
    {
        QByteArray out = "\"";
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar ch = s[i];
            const char16_t u = ch.unicode();
            const bool escape = m_rng.bounded(5) == 0;
            if (u == '"' || u == '\\' || u < 0x20) {
                const char* shortForm = u == '"' ? "\\\"" : u == '\\' ? "\\\\" : u == '\n' ? "\\n" : u == '\t' ? "\\t" : nullptr;
                if (shortForm && !escape)
                    out += shortForm;
                else
                    out += QByteArray("\\u") + QByteArray::number(u, 16).rightJustified(4, '0');
            } else if (u == '/' && escape) {
                out += "\\/";
            } else if (escape) {
                out += QByteArray("\\u") + QByteArray::number(u, 16).toUpper().rightJustified(4, '0');
            } else if (ch.isHighSurrogate() && i + 1 < s.size()) {
                out += QString(s.mid(i, 2)).toUtf8();
                ++i;
            } else {
                out += QString(ch).toUtf8();
            }
        }
        return out + '"';
    }

    QByteArray number()
    {
        switch (m_rng.bounded(9)) {
        case 0: return QByteArray::number(qint64(m_rng.generate64() >> m_rng.bounded(64)));
        case 1: return "-" + QByteArray::number(m_rng.bounded(1000000));
        case 2: return "0";
        case 3: return "-0";
        case 4: return "18446744073709551616"; // past 64 bits: a double
        case 5: return QByteArray::number(m_rng.generateDouble() * 1e6, 'g', 17);
        case 6: return QByteArray::number(m_rng.bounded(100)) + "e" + QByteArray::number(m_rng.bounded(-20, 20));
        case 7: return "-2.5E-3";
        default: return QByteArray::number(m_rng.bounded(10)) + "." + QByteArray::number(m_rng.bounded(1000));
        }
    }

    QByteArray value(int depth)
    {
        switch (m_rng.bounded(depth < 3 ? 9 : 7)) {
        case 0:
        case 1:
        case 2: return string(text());
        case 3: return number();
        case 4: return m_rng.bounded(2) ? "true" : "false";
        case 5: return "null";
        case 6: return number();
        case 7: return object(depth + 1);
        default: {
            QByteArray a = "[" + space();
            const int n = int(m_rng.bounded(4));
            for (int i = 0; i < n; ++i)
                a += (i ? "," : "") + space() + value(depth + 1) + space();
            return a + "]";
        }
        }
    }

    QByteArray object(int depth)
    {
        static const QStringList names = {QStringLiteral("name"), QStringLiteral("commune_id"), QStringLiteral("deleted"),
                                          QStringLiteral("full_name"), QStringLiteral("tên"), QStringLiteral("a/b")};
        QByteArray o = "{" + space();
        const int n = int(m_rng.bounded(depth ? 3 : 8));
        for (int i = 0; i < n; ++i) {
            const QString name = m_rng.bounded(3) ? names[m_rng.bounded(int(names.size()))] + QString::number(i) : text();
            o += (i ? "," : "") + space() + string(name) + space() + ":" + space() + value(depth) + space();
        }
        return o + "}";
    }

    QRandomGenerator m_rng;
};

// A body changed after it was written: bytes cut, dropped, repeated or
// replaced by what JSON text is made of (or must not hold); the checksum is
// made to match the changes again half of the time.
QByteArray mutated(QByteArray body, QRandomGenerator& rng)
{
    static const QByteArray specials = QByteArrayLiteral("\"\\{}[],:0-+eE.u tfn/") + QByteArray("\x00\x1f\xc3\xed\xff", 5);
    const qsizetype at = rng.bounded(int(body.size()));
    switch (rng.bounded(5)) {
    case 0: body.truncate(at); break;
    case 1: body.remove(at, rng.bounded(1, 4)); break;
    case 2: body.insert(at, body.mid(at, rng.bounded(1, 40))); break;
    case 3: body[at] = specials[rng.bounded(int(specials.size()))]; break;
    default: body.insert(at, specials.mid(rng.bounded(int(specials.size())), 1)); break;
    }
    if (rng.bounded(2)) {
        const QByteArrayView changes = sync::rawJsonMember(body, "changes");
        const QByteArray sum = sync::rawJsonMember(body, "checksum").toByteArray();
        if (!changes.isEmpty() && sum.size() == 66 && body.count(sum) == 1)
            body.replace(sum, QByteArray('"' + sync::batchChecksumOfBytes(changes).toLatin1() + '"'));
    }
    return body;
}

// Two hamlet inserts (seq 1 and 2) by device "dev", both with `fieldsJson`.
sync::PushBatch twoHamletInserts(const QByteArray& fieldsJson)
{
    sync::PushBatch b;
    b.deviceId = QStringLiteral("dev");
    b.fromSeq = 1;
    b.toSeq = 2;
    b.batchId = QStringLiteral("dev:1-2");
    for (int seq : {1, 2}) {
        sync::Change c;
        c.seq = seq;
        c.entity = QStringLiteral("hamlets");
        c.rowId = QStringLiteral("row%1").arg(seq);
        c.op = QStringLiteral("insert");
        c.fieldsJson = fieldsJson;
        c.hlc = 1000 + seq;
        c.deviceId = b.deviceId;
        b.changes.push_back(c);
    }
    return b;
}

// `good` with the first occurrence of each `from` replaced by its `to`, the
// checksum made to match the edited changes again.
QByteArray withEdits(const QByteArray& good, std::initializer_list<std::pair<QByteArray, QByteArray>> edits)
{
    return editedPushBody(good, [&](QByteArray& body) {
        for (const auto& [from, to] : edits) {
            REQUIRE(body.contains(from));
            body.replace(body.indexOf(from), from.size(), to);
        }
    });
}

} // namespace

TEST_CASE("the push body reader reads generated bodies exactly as the general path does", "[sync][pushbody]")
{
    BodyGenerator generate(20260612);
    int read = 0;
    for (int i = 0; i < 600; ++i) {
        const QByteArray body = generate.body();
        INFO(body.toStdString());
        const auto general = generalPath(body);
        REQUIRE(general);
        const auto fast = sync::PushBodyReader::read(body, kMaxChanges);
        // Left to the general path: an escaped U+0000, a lone surrogate, and
        // changes whose checksum is that of their canonical form, not of the
        // bytes (Qt's indented text); nothing else here.
        const bool leftOut = body.contains("\\u0000") || body.contains("\\ud8") || body.contains("\\uD8") ||
                             body.contains("\\udc") || body.contains("\\uDC") ||
                             sync::batchChecksumOfBytes(sync::rawJsonMember(body, "changes")) != general->checksum;
        if (!leftOut)
            REQUIRE(fast);
        if (fast) {
            requireSameBatch(*fast, *general);
            ++read;
        }
    }
    CHECK(read > 400);
}

TEST_CASE("the push body reader accepts nothing the general path refuses or reads differently", "[sync][pushbody]")
{
    BodyGenerator generate(7);
    QRandomGenerator rng(11);
    int accepted = 0, refused = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray body = generate.body();
        const int edits = int(rng.bounded(1, 3));
        for (int e = 0; e < edits; ++e)
            body = mutated(body, rng);
        INFO(body.toStdString());
        accepted += readAsTheGeneralPathReads(body) ? 1 : 0;
        refused += generalPath(body) ? 0 : 1;
    }
    // Both outcomes were exercised.
    CHECK(accepted > 100);
    CHECK(refused > 1000);
}

TEST_CASE("the push body reader leaves every malformed body to the general path", "[sync][pushbody]")
{
    const sync::PushBatch b = twoHamletInserts(R"({"name":"Ấp \"Một\"","n":12})");
    const QByteArray good = b.toJsonBytes();
    REQUIRE(sync::PushBodyReader::read(good, kMaxChanges));
    REQUIRE(sync::PushBodyReader::read(QByteArray(" \n" + good + "\r\n"), kMaxChanges));
    CHECK_FALSE(sync::PushBodyReader::read(good, 1)); // more changes than allowed
    // Each first `from` replaced by its `to`, the checksum made to match again.
    const auto edited = [&](std::initializer_list<std::pair<QByteArray, QByteArray>> edits) {
        QByteArray body = good;
        for (const auto& [from, to] : edits) {
            REQUIRE(body.contains(from));
            body.replace(body.indexOf(from), from.size(), to);
        }
        const QByteArrayView changes = sync::rawJsonMember(body, "changes");
        if (!changes.isEmpty()) {
            const QByteArray sum = sync::rawJsonMember(body, "checksum").toByteArray();
            body.replace(sum, QByteArray('"' + sync::batchChecksumOfBytes(changes).toLatin1() + '"'));
        }
        return body;
    };
    const QList<QByteArray> bad = {
        good.left(good.size() - 1),                              // truncated
        good.left(good.size() / 2),                              // truncated
        good + "x",                                              // text after the object
        edited({{R"("seq":1)", R"("seq":"1")"}}),                    // wrong types
        edited({{R"("seq":1)", R"("seq":1.0)"}}),
        edited({{R"("seq":2)", R"("seq":0)"}}),
        edited({{R"("hlc":"1001")", R"("hlc":1001)"}}),
        edited({{R"("hlc":"1001")", R"("hlc":"01001")"}}),
        edited({{R"("from_seq":1)", R"("from_seq":-1)"}}),
        edited({{R"("fields":{"name")", R"("fields":[{"name")"}, {R"(12},"hlc")", R"(12}],"hlc")"}}),
        edited({{R"("entity":"hamlets")", R"("entity":null)"}}),
        edited({{R"("batch_id":)", R"("batch_id":"x","batch_id":)"}}), // repeated members
        edited({{R"("seq":1)", R"("seq":1,"seq":1)"}}),
        edited({{R"("op":"insert")", R"("op":"insert","op":"insert")"}}),
        edited({{R"("seq":1)", R"("seq":1,"extra":1)"}}),            // an unknown member
        edited({{R"("row_id":"row1")", R"("row_id":"row\x1")"}}),    // bad escapes
        edited({{R"("row_id":"row1")", R"("row_id":"row\u12")"}}),
        edited({{R"("row_id":"row1")", R"("row_id":"row\ud800")"}}), // a lone surrogate
        edited({{R"("row_id":"row1")", R"("row_id":"row\udc00x")"}}),
        edited({{R"("row_id":"row1")", R"("row_id":"row\u0000")"}}), // U+0000
        edited({{R"("name":)", R"("na\u0000me":)"}}),
        edited({{R"("n":12)", R"("n":1e400)"}}),                     // numbers out of range or not JSON
        edited({{R"("n":12)", R"("n":012)"}}),
        edited({{R"("n":12)", R"("n":1.)"}}),
        edited({{R"("n":12)", R"("n":.5)"}}),
        edited({{R"("n":12)", R"("n":+1)"}}),
        edited({{R"("seq":1)", R"("seq":99999999999999999999)"}}),
        edited({{"Một", QByteArray("M\xc3\x28t")}}),                 // invalid UTF-8
        edited({{"Một", QByteArray("M\tt")}}),                       // a raw control character
        edited({{R"("seq":2)", R"("seq":1)"}}),                      // out of order
        edited({{R"("to_seq":2)", R"("to_seq":1)"}}),                // out of range
        edited({{R"("batch_id":"dev:1-2")", R"("batch_id":"")"}}),
    };
    for (const QByteArray& body : bad) {
        INFO(body.toStdString());
        CHECK_FALSE(sync::PushBodyReader::read(body, kMaxChanges));
    }
    // A checksum that does not match the bytes.
    QByteArray altered = good;
    altered.replace("row2", "row3");
    CHECK_FALSE(sync::PushBodyReader::read(altered, kMaxChanges));
}

TEST_CASE("malformed push bodies are refused with 400 and store nothing", "[sync][pushbody]")
{
    ServerFixture server;
    const auto device = server.enrolled(uuid::v7());
    const QString commune = server.communeId(ServerFixture::communeA);
    sync::PushBatch b;
    b.deviceId = device.id;
    b.fromSeq = 1;
    b.toSeq = 2;
    b.batchId = QStringLiteral("%1:1-2").arg(device.id);
    for (int seq : {1, 2}) {
        sync::Change c;
        c.seq = seq;
        c.entity = QStringLiteral("hamlets");
        c.rowId = uuid::v7();
        c.op = QStringLiteral("insert");
        c.fieldsJson = QStringLiteral(R"({"commune_id":"%1","name":"Ấp %2"})").arg(commune).arg(seq).toUtf8();
        c.hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch(), quint32(seq));
        c.deviceId = device.id;
        b.changes.push_back(c);
    }
    const QByteArray good = b.toJsonBytes();
    // Each first `from` replaced by its `to`, the checksum made to match again.
    const auto edited = [&](std::initializer_list<std::pair<QByteArray, QByteArray>> edits) {
        return withEdits(good, edits);
    };
    struct Case
    {
        const char* what;
        QByteArray body;
        const char* code;
        const char* message; // part of the message, or empty
    };
    const QList<Case> cases = {
        {"truncated", good.left(good.size() - 3), "bad_request", "not a JSON object"},
        {"seq as a string", edited({{R"("seq":1)", R"("seq":"1")"}}), "bad_batch", "seq must be a positive integer"},
        {"fields as an array", edited({{R"("fields":{)", R"("fields":[{)"}, {R"("},"hlc")", R"("}],"hlc")"}}),
         "bad_batch", ""},
        {"hlc as a boolean", edited({{R"("hlc":")", R"("hlc":true,"x":")"}}), "bad_batch", "hlc must be a positive integer"},
        {"batch_id twice, the last empty", edited({{R"("batch_id":)", R"("batch_id":"","batch_id":)"}}).replace(
                                                R"(,"checksum")", R"(,"batch_id":"","checksum")"),
         "bad_batch", "batch_id is required"},
        {"a bad \\u escape", edited({{R"("op":"insert")", R"("op":"ins\u12ert")"}}), "bad_request", ""},
        {"U+0000 in an operation", edited({{R"("op":"insert")", R"("op":"insert\u0000")"}}), "bad_batch", "U+0000"},
        {"a number out of range", edited({{R"("from_seq":1)", R"("from_seq":1e400)"}}), "bad_request", ""},
        {"changes out of order", edited({{R"("seq":2)", R"("seq":1)"}}), "bad_batch", "out of order"},
        {"a checksum that does not match", QByteArray(good).replace("Ấp 2", "Ấp 3"), "bad_batch",
         "checksum does not match"},
    };
    for (const Case& c : cases) {
        INFO(c.what << ": " << c.body.toStdString());
        const RawReply r = rawPost(server.api(QStringLiteral("push")), sync::compress(c.body), protocolHeaders(device.token));
        CHECK(r.status == 400);
        CHECK(r.code() == QLatin1String(c.code));
        CHECK(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
            QLatin1String(c.message)));
    }
    const QJsonObject rows = server.store().communeSummary(commune).value(QStringLiteral("rows")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it)
        CHECK(it.value().toInteger() == 0);
    // The same body unharmed is taken (the test can fail: the body is fine).
    const RawReply ok = rawPost(server.api(QStringLiteral("push")), sync::compress(good), protocolHeaders(device.token));
    CHECK(ok.status == 200);
    CHECK(ok.json.value(QStringLiteral("applied")).toInteger() == 2);
}

TEST_CASE("the push body reader reads edge cases of JSON text as the general path does", "[sync][pushbody]")
{
    sync::PushBatch b = twoHamletInserts(R"({"name":"Ap","n":12})");
    b.pullCursor = QStringLiteral("7.9");
    const QByteArray good = b.toJsonBytes();
    const auto edited = [&](std::initializer_list<std::pair<QByteArray, QByteArray>> edits) {
        return withEdits(good, edits);
    };
    const QList<QByteArray> strings = {
        "\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xb7\x90", "\xe2\x80\xa8", "\xf4\x8f\xbf\xbf", "\xc3\xa9", "\x7f",
        "\xef\xbb\xbf", R"(\uFFFE)", R"(\uffff)", R"(\ufdd0)", R"(\u2028)", R"(\udbff\udfff)", R"(\ud83d\ude00)",
        R"(\u00e9)", R"(\u00E9)", R"(\/)", R"(\u007f)", R"(\u0080)", R"(\u07ff)", R"(\u0800)", R"(\ufeff)",
        R"(\b\f\n\r\t\"\\)", "\xef\xbb\xbf\\n", "\xef\xbb\xbfx\\n", R"(\ufeffx)", R"(x\ufeff)", R"(\ufeff\ufeff)",
        "\xef\xbb\xbf\xef\xbb\xbf", "\xef\xbb\xbf\\ufeff",
    };
    QList<QByteArray> bodies = {good};
    for (const QByteArray& s : strings) {
        bodies << edited({{R"("entity":"hamlets")", "\"entity\":\"ham" + s + "lets\""}});
        bodies << edited({{R"("row_id":"row1")", "\"row_id\":\"row" + s + "\""}});
        bodies << edited({{R"("op":"insert")", "\"op\":\"" + s + "\""}});
        bodies << edited({{R"("name":"Ap")", "\"name\":\"A" + s + "p\""}});
        bodies << edited({{R"("name":)", "\"na" + s + "me\":"}});
        bodies << QByteArray(good).replace(R"("batch_id":"dev:1-2")", QByteArray("\"batch_id\":\"dev" + s + "\""));
        bodies << QByteArray(good).replace(R"("pull_cursor":"7.9")", QByteArray("\"pull_cursor\":\"7" + s + "\""));
        bodies << QByteArray(good).replace(R"("device_id":"dev","from_seq")", QByteArray("\"device_id\":\"d" + s + "\",\"from_seq\""));
    }
    for (const QByteArray n : {"-0", "0", "1.0", "-1.0", "1E2", "1e-400", "1e308", "9223372036854775807",
                               "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0.1",
                               "123456789012345678901234567890", "1.5e300", "4.9e-324", "2.2250738585072011e-308"})
        bodies << edited({{R"("n":12)", "\"n\":" + QByteArray(n)}});
    bodies << edited({{R"("n":12)", R"("n":12,"n":13)"}});
    bodies << edited({{R"("n":12)", R"("n":12,"name":"B")"}});
    bodies << edited({{R"("n":12)", R"("n":{"a":1,"a":2})"}});
    bodies << edited({{R"("n":12)", R"("n":[1,{"x":[]},"s",null,true])"}});
    bodies << edited({{R"({"name":"Ap","n":12})", "{}"}});
    bodies << edited({{R"("hlc":"1001")", R"("hlc":"9223372036854775807")"}});
    bodies << edited({{R"("seq":2)", R"("seq":2)"}}).replace(R"("to_seq":2)", R"("to_seq":9223372036854775807)");
    bodies << QByteArray("\xef\xbb\xbf") + good;
    bodies << "[" + good + "]";
    // Spaces between every token.
    {
        QByteArray spaced = good;
        spaced.replace("\":", "\" \t:\r\n ").replace(",\"", " ,\n\"").replace("{", "{ ").replace("}", " }");
        bodies << spaced;
        bodies << editedPushBody(spaced, [](QByteArray&) {});
    }
    // No changes.
    bodies << editedPushBody(good, [](QByteArray& body) {
        const QByteArrayView changes = sync::rawJsonMember(body, "changes");
        body.replace(body.indexOf(changes.toByteArray()), changes.size(), "[]");
    });
    int accepted = 0;
    for (const QByteArray& body : bodies) {
        INFO(body.toStdString());
        accepted += readAsTheGeneralPathReads(body) ? 1 : 0;
    }
    CHECK(accepted > 100);
}
