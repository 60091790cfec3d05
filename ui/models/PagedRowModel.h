#pragma once

#include "ui/models/RowListModel.h"

#include <QAbstractTableModel>

#include <functional>

namespace hocvuso {

// A read-only list read from the store a page at a time, as the view
// scrolls (canFetchMore/fetchMore): for lists that can hold tens of
// thousands of rows, such as the households never visited.
class PagedRowModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = RowListModel::IdRole };
    using Fetch = std::function<QVector<RowListModel::Row>(int offset, int limit)>;

    PagedRowModel(QStringList headers, int pageSize, QObject* parent = nullptr);
    // Replaces what is listed and reads the first page.
    void setFetch(Fetch fetch);
    void reload();
    QString idAt(int row) const;
    const RowListModel::Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QStringList m_headers;
    int m_pageSize;
    Fetch m_fetch;
    QVector<RowListModel::Row> m_rows;
    bool m_exhausted = true;
    // A view may ask for more while a reset or an insertion is still being
    // announced to others (e.g. a model tester): those requests wait for the next scroll.
    bool m_announcing = false;
};

} // namespace hocvuso
