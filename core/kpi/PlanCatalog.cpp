#include "core/kpi/PlanCatalog.h"

#include "core/kpi/Indicators.h"
#include "core/store/ChangeLogTriggers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hocvuso::kpi {

namespace {
const QString kActivePlanKey = QStringLiteral("active_plan");
// The HLC of the laptop's own choice, compared with the province assignment's.
const QString kActivePlanHlcKey = QStringLiteral("active_plan_hlc");

QString tr(const char* text)
{
    return QCoreApplication::translate("hocvuso::kpi::PlanCatalog", text);
}

// Targets from KPIS.md. ">85%" is recorded as 85 (the threshold).
Plan makePlan(const char* code, const QString& name, const QString& description, int mentorMin,
              const char* cadence, std::initializer_list<std::tuple<const char*, int, double>> targets)
{
    Plan p;
    p.code = QString::fromLatin1(code);
    p.name = name;
    p.description = description;
    p.mentorMin = mentorMin;
    p.classCadence = QString::fromLatin1(cadence);
    for (const auto& [indicator, year, target] : targets)
        p.targets.insert({QString::fromLatin1(indicator), year}, target);
    return p;
}

QVector<Plan> makeTemplates()
{
    return {
        makePlan("000", QStringLiteral("Kế hoạch Hội LHPN Việt Nam triển khai Bình dân học vụ số (2025)"),
                 QStringLiteral("Women's Union central plan: monthly activity per branch, every member reached."), 3,
                 "monthly", {{"class_cadence", 2025, 100}, {"women_members_reached", 2025, 100}}),
        makePlan("001", QStringLiteral("Kế hoạch triển khai phong trào Bình dân học vụ số xã Ứng Hòa"),
                 QStringLiteral("Commune plan (Ứng Hòa, Hà Nội)."), 3, "",
                 {{"adult_basic_skills", 2025, 85},  {"adult_basic_skills", 2026, 100},
                  {"smartphone", 2025, 85},          {"smartphone", 2026, 85},
                  {"digital_identity", 2025, 100},   {"digital_identity", 2026, 100},
                  {"digital_bank", 2025, 100},       {"digital_bank", 2026, 100},
                  {"public_officials", 2025, 95},    {"public_officials", 2026, 100},
                  {"students", 2025, 100},           {"students", 2026, 100},
                  {"enterprise_workers", 2025, 80},  {"enterprise_workers", 2026, 100},
                  {"digital_household", 2025, 100},  {"digital_household", 2026, 100},
                  {"mentor_load", 2025, 100},        {"mentor_load", 2026, 100}}),
        makePlan("002", QStringLiteral("Kế hoạch triển khai phong trào Bình dân học vụ số tỉnh Bình Phước"),
                 QStringLiteral("Province plan (Bình Phước): weekly community classes, quarterly reports."), 5,
                 "weekly",
                 {{"adult_basic_skills", 2025, 70},     {"adult_basic_skills", 2026, 100},
                  {"adult_vneid_certified", 2025, 70},  {"adult_vneid_certified", 2026, 100},
                  {"digital_identity", 2025, 100},      {"digital_identity", 2026, 100},
                  {"digital_bank", 2025, 100},          {"digital_bank", 2026, 100},
                  {"public_officials", 2025, 80},       {"public_officials", 2026, 100},
                  {"students", 2025, 100},              {"students", 2026, 100},
                  {"enterprise_workers", 2025, 80},     {"enterprise_workers", 2026, 100},
                  {"digital_household", 2025, 100},     {"digital_household", 2026, 100},
                  {"mentor_load", 2025, 100},           {"mentor_load", 2026, 100},
                  {"class_cadence", 2025, 100},         {"class_cadence", 2026, 100}}),
        makePlan("004", QStringLiteral("Phụ lục nhiệm vụ cụ thể của phường (2025–2026)"),
                 QStringLiteral("Ward appendix of concrete tasks (2025–2026)."), 5, "",
                 {{"digital_household", 2025, 100},   {"digital_household", 2026, 100},
                  {"households_informed", 2025, 80},  {"households_informed", 2026, 100},
                  {"elderly_attended", 2025, 100},    {"elderly_attended", 2026, 100},
                  {"disabled_attended", 2025, 100},   {"disabled_attended", 2026, 100},
                  {"mentor_load", 2025, 100},         {"mentor_load", 2026, 100},
                  {"hamlet_team", 2025, 100},         {"hamlet_team", 2026, 100},
                  {"hamlet_influencer", 2025, 100},   {"hamlet_influencer", 2026, 100},
                  {"market_4t", 2025, 100},           {"market_4t", 2026, 100}}),
    };
}

std::optional<QString> writePlanRow(Store& store, const Plan& plan, StoreError* error)
{
    return store.insert(QStringLiteral("plans"),
                        {{QStringLiteral("commune_id"), QStringLiteral("")},
                         {QStringLiteral("code"), plan.code},
                         {QStringLiteral("name"), plan.name},
                         {QStringLiteral("description"), plan.description},
                         {QStringLiteral("mentor_min"), plan.mentorMin},
                         {QStringLiteral("class_cadence"), plan.classCadence}},
                        error);
}

bool writeTarget(Store& store, const QString& planId, const QString& indicator, int year, double target,
                 StoreError* error)
{
    return store
        .insert(QStringLiteral("plan_targets"),
                {{QStringLiteral("commune_id"), QStringLiteral("")},
                 {QStringLiteral("plan_id"), planId},
                 {QStringLiteral("indicator"), indicator},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("target"), target}},
                error)
        .has_value();
}

