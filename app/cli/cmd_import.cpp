// import: bring a list (residents, households, ...) in from a CSV file.
#include "CliCommand.h"

#include "core/io/ListColumns.h"
#include "core/io/ListImporter.h"
#include "core/store/Store.h"

#include <QTextStream>

namespace hocvuso::cli {
namespace {

CliResult runImport(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {QStringLiteral("only-valid"), QStringLiteral("dry-run")}, {});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    if (opts.positional().size() != 2)
        return CliResult::fail(ExitUsage, QStringLiteral("usage: import <list> FILE [--only-valid] [--dry-run]; lists: %1")
                                              .arg(ListColumns::names().join(QStringLiteral(", "))));
    const QString list = opts.positional().at(0);
    if (!ListColumns::find(list))
        return CliResult::fail(ExitUsage, QStringLiteral("unknown list '%1' (known: %2)")
                                              .arg(list, ListColumns::names().join(QStringLiteral(", "))));
    QString error;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);

    ImportOptions options;
    options.onlyValid = opts.flag(QStringLiteral("only-valid"));
    options.dryRun = opts.flag(QStringLiteral("dry-run"));
    const ImportReport report = ListImporter::import(*store, list, opts.positional().at(1), options);

    QString text = report.summary() + QLatin1Char('\n');
    for (const ImportIssue& issue : report.issues)
        text += (issue.severity == ImportIssue::Severity::Warning ? QStringLiteral("warning: ") : QString()) +
                issue.text() + QLatin1Char('\n');

    // Input errors that stopped the import are exit 4, with the whole report in JSON.
    const bool refused = !report.fatalError.isEmpty() || (!report.committed && !options.dryRun);
    if (refused) {
        CliResult r = CliResult::fail(ExitInput, report.summary());
        r.json = report.toJson();
        // main() prints only a one-line reason on stderr: the issues, which
        // the operator needs to fix the file, go to stdout first.
        if (!ctx.json)
            QTextStream(stdout) << text;
        return r;
    }
    return CliResult::ok(report.toJson(), text);
}

const CliRegistration registration({QStringLiteral("import"),
                                    QStringLiteral("Import a list from a CSV file (see docs/IMPORT.md)."),
                                    QStringLiteral("import <list> FILE [--only-valid] [--dry-run]"), true, runImport});

} // namespace
} // namespace hocvuso::cli
