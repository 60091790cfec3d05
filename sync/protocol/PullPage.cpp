#include "sync/protocol/PullPage.h"

#include "sync/protocol/JsonText.h"

#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace hocvuso::sync {

using namespace json_text;

namespace {

constexpr int kMaxDepth = 64; // nesting of values the page does not use, skipped

std::string_view sv(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

} // namespace

class PullPageReader
{
public:
    explicit PullPageReader(PullPage& page)
        : m_page(page), m_begin(page.m_body.constData()), m_p(m_begin), m_end(m_begin + page.m_body.size())
    {
        // Decoded strings are never longer than their escaped form: the
        // buffer is never reallocated, so views into it stay valid.
        m_page.m_decoded.resize(page.m_body.size());
        m_out = m_page.m_decoded.data();
    }

    bool read();
    // The whole text is one scalar value.
    bool readOnlyScalar()
    {
        skipSpace();
        PulledValue v;
        if (!readScalar(&v))
            return false;
        skipSpace();
        return m_p == m_end;
    }
    const QString& error() const { return m_error; }

private:
    bool fail(const QString& why);
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool at(char c) const { return m_p < m_end && *m_p == c; }
    template <class Member>
    bool readObject(Member member);
    template <class Element>
    bool readArray(Element element);
    bool readString(QByteArrayView* out);
    bool readStringMember(QByteArrayView* out);
    bool readNumber(PulledValue* out);
    bool readScalar(PulledValue* out);
    bool readLiteral(const char* word);
    bool readHlc(qint64* out);
    // A scalar of one kind only; otherwise fails saying what it must be.
    bool readScalarOfKind(PulledValue::Kind kind, const char* mustBe, PulledValue* out);
    // An array of objects read by `element`, with the element's index kept for errors.
    template <class Element>
    bool readIndexedArray(Element element);
    bool skipValue(int depth);
    bool readChange();
    bool readConflict();

