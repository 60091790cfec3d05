// The copy of a FactsSnapshot kept beside its store file, in "<file>.kpi"
// (a sidecar, never a table: saving it is no SQLite write, so it can never
// make another connection's write fail): a header naming the store and the
// log position the rows are current to, then the packed arrays as one zstd
// frame. It holds what the snapshot holds, flags, birth dates and the
// disability flag, links by row id, never a name, CCCD or phone; it lives
// in the data folder with the store and must be protected as the store is
// (DESIGN, Privacy). Only processes that opt in (KpiEngine::keepSavedCopies:
// the desktop app, the CLI) read or write it.
#include "core/kpi/FactsSnapshot.h"

#include "core/store/Store.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>

#include <sqlite3.h>
#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <type_traits>

namespace hocvuso::kpi::detail {

namespace {

// Bump when a row is derived differently from the same SQL (DateCode, the
// bits readResidents() adds) or the layout below changes: a copy written by
// another version is then ignored. The SQL itself is fingerprinted.
constexpr quint32 kFormatVersion = 1;
constexpr quint32 kMagic = 0x534b5648;     // "HVKS": the packed arrays
constexpr quint32 kFileMagic = 0x464b5648; // "HVKF": the sidecar's header
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr quint32 kByteOrder = 0x01020304;
// Logged rows patched in since the copy in the file before it is written again.
constexpr qint64 kResaveAfter = 2000;
// Rows per rowid table whose id is checked before a copy is used: an
// external VACUUM may renumber rowids, which would link every row wrongly.
constexpr int kRowidChecks = 4;

// The arrays back to back, each after its length, in this machine's byte order.
class Packer
{
public:
    explicit Packer(qsizetype expected) { m_out.reserve(expected); }
    template <class T>
    void pod(const T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char*>(&value), sizeof(T));
    }
    template <class T>
    void array(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        pod(qint64(values.size()));
        m_out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
    }
    void keys(const IdTable& table)
    {
        pod(qint64(table.keyBytes().size()));
        m_out.append(table.keyBytes());
        array(table.keyOffsets());
    }
    void index(const RowidIndex& index)
    {
        array(index.dense());
        std::vector<qint64> rowids;
        std::vector<qint32> ordinals;
        for (const auto& [rowid, ordinal] : index.sparse()) {
            rowids.push_back(rowid);
            ordinals.push_back(ordinal);
        }
        array(rowids);
        array(ordinals);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

// The reverse, decompressing the rest of the file straight into the arrays
// (no copy of the whole in memory: a process just started pays for every
// page it touches), refusing any length past what the frame says it holds.
class PackedReader
{
public:
    explicit PackedReader(QIODevice& file) : m_file(file)
    {
        m_chunk.resize(kChunk);
        m_dctx = ZSTD_createDCtx();
        // The frame's header says how much it holds: every length is checked against it.
        if (!refill())
            return;
        const unsigned long long size = ZSTD_getFrameContentSize(m_in.src, m_in.size);
        if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > (1ull << 31))
            m_ok = false;
        else
            m_left = qint64(size);
    }
    ~PackedReader() { ZSTD_freeDCtx(m_dctx); }
    PackedReader(const PackedReader&) = delete;
    PackedReader& operator=(const PackedReader&) = delete;

    bool ok() const { return m_ok; }
    bool read(void* into, qint64 bytes)
    {
        if (!m_ok || bytes < 0 || bytes > m_left)
            return m_ok = false;
        ZSTD_outBuffer out{into, size_t(bytes), 0};
        while (out.pos < out.size) {
            if (m_in.pos == m_in.size && !refill())
                return m_ok = false;
            const size_t r = ZSTD_decompressStream(m_dctx, &out, &m_in);
            if (ZSTD_isError(r) || (r == 0 && out.pos < out.size))
                return m_ok = false;
            m_frameEnded = r == 0;
        }
        m_left -= bytes;
        return true;
    }
    // Everything read, and the frame ends here with its checksum right.
    bool finish()
    {
        if (!m_ok || m_left != 0)
            return false;
        char extra;
        while (!m_frameEnded) {
            ZSTD_outBuffer out{&extra, 1, 0};
            const size_t r = ZSTD_decompressStream(m_dctx, &out, &m_in);
            if (ZSTD_isError(r) || out.pos != 0)
                return false;
            m_frameEnded = r == 0;
            if (!m_frameEnded && m_in.pos == m_in.size && !refill())
                return false;
        }
        return m_in.pos == m_in.size && m_file.atEnd(); // nothing after the frame
    }
    template <class T>
    bool pod(T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        return read(&value, sizeof(T));
    }
    template <class T>
    bool array(std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        qint64 n = 0;
        if (!pod(n) || n < 0 || n > m_left / qint64(sizeof(T)))
            return m_ok = false;
        // Through a small batch rather than resize(): no pass zeroing what is overwritten next.
        values.clear();
        values.reserve(size_t(n));
        std::vector<T> batch(size_t(std::min<qint64>(n, 8192)));
        for (qint64 done = 0; done < n;) {
            const qint64 k = std::min<qint64>(n - done, qint64(batch.size()));
            if (!read(batch.data(), k * qint64(sizeof(T))))
                return false;
            values.insert(values.end(), batch.begin(), batch.begin() + k);
            done += k;
        }
        return true;
    }
    bool keys(IdTable& table)
    {
        qint64 n = 0;
        if (!pod(n) || n < 0 || n > m_left)
            return m_ok = false;
        QByteArray bytes(qsizetype(n), Qt::Uninitialized);
        std::vector<qsizetype> offsets;
        if (!read(bytes.data(), n) || !array(offsets) || !table.assignKeys(std::move(bytes), std::move(offsets)))
            return m_ok = false;
        return true;
    }
    bool index(RowidIndex& index, size_t rows)
    {
        std::vector<qint32> dense, ordinals;
        std::vector<qint64> rowids;
        if (!array(dense) || !array(rowids) || !array(ordinals) || rowids.size() != ordinals.size())
            return m_ok = false;
        std::unordered_map<qint64, qint32> sparse;
        for (size_t i = 0; i < rowids.size(); ++i)
            sparse.emplace(rowids[i], ordinals[i]);
        auto inRange = [rows](qint32 o) { return o >= -1 && o < qint64(rows); };
        if (!std::all_of(dense.cbegin(), dense.cend(), inRange) || !std::all_of(ordinals.cbegin(), ordinals.cend(), inRange))
            return m_ok = false;
        index.assign(std::move(dense), std::move(sparse));
        return true;
    }

private:
    static constexpr int kChunk = 256 * 1024;
    bool refill()
    {
        const qint64 n = m_file.read(m_chunk.data(), qint64(m_chunk.size()));
        if (n <= 0)
            return m_ok = false;
        m_in = ZSTD_inBuffer{m_chunk.data(), size_t(n), 0};
        return true;
    }

    QIODevice& m_file;
    std::vector<char> m_chunk;
    ZSTD_DCtx* m_dctx = nullptr;
    ZSTD_inBuffer m_in{nullptr, 0, 0};
    qint64 m_left = 0; // bytes the frame still holds
    bool m_frameEnded = false; // its checksum read and right
    bool m_ok = true;
};

namespace {

template <class Row, class Valid>
bool allValid(const std::vector<Row>& rows, Valid&& valid)
{
    return std::all_of(rows.cbegin(), rows.cend(), valid);
}

bool within(qint32 value, qint64 low, qint64 end)
{
    return value >= low && value < end;
}

// The rowid tables a copy names rows of by rowid, with the statement that checks one.
struct RowidTableName
{
    const char* table;
    const char* checkSql;
};
constexpr RowidTableName kRowidTables[] = {
    {"residents", "SELECT id FROM residents WHERE rowid = ?1"},
    {"attendance", "SELECT id FROM attendance WHERE rowid = ?1"},
    {"mentor_pairs", "SELECT id FROM mentor_pairs WHERE rowid = ?1"},
    {"visits", "SELECT id FROM visits WHERE rowid = ?1"},
};

// Up to kRowidChecks rowids spread over an index: its first, its last and between.
std::vector<qint64> sampleRowids(const RowidIndex& index)
{
    std::vector<qint64> present;
    const auto& dense = index.dense();
    for (int k = 0; k < kRowidChecks && !dense.empty(); ++k) {
        // The first rowid present at or after an evenly spaced point.
        size_t at = size_t(double(dense.size() - 1) * k / std::max(1, kRowidChecks - 1));
        for (size_t i = at; i < dense.size(); ++i)
            if (dense[i] >= 0) {
                if (present.empty() || present.back() != qint64(i))
                    present.push_back(qint64(i));
                break;
            }
    }
    if (present.empty() && !index.sparse().empty())
        present.push_back(index.sparse().begin()->first);
    return present;
}

qint64 userVersion(sqlite3* db)
{
    NativeQuery q(db, "PRAGMA user_version", nullptr);
    return q.next() ? q.integer(0) : -1;
}

// "table rowid id" lines still true in the file?
bool rowidsUnmoved(sqlite3* db, QByteArrayView checks)
{
    const QList<QByteArray> lines = checks.toByteArray().split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            return false;
        const auto* table = std::find_if(std::begin(kRowidTables), std::end(kRowidTables),
                                         [&](const RowidTableName& t) { return parts[0] == t.table; });
        bool isNumber = false;
        const qint64 rowid = parts[1].toLongLong(&isNumber);
        if (table == std::end(kRowidTables) || !isNumber)
            return false;
        NativeQuery q(db, table->checkSql, nullptr);
        q.bindInteger(1, rowid);
        if (!q.next() || q.text(0) != QByteArrayView(parts[2]))
            return false;
    }
    return true;
}

// The sidecar's header: which store, which schema and which log position
// the packed rows belong to. Everything here is checked against the store
// before the rows are used.
struct SavedHeader
{
    quint64 format = 0;
    qint64 schemaVersion = -1;
    QByteArray storeId; // meta 'device_id': made anew with each store file, kept by its backups
    qint64 seq = -1;
    QByteArray rowId;
    qint64 hlc = 0;
    QByteArray unlogged;
    QByteArray rowidChecks; // "table rowid id" lines
};

void writeHeader(QDataStream& out, const SavedHeader& h)
{
    out << kFileMagic << h.format << h.schemaVersion << h.storeId << h.seq << h.rowId << h.hlc << h.unlogged
        << h.rowidChecks;
}

bool readHeader(QDataStream& in, SavedHeader& h)
{
    quint32 magic = 0;
    in >> magic;
    if (magic != kFileMagic)
        return false;
    in >> h.format >> h.schemaVersion >> h.storeId >> h.seq >> h.rowId >> h.hlc >> h.unlogged >>
        h.rowidChecks;
    return in.status() == QDataStream::Ok;
}

QByteArray storeIdOf(sqlite3* db)
{
    NativeQuery q(db, "SELECT value FROM meta WHERE key = 'device_id'", nullptr);
    return q.next() ? q.text(0).toByteArray() : QByteArray();
}

// What the background writer needs: nothing of the snapshot itself, which
// goes on changing under its lock meanwhile.
struct SaveJob
{
    QString storePath, copyPath;
    SavedHeader header;
    QByteArray packed;
};

// Compressed, then written to a temporary file renamed over the copy
// (QSaveFile): a reader sees the old copy or the new one, never half of
// one. No SQLite connection at all: every check was made when the job was.
void save(const SaveJob& job)
{
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(job.packed.size()))), Qt::Uninitialized);
    ZSTD_CCtx* cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1); // a damaged copy is refused, not decoded
    const size_t framed = ZSTD_compress2(cctx, frame.data(), size_t(frame.size()), job.packed.constData(),
                                         size_t(job.packed.size()));
    ZSTD_freeCCtx(cctx);
    if (ZSTD_isError(framed))
        return;
    frame.truncate(qsizetype(framed));

    // A store removed meanwhile gets no copy beside where it was.
    if (!QFileInfo::exists(job.storePath))
        return;
    QSaveFile out(job.copyPath);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.setPermissions(QFile::permissions(job.storePath)); // no more readable than the store itself
    QDataStream stream(&out);
    stream.setVersion(kStreamVersion);
    writeHeader(stream, job.header);
    stream.writeRawData(frame.constData(), frame.size());
    if (stream.status() != QDataStream::Ok)
        out.cancelWriting();
    out.commit();
}

