#include "ui/pages/DashboardPage.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "ui/dialogs/KpiMembersDialog.h"
#include "ui/models/KpiHamletModel.h"
#include "ui/models/KpiTableModel.h"
#include "core/query/Lookups.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/PeriodSelector.h"
#include "ui/widgets/ProgressBarDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hocvuso {

namespace {
QTableView* makeView(QAbstractItemModel* model, int progressColumn, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegateForColumn(progressColumn, new ProgressBarDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Store meta key the sync client writes after a successful sync.
constexpr auto kLastSyncKey = "sync.last_success_at";
} // namespace

DashboardPage::DashboardPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("dashboardPlan"));
    // Plan names are long: the combo must not widen the window to fit them.
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(28);
    // Every indicator for one group the plans single out (elderly, women, ...).
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("dashboardGroup"));
    // Group names are long too: the list shows them whole, the combo stays narrow.
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(14);
    m_group->addItem(tr("All residents"), QString());
    for (const kpi::GroupDef& g : kpi::Groups::all())
        m_group->addItem(kpi::Groups::name(g), g.id);
    m_group->setToolTip(tr("Count only this group's residents. Indicators that are not about residents "
                           "have no value for a group."));
    m_planOnly = new QCheckBox(tr("Only the plan's indicators"), this);
    m_planOnly->setChecked(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0); // busy indicator: no known total
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_period);
    controls->addSpacing(12);
    auto* planLabel = buddyLabel(tr("&Plan:"), m_plan, this);
    controls->addWidget(planLabel);
    controls->addWidget(m_plan, 1);
    controls->addWidget(m_refresh);
    controls->addWidget(m_busyBar);
    // Second row: what the table shows (one group, the plan's indicators only).
    auto* filters = new QHBoxLayout;
    auto* groupLabel = buddyLabel(tr("&Group:"), m_group, this);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addSpacing(12);
    filters->addWidget(m_planOnly);
    filters->addStretch(1);
    // Tab reads the rows in order: period, plan, Refresh, then group and the check box.
    setTabOrder(m_plan, m_refresh);
    setTabOrder(m_refresh, m_group);
    setTabOrder(m_group, m_planOnly);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("dashboardSync"));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_sync);

    m_indicators = new KpiTableModel(this);
    m_indicatorView = makeView(m_indicators, KpiTableModel::Progress, this);
    m_indicatorView->setObjectName(QStringLiteral("indicatorView"));
    m_indicatorView->horizontalHeader()->setSectionResizeMode(KpiTableModel::Name, QHeaderView::Stretch);
    m_indicatorView->horizontalHeader()->setStretchLastSection(false);
    m_indicatorView->setColumnWidth(KpiTableModel::Result, 130);
    m_indicatorView->setColumnWidth(KpiTableModel::Percent, 80);
    m_indicatorView->setColumnWidth(KpiTableModel::Target, 80);
    m_indicatorView->setColumnWidth(KpiTableModel::Gap, 150);
    m_indicatorView->setColumnWidth(KpiTableModel::Progress, 200);

    m_hamlets = new KpiHamletModel(this);
    m_hamletView = makeView(m_hamlets, KpiHamletModel::Progress, this);
    m_hamletView->setObjectName(QStringLiteral("hamletView"));
    m_hamletView->setColumnWidth(KpiHamletModel::Hamlet, 220);
    m_hamletHeading = new QLabel(tr("Select an indicator to see it per hamlet."), this);
    m_hamletHeading->setWordWrap(true);
    auto* counted = new QPushButton(tr("Who is counted..."), this);
    counted->setObjectName(QStringLiteral("showCounted"));
    auto* missing = new QPushButton(tr("Who is missing..."), this);
    missing->setObjectName(QStringLiteral("showMissing"));
    auto* hamletButtons = new QHBoxLayout;
    hamletButtons->addWidget(m_hamletHeading, 1);
    hamletButtons->addWidget(counted);
    hamletButtons->addWidget(missing);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(hamletButtons);
    lowerLayout->addWidget(m_hamletView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_indicatorView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("dashboardNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addLayout(headingRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);

    connect(m_period, &PeriodSelector::periodChanged, this, &DashboardPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &DashboardPage::activatePlan);
    connect(m_group, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_planOnly, &QCheckBox::toggled, this, &DashboardPage::showTable);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardPage::showSelectedIndicator);
    connect(m_indicatorView, &QTableView::activated, this, [this] { openMembers(kpi::MemberSet::Counted); });
    connect(m_hamletView, &QTableView::activated, this, [this] { openMembers(kpi::MemberSet::Counted); });
    connect(counted, &QPushButton::clicked, this, [this] { openMembers(kpi::MemberSet::Counted); });
    connect(missing, &QPushButton::clicked, this, [this] { openMembers(kpi::MemberSet::Missing); });

    reloadPlans();
    updateSyncStatus();
}

QString DashboardPage::title() const
{
    return tr("Overview");
}

QIcon DashboardPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
}

void DashboardPage::activated()
{
    reloadPlans();
    updateSyncStatus();
    refresh();
}

void DashboardPage::reloadPlans()
{
    m_loadingPlans = true;
    const QString active = kpi::PlanCatalog::activeCode(store());
    m_plan->clear();
    m_plan->addItem(tr("(no plan: all indicators)"), QString());
    for (const kpi::Plan& plan : kpi::PlanCatalog::plans(store()))
        m_plan->addItem(QStringLiteral("%1 — %2").arg(plan.code, plan.name), plan.code);
    const int index = m_plan->findData(active);
    m_plan->setCurrentIndex(index < 0 ? 0 : index);
    m_loadingPlans = false;
}

