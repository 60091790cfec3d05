#pragma once

#include "ui/models/RowListModel.h"

#include <QAbstractTableModel>

namespace hocvuso {

// The rows behind an indicator, a page at a time: holds the pages read so
// far and the total, and asks for the next page (moreWanted) when a view
// scrolls to the end. Whoever owns it reads the page off the GUI thread and
// hands it back with appendPage(): a 200,000-name list never sits in memory whole.
class KpiMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = RowListModel::IdRole };

    explicit KpiMemberModel(QStringList headers, QObject* parent = nullptr);

    // A new list: its first page and how many rows it has in all.
    void setFirstPage(QVector<RowListModel::Row> rows, qint64 total);
    void appendPage(QVector<RowListModel::Row> rows);
    // While a page is being read, views are not offered another one.
    void setLoading(bool loading) { m_loading = loading; }
    qint64 total() const { return m_total; }
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The rows from `offset` on are wanted.
    void moreWanted(int offset);

private:
    QStringList m_headers;
    QVector<RowListModel::Row> m_rows;
    qint64 m_total = 0;
    bool m_loading = false;
    // A view may ask for more while rows are still being announced (e.g. a
    // model tester): that request would repeat the page being added.
    bool m_announcing = false;
};

} // namespace hocvuso
