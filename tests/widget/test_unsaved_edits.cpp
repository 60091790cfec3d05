// Typed edits are never lost silently: Ctrl+S saves every form; Esc, Cancel
// and closing ask Save / Discard / Cancel when (and only when) something
// changed; the window asks for a page with unsaved edits. Deletes of visits,
// teams and team members ask and can be undone (tombstones).
#include "WidgetFixtures.h"

#include "core/query/VisitQuery.h"
#include "core/query/VisitRecorder.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/BaselineModel.h"
#include "ui/models/RowListModel.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/VisitsPage.h"
#include "ui/widgets/VisitForm.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// Answers the unsaved-changes question with `answer` and counts the questions.
class ScriptedAnswer
{
public:
    explicit ScriptedAnswer(UnsavedAnswer answer) : m_answer(answer)
    {
        m_previous = setUnsavedQuestion([this](QWidget*, const QString& text) {
            ++m_asked;
            m_lastText = text;
            return m_answer;
        });
    }
    ~ScriptedAnswer() { setUnsavedQuestion(m_previous); }
    void answer(UnsavedAnswer a) { m_answer = a; }
    int asked() const { return m_asked; }
    QString lastText() const { return m_lastText; }

private:
    UnsavedAnswer m_answer;
    UnsavedQuestion m_previous;
    int m_asked = 0;
    QString m_lastText;
};

int residentsNamed(Store& store, const QString& name)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents WHERE full_name = ? AND deleted = 0"));
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QLineEdit* nameEdit(QDialog& dialog)
{
    return dialog.findChild<QLineEdit*>(QStringLiteral("fullName"));
}

QString recordVisit(Store& store, const QString& household)
{
    VisitInput in;
    in.householdId = household;
    in.visitedOn = QDate::currentDate();
    in.tasks = {QString::fromLatin1(visit_tasks::informed)};
    EditRefusal refusal;
    const auto id = VisitRecorder(store).record(in, &refusal);
    REQUIRE(id);
    return *id;
}

// Shortcuts go to the active window.
void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

} // namespace

TEST_CASE("a form nobody changed closes without a question", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 4);
    ScriptedAnswer script(UnsavedAnswer::Cancel);

    ResidentDialog edit(temp.store(), c.an);
    edit.show();
    CHECK_FALSE(edit.hasUnsavedChanges());
    QTest::keyClick(&edit, Qt::Key_Escape);
    CHECK(edit.result() == QDialog::Rejected);
    CHECK_FALSE(edit.isVisible());

    // Typing and then deleting what was typed is no change either.
    ResidentDialog again(temp.store(), c.an);
    again.show();
    QLineEdit* name = nameEdit(again);
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("xy"));
    CHECK(again.hasUnsavedChanges());
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    CHECK_FALSE(again.hasUnsavedChanges());
    again.reject();
    CHECK_FALSE(again.isVisible());

    ClassDialog plan(temp.store(), {});
    plan.show();
    plan.reject();
    CHECK_FALSE(plan.isVisible());
    CHECK(script.asked() == 0);
}

TEST_CASE("Ctrl+S saves the resident and the class dialogs", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 4);

    ResidentDialog add(temp.store(), {});
    showActive(add);
    QLineEdit* name = nameEdit(add);
    name->setFocus();
    typeText(name, QStringLiteral("Lò Thị Xuân"));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    CHECK(add.result() == QDialog::Accepted);
    CHECK_FALSE(add.isVisible());
    CHECK(residentsNamed(temp.store(), QStringLiteral("Lò Thị Xuân")) == 1);

    // A refused save keeps the dialog open with what was typed.
    ResidentDialog bad(temp.store(), c.an);
    showActive(bad);
    auto* phone = bad.findChild<QLineEdit*>(QStringLiteral("phone"));
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("12"));
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    CHECK(bad.isVisible());
    CHECK(phone->text() == QStringLiteral("12"));
    bad.hide();

    ClassDialog plan(temp.store(), {});
    showActive(plan);
    plan.titleEdit()->setFocus();
    typeText(plan.titleEdit(), QStringLiteral("Lớp VNeID buổi tối"));
    QTest::keyClick(plan.titleEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK(plan.result() == QDialog::Accepted);
    const auto saved = temp->get(QStringLiteral("classes"), plan.savedId());
    REQUIRE(saved);
    CHECK(saved->value(QStringLiteral("title")).toString() == QStringLiteral("Lớp VNeID buổi tối"));
    CHECK(saved->value(QStringLiteral("format")).toString() == QStringLiteral("in_class"));
}

