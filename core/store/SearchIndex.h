#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hocvuso {

// The folded search key of a resident and its FTS5 trigram index.
// search_key = fold(full name) + ' ' + CCCD + ' ' + phone, so a substring
// query typed without diacritics finds any of them.
class SearchIndex
{
public:
    static QString residentKey(const QString& fullName, const QString& cccd, const QString& phone);
    // The same from text::fold(fullName), for a caller that has it already.
    static QString residentKeyOfFolded(const QString& foldedName, const QString& cccd, const QString& phone);

    // For bulk writers (BulkWriter::deferInsertLogging): the per-row trigger
    // that indexes a new resident, and one statement that indexes the
    // residents with rowid in (?1, ?2] instead. SQLite 3.40's FTS5 writes its
    // pending entries to disk at every statement, so indexing row by row
    // costs ~45 µs a resident; in one statement ~5 µs.
    static QString insertTriggerName();
    static QString indexInsertsSql();

    // Schema step 2: the column, its index and the FTS table (triggers come with the backfill).
    static QStringList createStatements();
    // Computes the key of every resident already stored (inside the
    // migration's transaction) and rebuilds the FTS index.
    static bool backfill(QSqlDatabase& db, QString* error);
};

} // namespace hocvuso
