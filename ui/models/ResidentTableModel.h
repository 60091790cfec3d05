#pragma once

#include "core/query/ResidentListQuery.h"
#include "ui/models/ChunkedListModel.h"

namespace hocvuso {

using ResidentChunks = ChunkedListModel<ResidentListQuery, ResidentListFilter, ResidentListRow>;

// The residents list, lazily in chunks read by ResidentListQuery.
class ResidentTableModel final : public ResidentChunks
{
    Q_OBJECT
public:
    enum Column { Name, Born, Sex, Cccd, Phone, Hamlet, Digital, Trained, ColumnCount };

    explicit ResidentTableModel(Store& store, QObject* parent = nullptr);

    // A new filter starts again from one chunk.
    void setFilter(const ResidentListFilter& filter);
    int rowOf(const QString& id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace hocvuso
