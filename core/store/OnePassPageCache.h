#pragma once

#include <QtGlobal>

struct sqlite3;

namespace hocvuso {

// For a read that visits each page once (a full load of every search key or
// every KPI column): SQLite's page cache would only fill with fresh memory,
// which costs more than the read and stays allocated (counted in the app's
// peak memory) until the connection closes. Shrinks the connection's cache
// for the scope and puts the previous size back.
class OnePassPageCache
{
public:
    explicit OnePassPageCache(sqlite3* db);
    ~OnePassPageCache();
    OnePassPageCache(const OnePassPageCache&) = delete;
    OnePassPageCache& operator=(const OnePassPageCache&) = delete;

private:
    sqlite3* m_db;
    qint64 m_previous = 0;
    bool m_known = false;
};

} // namespace hocvuso
