#include "KpiScopeOptions.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/PlanCatalog.h"

#include <QCoreApplication>

namespace hocvuso::cli {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::cli::KpiScopeOptions", s);
}
} // namespace

std::optional<CliResult> refuseUnknownGroup(const CommandOptions& opts)
{
    const QString group = opts.value(QStringLiteral("group"));
    if (opts.has(QStringLiteral("group")) && !kpi::Groups::find(group))
        return CliResult::fail(ExitUsage, kpi::Groups::unknownMessage(group));
    return std::nullopt;
}

std::optional<CliResult> readAsOf(const CommandOptions& opts, QDate* asOf)
{
    if (!opts.has(QStringLiteral("as-of")))
        return std::nullopt;
    *asOf = QDate::fromString(opts.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf->isValid())
        return CliResult::fail(ExitUsage, tr("--as-of must be a date YYYY-MM-DD"));
    return std::nullopt;
}

std::optional<CliResult> refuseUnknownPlan(Store& store, const QString& planCode)
{
    if (!planCode.isEmpty() && !kpi::PlanCatalog::load(store, planCode))
        return CliResult::fail(ExitInput, tr("no plan with code '%1' (see 'plans')").arg(planCode));
    return std::nullopt;
}

} // namespace hocvuso::cli