TEST_CASE("closing a changed dialog asks: Discard drops, Cancel keeps, Save saves", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 4);
    ScriptedAnswer script(UnsavedAnswer::Cancel);

    ResidentDialog dialog(temp.store(), c.an);
    dialog.show();
    QLineEdit* name = nameEdit(dialog);
    name->selectAll();
    name->setFocus();
    typeText(name, QStringLiteral("Nguyễn Văn Ân"));
    REQUIRE(dialog.hasUnsavedChanges());

    SECTION("Cancel keeps the dialog open with the edits")
    {
        QTest::keyClick(name, Qt::Key_Escape);
        CHECK(script.asked() == 1);
        CHECK(dialog.isVisible());
        CHECK(name->text() == QStringLiteral("Nguyễn Văn Ân"));
        // The window's close button asks the same.
        CHECK_FALSE(dialog.close());
        CHECK(script.asked() == 2);
        CHECK(dialog.isVisible());
    }
    SECTION("Discard closes and writes nothing")
    {
        const qint64 log = temp->changeLogCount();
        script.answer(UnsavedAnswer::Discard);
        dialog.reject();
        CHECK(script.asked() == 1);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("full_name")).toString() ==
              QStringLiteral("Nguyễn Văn An"));
        CHECK(temp->changeLogCount() == log);
    }
    SECTION("Save saves and closes")
    {
        script.answer(UnsavedAnswer::Save);
        dialog.reject();
        CHECK(script.asked() == 1);
        CHECK(script.lastText().contains(QStringLiteral("Edit resident")));
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("full_name")).toString() ==
              QStringLiteral("Nguyễn Văn Ân"));
    }
    SECTION("Save that is refused keeps the dialog open")
    {
        name->clear(); // the name is required
        script.answer(UnsavedAnswer::Save);
        dialog.reject();
        CHECK(dialog.isVisible());
        CHECK(temp->get(QStringLiteral("residents"), c.an)->value(QStringLiteral("full_name")).toString() ==
              QStringLiteral("Nguyễn Văn An"));
    }
}

TEST_CASE("the real question box offers Save, Discard and Cancel", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 4);
    ClassDialog plan(temp.store(), {});
    plan.show();
    plan.titleEdit()->setText(QStringLiteral("Lớp chưa lưu"));
    QStringList buttons;
    onNextModal([&buttons](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        for (QAbstractButton* b : box->buttons())
            buttons << b->objectName();
        box->findChild<QAbstractButton*>(QStringLiteral("discardAnswer"))->click();
    });
    plan.reject();
    CHECK(buttons.contains(QStringLiteral("saveAnswer")));
    CHECK(buttons.contains(QStringLiteral("discardAnswer")));
    CHECK(buttons.contains(QStringLiteral("cancelAnswer")));
    CHECK_FALSE(plan.isVisible());
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM classes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    (void)c;
}