std::atomic<bool> keepCopies{false};

// One writer thread: copies are written one after another, in the order made.
QThreadPool& savers()
{
    static QThreadPool* pool = [] {
        // Destroyed at exit, after waiting for a copy still being written.
        static QThreadPool instance;
        instance.setMaxThreadCount(1);
        return &instance;
    }();
    return *pool;
}

} // namespace

quint64 FactsSnapshot::formatFingerprint()
{
    static const quint64 fingerprint = [] {
        quint64 h = sourceFingerprint();
        for (const quint64 part : {quint64(kFormatVersion), quint64(sizeof(Resident)), quint64(sizeof(Household)),
                                   quint64(sizeof(Class)), quint64(sizeof(Attendance)), quint64(sizeof(Pair)),
                                   quint64(sizeof(Team)), quint64(sizeof(Visit)), quint64(sizeof(qsizetype))})
            h = (h ^ part) * 0x100000001b3ull;
        return h & 0x7fffffffffffffffull; // an SQLite INTEGER either way
    }();
    return fingerprint;
}

QByteArray FactsSnapshot::encode() const
{
    const qsizetype expected = qsizetype(m_residents.rows.size() * (sizeof(Resident) + 4) +
                                         m_households.rows.size() * (sizeof(Household) + 44)) +
                               (qsizetype(1) << 20);
    Packer p(expected);
    p.pod(kMagic);
    p.pod(kByteOrder);
    p.pod(formatFingerprint());
    p.keys(m_hamletIndex);
    p.array(m_residents.rows);
    p.index(m_residents.index);
    p.keys(m_households.ids);
    p.array(m_households.rows);
    p.keys(m_classes.ids);
    p.array(m_classes.rows);
    p.array(m_attendance.rows);
    p.index(m_attendance.index);
    p.array(m_pairs.rows);
    p.index(m_pairs.index);
    p.keys(m_teams.ids);
    p.array(m_teams.rows);
    p.array(m_visits.rows);
    p.index(m_visits.index);
    // Of the residents other rows name, only those not read from a row: the
    // rest are found again by their rowid (residentOfRef) when a link is patched.
    std::vector<bool> read(m_residents.rows.size());
    for (const qint32 ordinal : m_residents.index.dense())
        if (ordinal >= 0)
            read[size_t(ordinal)] = true;
    for (const auto& [rowid, ordinal] : m_residents.index.sparse())
        read[size_t(ordinal)] = true;
    IdTable unread;
    std::vector<qint32> unreadResident;
    for (int ref = 0; ref < m_residentRefs.size(); ++ref) {
        const qint32 ordinal = m_refResident[size_t(ref)];
        if (ordinal < 0 || !read[size_t(ordinal)]) {
            unread.insert(m_residentRefs.key(ref));
            unreadResident.push_back(ordinal);
        }
    }
    p.keys(unread);
    p.array(unreadResident);
    return p.take();
}

