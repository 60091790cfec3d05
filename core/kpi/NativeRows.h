#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hocvuso::kpi::detail {

// SQLite's BINARY comparison of two texts (memcmp, then length): how the
// SQL compared the ISO dates, kept byte for byte.
inline bool textLessOrEqual(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    return c < 0 || (c == 0 && a.size() <= b.size());
}

// Row ids (UUID text) to dense ordinals 0..n-1 in the order first seen.
// Open addressing that keeps each key's full 64-bit hash beside its
// ordinal: a probe compares integers and reads the key bytes only on a
// hash match. QHash compared all 36 bytes on every probe, which was the
// largest cost of the resident pass.
class IdTable
{
public:
    void reserve(qsizetype count);
    int find(QByteArrayView id) const; // -1 when absent
    int insert(QByteArrayView id);     // the id's ordinal, new or existing
    int size() const { return int(m_offsets.size()) - 1; }
    // Every key back to back and where each starts (a persisted snapshot
    // saves these), and a table rebuilt from them: false when they do not
    // make one (offsets out of order, a key twice).
    const QByteArray& keyBytes() const { return m_bytes; }
    const std::vector<qsizetype>& keyOffsets() const { return m_offsets; }
    bool assignKeys(QByteArray bytes, std::vector<qsizetype> offsets);
    QByteArrayView key(int ordinal) const
    {
        return QByteArrayView(m_bytes.constData() + m_offsets[size_t(ordinal)],
                              m_offsets[size_t(ordinal) + 1] - m_offsets[size_t(ordinal)]);
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        qint32 ordinal = -1; // -1: empty
    };
    static quint64 hashOf(QByteArrayView id);
    // A byte of the hash that is never 0 (0 marks an empty slot).
    static quint8 tagOf(quint64 hash) { return quint8(hash >> 56) | 1u; }
    size_t slotOf(QByteArrayView id, quint64 hash) const;
    void rehash(size_t capacity);

    std::vector<Slot> m_slots;
    // One byte per slot, probed first: a miss (most residents have no
    // activity) is decided in this small array without touching m_slots.
    std::vector<quint8> m_tags;
    QByteArray m_bytes;                   // every key, back to back
    std::vector<qsizetype> m_offsets{0};  // key i is m_bytes[m_offsets[i], m_offsets[i + 1])
};

// SQLite rowids to ordinals. A table that is only appended to has rowids
// 1..n, so an array indexed by rowid does; a rowid far past it (SQLite
// picks a random one once the largest is taken) goes to a hash map.
class RowidIndex
{
public:
    void reserve(qint64 maxRowid);
    int find(qint64 rowid) const
    {
        if (rowid >= 0 && rowid < qint64(m_dense.size()))
            return m_dense[size_t(rowid)];
        const auto it = m_sparse.find(rowid);
        return it == m_sparse.end() ? -1 : it->second;
    }
    void insert(qint64 rowid, int ordinal);
    // The index as it is kept (a persisted snapshot saves it) and back.
    const std::vector<qint32>& dense() const { return m_dense; }
    const std::unordered_map<qint64, qint32>& sparse() const { return m_sparse; }
    void assign(std::vector<qint32> dense, std::unordered_map<qint64, qint32> sparse)
    {
        m_dense = std::move(dense);
        m_sparse = std::move(sparse);
    }

private:
    std::vector<qint32> m_dense; // -1: absent
    std::unordered_map<qint64, qint32> m_sparse;
};

// One forward-only statement on the store's own connection through the
// native API: no QVariant per value, which is most of Qt Sql's cost per row.
class NativeQuery
{
public:
    NativeQuery(sqlite3* db, const char* sql, QString* error);
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    // Binds ?index to text (copied) and rewinds to the first row.
    void bindText(int index, QByteArrayView text);
    void bindInteger(int index, qint64 value);
    bool next(); // false at the end and on an error (then *error is set)
    bool isNull(int column) const;
    int type(int column) const;            // SQLITE_INTEGER, SQLITE_NULL...
    QByteArrayView text(int column) const; // UTF-8, empty view for NULL
    bool isOne(int column) const;          // the SQL `column = 1`
    // The SQL `column <= value` for an INTEGER column holding a number.
    bool numberAtMost(int column, qint64 value) const;
    qint64 integer(int column) const;
    bool isInteger(int column) const;
    bool isReal(int column) const;
    double real(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString* m_error;
};

} // namespace hocvuso::kpi::detail
