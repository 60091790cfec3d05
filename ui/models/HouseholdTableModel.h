#pragma once

#include "core/query/HouseholdListQuery.h"
#include "ui/models/ChunkedListModel.h"

namespace hocvuso {

using HouseholdChunks = ChunkedListModel<HouseholdListQuery, HouseholdListFilter, HouseholdListRow>;

// Households of the commune, lazily in chunks ordered by code, with their
// member count and whether they are a "Gia đình số" (at least one trained member).
class HouseholdTableModel final : public HouseholdChunks
{
    Q_OBJECT
public:
    enum Column { Code, Head, Hamlet, Address, Members, DigitalFamily, ColumnCount };

    explicit HouseholdTableModel(Store& store, QObject* parent = nullptr);
    // search: household code, head name, or any member's name (diacritics optional).
    // Keeps as many rows loaded as before, as reload() does.
    void setFilter(const QString& hamletId, const QString& search);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace hocvuso
