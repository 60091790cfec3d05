#include "core/store/Database.h"

#include "core/store/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hocvuso {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hocvuso-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool pragma(QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = QStringLiteral("%1 failed: %2").arg(statement, q.lastError().text());
    return false;
}
} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection)),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error, int targetVersion)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase& db = database->m_db;
    db.setDatabaseName(path);
    // Another connection (a worker, the sync thread) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    // WAL: readers never block the writer; FULL: a committed record survives power loss.
    for (const char* p : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (!pragma(db, QString::fromLatin1(p), error))
            return nullptr;
    }
    const int target = targetVersion < 0 ? Migrations::currentVersion : targetVersion;
    if (!Migrations::migrate(db, error, target))
        return nullptr;
    return database;
}

void* Database::nativeHandle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<void* const*>(v.data());
    return nullptr;
}

} // namespace hocvuso
