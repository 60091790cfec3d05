#include "sync/protocol/PushBody.h"

#include "sync/protocol/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <cstring>

namespace hocvuso::sync {

using namespace json_text;

namespace {

constexpr int kMaxDepth = 64;

// A JSON string as read: its bytes between the quotes, and whether they
// are plain (ASCII, no escape): then they are the text itself.
struct Text
{
    QByteArrayView raw;
    bool plain = false;
};

// The members of one object met so far: each may come once, and all must.
class MemberSet
{
public:
    bool first(unsigned member)
    {
        const bool isFirst = !(m_seen & member);
        m_seen |= member;
        return isFirst;
    }
    bool all(unsigned every) const { return m_seen == every; }

private:
    unsigned m_seen = 0;
};

// Every method returns false when the text is not what this reader accepts;
// nothing is reported: the general path reads the body again and says why.
class Reader
{
public:
    explicit Reader(QByteArrayView body) : m_p(body.data()), m_end(body.data() + body.size()) {}

    bool readBatch(PushBatch* batch, QByteArrayView* rawChanges, qsizetype maxChanges);

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool at(char c) const { return m_p < m_end && *m_p == c; }
    bool expect(char c)
    {
        skipSpace();
        if (!at(c))
            return false;
        ++m_p;
        return true;
    }
    // Reads `{ "name": value, ... }`: `member(name)` reads the value (the
    // reader at it) and returns false to stop. Names are given as read.
    template <class Member>
    bool readObject(Member member);
    template <class Element>
    bool readArray(Element element);
    bool readText(Text* out);
    bool toQString(const Text& text, QString* out);
    bool readString(QString* out);
    bool readPositiveInteger(qint64* out);
    bool readNumber(QJsonValue* out);
    bool readLiteral(const char* word);
    bool skipValue(int depth);
    bool readChange(Change* c);

