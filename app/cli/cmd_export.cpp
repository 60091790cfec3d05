// export: write a list (residents, households, ...) to a CSV file for Excel.
#include "CliCommand.h"

#include "core/io/ListColumns.h"
#include "core/io/ListExporter.h"
#include "core/store/Store.h"

namespace hocvuso::cli {
namespace {

CliResult runExport(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {QStringLiteral("template")}, {});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    if (opts.positional().size() != 2)
        return CliResult::fail(ExitUsage, QStringLiteral("usage: export <list> FILE [--template]; lists: %1")
                                              .arg(ListColumns::names().join(QStringLiteral(", "))));
    const QString list = opts.positional().at(0);
    const QString path = opts.positional().at(1);
    if (!ListColumns::find(list))
        return CliResult::fail(ExitUsage, QStringLiteral("unknown list '%1' (known: %2)")
                                              .arg(list, ListColumns::names().join(QStringLiteral(", "))));
    QString error;
    if (opts.flag(QStringLiteral("template"))) {
        if (!ListExporter::writeTemplate(list, path, &error))
            return CliResult::fail(ExitInput, error);
        return CliResult::ok({{QStringLiteral("list"), list}, {QStringLiteral("file"), path}, {QStringLiteral("rows"), 1}},
                             QStringLiteral("Wrote the %1 template to %2").arg(list, path));
    }
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    qint64 rows = 0;
    if (!ListExporter::exportList(*store, list, path, &error, {}, &rows))
        return CliResult::fail(ExitInput, error);
    return CliResult::ok({{QStringLiteral("list"), list}, {QStringLiteral("file"), path}, {QStringLiteral("rows"), rows}},
                         QStringLiteral("Exported %1 %2 to %3").arg(rows).arg(list, path));
}

const CliRegistration registration({QStringLiteral("export"),
                                    QStringLiteral("Export a list to a CSV file (UTF-8 with BOM), or its template."),
                                    QStringLiteral("export <list> FILE [--template]"), false, runExport});

} // namespace
} // namespace hocvuso::cli
