// Reports read back by real readers: pdftotext (and pdffonts) for the PDF,
// openpyxl (/usr/bin/python3) for the XLSX, the raw bytes for the CSV.
#include "KpiFixture.h"
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/render/PdfReport.h"
#include "core/report/CsvReport.h"
#include "core/report/ReportData.h"
#include "core/report/ReportTables.h"
#include "core/report/XlsxReport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hocvuso;
using hocvuso::test::runCli;
using hocvuso::test::runProgram;
using hocvuso::test::TempStore;

namespace {

report::ReportData buildReport(Store& store, report::Language language = report::Language::Vietnamese)
{
    report::ReportOptions options;
    options.language = language;
    options.asOf = QDate(2025, 12, 31);
    QString error;
    auto data = report::ReportBuilder::build(store, kpi::Period::parse(QStringLiteral("2025-Q3")), options, &error);
    INFO(error.toStdString());
    REQUIRE(data);
    return *data;
}

QString pdfText(const QString& path)
{
    const auto r = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

// Every sheet as rows of JSON values, as openpyxl reads them (numbers stay numbers).
QJsonObject readXlsx(const QString& path)
{
    const QString script = QStringLiteral(
        "import json, sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "out = {}\n"
        "for ws in wb.worksheets:\n"
        "    out[ws.title] = [[c for c in row] for row in ws.iter_rows(values_only=True)]\n"
        "    out[ws.title + '#charts'] = len(ws._charts)\n"
        "print(json.dumps(out, default=str))\n");
    const auto r = runProgram(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray findRow(const QJsonArray& rows, int column, const QString& text)
{
    for (const auto& r : rows)
        if (r.toArray().at(column).toString() == text)
            return r.toArray();
    FAIL("no row with " << text.toStdString());
    return {};
}

const QString kAdults = QStringLiteral("Người trưởng thành có kiến thức, kỹ năng số cơ bản");

} // namespace

TEST_CASE("The summary says what is behind target, by how much and where", "[report]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    const auto data = buildReport(ts.store());
    REQUIRE_FALSE(data.summary.isEmpty());
    CHECK(data.summary.first().startsWith(QStringLiteral("Có ")));
    // 85 % of 15 adults is 12.75: 13 needed, 4 counted.
    CHECK(data.summary.contains(kAdults + QStringLiteral(": đạt 26,7 %, chỉ tiêu 85,0 %, còn thiếu 58,3 điểm phần trăm"
                                                          " (cần thêm 9); thấp nhất ở Thôn Đông (20,0 %).")));
    CHECK(data.summary.last().contains(QStringLiteral("1 người chưa có ngày/năm sinh")));
    // Only the plan's indicators (001 has no target for hamlet teams).
    CHECK(data.kpis.find(QStringLiteral("hamlet_team")) == nullptr);
    CHECK(data.kpis.find(QStringLiteral("adult_basic_skills")) != nullptr);
    CHECK(data.activity.classes == 2);      // C1, C2 (C3 deleted, C4 in October)
    CHECK(data.activity.participants == 6); // R1 R3 R4 R5 R6 at C1, R8 at C2
    CHECK(data.activity.visits == 1);
    CHECK(data.activity.activeMentors == 2);
    CHECK(data.activity.mentorsAtMinimum == 1);
    REQUIRE(data.trend.size() == 3);
    // Flags without a date hold today's status: no history to draw.
    CHECK_FALSE(data.trendIndicators.contains(QStringLiteral("smartphone")));
    CHECK_FALSE(data.trendIndicators.contains(QStringLiteral("digital_bank")));
    const int adultsColumn = int(data.trendIndicators.indexOf(QStringLiteral("adult_basic_skills")));
    REQUIRE(adultsColumn >= 0);
    // July: only R9 (certified in March); August: + R8 (pair ended 20 Aug) and R1 (class 10 Jul).
    CHECK(data.trend[0].percent[adultsColumn].value() == Approx(100.0 * 2 / 15));
    CHECK(data.trend[2].percent[adultsColumn].value() == Approx(100.0 * 4 / 15));

    const auto english = buildReport(ts.store(), report::Language::English);
    CHECK(english.periodLabel == QStringLiteral("Q3 2025"));
    CHECK(english.summary.join(QLatin1Char(' ')).contains(QStringLiteral("26.7 % against a target of 85.0 %")));
}

TEST_CASE("The summary keeps every note when nothing is behind target", "[report]")
{
    kpi::KpiTable table;
    table.period = kpi::Period::year(2025);
    table.unknownAge = 2;
    kpi::KpiRow noBaseline;
    noBaseline.indicator = QStringLiteral("adult_basic_skills");
    noBaseline.target = 85.0;
    noBaseline.total.numerator = 7; // counted, but no denominator: no result
    kpi::KpiRow onTarget;
    onTarget.indicator = QStringLiteral("smartphone");
    onTarget.target = 50.0;
    onTarget.total = {60, 100, 60.0};
    onTarget.gap = -10.0;
    onTarget.outsideBaseline = 3;
    table.rows = {noBaseline, onTarget};
    const QStringList summary = report::ReportBuilder::summarise(table, report::Language::Vietnamese);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    CHECK(summary.size() == 3);
    CHECK(summary.value(0).contains(QStringLiteral("chưa có số liệu nền năm 2025")));
    CHECK(summary.value(1).contains(QStringLiteral("không tính vào tỷ lệ")));
    CHECK(summary.value(2).contains(QStringLiteral("2 người chưa có ngày/năm sinh")));
    // Not "every indicator is on target": one has no result.
    CHECK_FALSE(summary.join(QLatin1Char(' ')).contains(QStringLiteral("Tất cả chỉ tiêu")));

    table.rows = {onTarget};
    table.rows[0].outsideBaseline = 0;
    table.unknownAge = 0;
    CHECK(report::ReportBuilder::summarise(table, report::Language::Vietnamese) ==
          QStringList{QStringLiteral("Tất cả chỉ tiêu của kế hoạch đều đạt hoặc vượt.")});
}

TEST_CASE("PDF: pdftotext finds the Vietnamese text and the numbers, the font is embedded", "[report]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    const auto data = buildReport(ts.store());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("báo cáo.pdf"));
    QString error;
    REQUIRE(render::PdfReport::write(data, path, &error));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Báo cáo kết quả thực hiện phong trào")));
    CHECK(text.contains(QStringLiteral("Xã Thử Nghiệm")));
    CHECK(text.contains(QStringLiteral("Quý III/2025")));
    CHECK(text.contains(QStringLiteral("Thôn Đoài")));
    CHECK(text.contains(QStringLiteral("Đại sứ số")));
    CHECK(text.contains(QStringLiteral("26,7 %")));  // adults trained
    CHECK(text.contains(QStringLiteral("37,5 %")));  // digital households
    CHECK(text.contains(QStringLiteral("cần thêm 9")));
    CHECK(text.contains(QStringLiteral("Tiến độ so với chỉ tiêu"))); // chart page
    CHECK(text.contains(QStringLiteral("Diễn biến theo tháng")));
    // The per-group table: women's adults trained over the women recorded (2 of 4).
    CHECK(text.contains(QStringLiteral("Theo nhóm đối tượng")));
    CHECK(text.contains(QStringLiteral("Nguồn số đối tượng")));
    CHECK(text.contains(QStringLiteral("số đã ghi nhận")));
    CHECK(text.contains(QStringLiteral("Người cao tuổi")));

    const auto fonts = runProgram(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    const QString fontList = QString::fromUtf8(fonts.out);
    INFO(fontList.toStdString());
    CHECK(fontList.contains(QStringLiteral("DejaVuSans")));
    // Every font line says "emb yes": column "emb" is the first yes/no after the encoding.
    for (const QString& line : fontList.split(QLatin1Char('\n')).mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        CHECK(line.contains(QStringLiteral(" yes ")));
    }
}

TEST_CASE("XLSX: openpyxl reads the same numbers as numbers, one sheet per table", "[report]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    const auto data = buildReport(ts.store());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(report::XlsxReport::write(data, path, &error));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    const QJsonObject book = readXlsx(path);
    CHECK(book.contains(QStringLiteral("Thông tin")));
    CHECK(book.contains(QStringLiteral("Theo thôn, tổ dân phố")));
    CHECK(book.contains(QStringLiteral("Lớp học đã tổ chức")));
    CHECK(book.contains(QStringLiteral("Diễn biến theo tháng")));
    CHECK(book.value(QStringLiteral("Chỉ tiêu#charts")).toInt() == 1);

    const QJsonArray indicators = book.value(QStringLiteral("Chỉ tiêu")).toArray();
    const QJsonArray adults = findRow(indicators, 1, kAdults);
    REQUIRE(adults.at(3).isDouble());
    CHECK(adults.at(3).toDouble() == 4);  // counted
    CHECK(adults.at(4).toDouble() == 15); // baseline
    CHECK(adults.at(2).toDouble() == Approx(0.85));
    CHECK(adults.at(5).toDouble() == Approx(4.0 / 15.0));
    CHECK(adults.at(6).toDouble() == Approx(85.0 - 400.0 / 15.0));
    CHECK(adults.at(7).toString() == QStringLiteral("chưa đạt"));
    const QJsonArray households = findRow(indicators, 1, QStringLiteral("Hộ gia đình số (có ít nhất một thành viên có kỹ năng số)"));
    CHECK(households.at(5).toDouble() == Approx(0.375));

    const QJsonArray hamlets = book.value(QStringLiteral("Theo thôn, tổ dân phố")).toArray();
    const QJsonArray east = findRow(hamlets, 0, QStringLiteral("Thôn Đông"));
    CHECK(east.at(1).toDouble() == Approx(0.2));
    const QJsonArray west = findRow(hamlets, 0, QStringLiteral("Thôn Đoài"));
    CHECK(west.at(1).toDouble() == Approx(0.4));
    // Public officials (column 6 of 001's rows): H2 has a zero baseline → "—", not 0.
    CHECK(west.at(5).toString() == QStringLiteral("—"));

    const QJsonArray classes = book.value(QStringLiteral("Lớp học đã tổ chức")).toArray();
    CHECK(findRow(classes, 0, QStringLiteral("Số lớp")).at(1).toDouble() == 2);
    CHECK(findRow(classes, 0, QStringLiteral("Học viên: Phụ nữ")).at(1).toDouble() == 3); // R4 R6 R8

    // The per-group sheet: each group × each resident indicator, numbers as numbers.
    const QJsonArray groups = book.value(QStringLiteral("Theo nhóm đối tượng")).toArray();
    REQUIRE_FALSE(groups.isEmpty());
    auto groupRow = [&](const QString& group, const QString& indicator) {
        for (const auto& r : groups)
            if (r.toArray().at(0).toString() == group && r.toArray().at(1).toString() == indicator)
                return r.toArray();
        FAIL("no row " << group.toStdString() << " / " << indicator.toStdString());
        return QJsonArray();
    };
    // Women 18+: R2 R6 R8 R11 recorded, R2 and R8 trained; no baseline counts women.
    const QJsonArray women = groupRow(QStringLiteral("Phụ nữ"), kAdults);
    REQUIRE(women.at(2).isDouble());
    CHECK(women.at(2).toDouble() == 2);
    CHECK(women.at(3).toDouble() == 4);
    CHECK(women.at(4).toDouble() == Approx(0.5));
    CHECK(women.at(5).toDouble() == Approx(0.85));
    CHECK(women.at(6).toDouble() == Approx(35.0));
    CHECK(women.at(7).toString() == QStringLiteral("số đã ghi nhận"));
    // The elderly (all adults) over the elderly baseline, 4: R5 not trained by the Q3 end.
    const QJsonArray elderly = groupRow(QStringLiteral("Người cao tuổi"), kAdults);
    CHECK(elderly.at(2).toDouble() == 0);
    CHECK(elderly.at(3).toDouble() == 4);
    CHECK(elderly.at(6).toDouble() == Approx(85.0));
    CHECK(elderly.at(7).toString() == QStringLiteral("số liệu nền"));
}

TEST_CASE("CSV: UTF-8 with BOM, the tables and plain numbers", "[report]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    const auto data = buildReport(ts.store());
    const QByteArray bytes = report::CsvReport::toBytes(data);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QStringLiteral("Kỳ báo cáo,Quý III/2025")));
    CHECK(text.contains(QStringLiteral("1,\"") + kAdults + QStringLiteral("\",85.0,4,15,26.7,58.3,chưa đạt\r\n")));
    CHECK(text.contains(QStringLiteral("Thôn Đoài,40.0,")));
    CHECK(text.contains(QStringLiteral("Phụ nữ,\"") + kAdults + QStringLiteral("\",2,4,50.0,85.0,35.0,số đã ghi nhận\r\n")));

    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(report::CsvReport::write(data, dir.filePath(QStringLiteral("missing/dir/r.csv")), &error));
    CHECK(error.contains(QStringLiteral("missing/dir/r.csv")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/dir/r.csv"))));
}

TEST_CASE("report on the command line writes PDF, XLSX and CSV", "[report][cli]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    ts.close();
    QTemporaryDir dir;
    for (const char* format : {"pdf", "xlsx", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("r.") + QString::fromLatin1(format));
        const auto r = runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("report"), QStringLiteral("--period"),
                               QStringLiteral("2025-Q3"), QStringLiteral("--format"), QString::fromLatin1(format),
                               QStringLiteral("--out"), out, QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
                               QStringLiteral("--json")});
        INFO(format << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("plan")).toString() == QStringLiteral("001"));
        CHECK(QFileInfo(out).size() > 0);
    }
    const QString pdf = pdfText(dir.filePath(QStringLiteral("r.pdf")));
    CHECK(pdf.contains(QStringLiteral("Xã Thử Nghiệm")));
    CHECK(pdf.contains(QStringLiteral("26,7 %")));
    const QJsonObject book = readXlsx(dir.filePath(QStringLiteral("r.xlsx")));
    CHECK(findRow(book.value(QStringLiteral("Chỉ tiêu")).toArray(), 1, kAdults).at(3).toDouble() == 4);
    CHECK(findRow(book.value(QStringLiteral("Theo nhóm đối tượng")).toArray(), 0, QStringLiteral("Phụ nữ")).size() == 8);
    const QByteArray csv = [&] {
        QFile f(dir.filePath(QStringLiteral("r.csv")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("Theo nhóm đối tượng")));

    const auto badFormat = runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("report"), QStringLiteral("--period"),
                                   QStringLiteral("2025-Q3"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.doc"))});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains("doc"));
    const auto badPlan = runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("report"), QStringLiteral("--period"),
                                 QStringLiteral("2025"), QStringLiteral("--plan"), QStringLiteral("XYZ"),
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(badPlan.exitCode == 4);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

TEST_CASE("Report building reports its progress and can be cancelled", "[report]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    report::ReportOptions options;
    options.asOf = QDate(2025, 12, 31);
    const kpi::Period period = kpi::Period::parse(QStringLiteral("2025-Q3"));
    QVector<QPair<int, int>> calls;
    options.progress = [&](int done, int total) {
        calls.push_back({done, total});
        return true;
    };
    QString error;
    auto data = report::ReportBuilder::build(ts.store(), period, options, &error);
    REQUIRE(data);
    CHECK(calls == QVector<QPair<int, int>>{{1, 3}, {2, 3}, {3, 3}});
    CHECK(data->trend.size() == 3);

    // Cancelled after the indicators: nothing comes back, and the reason says so.
    calls.clear();
    options.progress = [&](int done, int total) {
        calls.push_back({done, total});
        return done < 1;
    };
    data = report::ReportBuilder::build(ts.store(), period, options, &error);
    CHECK_FALSE(data);
    CHECK(error == QStringLiteral("cancelled"));
    CHECK(calls == QVector<QPair<int, int>>{{1, 3}});

    // Without the trend there are two steps.
    calls.clear();
    options.trend = false;
    options.progress = [&](int done, int total) {
        calls.push_back({done, total});
        return true;
    };
    REQUIRE(report::ReportBuilder::build(ts.store(), period, options, &error));
    CHECK(calls == QVector<QPair<int, int>>{{1, 2}, {2, 2}});
}

namespace {

// n with a thousands separator written out by hand (not through the code under test).
QString grouped(qint64 n, QChar separator)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return digits;
}

// The per-hamlet values pdftotext -layout shows on the lines that start
// with `label` (one line per part of the table), in order.
QStringList valuesAfterLabel(const QString& text, const QString& label)
{
    static const QRegularExpression value(QStringLiteral("(\\d+[,.]\\d %|—)"));
    QStringList values;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(label + QStringLiteral("  ")))
            continue;
        auto it = value.globalMatch(trimmed.mid(label.size()));
        while (it.hasNext())
            values << it.next().captured(1);
    }
    return values;
}

} // namespace

TEST_CASE("PDF of a demo commune: the per-hamlet table fits A4, counts grouped, spreadsheets keep numbers", "[report]")
{
    TempStore ts;
    DemoCommune::Options o;
    o.residents = 2500;
    o.seed = 5;
    o.today = QDate(2025, 11, 20);
    StoreError se;
    REQUIRE(DemoCommune(ts.store()).generate(o, &se));

    for (const auto language : {report::Language::Vietnamese, report::Language::English}) {
        const bool vi = language == report::Language::Vietnamese;
        INFO((vi ? "Vietnamese" : "English"));
        const auto data = buildReport(ts.store(), language);
        REQUIRE(data.kpis.rows.size() > 6); // wider than one part of the per-hamlet table
        REQUIRE(data.kpis.hamlets.size() >= 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.pdf"));
        QString error;
        REQUIRE(render::PdfReport::write(data, path, &error));
        const QString text = pdfText(path);

        // Every hamlet's row shows its name whole, followed by all of its values,
        // each "26,7 %" on one line (no "%" wrapped below its number).
        const auto tables = report::reportTables(data);
        const auto hamlets = std::find_if(tables.cbegin(), tables.cend(),
                                          [](const report::ReportTable& t) { return t.key == QLatin1String("hamlets"); });
        REQUIRE(hamlets != tables.cend());
        for (const auto& row : hamlets->rows) {
            const QString label = row.value(0).toString();
            QStringList expected;
            for (int c = 1; c < row.size(); ++c)
                expected << report::cellText(row[c], report::ColumnKind::Percent, language);
            INFO(label.toStdString());
            CHECK(valuesAfterLabel(text, label) == expected);
        }
        static const QRegularExpression lonePercent(QStringLiteral("^[\\s%]*%[\\s%]*$"), QRegularExpression::MultilineOption);
        CHECK_FALSE(lonePercent.match(text).hasMatch());
        // Headers name the indicators, not (1)..(18).
        CHECK_FALSE(text.contains(QStringLiteral("(18)")));
        CHECK(text.contains(vi ? QStringLiteral("(phần 1/") : QStringLiteral("(part 1 of ")));

        // Counts of 1,000 and more grouped as the language writes them.
        const kpi::KpiRow* big = nullptr;
        for (const kpi::KpiRow& r : data.kpis.rows)
            if (r.total.denominator && *r.total.denominator >= 1000)
                big = &r;
        REQUIRE(big);
        const qint64 n = *big->total.denominator;
        CHECK(text.contains(grouped(n, vi ? QLatin1Char('.') : QLatin1Char(','))));
        CHECK_FALSE(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(n), QRegularExpression::MultilineOption)
                        .match(text)
                        .hasMatch());

        // The spreadsheets compute: plain numbers in CSV, number cells in XLSX.
        const QString csv = QString::fromUtf8(report::CsvReport::toBytes(data));
        CHECK(csv.contains(QStringLiteral(",%1,").arg(n)));
        const QString xlsx = dir.filePath(QStringLiteral("demo.xlsx"));
        REQUIRE(report::XlsxReport::write(data, xlsx, &error));
        const QJsonObject book = readXlsx(xlsx);
        const QJsonArray row = findRow(book.value(data.text("Indicators", QStringLiteral("Chỉ tiêu"))).toArray(), 1,
                                       data.indicatorName(big->indicator));
        REQUIRE(row.at(4).isDouble());
        CHECK(row.at(4).toDouble() == double(n));
    }
}
