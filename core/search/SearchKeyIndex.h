#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hocvuso {

class Store;

// Every living resident's folded search key (residents.search_key), held in
// memory so that a substring search over 300,000 residents is one pass of a
// fast byte search (a few ms), with no index on disk for an import to rebuild.
//
// Two buffers, in the same resident order: the whole keys ("nguyen van an
// 001085012345 0912345678") and the folded names alone ("nguyen van an"),
// less than half the bytes, for the queries that hold no digit. In both,
// every text is stored as ' ' + text + '\0': a needle starting with a space
// finds the texts where a word starts with the rest ("an" → "An", "Anh",
// the first word too), and no match runs from one text into the next.
//
// Kept fresh without cost per imported row: triggers record the rowid of
// every resident written in `resident_search_changes` (see SearchIndex), a
// bulk import records one "everything changed" entry instead, and refresh()
// reads the entries newer than the last it saw before each search, from
// whichever connection wrote them. The first refresh() loads every key.
//
// It also holds every living household's folded code ("HD000123" →
// "hd000123"), in one buffer for substring scans and in code order for
// exact and prefix lookups (binary search): households have no index on
// their code, and a code typed in part must be found on every keystroke.
// The same record of changes names households whose code, tombstone or
// hamlet changed (household_rowid, schema version 10).
//
// One index per Store connection, shared by the searches on it (of());
// like the Store, used from the connection's thread only.
class SearchKeyIndex
{
public:
    static std::shared_ptr<SearchKeyIndex> of(Store& store);

    explicit SearchKeyIndex(Store& store);
    ~SearchKeyIndex();
    SearchKeyIndex(const SearchKeyIndex&) = delete;
    SearchKeyIndex& operator=(const SearchKeyIndex&) = delete;

    // Brings the keys up to date with the table (loads them the first time).
    // False with *error when SQLite refused; the previous keys stay usable.
    bool refresh(QString* error = nullptr);

    // Which text of a resident a scan searches.
    enum class Field {
        Key,  // the whole search key: name, CCCD, phone
        Name, // the folded name only (the key without the CCCD and phone)
    };
    struct Match
    {
        qint64 rowid = 0;
        QByteArrayView name; // folded name
        QByteArrayView key;  // whole search key
    };
    using MatchFn = std::function<bool(const Match&)>;
    // Calls `hit` for every living resident (of `hamletId` unless empty)
    // whose `field` holds `needle` (folded UTF-8; a leading space matches a
    // word start), in index order, until `hit` returns false. Call refresh() first.
    void scan(Field field, QByteArrayView needle, const QString& hamletId, const MatchFn& hit) const;
    // The same over the whole keys, for callers that only need the key.
    using Hit = std::function<bool(qint64 rowid, QByteArrayView key)>;
    void scan(QByteArrayView needle, const QString& hamletId, const Hit& hit) const;
    // How often `needle` occurs in a fixed slice of `field`: cheap, to pick
    // the rarest of several words.
    int sampleCount(Field field, QByteArrayView needle) const;

    // How a household's folded code holds a needle.
    enum class CodeMatch {
        Exact,     // the whole code
        Prefix,    // the code starts with it (and is longer)
        Substring, // somewhere after the start
    };
    using CodeHit = std::function<bool(qint64 householdRowid)>;
    // Calls `hit` for every living household whose folded code holds
    // `needle` (folded UTF-8) the way `how` says, until it returns false:
    // prefixes in code order, substrings in index order. The prefix and
    // substring passes skip households of another hamlet than `hamletId`
    // (unless empty; households of no hamlet are kept); the exact pass does
    // not (its few households are filtered by their members' hamlet). Call
    // refresh() first.
    void scanCodes(CodeMatch how, QByteArrayView needle, const QString& hamletId, const CodeHit& hit) const;
    qsizetype householdCount() const { return m_codeByRowid.size(); }

    // Lets a worker thread pay for the first load: it loads the keys on its
    // own connection to the same file, detach()es that index (on its thread,
    // before its connection closes), and the GUI thread's index adopts the
    // keys. Every change logged after the worker read them is applied by the
    // next refresh() as usual, so the hand-over loses nothing.
    void detach();
    // False (and nothing taken) when this index has loaded already or
    // `loaded` holds no keys.
    bool adoptKeys(SearchKeyIndex& loaded);

    bool isLoaded() const { return m_loaded; }
    qsizetype residentCount() const { return m_byRowid.size(); }
    // Changes whenever the keys do: lets a caller keep what it computed from them.
    quint64 generation() const { return m_generation; }
    int fullLoads() const { return m_fullLoads; }
    double lastLoadMs() const { return m_lastLoadMs; }

private:
    struct Entry
    {
        qint64 rowid = 0;
        quint32 keyOffset = 0; // of the key's first byte in m_keys (a space precedes it)
        quint32 nameOffset = 0; // the same in m_names
        quint32 keyLength = 0;
        quint32 nameLength = 0;
        qint32 hamlet = -1; // index into m_hamlets, -1 none
        bool alive = true;
    };

    struct CodeEntry
    {
        qint64 rowid = 0;
        quint32 offset = 0; // of the code's first byte in m_codes (a '\0' precedes it)
        quint32 length = 0;
        qint32 hamlet = -1;
        bool alive = true;
    };

    bool load(QString* error);
    bool loadCodes(QString* error);
    bool applyChanges(const QSet<qint64>& rowids, QString* error);
    bool applyCodeChanges(const QSet<qint64>& householdRowids, QString* error);
    void removeCode(qint64 householdRowid);
    void appendCode(qint64 householdRowid, QByteArrayView code, QByteArrayView hamletId);
    void compactCodes();
    QByteArrayView codeOf(qint32 entry) const;
    // Where in m_codeOrder the codes starting with `needle` begin.
    std::vector<qint32>::const_iterator firstCodeFrom(QByteArrayView needle) const;
    void remove(qint64 rowid);
    void append(qint64 rowid, QByteArrayView key, qsizetype nameLength, QByteArrayView hamletId);
    void compact();
    qint32 hamletIndex(QByteArrayView hamletId);
    sqlite3_stmt* statement(const char* sql, QString* error);
    bool fail(QString* error) const;
    bool inTransaction() const;

    sqlite3* m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    QByteArray m_keys;
    QByteArray m_names;
    std::vector<Entry> m_entries; // by offset
    QHash<qint64, qint32> m_byRowid; // living rowid → entry
    std::vector<QByteArray> m_hamlets;        // by index
    QHash<QByteArray, qint32> m_hamletIndex; // id → index
    qint32 m_lastHamlet = -1;                // the last one looked up
    qsizetype m_deadEntries = 0;
    bool m_loaded = false;
    bool m_loadedInTransaction = false; // may hold rows a rollback took back: reload outside it
    qint64 m_lastSeq = 0;               // the newest change entry applied
    QSet<qint64> m_unsettled;           // rows read inside a transaction: read again after it
    QSet<qint64> m_unsettledHouseholds; // the same for households
    QByteArray m_codes;                     // '\0' + folded code, for each household, then '\0'
    std::vector<CodeEntry> m_codeEntries;   // by offset
    QHash<qint64, qint32> m_codeByRowid;    // living household rowid → entry
    std::vector<qint32> m_codeOrder;        // living entries by (code, rowid)
    qsizetype m_deadCodes = 0;
    int m_fullLoads = 0;
    double m_lastLoadMs = 0;
    quint64 m_generation = 0;
};

} // namespace hocvuso
