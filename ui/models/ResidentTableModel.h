#pragma once

#include "core/query/ResidentListQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hocvuso {

class Store;

// The residents list, lazily: rows are read in chunks as the view scrolls
// (canFetchMore/fetchMore) by ResidentListQuery, so opening a
// 300,000-resident commune reads one chunk and one count.
class ResidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Born, Sex, Cccd, Phone, Hamlet, Digital, Trained, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kChunk = 200;

    explicit ResidentTableModel(Store& store, QObject* parent = nullptr);

    void setFilter(const ResidentListFilter& filter);
    const ResidentListFilter& filter() const { return m_filter; }
    // Re-reads the rows after a write, keeping as many loaded as before.
    void reload();
    // Every resident matching the filter (not only the loaded rows).
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalChanged(qint64 total);

private:
    using Row = ResidentListRow;
    QVector<Row> readChunk(int limit);
    void countTotal();

    ResidentListQuery m_query;
    ResidentListFilter m_filter;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    // Views ask for more from inside rowsInserted; one fetch at a time.
    bool m_fetching = false;
};

} // namespace hocvuso
