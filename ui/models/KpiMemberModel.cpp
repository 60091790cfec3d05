#include "ui/models/KpiMemberModel.h"

namespace hocvuso {

KpiMemberModel::KpiMemberModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void KpiMemberModel::setFirstPage(QVector<RowListModel::Row> rows, qint64 total)
{
    m_announcing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_total = std::max<qint64>(total, m_rows.size());
    endResetModel();
    m_announcing = false;
}

void KpiMemberModel::appendPage(QVector<RowListModel::Row> rows)
{
    if (rows.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    m_total = std::max<qint64>(m_total, m_rows.size());
    endInsertRows();
    m_announcing = false;
}

QString KpiMemberModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int KpiMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant KpiMemberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowListModel::Row& r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return r.cells.value(index.column());
    return {};
}

QVariant KpiMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool KpiMemberModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_announcing && m_rows.size() < m_total;
}

void KpiMemberModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true; // until the owner hands the page back
    emit moreWanted(int(m_rows.size()));
}

} // namespace hocvuso
