#include "core/domain/EntityCatalog.h"

#include <QtGlobal>

namespace hocvuso {

namespace {
using T = ColumnType;

QVector<EntityDef> makeCatalogue()
{
    return {
        {"communes", {{"code", T::Text}, {"name", T::Text}, {"province_code", T::Text}, {"province_name", T::Text}},
         {"code"}, false},
        {"hamlets", {{"code", T::Text}, {"name", T::Text}, {"kind", T::Text}}, {}, false},
        {"households",
         {{"hamlet_id", T::Text},
          {"code", T::Text},
          {"head_name", T::Text},
          {"address", T::Text},
          {"poor", T::Bool},
          {"near_poor", T::Bool}},
         {},
         false},
        {"residents",
         {{"hamlet_id", T::Text},
          {"household_id", T::Text},
          {"full_name", T::Text},
          {"birth_date", T::Date},
          {"birth_year", T::Integer},
          {"sex", T::Text},
          {"cccd", T::Text},
          {"phone", T::Text},
          {"is_head", T::Bool},
          {"ethnicity", T::Text},
          {"ethnic_minority", T::Bool},
          {"disabled", T::Bool},
          {"public_official", T::Bool},
          {"student", T::Bool},
          {"enterprise_worker", T::Bool},
          {"small_trader", T::Bool},
          {"womens_union", T::Bool},
          {"youth_union", T::Bool},
          {"influencer", T::Bool},
          {"has_smartphone", T::Bool},
          {"vneid_level2", T::Bool},
          {"digital_bank", T::Bool},
          {"online_services", T::Bool},
          {"cashless", T::Bool},
          {"vneid_certified_on", T::Date},
          {"basic_skills_on", T::Date},
          {"notes", T::Text}},
         {},
         false},
        {"skills", {{"code", T::Text}, {"name", T::Text}, {"description", T::Text}}, {"code"}, true},
        {"classes",
         {{"hamlet_id", T::Text},
          {"title", T::Text},
          {"starts_at", T::DateTime},
          {"ends_at", T::DateTime},
          {"place", T::Text},
          {"format", T::Text},
          {"target_group", T::Text},
          {"organiser", T::Text},
          {"instructors", T::Text},
          {"skills", T::Text},
          {"basic_course", T::Bool},
          {"notes", T::Text}},
         {},
         false},
        {"attendance",
         {{"class_id", T::Text}, {"resident_id", T::Text}, {"present", T::Bool}, {"completed", T::Bool}},
         {"class_id", "resident_id"},
         false},
        {"mentors",
         {{"resident_id", T::Text}, {"since", T::Date}, {"active", T::Bool}, {"notes", T::Text}},
         {"resident_id"},
         false},
        {"mentor_pairs",
         {{"mentor_id", T::Text},
          {"mentee_id", T::Text},
          {"started_on", T::Date},
          {"ended_on", T::Date},
          {"status", T::Text},
          {"skills", T::Text}},
         {"mentor_id", "mentee_id"},
         false},
        {"teams", {{"hamlet_id", T::Text}, {"name", T::Text}, {"active", T::Bool}}, {}, false},
        {"team_members",
         {{"team_id", T::Text}, {"resident_id", T::Text}, {"role", T::Text}},
         {"team_id", "resident_id"},
         false},
        {"visits",
         {{"household_id", T::Text},
          {"team_id", T::Text},
          {"visited_on", T::Date},
          {"visitors", T::Text},
          {"helped", T::Text},
          {"tasks", T::Text},
          {"informed", T::Bool},
          {"follow_up", T::Text},
          {"follow_up_on", T::Date}},
         {},
         false},
        {"markets", {{"hamlet_id", T::Text}, {"name", T::Text}, {"runs_4t", T::Bool}}, {}, false},
        {"baselines",
         {{"hamlet_id", T::Text},
          {"year", T::Integer},
          {"adults", T::Integer},
          {"people16", T::Integer},
          {"elderly", T::Integer},
          {"disabled", T::Integer},
          {"households", T::Integer},
          {"officials", T::Integer},
          {"students", T::Integer},
          {"enterprise_workers", T::Integer},
          {"markets", T::Integer},
          {"women_members", T::Integer}},
         {"hamlet_id", "year"},
         false},
        {"plans",
         {{"code", T::Text},
          {"name", T::Text},
          {"description", T::Text},
          {"mentor_min", T::Integer},
          {"class_cadence", T::Text}},
         {"code"},
         true},
        {"plan_targets",
         {{"plan_id", T::Text}, {"indicator", T::Text}, {"year", T::Integer}, {"target", T::Real}},
         {"plan_id", "indicator", "year"},
         true},
        // What the province decided for one commune (`commune` = its id): the
        // plan it must report against. Every commune pulls every row and
        // applies its own (kpi::PlanCatalog::activeCode).
        {"commune_settings", {{"commune", T::Text}, {"active_plan", T::Text}}, {"commune"}, true},
    };
}
} // namespace

bool EntityDef::hasColumn(const QString& name) const
{
    for (const auto& c : columns)
        if (c.name == name)
            return true;
    return false;
}

ColumnType EntityDef::typeOf(const QString& name) const
{
    for (const auto& c : columns)
        if (c.name == name)
            return c.type;
    return ColumnType::Text;
}

QStringList EntityDef::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const auto& c : columns)
        names << c.name;
    return names;
}

const QVector<EntityDef>& EntityCatalog::all()
{
    static const QVector<EntityDef> catalogue = makeCatalogue();
    return catalogue;
}

const EntityDef* EntityCatalog::find(const QString& table)
{
    for (const auto& e : all())
        if (e.table == table)
            return &e;
    return nullptr;
}

const EntityDef& EntityCatalog::get(const QString& table)
{
    const EntityDef* e = find(table);
    Q_ASSERT_X(e, "EntityCatalog::get", qPrintable(table));
    return *e;
}

QStringList EntityCatalog::tableNames()
{
    QStringList names;
    for (const auto& e : all())
        names << e.table;
    return names;
}

} // namespace hocvuso
