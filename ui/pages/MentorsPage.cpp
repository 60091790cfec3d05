#include "ui/pages/MentorsPage.h"

#include "core/kpi/PlanCatalog.h"
#include "core/query/MentorEditor.h"
#include "core/query/MentorQuery.h"
#include "core/query/ResidentConditions.h"
#include "core/search/ResidentSearch.h"
#include "core/store/Store.h"
#include "core/validation/Dates.h"
#include "core/query/Lookups.h"
#include "ui/models/MentorTableModel.h"
#include "ui/models/PagedRowModel.h"
#include "ui/models/RowListModel.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/HamletCombo.h"
#include "ui/widgets/ListTable.h"
#include "ui/widgets/RefusalText.h"
#include "ui/widgets/SearchPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

namespace {
QString yearText(int year)
{
    return year > 0 ? QString::number(year) : QString();
}
} // namespace

MentorsPage::MentorsPage(Store& store, QWidget* parent)
    : Page(store, parent), m_query(std::make_unique<MentorQuery>(store)),
      m_search(std::make_unique<ResidentSearch>(store))
{
    m_hamlet = new HamletCombo(this);
    m_hamlet->setObjectName(QStringLiteral("mentorHamlet"));
    m_minimum = new QLabel(this);
    m_minimum->setObjectName(QStringLiteral("mentorMinimum"));
    auto* top = new QHBoxLayout;
    auto* hamletLabel = buddyLabel(tr("&Hamlet:"), m_hamlet, this);
    top->addWidget(hamletLabel);
    top->addWidget(m_hamlet);
    top->addSpacing(16);
    top->addWidget(m_minimum, 1);

    // Left: the mentors and the mentees of the selected one.
    m_mentors = new MentorTableModel(this);
    m_mentorsView = makeListTable(m_mentors, this, QStringLiteral("mentorsView"));
    m_mentorsView->setColumnWidth(MentorTableModel::Name, 180);
    m_mentorsView->setColumnWidth(MentorTableModel::Hamlet, 100);
    m_mentorsView->setColumnWidth(MentorTableModel::Since, 95);
    m_mentorsView->setColumnWidth(MentorTableModel::Load, 140);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mentorSummary"));
    auto* mentorsBox = new QGroupBox(tr("Digital ambassadors"), this);
    auto* mentorsLayout = new QVBoxLayout(mentorsBox);
    mentorsLayout->addWidget(m_mentorsView, 1);
    mentorsLayout->addWidget(m_summary);

    m_pairs = new RowListModel({tr("Mentee"), tr("Started"), tr("Status"), tr("Ended")}, this);
    m_pairsView = makeListTable(m_pairs, this, QStringLiteral("pairsView"));
    m_pairsView->setColumnWidth(0, 200);
    m_pairsView->setColumnWidth(1, 95);
    m_pairsView->setColumnWidth(2, 120);
    m_pairsHeading = new QLabel(this);
    auto* complete = new QPushButton(tr("&Completed: reached basic skills"), this);
    complete->setObjectName(QStringLiteral("completePair"));
    auto* end = new QPushButton(tr("&End pair"), this);
    end->setObjectName(QStringLiteral("endPair"));
    auto* pairsBox = new QGroupBox(tr("Mentees"), this);
    auto* pairsLayout = new QVBoxLayout(pairsBox);
    pairsLayout->addWidget(m_pairsHeading);
    pairsLayout->addWidget(m_pairsView, 1);
    auto* pairButtons = new QHBoxLayout;
    pairButtons->addStretch();
    pairButtons->addWidget(complete);
    pairButtons->addWidget(end);
    pairsLayout->addLayout(pairButtons);

    // Right: find a resident; who still needs a mentor.
    m_picker = new SearchPicker({tr("Name"), tr("Born"), tr("Hamlet"), tr("Household")},
                                [this](const QString& text) {
                                    QVector<RowListModel::Row> rows;
                                    ResidentFilter filter;
                                    filter.hamletId = m_hamlet->currentData().toString();
                                    for (const ResidentHit& hit : m_search->search(text, 30, filter))
                                        rows.push_back({hit.id,
                                                        {hit.fullName, yearText(hit.birthYear), hit.hamletName,
                                                         hit.householdCode}});
                                    return rows;
                                },
                                this);
    m_picker->setObjectName(QStringLiteral("mentorPicker"));
    m_picker->input()->setObjectName(QStringLiteral("mentorSearch"));
    m_picker->setPlaceholderText(tr("Type a name (diacritics optional), CCCD or phone"));
    m_actionHint = new QLabel(this);
    m_actionHint->setObjectName(QStringLiteral("pickActionHint"));
    auto* makeButton = new QPushButton(tr("Make a &mentor"), this);
    makeButton->setObjectName(QStringLiteral("makeMentor"));
    auto* pairButton = new QPushButton(tr("&Pair with the selected mentor"), this);
    pairButton->setObjectName(QStringLiteral("pairMentee"));
    auto* findBox = new QGroupBox(tr("Find a resident"), this);
    auto* findLayout = new QVBoxLayout(findBox);
    findLayout->addWidget(m_picker, 1);
    findLayout->addWidget(m_actionHint);
    auto* findButtons = new QHBoxLayout;
    findButtons->addStretch();
    findButtons->addWidget(makeButton);
    findButtons->addWidget(pairButton);
    findLayout->addLayout(findButtons);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("needsGroup"));
    m_group->addItem(tr("Everyone"), QString());
    const QStringList groupNames = {tr("Elderly (60+)"),      tr("People with disabilities"), tr("Ethnic minorities"),
                                    tr("Poor or near-poor households"), tr("Public officials"), tr("Students"),
                                    tr("Enterprise workers"), tr("Small traders"), tr("Women's Union members"),
                                    tr("Youth Union members")};
    const QStringList groupKeys = query::groupKeys();
    for (int i = 0; i < groupKeys.size(); ++i)
        m_group->addItem(groupNames.value(i), groupKeys[i]);
    m_needing = new PagedRowModel({tr("Name"), tr("Born"), tr("Hamlet"), tr("Household")}, 200, this);
    m_needingView = makeListTable(m_needing, this, QStringLiteral("needingView"));
    m_needingView->setColumnWidth(0, 170);
    m_needingView->setColumnWidth(1, 70);
    m_needingView->setColumnWidth(2, 90);
    auto* needingNote = new QLabel(
        tr("Residents 16 or older (or of unknown age) of the hamlet and group, not trained yet, with no active "
           "mentor and not ambassadors themselves."),
        this);
    needingNote->setWordWrap(true);
    auto* pairNeeding = new QPushButton(tr("Pair with the &selected mentor"), this);
    pairNeeding->setObjectName(QStringLiteral("pairNeeding"));
    auto* needingBox = new QGroupBox(tr("Who still needs a mentor"), this);
    auto* needingLayout = new QVBoxLayout(needingBox);
    auto* groupRow = new QHBoxLayout;
    auto* groupLabel = buddyLabel(tr("&Group:"), m_group, this);
    groupRow->addWidget(groupLabel);
    groupRow->addWidget(m_group, 1);
    needingLayout->addLayout(groupRow);
    needingLayout->addWidget(needingNote);
    needingLayout->addWidget(m_needingView, 1);
    auto* needingButtons = new QHBoxLayout;
    needingButtons->addStretch();
    needingButtons->addWidget(pairNeeding);
    needingLayout->addLayout(needingButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mentorMessage"));
    m_message->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(mentorsBox, 3);
    leftLayout->addWidget(pairsBox, 2);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(findBox, 2);
    rightLayout->addWidget(needingBox, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    // Tab order: hamlet → find box → mentors → mentees → group → who needs a mentor.
    setTabOrder(m_hamlet, m_picker->input());
    setTabOrder(m_picker->input(), makeButton);
    setTabOrder(makeButton, pairButton);
    setTabOrder(pairButton, m_mentorsView);
    setTabOrder(m_mentorsView, m_pairsView);
    setTabOrder(m_pairsView, complete);
    setTabOrder(complete, end);
    setTabOrder(end, m_group);
    setTabOrder(m_group, m_needingView);
    setTabOrder(m_needingView, pairNeeding);

    connect(m_hamlet, &QComboBox::activated, this, [this] {
        reloadMentors();
        reloadNeeding();
        m_picker->refresh();
    });
    connect(m_group, &QComboBox::activated, this, &MentorsPage::reloadNeeding);
    connect(m_mentorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        reloadPairs();
        setPickAction(m_action);
    });
    connect(m_picker, &SearchPicker::picked, this, [this](const QString& id) {
        if (m_action == PickAction::MakeMentor)
            makeMentor(id);
        else
            pairWithSelectedMentor(id);
    });
    connect(makeButton, &QPushButton::clicked, this, [this] {
        if (m_picker->currentId().isEmpty()) {
            createNew();
            return;
        }
        makeMentor(m_picker->currentId());
    });
    connect(pairButton, &QPushButton::clicked, this, [this] {
        if (m_picker->currentId().isEmpty()) {
            focusSearch();
            return;
        }
        pairWithSelectedMentor(m_picker->currentId());
    });
    connect(pairNeeding, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_needingView->currentIndex();
        if (current.isValid())
            pairWithSelectedMentor(m_needing->idAt(current.row()));
        else
            showMessage(tr("Select a resident in the list first."), true);
    });
    connect(m_needingView, &QTableView::activated, this,
            [this](const QModelIndex& index) { pairWithSelectedMentor(m_needing->idAt(index.row())); });
    connect(complete, &QPushButton::clicked, this, [this] { closeSelectedPair(true); });
    connect(end, &QPushButton::clicked, this, [this] { closeSelectedPair(false); });

    m_hamlet->reload(store);
    reloadMentors();
    reloadNeeding();
    setPickAction(PickAction::PairWithMentor);
}

