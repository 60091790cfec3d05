// Thăm hộ: teams and members, a visit logged with the keyboard (and what it
// changes: the visit row, the helped residents' digital facts, the
// households_informed indicator), households never visited, follow-ups due.
#include "WidgetFixtures.h"

#include "core/kpi/KpiEngine.h"
#include "core/query/VisitQuery.h"
#include "core/query/VisitRecorder.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/models/PagedRowModel.h"
#include "ui/pages/VisitsPage.h"
#include "ui/widgets/SearchPicker.h"
#include "ui/widgets/VisitForm.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
qint64 numerator(Store& store, const QString& indicator)
{
    kpi::KpiOptions options;
    options.indicators = {indicator};
    const kpi::KpiTable table = kpi::KpiEngine(store).compute(kpi::Period::year(QDate::currentDate().year()), options);
    const kpi::KpiRow* row = table.find(indicator);
    REQUIRE(row);
    return row->total.numerator;
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}
} // namespace

TEST_CASE("a home visit is logged with the keyboard and moves the household and the residents helped",
          "[widget][visits]")
{
    QCoreApplication::setOrganizationName(QStringLiteral("hocvuso-widget-tests"));
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 20);
    StoreError error;
    const auto household2 = temp->insert(QStringLiteral("households"),
                                         {{"hamlet_id", c.hamlet2}, {"code", "HGD-002"}, {"head_name", "Trần Thị Hoa"}},
                                         &error);
    REQUIRE(household2);

    MainWindow window(temp.store());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findPage<VisitsPage>();
    REQUIRE(page);
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == page)
            window.showPage(i);
    QAbstractItemModelTester teamsTester(page->teams(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester membersTester(page->teamMembers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester neverTester(page->neverVisited(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester followTester(page->followUps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester householdTester(page->form()->householdPicker()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester memberPickTester(page->memberPicker()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Before: both households were never visited, nothing informed (the lists load with their tab).
    CHECK(page->neverVisited()->rowCount() == 0);
    page->tabs()->setCurrentIndex(VisitsPage::ToDoTab);
    CHECK(allIds(page->neverVisited()).contains(c.household1));
    CHECK(allIds(page->neverVisited()).contains(*household2));
    CHECK(numerator(temp.store(), QStringLiteral("households_informed")) == 0);

    // A team for Thôn Đông, with two members found by typing without diacritics.
    page->setHamlet(c.hamlet1);
    page->tabs()->setCurrentIndex(VisitsPage::TeamsTab);
    auto* teamName = page->findChild<QLineEdit*>(QStringLiteral("teamName"));
    teamName->setFocus();
    typeText(teamName, QStringLiteral("Tổ công nghệ số Thôn Đông"));
    QTest::keyClick(teamName, Qt::Key_Return);
    REQUIRE(page->teams()->rowCount() == 1);
    const QString team = page->selectedTeamId();
    CHECK(temp->get(QStringLiteral("teams"), team)->value(QStringLiteral("hamlet_id")).toString() == c.hamlet1);
    QLineEdit* memberBox = page->memberPicker()->input();
    CHECK(memberBox->hasFocus());
    QTest::keyClicks(memberBox, QStringLiteral("nguyen van binh"));
    QTest::keyClick(memberBox, Qt::Key_Return);
    QTest::keyClicks(memberBox, QStringLiteral("tran minh"));
    const QString tran = page->memberPicker()->currentId();
    REQUIRE_FALSE(tran.isEmpty());
    QTest::keyClick(memberBox, Qt::Key_Return);
    REQUIRE(page->teamMembers()->rowCount() == 2);
    // Remove one and add them back: the same team_members row comes back.
    page->findChild<QTableView*>(QStringLiteral("membersView"))->selectRow(0);
    const QString removed = page->teamMembers()->idAt(0);
    REQUIRE(page->removeSelectedMember(false)); // no question: the confirmation has its own test
    CHECK(page->teamMembers()->rowCount() == 1);
    REQUIRE(page->addMember(removed));
    CHECK(page->teamMembers()->rowCount() == 2);
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM team_members WHERE team_id = '%1'").arg(team)) == 2);

    // Ctrl+N: a new visit; the household found by a member's name typed without diacritics.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    VisitForm* form = page->form();
    CHECK(page->tabs()->currentIndex() == VisitsPage::VisitTab);
    REQUIRE(form->householdPicker()->input()->hasFocus());
    QTest::keyClicks(form->householdPicker()->input(), QStringLiteral("nguyen van binh"));
    QTest::keyClick(form->householdPicker()->input(), Qt::Key_Return);
    CHECK(form->householdId() == c.household1);
    CHECK(form->dateEdit()->hasFocus());
    CHECK(form->dateEdit()->date() == QDate::currentDate());
    tab(3); // Tab walks the date's day, month and year first; then the team, chosen already
    CHECK(form->teamBox()->hasFocus());
    CHECK(form->teamBox()->currentData().toString() == team);
    tab(); // visitors
    CHECK(form->visitorsList()->hasFocus());
    CHECK(form->visitorsList()->count() == 2);
    tab(); // residents helped: An is the head, listed first
    QListWidget* helped = form->helpedList();
    REQUIRE(helped->hasFocus());
    REQUIRE(helped->count() == 2);
    CHECK(helped->item(0)->data(Qt::UserRole).toString() == c.an);
    QTest::keyClick(helped, Qt::Key_Space);
    QTest::keyClick(helped, Qt::Key_Down);
    QTest::keyClick(helped, Qt::Key_Space);
    CHECK(helped->item(0)->checkState() == Qt::Checked);
    CHECK(helped->item(1)->checkState() == Qt::Checked);
    tab(2); // past "installed VNeID" to "activated level 2"
    REQUIRE(form->taskBox(QString::fromLatin1(visit_tasks::vneidLevel2))->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    tab(); // digital bank
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    tab(4); // online service, cashless, informed (ticked by default), follow-up note
    REQUIRE(form->followUpEdit()->hasFocus());
    CHECK(form->taskBox(QString::fromLatin1(visit_tasks::informed))->isChecked());
    typeText(form->followUpEdit(), QStringLiteral("Giúp anh Bình nộp hồ sơ trực tuyến"));
    form->followUpDate()->setDate(QDate::currentDate()); // due today
    QTest::keyClick(form->followUpEdit(), Qt::Key_Return); // Enter saves

    CHECK(form->messageLabel()->text().contains(QStringLiteral("HGD-001")));
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT household_id, team_id, visited_on, visitors, helped, tasks, informed,"
                                  " follow_up, follow_up_on FROM visits WHERE deleted = 0")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == c.household1);
    CHECK(q.value(1).toString() == team);
    CHECK(q.value(2).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(q.value(3).toString().split(',').size() == 2);
    CHECK(q.value(3).toString().split(',').contains(tran));
    CHECK(q.value(4).toString().split(',') == QStringList{c.an, c.binh});
    CHECK(q.value(5).toString() == QStringLiteral("vneid_level2,digital_bank,informed"));
    CHECK(q.value(6).toInt() == 1);
    CHECK(q.value(7).toString() == QStringLiteral("Giúp anh Bình nộp hồ sơ trực tuyến"));
    CHECK(q.value(8).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(q.next());
    for (const QString& resident : {c.an, c.binh}) {
        const auto row = temp->get(QStringLiteral("residents"), resident);
        CHECK(row->value(QStringLiteral("vneid_level2")).toInt() == 1);
        CHECK(row->value(QStringLiteral("digital_bank")).toInt() == 1);
        CHECK(row->value(QStringLiteral("online_services")).toInt() == 0);
        CHECK(row->value(QStringLiteral("cashless")).toInt() == 0);
    }
    CHECK(numerator(temp.store(), QStringLiteral("households_informed")) == 1);
    CHECK(numerator(temp.store(), QStringLiteral("digital_identity")) == 2);
    // The form is ready for the next household.
    CHECK(form->householdId().isEmpty());
    CHECK(form->householdPicker()->input()->hasFocus());

    // The to-do lists of the hamlet: household 1 visited, its follow-up due today.
    page->setHamlet(QString());
    CHECK_FALSE(allIds(page->neverVisited()).contains(c.household1));
    CHECK(allIds(page->neverVisited()).contains(*household2));
    REQUIRE(page->followUps()->rowCount() == 1);
    CHECK(page->followUps()->index(0, 1).data().toString() == QStringLiteral("HGD-001"));
    // Due and visit dates as the rest of the UI writes them (dd/MM/yyyy), not as stored (ISO).
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    CHECK(page->followUps()->index(0, 0).data().toString() == today);
    CHECK(page->followUps()->index(0, 3).data().toString() == today);
    page->setHamlet(c.hamlet2);
    CHECK(page->followUps()->rowCount() == 0);
    CHECK(allIds(page->neverVisited()) == QStringList{*household2});

    // Enter with no household: refused with the reason, nothing written.
    page->setHamlet(c.hamlet1);
    page->createNew();
    const qint64 log = temp->changeLogCount();
    QTest::keyClick(form->dateEdit(), Qt::Key_Return);
    CHECK(form->messageLabel()->text().contains(QStringLiteral("household")));
    CHECK(temp->changeLogCount() == log);

    // The follow-up visit clears the follow-up.
    REQUIRE(form->chooseHousehold(c.household1));
    form->taskBox(QString::fromLatin1(visit_tasks::onlineService))->setChecked(true);
    helped->item(1)->setCheckState(Qt::Checked); // Bình
    REQUIRE(form->save());
    page->reloadToDo();
    CHECK(page->followUps()->rowCount() == 0);
    CHECK(temp->get(QStringLiteral("residents"), c.binh)->value(QStringLiteral("online_services")).toInt() == 1);
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("online_services")).toInt() == 0);
}

TEST_CASE("a refused visit writes neither the visit nor any resident's facts", "[widget][visits]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM residents WHERE household_id IS NULL LIMIT 1")));
    REQUIRE(q.next());
    const QString stranger = q.value(0).toString();
    const qint64 log = temp->changeLogCount();
    VisitRecorder recorder(temp.store());

    VisitInput input;
    input.householdId = c.household1;
    input.visitedOn = QDate::currentDate();
    input.helped = {c.an, stranger}; // the second is not a member of the household
    input.tasks = {QStringLiteral("vneid_level2"), QStringLiteral("informed")};
    EditRefusal refusal;
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("not_a_member"));
    CHECK(refusal.field == QStringLiteral("helped"));
    CHECK(refusal.detail == stranger);

    input.helped = {c.an};
    input.tasks = {QStringLiteral("vneid_level2"), QStringLiteral("fly_a_kite")};
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("unknown_task"));

    input.tasks = {QStringLiteral("vneid_level2")};
    input.visitedOn = QDate::currentDate().addDays(1);
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("future_date"));

    input.visitedOn = QDate::currentDate();
    input.followUp = QStringLiteral("quay lại");
    input.followUpOn = QDate::currentDate().addDays(-1);
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("follow_up_before_visit"));

    input.followUpOn = {};
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("follow_up_date_missing"));

    // A visitor who is not in the team.
    const auto team = TeamEditor(temp.store()).createTeam(c.hamlet1, QStringLiteral("Tổ 1"), &refusal);
    REQUIRE(team);
    input.followUp.clear();
    input.teamId = *team;
    input.visitors = {c.binh};
    CHECK_FALSE(recorder.record(input, &refusal));
    CHECK(refusal.reason == QStringLiteral("visitor_not_in_team"));

    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM visits")) == 0);
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("vneid_level2")).toInt() == 0);
    CHECK(temp->changeLogCount() == log + 1); // only the team

    REQUIRE(TeamEditor(temp.store()).addMember(*team, c.binh, {}, &refusal));
    const auto visit = recorder.record(input, &refusal);
    REQUIRE(visit);
    CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("vneid_level2")).toInt() == 1);
    CHECK(temp->get(QStringLiteral("visits"), *visit)->value(QStringLiteral("informed")).toInt() == 0);
}
