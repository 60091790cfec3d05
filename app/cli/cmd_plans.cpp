// plans: list the plans, install the shipped templates, pick the active one, copy one to edit.
#include "CliCommand.h"

#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocvuso::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::cli::plans", s);
}

CliResult listPlans(Store& store)
{
    QJsonArray list;
    const QString active = kpi::PlanCatalog::activeCode(store);
    QString text;
    for (const kpi::Plan& p : kpi::PlanCatalog::plans(store)) {
        QJsonArray targets;
        for (auto it = p.targets.cbegin(); it != p.targets.cend(); ++it)
            targets.append(QJsonObject{{QStringLiteral("indicator"), it.key().first},
                                       {QStringLiteral("year"), it.key().second},
                                       {QStringLiteral("target"), it.value()}});
        list.append(QJsonObject{{QStringLiteral("code"), p.code},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("mentor_min"), p.mentorMin},
                                {QStringLiteral("class_cadence"), p.classCadence},
                                {QStringLiteral("targets"), targets}});
        text += QStringLiteral("%1 %2 %3\n").arg(p.code == active ? QStringLiteral("*") : QStringLiteral(" "), p.code, p.name);
    }
    if (list.isEmpty())
        text = tr("No plans yet: run 'plans install'.");
    // The province's assignment (empty: none); the active plan is the newer of it and the local choice.
    const QString assigned = kpi::PlanCatalog::assignedCode(store);
    return CliResult::ok({{QStringLiteral("plans"), list}, {QStringLiteral("active"), active},
                          {QStringLiteral("assigned"), assigned}},
                         text);
}

CliResult runPlans(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {}, {QStringLiteral("name")});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    QString error;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    const QStringList pos = opts.positional();
    const QString action = pos.value(0, QStringLiteral("list"));
    StoreError storeError;
    if (action == QLatin1String("list"))
        return listPlans(*store);
    if (action == QLatin1String("install")) {
        if (!kpi::PlanCatalog::installTemplates(*store, &storeError))
            return CliResult::fail(ExitStore, storeError.text());
        return listPlans(*store);
    }
    if (action == QLatin1String("activate") && pos.size() == 2) {
        if (!kpi::PlanCatalog::activate(*store, pos[1], &storeError))
            return CliResult::fail(ExitInput, storeError.text());
        return CliResult::ok({{QStringLiteral("active"), pos[1]}}, tr("Active plan: %1").arg(pos[1]));
    }
    if (action == QLatin1String("copy") && pos.size() == 3) {
        if (!kpi::PlanCatalog::copyPlan(*store, pos[1], pos[2], opts.value(QStringLiteral("name")), &storeError))
            return CliResult::fail(ExitInput, storeError.text());
        return CliResult::ok({{QStringLiteral("copied"), pos[2]}}, tr("Copied %1 to %2").arg(pos[1], pos[2]));
    }
    return CliResult::fail(ExitUsage, tr("usage: plans [list | install | activate CODE | copy FROM NEW [--name NAME]]"));
}

const CliRegistration registration({QStringLiteral("plans"),
                                    QStringLiteral("List plans, install the shipped templates, activate or copy one."),
                                    QStringLiteral("plans [list | install | activate CODE | copy FROM NEW [--name NAME]]"),
                                    true, runPlans});

} // namespace
} // namespace hocvuso::cli
