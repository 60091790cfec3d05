#include "ui/pages/VisitsPage.h"

#include "core/query/VisitQuery.h"
#include "core/query/VisitRecorder.h"
#include "core/search/ResidentSearch.h"
#include "core/store/Store.h"
#include "core/validation/Dates.h"
#include "core/query/Lookups.h"
#include "ui/models/PagedRowModel.h"
#include "ui/models/RowListModel.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/HamletCombo.h"
#include "ui/widgets/ListTable.h"
#include "ui/widgets/RefusalText.h"
#include "ui/widgets/SearchPicker.h"
#include "ui/widgets/VisitForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

VisitsPage::VisitsPage(Store& store, QWidget* parent)
    : Page(store, parent), m_query(std::make_unique<VisitQuery>(store)),
      m_search(std::make_unique<ResidentSearch>(store))
{
    m_hamlet = new HamletCombo(this);
    m_hamlet->setObjectName(QStringLiteral("visitHamlet"));
    auto* top = new QHBoxLayout;
    auto* hamletLabel = buddyLabel(tr("&Hamlet:"), m_hamlet, this);
    top->addWidget(hamletLabel);
    top->addWidget(m_hamlet);
    top->addStretch();

    m_form = new VisitForm(store, *m_query, this);
    m_form->setObjectName(QStringLiteral("visitForm"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    m_tabs->addTab(m_form, tr("&Log a visit"));
    m_tabs->addTab(buildTeamsTab(), tr("T&eams"));
    m_tabs->addTab(buildToDoTab(), tr("&To do"));
    m_tabs->addTab(buildHistoryTab(), tr("&Recent visits"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_hamlet, &QComboBox::activated, this, [this] { setHamlet(m_hamlet->currentData().toString()); });
    connect(m_form, &VisitForm::saved, this, [this] {
        emit storeWritten();
        emit statusMessage(tr("Visit saved."));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ToDoTab)
            reloadToDo();
        else if (index == HistoryTab)
            reloadHistory();
    });

    m_hamlet->reload(store);
    reloadTeams();
    // The to-do lists count every household: read when their tab is shown, not at start-up.
}

VisitsPage::~VisitsPage() = default;

QWidget* VisitsPage::buildTeamsTab()
{
    auto* tab = new QWidget(this);
    m_teams = new RowListModel({tr("Team"), tr("Hamlet"), tr("Number of members")}, this);
    m_teamsView = makeListTable(m_teams, tab, QStringLiteral("teamsView"));
    m_teamsView->setColumnWidth(0, 220);
    m_teamName = new QLineEdit(tab);
    m_teamName->setObjectName(QStringLiteral("teamName"));
    m_teamName->setPlaceholderText(tr("Name of the new team, then Enter"));
    auto* create = new QPushButton(tr("&Create team in this hamlet"), tab);
    create->setObjectName(QStringLiteral("createTeam"));
    auto* removeTeam = new QPushButton(tr("&Delete team"), tab);
    removeTeam->setObjectName(QStringLiteral("deleteTeam"));
    auto* teamsBox = new QGroupBox(tr("Community digital technology teams"), tab);
    auto* teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->addWidget(m_teamsView, 1);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_teamName, 1);
    createRow->addWidget(create);
    createRow->addWidget(removeTeam);
    teamsLayout->addLayout(createRow);

    m_members = new RowListModel({tr("Member"), tr("Role")}, this);
    m_membersView = makeListTable(m_members, tab, QStringLiteral("membersView"));
    m_membersView->setColumnWidth(0, 220);
    auto* remove = new QPushButton(tr("&Remove member"), tab);
    remove->setObjectName(QStringLiteral("removeMember"));
    m_memberPicker = new SearchPicker({tr("Name"), tr("Born"), tr("Hamlet")},
                                      [this](const QString& text) {
                                          QVector<RowListModel::Row> rows;
                                          for (const ResidentHit& hit : m_search->search(text, 30))
                                              rows.push_back({hit.id,
                                                              {hit.fullName,
                                                               hit.birthYear > 0 ? QString::number(hit.birthYear)
                                                                                 : QString(),
                                                               hit.hamletName}});
                                          return rows;
                                      },
                                      tab);
    m_memberPicker->setObjectName(QStringLiteral("memberPicker"));
    m_memberPicker->input()->setObjectName(QStringLiteral("memberSearch"));
    m_memberPicker->setPlaceholderText(tr("Add a member: type a name (diacritics optional), then Enter"));
    m_teamMessage = new QLabel(tab);
    m_teamMessage->setObjectName(QStringLiteral("teamMessage"));
    m_teamMessage->setWordWrap(true);
    auto* membersBox = new QGroupBox(tr("Members of the selected team"), tab);
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->addWidget(m_membersView, 2);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(remove);
    membersLayout->addLayout(removeRow);
    membersLayout->addWidget(m_memberPicker, 2);

    auto* columns = new QHBoxLayout;
    columns->addWidget(teamsBox, 1);
    columns->addWidget(membersBox, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(columns, 1);
    layout->addWidget(m_teamMessage);

    setTabOrder(m_teamsView, m_teamName);
    setTabOrder(m_teamName, create);
    setTabOrder(create, removeTeam);
    setTabOrder(removeTeam, m_membersView);
    setTabOrder(m_membersView, remove);
    setTabOrder(remove, m_memberPicker->input());

    connect(m_teamName, &QLineEdit::returnPressed, this, [this] { createTeam(m_teamName->text()); });
    connect(create, &QPushButton::clicked, this, [this] { createTeam(m_teamName->text()); });
    connect(m_teamsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VisitsPage::reloadMembers);
    connect(m_memberPicker, &SearchPicker::picked, this, [this](const QString& id) { addMember(id); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedMember(); });
    connect(removeTeam, &QPushButton::clicked, this, [this] { deleteTeam(selectedTeamId()); });
    // Del in a list removes its selected row, as the buttons do.
    auto* delTeam = new QShortcut(QKeySequence::Delete, m_teamsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(delTeam, &QShortcut::activated, this, [this] { deleteTeam(selectedTeamId()); });
    auto* delMember = new QShortcut(QKeySequence::Delete, m_membersView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(delMember, &QShortcut::activated, this, [this] { removeSelectedMember(); });
    return tab;
}

QWidget* VisitsPage::buildToDoTab()
{
    auto* tab = new QWidget(this);
    m_neverVisited = new PagedRowModel({tr("Household"), tr("Head of household"), tr("Hamlet"), tr("Address")}, 200, this);
    auto* neverView = makeListTable(m_neverVisited, tab, QStringLiteral("neverVisitedView"));
    neverView->setColumnWidth(0, 110);
    neverView->setColumnWidth(1, 200);
    m_neverCount = new QLabel(tab);
    m_neverCount->setObjectName(QStringLiteral("neverVisitedCount"));
    auto* neverBox = new QGroupBox(tr("Households never visited"), tab);
    auto* neverLayout = new QVBoxLayout(neverBox);
    neverLayout->addWidget(m_neverCount);
    neverLayout->addWidget(neverView, 1);

    m_followUps = new RowListModel({tr("Due"), tr("Household"), tr("Head of household"), tr("Visited"), tr("Follow-up")},
                                   this);
    auto* followView = makeListTable(m_followUps, tab, QStringLiteral("followUpsView"));
    followView->setColumnWidth(0, 95);
    followView->setColumnWidth(2, 180);
    m_followCount = new QLabel(tab);
    m_followCount->setObjectName(QStringLiteral("followUpCount"));
    auto* followBox = new QGroupBox(tr("Follow-ups due (today or earlier)"), tab);
    auto* followLayout = new QVBoxLayout(followBox);
    followLayout->addWidget(m_followCount);
    followLayout->addWidget(followView, 1);

    // Enter on a household starts its visit.
    auto startVisit = [this](const QString& householdId) {
        if (householdId.isEmpty() || !resolveUnsavedVisit() || !m_form->chooseHousehold(householdId))
            return;
        m_tabs->setCurrentIndex(VisitTab);
        m_form->dateEdit()->setFocus(Qt::OtherFocusReason);
    };
    connect(neverView, &QTableView::activated, this,
            [this, startVisit](const QModelIndex& index) { startVisit(m_neverVisited->idAt(index.row())); });
    connect(followView, &QTableView::activated, this, [this, startVisit](const QModelIndex& index) {
        startVisit(m_followUps->rowAt(index.row()).cells.value(5));
    });

    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(neverBox, 1);
    layout->addWidget(followBox, 1);
    return tab;
}

QString VisitsPage::title() const
{
    return tr("Home visits");
}

QIcon VisitsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirLinkIcon);
}

void VisitsPage::activated()
{
    m_hamlet->reload(store());
    m_form->reloadTeams();
    reloadTeams();
    if (m_tabs->currentIndex() == ToDoTab)
        reloadToDo();
    if (m_tabs->currentIndex() == HistoryTab)
        reloadHistory();
}

void VisitsPage::focusSearch()
{
    m_tabs->setCurrentIndex(VisitTab);
    m_form->focusHousehold();
}

void VisitsPage::createNew()
{
    m_tabs->setCurrentIndex(VisitTab);
    if (!resolveUnsavedVisit())
        return;
    m_form->clearVisit();
    m_form->focusHousehold();
}

bool VisitsPage::hasUnsavedChanges() const
{
    return m_form->hasUnsavedChanges();
}

bool VisitsPage::save()
{
    if (!m_form->hasUnsavedChanges()) {
        emit statusMessage(tr("Nothing to save."));
        return true;
    }
    m_tabs->setCurrentIndex(VisitTab); // where the reason of a refusal shows
    return m_form->save();
}

bool VisitsPage::resolveUnsavedVisit()
{
    return resolveUnsavedChanges(this, m_form->hasUnsavedChanges(),
                                 tr("The visit being logged is not saved. Save it?"), [this] { return m_form->save(); });
}

void VisitsPage::setHamlet(const QString& hamletId)
{
    m_hamlet->setCurrentIndex(std::max(0, m_hamlet->findData(hamletId)));
    m_form->setHamlet(hamletId);
    reloadTeams();
    reloadToDo();
    reloadHistory();
}

void VisitsPage::reloadTeams()
{
    const QString keep = selectedTeamId();
    QVector<RowListModel::Row> rows;
    for (const TeamInfo& t : m_query->teams(m_hamlet->currentData().toString()))
        rows.push_back({t.id, {t.name, t.hamletName, QString::number(t.members)}});
    m_teams->setRows(rows);
    if (!keep.isEmpty())
        selectTeam(keep);
    else if (m_teams->rowCount() > 0)
        m_teamsView->selectRow(0);
    reloadMembers();
}

void VisitsPage::selectTeam(const QString& teamId)
{
    for (int i = 0; i < m_teams->rowCount(); ++i)
        if (m_teams->idAt(i) == teamId) {
            m_teamsView->selectRow(i);
            return;
        }
}

QString VisitsPage::selectedTeamId() const
{
    const QModelIndex current = m_teamsView->currentIndex();
    return current.isValid() ? m_teams->idAt(current.row()) : QString();
}

void VisitsPage::reloadMembers()
{
    QVector<RowListModel::Row> rows;
    const QString team = selectedTeamId();
    if (!team.isEmpty())
        for (const TeamMemberInfo& m : m_query->teamMembers(team))
            rows.push_back({m.residentId, {m.fullName, m.role}});
    m_members->setRows(rows);
}

void VisitsPage::showTeamMessage(const QString& text, bool isError)
{
    m_teamMessage->setText(text);
    m_teamMessage->setStyleSheet(isError ? QStringLiteral("color: #a41e1e;") : QString());
    if (!isError)
        emit statusMessage(text);
}

bool VisitsPage::createTeam(const QString& name)
{
    EditRefusal refusal;
    const auto id = TeamEditor(store()).createTeam(m_hamlet->currentData().toString(), name, &refusal);
    if (!id) {
        showTeamMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    m_teamName->clear();
    reloadTeams();
    selectTeam(*id);
    m_form->reloadTeams();
    showTeamMessage(tr("Team %1 created. Add its members below.").arg(name.trimmed()), false);
    m_memberPicker->input()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool VisitsPage::addMember(const QString& residentId)
{
    const QString team = selectedTeamId();
    EditRefusal refusal;
    if (team.isEmpty()) {
        showTeamMessage(refusalText({QStringLiteral("no_team"), QStringLiteral("team_id"), {}}), true);
        return false;
    }
    if (!TeamEditor(store()).addMember(team, residentId, {}, &refusal)) {
        showTeamMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    const QString name = m_memberPicker->currentLabel();
    m_memberPicker->clear();
    reloadTeams();
    m_form->reloadTeams();
    showTeamMessage(tr("%1 joined the team.").arg(name), false);
    return true;
}

bool VisitsPage::removeSelectedMember(bool ask)
{
    const QModelIndex current = m_membersView->currentIndex();
    if (!current.isValid()) {
        showTeamMessage(tr("Select a member in the list first."), true);
        return false;
    }
    const QString teamId = selectedTeamId();
    const QString residentId = m_members->idAt(current.row());
    const QString name = m_members->rowAt(current.row()).cells.value(0);
    QString rowId; // the team_members row the Undo brings back
    for (const TeamMemberInfo& m : m_query->teamMembers(teamId))
        if (m.residentId == residentId)
            rowId = m.rowId;
    if (ask && !confirmDelete(this, tr("Remove member"),
                              tr("Remove %1 from the team? You can undo this from the status bar.").arg(name)))
        return false;
    EditRefusal refusal;
    if (!TeamEditor(store()).removeMember(teamId, residentId, &refusal)) {
        showTeamMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    reloadTeams();
    m_form->reloadTeams();
    showTeamMessage(tr("%1 left the team.").arg(name), false);
    offerRestore(tr("Removed %1 from the team.").arg(name), QStringLiteral("team_members"), rowId);
    return true;
}

bool VisitsPage::deleteTeam(const QString& teamId, bool ask)
{
    const auto team = store().get(QStringLiteral("teams"), teamId);
    if (!team) {
        showTeamMessage(tr("Select a team in the list first."), true);
        return false;
    }
    const QString name = team->value(QStringLiteral("name")).toString();
    // Its members and visits stay as they are: the Undo brings the team back whole.
    if (ask && !confirmDelete(this, tr("Delete team"),
                              tr("Delete the team %1? Its visits stay recorded. You can undo this from the status bar.")
                                  .arg(name)))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("teams"), teamId, &error)) {
        showTeamMessage(tr("Not deleted: %1").arg(error.displayText()), true);
        return false;
    }
    emit storeWritten();
    reloadTeams();
    m_form->reloadTeams();
    showTeamMessage(tr("Team %1 deleted.").arg(name), false);
    offerRestore(tr("Deleted the team %1.").arg(name), QStringLiteral("teams"), teamId);
    return true;
}

bool VisitsPage::deleteVisit(const QString& visitId, bool ask)
{
    const auto visit = store().get(QStringLiteral("visits"), visitId);
    if (!visit)
        return false;
    const auto household = m_query->household(visit->value(QStringLiteral("household_id")).toString());
    const QString what = tr("the visit to %1 on %2")
                             .arg(household ? household->code : QString(),
                                  visit->value(QStringLiteral("visited_on")).toDate().toString(QStringLiteral("dd/MM/yyyy")));
    // The digital facts it set on the residents helped stay: they are facts about people, not about the visit.
    if (ask && !confirmDelete(this, tr("Delete visit"),
                              tr("Delete %1? You can undo this from the status bar.").arg(what)))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("visits"), visitId, &error)) {
        emit statusMessage(tr("Not deleted: %1").arg(error.displayText()));
        return false;
    }
    emit storeWritten();
    reloadHistory();
    if (m_tabs->currentIndex() == ToDoTab)
        reloadToDo();
    emit statusMessage(tr("Deleted %1.").arg(what));
    offerRestore(tr("Deleted %1.").arg(what), QStringLiteral("visits"), visitId);
    return true;
}

void VisitsPage::offerRestore(const QString& text, const QString& table, const QString& id)
{
    emit undoOffered(text, [this, table, id] {
        StoreError error;
        const bool ok = store().restore(table, id, &error);
        emit storeWritten();
        reloadTeams();
        m_form->reloadTeams();
        reloadHistory();
        if (m_tabs->currentIndex() == ToDoTab)
            reloadToDo();
        return ok;
    });
}

QWidget* VisitsPage::buildHistoryTab()
{
    auto* tab = new QWidget(this);
    m_recent = new RowListModel({tr("Date"), tr("Household"), tr("Head of household"), tr("Team"), tr("Done"),
                                 tr("Follow-up")},
                                this);
    m_recentView = makeListTable(m_recent, tab, QStringLiteral("recentVisitsView"));
    m_recentView->setColumnWidth(0, 95);
    m_recentView->setColumnWidth(1, 100);
    m_recentView->setColumnWidth(2, 180);
    m_recentView->setColumnWidth(3, 150);
    m_recentView->setColumnWidth(4, 90);
    auto* remove = new QPushButton(tr("&Delete visit"), tab);
    remove->setObjectName(QStringLiteral("deleteVisit"));
    auto* note = new QLabel(tr("The latest visits of the hamlet, newest first. Del deletes the selected one."), tab);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_recentView, 1);
    layout->addLayout(buttons);
    setTabOrder(m_recentView, remove);

    auto deleteSelected = [this] {
        const QModelIndex current = m_recentView->currentIndex();
        if (current.isValid())
            deleteVisit(m_recent->idAt(current.row()));
        else
            emit statusMessage(tr("Select a visit in the list first."));
    };
    connect(remove, &QPushButton::clicked, this, deleteSelected);
    auto* del = new QShortcut(QKeySequence::Delete, m_recentView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, deleteSelected);
    return tab;
}

void VisitsPage::reloadHistory()
{
    QVector<RowListModel::Row> rows;
    for (const VisitSummary& v : m_query->recentVisits(m_hamlet->currentData().toString())) {
        const int tasks = v.tasks.isEmpty() ? 0 : int(v.tasks.count(QLatin1Char(',')) + 1);
        rows.push_back({v.id,
                        {QDate::fromString(v.visitedOn, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                         v.householdCode, v.headName, v.teamName, tr("%Ln task(s)", nullptr, tasks), v.followUp}});
    }
    m_recent->setRows(rows);
}

void VisitsPage::reloadToDo()
{
    const QString hamlet = m_hamlet->currentData().toString();
    m_neverVisited->setFetch([this, hamlet](int offset, int limit) {
        QVector<RowListModel::Row> rows;
        for (const HouseholdInfo& h : m_query->neverVisited(hamlet, offset, limit))
            rows.push_back({h.id, {h.code, h.headName, h.hamletName, h.address}});
        return rows;
    });
    m_neverCount->setText(tr("%Ln household(s) never visited.", nullptr, int(m_query->neverVisitedCount(hamlet))));
    QVector<RowListModel::Row> rows;
    // The household id rides along in a sixth cell (not shown: the model has five headers).
    for (const FollowUpInfo& f : m_query->followUpsDue(hamlet, QDate::currentDate()))
        rows.push_back({f.visitId, {validation::formatDate(QDate::fromString(f.followUpOn, Qt::ISODate)), f.householdCode, f.headName,
                                     validation::formatDate(QDate::fromString(f.visitedOn, Qt::ISODate)), f.followUp, f.householdId}});
    m_followUps->setRows(rows);
    m_followCount->setText(tr("%Ln follow-up(s) due.", nullptr, int(rows.size())));
}

} // namespace hocvuso