MentorsPage::~MentorsPage() = default;

QString MentorsPage::title() const
{
    return tr("Digital ambassadors");
}

QIcon MentorsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DialogHelpButton);
}

void MentorsPage::activated()
{
    m_hamlet->reload(store());
    reloadMentors();
    reloadNeeding();
}

void MentorsPage::focusSearch()
{
    setPickAction(PickAction::PairWithMentor);
    m_picker->input()->setFocus(Qt::ShortcutFocusReason);
    m_picker->input()->selectAll();
}

void MentorsPage::createNew()
{
    setPickAction(PickAction::MakeMentor);
    m_picker->input()->setFocus(Qt::ShortcutFocusReason);
    m_picker->input()->selectAll();
}

void MentorsPage::setPickAction(PickAction action)
{
    m_action = action;
    if (action == PickAction::MakeMentor) {
        m_actionHint->setText(tr("Enter: make the highlighted resident a digital ambassador."));
        return;
    }
    const int row = m_mentorsView->currentIndex().row();
    m_actionHint->setText(row >= 0 ? tr("Enter: pair the highlighted resident with %1.").arg(m_mentors->mentorAt(row).fullName)
                                   : tr("Select a mentor in the list, then type the mentee's name and press Enter."));
}

QString MentorsPage::selectedMentorId() const
{
    const QModelIndex current = m_mentorsView->currentIndex();
    return current.isValid() ? m_mentors->idAt(current.row()) : QString();
}