bool FactsSnapshot::decode(PackedReader& u)
{
    clear();
    quint32 magic = 0, order = 0;
    quint64 format = 0;
    if (!u.pod(magic) || !u.pod(order) || !u.pod(format) || magic != kMagic || order != kByteOrder ||
        format != formatFingerprint())
        return false;
    u.keys(m_hamletIndex);
    u.array(m_residents.rows);
    u.index(m_residents.index, m_residents.rows.size());
    u.keys(m_households.ids);
    u.array(m_households.rows);
    u.keys(m_classes.ids);
    u.array(m_classes.rows);
    u.array(m_attendance.rows);
    u.index(m_attendance.index, m_attendance.rows.size());
    u.array(m_pairs.rows);
    u.index(m_pairs.index, m_pairs.rows.size());
    u.keys(m_teams.ids);
    u.array(m_teams.rows);
    u.array(m_visits.rows);
    u.index(m_visits.index, m_visits.rows.size());
    u.keys(m_residentRefs);
    u.array(m_refResident);
    if (!u.finish())
        return false;
    // Every link inside its table: a copy that decodes but does not hold
    // together is refused rather than read out of bounds.
    const qint64 hamlets = m_hamletIndex.size(), residents = qint64(m_residents.rows.size()),
                 households = qint64(m_households.rows.size()), classes = qint64(m_classes.rows.size()),
                 teams = qint64(m_teams.rows.size());
    const bool consistent =
        hamlets >= 1 && m_hamletIndex.key(0).isEmpty() && m_households.ids.size() == households &&
        m_classes.ids.size() == classes && m_teams.ids.size() == teams &&
        m_residentRefs.size() == qint64(m_refResident.size()) &&
        allValid(m_residents.rows,
                 [&](const Resident& r) { return within(r.hamlet, 0, hamlets) && within(r.household, -1, households); }) &&
        allValid(m_households.rows, [&](const Household& h) { return within(h.hamlet, 0, hamlets); }) &&
        allValid(m_classes.rows, [&](const Class& c) { return within(c.hamlet, 0, hamlets); }) &&
        allValid(m_attendance.rows,
                 [&](const Attendance& a) { return within(a.classOrdinal, 0, classes) && within(a.resident, 0, residents); }) &&
        allValid(m_pairs.rows, [&](const Pair& p) { return within(p.mentee, 0, residents); }) &&
        allValid(m_teams.rows, [&](const Team& t) { return within(t.hamlet, -1, hamlets); }) &&
        allValid(m_visits.rows,
                 [&](const Visit& v) { return within(v.household, 0, households) && within(v.team, -1, teams); }) &&
        allValid(m_refResident, [&](qint32 r) { return within(r, -1, residents); });
    if (!consistent)
        return false;
    m_hamletIds.clear();
    m_hamletIds.reserve(hamlets);
    for (int i = 0; i < hamlets; ++i)
        m_hamletIds.push_back(QString::fromUtf8(m_hamletIndex.key(i)));
    m_lastHamlet = m_lastHousehold = -1;
    return true;
}

