// Đại sứ số: making mentors, pairing mentees typed without diacritics, the
// load against the plan's minimum, ending and completing pairs, and who
// still needs a mentor.
#include "WidgetFixtures.h"

#include "core/kpi/PlanCatalog.h"
#include "core/query/MentorEditor.h"
#include "core/query/MentorQuery.h"
#include "core/store/Store.h"
#include "ui/models/MentorTableModel.h"
#include "ui/models/PagedRowModel.h"
#include "ui/pages/MentorsPage.h"
#include "ui/widgets/SearchPicker.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
int rowOfName(QAbstractItemModel* model, const QString& name)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->index(i, 0).data().toString() == name)
            return i;
    return -1;
}
} // namespace

TEST_CASE("mentors are made and paired by typing names without diacritics, load is shown against the plan's minimum",
          "[widget][mentors]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 30);
    StoreError error;
    REQUIRE(kpi::PlanCatalog::installTemplates(temp.store(), &error));
    REQUIRE(kpi::PlanCatalog::activate(temp.store(), QStringLiteral("001"), &error)); // N = 3

    MentorsPage page(temp.store());
    QAbstractItemModelTester mentorsTester(page.mentors(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester pairsTester(page.pairs(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester needingTester(page.needingMentor(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester pickerTester(page.picker()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.mentors()->rowCount() == 0);
    CHECK(page.findChild<QLabel*>(QStringLiteral("mentorMinimum"))->text().contains(QStringLiteral("3")));

    // Ctrl+N: make a mentor. Typed without diacritics; Enter does it.
    page.createNew();
    CHECK(page.pickAction() == MentorsPage::PickAction::MakeMentor);
    QLineEdit* box = page.picker()->input();
    CHECK(box->hasFocus());
    QTest::keyClicks(box, QStringLiteral("nguyen van an"));
    REQUIRE(page.picker()->model()->rowCount() >= 1);
    CHECK(page.picker()->currentId() == c.an);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(page.mentors()->rowCount() == 1);
    CHECK(page.mentors()->idAt(0) == c.an);
    CHECK(page.selectedMentorId() == c.an);
    CHECK(page.pickAction() == MentorsPage::PickAction::PairWithMentor);
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentors WHERE deleted = 0 AND active = 1")) == 1);

    const QModelIndex load = page.mentors()->index(0, MentorTableModel::Load);
    CHECK(load.data().toString() == QStringLiteral("0 / 3"));
    CHECK(load.data(MentorTableModel::BelowMinimumRole).toBool());
    const QColor below = load.data(Qt::BackgroundRole).value<QColor>();

    // Ctrl+F: pair a mentee with the selected mentor.
    page.focusSearch();
    QTest::keyClicks(box, QStringLiteral("nguyen van binh"));
    CHECK(page.picker()->currentId() == c.binh);
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("Nguyễn Văn Bình")));
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE deleted = 0 AND status = 'active'"
                                             " AND mentor_id = '%1' AND mentee_id = '%2'")
                                  .arg(c.an, c.binh)) == 1);
    CHECK(page.mentors()->index(0, MentorTableModel::Load).data().toString() == QStringLiteral("1 / 3"));
    REQUIRE(page.pairs()->rowCount() == 1);
    CHECK(page.pairs()->index(0, 0).data().toString() == QStringLiteral("Nguyễn Văn Bình"));
    // Dates as the rest of the UI writes them (dd/MM/yyyy), not as stored (ISO).
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    CHECK(page.pairs()->index(0, 1).data().toString() == today);
    CHECK(page.mentors()->index(0, MentorTableModel::Since).data().toString() == today);

    // Two more from "who still needs a mentor" reach the minimum: the cell turns from red to green.
    QStringList needing = allIds(page.needingMentor());
    CHECK_FALSE(needing.contains(c.an));   // a mentor
    CHECK_FALSE(needing.contains(c.binh)); // has a mentor
    REQUIRE(needing.size() >= 2);
    REQUIRE(page.pairWithSelectedMentor(needing[0]));
    REQUIRE(page.pairWithSelectedMentor(needing[1]));
    const QModelIndex full = page.mentors()->index(0, MentorTableModel::Load);
    CHECK(full.data().toString() == QStringLiteral("3 / 3"));
    CHECK_FALSE(full.data(MentorTableModel::BelowMinimumRole).toBool());
    CHECK(full.data(Qt::BackgroundRole).value<QColor>() != below);
    CHECK(page.findChild<QLabel*>(QStringLiteral("mentorSummary"))->text().contains(QStringLiteral("0 below")));

    // Refused, with the reason, and nothing written: a second mentor for Bình, An as his own mentee.
    const int pairsBefore = queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs"));
    const qint64 logBefore = temp->changeLogCount();
    page.focusSearch();
    QTest::keyClicks(box, QStringLiteral("nguyen van an"));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(page.messageLabel()->text().contains(QStringLiteral("own mentee")));
    CHECK_FALSE(page.pairWithSelectedMentor(c.binh));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("already has a mentor: Nguyễn Văn An")));
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs")) == pairsBefore);
    CHECK(temp->changeLogCount() == logBefore);

    // End the pair with Bình: the load drops below the minimum and Bình needs a mentor again.
    const int binhRow = rowOfName(page.pairs(), QStringLiteral("Nguyễn Văn Bình"));
    REQUIRE(binhRow >= 0);
    page.pairsView()->selectRow(binhRow);
    REQUIRE(page.closeSelectedPair(false));
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT status, ended_on FROM mentor_pairs WHERE mentee_id = '%1'").arg(c.binh)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ended"));
    CHECK(q.value(1).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(page.mentors()->index(0, MentorTableModel::Load).data().toString() == QStringLiteral("2 / 3"));
    CHECK(page.mentors()->index(0, MentorTableModel::Load).data(MentorTableModel::BelowMinimumRole).toBool());
    CHECK(allIds(page.needingMentor()).contains(c.binh));
    // Closing it twice is refused.
    const int endedRow = rowOfName(page.pairs(), QStringLiteral("Nguyễn Văn Bình"));
    page.pairsView()->selectRow(endedRow);
    CHECK_FALSE(page.closeSelectedPair(true));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("already closed")));

    // Complete another: the mentee counts as trained and leaves the list for good.
    const QString trainedId = needing[0];
    int trainedRow = -1;
    for (int i = 0; i < page.pairs()->rowCount(); ++i)
        if (MentorQuery(temp.store()).pair(page.pairs()->idAt(i))->menteeId == trainedId)
            trainedRow = i;
    REQUIRE(trainedRow >= 0);
    page.pairsView()->selectRow(trainedRow);
    REQUIRE(page.closeSelectedPair(true));
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE mentee_id = '%1'"
                                             " AND status = 'completed'")
                                  .arg(trainedId)) == 1);
    CHECK(page.mentors()->index(0, MentorTableModel::Completed).data().toInt() == 1);
    CHECK_FALSE(allIds(page.needingMentor()).contains(trainedId));
    // Pairing them again would erase that completion: refused.
    CHECK_FALSE(page.pairWithSelectedMentor(trainedId));
    CHECK(queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE mentee_id = '%1'"
                                             " AND status = 'completed'")
                                  .arg(trainedId)) == 1);
}

