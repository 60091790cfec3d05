// kpis and report check --group, --as-of and --plan alike (app/cli/KpiScopeOptions).
#include "TempStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using hocvuso::test::runCli;
using hocvuso::test::TempStore;

namespace {
// The command's arguments for `kpis` or a CSV `report` of 2025 into `out`.
QStringList command(const QString& name, const QString& db, const QString& out)
{
    QStringList args = {QStringLiteral("--db"), db, name, QStringLiteral("--year"), QStringLiteral("2025")};
    if (name == QLatin1String("report"))
        args << QStringLiteral("--out") << out;
    return args;
}
} // namespace

TEST_CASE("cli kpis and report refuse an unknown group or plan and a bad as-of date", "[cli][kpi]")
{
    TempStore ts;
    ts.close();
    const QString out = QDir(ts.dir()).filePath(QStringLiteral("report.csv"));
    for (const QString& name : {QStringLiteral("kpis"), QStringLiteral("report")}) {
        INFO(name.toStdString());
        auto group = runCli(command(name, ts.path(), out) << QStringLiteral("--group") << QStringLiteral("martians"));
        CHECK(group.exitCode == 2);
        CHECK(group.err.contains("martians"));

        auto asOf = runCli(command(name, ts.path(), out) << QStringLiteral("--as-of") << QStringLiteral("31/12/2025"));
        CHECK(asOf.exitCode == 2);
        CHECK(asOf.err.contains("--as-of must be a date YYYY-MM-DD"));

        auto plan = runCli(command(name, ts.path(), out) << QStringLiteral("--plan") << QStringLiteral("XYZ"));
        CHECK(plan.exitCode == 4);
        CHECK(plan.err.contains("no plan with code 'XYZ' (see 'plans')"));

        // The same command with good values runs.
        auto good = runCli(command(name, ts.path(), out) << QStringLiteral("--as-of") << QStringLiteral("2025-12-31"));
        INFO(good.err.toStdString());
        CHECK(good.exitCode == 0);
    }
    CHECK(QFile::exists(out));
}
