#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hocvuso {

// Makes it impossible for a local write to bypass the change log: SQLite
// triggers on every synced table append to `change_log` in the writing
// transaction itself, refuse hard deletes (deletes are tombstones that sync)
// and refuse updates that do not advance the row's HLC. Writes applied from
// the server run with `log_ctl.suppress = 1` and are not logged again.
class ChangeLogTriggers
{
public:
    // Drops and recreates the triggers of every synced table present at
    // `schemaVersion`, from the table's real columns.
    static bool install(QSqlDatabase& db, int schemaVersion, QString* error);

    // Columns that are local derivations, never logged nor synced.
    static QStringList localColumns();
    // Columns carried in the change log's `fields` JSON for a table.
    static QStringList loggedColumns(QSqlDatabase& db, const QString& table);
    // The `fields` of an insert entry: "every logged column, as the row holds
    // them when the entry is read" (see ChangeLogReader). Entries logged by
    // earlier versions carry the JSON object itself; both are read alike.
    static QString wholeRow();
    // An SQL expression: the JSON object of every logged column of `table`,
    // from the row named by `rowPrefix` ("NEW.", "r.").
    static QString rowFieldsJson(QSqlDatabase& db, const QString& table, const QString& rowPrefix);

    // For bulk writers (BulkWriter::deferInsertLogging): the name of the
    // per-row insert trigger of `table`, and one statement that logs, in
    // rowid order, exactly what that trigger would have logged for the rows
    // with rowid in (?1, ?2] (wholeRow() entries).
    static QString insertTriggerName(const QString& table);
    static QString logInsertsSql(QSqlDatabase& db, const QString& table);
};

// RAII: applies remote changes without logging them. Must be used inside a
// transaction so that a failure rolls the flag back with the data. Counts
// itself in meta 'unlogged_writes' so that readers that follow the log know.
class SuppressChangeLog
{
public:
    explicit SuppressChangeLog(QSqlDatabase& db);
    ~SuppressChangeLog();
    SuppressChangeLog(const SuppressChangeLog&) = delete;
    SuppressChangeLog& operator=(const SuppressChangeLog&) = delete;

private:
    QSqlDatabase& m_db;
    int m_previous = 0;
};

} // namespace hocvuso
