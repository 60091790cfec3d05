#pragma once

#include "core/kpi/KpiEngine.h"

#include <QAbstractTableModel>

namespace hocvuso {

// Roles shared by the KPI tables, read by ProgressBarDelegate.
namespace KpiRoles {
enum Role {
    IndicatorIdRole = Qt::UserRole + 1,
    PercentRole, // double, or invalid when there is no value
    TargetRole,  // double, or invalid when the plan sets none
    HamletIdRole,
};
}

// The indicators of one computed KpiTable: value, target, gap and a
// progress column (painted by ProgressBarDelegate).
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Result, Percent, Target, Gap, Progress, ColumnCount };

    explicit KpiTableModel(QObject* parent = nullptr);

    // Shows the rows of `table`; with planOnly, only the indicators the plan sets.
    void setTable(const kpi::KpiTable& table, bool planOnly);
    const kpi::KpiRow* rowAt(int row) const;
    int rowOf(const QString& indicator) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The indicator's name in the UI language ("N" of mentor_load replaced by the minimum).
    static QString indicatorName(const QString& id, int mentorMin);
    // "72,5 %" in the UI locale, "—" when there is no value.
    static QString percentText(const std::optional<double>& percent);
    // "12 / 15", or "12" when there is no denominator.
    static QString resultText(const kpi::KpiValue& value);
    // Red when far behind, amber when behind, green when on target.
    static QVariant gapColour(const std::optional<double>& gap);

private:
    QVector<kpi::KpiRow> m_rows;
    int m_mentorMin = 3;
    bool m_forGroup = false; // the table is for one group: denominators may be recorded residents
};

} // namespace hocvuso
