#include "sync/server/ProvincePlans.h"

#include "core/kpi/Indicators.h"
#include "sync/server/ServerStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace hocvuso::sync {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::sync::ProvincePlans", s);
}

const QString kPlans = QStringLiteral("plans");
const QString kTargets = QStringLiteral("plan_targets");
const QString kSettings = QStringLiteral("commune_settings");

bool isDeleted(const QJsonObject& data)
{
    return data.value(QStringLiteral("deleted")).toInteger() != 0;
}

ServerStore::ReferenceRow planRow(const kpi::Plan& p)
{
    return {kPlans, p.id,
            QJsonObject{{QStringLiteral("code"), p.code},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("description"), p.description},
                        {QStringLiteral("mentor_min"), p.mentorMin},
                        {QStringLiteral("class_cadence"), p.classCadence},
                        {QStringLiteral("deleted"), 0}}};
}

// Full rows, tombstones too: a laptop that never had the row inserts it whole.
ServerStore::ReferenceRow targetRow(const QString& planId, const QString& indicator, int year, double target,
                                    bool deleted = false)
{
    return {kTargets, kpi::PlanCatalog::targetRowId(planId, indicator, year),
            QJsonObject{{QStringLiteral("plan_id"), planId},
                        {QStringLiteral("indicator"), indicator},
                        {QStringLiteral("year"), year},
                        {QStringLiteral("target"), target},
                        {QStringLiteral("deleted"), deleted ? 1 : 0}}};
}

QVector<ServerStore::ReferenceRow> wholePlan(const kpi::Plan& p)
{
    QVector<ServerStore::ReferenceRow> rows{planRow(p)};
    for (auto it = p.targets.cbegin(); it != p.targets.cend(); ++it)
        rows << targetRow(p.id, it.key().first, it.key().second, it.value());
    return rows;
}

QString noPlan(const QString& code)
{
    return tr("no plan with code '%1' (see 'admin plans list')").arg(code);
}

} // namespace

struct ProvincePlans::Catalog
{
    QMap<QString, kpi::Plan> byCode;
    QSet<QString> stored;                        // codes the province wrote
    QHash<QString, QJsonObject> targetRows;      // every plan_targets reference row, by row id

    // The plan of this code, or null with *error saying there is none.
    const kpi::Plan* plan(const QString& code, QString* error) const
    {
        const auto it = byCode.constFind(code);
        if (it != byCode.constEnd())
            return &*it;
        *error = noPlan(code);
        return nullptr;
    }
};

ProvincePlans::ProvincePlans(ServerStore& store) : m_store(store)
{
}

std::optional<ProvincePlans::Catalog> ProvincePlans::loadCatalog(QString* error)
{
    const auto planRows = m_store.referenceRows(kPlans, error);
    const auto targetRows = planRows ? m_store.referenceRows(kTargets, error) : std::nullopt;
    if (!planRows || !targetRows)
        return std::nullopt;
    QHash<QString, kpi::Plan> byId;
    for (kpi::Plan p : kpi::PlanCatalog::templates()) {
        p.id = kpi::PlanCatalog::planRowId(p.code);
        byId.insert(p.id, p);
    }
    Catalog catalog;
    for (auto it = planRows->cbegin(); it != planRows->cend(); ++it) {
        const QJsonObject& d = it.value();
        if (isDeleted(d)) {
            byId.remove(it.key());
            continue;
        }
        kpi::Plan& p = byId[it.key()]; // a template's rows start from the template
        p.id = it.key();
        p.code = d.value(QStringLiteral("code")).toString(p.code);
        p.name = d.value(QStringLiteral("name")).toString(p.name);
        p.description = d.value(QStringLiteral("description")).toString(p.description);
        if (d.contains(QStringLiteral("mentor_min")))
            p.mentorMin = int(d.value(QStringLiteral("mentor_min")).toInteger());
        p.classCadence = d.value(QStringLiteral("class_cadence")).toString(p.classCadence);
        catalog.stored.insert(p.code);
    }
    for (auto it = targetRows->cbegin(); it != targetRows->cend(); ++it) {
        const QJsonObject& d = it.value();
        auto plan = byId.find(d.value(QStringLiteral("plan_id")).toString());
        if (plan == byId.end())
            continue;
        const QPair<QString, int> key{d.value(QStringLiteral("indicator")).toString(),
                                      int(d.value(QStringLiteral("year")).toInteger())};
        if (isDeleted(d) || d.value(QStringLiteral("target")).isNull())
            plan->targets.remove(key);
        else
            plan->targets.insert(key, d.value(QStringLiteral("target")).toDouble());
    }
    for (const kpi::Plan& p : std::as_const(byId))
        if (!p.code.isEmpty())
            catalog.byCode.insert(p.code, p);
    catalog.targetRows = *targetRows;
    return catalog;
}

