#include "core/search/SearchKeyIndex.h"

#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>

namespace hocvuso {

namespace {

// More changed rows than this since the last search: reading them one by one
// costs more than loading every key again.
constexpr int kMaxPatchedRows = 20000;
// The slice of the keys sampleCount() reads (~12,000 residents).
constexpr qsizetype kSampleBytes = 512 * 1024;

// Byte search: glibc's memmem is a vectorised two-way search; elsewhere the
// standard Boyer-Moore-Horspool (a query of one byte is a memchr anyway).
class ByteFinder
{
public:
    explicit ByteFinder(QByteArrayView needle)
        : m_needle(needle)
#ifndef __GLIBC__
          ,
          m_searcher(needle.begin(), needle.end())
#endif
    {
    }

    // Position of the needle in [from, end), or -1.
    qsizetype find(const char* begin, qsizetype from, qsizetype end) const
    {
        if (m_needle.size() == 1) {
            const void* at = std::memchr(begin + from, m_needle.front(), size_t(end - from));
            return at ? static_cast<const char*>(at) - begin : -1;
        }
#ifdef __GLIBC__
        const void* at = memmem(begin + from, size_t(end - from), m_needle.data(), size_t(m_needle.size()));
        return at ? static_cast<const char*>(at) - begin : -1;
#else
        const char* at = std::search(begin + from, begin + end, m_searcher);
        return at == begin + end ? -1 : at - begin;
#endif
    }

private:
    QByteArrayView m_needle;
#ifndef __GLIBC__
    std::boyer_moore_horspool_searcher<const char*> m_searcher;
#endif
};

QByteArrayView columnBytes(sqlite3_stmt* stmt, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, i)) : QByteArrayView();
}

} // namespace

std::shared_ptr<SearchKeyIndex> SearchKeyIndex::of(Store& store)
{
    // Connection names are never reused (Database numbers them), so an entry
    // can only ever point to this store's index or to an expired one.
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<SearchKeyIndex>> byConnection;
    const QString name = store.database().connectionName();
    QMutexLocker lock(&mutex);
    for (auto it = byConnection.begin(); it != byConnection.end();)
        it = it->second.expired() ? byConnection.erase(it) : std::next(it);
    std::shared_ptr<SearchKeyIndex> index = byConnection[name].lock();
    if (!index) {
        index = std::make_shared<SearchKeyIndex>(store);
        byConnection[name] = index;
    }
    return index;
}

SearchKeyIndex::SearchKeyIndex(Store& store)
    : m_store(store), m_db(static_cast<sqlite3*>(store.database().nativeHandle()))
{
}

SearchKeyIndex::~SearchKeyIndex()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

bool SearchKeyIndex::fail(QString* error) const
{
    if (error)
        *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
    return false;
}

bool SearchKeyIndex::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

