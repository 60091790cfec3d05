// kpis: every indicator for a period, per hamlet, with target and gap; or the
// people behind one number (--members).
#include "CliCommand.h"
#include "KpiScopeOptions.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/KpiJson.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocvuso::cli {
namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hocvuso::cli::kpis", s, disambiguation, n);
}

// --period wins; --year alone is that year; neither is the current year.
std::optional<kpi::Period> periodFrom(const CommandOptions& opts, QString* error)
{
    if (opts.has(QStringLiteral("period"))) {
        kpi::Period p = kpi::Period::parse(opts.value(QStringLiteral("period")), error);
        if (!p.isValid())
            return std::nullopt;
        if (opts.has(QStringLiteral("year")) && opts.value(QStringLiteral("year")).toInt() != p.targetYear()) {
            *error = tr("period %1 does not end in year %2").arg(p.code(), opts.value(QStringLiteral("year")));
            return std::nullopt;
        }
        return p;
    }
    const QString year = opts.value(QStringLiteral("year"), QString::number(QDate::currentDate().year()));
    bool ok = false;
    const int y = year.toInt(&ok);
    if (!ok || y < 2000 || y > 2100) {
        *error = tr("--year must be a year such as 2025, not '%1'").arg(year);
        return std::nullopt;
    }
    return kpi::Period::year(y);
}

// The definitions themselves: what each indicator counts and over what.
CliResult explain()
{
    QJsonArray list;
    QString text;
    for (const kpi::IndicatorDef& d : kpi::Indicators::all()) {
        const QString scope = d.scope == kpi::Scope::InPeriod ? QStringLiteral("in_period") : QStringLiteral("cumulative");
        const QString rule = QString::fromLatin1(d.rule);
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), kpi::Indicators::name(d)},
                                {QStringLiteral("name_vi"), d.nameVi},
                                {QStringLiteral("scope"), scope},
                                {QStringLiteral("rule"), rule}});
        text += QStringLiteral("%1 [%2]\n  %3\n  %4\n").arg(d.id, scope, kpi::Indicators::name(d), rule);
    }
    return CliResult::ok({{QStringLiteral("indicators"), list}}, text);
}

CliResult runKpis(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {QStringLiteral("groups"), QStringLiteral("missing"), QStringLiteral("explain")},
                        {QStringLiteral("year"), QStringLiteral("period"), QStringLiteral("as-of"), QStringLiteral("plan"),
                         QStringLiteral("members"), QStringLiteral("hamlet"), QStringLiteral("group")});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    if (opts.flag(QStringLiteral("explain")))
        return explain();
    QString error;
    const auto period = periodFrom(opts, &error);
    if (!period)
        return CliResult::fail(ExitUsage, error);
    kpi::KpiOptions options;
    options.groups = opts.flag(QStringLiteral("groups"));
    options.planCode = opts.value(QStringLiteral("plan"));
    options.group = opts.value(QStringLiteral("group"));
    if (auto refused = refuseUnknownGroup(opts))
        return *refused;
    if (auto refused = readAsOf(opts, &options.asOf))
        return *refused;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    if (auto refused = refuseUnknownPlan(*store, options.planCode))
        return *refused;
    kpi::KpiEngine engine(*store);

    if (opts.has(QStringLiteral("members"))) {
        const QString indicator = opts.value(QStringLiteral("members"));
        const kpi::IndicatorDef* def = kpi::Indicators::find(indicator);
        if (!def)
            return CliResult::fail(ExitUsage, tr("unknown indicator '%1'").arg(indicator));
        if (!options.group.isEmpty() && def->subject != kpi::Subject::Resident)
            return CliResult::fail(ExitUsage, tr("'%1' is not about residents: not applicable to a group").arg(indicator));
        const auto which = opts.flag(QStringLiteral("missing")) ? kpi::MemberSet::Missing : kpi::MemberSet::Counted;
        const auto members = engine.members(indicator, *period, which,
                                            opts.has(QStringLiteral("hamlet")) ? opts.value(QStringLiteral("hamlet")) : QString(),
                                            options);
        if (!engine.lastError().isEmpty())
            return CliResult::fail(ExitStore, engine.lastError());
        QJsonArray list;
        QString text;
        for (const auto& m : members) {
            list.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name},
                                    {QStringLiteral("hamlet_id"), m.hamletId}});
            text += m.name + QLatin1Char('\n');
        }
        text += tr("%n row(s)", nullptr, int(members.size()));
        return CliResult::ok({{QStringLiteral("indicator"), indicator}, {QStringLiteral("period"), period->code()},
                              {QStringLiteral("members"), list}},
                             text);
    }

    const kpi::KpiTable table = engine.compute(*period, options);
    if (!table.error.isEmpty())
        return CliResult::fail(ExitStore, table.error);
    QString text = QStringLiteral("%1 — %2 — %3\n")
                       .arg(table.communeName, table.period.labelVi(),
                            table.plan ? table.plan->code + QLatin1Char(' ') + table.plan->name : tr("no active plan"));
    if (const kpi::GroupDef* group = kpi::Groups::find(table.group))
        text += tr("Group: %1 (denominator: the group's baseline where it counts exactly the indicator's population, "
                   "else the group's residents recorded)\n")
                    .arg(kpi::Groups::name(*group));
    for (const kpi::KpiRow& row : table.rows) {
        const auto* def = kpi::Indicators::find(row.indicator);
        if (!row.groupApplicable) {
            text += QStringLiteral("%1 %2  %3\n")
                        .arg(row.indicator, -24)
                        .arg(tr("not applicable to a group"), -40)
                        .arg(def ? kpi::Indicators::name(*def) : QString());
            continue;
        }
        text += QStringLiteral("%1 %2 / %3 = %4  %5 %6\n")
                    .arg(row.indicator, -24)
                    .arg(row.total.numerator, 7)
                    .arg(row.total.denominator ? QString::number(*row.total.denominator) : QStringLiteral("—"), 7)
                    .arg(kpi::formatPercent(row.total.percent), 8)
                    .arg(row.target ? tr("target %1 %").arg(*row.target) : QString(), -14)
                    .arg(def ? kpi::Indicators::name(*def) : QString());
    }
    if (table.unknownAge > 0)
        text += tr("%n resident(s) without birth date or year are left out of age-bound indicators.", nullptr,
                   int(table.unknownAge));
    return CliResult::ok(kpi::toJson(table), text);
}

const CliRegistration registration({QStringLiteral("kpis"),
                                    QStringLiteral("Indicators for a period with targets, per hamlet; or who is behind one."),
                                    QStringLiteral("kpis [--year Y] [--period 2025-Q3|2025-H1|2025-07|A..B] [--plan CODE] "
                                                   "[--as-of DATE] [--groups] [--group ID] [--members INDICATOR [--missing] [--hamlet ID]] [--explain]"),
                                    true, runKpis});

} // namespace
} // namespace hocvuso::cli
