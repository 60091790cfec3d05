#pragma once

#include "core/kpi/NativeRows.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QVector>

#include <limits>
#include <memory>
#include <mutex>
#include <vector>

struct sqlite3;

namespace hocvuso {
class Store;
}

namespace hocvuso::kpi::detail {

class PackedReader;

// A text date as an integer that compares with every ISO date of the
// calendar exactly as SQLite compares the two texts (BINARY): twice the
// Julian day for a real "YYYY-MM-DD", an odd number between two days for
// any other text ('' sorts before every day). The indicators only ever
// compare stored dates with the ISO cuts of a period, so no text is lost.
namespace DateCode {
constexpr qint32 kNone = std::numeric_limits<qint32>::max(); // NULL: never on or before anything
qint32 of(QByteArrayView text);
inline qint32 of(const QDate& day) { return qint32(2 * day.toJulianDay()); }
} // namespace DateCode

// Every row the resident and household indicators and the activity summary
// read, packed in memory (no names, CCCD or phone: only flags, dates and
// links), so that a computation is a pass over a few arrays instead of a
// pass over the tables.
//
// Kept fresh from the change log: every local write logs (entity, row id)
// in its own transaction (ChangeLogTriggers), so refresh() re-reads just the
// rows logged since the last entry it saw, whichever connection wrote them.
// Writes that bypass the log (changes pulled from the server, a province
// mirror) bump meta 'unlogged_writes' (SuppressChangeLog): then, or after a
// large import, or when the log is not the one it followed (a restored
// backup), it loads everything again.
//
// One snapshot per store file, shared by every connection to it (a
// dashboard computes on a fresh worker connection each time); lease() locks
// it for the caller. Inside an open transaction a caller gets a private
// snapshot instead: what it sees may still be rolled back.
//
// When the process opts in (setKeepSavedCopies: the desktop app, the CLI;
// never the province server's mirrors), a copy is kept beside the store
// file in "<file>.kpi" (FactsSnapshotFile.cpp), written in the background
// after a full load and again as the log grows, with no SQLite write: a
// store just opened decodes it and patches it from the log instead of
// reading every table, when it is still the file's (same format and schema,
// the same store, a log position this file's log still has, no unlogged
// write since, rows not renumbered); anything else, a full load.
class FactsSnapshot
{
public:
    // Row bits besides the Fact bits of ResidentFacts.h (which sit below bit 22).
    enum RowBit : quint32 { RLive = 1u << 28, RInfluencer = 1u << 29, RHasBirthYear = 1u << 30, RNoHamlet = 1u << 31 };

    struct Resident
    {
        qint32 hamlet = 0;     // index into hamletIds()
        qint32 household = -1; // ordinal in households, -1: none
        qint32 birthDate = DateCode::kNone;
        qint32 birthYear = 0; // with RHasBirthYear: a year; kNone for a text
        qint32 certifiedOn = DateCode::kNone;
        qint32 skillsOn = DateCode::kNone;
        quint32 bits = 0; // Fact flags of the row itself | RowBit
    };
    struct Household
    {
        qint32 hamlet = 0;
        bool live = false;
        bool poor = false; // live and poor or near poor
    };
    struct Class
    {
        qint32 day = DateCode::kNone; // substr(starts_at, 1, 10)
        qint32 hamlet = 0;            // coalesce(hamlet_id, '')
        bool live = false;
        bool basic = false;
        bool forDisabled = false;
    };
    struct Attendance
    {
        qint32 classOrdinal = -1;
        qint32 resident = -1;
        bool live = false;
        bool present = false;
        bool completed = false;
    };
    struct Pair
    {
        qint32 mentee = -1;
        qint32 trainedOn = DateCode::kNone; // coalesce(ended_on, started_on, '')
        bool completed = false;              // live and status 'completed'
    };
    struct Team
    {
        qint32 hamlet = -1; // -1: no hamlet
        bool liveActive = false;
    };
    struct Visit
    {
        qint32 household = -1;
        qint32 day = DateCode::kNone;
        qint32 team = -1;
        bool live = false;
        bool informed = false;
    };