TEST_CASE("closing the window asks about a visit being logged", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    ScriptedAnswer script(UnsavedAnswer::Cancel);
    MainWindow window(temp.store());
    auto* page = window.findPage<VisitsPage>();
    REQUIRE(page);
    showActive(window);

    // Nothing typed: closes without a question.
    CHECK_FALSE(page->hasUnsavedChanges());
    {
        MainWindow other(temp.store());
        other.show();
        CHECK(other.close());
    }
    CHECK(script.asked() == 0);

    auto visits = [&temp] {
        QSqlQuery q(temp->db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM visits WHERE deleted = 0")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    window.showPage(0);
    REQUIRE(page->form()->chooseHousehold(c.household1));
    page->form()->followUpEdit()->setText(QStringLiteral("Quay lại cài VNeID"));
    REQUIRE(page->hasUnsavedChanges());

    CHECK_FALSE(window.close()); // Cancel
    CHECK(script.asked() == 1);
    CHECK(window.isVisible());
    CHECK(window.currentPage() == page); // shown, to see what is unsaved
    CHECK(visits() == 0);

    SECTION("Ctrl+S saves the page's edits")
    {
        showActive(window);
        QTest::keyClick(page->form()->followUpEdit(), Qt::Key_S, Qt::ControlModifier);
        CHECK(visits() == 1);
        CHECK_FALSE(page->hasUnsavedChanges());
        CHECK(window.close());
        CHECK(script.asked() == 1);
    }
    SECTION("Save records the visit and closes")
    {
        script.answer(UnsavedAnswer::Save);
        CHECK(window.close());
        CHECK(visits() == 1);
    }
    SECTION("Discard closes without it")
    {
        script.answer(UnsavedAnswer::Discard);
        CHECK(window.close());
        CHECK(visits() == 0);
    }
}

TEST_CASE("Ctrl+N on a visit being typed asks before clearing it", "[widget][unsaved]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    ScriptedAnswer script(UnsavedAnswer::Cancel);
    VisitsPage page(temp.store());
    page.show();
    // Ticking a task alone is an edit; picking the date or team is not.
    page.form()->teamBox()->setCurrentIndex(0);
    CHECK_FALSE(page.hasUnsavedChanges());
    page.form()->taskBox(QString::fromLatin1(visit_tasks::cashless))->setChecked(true);
    CHECK(page.hasUnsavedChanges());
    page.form()->taskBox(QString::fromLatin1(visit_tasks::cashless))->setChecked(false);
    CHECK_FALSE(page.hasUnsavedChanges());

    REQUIRE(page.form()->chooseHousehold(c.household1));
    page.createNew();
    CHECK(script.asked() == 1);
    CHECK(page.form()->householdId() == c.household1); // kept
    script.answer(UnsavedAnswer::Discard);
    page.createNew();
    CHECK(page.form()->householdId().isEmpty());
    CHECK_FALSE(page.hasUnsavedChanges());
}

TEST_CASE("a visit is deleted after a question and comes back with Undo", "[widget][unsaved][delete]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    const QString visit = recordVisit(temp.store(), c.household1);
    MainWindow window(temp.store());
    auto* page = window.findPage<VisitsPage>();
    showActive(window);
    window.showPage(5);
    REQUIRE(window.currentPage() == page);
    page->tabs()->setCurrentIndex(VisitsPage::HistoryTab);
    REQUIRE(page->recentVisits()->rowCount() == 1);
    CHECK(page->recentVisits()->idAt(0) == visit);
    page->historyView()->selectRow(0);
    page->historyView()->setFocus();
    REQUIRE(page->historyView()->hasFocus());

    // Del asks; "Cancel" keeps it.
    bool asked = false;
    onNextModal([&asked](QWidget* box) {
        asked = true;
        box->findChild<QAbstractButton*>(QStringLiteral("keepAnswer"))->click();
    });
    QTest::keyClick(page->historyView(), Qt::Key_Delete);
    REQUIRE(asked);
    CHECK(temp->get(QStringLiteral("visits"), visit));

    // The offscreen platform does not give the window back its activation when the box goes.
    showActive(window);
    page->historyView()->setFocus();
    REQUIRE(page->historyView()->hasFocus());
    asked = false;
    onNextModal([&asked](QWidget* box) {
        asked = true;
        box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click();
    });
    QTest::keyClick(page->historyView(), Qt::Key_Delete);
    REQUIRE(asked);
    CHECK_FALSE(temp->get(QStringLiteral("visits"), visit));
    CHECK(temp->get(QStringLiteral("visits"), visit, true)); // a tombstone, not gone
    CHECK(page->recentVisits()->rowCount() == 0);
    REQUIRE(window.hasUndo());

    REQUIRE(window.undoLast());
    CHECK(temp->get(QStringLiteral("visits"), visit));
    CHECK(page->recentVisits()->rowCount() == 1);
}

TEST_CASE("teams and team members are deleted after a question and come back with Undo", "[widget][unsaved][delete]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    MainWindow window(temp.store());
    auto* page = window.findPage<VisitsPage>();
    showActive(window);
    window.showPage(5);
    page->setHamlet(c.hamlet1);
    page->tabs()->setCurrentIndex(VisitsPage::TeamsTab);
    REQUIRE(page->createTeam(QStringLiteral("Tổ Thôn Đông")));
    const QString team = page->selectedTeamId();
    REQUIRE(page->addMember(c.an));
    REQUIRE(page->addMember(c.binh));
    REQUIRE(page->teamMembers()->rowCount() == 2);

    // A member.
    page->membersView()->selectRow(0);
    const QString leaving = page->teamMembers()->idAt(0);
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("keepAnswer"))->click(); });
    CHECK_FALSE(page->removeSelectedMember());
    CHECK(page->teamMembers()->rowCount() == 2);
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    REQUIRE(page->removeSelectedMember());
    CHECK(page->teamMembers()->rowCount() == 1);
    REQUIRE(window.undoLast());
    CHECK(page->teamMembers()->rowCount() == 2);
    QStringList members;
    for (int i = 0; i < page->teamMembers()->rowCount(); ++i)
        members << page->teamMembers()->idAt(i);
    CHECK(members.contains(leaving));

    // The team, with the Delete key in the list.
    page->selectTeam(team);
    showActive(window);
    page->teamsView()->setFocus();
    REQUIRE(page->teamsView()->hasFocus());
    onNextModal([](QWidget* box) { box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click(); });
    QTest::keyClick(page->teamsView(), Qt::Key_Delete);
    CHECK_FALSE(temp->get(QStringLiteral("teams"), team));
    CHECK(page->teams()->rowCount() == 0);
    CHECK(page->form()->teamBox()->findData(team) < 0);
    REQUIRE(window.undoLast());
    CHECK(temp->get(QStringLiteral("teams"), team));
    REQUIRE(page->teams()->rowCount() == 1);
    page->selectTeam(team);
    CHECK(page->teamMembers()->rowCount() == 2); // back whole, members included
    CHECK(page->form()->teamBox()->findData(team) >= 0);
}

