#pragma once

#include <QString>
#include <QStringList>

namespace hocvuso::validation {

enum class PhoneKind
{
    Mobile,
    Landline
};

struct PhoneCheck
{
    bool ok = false;
    QString normalized;   // national form: "0912345678" (mobile) or "02438123456" (landline)
    QString error;        // why the number was refused, quoting it
    QStringList warnings; // e.g. an old 11-digit mobile number converted to its 2018 form
    PhoneKind kind = PhoneKind::Mobile;
};

// Checks and normalizes a Vietnamese phone number. Accepted:
//  - separators: spaces, dots, dashes, brackets: "0912 345 678", "0912.345.678", "(024) 3812-3456";
//  - country code: "+84912345678", "84912345678", "0084912345678", "+84 (0) 912 345 678";
//  - the leading 0 that a spreadsheet dropped: "912345678" (9 digits), "2438123456" (10 digits, landline);
//  - old 11-digit mobile numbers (01xx, changed in 2018): converted, with a warning.
// Valid: mobile = 10 digits starting 03, 05, 07, 08 or 09; landline = 11 digits starting 02.
// Messages are translatable (context "Phone").
PhoneCheck checkPhone(const QString& input);

} // namespace hocvuso::validation
