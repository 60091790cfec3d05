#pragma once

#include "core/kpi/KpiEngine.h"

#include <QJsonObject>

namespace hocvuso::kpi {

// The JSON form of a KPI table (CLI --json, and later the province server):
// absent values (no baseline, no target) are JSON null, never 0.
QJsonObject toJson(const KpiTable& table);

} // namespace hocvuso::kpi
