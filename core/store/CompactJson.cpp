#include "core/store/CompactJson.h"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace hocvuso {

namespace {

// The length of the well-formed UTF-8 sequence starting at `p` (a byte of
// 0x80 or more), or 0 when it is not one: overlong forms, surrogates and
// code points past U+10FFFF are not. Only such text survives Qt's round
// trip through UTF-16 unchanged, so only it can be copied as it is.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = *p;
    int extra = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p <= extra)
        return 0;
    for (int i = 1; i <= extra; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return extra + 1;
}

// True when none of the 8 bytes in `w` needs a second look: each is ASCII,
// not a control character, not '"' and not '\\'. (Bit tricks that never
// miss such a byte; a false alarm only sends the bytes the slow way.)
bool allPlainAscii(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    auto hasZeroByte = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 control = (w - ones * 0x20) & ~w & highs; // a byte below 0x20
    return !((w & highs) | control | hasZeroByte(w ^ (ones * '"')) | hasZeroByte(w ^ (ones * '\\')));
}

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Writes the decimal digits of `value` to end just before `end`; returns where they start.
char* decimalDigits(qint64 value, char* end)
{
    char* p = end;
    // Through unsigned: -INT64_MIN does not fit a qint64.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    return p;
}

} // namespace

CompactJsonWriter::CompactJsonWriter(QByteArray& out) : m_out(out), m_size(out.size())
{
    // Room the array already has is used before anything is allocated.
    m_capacity = std::max(out.capacity(), out.size());
    if (m_capacity > m_size)
        out.resize(m_capacity);
    m_data = m_capacity > 0 ? out.data() : nullptr;
}

void CompactJsonWriter::finish()
{
    if (m_out.size() != m_size)
        m_out.resize(m_size);
    m_capacity = m_size;
}

void CompactJsonWriter::grow(qsizetype bytes)
{
    m_capacity = std::max({m_size + bytes, m_capacity * 2, m_out.capacity(), qsizetype(64)});
    m_out.resize(m_capacity);
    m_data = m_out.data();
}

void CompactJsonWriter::put(QByteArrayView bytes)
{
    reserveMore(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(m_data + m_size, bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void CompactJsonWriter::putString(QByteArrayView utf8)
{
    // Room for the text as it is and its quotes: the common case. Each
    // escape makes room for itself and what is left (so, at worst, as much
    // again); invalid UTF-8 starts over from the repaired text.
    reserveMore(utf8.size() + 2);
    const qsizetype start = m_size;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* const end = p + utf8.size();
    char* o = m_data + m_size;
    *o++ = '"';
    while (p < end) {
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (!allPlainAscii(w))
                break;
            std::memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c >= 0x80) {
            const int n = utf8SequenceLength(p, end);
            if (n == 0) {
                m_size = start;
                putString(QString::fromUtf8(utf8).toUtf8()); // valid now: U+FFFD where it was not
                return;
            }
            std::memcpy(o, p, size_t(n));
            o += n;
            p += n;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            *o++ = char(c);
            ++p;
            continue;
        }
        m_size = o - m_data;
        reserveMore(6 + (end - p) + 1);
        o = m_data + m_size;
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hexDigit(c >> 4);
            *o++ = hexDigit(c & 0xF);
        }
        ++p;
    }
    *o++ = '"';
    m_size = o - m_data;
}

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    CompactJsonWriter(out).string(utf8);
}

void CompactJsonWriter::beginObject()
{
    separate();
    put('{');
    m_first = true;
}

void CompactJsonWriter::endObject()
{
    put('}');
    m_first = false;
}

void CompactJsonWriter::beginArray()
{
    separate();
    put('[');
    m_first = true;
}

void CompactJsonWriter::endArray()
{
    put(']');
    m_first = false;
}

void CompactJsonWriter::key(QByteArrayView latin1Key)
{
    separate();
    reserveMore(latin1Key.size() + 3);
    char* o = m_data + m_size;
    *o++ = '"';
    std::memcpy(o, latin1Key.data(), size_t(latin1Key.size()));
    o += latin1Key.size();
    *o++ = '"';
    *o++ = ':';
    m_size = o - m_data;
    m_first = true; // the value that follows needs no comma
}

void CompactJsonWriter::string(QByteArrayView utf8)
{
    separate();
    putString(utf8);
}

void CompactJsonWriter::string(QStringView text)
{
    separate();
    // Ids and names of entities and operations are plain ASCII: narrowed as
    // they are; anything else goes through UTF-8 (and the escapes) as before.
    reserveMore(text.size() + 2);
    char* o = m_data + m_size;
    *o++ = '"';
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
            putString(text.toUtf8());
            return;
        }
        *o++ = char(c);
    }
    *o++ = '"';
    m_size = o - m_data;
}

void CompactJsonWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    char* const end = buffer + sizeof buffer;
    put(QByteArrayView(decimalDigits(value, end), end));
}

void CompactJsonWriter::integerString(qint64 value)
{
    separate();
    char buffer[24];
    char* const end = buffer + sizeof buffer - 1;
    *end = '"';
    char* begin = decimalDigits(value, end);
    *--begin = '"';
    put(QByteArrayView(begin, end + 1));
}

void CompactJsonWriter::real(double value)
{
    separate();
    if (std::isfinite(value))
        put(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        put("null");
}

void CompactJsonWriter::null()
{
    separate();
    put("null");
}

void CompactJsonWriter::raw(QByteArrayView json)
{
    separate();
    put(json);
}

void CompactJsonWriter::raw(QByteArrayView head, QByteArrayView tail)
{
    separate();
    put(head);
    put(tail);
}

} // namespace hocvuso
