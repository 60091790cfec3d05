#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hocvuso {

// Brings a store to the current schema: each step in one transaction,
// cumulative `from <= N` steps as in qBittorrent's resume-data store. The
// change-log triggers are derived from the entity catalogue and are rebuilt
// after every upgrade, so they always match the tables.
class Migrations
{
public:
    static constexpr int currentVersion = 10;

    static int versionOf(QSqlDatabase& db);
    // Upgrades to `target` (the current version unless a test asks for an
    // older one to fill a database "as it was").
    static bool migrate(QSqlDatabase& db, QString* error, int target = currentVersion);
};

} // namespace hocvuso