    // The snapshot locked for one computation; releases it when destroyed.
    class Lease
    {
    public:
        Lease() = default;
        Lease(std::shared_ptr<FactsSnapshot> snapshot, std::shared_ptr<std::mutex> mutex,
              std::unique_lock<std::mutex> lock)
            : m_mutex(std::move(mutex)), m_snapshot(std::move(snapshot)), m_lock(std::move(lock))
        {
        }
        const FactsSnapshot* operator->() const { return m_snapshot.get(); }
        const FactsSnapshot& operator*() const { return *m_snapshot; }
        explicit operator bool() const { return m_snapshot != nullptr; }

    private:
        // In this order: the lock is released first, then what it locks.
        std::shared_ptr<std::mutex> m_mutex;
        std::shared_ptr<FactsSnapshot> m_snapshot;
        std::unique_lock<std::mutex> m_lock;
    };
    // The store's snapshot, up to date with what the store's connection sees.
    // Empty with *error when SQLite refused.
    static Lease lease(Store& store, QString* error);
    // Drops the file's snapshot: the next lease() starts from the copy kept
    // beside the file, or loads every table again (a benchmark's "first computation").
    static void forget(Store& store);
    // Also deletes the copy kept beside the file: the next lease() loads every table.
    static bool forgetSaved(Store& store);
    // Whether this process reads and writes the copies beside store files
    // (off unless turned on: servers, mirrors and tests keep none).
    static void setKeepSavedCopies(bool keep);
    // Where the copy of `storeFile`'s snapshot is kept: "<file>.kpi".
    static QString savedCopyPath(const QString& storeFile);
    // Waits until the copies being written in the background are in their
    // files (tests, benchmarks; anything about to replace a store file).
    static void waitForSaves();
    FactsSnapshot() { clear(); }

    // How the last lease() got its rows (for tests and the benchmark).
    enum class Refresh { Loaded, Patched, Unchanged };
    Refresh lastRefresh() const { return m_lastRefresh; }
    int fullLoads() const { return m_fullLoads; }
    // Times this snapshot started from the copy kept beside the file (then patched from the log).
    int restoredFromFile() const { return m_restored; }
    // Copies handed to the background writer (written unless the store file was removed meanwhile).
    int savesScheduled() const { return m_savesScheduled; }

    const QVector<QString>& hamletIds() const { return m_hamletIds; }
    int hamletIndexOf(const QString& id) const { return m_hamletIndex.find(id.toUtf8()); }
    const std::vector<Resident>& residents() const { return m_residents.rows; }
    // The resident read from the row with this SQLite rowid, -1 if none.
    int residentOfRowid(qint64 rowid) const { return m_residents.index.find(rowid); }
    const std::vector<Household>& households() const { return m_households.rows; }
    const IdTable& householdIds() const { return m_households.ids; }
    const std::vector<Class>& classes() const { return m_classes.rows; }
    const std::vector<Attendance>& attendance() const { return m_attendance.rows; }
    const std::vector<Pair>& pairs() const { return m_pairs.rows; }
    const std::vector<Team>& teams() const { return m_teams.rows; }
    const std::vector<Visit>& visits() const { return m_visits.rows; }