    PullPage& m_page;
    const char* const m_begin;
    const char* m_p;
    const char* const m_end;
    char* m_out;
    QString m_error;
    // Where the reader is, for errors: top-level member, element, member, field.
    QByteArrayView m_top, m_member, m_field;
    qsizetype m_index = -1;
};

bool PullPageReader::fail(const QString& why)
{
    if (!m_error.isEmpty())
        return false;
    QString path = QString::fromUtf8(m_top);
    if (m_index >= 0)
        path += QStringLiteral("[%1]").arg(m_index);
    if (!m_member.isEmpty())
        path += QLatin1Char('.') + QString::fromUtf8(m_member);
    if (!m_field.isEmpty())
        path += QLatin1Char('.') + QString::fromUtf8(m_field);
    m_error = (path.isEmpty() ? why : path + QStringLiteral(": ") + why) +
              QStringLiteral(" (at byte %1)").arg(m_p - m_begin);
    return false;
}

// Members in order; a name given twice in one object refuses the page. The
// server writes names sorted, so a repeat is looked for only when they are not.
template <class Member>
bool PullPageReader::readObject(Member member)
{
    if (!at('{'))
        return fail(QStringLiteral("must be an object"));
    ++m_p;
    skipSpace();
    if (at('}')) {
        ++m_p;
        return true;
    }
    QVarLengthArray<QByteArrayView, 48> names;
    bool sorted = true;
    for (;;) {
        skipSpace();
        if (!at('"'))
            return fail(m_p >= m_end ? QStringLiteral("the page ends inside an object")
                                     : QStringLiteral("expected a member name"));
        QByteArrayView name;
        if (!readString(&name))
            return false;
        if (!names.isEmpty()) {
            if (!sorted || sv(names.last()) >= sv(name)) {
                sorted = false;
                for (const QByteArrayView& seen : std::as_const(names))
                    if (seen == name)
                        return fail(QStringLiteral("member \"%1\" is given twice").arg(QString::fromUtf8(name)));
            }
        }
        names.append(name);
        skipSpace();
        if (!at(':'))
            return fail(QStringLiteral("expected ':' after a member name"));
        ++m_p;
        skipSpace();
        if (!member(name))
            return false;
        skipSpace();
        if (at(',')) {
            ++m_p;
            continue;
        }
        if (at('}')) {
            ++m_p;
            return true;
        }
        return fail(m_p >= m_end ? QStringLiteral("the page ends inside an object")
                                 : QStringLiteral("expected ',' or '}' in an object"));
    }
}

template <class Element>
bool PullPageReader::readArray(Element element)
{
    if (!at('['))
        return fail(QStringLiteral("must be an array"));
    ++m_p;
    skipSpace();
    if (at(']')) {
        ++m_p;
        return true;
    }
    for (qsizetype i = 0;; ++i) {
        skipSpace();
        if (!element(i))
            return false;
        skipSpace();
        if (at(',')) {
            ++m_p;
            continue;
        }
        if (at(']')) {
            ++m_p;
            return true;
        }
        return fail(m_p >= m_end ? QStringLiteral("the page ends inside an array")
                                 : QStringLiteral("expected ',' or ']' in an array"));
    }
}

bool PullPageReader::readString(QByteArrayView* out)
{
    if (!at('"'))
        return fail(QStringLiteral("must be a string"));
    const char* const start = ++m_p;
    const auto* p = reinterpret_cast<const unsigned char*>(m_p);
    const auto* const end = reinterpret_cast<const unsigned char*>(m_end);
    // Fast path: no escapes, the view is the page's own bytes.
    while (p < end) {
        const unsigned char c = *p;
        if (c == '"') {
            *out = QByteArrayView(start, reinterpret_cast<const char*>(p) - start);
            m_p = reinterpret_cast<const char*>(p) + 1;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20) {
            m_p = reinterpret_cast<const char*>(p);
            return fail(QStringLiteral("control character in a string"));
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            m_p = reinterpret_cast<const char*>(p);
            return fail(QStringLiteral("invalid UTF-8 in a string"));
        }
        p += n;
    }
    if (p >= end) {
        m_p = m_end;
        return fail(QStringLiteral("the page ends inside a string"));
    }
    // Escapes: the decoded text goes to the side buffer.
    char* const decoded = m_out;
    std::memcpy(m_out, start, size_t(reinterpret_cast<const char*>(p) - start));
    m_out += reinterpret_cast<const char*>(p) - start;
    while (p < end) {
        const unsigned char c = *p;
        if (c == '"') {
            *out = QByteArrayView(decoded, m_out - decoded);
            m_p = reinterpret_cast<const char*>(p) + 1;
            return true;
        }
        m_p = reinterpret_cast<const char*>(p);
        if (c < 0x20)
            return fail(QStringLiteral("control character in a string"));
        if (c >= 0x80) {
            const int n = utf8SequenceLength(p, end);
            if (n == 0)
                return fail(QStringLiteral("invalid UTF-8 in a string"));
            std::memcpy(m_out, p, size_t(n));
            m_out += n;
            p += n;
            continue;
        }
        if (c != '\\') {
            *m_out++ = char(c);
            ++p;
            continue;
        }
        if (p + 1 >= end)
            break;
        const char e = char(p[1]);
        p += 2;
        if (const char plain = simpleEscape(e)) {
            *m_out++ = plain;
            continue;
        }
        if (e != 'u')
            return fail(QStringLiteral("invalid escape in a string"));
        auto hex4 = [&](const unsigned char* at) -> int {
            if (end - at < 4)
                return -1;
            int v = 0;
            for (int i = 0; i < 4; ++i) {
                const int d = hexDigit(char(at[i]));
                if (d < 0)
                    return -1;
                v = v * 16 + d;
            }
            return v;
        };
        const int unit = hex4(p);
        if (unit < 0)
            return fail(QStringLiteral("invalid \\u escape in a string"));
        p += 4;
        char32_t cp = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? hex4(p + 2) : -1;
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                p += 6;
            } else {
                cp = 0xFFFD; // a lone surrogate: the replacement character, as QString::toUtf8 writes it
            }
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            cp = 0xFFFD;
        }
        m_out = appendUtf8(m_out, cp);
    }
    m_p = m_end;
    return fail(QStringLiteral("the page ends inside a string"));
}

bool PullPageReader::readStringMember(QByteArrayView* out)
{
    if (!at('"'))
        return fail(QStringLiteral("must be a string"));
    return readString(out);
}

bool PullPageReader::readNumber(PulledValue* out)
{
    const JsonNumber n = readJsonNumber(m_p, m_end);
    switch (n.status) {
    case JsonNumber::Status::NotANumber:
        return fail(QStringLiteral("not a JSON value"));
    case JsonNumber::Status::Invalid:
        m_p = n.end;
        return fail(QStringLiteral("invalid number"));
    case JsonNumber::Status::OutOfRange:
        return fail(QStringLiteral("number out of range"));
    case JsonNumber::Status::Ok:
        break;
    }
    out->kind = n.isInteger ? PulledValue::Kind::Integer : PulledValue::Kind::Real;
    out->integer = n.isInteger ? n.integer : 0;
    out->real = n.isInteger ? 0 : n.real;
    m_p = n.end;
    return true;
}

