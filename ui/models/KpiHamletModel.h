#pragma once

#include "core/kpi/KpiEngine.h"

#include <QAbstractTableModel>

namespace hocvuso {

// One indicator broken down per hamlet: counted, baseline, percent and a
// progress column against the commune's target (ProgressBarDelegate).
class KpiHamletModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Hamlet, Counted, Baseline, Percent, Progress, ColumnCount };

    explicit KpiHamletModel(QObject* parent = nullptr);

    // Shows `row` with the hamlet names of `table`; nullptr clears.
    void setRow(const kpi::KpiTable& table, const kpi::KpiRow* row);
    QString indicator() const { return m_indicator; }
    // The hamlet id of a row ("" for records with no hamlet).
    QString hamletIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString hamletId;
        QString name;
        kpi::KpiValue value;
    };
    QString m_indicator;
    std::optional<double> m_target;
    QVector<Line> m_lines;
};

} // namespace hocvuso
