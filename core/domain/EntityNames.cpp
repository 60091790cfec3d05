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
        {QStringLiteral("hamlets.kind"), QT_TRANSLATE_NOOP("EntityNames", "Hamlet or residential group")},
        {QStringLiteral("households.address"), QT_TRANSLATE_NOOP("EntityNames", "Address")},
        {QStringLiteral("households.poor"), QT_TRANSLATE_NOOP("EntityNames", "Poor household")},
        {QStringLiteral("households.near_poor"), QT_TRANSLATE_NOOP("EntityNames", "Near-poor household")},
        {QStringLiteral("residents.disabled"), QT_TRANSLATE_NOOP("EntityNames", "Person with disabilities")},
        {QStringLiteral("skills.description"), QT_TRANSLATE_NOOP("EntityNames", "Description")},
        {QStringLiteral("classes.starts_at"), QT_TRANSLATE_NOOP("EntityNames", "Starts")},
        {QStringLiteral("classes.ends_at"), QT_TRANSLATE_NOOP("EntityNames", "Ends")},
        {QStringLiteral("classes.skills"), QT_TRANSLATE_NOOP("EntityNames", "Skills taught")},
        {QStringLiteral("mentor_pairs.skills"), QT_TRANSLATE_NOOP("EntityNames", "Skills taught")},
        {QStringLiteral("mentor_pairs.mentor_id"), QT_TRANSLATE_NOOP("EntityNames", "Digital ambassador")},
        {QStringLiteral("mentor_pairs.status"), QT_TRANSLATE_NOOP("EntityNames", "Pair status")},
        {QStringLiteral("mentors.resident_id"), QT_TRANSLATE_NOOP("EntityNames", "Digital ambassador")},
        {QStringLiteral("mentors.since"), QT_TRANSLATE_NOOP("EntityNames", "Ambassador since")},
        {QStringLiteral("mentors.active"), QT_TRANSLATE_NOOP("EntityNames", "Active ambassador")},
        {QStringLiteral("teams.active"), QT_TRANSLATE_NOOP("EntityNames", "Team active")},
        {QStringLiteral("team_members.role"), QT_TRANSLATE_NOOP("EntityNames", "Role in the team")},
        {QStringLiteral("markets.runs_4t"), QT_TRANSLATE_NOOP("EntityNames", "Runs the \"Chợ số\" 4T model")},
        {QStringLiteral("baselines.adults"), QT_TRANSLATE_NOOP("EntityNames", "Adults (baseline)")},
        {QStringLiteral("baselines.people16"), QT_TRANSLATE_NOOP("EntityNames", "People aged 16 and over (baseline)")},
        {QStringLiteral("baselines.elderly"), QT_TRANSLATE_NOOP("EntityNames", "Elderly people (baseline)")},
        {QStringLiteral("baselines.disabled"), QT_TRANSLATE_NOOP("EntityNames", "People with disabilities (baseline)")},
        {QStringLiteral("baselines.households"), QT_TRANSLATE_NOOP("EntityNames", "Households (baseline)")},
        {QStringLiteral("baselines.officials"), QT_TRANSLATE_NOOP("EntityNames", "Public officials (baseline)")},
        {QStringLiteral("baselines.students"), QT_TRANSLATE_NOOP("EntityNames", "Students (baseline)")},
        {QStringLiteral("baselines.enterprise_workers"), QT_TRANSLATE_NOOP("EntityNames", "Enterprise workers (baseline)")},
        {QStringLiteral("baselines.markets"), QT_TRANSLATE_NOOP("EntityNames", "Markets (baseline)")},
        {QStringLiteral("baselines.women_members"), QT_TRANSLATE_NOOP("EntityNames", "Women's Union members (baseline)")},
        {QStringLiteral("plans.description"), QT_TRANSLATE_NOOP("EntityNames", "Description")},
        {QStringLiteral("plans.mentor_min"), QT_TRANSLATE_NOOP("EntityNames", "Mentees per ambassador (minimum)")},
        {QStringLiteral("plans.class_cadence"), QT_TRANSLATE_NOOP("EntityNames", "Class cadence")},
        {QStringLiteral("commune_settings.commune"), QT_TRANSLATE_NOOP("EntityNames", "Commune")},
        {QStringLiteral("commune_settings.active_plan"), QT_TRANSLATE_NOOP("EntityNames", "Active plan")},
        {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("EntityNames", "Birth year")},
        {QStringLiteral("is_head"), QT_TRANSLATE_NOOP("EntityNames", "Head of household")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("EntityNames", "Ethnicity")},
        {QStringLiteral("ethnic_minority"), QT_TRANSLATE_NOOP("EntityNames", "Ethnic minority")},
        {QStringLiteral("public_official"), QT_TRANSLATE_NOOP("EntityNames", "Public official")},
        {QStringLiteral("student"), QT_TRANSLATE_NOOP("EntityNames", "Student")},
        {QStringLiteral("enterprise_worker"), QT_TRANSLATE_NOOP("EntityNames", "Enterprise / co-operative worker")},
        {QStringLiteral("small_trader"), QT_TRANSLATE_NOOP("EntityNames", "Small trader")},
        {QStringLiteral("womens_union"), QT_TRANSLATE_NOOP("EntityNames", "Women's Union member")},
        {QStringLiteral("youth_union"), QT_TRANSLATE_NOOP("EntityNames", "Youth Union member")},
        {QStringLiteral("influencer"), QT_TRANSLATE_NOOP("EntityNames", "Influencer for the movement")},
        {QStringLiteral("has_smartphone"), QT_TRANSLATE_NOOP("EntityNames", "Owns a smartphone")},
        {QStringLiteral("vneid_level2"), QT_TRANSLATE_NOOP("EntityNames", "VNeID level 2")},
        {QStringLiteral("digital_bank"), QT_TRANSLATE_NOOP("EntityNames", "Digital bank account")},
        {QStringLiteral("online_services"), QT_TRANSLATE_NOOP("EntityNames", "Uses online public services")},
        {QStringLiteral("cashless"), QT_TRANSLATE_NOOP("EntityNames", "Pays cashless")},
        {QStringLiteral("vneid_certified_on"), QT_TRANSLATE_NOOP("EntityNames", "Skills certified on VNeID on")},
        {QStringLiteral("basic_skills_on"), QT_TRANSLATE_NOOP("EntityNames", "Basic digital skills since")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("EntityNames", "Notes")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("EntityNames", "Place")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("EntityNames", "Format")},
        {QStringLiteral("target_group"), QT_TRANSLATE_NOOP("EntityNames", "Target group")},
        {QStringLiteral("organiser"), QT_TRANSLATE_NOOP("EntityNames", "Organiser")},
        {QStringLiteral("instructors"), QT_TRANSLATE_NOOP("EntityNames", "Instructors")},
        {QStringLiteral("basic_course"), QT_TRANSLATE_NOOP("EntityNames", "Basic course")},
        {QStringLiteral("present"), QT_TRANSLATE_NOOP("EntityNames", "Present")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("EntityNames", "Completed the class")},
        {QStringLiteral("started_on"), QT_TRANSLATE_NOOP("EntityNames", "Started")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("EntityNames", "Ended")},
        {QStringLiteral("visited_on"), QT_TRANSLATE_NOOP("EntityNames", "Visit date")},
        {QStringLiteral("visitors"), QT_TRANSLATE_NOOP("EntityNames", "Visitors")},
        {QStringLiteral("helped"), QT_TRANSLATE_NOOP("EntityNames", "Help given")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("EntityNames", "Tasks")},
        {QStringLiteral("informed"), QT_TRANSLATE_NOOP("EntityNames", "Informed about the movement")},
        {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("EntityNames", "Follow-up")},
        {QStringLiteral("follow_up_on"), QT_TRANSLATE_NOOP("EntityNames", "Follow-up date")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("EntityNames", "Deleted")},
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
