#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hocvuso {

// One change-log entry as sync pushes it: `fields` holds the changed
// columns and their values (for an insert, every logged column).
struct LoggedChange
{
    qint64 seq = 0;
    QString entity;
    QString rowId;
    QString op;
    QJsonObject fields;
    // From readCompact() instead of `fields`: the same object as compact JSON,
    // keys in order, byte for byte as QJsonDocument::toJson(Compact) writes it.
    QByteArray fieldsJson;
    qint64 hlc = 0;
    QString deviceId;
};

// Reads the change log (the outbox). An insert entry logged as
// ChangeLogTriggers::wholeRow() carries no copy of the row: it is read with
// every logged column of the row as the row is now, in the same SQLite
// statement, so the entry and the values come from one snapshot.
//
// Why pushing current values under the insert's HLC converges: the row's
// later local writes are logged after the insert (larger seq, newer HLC),
// so they are pushed after it, in the same batch or a later one, and each
// carries the value the row now holds. A field changed after the insert is
// therefore sent twice with the same final value: once under the insert's
// HLC, once under its own newer HLC. Last-writer-wins per field takes the
// newest HLC, which is the update's either way, so every replica ends with
// the value it would have had from the original insert followed by the
// update; only the (transient) value stamped with the insert's HLC differs.
// Remote changes pulled meanwhile do not touch such a row's fields: every
// field of a row with a pending insert is pending (PullApplier keeps them).
class ChangeLogReader
{
public:
    explicit ChangeLogReader(QSqlDatabase& db);
    ~ChangeLogReader();
    ChangeLogReader(const ChangeLogReader&) = delete;
    ChangeLogReader& operator=(const ChangeLogReader&) = delete;

    // Entries with afterSeq < seq <= upToSeq, in seq order, at most `limit`
    // (0: all). nullopt and *error when the log cannot be read or an insert
    // entry's row is gone (rows are never deleted, only tombstoned).
    std::optional<QVector<LoggedChange>> read(qint64 afterSeq, int limit, QString* error,
                                              qint64 upToSeq = std::numeric_limits<qint64>::max());
    // The same entries with `fieldsJson` set instead of `fields`: what push
    // sends. Rows are read through SQLite's own API, one prepared statement
    // per table kept for the reader's life, and their values written as JSON
    // directly (no JSON text from SQLite, no QJsonObject per entry); one read
    // transaction, so entries and row values are one snapshot. Not quite
    // read()'s values in two cases: a REAL keeps every digit (read() goes
    // through SQLite's JSON, 15 digits) and text that is not UTF-8 gets
    // U+FFFD (read() lost the entry's fields). The checksum hashes what is sent.
    std::optional<QVector<LoggedChange>> readCompact(qint64 afterSeq, int limit, QString* error,
                                                     qint64 upToSeq = std::numeric_limits<qint64>::max());

private:
    // SELECT of a table's logged columns, in key order, by id.
    struct RowStatement
    {
        sqlite3_stmt* statement = nullptr;
        QList<QByteArray> columns;
    };
    const RowStatement* rowStatement(const QString& entity, QString* error);

    QSqlDatabase& m_db;
    QString m_sql;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_logStatement = nullptr;
    QHash<QString, RowStatement> m_rowStatements;
    QByteArray m_fieldsScratch; // where readCompact() writes a row's fields
};

} // namespace hocvuso
