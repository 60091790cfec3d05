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

    // Schema step 2: the column, its index and the FTS table (triggers come with the backfill).
    static QStringList createStatements();
    // Computes the key of every resident already stored (inside the
    // migration's transaction) and rebuilds the FTS index.
    static bool backfill(QSqlDatabase& db, QString* error);
};

} // namespace hocvuso
