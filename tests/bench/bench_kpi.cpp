// KPI engine benchmark: a 300,000-resident commune (core/demo/DemoCommune),
// every indicator for a year with the per-hamlet breakdown; median of runs.
//   bench_kpi [residents=300000] [store file to reuse] [--report: also the whole report data, 13 computations]
#include "core/demo/DemoCommune.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/report/ReportData.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace hocvuso;

namespace {
// "wall W ms, cpu C ms": medians of both. The CPU time of this process is
// the figure to compare on a shared, overloaded machine; wall time is what a
// user waits on an idle laptop only when the two agree.
QString median(int runs, const std::function<void()>& work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        work();
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return QStringLiteral("wall %1 ms, cpu %2 ms").arg(wall[wall.size() / 2], 0, 'f', 1).arg(cpu[cpu.size() / 2], 0, 'f', 1);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int residents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFile::exists(path);
    QString error;
    auto store = Store::open(path, &error);
    if (!store) {
        out << "cannot open store: " << error << '\n';
        return 1;
    }
    const QDate today(2025, 12, 31);
    if (!reuse) {
        StoreError se;
        if (!store->createCommune(QStringLiteral("BENCH"), QStringLiteral("Xã Bình Dân (benchmark)"), &se)) {
            out << se.text() << '\n';
            return 1;
        }
        DemoCommune::Options options;
        options.residents = residents;
        options.today = today;
        options.seedPlans = [](Store& s, StoreError* e) {
            return kpi::PlanCatalog::installTemplates(s, e) && kpi::PlanCatalog::activate(s, QStringLiteral("002"), e);
        };
        QElapsedTimer t;
        t.start();
        auto counts = DemoCommune(*store).generate(options, &se);
        if (!counts) {
            out << "demo failed: " << se.text() << '\n';
            return 1;
        }
        out << "generated " << counts->value(QStringLiteral("residents")) << " residents, "
            << counts->value(QStringLiteral("households")) << " households, " << counts->value(QStringLiteral("attendance"))
            << " attendances, " << counts->value(QStringLiteral("visits")) << " visits in " << t.elapsed() << Qt::endl;
        QSqlQuery(store->db()).exec(QStringLiteral("ANALYZE"));
    }
    kpi::KpiEngine engine(*store);
    kpi::KpiOptions options;
    options.asOf = today;
    const kpi::Period year = kpi::Period::year(2025);
    kpi::KpiTable table = engine.compute(year, options); // warm the page cache once
    if (!table.error.isEmpty()) {
        out << table.error << '\n';
        return 1;
    }
    out << "plan " << (table.plan ? table.plan->code : QStringLiteral("-")) << ", " << table.hamlets.size()
        << " hamlets, " << table.rows.size() << " indicators\n";
    for (const auto& r : table.rows)
        out << "  " << r.indicator.leftJustified(24) << ' ' << r.total.numerator << " / "
            << (r.total.denominator ? QString::number(*r.total.denominator) : QStringLiteral("-")) << " = "
            << kpi::formatPercent(r.total.percent) << '\n';

    const int runs = 7;
    out << "median of " << runs << " runs:\n";
    out << "  all indicators, year 2025, per hamlet:           "
        << median(runs, [&] { table = engine.compute(year, options); }) << Qt::endl;
    out << "  all indicators, 2025-Q3, per hamlet:             "
        << median(runs, [&] { engine.compute(kpi::Period::parse(QStringLiteral("2025-Q3")), options); }) << Qt::endl;
    kpi::KpiOptions withGroups = options;
    withGroups.groups = true;
    out << "  year 2025 with the 11-group breakdown:           "
        << median(runs, [&] { engine.compute(year, withGroups); }) << Qt::endl;
    qsizetype missing = 0;
    out << "  members(adult_basic_skills, missing), year:      "
        << median(runs, [&] {
               missing = engine.members(QStringLiteral("adult_basic_skills"), year, kpi::MemberSet::Missing, {}, options).size();
           })
        << " (" << missing << " rows)\n";
    if (argc <= 3 || QString::fromLocal8Bit(argv[3]) != QLatin1String("--report"))
        return 0;
    report::ReportOptions ro;
    ro.asOf = today;
    out << "  report data for the year (with 12-month trend):  "
        << median(1, [&] { report::ReportBuilder::build(*store, year, ro, &error); }) << Qt::endl;
    return 0;
}
