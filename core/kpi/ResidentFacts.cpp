#include "core/kpi/ResidentFacts.h"

#include "core/store/Database.h"
#include "core/store/Store.h"

#include <sqlite3.h>

namespace hocvuso::kpi::detail {

namespace {
QByteArray iso(const QDate& d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

// A hash key over bytes the statement owns, without copying them.
QByteArray peek(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size());
}

IdKey peekId(QByteArrayView v)
{
    return IdKey{peek(v)};
}

IdKey copyId(QByteArrayView v)
{
    return IdKey{QByteArray(v.data(), v.size())};
}

// `earliest = min(earliest, candidate)`, null meaning "none yet".
void keepEarliest(QByteArray& earliest, QByteArrayView candidate)
{
    if (earliest.isNull() || !textLessOrEqual(earliest, candidate))
        earliest = QByteArray(candidate.data(), candidate.size());
}

bool atOrBefore(const QByteArray& date, const QByteArray& end)
{
    return !date.isNull() && textLessOrEqual(date, end);
}
} // namespace

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

PeriodCuts::PeriodCuts(const Period& p)
    : start(iso(p.start())), end(iso(p.end())), cut16(iso(p.end().addYears(-16))), cut18(iso(p.end().addYears(-18))),
      cut60(iso(p.end().addYears(-60))), year16(p.end().year() - 16), year18(p.end().year() - 18),
      year60(p.end().year() - 60)
{
}

ResidentFacts::ResidentFacts(Store& store, QVector<Period> periods, bool groups)
    : m_db(static_cast<sqlite3*>(store.database().nativeHandle())), m_groups(groups)
{
    Q_ASSERT(periods.size() <= kMaxPeriods);
    for (const Period& p : periods)
        m_cuts.push_back(PeriodCuts(p));
}

int ResidentFacts::hamletIndex(QByteArrayView id)
{
    // Rows come household by household: most share the previous row's hamlet.
    if (m_lastHamlet >= 0 && id == QByteArrayView(m_lastHamletId))
        return m_lastHamlet;
    m_lastHamletId = QByteArray(id.data(), id.size());
    m_lastHamlet = lookupHamlet(id);
    return m_lastHamlet;
}

int ResidentFacts::lookupHamlet(QByteArrayView id)
{
    const auto it = m_hamletIndex.constFind(peek(id));
    if (it != m_hamletIndex.cend())
        return *it;
    const int index = int(m_hamletIds.size());
    m_hamletIndex.insert(QByteArray(id.data(), id.size()), index);
    m_hamletIds.push_back(QString::fromUtf8(id));
    return index;
}

quint64 ResidentFacts::periodsContaining(QByteArrayView day) const
{
    quint64 bits = 0;
    for (int i = 0; i < m_cuts.size(); ++i)
        if (textLessOrEqual(m_cuts[i].start, day) && textLessOrEqual(day, m_cuts[i].end))
            bits |= quint64(1) << i;
    return bits;
}

bool ResidentFacts::load(QString* error)
{
    return loadClasses(error) && loadAttendance(error) && loadPairs(error) && loadHouseholds(error) &&
           loadVisits(error);
}

bool ResidentFacts::loadClasses(QString* error)
{
    // The same expressions the SQL rules used, evaluated by SQLite once per class.
    NativeQuery q(m_db,
                  "SELECT id, substr(starts_at, 1, 10), basic_course = 1,"
                  " (',' || replace(coalesce(target_group, ''), ' ', '') || ',') LIKE '%,disabled,%'"
                  " FROM classes WHERE deleted = 0",
                  error);
    while (q.next()) {
        ClassInfo c;
        if (!q.isNull(1))
            c.day = QByteArray(q.text(1).data(), q.text(1).size());
        c.basic = q.isOne(2);
        c.forDisabled = q.isOne(3);
        const QByteArrayView id = q.text(0);
        m_classes.insert(copyId(id), c);
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadAttendance(QString* error)
{
    NativeQuery q(m_db, "SELECT class_id, resident_id, present = 1, completed = 1 FROM attendance WHERE deleted = 0",
                  error);
    while (q.next()) {
        const auto c = m_classes.constFind(peekId(q.text(0)));
        if (c == m_classes.cend() || c->day.isNull())
            continue; // deleted class, or no start date: neither trains nor counts as attended
        const bool trains = q.isOne(3) && c->basic;
        const quint64 bits = q.isOne(2) ? periodsContaining(c->day) : 0;
        if (!trains && !bits)
            continue;
        const QByteArrayView resident = q.text(1);
        auto it = m_activity.find(peekId(resident));
        if (it == m_activity.end())
            it = m_activity.insert(copyId(resident), {});
        if (trains)
            keepEarliest(it->trainedOn, c->day);
        it->attended |= bits;
        if (c->forDisabled)
            it->attendedDisabled |= bits;
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadPairs(QString* error)
{
    // Mentored to completion: trained on the pair's end (its start, or always, without one).
    NativeQuery q(m_db,
                  "SELECT mentee_id, coalesce(ended_on, started_on, '') FROM mentor_pairs"
                  " WHERE deleted = 0 AND status = 'completed'",
                  error);
    while (q.next()) {
        const QByteArrayView mentee = q.text(0);
        auto it = m_activity.find(peekId(mentee));
        if (it == m_activity.end())
            it = m_activity.insert(copyId(mentee), {});
        keepEarliest(it->trainedOn, q.text(1));
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadHouseholds(QString* error)
{
    NativeQuery q(m_db, "SELECT id, hamlet_id, deleted = 0, poor = 1 OR near_poor = 1 FROM households", error);
    
    while (q.next()) {
        HouseholdInfo h;
        h.hamlet = hamletIndex(q.text(1));
        h.live = q.isOne(2);
        h.poor = h.live && q.isOne(3);
        const QByteArrayView id = q.text(0);
        m_households.insert(copyId(id), h);
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadVisits(QString* error)
{
    NativeQuery q(m_db, "SELECT household_id, visited_on, informed = 1 FROM visits WHERE deleted = 0", error);
    while (q.next()) {
        if (q.isNull(1))
            continue; // an undated visit falls in no period (the column is NOT NULL anyway)
        const QByteArrayView household = q.text(0);
        auto it = m_households.find(peekId(household));
        if (it == m_households.end())
            it = m_households.insert(copyId(household), {});
        const QByteArrayView day = q.text(1);
        it->visited |= periodsContaining(day);
        if (q.isOne(2))
            keepEarliest(it->informedOn, day);
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::scanResidents(const std::function<void(const Resident&)>& visit, QString* error)
{
    enum Column {
        Id, FullName, Hamlet, Household, BirthDate, BirthYear, Sex, Smartphone, Vneid2, Bank, Official, Student,
        Worker, Disabled, WomensUnion, Influencer, EthnicMinority, SmallTrader, YouthUnion, CertifiedOn, SkillsOn,
    };
    static_assert(Id == kColumnId && FullName == kColumnFullName);
    NativeQuery q(m_db,
                  "SELECT id, full_name, hamlet_id, household_id, birth_date, birth_year, sex, has_smartphone,"
                  " vneid_level2, digital_bank, public_official, student, enterprise_worker, disabled, womens_union,"
                  " influencer, ethnic_minority, small_trader, youth_union, vneid_certified_on, basic_skills_on"
                  " FROM residents WHERE deleted = 0",
                  error);
    const QVector<QPair<int, quint32>> flags = {
        {Smartphone, FSmartphone}, {Vneid2, FVneid2}, {Bank, FBank}, {Official, FOfficial}, {Student, FStudent},
        {Worker, FWorker}, {Disabled, FDisabled}, {WomensUnion, FWomensUnion},
    };
    const QVector<QPair<int, quint32>> groupFlags = {
        {EthnicMinority, GEthnicMinority}, {SmallTrader, GSmallTrader}, {YouthUnion, GYouthUnion}};
    const int periods = int(m_cuts.size());
    QVector<quint32> masks(periods);
    while (q.next()) {
        quint32 base = 0;
        for (const auto& [column, bit] : flags)
            if (q.isOne(column))
                base |= bit;
        const bool hasBirthDate = !q.isNull(BirthDate);
        const bool hasBirthYear = !q.isNull(BirthYear);
        if (!hasBirthDate && !hasBirthYear)
            base |= FUnknownAge;

        const ResidentActivity* act = nullptr;
        if (!m_activity.isEmpty()) {
            const auto it = m_activity.constFind(peekId(q.text(Id)));
            if (it != m_activity.cend())
                act = &*it;
        }
        HouseholdInfo* household = nullptr;
        if (!q.isNull(Household)) {
            const auto it = m_households.find(peekId(q.text(Household)));
            if (it != m_households.end())
                household = &*it;
        }
        if (m_groups) {
            for (const auto& [column, bit] : groupFlags)
                if (q.isOne(column))
                    base |= bit;
            if (!q.isNull(Sex) && q.text(Sex) == QByteArrayView("F"))
                base |= GWomen;
            if (household && household->poor)
                base |= GPoorHousehold;
        }

        // Trained: certified on a date, or a completed basic class / mentor pair.
        QByteArray trainedOn = act ? act->trainedOn : QByteArray();
        if (!q.isNull(SkillsOn))
            keepEarliest(trainedOn, q.text(SkillsOn));
        if (household && !trainedOn.isNull())
            keepEarliest(household->trainedOn, trainedOn);
        const bool certified = !q.isNull(CertifiedOn);
        const QByteArrayView birthDate = hasBirthDate ? q.text(BirthDate) : QByteArrayView();
        const QByteArrayView certifiedOn = certified ? q.text(CertifiedOn) : QByteArrayView();

        for (int i = 0; i < periods; ++i) {
            const PeriodCuts& c = m_cuts[i];
            quint32 m = base;
            // Age at the period end: the birth date, else the birth year (birthday 1 January).
            if (hasBirthDate) {
                if (textLessOrEqual(birthDate, c.cut16))
                    m |= F16;
                if (textLessOrEqual(birthDate, c.cut18))
                    m |= F18;
                if (textLessOrEqual(birthDate, c.cut60))
                    m |= F60;
            } else if (hasBirthYear) {
                if (q.numberAtMost(BirthYear, c.year16))
                    m |= F16;
                if (q.numberAtMost(BirthYear, c.year18))
                    m |= F18;
                if (q.numberAtMost(BirthYear, c.year60))
                    m |= F60;
            }
            if (atOrBefore(trainedOn, c.end))
                m |= FTrained;
            if (certified && textLessOrEqual(certifiedOn, c.end))
                m |= FCertified;
            const quint64 bit = quint64(1) << i;
            if (act && (act->attended & bit))
                m |= FAttended;
            if (act && (act->attendedDisabled & bit))
                m |= FAttendedDisabled;
            if (household && (household->visited & bit))
                m |= FVisited;
            masks[i] = m;
        }
        const bool noHamlet = q.isNull(Hamlet);
        const int hamlet = hamletIndex(q.text(Hamlet));
        if (q.isOne(Influencer) && !noHamlet)
            m_influencerHamlets.insert(m_hamletIds[hamlet], true);
        visit(Resident{hamlet, masks.constData(), &q});
    }
    return q.ok() && (!error || error->isEmpty());
}

ResidentFacts::Household ResidentFacts::describe(QByteArrayView id, const HouseholdInfo& info) const
{
    Household h{id, info.hamlet, 0, 0};
    for (int i = 0; i < m_cuts.size(); ++i) {
        if (atOrBefore(info.trainedOn, m_cuts[i].end))
            h.digital |= quint64(1) << i;
        if (atOrBefore(info.informedOn, m_cuts[i].end))
            h.informed |= quint64(1) << i;
    }
    return h;
}

void ResidentFacts::forEachLiveHousehold(const std::function<void(const Household&)>& visit) const
{
    for (auto it = m_households.cbegin(); it != m_households.cend(); ++it)
        if (it->live)
            visit(describe(QByteArrayView(it.key().bytes), *it));
}

ResidentFacts::Household ResidentFacts::household(QByteArrayView id) const
{
    const auto it = m_households.constFind(peekId(id));
    if (it == m_households.cend() || !it->live)
        return {id, 0, 0, 0};
    return describe(id, *it);
}

} // namespace hocvuso::kpi::detail