void FactsSnapshot::setKeepSavedCopies(bool keep)
{
    // The writer pool is made here, on the thread that sets the option (the
    // main one), rather than by the first save on a short-lived worker.
    if (keep)
        savers();
    keepCopies = keep;
}

QString FactsSnapshot::savedCopyPath(const QString& storeFile)
{
    const QFileInfo info(storeFile);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".kpi");
}

bool FactsSnapshot::restoreSaved(sqlite3* db, const LogPosition& head, const QString& path)
{
    QFile file(path + QStringLiteral(".kpi"));
    if (!keepCopies || !file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(kStreamVersion);
    SavedHeader h;
    if (!readHeader(in, h) || h.format != formatFingerprint() || h.schemaVersion != userVersion(db) ||
        h.storeId.isEmpty() || h.storeId != storeIdOf(db))
        return false;
    LogPosition saved;
    saved.seq = h.seq;
    saved.rowId = h.rowId;
    saved.hlc = h.hlc;
    saved.unlogged = h.unlogged;
    bool follows = false;
    if (saved.seq < 0 || !logFollows(db, saved, head, &follows, nullptr) || !follows ||
        !rowidsUnmoved(db, h.rowidChecks))
        return false;
    PackedReader packed(file);
    if (!packed.ok() || !decode(packed))
        return false;
    m_position = saved;
    m_savedSeq = saved.seq;
    ++m_restored;
    return true;
}

bool FactsSnapshot::saveDue() const
{
    return keepCopies &&
           (m_lastRefresh == Refresh::Loaded || m_savedSeq < 0 || m_position.seq - m_savedSeq >= kResaveAfter);
}

void FactsSnapshot::scheduleSave(sqlite3* db, const QString& path)
{
    // Read in the lease's read transaction: what the rows were read from.
    auto job = std::make_shared<SaveJob>();
    job->storePath = path;
    job->copyPath = path + QStringLiteral(".kpi");
    SavedHeader& h = job->header;
    h.format = formatFingerprint();
    h.schemaVersion = userVersion(db);
    h.storeId = storeIdOf(db);
    h.seq = m_position.seq;
    h.rowId = m_position.rowId;
    h.hlc = m_position.hlc;
    h.unlogged = m_position.unlogged;
    const RowidIndex* indexes[] = {&m_residents.index, &m_attendance.index, &m_pairs.index, &m_visits.index};
    for (size_t t = 0; t < std::size(indexes); ++t)
        for (const qint64 rowid : sampleRowids(*indexes[t])) {
            NativeQuery q(db, kRowidTables[t].checkSql, nullptr);
            q.bindInteger(1, rowid);
            if (!q.next())
                return; // not the rows this snapshot holds: no copy of them
            h.rowidChecks += QByteArray(kRowidTables[t].table) + ' ' + QByteArray::number(rowid) + ' ' +
                             q.text(0).toByteArray() + '\n';
        }
    if (h.storeId.isEmpty() || h.schemaVersion < 0)
        return;
    job->packed = encode(); // here, under the lock: the rows as they are at this position
    m_savedSeq = m_position.seq; // not again before another kResaveAfter entries
    ++m_savesScheduled;
    savers().start([job] { save(*job); });
}

void FactsSnapshot::waitForSaves()
{
    savers().waitForDone();
}

bool FactsSnapshot::forgetSaved(Store& store)
{
    forget(store);
    waitForSaves();
    const QString copy = savedCopyPath(store.path());
    return !QFileInfo::exists(copy) || QFile::remove(copy);
}

} // namespace hocvuso::kpi::detail
