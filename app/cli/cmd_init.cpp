// init: create a store for one commune.
#include "CliCommand.h"

#include "core/store/Store.h"

namespace hocvuso::cli {
namespace {

CliResult runInit(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {}, {"commune-code", "commune-name", "province-code", "province-name"});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    if (!opts.positional().isEmpty())
        return CliResult::fail(ExitUsage, QStringLiteral("init takes no argument '%1'").arg(opts.positional().first()));
    const QString code = opts.value(QStringLiteral("commune-code"));
    const QString name = opts.value(QStringLiteral("commune-name"));
    if (code.isEmpty() || name.isEmpty())
        return CliResult::fail(ExitUsage, QStringLiteral("init needs --commune-code C and --commune-name N"));
    QString error;
    auto store = ctx.openStore(&error, true);
    if (!store)
        return CliResult::fail(ExitStore, error);
    if (store->hasCommune())
        return CliResult::fail(ExitRefused, QStringLiteral("%1 already records a commune").arg(ctx.dbPath));
    StoreError storeError;
    auto id = store->createCommune(code, name, &storeError, opts.value(QStringLiteral("province-code")),
                                   opts.value(QStringLiteral("province-name")));
    if (!id)
        return CliResult::fail(ExitInput, storeError.text());
    return CliResult::ok({{QStringLiteral("commune_id"), *id},
                          {QStringLiteral("commune_code"), code},
                          {QStringLiteral("device_id"), store->deviceId()}},
                         QStringLiteral("Created commune %1 (%2) in %3").arg(name, code, ctx.dbPath));
}

const CliRegistration registration({QStringLiteral("init"), QStringLiteral("Create the store of one commune."),
                                    QStringLiteral("init --commune-code C --commune-name N [--province-code P]"),
                                    true, runInit});

} // namespace
} // namespace hocvuso::cli
