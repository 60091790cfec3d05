#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// How a class is held. The store keeps a stable key (in_class, online,
// blended, mobile); people read and type labels, Vietnamese or English.
namespace hocvuso::class_format {

QStringList keys();
// The label of a key in the interface language; an unknown value as it is.
QString label(const QString& key);
// The Vietnamese label lists are exported with (as the other Vietnamese columns).
QString vietnameseLabel(const QString& key);
// The key of a key or of a label (Vietnamese or English, any case, with or
// without diacritics); nullopt for anything else. Empty text has no key.
std::optional<QString> keyOf(const QString& text);

} // namespace hocvuso::class_format
