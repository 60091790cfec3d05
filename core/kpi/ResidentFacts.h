#pragma once

#include "core/kpi/FactsSnapshot.h"
#include "core/kpi/NativeRows.h"
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
// The facts every member of the group has: its bit and the ages it implies
// (elderly: 60+, so 16+ and 18+; Women's Union members: 18+). See the group
// rules in Indicators.h.
quint32 groupImplies(const QString& groupId);

// The date cut-offs of one period as DateCode values.
struct PeriodCuts
{
    qint32 start, end, cut16, cut18, cut60;
    qint64 year16, year18, year60;
    explicit PeriodCuts(const Period& p);
};

// What the resident and household indicators need for several periods at
// once (the monthly trend), derived from a FactsSnapshot by passes over its
// packed rows instead of SQL sorts and correlated sub-queries:
//  - trained on: per resident, the earliest of a completed basic class start,
//    a completed mentor pair's end and basic_skills_on;
//  - attendance and visits in each period as one bit per period;
//  - per household: hamlet, poor flag, earliest trained member, earliest
//    informing visit.
class ResidentFacts
{
public:
    static constexpr int kMaxPeriods = 64; // one bit per period

    struct Resident
    {
        int hamlet;           // index into hamletIds()
        const quint32* masks; // one per period
        int ordinal;          // in FactsSnapshot::residents()
    };

    ResidentFacts(const FactsSnapshot& snapshot, QVector<Period> periods, bool groups);

    // Calls visit for every live resident, in snapshot order.
    void scanResidents(const std::function<void(const Resident&)>& visit);
    // Every live household after scanResidents: hamlet index, digital (a
    // member trained by the period end), informed (by the period end).
    struct Household
    {
        int hamlet;
        quint64 digital;  // bit per period
        quint64 informed; // bit per period
    };
    void forEachLiveHousehold(const std::function<void(const Household&)>& visit) const;
    // The same for one household by id: all bits 0 when it is unknown or deleted.
    Household household(QByteArrayView id) const;

    // coalesce(hamlet_id, '') of the rows seen, by index.
    const QVector<QString>& hamletIds() const { return m_snapshot.hamletIds(); }
    // Hamlets with a live influencer (current status, not dated), after scanResidents.
    bool hasInfluencer(const QString& hamletId) const;
    // Periods (bits) in which an active team of the hamlet logged a live visit.
    quint64 teamVisitPeriods(const QString& hamletId) const;
    int periodCount() const { return int(m_cuts.size()); }

private:
    void deriveActivity();
    quint64 periodsContaining(qint32 day) const;
    Household describe(size_t household) const;
    int findHamlet(const QString& id) const;

    const FactsSnapshot& m_snapshot;
    QVector<PeriodCuts> m_cuts;
    bool m_groups;
    // Per resident ordinal.
    std::vector<qint32> m_trainedOn;
    std::vector<quint64> m_attended, m_attendedDisabled;
    // Per household ordinal.
    std::vector<qint32> m_householdTrainedOn, m_informedOn;
    std::vector<quint64> m_visited;
    // Per hamlet index.
    std::vector<quint64> m_teamVisits;
    std::vector<bool> m_influencer;
};

} // namespace hocvuso::kpi::detail
