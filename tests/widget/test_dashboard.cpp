// The dashboard over the KPI fixture: numbers equal KpiEngine's, change after
// new completions, the plan selector activates a plan, and the drill-down
// lists the right people and exports them.
#include "KpiFixture.h"
#include "WidgetFixtures.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "ui/dialogs/KpiMembersDialog.h"
#include "ui/models/AttendanceModel.h"
#include "ui/models/KpiMemberModel.h"
#include "ui/models/KpiHamletModel.h"
#include "ui/models/KpiTableModel.h"
#include "ui/models/RowListModel.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/widgets/AttendanceSheet.h"
#include "ui/widgets/PeriodSelector.h"
#include "ui/widgets/ProgressBarDelegate.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
const kpi::Period kQ3 = kpi::Period::quarter(2025, 3);

// Waits until the page has shown a computation started now.
void computeNow(DashboardPage& page)
{
    QSignalSpy spy(&page, &DashboardPage::computed);
    page.refresh();
    REQUIRE(spy.wait(30000));
    while (page.isBusy())
        REQUIRE(spy.wait(30000));
}

void waitLoaded(KpiMembersDialog& dialog)
{
    QSignalSpy spy(&dialog, &KpiMembersDialog::loaded);
    while (dialog.isLoading())
        REQUIRE(spy.wait(30000));
}

QStringList sortedIds(const QVector<kpi::KpiMember>& members)
{
    QStringList ids;
    for (const auto& m : members)
        ids << m.id;
    ids.sort();
    return ids;
}

// The model's row for an indicator, checked against the engine's row.
void checkRowMatches(const KpiTableModel& model, const kpi::KpiRow& expected)
{
    const int row = model.rowOf(expected.indicator);
    INFO(expected.indicator.toStdString());
    REQUIRE(row >= 0);
    const kpi::KpiRow* shown = model.rowAt(row);
    CHECK(shown->total.numerator == expected.total.numerator);
    CHECK(shown->total.denominator == expected.total.denominator);
    CHECK(shown->target == expected.target);
    CHECK(model.index(row, KpiTableModel::Result).data().toString() == KpiTableModel::resultText(expected.total));
    CHECK(model.index(row, KpiTableModel::Percent).data().toString() == KpiTableModel::percentText(expected.total.percent));
    CHECK(model.index(row, KpiTableModel::Target).data().toString() == KpiTableModel::percentText(expected.target));
    const QVariant percent = model.index(row, KpiTableModel::Progress).data(KpiRoles::PercentRole);
    CHECK(percent.isValid() == expected.total.percent.has_value());
    if (expected.total.percent)
        CHECK(percent.toDouble() == Approx(*expected.total.percent));
}
} // namespace

