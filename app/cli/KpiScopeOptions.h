#pragma once

#include "CliCommand.h"

#include <QDate>

#include <optional>

namespace hocvuso {
class Store;
}

namespace hocvuso::cli {

// What `kpis` and `report` both read and check alike: --group, --as-of and
// --plan. Each gives the failure to return, or nothing when the value is
// good (or absent).

// --group must name a known group.
std::optional<CliResult> refuseUnknownGroup(const CommandOptions& opts);
// --as-of YYYY-MM-DD into *asOf; left as it is when the option is absent.
std::optional<CliResult> readAsOf(const CommandOptions& opts, QDate* asOf);
// A --plan code must name a plan of the store; empty is the active plan.
std::optional<CliResult> refuseUnknownPlan(Store& store, const QString& planCode);

} // namespace hocvuso::cli