bool PullPageReader::readLiteral(const char* word)
{
    const size_t n = std::strlen(word);
    if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        return fail(QStringLiteral("not a JSON value"));
    m_p += n;
    return true;
}

bool PullPageReader::readScalar(PulledValue* out)
{
    if (m_p >= m_end)
        return fail(QStringLiteral("the page ends before a value"));
    switch (*m_p) {
    case '"':
        out->kind = PulledValue::Kind::Text;
        return readString(&out->text);
    case 't':
        out->kind = PulledValue::Kind::Bool;
        out->boolean = true;
        return readLiteral("true");
    case 'f':
        out->kind = PulledValue::Kind::Bool;
        out->boolean = false;
        return readLiteral("false");
    case 'n':
        out->kind = PulledValue::Kind::Null;
        return readLiteral("null");
    case '{':
    case '[':
        return fail(QStringLiteral("must be a single value, not an object or array"));
    default:
        return readNumber(out);
    }
}

bool PullPageReader::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(QStringLiteral("values nested too deeply"));
    if (at('{'))
        return readObject([&](QByteArrayView) { return skipValue(depth + 1); });
    if (at('['))
        return readArray([&](qsizetype) { return skipValue(depth + 1); });
    PulledValue ignored;
    return readScalar(&ignored);
}

// An HLC: a decimal string (HLCs exceed 2^53) or a whole number.
bool PullPageReader::readHlc(qint64* out)
{
    PulledValue v;
    if (!readScalar(&v))
        return false;
    if (v.kind == PulledValue::Kind::Integer && v.integer >= 0) {
        *out = v.integer;
        return true;
    }
    if (v.kind == PulledValue::Kind::Text && !v.text.isEmpty()) {
        const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), *out);
        if (r.ec == std::errc() && r.ptr == v.text.data() + v.text.size() && v.text[0] != '-')
            return true;
    }
    return fail(QStringLiteral("must be a hybrid logical clock (a decimal string)"));
}

bool PullPageReader::readScalarOfKind(PulledValue::Kind kind, const char* mustBe, PulledValue* out)
{
    if (!readScalar(out))
        return false;
    return out->kind == kind || fail(QString::fromLatin1(mustBe));
}

template <class Element>
bool PullPageReader::readIndexedArray(Element element)
{
    return readArray([&](qsizetype i) {
        m_index = i;
        if (!element())
            return false;
        m_index = -1;
        return true;
    });
}

bool PullPageReader::readChange()
{
    PulledChange c;
    c.firstField = m_page.m_fields.size();
    bool hasEntity = false, hasRowId = false, hasDevice = false, hasHlc = false, hasFields = false;
    const bool ok = readObject([&](QByteArrayView name) {
        m_member = name;
        bool read;
        if (name == "entity")
            read = hasEntity = readStringMember(&c.entity);
        else if (name == "row_id")
            read = hasRowId = readStringMember(&c.rowId);
        else if (name == "device_id")
            read = hasDevice = readStringMember(&c.deviceId);
        else if (name == "hlc")
            read = hasHlc = readHlc(&c.hlc);
        else if (name == "fields")
            read = hasFields = readObject([&](QByteArrayView field) {
                m_field = field;
                PulledField f{field, {}};
                if (at('{') || at('[')) {
                    f.value.kind = PulledValue::Kind::Nested;
                    if (!skipValue(0))
                        return false;
                } else if (!readScalar(&f.value)) {
                    return false;
                }
                m_page.m_fields.append(f);
                m_field = {};
                return true;
            });
        else
            read = skipValue(0);
        if (read)
            m_member = {};
        return read;
    });
    if (!ok)
        return false;
    for (auto [has, name] : {std::pair{hasEntity, "entity"}, {hasRowId, "row_id"}, {hasDevice, "device_id"},
                             {hasHlc, "hlc"}, {hasFields, "fields"}})
        if (!has)
            return fail(QStringLiteral("the change has no \"%1\"").arg(QLatin1String(name)));
    if (c.rowId.isEmpty())
        return fail(QStringLiteral("the change's row_id is empty"));
    c.fieldCount = m_page.m_fields.size() - c.firstField;
    m_page.changes.append(c);
    return true;
}

