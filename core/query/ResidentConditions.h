#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace hocvuso::query {

// SQL conditions over a resident row `alias` shared by the queries of this
// folder, so "trained" and the groups mean the same on every page.

// Trained: basic_skills_on recorded, a completed basic-skills class, or a
// mentor pair completed (the mentee reached basic skills).
QString trainedCondition(const QString& alias);

// Aged at least `years` on `today`, by birth date or else birth year.
// Residents of unknown age count as old enough (they are shown, not hidden).
QString ageAtLeastOrUnknown(const QString& alias, int years, const QDate& today);

// The groups the plans single out, as stable keys: elderly, disabled,
// ethnic_minority, poor_household, public_official, student,
// enterprise_worker, small_trader, womens_union, youth_union.
QStringList groupKeys();
// The condition of one group key; empty for an unknown key.
QString groupCondition(const QString& alias, const QString& group, const QDate& today);

// Typed text made literal for `LIKE ? ESCAPE '\'`: its %, _ and \ match
// themselves, not any text.
QString likeLiteral(const QString& typed);

} // namespace hocvuso::query
