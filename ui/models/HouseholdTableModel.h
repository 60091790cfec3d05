#pragma once

#include "core/query/HouseholdListQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hocvuso {

class Store;

// Households of the commune, lazily in chunks ordered by code, with their
// member count and whether they are a "Gia đình số" (at least one trained member).
class HouseholdTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Head, Hamlet, Address, Members, DigitalFamily, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kChunk = 200;

    explicit HouseholdTableModel(Store& store, QObject* parent = nullptr);
    // search: household code, head name, or any member's name (diacritics optional).
    void setFilter(const QString& hamletId, const QString& search);
    void reload();
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalChanged(qint64 total);

private:
    using Row = HouseholdListRow;
    QVector<Row> readChunk(int limit);

    HouseholdListQuery m_query;
    HouseholdListFilter m_filter;
    QVector<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    // Views ask for more from inside rowsInserted; one fetch at a time.
    bool m_fetching = false;
};

} // namespace hocvuso
