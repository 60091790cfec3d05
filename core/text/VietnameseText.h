#pragma once

#include <QString>

// Vietnamese text helpers: the forms we store, compare and search by.
namespace hocvuso::text {

// The stored form of a name or address: Unicode NFC, trimmed, every run of
// whitespace (tabs, NBSP, new lines) collapsed to one space, zero-width
// characters (U+200B, U+2060, BOM) removed. "Nguyễn  Văn An" typed with two
// spaces or in decomposed (NFD) form is the same name.
QString toNfc(const QString& s);

// The search key: no diacritics (combining marks U+0300–U+036F dropped after
// canonical decomposition), đ/Đ → d, lower case, trimmed, whitespace
// collapsed. NFC and NFD input give the same key:
// fold("NGUYỄN  Văn An") == "nguyen van an". The look-alike Ð/ð (U+00D0/
// U+00F0) that legacy-encoding converters put in place of Đ also folds to d.
// Fast (no regular expressions): it runs once per resident on import.
QString fold(const QString& s);

// True when s, trimmed, is non-empty, holds at least one digit and nothing
// but ASCII digits, spaces and the separators of phone/ID numbers (. - + ( )).
// Lets a search box tell "0912 345 678" or "001085012345" from a name.
bool looksLikeDigits(const QString& s);

// "nguyễn văn  an" → "Nguyễn Văn An": NFC, whitespace collapsed, every word
// lower case with its first letter upper case. A letter after a hyphen or an
// apostrophe also starts a word, for names such as "H'Hen Niê" or "Y-Moan".
QString capitalizeName(const QString& s);

} // namespace hocvuso::text
