// sync: push the outbox, then pull the commune's changes.
#include "CliCommand.h"

#include "core/store/Store.h"
#include "sync/client/SyncClient.h"

namespace hocvuso::cli {
namespace {

CliResult runSync(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {}, {"timeout-ms", "batch"});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    QString error;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    sync::SyncOptions options;
    if (opts.has(QStringLiteral("timeout-ms")))
        options.timeoutMs = opts.value(QStringLiteral("timeout-ms")).toInt();
    if (opts.has(QStringLiteral("batch")))
        options.initialBatch = options.maxBatch = opts.value(QStringLiteral("batch")).toInt();
    sync::SyncClient client(*store, options);
    const sync::SyncReport r = client.sync();
    if (!r.ok) {
        const int exit = r.errorCode == QLatin1String("network") ? ExitNetwork
                         : r.errorCode == QLatin1String("store") ? ExitStore
                                                                 : ExitRefused;
        CliResult fail = CliResult::fail(exit, QStringLiteral("sync failed (%1): %2").arg(r.errorCode, r.error));
        fail.json = r.toJson();
        return fail;
    }
    return CliResult::ok(r.toJson(), QStringLiteral("pushed %1, pulled %2, quarantined %3, conflicts %4, %5 ms, "
                                                    "%6 bytes sent, %7 received, %8 still pending")
                                         .arg(r.pushed)
                                         .arg(r.pulled)
                                         .arg(r.quarantined)
                                         .arg(r.conflicts)
                                         .arg(r.durationMs)
                                         .arg(r.bytesSent)
                                         .arg(r.bytesReceived)
                                         .arg(r.pending));
}

const CliRegistration registration({QStringLiteral("sync"), QStringLiteral("Push local changes, then pull the commune's."),
                                    QStringLiteral("sync [--json] [--timeout-ms N] [--batch N]"), true, runSync});

} // namespace
} // namespace hocvuso::cli