    const char* m_p;
    const char* m_end;
    QByteArray m_decoded; // escaped strings, decoded to UTF-8
};

template <class Member>
bool Reader::readObject(Member member)
{
    if (!expect('{'))
        return false;
    skipSpace();
    if (at('}')) {
        ++m_p;
        return true;
    }
    for (;;) {
        skipSpace();
        Text name;
        if (!readText(&name) || !expect(':'))
            return false;
        skipSpace();
        if (!member(name))
            return false;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        if (!at(','))
            return false;
        ++m_p;
    }
}

template <class Element>
bool Reader::readArray(Element element)
{
    if (!expect('['))
        return false;
    skipSpace();
    if (at(']')) {
        ++m_p;
        return true;
    }
    for (;;) {
        skipSpace();
        if (!element())
            return false;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        if (!at(','))
            return false;
        ++m_p;
    }
}

// A string by RFC 8259 (valid UTF-8, no control character, known escapes);
// its raw bytes, decoded later if needed.
bool Reader::readText(Text* out)
{
    if (!at('"'))
        return false;
    const char* const start = ++m_p;
    const auto* p = reinterpret_cast<const unsigned char*>(m_p);
    const auto* const end = reinterpret_cast<const unsigned char*>(m_end);
    bool plain = true;
    while (p < end) {
        const unsigned char c = *p;
        if (c == '"') {
            *out = {QByteArrayView(start, reinterpret_cast<const char*>(p) - start), plain};
            m_p = reinterpret_cast<const char*>(p) + 1;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c < 0x80 && c != '\\') {
            ++p;
            continue;
        }
        plain = false;
        if (c == '\\') {
            if (end - p < 2)
                return false;
            if (simpleEscape(char(p[1]))) {
                p += 2;
                continue;
            }
            if (p[1] != 'u' || end - p < 6 || hexDigit(char(p[2])) < 0 || hexDigit(char(p[3])) < 0 ||
                hexDigit(char(p[4])) < 0 || hexDigit(char(p[5])) < 0)
                return false;
            if (p[2] == '0' && p[3] == '0' && p[4] == '0' && p[5] == '0')
                return false; // U+0000: the general path refuses it in names, quarantines it in values
            p += 6; // surrogates are checked when decoded
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return false; // ends inside the string
}

// The text of a string read by readText. False for an escaped U+0000 or a
// lone surrogate: read by the general path.
bool Reader::toQString(const Text& text, QString* out)
{
    if (text.plain) {
        *out = QString::fromLatin1(text.raw);
        return true;
    }
    if (!text.raw.contains('\\')) { // UTF-8 checked by readText
        *out = QString::fromUtf8(text.raw);
        return true;
    }
    m_decoded.resize(text.raw.size()); // decoded text is never longer than escaped text
    char* o = m_decoded.data();
    const char* p = text.raw.data();
    const char* const end = p + text.raw.size();
    auto hex4 = [](const char* at) {
        return (hexDigit(at[0]) << 12) | (hexDigit(at[1]) << 8) | (hexDigit(at[2]) << 4) | hexDigit(at[3]);
    };
    while (p < end) {
        if (*p != '\\') {
            *o++ = *p++;
            continue;
        }
        const char e = p[1];
        p += 2;
        if (const char plain = simpleEscape(e)) {
            *o++ = plain;
            continue;
        }
        // \u (readText let no other through)
        const int unit = hex4(p);
        p += 4;
        char32_t cp = char32_t(unit);
        if (unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
            return false;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                return false;
            const int low = hex4(p + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            p += 6;
        }
        o = appendUtf8(o, cp);
    }
    // Qt's parser builds an escaped string character by character: a
    // U+FEFF at its start stays (QString::fromUtf8 would drop it as a BOM).
    const QByteArrayView decoded(m_decoded.constData(), o - m_decoded.constData());
    if (!decoded.startsWith("\xEF\xBB\xBF")) {
        *out = QString::fromUtf8(decoded);
        return true;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *out = utf8.decode(decoded);
    return true;
}

bool Reader::readString(QString* out)
{
    Text text;
    return readText(&text) && toQString(text, out);
}

// A JSON integer 1..2^63-1 written plainly (no sign, fraction or exponent).
bool Reader::readPositiveInteger(qint64* out)
{
    const char* p = m_p;
    if (p >= m_end || *p < '1' || *p > '9')
        return false;
    while (p < m_end && *p >= '0' && *p <= '9')
        ++p;
    const auto r = std::from_chars(m_p, p, *out);
    if (r.ec != std::errc() || r.ptr != p)
        return false;
    m_p = p;
    return true;
}

// A number as Qt's parser stores it (json_text::readJsonNumber).
bool Reader::readNumber(QJsonValue* out)
{
    const JsonNumber n = readJsonNumber(m_p, m_end);
    if (n.status != JsonNumber::Status::Ok)
        return false; // out of double range too: left to the general path
    *out = n.isInteger ? QJsonValue(n.integer) : QJsonValue(n.real);
    m_p = n.end;
    return true;
}

bool Reader::readLiteral(const char* word)
{
    const size_t n = std::strlen(word);
    if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        return false;
    m_p += n;
    return true;
}

// Steps over one value by RFC 8259 (the caller lets Qt's parser read it).
bool Reader::skipValue(int depth)
{
    if (m_p >= m_end || depth > kMaxDepth)
        return false;
    switch (*m_p) {
    case '"': {
        Text text;
        return readText(&text);
    }
    case 't':
        return readLiteral("true");
    case 'f':
        return readLiteral("false");
    case 'n':
        return readLiteral("null");
    case '{':
        return readObject([&](const Text&) { return skipValue(depth + 1); });
    case '[':
        return readArray([&] { return skipValue(depth + 1); });
    default: {
        QJsonValue number;
        return readNumber(&number);
    }
    }
}

bool Reader::readChange(Change* c)
{
    enum : unsigned { Seq = 1, Entity = 2, RowId = 4, Op = 8, Fields = 16, Hlc = 32, Device = 64, All = 127 };
    MemberSet members;
    auto once = [&members](unsigned member) { return members.first(member); };
    const bool ok = readObject([&](const Text& name) {
        if (!name.plain)
            return false;
        const QByteArrayView n = name.raw;
        if (n == "seq")
            return once(Seq) && readPositiveInteger(&c->seq);
        if (n == "entity")
            return once(Entity) && readString(&c->entity);
        if (n == "row_id")
            return once(RowId) && readString(&c->rowId);
        if (n == "op")
            return once(Op) && readString(&c->op);
        if (n == "device_id")
            return once(Device) && readString(&c->deviceId);
        if (n == "fields") {
            // Strict text, then Qt's own parser reads the object: it builds it
            // at a fraction of the cost of QJsonObject::insert per member, and
            // reads it (a name given twice, numbers) as it would in the whole body.
            const char* const start = m_p;
            if (!once(Fields) || !at('{') || !skipValue(1))
                return false;
            c->rawFields = QByteArray(start, m_p - start);
            QJsonParseError error;
            const QJsonDocument fields = QJsonDocument::fromJson(c->rawFields, &error);
            if (error.error != QJsonParseError::NoError || !fields.isObject())
                return false;
            c->fields = fields.object();
            return true;
        }
        if (n == "hlc") {
            // A decimal string, as the general path reads it with QString::toLongLong.
            if (!once(Hlc) || !at('"'))
                return false;
            ++m_p;
            if (!readPositiveInteger(&c->hlc) || !at('"'))
                return false;
            ++m_p;
            return true;
        }
        return false;
    });
    return ok && members.all(All);
}

bool Reader::readBatch(PushBatch* b, QByteArrayView* rawChanges, qsizetype maxChanges)
{
    enum : unsigned { BatchId = 1, Device = 2, From = 4, To = 8, Cursor = 16, Changes = 32, Checksum = 64, All = 127 };
    MemberSet members;
    auto once = [&members](unsigned member) { return members.first(member); };
    const bool ok = readObject([&](const Text& name) {
        if (!name.plain)
            return false;
        const QByteArrayView n = name.raw;
        if (n == "batch_id")
            return once(BatchId) && readString(&b->batchId);
        if (n == "device_id")
            return once(Device) && readString(&b->deviceId);
        if (n == "from_seq")
            return once(From) && readPositiveInteger(&b->fromSeq);
        if (n == "to_seq")
            return once(To) && readPositiveInteger(&b->toSeq);
        if (n == "pull_cursor")
            return once(Cursor) && readString(&b->pullCursor);
        if (n == "checksum")
            return once(Checksum) && readString(&b->checksum);
        if (n == "changes") {
            const char* const start = m_p;
            if (!once(Changes) || !at('['))
                return false;
            const bool read = readArray([&] {
                if (b->changes.size() >= maxChanges)
                    return false;
                b->changes.emplace_back();
                return readChange(&b->changes.back());
            });
            *rawChanges = QByteArrayView(start, m_p - start);
            return read;
        }
        return false;
    });
    skipSpace();
    return ok && members.all(All) && m_p == m_end;
}

} // namespace

std::optional<PushBatch> PushBodyReader::read(QByteArrayView body, qsizetype maxChanges)
{
    PushBatch b;
    QByteArrayView rawChanges;
    Reader reader(body);
    if (!reader.readBatch(&b, &rawChanges, maxChanges))
        return std::nullopt;
    // What PushBatch::fromJson checks; it says why when the general path runs.
    if (b.batchId.isEmpty() || b.batchId.size() > 128 || b.deviceId.isEmpty() || b.toSeq < b.fromSeq)
        return std::nullopt;
    if (batchChecksumOfBytes(rawChanges) != b.checksum)
        return std::nullopt;
    qint64 previous = 0;
    for (const Change& c : b.changes) {
        if (c.seq < b.fromSeq || c.seq > b.toSeq || c.seq <= previous)
            return std::nullopt;
        previous = c.seq;
    }
    return b;
}

} // namespace hocvuso::sync
