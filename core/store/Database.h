#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hocvuso {

// One named QSqlDatabase connection to a store file, configured for
// durability (WAL, synchronous=FULL, foreign keys) and migrated to the
// current schema. Qt connections belong to the thread that opened them:
// a worker thread opens its own Database on the same file.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString& path, QString* error,
                                          int targetVersion = -1 /* current */);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }
    QString connectionName() const { return m_connection; }

    // Native sqlite3* of this connection, for the few paths (bulk import)
    // where Qt Sql's per-row overhead matters.
    void* nativeHandle() const;

private:
    Database(QString path, QString connection);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace hocvuso
