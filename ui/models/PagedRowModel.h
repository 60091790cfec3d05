#pragma once

#include "ui/models/RowPageModel.h"

#include <functional>

namespace hocvuso {

// A read-only list read from the store a page at a time, as the view
// scrolls (canFetchMore/fetchMore): for lists that can hold tens of
// thousands of rows, such as the households never visited.
class PagedRowModel final : public RowPageModel
{
    Q_OBJECT
public:
    using Fetch = std::function<QVector<RowListModel::Row>(int offset, int limit)>;

    PagedRowModel(QStringList headers, int pageSize, QObject* parent = nullptr);
    // Replaces what is listed and reads the first page.
    void setFetch(Fetch fetch);
    void reload();

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    int m_pageSize;
    Fetch m_fetch;
    bool m_exhausted = true;
};

} // namespace hocvuso
