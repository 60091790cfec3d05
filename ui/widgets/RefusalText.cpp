#include "ui/widgets/RefusalText.h"

#include <QCoreApplication>

namespace hocvuso {

QString refusalText(const EditRefusal& r)
{
    const QString& why = r.reason;
    if (why == QLatin1String("no_resident"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This resident is not in the store (deleted?).");
    if (why == QLatin1String("bad_date"))
        return QCoreApplication::translate("hocvuso::RefusalText", "The date is missing, invalid or in the future.");
    if (why == QLatin1String("not_a_mentor"))
        return QCoreApplication::translate("hocvuso::RefusalText", "Choose an active digital ambassador first.");
    if (why == QLatin1String("has_active_pairs"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This ambassador still guides mentees: end or complete those pairs first.");
    if (why == QLatin1String("same_person"))
        return QCoreApplication::translate("hocvuso::RefusalText", "An ambassador cannot be their own mentee.");
    if (why == QLatin1String("already_paired"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This resident already has a mentor: %1.").arg(r.detail);
    if (why == QLatin1String("already_completed"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This ambassador already guided this resident to completion (%1).").arg(r.detail);
    if (why == QLatin1String("no_pair"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This pair no longer exists.");
    if (why == QLatin1String("not_active"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This pair is already closed.");
    if (why == QLatin1String("before_start"))
        return QCoreApplication::translate("hocvuso::RefusalText", "A pair cannot end before it started.");
    if (why == QLatin1String("no_household"))
        return QCoreApplication::translate("hocvuso::RefusalText", "Choose the household that was visited.");
    if (why == QLatin1String("future_date"))
        return QCoreApplication::translate("hocvuso::RefusalText", "The visit date %1 is in the future.").arg(r.detail);
    if (why == QLatin1String("no_team"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This team no longer exists.");
    if (why == QLatin1String("visitor_not_in_team"))
        return QCoreApplication::translate("hocvuso::RefusalText", "A visitor is not a member of the chosen team.");
    if (why == QLatin1String("not_a_member"))
        return QCoreApplication::translate("hocvuso::RefusalText", "A resident helped is not a member of this household.");
    if (why == QLatin1String("unknown_task"))
        return QCoreApplication::translate("hocvuso::RefusalText", "Unknown task \"%1\".").arg(r.detail);
    if (why == QLatin1String("follow_up_date_missing"))
        return QCoreApplication::translate("hocvuso::RefusalText", "A follow-up needs a date.");
    if (why == QLatin1String("follow_up_note_missing"))
        return QCoreApplication::translate("hocvuso::RefusalText", "Say what the follow-up is for.");
    if (why == QLatin1String("follow_up_before_visit"))
        return QCoreApplication::translate("hocvuso::RefusalText", "The follow-up date %1 is before the visit.").arg(r.detail);
    if (why == QLatin1String("name_required"))
        return QCoreApplication::translate("hocvuso::RefusalText", "A team needs a name.");
    if (why == QLatin1String("no_hamlet"))
        return QCoreApplication::translate("hocvuso::RefusalText", "Choose the hamlet of the team first.");
    if (why == QLatin1String("not_in_team"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This resident is not a member of the team.");
    if (why == QLatin1String("no_class"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This class is not in the store (deleted?).");
    if (why == QLatin1String("not_marked"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This resident is not marked present at this class.");
    if (why == QLatin1String("has_cccd"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This resident already has another CCCD (%1).").arg(r.detail);
    if (why == QLatin1String("cccd_taken"))
        return QCoreApplication::translate("hocvuso::RefusalText", "This CCCD already belongs to %1.").arg(r.detail);
    return QCoreApplication::translate("hocvuso::RefusalText", "Not saved: %1").arg(r.text());
}

} // namespace hocvuso