std::optional<QString> writePlan(Store& store, const Plan& plan, StoreError* error)
{
    StoreTransaction tx(store);
    auto id = writePlanRow(store, plan, error);
    if (!id)
        return std::nullopt;
    for (auto it = plan.targets.cbegin(); it != plan.targets.cend(); ++it)
        if (!writeTarget(store, *id, it.key().first, it.key().second, it.value(), error))
            return std::nullopt;
    if (!tx.commit()) {
        if (error)
            *error = {QStringLiteral("plans"), {}, tr("could not commit the plan")};
        return std::nullopt;
    }
    return id;
}

StoreError noPlan(const QString& code)
{
    return {QStringLiteral("plans"), QStringLiteral("code"), tr("no plan with code '%1'").arg(code)};
}
} // namespace

std::optional<double> Plan::target(const QString& indicator, int year) const
{
    auto it = targets.constFind({indicator, year});
    if (it == targets.constEnd())
        return std::nullopt;
    return *it;
}

bool Plan::applies(const QString& indicator) const
{
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        if (it.key().first == indicator)
            return true;
    return false;
}

const QVector<Plan>& PlanCatalog::templates()
{
    static const QVector<Plan> plans = makeTemplates();
    return plans;
}

const Plan* PlanCatalog::findTemplate(const QString& code)
{
    for (const Plan& p : templates())
        if (p.code == code)
            return &p;
    return nullptr;
}

QString PlanCatalog::planRowId(const QString& code)
{
    return Store::naturalId(EntityCatalog::get(QStringLiteral("plans")), {{QStringLiteral("code"), code}});
}

QString PlanCatalog::targetRowId(const QString& planId, const QString& indicator, int year)
{
    return Store::naturalId(EntityCatalog::get(QStringLiteral("plan_targets")),
                            {{QStringLiteral("plan_id"), planId},
                             {QStringLiteral("indicator"), indicator},
                             {QStringLiteral("year"), year}});
}

QString PlanCatalog::communeSettingsRowId(const QString& communeId)
{
    return Store::naturalId(EntityCatalog::get(QStringLiteral("commune_settings")),
                            {{QStringLiteral("commune"), communeId}});
}

