#pragma once

#include "core/store/Store.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace hocvuso::kpi {

// A plan as data: which indicators apply (those with a target), the target
// of each per year (percent), the mentor minimum N and the class cadence.
struct Plan
{
    QString id; // row id in `plans` (empty for a template not yet installed)
    QString code;
    QString name;
    QString description;
    int mentorMin = 3;
    QString classCadence; // "weekly", "monthly" or empty
    QMap<QPair<QString, int>, double> targets; // (indicator, year) → percent

    std::optional<double> target(const QString& indicator, int year) const;
    bool applies(const QString& indicator) const;
};

// The seed plans shipped with the app (000, 001, 002, 004 of KPIS.md) and the
// plan rows in the store. Plans and targets are reference rows (commune_id
// '' = province-wide) with natural keys, so installing twice changes nothing
// and a province's copy reaches its communes by sync like any reference row.
//
// Reference rows are written by the province server only (it refuses them in
// a device's push), so the writes below are not change-logged: a laptop's own
// copy or edit stays on that laptop; the province's (`hocvuso-server admin
// plans ...`, sync/server/ProvincePlans.h) arrive by pull and win.
//
// The active plan: the laptop's own choice (activate(), store meta with the
// HLC of the choice) or the province's assignment (a `commune_settings`
// reference row for this commune, pulled) — whichever is newer by HLC, as
// long as its plan exists here. See sync/API.md, "Plans from the province".
class PlanCatalog
{
public:
    static const QVector<Plan>& templates();
    static const Plan* findTemplate(const QString& code);

    // Row ids (UUIDv5 of the natural keys): the same on every laptop and the server.
    static QString planRowId(const QString& code);
    static QString targetRowId(const QString& planId, const QString& indicator, int year);
    static QString communeSettingsRowId(const QString& communeId);

    // Why a value cannot be stored (translated), or empty. Shared with the server.
    static QString targetProblem(const QString& indicator, int year, std::optional<double> target);
    static QString yearProblem(int year);
    static QString mentorMinProblem(int n);
    static QString codeProblem(const QString& code);

    // Writes every template as plans/plan_targets rows, in one transaction.
    static bool installTemplates(Store& store, StoreError* error);
    // Copies plan `fromCode` (with its targets) to a new plan `newCode`, to edit.
    static std::optional<QString> copyPlan(Store& store, const QString& fromCode, const QString& newCode,
                                           const QString& newName, StoreError* error);
    // Sets (or with nullopt removes) the target of one indicator in one year.
    static bool setTarget(Store& store, const QString& planCode, const QString& indicator, int year,
                          std::optional<double> target, StoreError* error);
    static bool setMentorMin(Store& store, const QString& planCode, int n, StoreError* error);

    static QVector<Plan> plans(Store& store);
    static std::optional<Plan> load(Store& store, const QString& code);

    // The plan the reports use (see the class comment for the rule).
    static QString activeCode(Store& store);
    // The province's assignment for this store's commune (empty: none).
    static QString assignedCode(Store& store);
    // The laptop's own choice; it wins until the province assigns again.
    static bool activate(Store& store, const QString& code, StoreError* error);
    static std::optional<Plan> active(Store& store);
};

} // namespace hocvuso::kpi