TEST_CASE("dashboard shows KpiEngine's numbers and they change after a new completion", "[widget][dashboard]")
{
    TempStore temp;
    const KpiFixture f = buildKpiFixture(temp.store());
    DashboardPage page(temp.store());
    QAbstractItemModelTester indicatorTester(page.indicators(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester hamletTester(page.hamlets(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    page.periodSelector()->setPeriod(kQ3);
    computeNow(page);

    REQUIRE(page.table().period == kQ3);
    REQUIRE(page.table().plan);
    CHECK(page.table().plan->code == QStringLiteral("001"));
    const kpi::KpiTable expected = kpi::KpiEngine(temp.store()).compute(kQ3);
    REQUIRE(expected.error.isEmpty());
    const auto inPlan = std::count_if(expected.rows.begin(), expected.rows.end(), [](const kpi::KpiRow& r) { return r.inPlan; });
    REQUIRE(inPlan > 0);
    CHECK(page.indicators()->rowCount() == inPlan);
    for (const kpi::KpiRow& row : expected.rows)
        if (row.inPlan)
            checkRowMatches(*page.indicators(), row);

    // The per-hamlet table of the selected indicator.
    page.selectIndicator(QStringLiteral("adult_basic_skills"));
    const kpi::KpiRow* basic = expected.find(QStringLiteral("adult_basic_skills"));
    REQUIRE(basic);
    REQUIRE(page.hamlets()->rowCount() == basic->perHamlet.size());
    for (int i = 0; i < page.hamlets()->rowCount(); ++i) {
        const kpi::KpiHamletCell& cell = basic->perHamlet[i];
        CHECK(page.hamlets()->hamletIdAt(i) == cell.hamletId);
        CHECK(page.hamlets()->index(i, KpiHamletModel::Counted).data().toString() ==
              QLocale().toString(cell.value.numerator));
    }
    const int h1Row = [&] {
        for (int i = 0; i < page.hamlets()->rowCount(); ++i)
            if (page.hamlets()->hamletIdAt(i) == f.id("H1"))
                return i;
        return -1;
    }();
    REQUIRE(h1Row >= 0);
    CHECK(page.hamlets()->index(h1Row, KpiHamletModel::Hamlet).data().toString() == QStringLiteral("Thôn Đông"));

    // Lý Thị Lan (R11, adult, untrained) completes the basic class C1 in Q3.
    const qint64 before = basic->total.numerator;
    StoreError error;
    REQUIRE(temp->insert(QStringLiteral("attendance"),
                         {{"class_id", f.id("C1")}, {"resident_id", f.id("R11")}, {"present", 1}, {"completed", 1}},
                         &error));
    computeNow(page);
    const int row = page.indicators()->rowOf(QStringLiteral("adult_basic_skills"));
    REQUIRE(row >= 0);
    CHECK(page.indicators()->rowAt(row)->total.numerator == before + 1);
    const kpi::KpiTable after = kpi::KpiEngine(temp.store()).compute(kQ3);
    for (const kpi::KpiRow& r : after.rows)
        if (r.inPlan)
            checkRowMatches(*page.indicators(), r);
    // The selection survives the refresh and the hamlet table follows.
    CHECK(page.hamlets()->indicator() == QStringLiteral("adult_basic_skills"));

    // The pending-sync count is on the page.
    const auto* sync = page.findChild<QLabel*>(QStringLiteral("dashboardSync"));
    REQUIRE(sync);
    CHECK(sync->text().contains(QString::number(temp->pendingChanges())));
    CHECK(sync->text().contains(QStringLiteral("never")));
}

TEST_CASE("dashboard drill-down lists who is counted and who is missing, and exports them", "[widget][dashboard]")
{
    TempStore temp;
    const KpiFixture f = buildKpiFixture(temp.store());
    DashboardPage page(temp.store());
    page.show();
    page.periodSelector()->setPeriod(kQ3);
    computeNow(page);
    page.selectIndicator(QStringLiteral("adult_basic_skills"));

    kpi::KpiEngine engine(temp.store());
    const auto counted = engine.members(QStringLiteral("adult_basic_skills"), kQ3, kpi::MemberSet::Counted);
    const auto missing = engine.members(QStringLiteral("adult_basic_skills"), kQ3, kpi::MemberSet::Missing);
    REQUIRE_FALSE(counted.isEmpty());
    REQUIRE_FALSE(missing.isEmpty());

    KpiMembersDialog* dialog = page.openMembers(kpi::MemberSet::Counted);
    REQUIRE(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitLoaded(*dialog);
    CHECK(sortedIds(dialog->members()) == sortedIds(counted));
    CHECK(dialog->model()->rowCount() == counted.size());
    QStringList shownIds;
    for (int i = 0; i < dialog->model()->rowCount(); ++i)
        shownIds << dialog->model()->idAt(i);
    CHECK(shownIds.contains(f.id("R1"))); // Nguyễn Văn An completed C1
    CHECK_FALSE(shownIds.contains(f.id("R7"))); // deleted

    dialog->setWhich(kpi::MemberSet::Missing);
    waitLoaded(*dialog);
    CHECK(sortedIds(dialog->members()) == sortedIds(missing));
    QStringList missingNames;
    for (int i = 0; i < dialog->model()->rowCount(); ++i)
        missingNames << dialog->model()->index(i, 0).data().toString();
    CHECK(missingNames.contains(QStringLiteral("Lý Thị Lan")));

    // One hamlet only: Thôn Đoài.
    auto* hamlet = dialog->findChild<QComboBox*>(QStringLiteral("memberHamlet"));
    REQUIRE(hamlet);
    hamlet->setCurrentIndex(hamlet->findData(f.id("H2")));
    waitLoaded(*dialog);
    const auto missingH2 =
        engine.members(QStringLiteral("adult_basic_skills"), kQ3, kpi::MemberSet::Missing, f.id("H2"));
    CHECK(sortedIds(dialog->members()) == sortedIds(missingH2));
    for (const auto& m : dialog->members())
        CHECK(m.hamletId == f.id("H2"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    QSignalSpy exported(dialog, &KpiMembersDialog::exportFinished);
    dialog->exportCsv(path);
    REQUIRE(exported.wait(30000));
    REQUIRE(exported.at(0).at(0).toBool());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == missingH2.size() + 1);
    for (const auto& m : missingH2)
        CHECK(bytes.contains(m.name.toUtf8()));
    dialog->close();
}

TEST_CASE("the plan selector makes the chosen plan active and the dashboard follows it", "[widget][dashboard]")
{
    TempStore temp;
    buildKpiFixture(temp.store());
    DashboardPage page(temp.store());
    page.periodSelector()->setPeriod(kQ3);
    computeNow(page);
    QComboBox* plans = page.planSelector();
    const int index002 = plans->findData(QStringLiteral("002"));
    REQUIRE(index002 >= 0);
    QSignalSpy spy(&page, &DashboardPage::computed);
    plans->setCurrentIndex(index002);
    CHECK(kpi::PlanCatalog::activeCode(temp.store()) == QStringLiteral("002"));
    REQUIRE(spy.wait(30000));
    while (page.isBusy())
        REQUIRE(spy.wait(30000));
    REQUIRE(page.table().plan);
    CHECK(page.table().plan->code == QStringLiteral("002"));
    const kpi::KpiTable expected = kpi::KpiEngine(temp.store()).compute(kQ3);
    for (const kpi::KpiRow& row : expected.rows)
        if (row.inPlan)
            checkRowMatches(*page.indicators(), row);
}

TEST_CASE("a hamlet selected on the dashboard narrows the drill-down to that hamlet", "[widget][dashboard]")
{
    TempStore temp;
    const KpiFixture f = buildKpiFixture(temp.store());
    DashboardPage page(temp.store());
    page.show();
    page.periodSelector()->setPeriod(kQ3);
    computeNow(page);
    page.selectIndicator(QStringLiteral("adult_basic_skills"));
    auto* hamletView = page.findChild<QTableView*>(QStringLiteral("hamletView"));
    REQUIRE(hamletView);
    int h1Row = -1;
    for (int i = 0; i < page.hamlets()->rowCount(); ++i)
        if (page.hamlets()->hamletIdAt(i) == f.id("H1"))
            h1Row = i;
    REQUIRE(h1Row >= 0);
    hamletView->selectRow(h1Row);

    KpiMembersDialog* dialog = page.openMembers(kpi::MemberSet::Counted);
    REQUIRE(dialog);
    waitLoaded(*dialog);
    const auto expected = kpi::KpiEngine(temp.store())
                              .members(QStringLiteral("adult_basic_skills"), kQ3, kpi::MemberSet::Counted, f.id("H1"));
    CHECK(sortedIds(dialog->members()) == sortedIds(expected));
    CHECK(dialog->members().size() ==
          page.hamlets()->index(h1Row, KpiHamletModel::Counted).data().toString().toLongLong());
    dialog->close();
}

TEST_CASE("the group selector recomputes for one group and the drill-down lists only its members", "[widget][dashboard]")
{
    TempStore temp;
    const KpiFixture f = buildKpiFixture(temp.store());
    DashboardPage page(temp.store());
    QAbstractItemModelTester indicatorTester(page.indicators(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.periodSelector()->setPeriod(kQ3);
    computeNow(page);
    CHECK(page.table().group.isEmpty());
    QComboBox* groups = page.groupSelector();
    REQUIRE(groups);
    CHECK(groups->count() == kpi::Groups::all().size() + 1);
    CHECK(groups->currentData().toString().isEmpty()); // all residents

    // Keyboard: Tab goes plan → Refresh → group (the second row), and arrow keys choose one.
    page.planSelector()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page.planSelector(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == page.findChild<QPushButton*>(QStringLiteral("dashboardRefresh")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == groups);
    const int women = groups->findData(QStringLiteral("women"));
    REQUIRE(women > 0);
    while (groups->currentIndex() != women)
        QTest::keyClick(groups, groups->currentIndex() < women ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(QTest::qWaitFor([&] { return !page.isBusy() && page.table().group == QStringLiteral("women"); }, 30000));

    // Women 18+ at the Q3 end: R2, R6, R8, R11; trained: R2 and R8 — 2 of 4, target 85 %, 35 points behind.
    const int row = page.indicators()->rowOf(QStringLiteral("adult_basic_skills"));
    REQUIRE(row >= 0);
    CHECK(page.indicators()->index(row, KpiTableModel::Result).data().toString() == QStringLiteral("2 / 4"));
    CHECK(page.indicators()->index(row, KpiTableModel::Progress).data(KpiRoles::PercentRole).toDouble() == Approx(50.0));
    CHECK(page.indicators()->index(row, KpiTableModel::Target).data(Qt::DisplayRole).toString() ==
          KpiTableModel::percentText(85.0));
    CHECK(page.indicators()->rowAt(row)->gap.value() == Approx(35.0));
    CHECK(page.indicators()->headerData(KpiTableModel::Result, Qt::Horizontal).toString() ==
          QStringLiteral("Counted / population"));
    kpi::KpiOptions womenOnly;
    womenOnly.group = QStringLiteral("women");
    const kpi::KpiTable expected = kpi::KpiEngine(temp.store()).compute(kQ3, womenOnly);
    for (const kpi::KpiRow& r : expected.rows)
        if (r.inPlan && r.groupApplicable)
            checkRowMatches(*page.indicators(), r);

    // An indicator about mentors has no value for a group: said so, not 0, and no list.
    const int mentors = page.indicators()->rowOf(QStringLiteral("mentor_load"));
    REQUIRE(mentors >= 0);
    CHECK(page.indicators()->index(mentors, KpiTableModel::Result).data().toString() ==
          QStringLiteral("not applicable to a group"));
    CHECK_FALSE(page.indicators()->index(mentors, KpiTableModel::Progress).data(KpiRoles::PercentRole).isValid());
    page.selectIndicator(QStringLiteral("mentor_load"));
    CHECK(page.openMembers(kpi::MemberSet::Counted) == nullptr);

    page.selectIndicator(QStringLiteral("adult_basic_skills"));
    KpiMembersDialog* dialog = page.openMembers(kpi::MemberSet::Missing);
    REQUIRE(dialog);
    waitLoaded(*dialog);
    QStringList expectedIds{f.id("R11"), f.id("R6")}; // Lý Thị Lan, Vũ Thị Phương
    expectedIds.sort();
    CHECK(sortedIds(dialog->members()) == expectedIds);
    CHECK(dialog->total() == 2);
    dialog->close();

    // Back to all residents: the commune's numbers again.
    groups->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&] { return !page.isBusy() && page.table().group.isEmpty(); }, 30000));
    CHECK(page.indicators()->index(page.indicators()->rowOf(QStringLiteral("adult_basic_skills")), KpiTableModel::Result)
              .data()
              .toString() == KpiTableModel::resultText({4, 15, std::nullopt}));
}

TEST_CASE("the progress delegate paints the result up to its percent and the target marker", "[widget][dashboard]")
{
    // One cell: 50 % against a target of 80 % (behind by 30 points: red).
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), 50.0, KpiRoles::PercentRole);
    model.setData(model.index(0, 0), 80.0, KpiRoles::TargetRole);
    QTableView view;
    view.setModel(&model);
    ProgressBarDelegate delegate;
    QImage image(212, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 212, 30);
        option.widget = &view;
        delegate.paint(&painter, option, model.index(0, 0));
    }
    // The track runs from x = 6 to x = 206 (200 px): 50 % ends at x = 106, the target is at x = 166.
    const QColor filled = image.pixelColor(56, 15);
    const QColor empty = image.pixelColor(136, 15);
    const QColor marker = image.pixelColor(166, 15);
    CHECK(filled.red() > 150);
    CHECK(filled.green() < 120); // red: far behind the target
    CHECK(empty.red() > 200);
    CHECK(empty.green() > 200); // the light track
    CHECK(marker.lightness() < 80); // the dark target line
    CHECK(image.pixelColor(56, 2) == QColor(Qt::white)); // nothing painted above the bar

    // On target: green.
    model.setData(model.index(0, 0), 90.0, KpiRoles::PercentRole);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 212, 30);
        option.widget = &view;
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const QColor onTarget = image.pixelColor(56, 15);
    CHECK(onTarget.green() > onTarget.red());
}

TEST_CASE("attendance taken on the classes page moves the dashboard's numerator by one", "[widget][dashboard]")
{
    TempStore temp;
    const KpiFixture f = buildKpiFixture(temp.store());
    DashboardPage dashboard(temp.store());
    dashboard.show();
    dashboard.periodSelector()->setPeriod(kQ3);
    computeNow(dashboard);
    const QString indicator = QStringLiteral("adult_basic_skills");
    auto shownNumerator = [&] {
        const int row = dashboard.indicators()->rowOf(indicator);
        REQUIRE(row >= 0);
        return dashboard.indicators()->rowAt(row)->total.numerator;
    };
    const qint64 before = shownNumerator();
    REQUIRE(before == kpi::KpiEngine(temp.store()).compute(kQ3).find(indicator)->total.numerator);

    // C1 is the basic course of Q3; Lý Thị Lan (R11, adult, untrained) attends it and completes it.
    ClassesPage classes(temp.store());
    classes.show();
    classes.selectClass(f.id("C1"));
    AttendanceSheet* sheet = classes.sheet();
    QTest::keyClicks(sheet->input(), QStringLiteral("ly thi lan"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    const int row = sheet->attendance()->rowOfResident(f.id("R11"));
    REQUIRE(row >= 0);
    // Attending alone does not train: the numerator waits for the Completed box (Space on it).
    computeNow(dashboard);
    CHECK(shownNumerator() == before);
    QTableView* list = sheet->attendanceView();
    list->setCurrentIndex(sheet->attendance()->index(row, AttendanceModel::Completed));
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(sheet->attendance()->index(row, AttendanceModel::Completed).data(Qt::CheckStateRole) == Qt::Checked);

    computeNow(dashboard);
    CHECK(shownNumerator() == before + 1);
    const kpi::KpiTable expected = kpi::KpiEngine(temp.store()).compute(kQ3);
    REQUIRE(expected.error.isEmpty());
    CHECK(shownNumerator() == expected.find(indicator)->total.numerator);
}