void MentorsPage::selectMentor(const QString& residentId)
{
    const int row = m_mentors->rowOf(residentId);
    if (row >= 0)
        m_mentorsView->selectRow(row);
}

void MentorsPage::reloadMentors()
{
    const QString keep = selectedMentorId();
    const int minimum = m_query->mentorMinimum();
    m_mentors->setMentors(m_query->mentors(m_hamlet->currentData().toString()), minimum);
    const auto plan = kpi::PlanCatalog::active(store());
    m_minimum->setText(plan ? tr("Each ambassador should guide at least %1 mentee(s) (plan %2).").arg(minimum).arg(plan->name)
                            : tr("Each ambassador should guide at least %1 mentee(s) (no plan chosen: default).").arg(minimum));
    m_summary->setText(tr("%1 ambassador(s), %2 below the minimum.")
                           .arg(m_mentors->rowCount())
                           .arg(m_mentors->belowMinimumCount()));
    if (!keep.isEmpty())
        selectMentor(keep);
    else if (m_mentors->rowCount() > 0)
        m_mentorsView->selectRow(0);
    reloadPairs();
    setPickAction(m_action);
}

void MentorsPage::reloadPairs()
{
    const QString mentor = selectedMentorId();
    QVector<RowListModel::Row> rows;
    if (!mentor.isEmpty()) {
        for (const MentorPairInfo& p : m_query->pairsOf(mentor)) {
            const QString status = p.status == QLatin1String("active")      ? tr("Active")
                                   : p.status == QLatin1String("completed") ? tr("Completed")
                                                                            : tr("Ended");
            rows.push_back({p.id, {p.menteeName, validation::formatDate(QDate::fromString(p.startedOn, Qt::ISODate)), status,
                                     validation::formatDate(QDate::fromString(p.endedOn, Qt::ISODate))}});
        }
    }
    m_pairs->setRows(rows);
    const int row = m_mentorsView->currentIndex().row();
    m_pairsHeading->setText(row >= 0 ? tr("Mentees of %1").arg(m_mentors->mentorAt(row).fullName)
                                     : tr("Select an ambassador to see their mentees."));
}