    // Residents past this many are read on two connections at once (tests lower it).
    static void setParallelLoadFrom(qint64 residents);

private:
    // Rows other rows point to by UUID: households, classes, teams.
    template <class Row>
    struct KeyedTable
    {
        IdTable ids;
        std::vector<Row> rows;
        int ordinal(QByteArrayView id)
        {
            const int i = ids.insert(id);
            if (size_t(i) == rows.size())
                rows.emplace_back();
            return i;
        }
        Row& at(QByteArrayView id) { return rows[size_t(ordinal(id))]; }
    };
    // Rows known by their SQLite rowid, which a row keeps for good: a logged
    // write never deletes a row (triggers refuse DELETE), and an unlogged one
    // reloads everything. An integer instead of hashing 300,000 UUID texts.
    template <class Row>
    struct RowidTable
    {
        RowidIndex index;
        std::vector<Row> rows;
        int append()
        {
            rows.emplace_back();
            return int(rows.size()) - 1;
        }
        int ordinal(qint64 rowid)
        {
            int i = index.find(rowid);
            if (i < 0)
                index.insert(rowid, i = append());
            return i;
        }
    };
    struct LogPosition
    {
        qint64 seq = -1; // -1: nothing loaded
        QByteArray rowId;
        qint64 hlc = 0;
        QByteArray unlogged;
        bool operator==(const LogPosition&) const = default;
    };
    struct ResidentBatch;

    // helperPath: the store file, which a second connection may also read
    // (empty inside a transaction, whose writes only this connection sees;
    // only a shared snapshot starts from the copy kept beside the file).
    bool refresh(sqlite3* db, const QString& helperPath, QString* error);
    // Whether the rows as they were at `from` become those at `head` by
    // reading again the rows the log names in between (*follows).
    static bool logFollows(sqlite3* db, const LogPosition& from, const LogPosition& head, bool* follows,
                           QString* error);
    // The copy kept beside the file (FactsSnapshotFile.cpp); `path` canonical.
    static quint64 formatFingerprint();
    static quint64 sourceFingerprint(); // the SQL the rows are read with
    bool restoreSaved(sqlite3* db, const LogPosition& head, const QString& path);
    bool saveDue() const;
    void scheduleSave(sqlite3* db, const QString& path);
    QByteArray encode() const;
    bool decode(PackedReader& packed);
    bool loadAll(sqlite3* db, const QString& helperPath, const LogPosition& head, QString* error);
    bool readPosition(sqlite3* db, LogPosition& position, QString* error) const;
    bool patch(sqlite3* db, qint64 toSeq, QString* error);
    bool readTable(sqlite3* db, const QByteArray& table, const QByteArray& rowId, QString* error);
    void readResidents(sqlite3* db, const char* sql, const QByteArray& rowId, qint64 fromRowid, qint64 toRowid,
                       ResidentBatch& batch) const;
    bool loadResidents(sqlite3* db, const QString& helperPath, const LogPosition& head, QString* error);
    bool readOnHelper(const QString& path, const LogPosition& head, qint64 fromRowid, ResidentBatch& batch) const;
    void mergeResidents(ResidentBatch& batch);
    qint32 residentOfRef(sqlite3* db, QByteArrayView id, QString* error);
    void settleResidentRefs();
    qint32 hamletIndex(QByteArrayView id);
    qint32 householdOrdinal(QByteArrayView id);
    void clear();

    LogPosition m_position;
    Refresh m_lastRefresh = Refresh::Loaded;
    int m_fullLoads = 0;
    int m_restored = 0;
    int m_savesScheduled = 0;
    qint64 m_savedSeq = -1; // the log position of the copy in the file (or on its way): -1 none known
    IdTable m_hamletIndex;
    // Rows come household by household: most share the previous row's hamlet and household.
    QByteArray m_lastHamletId, m_lastHouseholdId;
    qint32 m_lastHamlet = -1, m_lastHousehold = -1;
    QVector<QString> m_hamletIds;
    RowidTable<Resident> m_residents;
    KeyedTable<Household> m_households;
    KeyedTable<Class> m_classes;
    RowidTable<Attendance> m_attendance;
    RowidTable<Pair> m_pairs;
    KeyedTable<Team> m_teams;
    RowidTable<Visit> m_visits;
    // The residents that attendance and mentor pairs name, by UUID, and the
    // resident each is (-1: not read yet). Only these few need a UUID key.
    IdTable m_residentRefs;
    std::vector<qint32> m_refResident;
    // A full load reads attendance and pairs before the residents they name:
    // until then a link holds -2 - its ref.
    bool m_residentsPending = false;
};

} // namespace hocvuso::kpi::detail
