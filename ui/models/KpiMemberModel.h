#pragma once

#include "ui/models/RowPageModel.h"

namespace hocvuso {

// The rows behind an indicator, a page at a time: holds the pages read so
// far and the total, and asks for the next page (moreWanted) when a view
// scrolls to the end. Whoever owns it reads the page off the GUI thread and
// hands it back with appendPage(): a 200,000-name list never sits in memory whole.
class KpiMemberModel final : public RowPageModel
{
    Q_OBJECT
public:
    explicit KpiMemberModel(QStringList headers, QObject* parent = nullptr);

    // A new list: its first page and how many rows it has in all.
    void setFirstPage(QVector<RowListModel::Row> rows, qint64 total);
    void appendPage(QVector<RowListModel::Row> rows);
    // While a page is being read, views are not offered another one.
    void setLoading(bool loading) { m_loading = loading; }
    qint64 total() const { return m_total; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The rows from `offset` on are wanted.
    void moreWanted(int offset);

private:
    qint64 m_total = 0;
    bool m_loading = false;
};

} // namespace hocvuso