std::optional<QVector<kpi::Plan>> ProvincePlans::plans(QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return std::nullopt;
    return QVector<kpi::Plan>(catalog->byCode.cbegin(), catalog->byCode.cend());
}

std::optional<kpi::Plan> ProvincePlans::find(const QString& code, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return std::nullopt;
    auto it = catalog->byCode.constFind(code);
    if (it == catalog->byCode.constEnd()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    return *it;
}

bool ProvincePlans::isStored(const QString& code)
{
    auto catalog = loadCatalog(nullptr);
    return catalog && catalog->stored.contains(code);
}

bool ProvincePlans::copy(const QString& fromCode, const QString& newCode, const QString& newName, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* from = catalog->plan(fromCode, error);
    if (!from)
        return false;
    const QString code = newCode.trimmed();
    if (const QString problem = kpi::PlanCatalog::codeProblem(code); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (catalog->byCode.contains(code)) {
        *error = tr("a plan with code '%1' exists already: copy onto a new code").arg(code);
        return false;
    }
    kpi::Plan copy = *from;
    copy.code = code;
    copy.id = kpi::PlanCatalog::planRowId(code);
    if (!newName.trimmed().isEmpty())
        copy.name = newName.trimmed();
    QVector<ServerStore::ReferenceRow> rows = wholePlan(copy);
    // Targets left from an earlier plan of this code (deleted, its rows kept) do not come back.
    for (auto it = catalog->targetRows.cbegin(); it != catalog->targetRows.cend(); ++it) {
        const QJsonObject& d = it.value();
        const QPair<QString, int> key{d.value(QStringLiteral("indicator")).toString(),
                                      int(d.value(QStringLiteral("year")).toInteger())};
        if (d.value(QStringLiteral("plan_id")).toString() == copy.id && !isDeleted(d) && !copy.targets.contains(key))
            rows << targetRow(copy.id, key.first, key.second, d.value(QStringLiteral("target")).toDouble(), true);
    }
    return m_store.putReferences(rows, error);
}

namespace {
// The rows that write `plan` as edited: all of it while it is a template as shipped, else only `changed`.
QVector<ServerStore::ReferenceRow> withPlan(bool stored, const kpi::Plan& plan, QVector<ServerStore::ReferenceRow> changed)
{
    if (stored)
        return changed;
    QVector<ServerStore::ReferenceRow> rows = wholePlan(plan);
    rows += changed; // written after: the edit wins within the transaction
    return rows;
}
} // namespace

bool ProvincePlans::setTarget(const QString& code, const QString& indicator, int year, double target, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* plan = catalog->plan(code, error);
    if (!plan)
        return false;
    if (const QString problem = kpi::PlanCatalog::targetProblem(indicator, year, target); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return m_store.putReferences(
        withPlan(catalog->stored.contains(code), *plan, {targetRow(plan->id, indicator, year, target)}), error);
}

bool ProvincePlans::setMentorMin(const QString& code, int n, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* plan = catalog->plan(code, error);
    if (!plan)
        return false;
    if (const QString problem = kpi::PlanCatalog::mentorMinProblem(n); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    kpi::Plan edited = *plan;
    edited.mentorMin = n;
    return m_store.putReferences(withPlan(catalog->stored.contains(code), edited, {planRow(edited)}), error);
}

bool ProvincePlans::include(const QString& code, const QStringList& indicators, const QVector<int>& years,
                            double target, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* plan = catalog->plan(code, error);
    if (!plan)
        return false;
    if (indicators.isEmpty()) {
        *error = tr("name at least one indicator (see 'hocvuso-cli kpis --explain')");
        return false;
    }
    QVector<int> forYears = years;
    if (forYears.isEmpty()) {
        for (auto it = plan->targets.cbegin(); it != plan->targets.cend(); ++it)
            if (!forYears.contains(it.key().second))
                forYears << it.key().second;
        std::sort(forYears.begin(), forYears.end());
    }
    if (forYears.isEmpty()) {
        *error = tr("plan '%1' has no target years yet: give --year").arg(code);
        return false;
    }
    QVector<ServerStore::ReferenceRow> changed;
    for (const QString& indicator : indicators) {
        if (plan->applies(indicator)) {
            *error = tr("'%1' applies in plan '%2' already: use set-target to change its target").arg(indicator, code);
            return false;
        }
        for (int year : std::as_const(forYears)) {
            if (const QString problem = kpi::PlanCatalog::targetProblem(indicator, year, target); !problem.isEmpty()) {
                *error = problem;
                return false;
            }
            changed << targetRow(plan->id, indicator, year, target);
        }
    }
    return m_store.putReferences(withPlan(catalog->stored.contains(code), *plan, changed), error);
}

bool ProvincePlans::exclude(const QString& code, const QStringList& indicators, QString* error)
{
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* plan = catalog->plan(code, error);
    if (!plan)
        return false;
    if (indicators.isEmpty()) {
        *error = tr("name at least one indicator of the plan");
        return false;
    }
    kpi::Plan edited = *plan;
    QVector<ServerStore::ReferenceRow> changed;
    for (const QString& indicator : indicators) {
        if (!kpi::Indicators::find(indicator)) {
            *error = tr("unknown indicator '%1'").arg(indicator);
            return false;
        }
        if (!plan->applies(indicator)) {
            *error = tr("'%1' does not apply in plan '%2'").arg(indicator, code);
            return false;
        }
        for (auto it = plan->targets.cbegin(); it != plan->targets.cend(); ++it)
            if (it.key().first == indicator) {
                changed << targetRow(plan->id, indicator, it.key().second, it.value(), true);
                edited.targets.remove(it.key());
            }
    }
    // A template written whole first would bring the excluded targets back: write it as edited.
    return m_store.putReferences(withPlan(catalog->stored.contains(code), edited, changed), error);
}

bool ProvincePlans::assign(const QString& commune, const QString& planCode, QString* error)
{
    const auto info = m_store.commune(commune);
    if (!info) {
        *error = tr("no commune '%1' on this server").arg(commune);
        return false;
    }
    auto catalog = loadCatalog(error);
    if (!catalog)
        return false;
    const kpi::Plan* plan = catalog->plan(planCode, error);
    if (!plan)
        return false;
    // A template is written whole so that every laptop has it, installed or not.
    QVector<ServerStore::ReferenceRow> rows =
        withPlan(catalog->stored.contains(planCode), *plan,
                 {{kSettings, kpi::PlanCatalog::communeSettingsRowId(info->id),
                   QJsonObject{{QStringLiteral("commune"), info->id},
                               {QStringLiteral("active_plan"), planCode},
                               {QStringLiteral("deleted"), 0}}}});
    return m_store.putReferences(rows, error);
}

std::optional<QHash<QString, QString>> ProvincePlans::assignments(QString* error)
{
    const auto rows = m_store.referenceRows(kSettings, error);
    if (!rows)
        return std::nullopt;
    QHash<QString, QString> out;
    for (const QJsonObject& d : *rows)
        if (!isDeleted(d) && !d.value(QStringLiteral("active_plan")).toString().isEmpty())
            out.insert(d.value(QStringLiteral("commune")).toString(), d.value(QStringLiteral("active_plan")).toString());
    return out;
}

} // namespace hocvuso::sync
