#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <algorithm>

namespace hocvuso {

class Store;

// The non-template part of ChunkedListModel: moc reads no templates, so the
// signal and the constants live here.
class ChunkedListModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    // Rows read at a time: a few screenfuls, one cheap query.
    static constexpr int kChunk = 200;

signals:
    void totalChanged(qint64 total);

protected:
    using QAbstractTableModel::QAbstractTableModel;
};

// A long store list read lazily: rows are read in chunks as the view scrolls
// (canFetchMore/fetchMore), each chunk after the last loaded row (keyset
// paging), so opening a 300,000-resident commune reads one chunk and one
// count. Subclasses add the columns. Query reads the rows, as the core list
// queries do: rows(filter, const Row* after, int limit) and count(filter);
// Row has an id.
template <class Query, class Filter, class Row>
class ChunkedListModel : public ChunkedListModelBase
{
public:
    const Filter& filter() const { return m_filter; }
    // Re-reads the rows after a write, keeping as many loaded as before.
    void reload() { readFirst(m_filter, std::max<int>(kChunk, int(m_rows.size()))); }
    // Every row matching the filter (not only the loaded ones).
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString(); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_fetching;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || m_atEnd || m_fetching)
            return;
        m_fetching = true;
        QVector<Row> more = readAfterLast(kChunk);
        m_atEnd = more.size() < kChunk;
        if (!more.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
            m_rows += more;
            endInsertRows();
        }
        m_fetching = false;
    }

protected:
    ChunkedListModel(Store& store, QObject* parent) : ChunkedListModelBase(parent), m_query(store) {}

    // Sets the filter, reads the first `limit` matching rows and counts them all.
    void readFirst(Filter filter, int limit)
    {
        beginResetModel();
        m_filter = std::move(filter);
        m_rows.clear();
        m_rows = readAfterLast(limit);
        m_atEnd = m_rows.size() < limit;
        endResetModel();
        const qint64 total = m_query.count(m_filter);
        m_total = total >= 0 ? total : qint64(m_rows.size());
        emit totalChanged(m_total);
    }
    const QVector<Row>& rows() const { return m_rows; }

private:
    QVector<Row> readAfterLast(int limit)
    {
        return m_query.rows(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), limit);
    }

    Query m_query;
    Filter m_filter;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    // Views ask for more from inside rowsInserted; one fetch at a time.
    bool m_fetching = false;
};

} // namespace hocvuso
