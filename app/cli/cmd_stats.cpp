// stats: how many live records of each entity, and the sync backlog.
#include "CliCommand.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace hocvuso::cli {
namespace {

CliResult runStats(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return CliResult::fail(ExitUsage, QStringLiteral("stats takes no argument '%1'").arg(ctx.args.first()));
    QString error;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    QJsonObject counts;
    QString text;
    for (const EntityDef& e : EntityCatalog::all()) {
        QSqlQuery q(store->db());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(e.table));
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        counts.insert(e.table, n);
        text += QStringLiteral("%1 %2\n").arg(e.table, -14).arg(n);
    }
    const qint64 pending = store->pendingChanges();
    const qint64 bytes = QFileInfo(ctx.dbPath).size();
    text += QStringLiteral("pending changes %1\nfile size %2 bytes").arg(pending).arg(bytes);
    return CliResult::ok({{QStringLiteral("counts"), counts},
                          {QStringLiteral("commune_id"), store->communeId()},
                          {QStringLiteral("device_id"), store->deviceId()},
                          {QStringLiteral("pending_changes"), pending},
                          {QStringLiteral("change_log"), store->changeLogCount()},
                          {QStringLiteral("file_bytes"), bytes}},
                         text);
}

const CliRegistration registration({QStringLiteral("stats"), QStringLiteral("Count the records in the store."),
                                    QStringLiteral("stats"), true, runStats});

} // namespace
} // namespace hocvuso::cli
