#include "ui/models/KpiHamletModel.h"

#include "ui/models/KpiTableModel.h"

#include <QLocale>

namespace hocvuso {

KpiHamletModel::KpiHamletModel(QObject* parent) : QAbstractTableModel(parent) {}

void KpiHamletModel::setRow(const kpi::KpiTable& table, const kpi::KpiRow* row)
{
    beginResetModel();
    m_lines.clear();
    m_indicator = row ? row->indicator : QString();
    m_target = row ? row->target : std::nullopt;
    if (row) {
        for (const kpi::KpiHamletCell& cell : row->perHamlet) {
            const QString name = cell.hamletId.isEmpty() ? tr("(no hamlet)") : table.hamletName(cell.hamletId);
            m_lines.append({cell.hamletId, name, cell.value});
        }
    }
    endResetModel();
}

QString KpiHamletModel::hamletIdAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].hamletId : QString();
}

int KpiHamletModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int KpiHamletModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiHamletModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Hamlet:
            return line.name;
        case Counted:
            return QLocale().toString(line.value.numerator);
        case Baseline:
            return line.value.denominator ? QLocale().toString(*line.value.denominator) : QStringLiteral("—");
        case Percent:
            return KpiTableModel::percentText(line.value.percent);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Hamlet ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Percent && line.value.percent && m_target)
            return KpiTableModel::gapColour(*m_target - *line.value.percent);
        return {};
    case KpiRoles::IndicatorIdRole:
        return m_indicator;
    case KpiRoles::HamletIdRole:
        return line.hamletId;
    case KpiRoles::PercentRole:
        return line.value.percent ? QVariant(*line.value.percent) : QVariant();
    case KpiRoles::TargetRole:
        return m_target ? QVariant(*m_target) : QVariant();
    default:
        return {};
    }
}

QVariant KpiHamletModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hamlet:
        return tr("Hamlet");
    case Counted:
        return tr("Counted");
    case Baseline:
        return tr("Baseline");
    case Percent:
        return tr("Result");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace hocvuso
