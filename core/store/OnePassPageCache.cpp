#include "core/store/OnePassPageCache.h"

#include <QByteArray>

#include <sqlite3.h>

namespace hocvuso {

OnePassPageCache::OnePassPageCache(sqlite3* db) : m_db(db)
{
    if (!m_db)
        return;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cache_size", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        m_previous = sqlite3_column_int64(stmt, 0);
        m_known = true;
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(m_db, "PRAGMA cache_size = -1024", nullptr, nullptr, nullptr);
}

OnePassPageCache::~OnePassPageCache()
{
    if (!m_db || !m_known)
        return;
    QByteArray restore("PRAGMA cache_size = ");
    restore.append(QByteArray::number(m_previous));
    sqlite3_exec(m_db, restore.constData(), nullptr, nullptr, nullptr);
}

} // namespace hocvuso
