#include "core/text/VietnameseText.h"

#include <array>

namespace hocvuso::text {

namespace {

// fold() looks up every UTF-16 unit below this bound in a table built once:
// it covers Latin (with the Vietnamese block U+1E00–U+1EFF), Greek and
// Cyrillic, so a Vietnamese name never needs a normalization pass.
constexpr char16_t kTableSize = 0x2000;
constexpr char16_t kDrop = 0;      // combining mark, zero-width or NUL
constexpr char16_t kSpace = u' ';  // any whitespace
constexpr char16_t kSlow = 0xFFFF; // decomposes into marks the table can't drop: normalize first

bool isCombiningMark(char16_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

// Invisible characters that copy/paste and CSV files leave inside names.
bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Đ/đ, and the identical-looking Ð/ð that legacy VNI/TCVN converters emit.
bool isDLike(char16_t c)
{
    return c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0;
}

char16_t foldedUnit(char16_t c)
{
    const QChar ch(c);
    if (c == 0 || isCombiningMark(c))
        return kDrop;
    if (ch.isSpace())
        return kSpace;
    if (isDLike(c))
        return u'd';
    if (ch.decompositionTag() != QChar::Canonical)
        return ch.toLower().unicode();
    const QString nfd = QString(ch).normalized(QString::NormalizationForm_D);
    for (qsizetype i = 1; i < nfd.size(); ++i) {
        if (!isCombiningMark(nfd.at(i).unicode()))
            return kSlow;
    }
    return nfd.at(0).toLower().unicode();
}

const std::array<char16_t, kTableSize>& foldTable()
{
    // Function-local static: built once (a few ms), thread-safe.
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> t{};
        for (unsigned c = 0; c < kTableSize; ++c)
            t[c] = foldedUnit(static_cast<char16_t>(c));
        return t;
    }();
    return table;
}

// Units the table can't answer, i.e. those that need a full NFD pass.
bool needsNormalization(const QString& s, const std::array<char16_t, kTableSize>& table)
{
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c < kTableSize ? table[c] == kSlow
                           : ch.isSurrogate() || ch.decompositionTag() == QChar::Canonical)
            return true;
    }
    return false;
}

} // namespace

// True when simplified() and the zero-width removal would leave s as it is:
// no whitespace but single inner spaces, no zero-width character. Most cells
// of an import are like that and then skip both copies.
static bool isSimpleText(const QString& s)
{
    const qsizetype n = s.size();
    const QChar* p = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c == u' ') {
            if (i == 0 || i == n - 1 || p[i - 1].unicode() == u' ')
                return false;
        } else if (c < 0x80) {
            if (c >= 0x09 && c <= 0x0D)
                return false;
        } else if (isZeroWidth(c) || p[i].isSpace()) {
            return false;
        }
    }
    return true;
}

QString toNfc(const QString& s)
{
    // normalized() returns a shared copy without work for text already in NFC.
    if (isSimpleText(s))
        return s.normalized(QString::NormalizationForm_C);
    QString out = s.simplified();
    out.removeIf([](QChar c) { return isZeroWidth(c.unicode()); });
    return out.normalized(QString::NormalizationForm_C);
}

QString fold(const QString& s)
{
    const auto& table = foldTable();
    // Table-only units: already as good as decomposed (NFC and NFD input
    // fold alike). Anything else (Hangul, CJK compatibility, ...) takes NFD.
    const QString src = needsNormalization(s, table) ? s.normalized(QString::NormalizationForm_D) : s;

    QString out(src.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar ch : src) {
        const char16_t c = ch.unicode();
        char16_t f;
        if (c < kTableSize && table[c] != kSlow) // kSlow can't survive NFD; lower-case it if it does
            f = table[c];
        else if (isZeroWidth(c))
            f = kDrop;
        else if (ch.isSpace())
            f = kSpace;
        else if (ch.isSurrogate())
            f = c; // astral characters are copied as they are
        else
            f = ch.toLower().unicode();

        if (f == kDrop)
            continue;
        if (f == kSpace) {
            pendingSpace = n > 0; // leading whitespace is trimmed
            continue;
        }
        if (pendingSpace) {
            dst[n++] = QChar(kSpace);
            pendingSpace = false;
        }
        dst[n++] = QChar(f);
    }
    out.truncate(n);
    return out;
}

bool looksLikeDigits(const QString& s)
{
    bool anyDigit = false;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9')
            anyDigit = true;
        else if (!c.isSpace() && c != u'.' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return false;
    }
    return anyDigit;
}

QString capitalizeName(const QString& s)
{
    QString out = toNfc(s).toLower();
    bool wordStart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c == u' ' || c == u'-' || c == u'\'' || c == u'\u2019') {
            wordStart = true;
        } else if (wordStart && c.isLetter()) {
            out[i] = c.toTitleCase();
            wordStart = false;
        } else if (c.isLetterOrNumber()) {
            wordStart = false;
        }
    }
    return out;
}

} // namespace hocvuso::text
