#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <optional>

namespace hocvuso::validation {

// Result of checking a CCCD (căn cước công dân, the 12-digit personal ID).
// Layout: PPP G YY NNNNNN — province code of birth registration, a digit
// that encodes century and sex, the last two digits of the birth year, and a
// serial number.
struct CccdCheck
{
    bool ok = false;      // no hard error (warnings may still be present)
    QString error;        // hard error: not 12 digits, unknown province
    QStringList warnings; // sex/century/year disagree with what we know: the user may override
    QString cccd;         // the 12 digits (spaces and dots typed inside removed)
    int provinceCode = 0; // 1..96, 0 when unreadable
    QString provinceName; // empty when the code is unknown
    int century = 0;      // first year of the birth century (1900, 2000, ..., 2300), 0 when unreadable
    int birthYearTwoDigits = -1;
    QChar sex; // 'M' or 'F', null when unreadable

    // Birth year the number encodes (century + two digits), 0 when unreadable.
    int birthYear() const { return century > 0 ? century + birthYearTwoDigits : 0; }
};

// Checks a CCCD number. Surrounding whitespace and spaces/dots inside
// ("001 085 012345") are tolerated. When the resident's sex ('M'/'F') or
// birth year is known, a disagreement with digits 4–6 is a warning; so is a
// birth year in the future. Messages are translatable (context "Cccd").
CccdCheck checkCccd(const QString& cccd, std::optional<QChar> sex = {}, std::optional<int> birthYear = {});

// Name of a province by its CCCD code (the 63 pre-2025 provinces, e.g.
// 1 → "Hà Nội", 79 → "Hồ Chí Minh"), empty when the code is unknown.
QString cccdProvinceName(int code);

} // namespace hocvuso::validation
