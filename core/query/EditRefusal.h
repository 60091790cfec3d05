#pragma once

#include <QString>

namespace hocvuso {

// Why a mentor/visit/team edit was refused: a stable reason code the pages
// turn into a translated message, the field it concerns and a detail (a
// name, a date, the database's own text). Nothing was written.
struct EditRefusal
{
    QString reason; // e.g. "already_paired", "not_a_member"
    QString field;
    QString detail;

    bool isSet() const { return !reason.isEmpty(); }
    // English, for logs and the command line.
    QString text() const;
};

} // namespace hocvuso
