#include "ui/models/KpiMemberModel.h"

namespace hocvuso {

KpiMemberModel::KpiMemberModel(QStringList headers, QObject* parent) : RowPageModel(std::move(headers), parent) {}

void KpiMemberModel::setFirstPage(QVector<RowListModel::Row> rows, qint64 total)
{
    m_total = std::max<qint64>(total, rows.size());
    resetRows(std::move(rows));
}

void KpiMemberModel::appendPage(QVector<RowListModel::Row> rows)
{
    m_total = std::max<qint64>(m_total, loadedRows() + rows.size());
    appendRows(std::move(rows));
}

bool KpiMemberModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !announcing() && loadedRows() < m_total;
}

void KpiMemberModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true; // until the owner hands the page back
    emit moreWanted(loadedRows());
}

} // namespace hocvuso
