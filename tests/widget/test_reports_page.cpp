// The Reports page over the KPI fixture: assembled off the GUI thread,
// previewed page by page, saved as a PDF that pdftotext reads back and as a
// real XLSX and CSV.
#include "KpiFixture.h"
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/pages/ReportsPage.h"
#include "ui/widgets/PeriodSelector.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
void buildAndWait(ReportsPage& page)
{
    QSignalSpy spy(&page, &ReportsPage::reportReady);
    page.buildReport();
    REQUIRE(spy.wait(60000));
    REQUIRE_FALSE(page.isBuilding());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("reports page previews and saves the report as PDF, XLSX and CSV", "[widget][reports]")
{
    TempStore temp;
    buildKpiFixture(temp.store());
    ReportsPage page(temp.store());
    page.resize(1100, 800);
    page.show();
    page.activated();
    QTemporaryDir dir;

    QString error;
    CHECK_FALSE(page.saveReport(dir.filePath(QStringLiteral("early.pdf")), ReportsPage::Format::Pdf, &error));
    CHECK_FALSE(error.isEmpty());

    page.periodSelector()->setPeriod(kpi::Period::quarter(2025, 3));
    REQUIRE(page.planSelector()->currentData().toString() == QStringLiteral("001")); // the active plan
    buildAndWait(page);
    REQUIRE(page.reportData());
    CHECK(page.reportData()->communeName == QStringLiteral("Xã Thử Nghiệm"));
    CHECK(page.reportData()->kpis.period == kpi::Period::quarter(2025, 3));
    REQUIRE(page.reportData()->kpis.plan);
    CHECK(page.reportData()->kpis.plan->code == QStringLiteral("001"));

    // The preview draws the same pages as the PDF: tables, then the charts page.
    QCoreApplication::processEvents();
    CHECK(page.preview()->pageCount() >= 2);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(page.saveReport(pdf, ReportsPage::Format::Pdf, &error));
    const auto text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString pdfText = QString::fromUtf8(text.out);
    CHECK(pdfText.contains(QStringLiteral("Xã Thử Nghiệm")));
    CHECK(pdfText.contains(QStringLiteral("Quý III/2025")));

    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(page.saveReport(xlsx, ReportsPage::Format::Xlsx, &error));
    CHECK(readAll(xlsx).startsWith("PK"));
    const auto unzipped = runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/*.xml")});
    REQUIRE(unzipped.exitCode == 0);
    CHECK(QString::fromUtf8(unzipped.out).contains(QStringLiteral("Xã Thử Nghiệm")));

    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(page.saveReport(csv, ReportsPage::Format::Csv, &error));
    const QByteArray csvBytes = readAll(csv);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(csvBytes.contains(QStringLiteral("Xã Thử Nghiệm").toUtf8()));

    // English: the same report in the other language.
    page.languageSelector()->setCurrentIndex(page.languageSelector()->findData(int(report::Language::English)));
    QSignalSpy ready(&page, &ReportsPage::reportReady);
    REQUIRE((page.isBuilding() || ready.count() > 0)); // a changed choice assembles the report again
    while (page.isBuilding())
        REQUIRE(ready.wait(60000));
    REQUIRE(page.reportData());
    CHECK(page.reportData()->language == report::Language::English);
    CHECK(page.reportData()->periodLabel == QStringLiteral("Q3 2025"));
}

TEST_CASE("a report being assembled can be cancelled and assembled again", "[widget][reports]")
{
    TempStore temp;
    buildKpiFixture(temp.store());
    ReportsPage page(temp.store());
    page.periodSelector()->setPeriod(kpi::Period::year(2025));
    QSignalSpy spy(&page, &ReportsPage::reportReady);
    page.buildReport();
    REQUIRE(page.isBuilding());
    page.cancelBuild();
    CHECK_FALSE(page.isBuilding());
    CHECK_FALSE(page.reportData());
    QTest::qWait(300); // the cancelled worker's late result must not show up
    CHECK(spy.count() == 0);
    CHECK_FALSE(page.reportData());

    buildAndWait(page);
    REQUIRE(page.reportData());
    CHECK(page.reportData()->kpis.period == kpi::Period::year(2025));
}