QString PlanCatalog::yearProblem(int year)
{
    return year < 2000 || year > 2100 ? tr("the year must be from 2000 to 2100, not %1").arg(year) : QString();
}

QString PlanCatalog::targetProblem(const QString& indicator, int year, std::optional<double> target)
{
    if (!Indicators::find(indicator))
        return tr("unknown indicator '%1'").arg(indicator);
    if (QString problem = yearProblem(year); !problem.isEmpty())
        return problem;
    // Every indicator of KPIS.md is a percentage.
    if (target && (!(*target >= 0) || *target > 100))
        return tr("a target is a percentage from 0 to 100, not %1").arg(*target);
    return {};
}

QString PlanCatalog::mentorMinProblem(int n)
{
    return n < 1 || n > 100 ? tr("the mentor minimum must be from 1 to 100, not %1").arg(n) : QString();
}

QString PlanCatalog::codeProblem(const QString& code)
{
    if (code.isEmpty())
        return tr("the new plan needs a code");
    if (code.size() > 32)
        return tr("a plan code has at most 32 characters");
    for (const QChar c : code)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            return tr("a plan code has only letters, digits and - _ . (not '%1')").arg(code);
    return {};
}

bool PlanCatalog::installTemplates(Store& store, StoreError* error)
{
    StoreTransaction tx(store);
    SuppressChangeLog quiet(store.db()); // reference rows: never pushed (see the class comment)
    for (const Plan& plan : templates())
        if (!writePlan(store, plan, error))
            return false;
    if (!tx.commit()) {
        if (error)
            *error = {QStringLiteral("plans"), {}, tr("could not commit the plan templates")};
        return false;
    }
    return true;
}

std::optional<QString> PlanCatalog::copyPlan(Store& store, const QString& fromCode, const QString& newCode,
                                             const QString& newName, StoreError* error)
{
    auto from = load(store, fromCode);
    if (!from) {
        if (error)
            *error = noPlan(fromCode);
        return std::nullopt;
    }
    if (newCode.trimmed().isEmpty() || load(store, newCode.trimmed())) {
        if (error)
            *error = {QStringLiteral("plans"), QStringLiteral("code"),
                      newCode.trimmed().isEmpty() ? tr("the new plan needs a code")
                                                  : tr("a plan with code '%1' exists already").arg(newCode.trimmed())};
        return std::nullopt;
    }
    if (const QString problem = codeProblem(newCode.trimmed()); !problem.isEmpty()) {
        if (error)
            *error = {QStringLiteral("plans"), QStringLiteral("code"), problem};
        return std::nullopt;
    }
    Plan copy = *from;
    copy.code = newCode.trimmed();
    copy.name = newName.trimmed().isEmpty() ? from->name : newName;
    SuppressChangeLog quiet(store.db());
    return writePlan(store, copy, error);
}

bool PlanCatalog::setTarget(Store& store, const QString& planCode, const QString& indicator, int year,
                            std::optional<double> target, StoreError* error)
{
    auto plan = load(store, planCode);
    if (!plan) {
        if (error)
            *error = noPlan(planCode);
        return false;
    }
    if (const QString problem = targetProblem(indicator, year, target); !problem.isEmpty()) {
        const QString field = !Indicators::find(indicator) ? QStringLiteral("indicator")
                              : !yearProblem(year).isEmpty() ? QStringLiteral("year")
                                                             : QStringLiteral("target");
        if (error)
            *error = {QStringLiteral("plan_targets"), field, problem};
        return false;
    }
    SuppressChangeLog quiet(store.db());
    if (target)
        return writeTarget(store, plan->id, indicator, year, *target, error);
    const QString id = Store::naturalId(EntityCatalog::get(QStringLiteral("plan_targets")),
                                        {{QStringLiteral("plan_id"), plan->id},
                                         {QStringLiteral("indicator"), indicator},
                                         {QStringLiteral("year"), year}});
    if (!store.get(QStringLiteral("plan_targets"), id))
        return true;
    return store.remove(QStringLiteral("plan_targets"), id, error);
}

