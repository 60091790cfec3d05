// report: the periodic report an office files upward, as PDF, XLSX or CSV.
#include "CliApplication.h"
#include "CliCommand.h"
#include "KpiScopeOptions.h"

#include "core/kpi/Indicators.h"
#include "core/render/PdfReport.h"
#include "core/report/CsvReport.h"
#include "core/report/XlsxReport.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hocvuso::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::cli::report", s);
}

// --format, or the extension of --out.
QString formatOf(const QString& format, const QString& out)
{
    if (!format.isEmpty())
        return format.toLower();
    return QFileInfo(out).suffix().toLower();
}

bool wantsPdf(const QStringList& args)
{
    CommandOptions opts(args, {QStringLiteral("no-trend")},
                        {QStringLiteral("period"), QStringLiteral("year"), QStringLiteral("format"), QStringLiteral("out"),
                         QStringLiteral("plan"), QStringLiteral("as-of"), QStringLiteral("lang"), QStringLiteral("group")});
    return opts.ok() && formatOf(opts.value(QStringLiteral("format")), opts.value(QStringLiteral("out"))) ==
                            QLatin1String("pdf");
}

CliResult runReport(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {QStringLiteral("no-trend")},
                        {QStringLiteral("period"), QStringLiteral("year"), QStringLiteral("format"), QStringLiteral("out"),
                         QStringLiteral("plan"), QStringLiteral("as-of"), QStringLiteral("lang"), QStringLiteral("group")});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    const QString out = opts.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CliResult::fail(ExitUsage, tr("--out FILE is required"));
    const QString format = formatOf(opts.value(QStringLiteral("format")), out);
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return CliResult::fail(ExitUsage, tr("--format must be pdf, xlsx or csv, not '%1'").arg(format));

    QString error;
    kpi::Period period;
    if (opts.has(QStringLiteral("period")))
        period = kpi::Period::parse(opts.value(QStringLiteral("period")), &error);
    else if (opts.has(QStringLiteral("year")))
        period = kpi::Period::parse(opts.value(QStringLiteral("year")), &error);
    else
        error = tr("--period (e.g. 2025-Q3) or --year is required");
    if (!period.isValid())
        return CliResult::fail(ExitUsage, error);

    report::ReportOptions options;
    options.planCode = opts.value(QStringLiteral("plan"));
    options.trend = !opts.flag(QStringLiteral("no-trend"));
    options.group = opts.value(QStringLiteral("group"));
    if (auto refused = refuseUnknownGroup(opts))
        return *refused;
    const QString lang = opts.value(QStringLiteral("lang"), QStringLiteral("vi"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return CliResult::fail(ExitUsage, tr("--lang must be vi or en"));
    options.language = lang == QLatin1String("en") ? report::Language::English : report::Language::Vietnamese;
    if (auto refused = readAsOf(opts, &options.asOf))
        return *refused;

    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);
    if (auto refused = refuseUnknownPlan(*store, options.planCode))
        return *refused;
    const auto data = report::ReportBuilder::build(*store, period, options, &error);
    if (!data)
        return CliResult::fail(ExitStore, error);

    bool written = false;
    if (format == QLatin1String("pdf"))
        written = render::PdfReport::write(*data, out, &error);
    else if (format == QLatin1String("xlsx"))
        written = report::XlsxReport::write(*data, out, &error);
    else
        written = report::CsvReport::write(*data, out, &error);
    if (!written)
        return CliResult::fail(ExitInput, error);
    const qint64 bytes = QFileInfo(out).size();
    return CliResult::ok({{QStringLiteral("out"), out},
                          {QStringLiteral("format"), format},
                          {QStringLiteral("period"), period.code()},
                          {QStringLiteral("plan"), data->kpis.plan ? data->kpis.plan->code : QString()},
                          {QStringLiteral("indicators"), int(data->kpis.rows.size())},
                          {QStringLiteral("bytes"), bytes}},
                         tr("Wrote %1 (%2, %3 bytes)").arg(out, data->periodLabel).arg(bytes));
}

const GuiNeedRegistration guiNeed(QStringLiteral("report"), wantsPdf);
const CliRegistration registration({QStringLiteral("report"),
                                    QStringLiteral("Write the periodic report (PDF, XLSX or CSV) for a period."),
                                    QStringLiteral("report --period 2025-Q3|--year 2025 --format pdf|xlsx|csv --out FILE "
                                                   "[--plan CODE] [--group ID] [--as-of DATE] [--lang vi|en] [--no-trend]"),
                                    true, runReport});

} // namespace
} // namespace hocvuso::cli
