#include "core/search/SearchKeyIndex.h"

#include "core/store/OnePassPageCache.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"

#include <QElapsedTimer>
#include <QMutex>

#include <sqlite3.h>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>

namespace hocvuso {

namespace {

// More changed rows than this since the last search: reading them one by one
// costs more than loading every key again.
constexpr int kMaxPatchedRows = 20000;
// The slice of a buffer sampleCount() reads (~12,000 keys or ~25,000 names).
constexpr qsizetype kSampleBytes = 512 * 1024;

// Byte search over the key buffers, the hot loop of every search. With
// SSE2 (every x86-64 CPU), 16 positions at a time are tested for three
// bytes of the needle (first, middle, last) at once, and only the few
// positions holding all three are compared in full: several times faster
// than memmem on this text, where the letters of a short needle (and the
// digits of a number) are everywhere. Elsewhere the standard
// Boyer-Moore-Horspool (a needle of one byte is a memchr anyway).
class ByteFinder
{
public:
    explicit ByteFinder(QByteArrayView needle)
        : m_needle(needle),
          m_last(needle.size() - 1),
          m_middle(needle.size() / 2),
          m_searcher(needle.begin(), needle.end())
    {
    }

    // Position of the needle in [from, end), or -1.
    qsizetype find(const char* begin, qsizetype from, qsizetype end) const
    {
        const qsizetype n = m_needle.size();
        if (n == 1) {
            const void* at = std::memchr(begin + from, m_needle.front(), size_t(end - from));
            return at ? static_cast<const char*>(at) - begin : -1;
        }
#if defined(__SSE2__) || defined(_M_X64)
        const __m128i first = _mm_set1_epi8(m_needle.front());
        const __m128i last = _mm_set1_epi8(m_needle[m_last]);
        const __m128i middle = _mm_set1_epi8(m_needle[m_middle]);
        qsizetype i = from;
        // Every load of a block stays inside [from, end).
        for (; i + n - 1 + 16 <= end; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + i + m_last));
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + i + m_middle));
            const __m128i both = _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(both, _mm_cmpeq_epi8(c, middle))));
            while (mask) {
                const int bit = countTrailingZeros(mask);
                if (sameInside(begin + i + bit))
                    return i + bit;
                mask &= mask - 1;
            }
        }
        from = i;
#endif
        const char* at = std::search(begin + from, begin + end, m_searcher);
        return at == begin + end ? -1 : at - begin;
    }

private:
    // The bytes between the first and the last equal the needle's (needles
    // are a few bytes: a loop beats a call to memcmp).
    bool sameInside(const char* at) const
    {
        for (qsizetype k = 1; k < m_last; ++k) {
            if (at[k] != m_needle[k])
                return false;
        }
        return true;
    }

    static int countTrailingZeros(unsigned mask)
    {
#if defined(_MSC_VER) && !defined(__clang__)
        unsigned long bit = 0;
        _BitScanForward(&bit, mask);
        return int(bit);
#else
        return __builtin_ctz(mask);
#endif
    }

    QByteArrayView m_needle;
    qsizetype m_last;
    qsizetype m_middle;
    std::boyer_moore_horspool_searcher<const char*> m_searcher;
};

QByteArrayView columnBytes(sqlite3_stmt* stmt, int i)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, i)) : QByteArrayView();
}

// The length of the name at the start of a key: the key less " CCCD" and
// " phone" (each present when stored; see SearchIndex::residentKey). A key
// that does not split so is kept whole as the name.
qsizetype nameLengthOf(QByteArrayView key, qint64 cccdLength, qint64 phoneLength)
{
    const qint64 tail = (cccdLength > 0 ? cccdLength + 1 : 0) + (phoneLength > 0 ? phoneLength + 1 : 0);
    const qsizetype name = key.size() - qsizetype(tail);
    if (tail == 0 || name < 0 || (name < key.size() && key[name] != ' '))
        return key.size();
    return name;
}

