#include "ui/models/KpiTableModel.h"

#include "core/kpi/Indicators.h"

#include <QColor>
#include <QLocale>

namespace hocvuso {

KpiTableModel::KpiTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setTable(const kpi::KpiTable& table, bool planOnly)
{
    beginResetModel();
    m_rows.clear();
    for (const kpi::KpiRow& row : table.rows)
        if (!planOnly || row.inPlan)
            m_rows.append(row);
    m_mentorMin = table.mentorMin;
    m_forGroup = !table.group.isEmpty();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Result, Result);
}

const kpi::KpiRow* KpiTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int KpiTableModel::rowOf(const QString& indicator) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].indicator == indicator)
            return i;
    return -1;
}

int KpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kpi::KpiRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (!row.groupApplicable && index.column() != Name)
            return index.column() == Result ? tr("not applicable to a group") : QStringLiteral("—");
        switch (index.column()) {
        case Name:
            return indicatorName(row.indicator, m_mentorMin);
        case Result:
            return resultText(row.total);
        case Percent:
            return percentText(row.total.percent);
        case Target:
            return percentText(row.target);
        case Gap:
            if (!row.gap)
                return QStringLiteral("—");
            return *row.gap > 0 ? tr("%1 points behind").arg(QLocale().toString(*row.gap, 'f', 1))
                                : tr("on target");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            const kpi::IndicatorDef* def = kpi::Indicators::find(row.indicator);
            return def ? QString::fromLatin1(def->rule) : QString();
        }
        if (index.column() == Result && !row.groupApplicable)
            return tr("This indicator is not about residents, so it has no value for a group.");
        if (index.column() == Result && row.recordedDenominator)
            return tr("Out of the group's residents recorded here: the baseline has no count of exactly these people.");
        if (index.column() == Result && row.outsideBaseline > 0)
            return tr("%Ln more counted where no baseline was entered for the year (not in the result)", nullptr,
                      int(row.outsideBaseline));
        return {};
    case Qt::ForegroundRole:
        return index.column() == Gap ? gapColour(row.gap) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case KpiRoles::IndicatorIdRole:
        return row.indicator;
    case KpiRoles::PercentRole:
        return row.total.percent ? QVariant(*row.total.percent) : QVariant();
    case KpiRoles::TargetRole:
        return row.target ? QVariant(*row.target) : QVariant();
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Indicator");
    case Result:
        return m_forGroup ? tr("Counted / population") : tr("Counted / baseline");
    case Percent:
        return tr("Result");
    case Target:
        return tr("Target");
    case Gap:
        return tr("Gap");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

QString KpiTableModel::indicatorName(const QString& id, int mentorMin)
{
    const kpi::IndicatorDef* def = kpi::Indicators::find(id);
    if (!def)
        return id;
    // The plans' own wording when the UI speaks Vietnamese.
    QString name = QLocale().language() == QLocale::Vietnamese ? def->nameVi : kpi::Indicators::name(*def);
    if (id == QLatin1String("mentor_load"))
        name.replace(QLatin1Char('N'), QString::number(mentorMin));
    return name;
}

QString KpiTableModel::percentText(const std::optional<double>& percent)
{
    if (!percent)
        return QStringLiteral("—");
    return QLocale().toString(*percent, 'f', 1) + QStringLiteral(" %");
}

QString KpiTableModel::resultText(const kpi::KpiValue& value)
{
    if (!value.denominator)
        return QLocale().toString(value.numerator);
    return QStringLiteral("%1 / %2").arg(QLocale().toString(value.numerator), QLocale().toString(*value.denominator));
}

QVariant KpiTableModel::gapColour(const std::optional<double>& gap)
{
    if (!gap)
        return {};
    if (*gap <= 0.0)
        return QColor(0x1B, 0x7F, 0x3A);
    return *gap > 10.0 ? QColor(0xC6, 0x28, 0x28) : QColor(0xB2, 0x6A, 0x00);
}

} // namespace hocvuso
