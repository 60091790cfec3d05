#pragma once

#include "core/kpi/KpiEngine.h"
#include "ui/pages/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hocvuso {

class KpiHamletModel;
class KpiMembersDialog;
class KpiTableModel;
class PeriodSelector;

// Tổng quan: every indicator of the active plan for a period — value,
// target, gap and a bar — with the selected indicator per hamlet, a
// drill-down to the people behind it, and the sync backlog. Computing runs
// on a worker thread with its own store connection.
class DashboardPage final : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Recomputes for the chosen period and plan (again when already busy).
    void refresh();
    bool isBusy() const { return m_busy; }
    const kpi::KpiTable& table() const { return m_table; }
    KpiTableModel* indicators() const { return m_indicators; }
    KpiHamletModel* hamlets() const { return m_hamlets; }
    PeriodSelector* periodSelector() const { return m_period; }
    QComboBox* planSelector() const { return m_plan; }
    // "All residents" (empty data) or a group id of kpi::Groups::all().
    QComboBox* groupSelector() const { return m_group; }
    void selectIndicator(const QString& indicator);
    // Opens (non-modal) the drill-down of the selected indicator and hamlet.
    KpiMembersDialog* openMembers(kpi::MemberSet which);

signals:
    // A computation finished and the tables show its result.
    void computed();

private:
    void reloadPlans();
    void activatePlan();
    void showTable();
    void showSelectedIndicator();
    void updateSyncStatus();
    QString selectedHamletId() const;

    kpi::KpiTable m_table;
    KpiTableModel* m_indicators = nullptr;
    KpiHamletModel* m_hamlets = nullptr;
    PeriodSelector* m_period = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_group = nullptr;
    QCheckBox* m_planOnly = nullptr;
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_sync = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_hamletHeading = nullptr;
    QTableView* m_indicatorView = nullptr;
    QTableView* m_hamletView = nullptr;
    bool m_busy = false;
    bool m_refreshAgain = false;
    bool m_loadingPlans = false;
};

} // namespace hocvuso