TEST_CASE("who still needs a mentor: by group and hamlet, a page at a time", "[widget][mentors]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 450);
    MentorsPage page(temp.store());
    PagedRowModel* needing = page.needingMentor();
    // A page of 200 is read first; the rest as the view scrolls (the tester fetches too, so it comes after).
    CHECK(needing->rowCount() == 200);
    CHECK(needing->canFetchMore({}));
    QAbstractItemModelTester needingTester(needing, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList all = allIds(needing);
    // Everyone 16+ (birth years 1940–2009 in the fixture) and untrained.
    const int expected = queryInt(temp.store(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0 AND"
                                                            " birth_year <= %1")
                                                 .arg(QDate::currentDate().year() - 16));
    CHECK(all.size() == expected);
    CHECK(all.contains(c.an));

    // Trained people are not listed: basic skills recorded.
    StoreError error;
    REQUIRE(temp->update(QStringLiteral("residents"), c.an, {{"basic_skills_on", QDate(2025, 5, 1)}}, &error));
    page.activated();
    CHECK_FALSE(allIds(needing).contains(c.an));

    // The elderly only.
    QComboBox* group = page.groupFilter();
    group->setCurrentIndex(group->findData(QStringLiteral("elderly")));
    emit group->activated(group->currentIndex());
    const QStringList elderly = allIds(needing);
    CHECK_FALSE(elderly.isEmpty());
    CHECK(elderly.size() < all.size());
    for (int i = 0; i < needing->rowCount(); ++i)
        CHECK(needing->index(i, 1).data().toInt() <= QDate::currentDate().year() - 60);
}

TEST_CASE("mentor edits are checked in core: nothing is written when refused", "[widget][mentors]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 5);
    MentorEditor editor(temp.store());
    EditRefusal refusal;
    // Not a mentor yet.
    CHECK_FALSE(editor.pair(c.an, c.binh, QDate::currentDate(), &refusal));
    CHECK(refusal.reason == QStringLiteral("not_a_mentor"));
    REQUIRE(editor.makeMentor(c.an, QDate::currentDate(), &refusal));
    // Making a mentor twice changes nothing.
    const qint64 log = temp->changeLogCount();
    REQUIRE(editor.makeMentor(c.an, QDate::currentDate(), &refusal));
    CHECK(temp->changeLogCount() == log);
    // A start in the future.
    CHECK_FALSE(editor.pair(c.an, c.binh, QDate::currentDate().addDays(3), &refusal));
    CHECK(refusal.reason == QStringLiteral("bad_date"));
    CHECK(refusal.field == QStringLiteral("started_on"));
    const auto pairId = editor.pair(c.an, c.binh, QDate::currentDate(), &refusal);
    REQUIRE(pairId);
    // A mentor with an active pair cannot retire.
    CHECK_FALSE(editor.retireMentor(c.an, &refusal));
    CHECK(refusal.reason == QStringLiteral("has_active_pairs"));
    CHECK_FALSE(editor.end(*pairId, QDate::currentDate().addDays(-400), &refusal));
    CHECK(refusal.reason == QStringLiteral("before_start"));
    CHECK(temp->get(QStringLiteral("mentor_pairs"), *pairId)->value(QStringLiteral("status")).toString() ==
          QStringLiteral("active"));
    REQUIRE(editor.end(*pairId, QDate::currentDate(), &refusal));
    REQUIRE(editor.retireMentor(c.an, &refusal));
    CHECK(MentorQuery(temp.store()).mentors().isEmpty());
    // Re-pairing after an end reopens the same row (natural key), with no end date.
    REQUIRE(editor.makeMentor(c.an, QDate::currentDate(), &refusal));
    const auto again = editor.pair(c.an, c.binh, QDate::currentDate(), &refusal);
    REQUIRE(again);
    CHECK(*again == *pairId);
    const auto row = temp->get(QStringLiteral("mentor_pairs"), *again);
    CHECK(row->value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(row->value(QStringLiteral("ended_on")).isNull());
}
