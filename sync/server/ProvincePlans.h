#pragma once

#include "core/kpi/PlanCatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hocvuso::sync {

class ServerStore;

// The province's plans, written as reference rows (plans, plan_targets,
// commune_settings) in exactly the form the laptops store them
// (kpi::PlanCatalog: UUIDv5 row ids of the natural keys), so every device of
// the province pulls them and its PlanCatalog lists them.
//
// What the server holds: the shipped templates (PlanCatalog::templates, the
// same rows every laptop installs) overlaid by the reference rows the province
// wrote. A template the province edits is first written whole (plan row and
// every target), so a laptop that never installed the templates still gets a
// complete plan. Every command validates first and writes its rows in one
// transaction: a refused command writes nothing.
class ProvincePlans
{
public:
    explicit ProvincePlans(ServerStore& store);

    std::optional<QVector<kpi::Plan>> plans(QString* error);
    // nullopt with an empty *error: no such plan.
    std::optional<kpi::Plan> find(const QString& code, QString* error);
    // Whether the province wrote the plan (false: a shipped template as shipped).
    bool isStored(const QString& code);

    bool copy(const QString& fromCode, const QString& newCode, const QString& newName, QString* error);
    bool setTarget(const QString& code, const QString& indicator, int year, double target, QString* error);
    bool setMentorMin(const QString& code, int n, QString* error);
    // Makes the indicators apply: a target `target` for each of `years` (empty:
    // the years the plan already has targets for).
    bool include(const QString& code, const QStringList& indicators, const QVector<int>& years, double target,
                 QString* error);
    // The indicators no longer apply: every target of theirs is tombstoned.
    bool exclude(const QString& code, const QStringList& indicators, QString* error);
    // The commune (id or code) reports against `planCode` (a commune_settings row).
    bool assign(const QString& commune, const QString& planCode, QString* error);
    // Commune id → assigned plan code.
    std::optional<QHash<QString, QString>> assignments(QString* error);

private:
    struct Catalog;
    std::optional<Catalog> loadCatalog(QString* error);

    ServerStore& m_store;
};

} // namespace hocvuso::sync
