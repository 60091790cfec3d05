#include "core/kpi/ResidentFacts.h"

#include "core/store/Database.h"
#include "core/store/Store.h"

#include <sqlite3.h>

#include <optional>

namespace hocvuso::kpi::detail {

namespace {
QByteArray iso(const QDate& d)
{
    return d.toString(Qt::ISODate).toLatin1();
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

void IdTable::reserve(qsizetype count)
{
    size_t capacity = 16;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
    m_offsets.reserve(size_t(count) + 1);
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
    if (m_lastHamlet >= 0 && id == QByteArrayView(m_lastHamletId.data(), qsizetype(m_lastHamletId.size())))
        return m_lastHamlet;
    m_lastHamletId.assign(id.data(), size_t(id.size()));
    m_lastHamlet = lookupHamlet(id);
    return m_lastHamlet;
}

int ResidentFacts::lookupHamlet(QByteArrayView id)
{
    const int index = m_hamletIndex.insert(id);
    if (index == m_hamletIds.size())
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

ResidentFacts::ResidentActivity& ResidentFacts::activityOf(QByteArrayView residentId)
{
    const int i = m_activityIds.insert(residentId);
    if (size_t(i) == m_activity.size())
        m_activity.emplace_back();
    return m_activity[size_t(i)];
}

ResidentFacts::HouseholdInfo& ResidentFacts::householdOf(QByteArrayView householdId)
{
    const int i = m_householdIds.insert(householdId);
    if (size_t(i) == m_households.size())
        m_households.emplace_back();
    return m_households[size_t(i)];
}

bool ResidentFacts::load(QString* error)
{
    // The passes read whole tables larger than the page cache: mapped
    // (up to SQLite's default ceiling), SQLite reads them without copying
    // each page through read(). A per-connection setting that only speeds
    // reads; writes still go through the WAL.
    sqlite3_exec(m_db, "PRAGMA mmap_size = 2147418112", nullptr, nullptr, nullptr);
    return loadClasses(error) && loadAttendance(error) && loadPairs(error) && loadHouseholds(error) &&
           loadTeams(error) && loadVisits(error);
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
        const int i = m_classIds.insert(q.text(0));
        if (size_t(i) == m_classes.size())
            m_classes.emplace_back();
        ClassInfo& c = m_classes[size_t(i)];
        c.day = q.isNull(1) ? QByteArray() : QByteArray(q.text(1).data(), q.text(1).size());
        c.basic = q.isOne(2);
        c.forDisabled = q.isOne(3);
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadAttendance(QString* error)
{
    NativeQuery q(m_db, "SELECT class_id, resident_id, present = 1, completed = 1 FROM attendance WHERE deleted = 0",
                  error);
    while (q.next()) {
        const int ci = m_classIds.find(q.text(0));
        if (ci < 0 || m_classes[size_t(ci)].day.isNull())
            continue; // deleted class, or no start date: neither trains nor counts as attended
        const ClassInfo& c = m_classes[size_t(ci)];
        const bool trains = q.isOne(3) && c.basic;
        const quint64 bits = q.isOne(2) ? periodsContaining(c.day) : 0;
        if (!trains && !bits)
            continue;
        ResidentActivity& a = activityOf(q.text(1));
        if (trains)
            keepEarliest(a.trainedOn, c.day);
        a.attended |= bits;
        if (c.forDisabled)
            a.attendedDisabled |= bits;
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
    while (q.next())
        keepEarliest(activityOf(q.text(0)).trainedOn, q.text(1));
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadHouseholds(QString* error)
{
    NativeQuery count(m_db, "SELECT count(*) FROM households", error);
    if (count.next()) {
        m_householdIds.reserve(count.integer(0));
        m_households.reserve(size_t(count.integer(0)));
    }
    NativeQuery q(m_db, "SELECT id, hamlet_id, deleted = 0, poor = 1 OR near_poor = 1 FROM households", error);
    while (q.next()) {
        HouseholdInfo& h = householdOf(q.text(0));
        h.hamlet = hamletIndex(q.text(1));
        h.live = q.isOne(2);
        h.poor = h.live && q.isOne(3);
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadTeams(QString* error)
{
    NativeQuery q(m_db, "SELECT id, hamlet_id FROM teams WHERE deleted = 0 AND active = 1", error);
    while (q.next()) {
        const int i = m_teamIds.insert(q.text(0));
        if (size_t(i) == m_teamHamlets.size())
            m_teamHamlets.emplace_back();
        m_teamHamlets[size_t(i)] = q.isNull(1) ? QString() : QString::fromUtf8(q.text(1));
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::loadVisits(QString* error)
{
    NativeQuery q(m_db, "SELECT household_id, visited_on, informed = 1, team_id FROM visits WHERE deleted = 0", error);
    while (q.next()) {
        if (q.isNull(1))
            continue; // an undated visit falls in no period (the column is NOT NULL anyway)
        const QByteArrayView day = q.text(1);
        const quint64 periods = periodsContaining(day);
        HouseholdInfo& h = householdOf(q.text(0));
        h.visited |= periods;
        if (q.isOne(2))
            keepEarliest(h.informedOn, day);
        // hamlet_team: the hamlet of the active team that made the visit.
        if (periods && !q.isNull(3)) {
            const int team = m_teamIds.find(q.text(3));
            if (team >= 0 && !m_teamHamlets[size_t(team)].isNull())
                m_teamVisitPeriods[m_teamHamlets[size_t(team)]] |= periods;
        }
    }
    return q.ok() && (!error || error->isEmpty());
}

bool ResidentFacts::scanResidents(const std::function<void(const Resident&)>& visit, QString* error, bool names)
{
    enum Column {
        Id, FullName, Hamlet, Household, BirthDate, BirthYear, Sex, Smartphone, Vneid2, Bank, Official, Student,
        Worker, Disabled, WomensUnion, Influencer, EthnicMinority, SmallTrader, YouthUnion, CertifiedOn, SkillsOn,
    };
    static_assert(Id == kColumnId && FullName == kColumnFullName);
    // Columns nobody reads this time stay NULL literals: each column SQLite
    // decodes costs, and the pass is bound by the residents table.
    const QByteArray sql = QByteArray("SELECT id, ") + (names ? "full_name" : "NULL") +
                           ", hamlet_id, household_id, birth_date, birth_year, " + (m_groups ? "sex" : "NULL") +
                           ", has_smartphone, vneid_level2, digital_bank, public_official, student, enterprise_worker,"
                           " disabled, womens_union, influencer, " +
                           (m_groups ? "ethnic_minority, small_trader, youth_union" : "NULL, NULL, NULL") +
                           ", vneid_certified_on, basic_skills_on FROM residents WHERE deleted = 0";
    NativeQuery q(m_db, sql.constData(), error);
    std::string lastHouseholdId; // rows come household by household
    int lastHousehold = -1;
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
        if (!m_activity.empty()) {
            const int i = m_activityIds.find(q.text(Id));
            if (i >= 0)
                act = &m_activity[size_t(i)];
        }
        HouseholdInfo* household = nullptr;
        if (!q.isNull(Household)) {
            const QByteArrayView id = q.text(Household);
            if (lastHousehold == -1 || id != QByteArrayView(lastHouseholdId.data(), qsizetype(lastHouseholdId.size()))) {
                lastHouseholdId.assign(id.data(), size_t(id.size()));
                lastHousehold = m_householdIds.find(id); // -1 again when unknown
            }
            if (lastHousehold >= 0)
                household = &m_households[size_t(lastHousehold)];
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
        // A view, not a copy: most residents have a basic_skills_on date.
        std::optional<QByteArrayView> trainedOn;
        if (act && !act->trainedOn.isNull())
            trainedOn = QByteArrayView(act->trainedOn);
        if (!q.isNull(SkillsOn) && (!trainedOn || !textLessOrEqual(*trainedOn, q.text(SkillsOn))))
            trainedOn = q.text(SkillsOn);
        if (household && trainedOn)
            keepEarliest(household->trainedOn, *trainedOn);
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
            if (trainedOn && textLessOrEqual(*trainedOn, c.end))
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
    for (size_t i = 0; i < m_households.size(); ++i)
        if (m_households[i].live)
            visit(describe(m_householdIds.key(int(i)), m_households[i]));
}

ResidentFacts::Household ResidentFacts::household(QByteArrayView id) const
{
    const int i = m_householdIds.find(id);
    if (i < 0 || !m_households[size_t(i)].live)
        return {id, 0, 0, 0};
    return describe(id, m_households[size_t(i)]);
}

} // namespace hocvuso::kpi::detail