// A household code as searched: text::fold (lower case, no diacritics,
// whitespace collapsed). Codes are mostly plain ASCII ("HD000123", "T3-045"):
// those are only lowered, without the cost of a QString.
QByteArray foldCode(QByteArrayView code)
{
    QByteArray out(code.size(), Qt::Uninitialized);
    bool space = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if ((c & 0x80) || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            space = true;
        out[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        if (c & 0x80)
            break;
    }
    if (space)
        return text::fold(QString::fromUtf8(code)).toUtf8();
    return out;
}

bool codeLess(QByteArrayView a, QByteArrayView b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return uchar(x) < uchar(y); });
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

SearchKeyIndex::SearchKeyIndex(Store& store) : m_db(static_cast<sqlite3*>(store.database().nativeHandle())) {}

SearchKeyIndex::~SearchKeyIndex()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

void SearchKeyIndex::detach()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    m_statements.clear();
    m_db = nullptr;
}

bool SearchKeyIndex::adoptKeys(SearchKeyIndex& loaded)
{
    // Keys read inside a transaction may be rolled back: only settled ones travel.
    if (m_loaded || !loaded.m_loaded || loaded.m_loadedInTransaction || !loaded.m_unsettled.isEmpty() ||
        !loaded.m_unsettledHouseholds.isEmpty())
        return false;
    m_keys = std::move(loaded.m_keys);
    m_names = std::move(loaded.m_names);
    m_entries = std::move(loaded.m_entries);
    m_byRowid = std::move(loaded.m_byRowid);
    m_hamlets = std::move(loaded.m_hamlets);
    m_hamletIndex = std::move(loaded.m_hamletIndex);
    m_lastHamlet = -1;
    m_deadEntries = loaded.m_deadEntries;
    m_codes = std::move(loaded.m_codes);
    m_codeEntries = std::move(loaded.m_codeEntries);
    m_codeByRowid = std::move(loaded.m_codeByRowid);
    m_codeOrder = std::move(loaded.m_codeOrder);
    m_deadCodes = loaded.m_deadCodes;
    m_lastSeq = loaded.m_lastSeq;
    m_lastLoadMs = loaded.m_lastLoadMs;
    m_loaded = true;
    m_loadedInTransaction = false;
    m_unsettled.clear();
    m_unsettledHouseholds.clear();
    ++m_generation;
    loaded.m_loaded = false;
    return true;
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
    // Neighbouring rows are mostly of one hamlet (imported by household).
    if (m_lastHamlet >= 0 && m_hamlets[size_t(m_lastHamlet)] == hamletId)
        return m_lastHamlet;
    // A raw-data key: no copy of the id to look it up.
    const QByteArray id = QByteArray::fromRawData(hamletId.data(), hamletId.size());
    auto it = m_hamletIndex.constFind(id);
    if (it == m_hamletIndex.constEnd()) {
        m_hamlets.push_back(hamletId.toByteArray());
        it = m_hamletIndex.insert(m_hamlets.back(), qint32(m_hamlets.size() - 1));
    }
    m_lastHamlet = *it;
    return m_lastHamlet;
}

void SearchKeyIndex::append(qint64 rowid, QByteArrayView key, qsizetype nameLength, QByteArrayView hamletId)
{
    Entry e;
    e.rowid = rowid;
    e.keyLength = quint32(key.size());
    e.nameLength = quint32(nameLength);
    e.hamlet = hamletIndex(hamletId);
    m_keys.append(' ');
    e.keyOffset = quint32(m_keys.size());
    m_keys.append(key.data(), key.size());
    m_keys.append('\0'); // a needle never holds '\0': no match runs across two keys
    m_names.append(' ');
    e.nameOffset = quint32(m_names.size());
    m_names.append(key.data(), nameLength);
    m_names.append('\0');
    m_byRowid.insert(rowid, qint32(m_entries.size()));
    m_entries.push_back(e);
}

void SearchKeyIndex::remove(qint64 rowid)
{
    auto it = m_byRowid.find(rowid);
    if (it == m_byRowid.end())
        return;
    m_entries[size_t(*it)].alive = false;
    ++m_deadEntries;
    m_byRowid.erase(it);
}

