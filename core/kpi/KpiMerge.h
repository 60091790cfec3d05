#pragma once

#include "core/kpi/KpiEngine.h"

#include <QVector>

namespace hocvuso::kpi {

// The province total of several communes' tables for the same period and
// plan: numerators and denominators are summed (a percent of the sums, never
// an average of percents). A commune without a denominator for an indicator
// adds its numerator but no denominator; with no denominator anywhere the
// total has none ("—"). The result's "hamlets" are the communes and each
// row's perHamlet holds one cell per commune (the commune's total), so a
// report lays out the province's communes where a commune lays out its hamlets.
KpiTable mergeTables(const QVector<KpiTable>& communes, const QString& name);

} // namespace hocvuso::kpi
