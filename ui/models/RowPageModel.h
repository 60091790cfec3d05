#pragma once

#include "ui/models/RowListModel.h"

#include <QAbstractTableModel>

namespace hocvuso {

// What the lists read a page at a time share: the headers, the rows read so
// far, their ids and how they show. Subclasses decide how pages arrive
// (canFetchMore/fetchMore) and add them with resetRows()/appendRows().
class RowPageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = RowListModel::IdRole };

    QString idAt(int row) const;
    const RowListModel::Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    RowPageModel(QStringList headers, QObject* parent);
    void resetRows(QVector<RowListModel::Row> rows);
    void appendRows(QVector<RowListModel::Row> rows);
    int loadedRows() const { return int(m_rows.size()); }
    // A view may ask for more while a reset or an insertion is still being
    // announced to others (e.g. a model tester): that request would repeat
    // the page being added, so subclasses offer nothing meanwhile.
    bool announcing() const { return m_announcing; }

private:
    QStringList m_headers;
    QVector<RowListModel::Row> m_rows;
    bool m_announcing = false;
};

} // namespace hocvuso
