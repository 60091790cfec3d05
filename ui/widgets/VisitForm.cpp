#include "ui/widgets/VisitForm.h"

#include "core/query/VisitQuery.h"
#include "core/query/VisitRecorder.h"
#include "core/store/Store.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/RefusalText.h"
#include "ui/widgets/SearchPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

namespace {
QListWidget* makeCheckList(QWidget* parent, const QString& name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMinimumHeight(90);
    return list;
}

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void addCheckItem(QListWidget* list, const QString& id, const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}
} // namespace

VisitForm::VisitForm(Store& store, VisitQuery& query, QWidget* parent)
    : QWidget(parent), m_store(store), m_query(query), m_tracker(this)
{
    m_household = new SearchPicker({tr("Household"), tr("Head of household"), tr("Hamlet")},
                                   [this](const QString& text) {
                                       QVector<RowListModel::Row> rows;
                                       for (const HouseholdInfo& h : m_query.findHouseholds(text, m_hamletId, 20))
                                           rows.push_back({h.id, {h.code, h.headName, h.hamletName}});
                                       return rows;
                                   },
                                   this);
    m_household->setObjectName(QStringLiteral("householdPicker"));
    m_household->input()->setObjectName(QStringLiteral("householdSearch"));
    m_household->results()->setColumnWidth(0, 90);
    m_household->results()->setColumnWidth(1, 190);
    m_household->setPlaceholderText(tr("Household code or a member's name, then Enter"));
    m_householdLabel = new QLabel(tr("No household chosen yet."), this);
    m_householdLabel->setObjectName(QStringLiteral("householdChosen"));
    m_householdLabel->setWordWrap(true);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("visitTeam"));
    m_visitors = makeCheckList(this, QStringLiteral("visitors"));
    m_helped = makeCheckList(this, QStringLiteral("helped"));

    const QStringList codes = visit_tasks::all();
    const QStringList names = {tr("Installed VNeID"),
                               tr("Activated VNeID level 2"),
                               tr("Opened a digital bank account"),
                               tr("Submitted an online public service"),
                               tr("Set up cashless payment"),
                               tr("Informed about the movement")};
    auto* tasksBox = new QWidget(this);
    auto* tasksLayout = new QGridLayout(tasksBox);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(names.value(i), tasksBox);
        box->setObjectName(QStringLiteral("task_") + codes[i]);
        box->setProperty("taskCode", codes[i]);
        tasksLayout->addWidget(box, i / 2, i % 2);
        m_tasks << box;
    }

    m_followUp = new QLineEdit(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setPlaceholderText(tr("What to come back for (leave empty when nothing)"));
    m_followUpOn = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* followRow = new QHBoxLayout;
    followRow->addWidget(m_followUp, 1);
    followRow->addWidget(new QLabel(tr("on"), this));
    followRow->addWidget(m_followUpOn);

    m_save = new QPushButton(tr("&Save visit (Enter)"), this);
    m_save->setObjectName(QStringLiteral("saveVisit"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);

    auto* householdBox = new QGroupBox(tr("Household"), this);
    auto* householdLayout = new QVBoxLayout(householdBox);
    householdLayout->addWidget(m_household, 1);
    householdLayout->addWidget(m_householdLabel);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Tea&m:"), m_team);
    form->addRow(tr("&Visitors:"), m_visitors);
    form->addRow(tr("Residents hel&ped:"), m_helped);
    form->addRow(tr("Done:"), tasksBox);
    // A row holding a layout gets no buddy from the form: set it, so Alt+F reaches the note.
    auto* followLabel = buddyLabel(tr("Follo&w-up:"), m_followUp, this);
    form->addRow(followLabel, followRow);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(householdBox, 2);
    layout->addLayout(form, 3);

    setTabOrder(m_household->input(), m_date);
    setTabOrder(m_date, m_team);
    setTabOrder(m_team, m_visitors);
    setTabOrder(m_visitors, m_helped);
    QWidget* previous = m_helped;
    for (QCheckBox* box : m_tasks) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_followUp);
    setTabOrder(m_followUp, m_followUpOn);
    setTabOrder(m_followUpOn, m_save);

    connect(m_household, &SearchPicker::picked, this, [this](const QString& id) {
        if (chooseHousehold(id))
            m_date->setFocus(Qt::TabFocusReason);
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &VisitForm::loadVisitors);
    connect(m_save, &QPushButton::clicked, this, &VisitForm::save);

    // Date, team and visitors stay from one visit to the next: choosing them is not an edit of a visit.
    m_tracker.exclude(m_household);
    m_tracker.exclude(m_date);
    m_tracker.exclude(m_team);
    m_tracker.exclude(m_visitors);
    reloadTeams();
    clearVisit();
}

bool VisitForm::hasUnsavedChanges() const
{
    return !m_householdId.isEmpty() || m_tracker.isDirty();
}

QCheckBox* VisitForm::taskBox(const QString& code) const
{
    for (QCheckBox* box : m_tasks)
        if (box->property("taskCode").toString() == code)
            return box;
    return nullptr;
}

void VisitForm::setHamlet(const QString& hamletId)
{
    m_hamletId = hamletId;
    reloadTeams();
    m_household->refresh();
}

void VisitForm::reloadTeams()
{
    const QString keep = m_team->currentData().toString();
    const QSignalBlocker block(m_team);
    m_team->clear();
    m_team->addItem(tr("(no team: commune staff)"), QString());
    for (const TeamInfo& t : m_query.teams(m_hamletId))
        m_team->addItem(m_hamletId.isEmpty() ? tr("%1 (%2)").arg(t.name, t.hamletName) : t.name, t.id);
    int index = keep.isEmpty() ? -1 : m_team->findData(keep);
    if (index < 0)
        index = m_team->count() > 1 ? 1 : 0; // most visits are a team's
    m_team->setCurrentIndex(index);
    loadVisitors();
}

void VisitForm::loadVisitors()
{
    m_visitors->clear();
    const QString team = m_team->currentData().toString();
    if (!team.isEmpty())
        for (const TeamMemberInfo& m : m_query.teamMembers(team))
            addCheckItem(m_visitors, m.residentId, m.fullName, true);
    if (m_visitors->count() > 0)
        m_visitors->setCurrentRow(0);
}

void VisitForm::clearVisit()
{
    m_householdId.clear();
    m_household->clear();
    m_householdLabel->setText(tr("No household chosen yet."));
    m_helped->clear();
    for (QCheckBox* box : m_tasks)
        box->setChecked(box->property("taskCode").toString() == QLatin1String(visit_tasks::informed));
    m_followUp->clear();
    m_followUpOn->setDate(m_date->date().addDays(7));
    m_tracker.markClean();
}

void VisitForm::focusHousehold()
{
    m_household->input()->setFocus(Qt::ShortcutFocusReason);
    m_household->input()->selectAll();
}

bool VisitForm::chooseHousehold(const QString& householdId)
{
    const auto household = m_query.household(householdId);
    if (!household)
        return false;
    m_householdId = householdId;
    m_householdLabel->setText(tr("Visiting %1 — %2 (%3)").arg(household->code, household->headName, household->hamletName));
    m_helped->clear();
    for (const HouseholdMemberInfo& m : m_query.householdMembers(householdId))
        addCheckItem(m_helped, m.residentId, m.birthYear > 0 ? tr("%1 (%2)").arg(m.fullName).arg(m.birthYear) : m.fullName,
                     false);
    if (m_helped->count() > 0)
        m_helped->setCurrentRow(0);
    return true;
}

bool VisitForm::save()
{
    VisitInput input;
    input.householdId = m_householdId;
    input.teamId = m_team->currentData().toString();
    input.visitedOn = m_date->date();
    input.visitors = checkedIds(m_visitors);
    input.helped = checkedIds(m_helped);
    for (QCheckBox* box : m_tasks)
        if (box->isChecked())
            input.tasks << box->property("taskCode").toString();
    input.followUp = m_followUp->text();
    if (!input.followUp.trimmed().isEmpty())
        input.followUpOn = m_followUpOn->date();
    EditRefusal refusal;
    const auto id = VisitRecorder(m_store).record(input, &refusal);
    if (!id) {
        showMessage(refusalText(refusal), true);
        if (refusal.reason == QLatin1String("no_household"))
            focusHousehold();
        return false;
    }
    const auto household = m_query.household(input.householdId);
    showMessage(tr("Visit to %1 saved.").arg(household ? household->code : QString()), false);
    clearVisit();
    focusHousehold();
    emit saved(*id);
    return true;
}

void VisitForm::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #a41e1e;") : QStringLiteral("color: #1d6b2b;"));
}

void VisitForm::keyPressEvent(QKeyEvent* event)
{
    // Return from any field the event reaches (line edits, dates, lists and
    // check boxes pass it on) saves, as in a dialog with a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        save();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hocvuso
