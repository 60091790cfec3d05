#include "ui/models/RowPageModel.h"

namespace hocvuso {

RowPageModel::RowPageModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void RowPageModel::resetRows(QVector<RowListModel::Row> rows)
{
    m_announcing = true;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_announcing = false;
}

void RowPageModel::appendRows(QVector<RowListModel::Row> rows)
{
    if (rows.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    m_announcing = false;
}

QString RowPageModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int RowPageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowPageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowPageModel::data(const QModelIndex& index, int role) const
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

QVariant RowPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace hocvuso
