#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hocvuso {

// The folded search key of a resident and the schema that lets every
// connection's in-memory key index (core/search/SearchKeyIndex) follow it.
// search_key = fold(full name) + ' ' + CCCD + ' ' + phone, so a substring
// query typed without diacritics finds any of them.
class SearchIndex
{
public:
    static QString residentKey(const QString& fullName, const QString& cccd, const QString& phone);
    // The same from text::fold(fullName), for a caller that has it already.
    static QString residentKeyOfFolded(const QString& foldedName, const QString& cccd, const QString& phone);

    // The local table `resident_search_changes` records, by trigger, the
    // rowid of every resident inserted, deleted, or whose key, tombstone or
    // hamlet changed (a NULL rowid: "everything may have changed"). Readers
    // follow it by `seq`; it keeps only the latest few thousand entries.
    // For bulk writers (BulkWriter::deferInsertLogging): the per-row insert
    // trigger to drop, and one statement over rowids (?1, ?2] that replaces
    // it: a single "everything changed" entry when any row was inserted, so
    // a bulk import pays nothing per row and the next search reloads.
    static QString insertTriggerName();
    static QString recordInsertsSql();
    // The same for households (their insert trigger; recordInsertsSql()
    // replaces it too: the next search reloads the codes with the keys).
    static QString householdInsertTriggerName();

    // Schema step 2 (frozen): the column, its index and the FTS table.
    static QStringList createStatements();
    // Computes the key of every resident already stored (inside the
    // migration's transaction) and rebuilds the FTS index of step 2.
    static bool backfill(QSqlDatabase& db, QString* error);
    // Schema step 4: the FTS index gives way to the change record above.
    static QStringList version4Statements();
    // Schema step 10: the record also names households whose code, tombstone
    // or hamlet changed (household_rowid; resident_rowid is NULL in those
    // entries), so the in-memory household codes follow every write too.
    static QStringList version10Statements();
};

} // namespace hocvuso
