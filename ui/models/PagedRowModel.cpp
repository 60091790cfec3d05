#include "ui/models/PagedRowModel.h"

namespace hocvuso {

PagedRowModel::PagedRowModel(QStringList headers, int pageSize, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers)), m_pageSize(std::max(1, pageSize))
{
}

void PagedRowModel::setFetch(Fetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void PagedRowModel::reload()
{
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = !m_fetch;
    if (m_fetch) {
        m_rows = m_fetch(0, m_pageSize);
        m_exhausted = m_rows.size() < m_pageSize;
    }
    endResetModel();
    m_announcing = false;
}

QString PagedRowModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int PagedRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedRowModel::data(const QModelIndex& index, int role) const
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

QVariant PagedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedRowModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_announcing;
}

void PagedRowModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_announcing)
        return;
    QVector<RowListModel::Row> more = m_fetch(int(m_rows.size()), m_pageSize);
    m_exhausted = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_announcing = false;
}

} // namespace hocvuso
