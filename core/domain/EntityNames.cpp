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

QString fieldTitle(const QString& table, const QString& column)
{
    // Table-specific first: "code" and "name" mean different things per record.
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("communes.code"), QT_TRANSLATE_NOOP("EntityNames", "Commune code")},
        {QStringLiteral("communes.name"), QT_TRANSLATE_NOOP("EntityNames", "Commune name")},
        {QStringLiteral("communes.province_code"), QT_TRANSLATE_NOOP("EntityNames", "Province code")},
        {QStringLiteral("communes.province_name"), QT_TRANSLATE_NOOP("EntityNames", "Province name")},
        {QStringLiteral("hamlets.code"), QT_TRANSLATE_NOOP("EntityNames", "Hamlet code")},
        {QStringLiteral("hamlets.name"), QT_TRANSLATE_NOOP("EntityNames", "Hamlet name")},
        {QStringLiteral("households.code"), QT_TRANSLATE_NOOP("EntityNames", "Household code")},
        {QStringLiteral("skills.code"), QT_TRANSLATE_NOOP("EntityNames", "Skill code")},
        {QStringLiteral("skills.name"), QT_TRANSLATE_NOOP("EntityNames", "Skill name")},
        {QStringLiteral("classes.title"), QT_TRANSLATE_NOOP("EntityNames", "Title")},
        {QStringLiteral("teams.name"), QT_TRANSLATE_NOOP("EntityNames", "Team name")},
        {QStringLiteral("markets.name"), QT_TRANSLATE_NOOP("EntityNames", "Market name")},
        {QStringLiteral("plans.code"), QT_TRANSLATE_NOOP("EntityNames", "Plan code")},
        {QStringLiteral("plans.name"), QT_TRANSLATE_NOOP("EntityNames", "Plan name")},
        {QStringLiteral("mentor_pairs.mentee_id"), QT_TRANSLATE_NOOP("EntityNames", "Mentee")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("EntityNames", "Full name")},
        {QStringLiteral("head_name"), QT_TRANSLATE_NOOP("EntityNames", "Household head")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("EntityNames", "Birth date")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("EntityNames", "Sex")},
        {QStringLiteral("cccd"), QT_TRANSLATE_NOOP("EntityNames", "CCCD")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("EntityNames", "Phone")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("EntityNames", "Year")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("EntityNames", "Indicator")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("EntityNames", "Target")},
    };
    const char* title = titles.value(table + QLatin1Char('.') + column, titles.value(column));
    if (title)
        return QCoreApplication::translate("EntityNames", title);
    // A reference ("hamlet_id") is named by what it points to ("Hamlet").
    if (column.endsWith(QLatin1String("_id"))) {
        for (const char* plural : {"s", "es"}) {
            const QString target = column.chopped(3) + QLatin1String(plural);
            const QString named = entityTitle(target);
            if (named != target)
                return named;
        }
    }
    return column;
}

} // namespace hocvuso
