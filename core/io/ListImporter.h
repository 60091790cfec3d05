#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace hocvuso {

class Store;

struct ImportIssue
{
    enum class Severity { Error, Warning };
    qint64 row = 0;  // spreadsheet row: header = 1, first data row = 2 (records, not physical lines)
    QString column;  // the header as written in the file (empty for the whole row/file)
    QString value;   // the cell as written
    QString reason;
    Severity severity = Severity::Error;

    // "row 7, Số CCCD: '12345' — must be 12 digits"
    QString text() const;
    QJsonObject toJson() const;
};

struct ImportOptions
{
    bool onlyValid = false; // write the valid rows and report the others; else all or nothing
    bool dryRun = false;    // check and count, then write nothing
    // Called now and then with the rows done, the bytes read and the file size.
    std::function<void(qint64 rows, qint64 bytesRead, qint64 totalBytes)> progress;
    std::atomic_bool* cancel = nullptr; // set it to stop: nothing is written
};

struct ImportReport
{
    QString list;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QVector<ImportIssue> issues;
    bool committed = false; // the rows counted above are in the store
    bool cancelled = false;
    bool dryRun = false;    // checked only: the summary says so, errors or not
    QString fatalError;     // the file could not be imported at all (header, encoding, store)

    int errorCount() const;
    int warningCount() const;
    QJsonObject toJson() const;
    QString summary() const;
};

// Imports one list (see ListColumns) from a CSV file into the store, in one
// transaction through BulkWriter, so the change log records every row and a
// failure, a cancel or a crash leaves nothing half-written.
class ListImporter
{
public:
    static ImportReport import(Store& store, const QString& list, const QString& path,
                               const ImportOptions& options = {});
};

} // namespace hocvuso
