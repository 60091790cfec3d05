#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hocvuso::uuid {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds then random bits, so ids made
// on a device sort by creation time and index well. Lower-case, no braces.
QString v7();
// The same with the random bits drawn from `random` (seeded once from the
// system generator): a bulk writer making an id per row skips a system
// call and two conversions per id.
QString v7(QRandomGenerator& random);
// UUIDv5 of the natural key, so two devices recording the same fact (the
// same resident at the same class) make the same row.
QString v5(const QString& entity, const QStringList& keyParts);

} // namespace hocvuso::uuid
