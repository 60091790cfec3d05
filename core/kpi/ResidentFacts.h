#pragma once

#include "core/kpi/Period.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hocvuso {
class Store;
}

namespace hocvuso::kpi::detail {

// What one resident is at the end of one period, as bits. Every resident
// indicator is a rule over these bits (see KpiEngine.cpp residentMaskRule),
// used by compute() and by members() alike, so the two cannot disagree.
enum Fact : quint32 {
    F16 = 1u << 0, F18 = 1u << 1, F60 = 1u << 2, FTrained = 1u << 3, FCertified = 1u << 4,
    FSmartphone = 1u << 5, FVneid2 = 1u << 6, FBank = 1u << 7, FOfficial = 1u << 8, FStudent = 1u << 9,
    FWorker = 1u << 10, FDisabled = 1u << 11, FWomensUnion = 1u << 12, FAttended = 1u << 13,
    FAttendedDisabled = 1u << 14, FVisited = 1u << 15, FUnknownAge = 1u << 16,
    // Groups of Groups::all() that are not already a fact above (only with groups on).
    GWomen = 1u << 17, GEthnicMinority = 1u << 18, GPoorHousehold = 1u << 19, GSmallTrader = 1u << 20,
    GYouthUnion = 1u << 21,
};

// The group of Groups::all() as a fact bit.
quint32 groupBit(const QString& groupId);

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
    bool next(); // false at the end and on an error (then *error is set)
    bool isNull(int column) const;
    QByteArrayView text(int column) const; // UTF-8, empty view for NULL
    bool isOne(int column) const;          // the SQL `column = 1`
    // The SQL `column <= value` for an INTEGER column holding a number.
    bool numberAtMost(int column, qint64 value) const;
    qint64 integer(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString* m_error;
};

// The date cut-offs of one period as text, as the SQL used them.
struct PeriodCuts
{
    QByteArray start, end, cut16, cut18, cut60;
    qint64 year16, year18, year60;
    explicit PeriodCuts(const Period& p);
};

// Reads what the resident and household indicators need for several periods
// at once (the monthly trend), in one forward-only pass per table and in C++
// hashes instead of SQL sorts and correlated sub-queries:
//  - trained on: per resident, the earliest of a completed basic class start
//    and a completed mentor pair's end (basic_skills_on comes with the row);
//  - attendance and visits in each period as one bit per period;
//  - per household: hamlet, poor flag, earliest trained member, earliest
//    informing visit.
class ResidentFacts
{
public:
    static constexpr int kMaxPeriods = 64; // one bit per period

    struct Resident
    {
        int hamlet;                   // index into hamletIds()
        const quint32* masks;         // one per period
        const NativeQuery* row;       // the current row, for the columns below
    };
    static constexpr int kColumnId = 0;
    static constexpr int kColumnFullName = 1;

    ResidentFacts(Store& store, QVector<Period> periods, bool groups);

    bool load(QString* error);
    // Calls visit for every live resident, in storage order.
    // names = false leaves kColumnFullName NULL (the counts never read it).
    bool scanResidents(const std::function<void(const Resident&)>& visit, QString* error, bool names = true);
    // Every live household after scanResidents: hamlet index, digital (a
    // member trained by the period end), informed (by the period end).
    struct Household
    {
        QByteArrayView id;
        int hamlet;
        quint64 digital;  // bit per period
        quint64 informed; // bit per period
    };
    void forEachLiveHousehold(const std::function<void(const Household&)>& visit) const;
    // The same for one household by id: all bits 0 when it is unknown or deleted.
    Household household(QByteArrayView id) const;

    // coalesce(hamlet_id, '') of the rows seen, by index.
    const QVector<QString>& hamletIds() const { return m_hamletIds; }
    // Hamlets with a live influencer (current status, not dated).
    bool hasInfluencer(const QString& hamletId) const { return m_influencerHamlets.contains(hamletId); }
    // Periods (bits) in which an active team of the hamlet logged a live visit.
    quint64 teamVisitPeriods(const QString& hamletId) const { return m_teamVisitPeriods.value(hamletId); }
    int periodCount() const { return int(m_cuts.size()); }

private:
    struct ResidentActivity
    {
        QByteArray trainedOn; // null: never
        quint64 attended = 0;
        quint64 attendedDisabled = 0;
    };
    struct HouseholdInfo
    {
        int hamlet = 0;
        bool live = false;
        bool poor = false;
        QByteArray trainedOn;  // earliest of its live members
        QByteArray informedOn; // earliest informing visit
        quint64 visited = 0;   // any visit within the period
    };
    struct ClassInfo
    {
        QByteArray day; // substr(starts_at, 1, 10); null when starts_at is
        bool basic = false;
        bool forDisabled = false;
    };

    int hamletIndex(QByteArrayView id);
    int lookupHamlet(QByteArrayView id);
    ResidentActivity& activityOf(QByteArrayView residentId);
    HouseholdInfo& householdOf(QByteArrayView householdId);
    bool loadClasses(QString* error);
    bool loadAttendance(QString* error);
    bool loadPairs(QString* error);
    bool loadHouseholds(QString* error);
    bool loadTeams(QString* error);
    bool loadVisits(QString* error);
    quint64 periodsContaining(QByteArrayView day) const;
    Household describe(QByteArrayView id, const HouseholdInfo& info) const;

    sqlite3* m_db;
    QVector<PeriodCuts> m_cuts;
    bool m_groups;
    IdTable m_hamletIndex; // ordinal = index into m_hamletIds
    QVector<QString> m_hamletIds;
    std::string m_lastHamletId;
    int m_lastHamlet = -1;
    IdTable m_classIds; // live classes only
    std::vector<ClassInfo> m_classes;
    IdTable m_activityIds; // residents with a completion, a completed pair or an attendance
    std::vector<ResidentActivity> m_activity;
    IdTable m_householdIds;
    std::vector<HouseholdInfo> m_households;
    QHash<QString, bool> m_influencerHamlets;
    IdTable m_teamIds; // live, active teams
    std::vector<QString> m_teamHamlets; // null: the team has no hamlet
    QHash<QString, quint64> m_teamVisitPeriods;
};

} // namespace hocvuso::kpi::detail
