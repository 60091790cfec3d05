#include "ui/models/PagedRowModel.h"

namespace hocvuso {

PagedRowModel::PagedRowModel(QStringList headers, int pageSize, QObject* parent)
    : RowPageModel(std::move(headers), parent), m_pageSize(std::max(1, pageSize))
{
}

void PagedRowModel::setFetch(Fetch fetch)
{
    m_fetch = std::move(fetch);
    reload();
}

void PagedRowModel::reload()
{
    QVector<RowListModel::Row> first;
    if (m_fetch)
        first = m_fetch(0, m_pageSize);
    m_exhausted = !m_fetch || first.size() < m_pageSize;
    resetRows(std::move(first));
}

bool PagedRowModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !announcing();
}

void PagedRowModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<RowListModel::Row> more = m_fetch(loadedRows(), m_pageSize);
    m_exhausted = more.size() < m_pageSize;
    appendRows(std::move(more));
}

} // namespace hocvuso
