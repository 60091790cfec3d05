#pragma once

#include "ui/pages/Page.h"
#include "ui/widgets/HamletCombo.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace hocvuso {

class PagedRowModel;
class ResidentSearch;
class RowListModel;
class SearchPicker;
class VisitForm;
class VisitQuery;

// Thăm hộ: door-to-door visits by the community digital technology teams.
// A quick visit form, the teams of each hamlet with their members, and what
// is left to do per hamlet: households never visited and follow-ups due.
// Ctrl+N starts a new visit, Ctrl+F finds a household, Ctrl+S saves the
// visit being typed. Visits, teams and members are deleted after a question
// and can be brought back with the status bar's Undo (tombstones).
class VisitsPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { VisitTab, TeamsTab, ToDoTab, HistoryTab };

    explicit VisitsPage(Store& store, QWidget* parent = nullptr);
    ~VisitsPage() override;
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    void focusSearch() override;
    void createNew() override;
    bool hasUnsavedChanges() const override;
    bool save() override;

    VisitForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* hamletFilter() const { return m_hamlet; }
    void setHamlet(const QString& hamletId);
    RowListModel* teams() const { return m_teams; }
    RowListModel* teamMembers() const { return m_members; }
    SearchPicker* memberPicker() const { return m_memberPicker; }
    PagedRowModel* neverVisited() const { return m_neverVisited; }
    RowListModel* followUps() const { return m_followUps; }
    QLabel* teamMessage() const { return m_teamMessage; }

    // The team actions; false (with the reason shown) when refused.
    bool createTeam(const QString& name);
    void selectTeam(const QString& teamId);
    QString selectedTeamId() const;
    bool addMember(const QString& residentId);
    // `ask` false skips the "are you sure" (the Undo is offered either way).
    bool removeSelectedMember(bool ask = true);
    bool deleteTeam(const QString& teamId, bool ask = true);
    bool deleteVisit(const QString& visitId, bool ask = true);
    void reloadToDo();
    void reloadHistory();
    RowListModel* recentVisits() const { return m_recent; }
    QTableView* teamsView() const { return m_teamsView; }
    QTableView* membersView() const { return m_membersView; }
    QTableView* historyView() const { return m_recentView; }

private:
    QWidget* buildTeamsTab();
    QWidget* buildToDoTab();
    QWidget* buildHistoryTab();
    // Asks before a new household or a new visit replaces the one being typed.
    bool resolveUnsavedVisit();
    void offerRestore(const QString& text, const QString& table, const QString& id);
    void reloadTeams();
    void reloadMembers();
    void showTeamMessage(const QString& text, bool isError);

    std::unique_ptr<VisitQuery> m_query;
    std::unique_ptr<ResidentSearch> m_search;
    HamletCombo* m_hamlet = nullptr;
    QTabWidget* m_tabs = nullptr;
    VisitForm* m_form = nullptr;
    RowListModel* m_teams = nullptr;
    RowListModel* m_members = nullptr;
    QTableView* m_teamsView = nullptr;
    QTableView* m_membersView = nullptr;
    QLineEdit* m_teamName = nullptr;
    SearchPicker* m_memberPicker = nullptr;
    QLabel* m_teamMessage = nullptr;
    PagedRowModel* m_neverVisited = nullptr;
    RowListModel* m_followUps = nullptr;
    QLabel* m_neverCount = nullptr;
    QLabel* m_followCount = nullptr;
    RowListModel* m_recent = nullptr;
    QTableView* m_recentView = nullptr;
};

} // namespace hocvuso
