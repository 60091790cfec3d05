#include "core/kpi/NativeRows.h"

#include <sqlite3.h>

namespace hocvuso::kpi::detail {

NativeQuery::NativeQuery(sqlite3* db, const char* sql, QString* error) : m_db(db), m_error(error)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        if (m_error)
            *m_error = QStringLiteral("KPI query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_stmt);
}

void NativeQuery::bindText(int index, QByteArrayView text)
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

void NativeQuery::bindInteger(int index, qint64 value)
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_bind_int64(m_stmt, index, value);
}

bool NativeQuery::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

bool NativeQuery::isReal(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_FLOAT;
}

double NativeQuery::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool NativeQuery::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && m_error)
        *m_error = QStringLiteral("KPI query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool NativeQuery::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int NativeQuery::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QByteArrayView NativeQuery::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool NativeQuery::isOne(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_stmt, column) == 1;
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column) == 1.0;
    default:
        return false; // text and blobs never equal a number in SQLite
    }
}

bool NativeQuery::numberAtMost(int column, qint64 value) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_stmt, column) <= value;
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column) <= double(value);
    default:
        return false; // NULL compares to nothing; text and blobs sort after numbers
    }
}

qint64 NativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

void RowidIndex::reserve(qint64 maxRowid)
{
    if (maxRowid >= qint64(m_dense.size()) && maxRowid < (qint64(1) << 30))
        m_dense.resize(size_t(maxRowid) + 1, -1);
}

void RowidIndex::insert(qint64 rowid, int ordinal)
{
    // The array grows (amortised by std::vector) while rowids stay about as many as the rows.
    const qint64 denseLimit = std::max<qint64>(1024, 2 * qint64(m_dense.size()));
    if (rowid >= qint64(m_dense.size()) && rowid < denseLimit)
        m_dense.resize(size_t(rowid) + 1, -1);
    if (rowid >= 0 && rowid < qint64(m_dense.size()))
        m_dense[size_t(rowid)] = ordinal;
    else
        m_sparse[rowid] = ordinal;
}

void IdTable::reserve(qsizetype count)
{
    size_t capacity = 16;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
    m_offsets.reserve(size_t(count) + 1);
    m_bytes.reserve(count * 36); // a UUID's text: no copy of the keys as they grow
}

quint64 IdTable::hashOf(QByteArrayView id)
{
    // Multiply-xor over 8-byte words: 5 rounds for a 36-byte UUID.
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(id.size());
    const char* p = id.data();
    qsizetype n = id.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    quint64 tail = 0;
    if (n > 0)
        std::memcpy(&tail, p, size_t(n));
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

size_t IdTable::slotOf(QByteArrayView id, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    const quint8 tag = tagOf(hash);
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const quint8 t = m_tags[i];
        if (t == 0)
            return i;
        if (t == tag && m_slots[i].hash == hash && key(m_slots[i].ordinal) == id)
            return i;
    }
}

void IdTable::rehash(size_t capacity)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{});
    m_tags.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (const Slot& s : old) {
        if (s.ordinal < 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_tags[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
        m_tags[i] = tagOf(s.hash);
    }
}

bool IdTable::assignKeys(QByteArray bytes, std::vector<qsizetype> offsets)
{
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != bytes.size() ||
        !std::is_sorted(offsets.begin(), offsets.end()) || offsets.size() > size_t(1) << 30)
        return false;
    m_bytes = std::move(bytes);
    m_offsets = std::move(offsets);
    size_t capacity = 16;
    while (capacity < (m_offsets.size() - 1) * 2 + 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_tags.assign(capacity, 0);
    for (int ordinal = 0; ordinal < size(); ++ordinal) {
        const QByteArrayView id = key(ordinal);
        const quint64 hash = hashOf(id);
        const size_t i = slotOf(id, hash);
        if (m_slots[i].ordinal >= 0) { // the same key twice
            *this = IdTable();
            return false;
        }
        m_slots[i] = Slot{hash, qint32(ordinal)};
        m_tags[i] = tagOf(hash);
    }
    return true;
}

int IdTable::find(QByteArrayView id) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[slotOf(id, hashOf(id))].ordinal;
}

int IdTable::insert(QByteArrayView id)
{
    if (size_t(size() + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    const quint64 hash = hashOf(id);
    Slot& s = m_slots[slotOf(id, hash)];
    if (s.ordinal >= 0)
        return s.ordinal;
    s = Slot{hash, qint32(size())};
    m_tags[size_t(&s - m_slots.data())] = tagOf(hash);
    m_bytes.append(id.data(), id.size());
    m_offsets.push_back(m_bytes.size());
    return s.ordinal;
}

} // namespace hocvuso::kpi::detail
