// enroll: trade a single-use code from the province for this device's token.
#include "CliCommand.h"

#include "core/store/Store.h"
#include "sync/client/SyncClient.h"

#include <QSysInfo>
#include <QUrl>

namespace hocvuso::cli {
namespace {

CliResult runEnroll(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {}, {"server", "code", "name", "ca-file", "pin-sha256"});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    const QString server = opts.value(QStringLiteral("server"));
    const QString code = opts.value(QStringLiteral("code"));
    if (server.isEmpty() || code.isEmpty())
        return CliResult::fail(ExitUsage, QStringLiteral("enroll needs --server URL and --code CODE"));
    QString error;
    auto store = ctx.openStore(&error, true);
    if (!store)
        return CliResult::fail(ExitStore, error);
    sync::SyncClient client(*store);
    const auto r = client.enroll(QUrl(server), code, opts.value(QStringLiteral("name"), QSysInfo::machineHostName()),
                                 {opts.value(QStringLiteral("ca-file")), opts.value(QStringLiteral("pin-sha256"))});
    if (!r.ok) {
        const int exit = r.errorCode == QLatin1String("network") ? ExitNetwork
                         : r.errorCode == QLatin1String("usage") ? ExitUsage
                                                                 : ExitRefused;
        return CliResult::fail(exit, QStringLiteral("enrollment failed (%1): %2").arg(r.errorCode, r.error));
    }
    return CliResult::ok({{QStringLiteral("device_id"), store->deviceId()},
                          {QStringLiteral("commune_id"), r.communeId},
                          {QStringLiteral("commune_code"), r.communeCode},
                          {QStringLiteral("commune_name"), r.communeName}},
                         QStringLiteral("Enrolled device %1 for commune %2 (%3)")
                             .arg(store->deviceId(), r.communeName, r.communeCode));
}

const CliRegistration registration({QStringLiteral("enroll"),
                                    QStringLiteral("Enrol this store with the province server (single-use code)."),
                                    QStringLiteral("enroll --server URL --code CODE [--name N] [--ca-file PEM | "
                                                   "--pin-sha256 HEX]"),
                                    true, runEnroll});

} // namespace
} // namespace hocvuso::cli