void SearchKeyIndex::compact()
{
    QByteArray keys, names;
    keys.reserve(m_keys.size());
    names.reserve(m_names.size());
    std::vector<Entry> entries;
    entries.reserve(size_t(m_byRowid.size()));
    m_byRowid.clear();
    for (Entry e : m_entries) {
        if (!e.alive)
            continue;
        const quint32 keyFrom = e.keyOffset;
        const quint32 nameFrom = e.nameOffset;
        keys.append(' ');
        e.keyOffset = quint32(keys.size());
        keys.append(m_keys.constData() + keyFrom, e.keyLength + 1);
        names.append(' ');
        e.nameOffset = quint32(names.size());
        names.append(m_names.constData() + nameFrom, e.nameLength + 1);
        m_byRowid.insert(e.rowid, qint32(entries.size()));
        entries.push_back(e);
    }
    keys.squeeze();
    names.squeeze();
    m_keys = std::move(keys);
    m_names = std::move(names);
    m_entries = std::move(entries);
    m_deadEntries = 0;
}

bool SearchKeyIndex::load(QString* error)
{
    QElapsedTimer timer;
    timer.start();
    // The newest change first: anything written after it is read again by
    // the next refresh (applying a change twice is harmless).
    sqlite3_stmt* last = statement("SELECT coalesce(max(seq), 0) FROM resident_search_changes", error);
    sqlite3_stmt* all = statement("SELECT rowid, search_key, hamlet_id, length(cccd), length(phone) FROM residents "
                                  "WHERE deleted = 0",
                                  error);
    if (!last || !all)
        return false;
    if (sqlite3_step(last) != SQLITE_ROW) {
        sqlite3_reset(last);
        return fail(error);
    }
    const qint64 lastSeq = sqlite3_column_int64(last, 0);
    sqlite3_reset(last);
    const OnePassPageCache onePass(m_db); // every resident's page, once

    // A reload is usually the size of the last one, or a little more.
    const qsizetype residents = m_byRowid.size();
    m_keys.clear();
    m_names.clear();
    m_entries.clear();
    m_byRowid.clear();
    m_byRowid.reserve(residents);
    m_hamlets.clear();
    m_hamletIndex.clear();
    m_lastHamlet = -1;
    m_deadEntries = 0;
    int rc;
    while ((rc = sqlite3_step(all)) == SQLITE_ROW) {
        const QByteArrayView key = columnBytes(all, 1);
        append(sqlite3_column_int64(all, 0), key,
               nameLengthOf(key, sqlite3_column_int64(all, 3), sqlite3_column_int64(all, 4)), columnBytes(all, 2));
    }
    sqlite3_reset(all);
    if (rc != SQLITE_DONE || !loadCodes(error)) {
        m_loaded = false;
        return rc != SQLITE_DONE ? fail(error) : false;
    }
    m_keys.squeeze();
    m_names.squeeze();
    m_lastSeq = lastSeq;
    m_loaded = true;
    m_loadedInTransaction = inTransaction();
    m_unsettled.clear();
    m_unsettledHouseholds.clear();
    ++m_fullLoads;
    ++m_generation;
    m_lastLoadMs = double(timer.nsecsElapsed()) / 1e6;
    return true;
}

bool SearchKeyIndex::loadCodes(QString* error)
{
    sqlite3_stmt* all = statement("SELECT rowid, code, hamlet_id FROM households WHERE deleted = 0 AND code <> ''",
                                  error);
    if (!all)
        return false;
    m_codes.clear();
    m_codeEntries.clear();
    m_codeByRowid.clear();
    m_codeOrder.clear();
    m_deadCodes = 0;
    int rc;
    while ((rc = sqlite3_step(all)) == SQLITE_ROW)
        appendCode(sqlite3_column_int64(all, 0), columnBytes(all, 1), columnBytes(all, 2));
    sqlite3_reset(all);
    if (rc != SQLITE_DONE)
        return fail(error);
    m_codes.squeeze();
    // appendCode() kept nothing in order: sort once.
    m_codeOrder.resize(m_codeEntries.size());
    for (size_t i = 0; i < m_codeOrder.size(); ++i)
        m_codeOrder[i] = qint32(i);
    std::sort(m_codeOrder.begin(), m_codeOrder.end(), [this](qint32 a, qint32 b) {
        const QByteArrayView ca = codeOf(a), cb = codeOf(b);
        return ca == cb ? m_codeEntries[size_t(a)].rowid < m_codeEntries[size_t(b)].rowid : codeLess(ca, cb);
    });
    return true;
}