sqlite3_stmt* SearchKeyIndex::statement(const char* sql, QString* error)
{
    const QByteArray key(sql);
    auto it = m_statements.constFind(key);
    if (it != m_statements.constEnd())
        return *it;
    sqlite3_stmt* stmt = nullptr;
    if (!m_db || sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        fail(error);
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_statements.insert(key, stmt);
    return stmt;
}

qint32 SearchKeyIndex::hamletIndex(QByteArrayView hamletId)
{
    if (hamletId.isEmpty())
        return -1;
    const QByteArray id = hamletId.toByteArray();
    auto it = m_hamletIndex.constFind(id);
    if (it != m_hamletIndex.constEnd())
        return *it;
    const qint32 index = qint32(m_hamletIndex.size());
    m_hamletIndex.insert(id, index);
    return index;
}

void SearchKeyIndex::append(qint64 rowid, QByteArrayView key, QByteArrayView hamletId)
{
    Entry e;
    e.rowid = rowid;
    e.offset = quint32(m_keys.size());
    e.length = quint32(key.size());
    e.hamlet = hamletIndex(hamletId);
    m_keys.append(key.data(), key.size());
    m_keys.append('\0'); // a needle never holds '\0': no match runs across two keys
    m_byRowid.insert(rowid, qint32(m_entries.size()));
    m_entries.push_back(e);
}

void SearchKeyIndex::remove(qint64 rowid)
{
    auto it = m_byRowid.find(rowid);
    if (it == m_byRowid.end())
        return;
    Entry& e = m_entries[size_t(*it)];
    e.alive = false;
    m_deadBytes += e.length + 1;
    m_byRowid.erase(it);
}

void SearchKeyIndex::compact()
{
    QByteArray keys;
    keys.reserve(m_keys.size() - m_deadBytes);
    std::vector<Entry> entries;
    entries.reserve(size_t(m_byRowid.size()));
    m_byRowid.clear();
    for (Entry e : m_entries) {
        if (!e.alive)
            continue;
        const quint32 from = e.offset;
        e.offset = quint32(keys.size());
        keys.append(m_keys.constData() + from, e.length + 1);
        m_byRowid.insert(e.rowid, qint32(entries.size()));
        entries.push_back(e);
    }
    m_keys = std::move(keys);
    m_entries = std::move(entries);
    m_deadBytes = 0;
}

bool SearchKeyIndex::load(QString* error)
{
    QElapsedTimer timer;
    timer.start();
    // The newest change first: anything written after it is read again by
    // the next refresh (applying a change twice is harmless).
    sqlite3_stmt* last = statement("SELECT coalesce(max(seq), 0) FROM resident_search_changes", error);
    sqlite3_stmt* all = statement("SELECT rowid, search_key, hamlet_id FROM residents WHERE deleted = 0", error);
    if (!last || !all)
        return false;
    if (sqlite3_step(last) != SQLITE_ROW) {
        sqlite3_reset(last);
        return fail(error);
    }
    const qint64 lastSeq = sqlite3_column_int64(last, 0);
    sqlite3_reset(last);

    m_keys.clear();
    m_entries.clear();
    m_byRowid.clear();
    m_hamletIndex.clear();
    m_deadBytes = 0;
    int rc;
    while ((rc = sqlite3_step(all)) == SQLITE_ROW)
        append(sqlite3_column_int64(all, 0), columnBytes(all, 1), columnBytes(all, 2));
    sqlite3_reset(all);
    if (rc != SQLITE_DONE) {
        m_loaded = false;
        return fail(error);
    }
    m_keys.squeeze();
    m_lastSeq = lastSeq;
    m_loaded = true;
    m_loadedInTransaction = inTransaction();
    m_unsettled.clear();
    ++m_fullLoads;
    m_lastLoadMs = double(timer.nsecsElapsed()) / 1e6;
    return true;
}

bool SearchKeyIndex::applyChanges(const QSet<qint64>& rowids, QString* error)
{
    sqlite3_stmt* row = statement("SELECT search_key, hamlet_id, deleted FROM residents WHERE rowid = ?1", error);
    if (!row)
        return false;
    for (const qint64 rowid : rowids) {
        sqlite3_bind_int64(row, 1, rowid);
        const int rc = sqlite3_step(row);
        remove(rowid);
        if (rc == SQLITE_ROW && sqlite3_column_int(row, 2) == 0)
            append(rowid, columnBytes(row, 0), columnBytes(row, 1));
        sqlite3_reset(row);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(error);
    }
    if (m_deadBytes > m_keys.size() / 4)
        compact();
    return true;
}

bool SearchKeyIndex::refresh(QString* error)
{
    const bool transaction = inTransaction();
    if (!m_loaded || (m_loadedInTransaction && !transaction))
        return load(error);
    // Entries from the last one seen: if it is gone, the table was pruned
    // past us and some changes are lost to this reader.
    sqlite3_stmt* changes =
        statement("SELECT seq, resident_rowid FROM resident_search_changes WHERE seq >= ?1 ORDER BY seq", error);
    if (!changes)
        return false;
    sqlite3_bind_int64(changes, 1, m_lastSeq);
    QSet<qint64> rowids;
    bool reload = false;
    bool first = true;
    qint64 newest = m_lastSeq;
    int rc;
    while ((rc = sqlite3_step(changes)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(changes, 0);
        if (first && seq != m_lastSeq)
            reload = true;
        first = false;
        if (seq == m_lastSeq)
            continue;
        newest = seq;
        if (sqlite3_column_type(changes, 1) == SQLITE_NULL || rowids.size() >= kMaxPatchedRows) {
            reload = true;
            break;
        }
        rowids.insert(sqlite3_column_int64(changes, 1));
    }
    sqlite3_reset(changes);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(error);
    if (reload || first)
        return load(error);
    if (rowids.isEmpty() && (transaction || m_unsettled.isEmpty()))
        return true;
    // Rows read inside a transaction may be rolled back: read them again once it is over.
    if (transaction) {
        m_unsettled += rowids;
        return applyChanges(rowids, error);
    }
    rowids += m_unsettled;
    if (!applyChanges(rowids, error))
        return false;
    m_unsettled.clear();
    m_lastSeq = newest;
    return true;
}

void SearchKeyIndex::scan(QByteArrayView needle, const QString& hamletId, const Hit& hit) const
{
    if (needle.isEmpty() || needle.contains('\0') || m_entries.empty())
        return;
    qint32 hamlet = -1;
    if (!hamletId.isEmpty()) {
        auto it = m_hamletIndex.constFind(hamletId.toUtf8());
        if (it == m_hamletIndex.constEnd())
            return;
        hamlet = *it;
    }
    const ByteFinder finder(needle);
    const char* keys = m_keys.constData();
    const qsizetype end = m_keys.size();
    qsizetype from = 0;
    auto entry = m_entries.cbegin();
    while (from < end) {
        const qsizetype at = finder.find(keys, from, end);
        if (at < 0)
            return;
        // The key holding `at`: the last entry starting at or before it (matches move forward only).
        entry = std::upper_bound(entry, m_entries.cend(), quint32(at),
                                 [](quint32 pos, const Entry& e) { return pos < e.offset; }) -
                1;
        from = qsizetype(entry->offset) + entry->length + 1;
        if (!entry->alive || (hamlet >= 0 && entry->hamlet != hamlet))
            continue;
        if (!hit(entry->rowid, QByteArrayView(keys + entry->offset, entry->length)))
            return;
    }
}

int SearchKeyIndex::sampleCount(QByteArrayView needle) const
{
    if (needle.isEmpty() || needle.contains('\0'))
        return 0;
    const ByteFinder finder(needle);
    const qsizetype end = std::min(m_keys.size(), kSampleBytes);
    int count = 0;
    for (qsizetype at = finder.find(m_keys.constData(), 0, end); at >= 0;
         at = finder.find(m_keys.constData(), at + needle.size(), end))
        ++count;
    return count;
}

} // namespace hocvuso
