#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Whom a class is for. The store keeps stable keys (elderly, disabled, ...;
// several joined by ',', empty = everyone), the same keys the residents
// list filters by; people read and type labels, Vietnamese or English, and
// the abbreviations communes write ("NCT", "Hội LHPN", "DTTS").
namespace hocvuso::target_group {

// The nine groups, in the order lists show them.
QStringList keys();
// The label of a stored value in the interface language: a key's label,
// the labels of a key list joined by "; ", "Everyone" for an empty value;
// a label of an older version reads as its key; other text as it is.
QString label(const QString& stored);
// The same in Vietnamese, as lists are exported (empty stays empty).
QString vietnameseLabel(const QString& stored);
// The stored value of typed text: a key or a label (Vietnamese or English,
// any case, with or without diacritics) or an alias gives its key; several
// groups separated by ',' or ';' give their keys joined by ',' (in keys()
// order); empty text, "Toàn dân" or "Everyone" give "" (everyone). Nullopt
// when some part names no group we list (e.g. "Nông dân"), or mixes
// everyone with groups: callers keep such text as it was written.
std::optional<QString> keyOf(const QString& text);

} // namespace hocvuso::target_group
