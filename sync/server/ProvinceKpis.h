#pragma once

#include "core/kpi/KpiEngine.h"
#include "core/report/ReportData.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace hocvuso::sync {

class CommuneMirror;
class ServerStore;

struct ProvinceKpiResult
{
    QVector<kpi::KpiTable> communes; // in the server's commune order (by code)
    kpi::KpiTable total;             // KpiMerge: sums of numerators and denominators
};

// The indicators on the province server: each commune's synced rows are
// mirrored into a local-store-shaped SQLite file (CommuneMirror, refreshed
// by server sequence) and the laptop's own KpiEngine runs on it, so a
// commune's figures on the server equal those on its laptops after a sync.
// Mirrors live in a private temporary directory for the life of this object.
// Not thread-safe: used on the server's thread, like ServerStore.
class ProvinceKpis
{
public:
    explicit ProvinceKpis(ServerStore& server);
    ~ProvinceKpis();
    ProvinceKpis(const ProvinceKpis&) = delete;
    ProvinceKpis& operator=(const ProvinceKpis&) = delete;

    // One commune (id or code).
    std::optional<kpi::KpiTable> commune(const QString& commune, const kpi::Period& period,
                                         const kpi::KpiOptions& options, QString* error);
    // Every commune, and the province total.
    std::optional<ProvinceKpiResult> province(const kpi::Period& period, const kpi::KpiOptions& options,
                                              QString* error);
    // The province report: the total as the indicator table, the communes
    // where a commune's report has its hamlets, and the activity summed.
    // `commune` (id or code) narrows it to that commune's own report.
    std::optional<report::ReportData> report(const kpi::Period& period, const report::ReportOptions& options,
                                             const QString& commune, QString* error);

    // {"period", "plan", "communes": [toJson(table)...], "total": toJson(total)}.
    static QJsonObject toJson(const ProvinceKpiResult& result);

private:
    CommuneMirror* mirror(const QString& communeId, QString* error);

    ServerStore& m_server;
    QTemporaryDir m_dir;
    QHash<QString, std::shared_ptr<CommuneMirror>> m_mirrors;
};

} // namespace hocvuso::sync
