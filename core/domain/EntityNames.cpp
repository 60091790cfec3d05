#include "core/domain/EntityNames.h"

#include <QCoreApplication>
#include <QHash>

namespace hocvuso {

QString entityTitle(const QString& table)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("communes"), QT_TRANSLATE_NOOP("EntityNames", "Commune")},
        {QStringLiteral("hamlets"), QT_TRANSLATE_NOOP("EntityNames", "Hamlet")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("EntityNames", "Household")},
        {QStringLiteral("residents"), QT_TRANSLATE_NOOP("EntityNames", "Resident")},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("EntityNames", "Skill")},
        {QStringLiteral("classes"), QT_TRANSLATE_NOOP("EntityNames", "Class")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("EntityNames", "Attendance")},
        {QStringLiteral("mentors"), QT_TRANSLATE_NOOP("EntityNames", "Mentor")},
        {QStringLiteral("mentor_pairs"), QT_TRANSLATE_NOOP("EntityNames", "Mentor pair")},
        {QStringLiteral("teams"), QT_TRANSLATE_NOOP("EntityNames", "Digital team")},
        {QStringLiteral("team_members"), QT_TRANSLATE_NOOP("EntityNames", "Team member")},
        {QStringLiteral("visits"), QT_TRANSLATE_NOOP("EntityNames", "Visit")},
        {QStringLiteral("markets"), QT_TRANSLATE_NOOP("EntityNames", "Market")},
        {QStringLiteral("baselines"), QT_TRANSLATE_NOOP("EntityNames", "Population baseline")},
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("EntityNames", "Plan")},
        {QStringLiteral("plan_targets"), QT_TRANSLATE_NOOP("EntityNames", "Plan target")},
        {QStringLiteral("commune_settings"), QT_TRANSLATE_NOOP("EntityNames", "Commune settings")},
    };
    const char* title = titles.value(table);
    return title ? QCoreApplication::translate("EntityNames", title) : table;
}

} // namespace hocvuso
