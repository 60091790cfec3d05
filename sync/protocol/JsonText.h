#pragma once

// Pieces of strict JSON text reading shared by the pull page reader and the
// push body reader (internal to sync/protocol).

#include <QtGlobal>

#include <charconv>
#include <cmath>

namespace hocvuso::sync::json_text {

// Length of the UTF-8 sequence at p (lead byte >= 0x80), or 0 when it is
// not one: overlong forms, surrogates and code points past U+10FFFF refused.
inline int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    auto cont = [&](int i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

inline char* appendUtf8(char* out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

// The character a one-letter escape stands for (\" \\ \/ \b \f \n \r \t),
// or 0 for any other letter ('u' included).
inline char simpleEscape(char e)
{
    switch (e) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A number by RFC 8259 read as Qt's parser stores it: an integer literal
// that fits 64 bits as an integer, anything else as a double (correctly
// rounded both ways).
struct JsonNumber
{
    enum class Status { Ok, NotANumber, Invalid, OutOfRange };
    Status status = Status::NotANumber;
    const char* end = nullptr; // past the number (Ok), or where it stopped being one (Invalid)
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;
};

inline JsonNumber readJsonNumber(const char* const start, const char* const end)
{
    JsonNumber n;
    const char* p = start;
    auto digit = [&] { return p < end && *p >= '0' && *p <= '9'; };
    auto invalid = [&] {
        n.status = JsonNumber::Status::Invalid;
        n.end = p;
        return n;
    };
    if (p < end && *p == '-')
        ++p;
    if (!digit())
        return n; // NotANumber
    if (*p == '0')
        ++p;
    else
        while (digit())
            ++p;
    bool integral = true;
    if (p < end && *p == '.') {
        integral = false;
        ++p;
        if (!digit())
            return invalid();
        while (digit())
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digit())
            return invalid();
        while (digit())
            ++p;
    }
    n.end = p;
    if (integral) {
        const auto r = std::from_chars(start, p, n.integer);
        if (r.ec == std::errc() && r.ptr == p) {
            n.status = JsonNumber::Status::Ok;
            n.isInteger = true;
            return n;
        }
        // Past 64 bits: a double, as Qt reads it.
    }
    const auto r = std::from_chars(start, p, n.real);
    n.status = r.ec == std::errc() && r.ptr == p && std::isfinite(n.real) ? JsonNumber::Status::Ok
                                                                           : JsonNumber::Status::OutOfRange;
    return n;
}

} // namespace hocvuso::sync::json_text