bool PlanCatalog::setMentorMin(Store& store, const QString& planCode, int n, StoreError* error)
{
    auto plan = load(store, planCode);
    if (!plan) {
        if (error)
            *error = noPlan(planCode);
        return false;
    }
    if (const QString problem = mentorMinProblem(n); !problem.isEmpty()) {
        if (error)
            *error = {QStringLiteral("plans"), QStringLiteral("mentor_min"), problem};
        return false;
    }
    SuppressChangeLog quiet(store.db());
    return store.update(QStringLiteral("plans"), plan->id, {{QStringLiteral("mentor_min"), n}}, error);
}

QVector<Plan> PlanCatalog::plans(Store& store)
{
    QVector<Plan> out;
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT code FROM plans WHERE deleted = 0 ORDER BY code"));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    for (const QString& code : codes)
        if (auto p = load(store, code))
            out << *p;
    return out;
}

std::optional<Plan> PlanCatalog::load(Store& store, const QString& code)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT id, code, name, description, mentor_min, class_cadence FROM plans "
                             "WHERE code = ? AND deleted = 0"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Plan p;
    p.id = q.value(0).toString();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.mentorMin = q.value(4).isNull() ? 3 : q.value(4).toInt();
    p.classCadence = q.value(5).toString();
    QSqlQuery t(store.db());
    t.prepare(QStringLiteral("SELECT indicator, year, target FROM plan_targets "
                             "WHERE plan_id = ? AND deleted = 0 AND target IS NOT NULL"));
    t.addBindValue(p.id);
    t.exec();
    while (t.next())
        p.targets.insert({t.value(0).toString(), t.value(1).toInt()}, t.value(2).toDouble());
    return p;
}

namespace {
struct Assignment
{
    QString code;
    qint64 hlc = 0;
};

std::optional<Assignment> assignment(Store& store)
{
    const QString commune = store.communeId();
    if (commune.isEmpty())
        return std::nullopt;
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT active_plan, updated_hlc FROM commune_settings WHERE id = ? AND deleted = 0"));
    q.addBindValue(PlanCatalog::communeSettingsRowId(commune));
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return std::nullopt;
    return Assignment{q.value(0).toString(), q.value(1).toLongLong()};
}
} // namespace

QString PlanCatalog::assignedCode(Store& store)
{
    const auto a = assignment(store);
    return a ? a->code : QString();
}

QString PlanCatalog::activeCode(Store& store)
{
    const QString local = store.meta(kActivePlanKey);
    const auto assigned = assignment(store);
    if (!assigned || assigned->code == local)
        return local;
    // A choice made before this rule existed has no HLC: the province's wins.
    const qint64 localHlc = store.meta(kActivePlanHlcKey, QStringLiteral("0")).toLongLong();
    const bool provinceNewer = assigned->hlc > localHlc;
    if (provinceNewer && load(store, assigned->code))
        return assigned->code;
    return local.isEmpty() && load(store, assigned->code) ? assigned->code : local;
}

bool PlanCatalog::activate(Store& store, const QString& code, StoreError* error)
{
    if (!load(store, code)) {
        if (error)
            *error = noPlan(code);
        return false;
    }
    if (!store.setMeta(kActivePlanKey, code) ||
        !store.setMeta(kActivePlanHlcKey, QString::number(store.clock().tick()))) {
        if (error)
            *error = {QStringLiteral("meta"), kActivePlanKey, tr("could not be written")};
        return false;
    }
    return true;
}

std::optional<Plan> PlanCatalog::active(Store& store)
{
    const QString code = activeCode(store);
    return code.isEmpty() ? std::nullopt : load(store, code);
}

} // namespace hocvuso::kpi