TEST_CASE("a baseline cell being typed counts as unsaved, Ctrl+S writes it", "[widget][unsaved]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    SettingsPage page(temp.store());
    showActive(page);
    page.baselines()->setYear(2025);
    CHECK_FALSE(page.hasUnsavedChanges());
    auto* grid = page.findChild<QTableView*>(QStringLiteral("baselineGrid"));
    REQUIRE(grid);
    const int adults = BaselineModel::fieldNames().indexOf(QStringLiteral("adults")) + 1;
    const QModelIndex cell = page.baselines()->index(0, adults);
    grid->setCurrentIndex(cell);
    grid->edit(cell);
    QWidget* editor = grid->indexWidget(cell);
    REQUIRE(editor);
    auto* line = qobject_cast<QLineEdit*>(editor) ? qobject_cast<QLineEdit*>(editor) : editor->findChild<QLineEdit*>();
    REQUIRE(line);
    line->setText(QStringLiteral("12a"));
    CHECK(page.hasUnsavedChanges());
    CHECK_FALSE(page.save()); // refused: the cell stays open for a correction
    CHECK(page.hasUnsavedChanges());
    line->setText(QStringLiteral("1250"));
    REQUIRE(page.save());
    CHECK_FALSE(page.hasUnsavedChanges());
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT adults FROM baselines WHERE deleted = 0 AND year = 2025")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1250);
}

TEST_CASE("a class stored with a format label opens on its key and saves the key", "[widget][unsaved][class_format]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    StoreError error;
    // As a laptop not upgraded yet may still send it.
    const auto id = temp->insert(QStringLiteral("classes"),
                                 {{QStringLiteral("title"), QStringLiteral("Lớp cũ")},
                                  {QStringLiteral("starts_at"), QStringLiteral("2025-10-10T08:00:00")},
                                  {QStringLiteral("ends_at"), QStringLiteral("2025-10-10T10:00:00")},
                                  {QStringLiteral("format"), QStringLiteral("Trực tuyến")}},
                                 &error);
    REQUIRE(id);
    ClassDialog dialog(temp.store(), *id);
    showActive(dialog);
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("classFormat"));
    REQUIRE(format);
    CHECK(format->currentData().toString() == QStringLiteral("online"));
    CHECK(format->count() == 4); // no extra item for the label
    CHECK_FALSE(dialog.hasUnsavedChanges());
    QTest::keyClick(dialog.titleEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(temp->get(QStringLiteral("classes"), *id)->value(QStringLiteral("format")).toString() ==
          QStringLiteral("online"));
}