void DashboardPage::activatePlan()
{
    if (m_loadingPlans)
        return;
    const QString code = m_plan->currentData().toString();
    if (code == kpi::PlanCatalog::activeCode(store()))
        return;
    // The choice is the store's active plan: reports use it too.
    StoreError error;
    if (!code.isEmpty() && !kpi::PlanCatalog::activate(store(), code, &error)) {
        QMessageBox::warning(this, tr("Plan"), tr("The plan could not be made active: %1").arg(error.displayText()));
        reloadPlans();
        return;
    }
    if (code.isEmpty())
        store().setMeta(QStringLiteral("active_plan"), QString());
    emit storeWritten();
    refresh();
}

void DashboardPage::refresh()
{
    if (m_busy) {
        m_refreshAgain = true;
        return;
    }
    const kpi::Period period = m_period->period();
    if (!period.isValid())
        return;
    m_busy = true;
    m_busyBar->show();
    m_refresh->setEnabled(false);
    kpi::KpiOptions options;
    options.planCode = m_plan->currentData().toString();
    options.group = m_group->currentData().toString();
    auto result = std::make_shared<kpi::KpiTable>();
    auto* task = BackgroundTask::start(
        store().path(),
        [period, options, result](Store& worker, TaskControl&, QString* error) {
            BackgroundTask::usePassingPageCache(worker); // its cache goes when the task ends
            *result = kpi::KpiEngine(worker).compute(period, options);
            if (!result->error.isEmpty())
                *error = result->error;
            return QVariant();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result](const QVariant&, const QString& error, bool) {
        m_busy = false;
        m_busyBar->hide();
        m_refresh->setEnabled(true);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        m_table = *result;
        showTable();
        updateSyncStatus();
        if (!error.isEmpty())
            m_note->setText(tr("Some indicators could not be computed: %1").arg(error));
        emit computed();
    });
}

void DashboardPage::showTable()
{
    const QString selected = m_hamlets->indicator();
    m_indicators->setTable(m_table, m_planOnly->isChecked() && m_table.plan.has_value());
    const QString planName = m_table.plan ? m_table.plan->name : tr("no plan");
    const QString period = QLocale().language() == QLocale::Vietnamese ? m_table.period.labelVi()
                                                                       : m_table.period.labelEn();
    const kpi::GroupDef* group = kpi::Groups::find(m_table.group);
    m_heading->setText(group ? tr("%1 — %2 (plan: %3) — group: %4")
                                   .arg(m_table.communeName, period, planName, kpi::Groups::name(*group))
                             : tr("%1 — %2 (plan: %3)").arg(m_table.communeName, period, planName));
    QStringList notes;
    if (m_table.unknownAge > 0)
        notes << tr("%Ln resident(s) have no birth date or year and are left out of the age-bound indicators.",
                    nullptr, int(m_table.unknownAge));
    notes << tr("Denominators come from the population baselines of %1 (Settings).").arg(m_table.period.targetYear());
    if (group)
        notes << tr("For a group, the denominator is the group's baseline where it counts exactly the indicator's "
                    "people, otherwise the group's residents recorded here.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    const int row = m_indicators->rowOf(selected);
    m_indicatorView->selectRow(row >= 0 ? row : 0);
    showSelectedIndicator();
}

void DashboardPage::selectIndicator(const QString& indicator)
{
    const int row = m_indicators->rowOf(indicator);
    if (row >= 0)
        m_indicatorView->selectRow(row);
    showSelectedIndicator();
}

void DashboardPage::showSelectedIndicator()
{
    const kpi::KpiRow* row = m_indicators->rowAt(m_indicatorView->currentIndex().row());
    m_hamlets->setRow(m_table, row);
    m_hamletHeading->setText(row ? tr("Per hamlet: %1").arg(KpiTableModel::indicatorName(row->indicator, m_table.mentorMin))
                                 : tr("Select an indicator to see it per hamlet."));
}

QString DashboardPage::selectedHamletId() const
{
    // A selected hamlet row narrows the list; none selected means the whole commune.
    const QModelIndexList rows = m_hamletView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_hamlets->hamletIdAt(rows.first().row());
}

KpiMembersDialog* DashboardPage::openMembers(kpi::MemberSet which)
{
    const kpi::KpiRow* row = m_indicators->rowAt(m_indicatorView->currentIndex().row());
    if (!row)
        return nullptr;
    if (!row->groupApplicable) {
        m_hamletHeading->setText(tr("%1 is not about residents: it has no value and no list for a group.")
                                     .arg(KpiTableModel::indicatorName(row->indicator, m_table.mentorMin)));
        return nullptr;
    }
    auto* dialog = new KpiMembersDialog(store().path(), m_table, row->indicator, which, selectedHamletId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void DashboardPage::updateSyncStatus()
{
    const qint64 pending = store().pendingChanges();
    const QDateTime last = QDateTime::fromString(store().meta(QString::fromLatin1(kLastSyncKey)), Qt::ISODate);
    const QString lastText = last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("never");
    m_sync->setText(tr("%Ln change(s) waiting to sync · last sync: %1", nullptr, int(pending)).arg(lastText));
}

} // namespace hocvuso
