#pragma once

#include <QString>

#include <functional>

namespace hocvuso {

class Store;

// Exports one list (see ListColumns) as CSV for Excel: UTF-8 with BOM, the
// Vietnamese headers, live rows only, readable values (hamlet names,
// household codes, dd/MM/yyyy dates, "x" for yes, Nam/Nữ) and the id
// columns, so that the file imports back onto the same rows.
class ListExporter
{
public:
    // Called before the first row and every few thousand rows with the rows
    // written so far; returning false cancels: exportList() then returns
    // false with the error "cancelled" and leaves no file behind (an
    // existing file at `path` stays as it was).
    using Progress = std::function<bool(qint64 rowsWritten)>;
    static bool exportList(Store& store, const QString& list, const QString& path, QString* error,
                           const Progress& progress = {}, qint64* rows = nullptr);
    // The template of a list: the header and one example row.
    static bool writeTemplate(const QString& list, const QString& path, QString* error);
};

} // namespace hocvuso
