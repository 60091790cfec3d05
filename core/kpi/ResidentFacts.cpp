#include "core/kpi/ResidentFacts.h"

#include <algorithm>

namespace hocvuso::kpi::detail {

quint32 groupBit(const QString& id)
{
    static const QHash<QString, quint32> bits = {
        {QStringLiteral("elderly"), F60},           {QStringLiteral("disabled"), FDisabled},
        {QStringLiteral("women"), GWomen},          {QStringLiteral("ethnic_minority"), GEthnicMinority},
        {QStringLiteral("poor_household"), GPoorHousehold}, {QStringLiteral("enterprise_worker"), FWorker},
        {QStringLiteral("small_trader"), GSmallTrader},     {QStringLiteral("public_official"), FOfficial},
        {QStringLiteral("student"), FStudent},      {QStringLiteral("womens_union"), FWomensUnion},
        {QStringLiteral("youth_union"), GYouthUnion},
    };
    return bits.value(id, 0);
}

quint32 groupImplies(const QString& id)
{
    if (id == QLatin1String("elderly"))
        return F60 | F18 | F16;
    if (id == QLatin1String("womens_union"))
        return FWomensUnion | F18 | F16;
    return groupBit(id);
}

PeriodCuts::PeriodCuts(const Period& p)
    : start(DateCode::of(p.start())), end(DateCode::of(p.end())), cut16(DateCode::of(p.end().addYears(-16))),
      cut18(DateCode::of(p.end().addYears(-18))), cut60(DateCode::of(p.end().addYears(-60))),
      year16(p.end().year() - 16), year18(p.end().year() - 18), year60(p.end().year() - 60)
{
}

ResidentFacts::ResidentFacts(const FactsSnapshot& snapshot, QVector<Period> periods, bool groups)
    : m_snapshot(snapshot), m_groups(groups)
{
    Q_ASSERT(periods.size() <= kMaxPeriods);
    for (const Period& p : periods)
        m_cuts.push_back(PeriodCuts(p));
    deriveActivity();
}

quint64 ResidentFacts::periodsContaining(qint32 day) const
{
    quint64 bits = 0;
    for (int i = 0; i < m_cuts.size(); ++i)
        if (m_cuts[i].start <= day && day <= m_cuts[i].end)
            bits |= quint64(1) << i;
    return bits;
}

void ResidentFacts::deriveActivity()
{
    const auto& residents = m_snapshot.residents();
    const auto& classes = m_snapshot.classes();
    m_trainedOn.assign(residents.size(), DateCode::kNone);
    m_attended.assign(residents.size(), 0);
    m_attendedDisabled.assign(residents.size(), 0);
    for (const FactsSnapshot::Attendance& a : m_snapshot.attendance()) {
        if (!a.live)
            continue;
        const FactsSnapshot::Class& c = classes[size_t(a.classOrdinal)];
        if (!c.live || c.day == DateCode::kNone)
            continue; // deleted class, or no start date: neither trains nor counts as attended
        const size_t r = size_t(a.resident);
        if (a.completed && c.basic)
            m_trainedOn[r] = std::min(m_trainedOn[r], c.day);
        const quint64 bits = a.present ? periodsContaining(c.day) : 0;
        m_attended[r] |= bits;
        if (c.forDisabled)
            m_attendedDisabled[r] |= bits;
    }
    for (const FactsSnapshot::Pair& p : m_snapshot.pairs())
        if (p.completed)
            m_trainedOn[size_t(p.mentee)] = std::min(m_trainedOn[size_t(p.mentee)], p.trainedOn);

    const size_t households = m_snapshot.households().size();
    m_householdTrainedOn.assign(households, DateCode::kNone);
    m_informedOn.assign(households, DateCode::kNone);
    m_visited.assign(households, 0);
    m_teamVisits.assign(size_t(hamletIds().size()), 0);
    const auto& teams = m_snapshot.teams();
    for (const FactsSnapshot::Visit& v : m_snapshot.visits()) {
        if (!v.live || v.day == DateCode::kNone)
            continue; // an undated visit falls in no period (the column is NOT NULL anyway)
        const quint64 periods = periodsContaining(v.day);
        const size_t h = size_t(v.household);
        m_visited[h] |= periods;
        if (v.informed)
            m_informedOn[h] = std::min(m_informedOn[h], v.day);
        // hamlet_team: the hamlet of the active team that made the visit.
        if (periods && v.team >= 0) {
            const FactsSnapshot::Team& t = teams[size_t(v.team)];
            if (t.liveActive && t.hamlet >= 0)
                m_teamVisits[size_t(t.hamlet)] |= periods;
        }
    }
}

void ResidentFacts::scanResidents(const std::function<void(const Resident&)>& visit)
{
    // The row's own facts that count; group-only bits only with groups on.
    const quint32 own = FSmartphone | FVneid2 | FBank | FOfficial | FStudent | FWorker | FDisabled | FWomensUnion |
                        FUnknownAge | (m_groups ? (GWomen | GEthnicMinority | GSmallTrader | GYouthUnion) : 0u);
    const auto& households = m_snapshot.households();
    const auto& residents = m_snapshot.residents();
    m_influencer.assign(size_t(hamletIds().size()), false);
    const int periods = int(m_cuts.size());
    QVector<quint32> masks(periods);
    for (size_t ordinal = 0; ordinal < residents.size(); ++ordinal) {
        const FactsSnapshot::Resident& r = residents[ordinal];
        if (!(r.bits & FactsSnapshot::RLive))
            continue;
        quint32 base = r.bits & own;
        if (m_groups && r.household >= 0 && households[size_t(r.household)].poor)
            base |= GPoorHousehold;
        // Trained: a completed basic class or mentor pair, or basic_skills_on.
        const qint32 trainedOn = std::min(m_trainedOn[ordinal], r.skillsOn);
        if (r.household >= 0)
            m_householdTrainedOn[size_t(r.household)] = std::min(m_householdTrainedOn[size_t(r.household)], trainedOn);
        const bool hasBirthDate = r.birthDate != DateCode::kNone;
        const bool hasBirthYear = r.bits & FactsSnapshot::RHasBirthYear;
        const quint64 attended = m_attended[ordinal], attendedDisabled = m_attendedDisabled[ordinal];
        const quint64 visited = r.household >= 0 ? m_visited[size_t(r.household)] : 0;
        for (int i = 0; i < periods; ++i) {
            const PeriodCuts& c = m_cuts[i];
            quint32 m = base;
            // Age at the period end: the birth date, else the birth year (birthday 1 January).
            if (hasBirthDate) {
                if (r.birthDate <= c.cut16)
                    m |= F16;
                if (r.birthDate <= c.cut18)
                    m |= F18;
                if (r.birthDate <= c.cut60)
                    m |= F60;
            } else if (hasBirthYear) {
                if (r.birthYear <= c.year16)
                    m |= F16;
                if (r.birthYear <= c.year18)
                    m |= F18;
                if (r.birthYear <= c.year60)
                    m |= F60;
            }
            if (trainedOn <= c.end)
                m |= FTrained;
            if (r.certifiedOn <= c.end)
                m |= FCertified;
            const quint64 bit = quint64(1) << i;
            if (attended & bit)
                m |= FAttended;
            if (attendedDisabled & bit)
                m |= FAttendedDisabled;
            if (visited & bit)
                m |= FVisited;
            masks[i] = m;
        }
        if ((r.bits & FactsSnapshot::RInfluencer) && !(r.bits & FactsSnapshot::RNoHamlet))
            m_influencer[size_t(r.hamlet)] = true;
        visit(Resident{r.hamlet, masks.constData(), int(ordinal)});
    }
}

int ResidentFacts::findHamlet(const QString& id) const
{
    return m_snapshot.hamletIndexOf(id);
}

bool ResidentFacts::hasInfluencer(const QString& hamletId) const
{
    const int i = findHamlet(hamletId);
    return i >= 0 && size_t(i) < m_influencer.size() && m_influencer[size_t(i)];
}

quint64 ResidentFacts::teamVisitPeriods(const QString& hamletId) const
{
    const int i = findHamlet(hamletId);
    return i >= 0 && size_t(i) < m_teamVisits.size() ? m_teamVisits[size_t(i)] : 0;
}

ResidentFacts::Household ResidentFacts::describe(size_t i) const
{
    Household h{m_snapshot.households()[i].hamlet, 0, 0};
    for (int p = 0; p < m_cuts.size(); ++p) {
        if (m_householdTrainedOn[i] <= m_cuts[p].end)
            h.digital |= quint64(1) << p;
        if (m_informedOn[i] <= m_cuts[p].end)
            h.informed |= quint64(1) << p;
    }
    return h;
}

void ResidentFacts::forEachLiveHousehold(const std::function<void(const Household&)>& visit) const
{
    const auto& households = m_snapshot.households();
    for (size_t i = 0; i < households.size(); ++i)
        if (households[i].live)
            visit(describe(i));
}

ResidentFacts::Household ResidentFacts::household(QByteArrayView id) const
{
    const int i = m_snapshot.householdIds().find(id);
    if (i < 0 || !m_snapshot.households()[size_t(i)].live)
        return {0, 0, 0};
    return describe(size_t(i));
}

} // namespace hocvuso::kpi::detail