QByteArrayView SearchKeyIndex::codeOf(qint32 entry) const
{
    const CodeEntry& e = m_codeEntries[size_t(entry)];
    return QByteArrayView(m_codes.constData() + e.offset, e.length);
}

void SearchKeyIndex::appendCode(qint64 householdRowid, QByteArrayView code, QByteArrayView hamletId)
{
    const QByteArray folded = foldCode(code);
    if (folded.isEmpty())
        return;
    CodeEntry e;
    e.rowid = householdRowid;
    e.hamlet = hamletIndex(hamletId);
    e.length = quint32(folded.size());
    m_codes.append('\0'); // a needle never holds '\0': no match runs across two codes
    e.offset = quint32(m_codes.size());
    m_codes.append(folded);
    const qint32 index = qint32(m_codeEntries.size());
    m_codeEntries.push_back(e);
    m_codeByRowid.insert(householdRowid, index);
}

void SearchKeyIndex::removeCode(qint64 householdRowid)
{
    auto it = m_codeByRowid.find(householdRowid);
    if (it == m_codeByRowid.end())
        return;
    const qint32 index = *it;
    const QByteArrayView code = codeOf(index);
    for (auto at = firstCodeFrom(code); at != m_codeOrder.cend() && codeOf(*at) == code; ++at) {
        if (*at == index) {
            m_codeOrder.erase(at);
            break;
        }
    }
    m_codeEntries[size_t(index)].alive = false;
    ++m_deadCodes;
    m_codeByRowid.erase(it);
}

std::vector<qint32>::const_iterator SearchKeyIndex::firstCodeFrom(QByteArrayView needle) const
{
    return std::lower_bound(m_codeOrder.cbegin(), m_codeOrder.cend(), needle,
                            [this](qint32 entry, QByteArrayView n) { return codeLess(codeOf(entry), n); });
}

void SearchKeyIndex::compactCodes()
{
    QByteArray codes;
    codes.reserve(m_codes.size());
    std::vector<CodeEntry> entries;
    entries.reserve(size_t(m_codeByRowid.size()));
    std::vector<qint32> moved(m_codeEntries.size(), -1);
    m_codeByRowid.clear();
    for (size_t i = 0; i < m_codeEntries.size(); ++i) {
        CodeEntry e = m_codeEntries[i];
        if (!e.alive)
            continue;
        codes.append('\0');
        const quint32 from = e.offset;
        e.offset = quint32(codes.size());
        codes.append(m_codes.constData() + from, e.length);
        moved[i] = qint32(entries.size());
        m_codeByRowid.insert(e.rowid, qint32(entries.size()));
        entries.push_back(e);
    }
    codes.squeeze();
    m_codes = std::move(codes);
    m_codeEntries = std::move(entries);
    // Only living entries are in the order; it stays sorted under the renumbering.
    for (qint32& entry : m_codeOrder)
        entry = moved[size_t(entry)];
    m_deadCodes = 0;
}

