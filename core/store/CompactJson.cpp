#include "core/store/CompactJson.h"

#include <QLocale>
#include <QString>

#include <cmath>

namespace hocvuso {

namespace {

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF): then Qt's round trip through UTF-16 gives the
// same bytes back and they can be copied as they are.
bool isValidUtf8(QByteArrayView text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
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
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    QByteArray repaired;
    if (!isValidUtf8(utf8)) {
        repaired = QString::fromUtf8(utf8).toUtf8();
        utf8 = repaired;
    }
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out += utf8.sliced(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += hexDigit(c >> 4);
            out += hexDigit(c & 0xF);
        }
    }
    out += utf8.sliced(plainFrom);
    out += '"';
}

void CompactJsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void CompactJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
}

void CompactJsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
}

void CompactJsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
}

void CompactJsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
}

void CompactJsonWriter::key(QByteArrayView latin1Key)
{
    separate();
    m_out += '"';
    m_out += latin1Key;
    m_out += "\":";
    m_first = true; // the value that follows needs no comma
}

void CompactJsonWriter::string(QByteArrayView utf8)
{
    separate();
    appendJsonString(m_out, utf8);
}

void CompactJsonWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    char* end = buffer + sizeof buffer;
    char* p = end;
    // Through unsigned: -INT64_MIN does not fit a qint64.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    m_out.append(p, end - p);
}

void CompactJsonWriter::real(double value)
{
    separate();
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
}

void CompactJsonWriter::null()
{
    separate();
    m_out += "null";
}

void CompactJsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out += json;
}

} // namespace hocvuso