void MentorsPage::reloadNeeding()
{
    NeedsMentorFilter filter;
    filter.hamletId = m_hamlet->currentData().toString();
    filter.group = m_group->currentData().toString();
    m_needing->setFetch([this, filter](int offset, int limit) {
        QVector<RowListModel::Row> rows;
        for (const MenteeCandidate& c : m_query->needingMentor(filter, offset, limit))
            rows.push_back({c.residentId, {c.fullName, yearText(c.birthYear), c.hamletName, c.householdCode}});
        return rows;
    });
}

void MentorsPage::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #a41e1e;") : QString());
    if (!isError)
        emit statusMessage(text);
}

bool MentorsPage::makeMentor(const QString& residentId)
{
    EditRefusal refusal;
    if (!MentorEditor(store()).makeMentor(residentId, QDate::currentDate(), &refusal)) {
        showMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    reloadMentors();
    reloadNeeding();
    selectMentor(residentId);
    const auto row = m_mentors->rowOf(residentId);
    showMessage(tr("%1 is now a digital ambassador.").arg(row >= 0 ? m_mentors->mentorAt(row).fullName : QString()),
                false);
    m_picker->clear();
    setPickAction(PickAction::PairWithMentor);
    return true;
}

bool MentorsPage::pairWithSelectedMentor(const QString& menteeId)
{
    const QString mentor = selectedMentorId();
    EditRefusal refusal;
    const auto pairId = MentorEditor(store()).pair(mentor, menteeId, QDate::currentDate(), &refusal);
    if (!pairId) {
        showMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    const auto pair = m_query->pair(*pairId);
    reloadMentors();
    reloadNeeding();
    showMessage(tr("%1 now guides %2.").arg(pair ? pair->mentorName : QString(), pair ? pair->menteeName : QString()),
                false);
    m_picker->clear();
    return true;
}

bool MentorsPage::closeSelectedPair(bool completed)
{
    const QModelIndex current = m_pairsView->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select a mentee in the list first."), true);
        return false;
    }
    const QString pairId = m_pairs->idAt(current.row());
    const auto pair = m_query->pair(pairId);
    EditRefusal refusal;
    MentorEditor editor(store());
    const bool ok = completed ? editor.complete(pairId, QDate::currentDate(), &refusal)
                              : editor.end(pairId, QDate::currentDate(), &refusal);
    if (!ok) {
        showMessage(refusalText(refusal), true);
        return false;
    }
    emit storeWritten();
    reloadMentors();
    reloadNeeding();
    const QString name = pair ? pair->menteeName : QString();
    showMessage(completed ? tr("%1 completed the mentoring and counts as trained.").arg(name)
                          : tr("The pair with %1 was ended.").arg(name),
                false);
    return true;
}

} // namespace hocvuso