bool PullPageReader::readConflict()
{
    PulledConflict c;
    struct Text
    {
        const char* name;
        QString* value;
        bool seen = false;
    } texts[] = {{"id", &c.id},
                 {"entity", &c.entity},
                 {"row_id", &c.rowId},
                 {"field", &c.field},
                 {"kept_value", &c.keptValue},
                 {"kept_device", &c.keptDevice},
                 {"lost_value", &c.lostValue},
                 {"lost_device", &c.lostDevice}};
    bool hasKeptHlc = false, hasLostHlc = false, hasDetectedAt = false;
    const bool ok = readObject([&](QByteArrayView name) {
        m_member = name;
        bool read = false, known = false;
        for (Text& t : texts) {
            if (name == QByteArrayView(t.name)) {
                known = true;
                QByteArrayView v;
                read = t.seen = readStringMember(&v);
                *t.value = QString::fromUtf8(v);
            }
        }
        if (known) {
        } else if (name == "kept_hlc") {
            read = hasKeptHlc = readHlc(&c.keptHlc);
        } else if (name == "lost_hlc") {
            read = hasLostHlc = readHlc(&c.lostHlc);
        } else if (name == "detected_at") {
            PulledValue v;
            read = hasDetectedAt =
                readScalarOfKind(PulledValue::Kind::Integer, "must be a whole number of milliseconds", &v);
            c.detectedAt = v.integer;
        } else {
            read = skipValue(0);
        }
        if (read)
            m_member = {};
        return read;
    });
    if (!ok)
        return false;
    for (const Text& t : texts)
        if (!t.seen)
            return fail(QStringLiteral("the conflict has no \"%1\"").arg(QLatin1String(t.name)));
    for (auto [has, name] : {std::pair{hasKeptHlc, "kept_hlc"}, {hasLostHlc, "lost_hlc"}, {hasDetectedAt, "detected_at"}})
        if (!has)
            return fail(QStringLiteral("the conflict has no \"%1\"").arg(QLatin1String(name)));
    m_page.conflicts.append(std::move(c));
    return true;
}

bool PullPageReader::read()
{
    skipSpace();
    if (m_p >= m_end)
        return fail(QStringLiteral("the answer is empty"));
    bool hasChanges = false, hasConflicts = false, hasCursor = false, hasMore = false;
    const bool ok = readObject([&](QByteArrayView name) {
        m_top = name;
        bool read;
        if (name == "changes") {
            // About 30 fields a row: one allocation for most pages.
            m_page.m_fields.reserve(m_page.m_body.size() / 32);
            read = hasChanges = readIndexedArray([this] { return readChange(); });
        } else if (name == "conflicts") {
            read = hasConflicts = readIndexedArray([this] { return readConflict(); });
        } else if (name == "cursor") {
            QByteArrayView cursor;
            read = hasCursor = readStringMember(&cursor);
            m_page.cursor = QString::fromUtf8(cursor);
        } else if (name == "more") {
            PulledValue v;
            read = hasMore = readScalarOfKind(PulledValue::Kind::Bool, "must be true or false", &v);
            m_page.more = v.boolean;
        } else {
            read = skipValue(0);
        }
        if (read)
            m_top = {};
        return read;
    });
    if (!ok)
        return false;
    skipSpace();
    if (m_p != m_end)
        return fail(QStringLiteral("text after the page's object"));
    for (auto [has, name] : {std::pair{hasChanges, "changes"}, {hasConflicts, "conflicts"}, {hasCursor, "cursor"},
                             {hasMore, "more"}})
        if (!has)
            return fail(QStringLiteral("the page has no \"%1\"").arg(QLatin1String(name)));
    return true;
}

std::optional<PullPage> PullPage::parse(QByteArray body, QString* error)
{
    PullPage page;
    page.m_body = std::move(body);
    PullPageReader reader(page);
    if (!reader.read()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return page;
}

bool PullPage::isStrictScalar(QByteArrayView json)
{
    // One scratch page per thread: its decoding buffer keeps its room, so a
    // server checking every field of every pushed row allocates nothing.
    thread_local PullPage scratch;
    scratch.m_body = QByteArray::fromRawData(json.data(), json.size());
    PullPageReader reader(scratch);
    const bool strict = reader.readOnlyScalar();
    scratch.m_body = QByteArray(); // it pointed into `json`
    return strict;
}

} // namespace hocvuso::sync
