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

// A row id as a hash key. Ids are UUIDs whose last 16 bytes are random
// (v7) or a hash (v5): hashing those two words is much cheaper than Qt's
// hash of all 36 bytes, which was the largest cost of the resident pass.
struct IdKey
{
    QByteArray bytes;
    friend bool operator==(const IdKey& a, const IdKey& b) { return a.bytes == b.bytes; }
    friend size_t qHash(const IdKey& k, size_t seed = 0) noexcept
    {
        const qsizetype n = k.bytes.size();
        if (n < 16)
            return qHash(k.bytes, seed);
        quint64 a, b;
        std::memcpy(&a, k.bytes.constData() + n - 16, 8);
        std::memcpy(&b, k.bytes.constData() + n - 8, 8);
        return size_t((a * 0x9E3779B97F4A7C15ull) ^ b ^ quint64(n) ^ seed);
    }
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
    bool scanResidents(const std::function<void(const Resident&)>& visit, QString* error);
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
    bool loadClasses(QString* error);
    bool loadAttendance(QString* error);
    bool loadPairs(QString* error);
    bool loadHouseholds(QString* error);
    bool loadVisits(QString* error);
    quint64 periodsContaining(QByteArrayView day) const;
    Household describe(QByteArrayView id, const HouseholdInfo& info) const;

    sqlite3* m_db;
    QVector<PeriodCuts> m_cuts;
    bool m_groups;
    QHash<QByteArray, int> m_hamletIndex;
    QVector<QString> m_hamletIds;
    QByteArray m_lastHamletId;
    int m_lastHamlet = -1;
    QHash<IdKey, ClassInfo> m_classes; // live classes only
    QHash<IdKey, ResidentActivity> m_activity;
    QHash<IdKey, HouseholdInfo> m_households;
    QHash<QString, bool> m_influencerHamlets;
};

} // namespace hocvuso::kpi::detail