bool SearchKeyIndex::applyCodeChanges(const QSet<qint64>& householdRowids, QString* error)
{
    sqlite3_stmt* row = statement("SELECT code, hamlet_id, deleted FROM households WHERE rowid = ?1", error);
    if (!row)
        return false;
    ++m_generation;
    for (const qint64 rowid : householdRowids) {
        sqlite3_bind_int64(row, 1, rowid);
        const int rc = sqlite3_step(row);
        removeCode(rowid);
        if (rc == SQLITE_ROW && sqlite3_column_int(row, 2) == 0) {
            appendCode(rowid, columnBytes(row, 0), columnBytes(row, 1));
            auto it = m_codeByRowid.constFind(rowid);
            if (it != m_codeByRowid.constEnd()) {
                const QByteArrayView code = codeOf(*it);
                auto at = firstCodeFrom(code);
                while (at != m_codeOrder.cend() && codeOf(*at) == code && m_codeEntries[size_t(*at)].rowid < rowid)
                    ++at;
                m_codeOrder.insert(at, *it);
            }
        }
        sqlite3_reset(row);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(error);
    }
    if (m_deadCodes > qsizetype(m_codeEntries.size()) / 4)
        compactCodes();
    return true;
}

bool SearchKeyIndex::applyChanges(const QSet<qint64>& rowids, QString* error)
{
    sqlite3_stmt* row = statement("SELECT search_key, hamlet_id, deleted, length(cccd), length(phone) FROM residents "
                                  "WHERE rowid = ?1",
                                  error);
    if (!row)
        return false;
    ++m_generation;
    for (const qint64 rowid : rowids) {
        sqlite3_bind_int64(row, 1, rowid);
        const int rc = sqlite3_step(row);
        remove(rowid);
        if (rc == SQLITE_ROW && sqlite3_column_int(row, 2) == 0) {
            const QByteArrayView key = columnBytes(row, 0);
            append(rowid, key, nameLengthOf(key, sqlite3_column_int64(row, 3), sqlite3_column_int64(row, 4)),
                   columnBytes(row, 1));
        }
        sqlite3_reset(row);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(error);
    }
    if (m_deadEntries > qsizetype(m_entries.size()) / 4)
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
        statement("SELECT seq, resident_rowid, household_rowid FROM resident_search_changes WHERE seq >= ?1 "
                  "ORDER BY seq",
                  error);
    if (!changes)
        return false;
    sqlite3_bind_int64(changes, 1, m_lastSeq);
    QSet<qint64> rowids, households;
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
        if (rowids.size() + households.size() >= kMaxPatchedRows) {
            reload = true;
            break;
        }
        if (sqlite3_column_type(changes, 2) != SQLITE_NULL) {
            households.insert(sqlite3_column_int64(changes, 2));
            continue;
        }
        if (sqlite3_column_type(changes, 1) == SQLITE_NULL) {
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
    if (rowids.isEmpty() && households.isEmpty() &&
        (transaction || (m_unsettled.isEmpty() && m_unsettledHouseholds.isEmpty())))
        return true;
    // Rows read inside a transaction may be rolled back: read them again once it is over.
    if (transaction) {
        m_unsettled += rowids;
        m_unsettledHouseholds += households;
        return applyChanges(rowids, error) && applyCodeChanges(households, error);
    }
    rowids += m_unsettled;
    households += m_unsettledHouseholds;
    if (!applyChanges(rowids, error) || !applyCodeChanges(households, error))
        return false;
    m_unsettled.clear();
    m_unsettledHouseholds.clear();
    m_lastSeq = newest;
    return true;
}

void SearchKeyIndex::scan(Field field, QByteArrayView needle, const QString& hamletId, const MatchFn& hit) const
{
    if (needle.isEmpty() || needle.contains('\0') || m_entries.empty())
        return;
    qint32 hamlet = -1;
    if (!hamletId.isEmpty()) {
        const auto it = m_hamletIndex.constFind(hamletId.toUtf8());
        if (it == m_hamletIndex.constEnd())
            return;
        hamlet = *it;
    }
    const bool names = field == Field::Name;
    const QByteArray& buffer = names ? m_names : m_keys;
    const ByteFinder finder(needle);
    const char* text = buffer.constData();
    const qsizetype end = buffer.size();
    auto offsetOf = [names](const Entry& e) { return names ? e.nameOffset : e.keyOffset; };
    auto lengthOf = [names](const Entry& e) { return names ? e.nameLength : e.keyLength; };
    qsizetype from = 0;
    auto entry = m_entries.cbegin();
    while (from < end) {
        const qsizetype at = finder.find(text, from, end);
        if (at < 0)
            return;
        // The text holding `at`: the last entry starting at or before it, its
        // leading space included (matches move forward only).
        entry = std::upper_bound(entry, m_entries.cend(), quint32(at + 1),
                                 [&](quint32 pos, const Entry& e) { return pos < offsetOf(e); }) -
                1;
        from = qsizetype(offsetOf(*entry)) + lengthOf(*entry) + 1;
        if (!entry->alive || (hamlet >= 0 && entry->hamlet != hamlet))
            continue;
        const Match match{entry->rowid, QByteArrayView(m_names.constData() + entry->nameOffset, entry->nameLength),
                          QByteArrayView(m_keys.constData() + entry->keyOffset, entry->keyLength)};
        if (!hit(match))
            return;
    }
}

void SearchKeyIndex::scan(QByteArrayView needle, const QString& hamletId, const Hit& hit) const
{
    scan(Field::Key, needle, hamletId, [&](const Match& m) { return hit(m.rowid, m.key); });
}

int SearchKeyIndex::sampleCount(Field field, QByteArrayView needle) const
{
    if (needle.isEmpty() || needle.contains('\0'))
        return 0;
    const QByteArray& buffer = field == Field::Name ? m_names : m_keys;
    const ByteFinder finder(needle);
    const qsizetype end = std::min(buffer.size(), kSampleBytes);
    int count = 0;
    for (qsizetype at = finder.find(buffer.constData(), 0, end); at >= 0;
         at = finder.find(buffer.constData(), at + needle.size(), end))
        ++count;
    return count;
}

// A household of no hamlet may have members in any: they are checked by
// their own hamlet when read.
static bool inHamlet(qint32 householdHamlet, qint32 wanted)
{
    return wanted < 0 || householdHamlet < 0 || householdHamlet == wanted;
}

void SearchKeyIndex::scanCodes(CodeMatch how, QByteArrayView needle, const QString& hamletId, const CodeHit& hit) const
{
    if (needle.isEmpty() || needle.contains('\0') || m_codeOrder.empty())
        return;
    qint32 hamlet = -1;
    if (!hamletId.isEmpty() && how != CodeMatch::Exact) {
        const auto it = m_hamletIndex.constFind(hamletId.toUtf8());
        if (it == m_hamletIndex.constEnd())
            return;
        hamlet = *it;
    }
    if (how != CodeMatch::Substring) {
        // Exact codes sort first among those starting with the needle.
        for (auto at = firstCodeFrom(needle); at != m_codeOrder.cend(); ++at) {
            const CodeEntry& e = m_codeEntries[size_t(*at)];
            const QByteArrayView code = codeOf(*at);
            if (!code.startsWith(needle))
                return;
            const bool exact = code.size() == needle.size();
            if (how == CodeMatch::Exact && !exact)
                return;
            if (exact != (how == CodeMatch::Exact) || !inHamlet(e.hamlet, hamlet))
                continue;
            if (!hit(e.rowid))
                return;
        }
        return;
    }
    const ByteFinder finder(needle);
    const char* text = m_codes.constData();
    const qsizetype end = m_codes.size();
    auto entry = m_codeEntries.cbegin();
    qsizetype from = 0;
    while (from < end) {
        const qsizetype at = finder.find(text, from, end);
        if (at < 0)
            return;
        entry = std::upper_bound(entry, m_codeEntries.cend(), quint32(at),
                                 [](quint32 pos, const CodeEntry& e) { return pos < e.offset; }) -
                1;
        from = qsizetype(entry->offset) + entry->length + 1;
        // A code starting with the needle is a prefix or exact match, found by the other passes.
        if (!entry->alive || !inHamlet(entry->hamlet, hamlet) ||
            codeOf(qint32(entry - m_codeEntries.cbegin())).startsWith(needle))
            continue;
        if (!hit(entry->rowid))
            return;
    }
}

} // namespace hocvuso
