#include "core/kpi/FactsSnapshot.h"

#include "core/kpi/ResidentFacts.h"
#include "core/store/Database.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <list>
#include <utility>

namespace hocvuso::kpi::detail {

namespace {

// More logged rows than this since the last computation: reading them one
// by one costs more than loading every table again (an import, a restore).
constexpr qint64 kMaxPatchedRows = 20000;
// Store files whose snapshot stays in memory (tens of MB each at 300,000
// residents); a province server going through its communes keeps few.
constexpr size_t kKeptFiles = 2;

const qint32 kFirstDay = qint32(QDate(1, 1, 1).toJulianDay());
const qint32 kLastDay = qint32(QDate(9999, 12, 31).toJulianDay());

int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// "YYYY-MM-DD" of a real day from year 1: its Julian day, else -1.
qint64 isoDay(QByteArrayView t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return -1;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i)
        if ((v[i] = digit(t[at[i]])) < 0)
            return -1;
    const QDate d(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]);
    return d.isValid() && d.year() >= 1 ? d.toJulianDay() : -1;
}

int compareText(QByteArrayView a, QByteArrayView b)
{
    if (textLessOrEqual(a, b))
        return textLessOrEqual(b, a) ? 0 : -1;
    return 1;
}

} // namespace

qint32 DateCode::of(QByteArrayView text)
{
    const qint64 day = isoDay(text);
    if (day >= 0)
        return qint32(2 * day);
    // Any other text: the first day whose ISO text sorts at or after it.
    qint32 lo = kFirstDay, hi = kLastDay + 1;
    while (lo < hi) {
        const qint32 mid = lo + (hi - lo) / 2;
        const QByteArray iso = QDate::fromJulianDay(mid).toString(Qt::ISODate).toLatin1();
        if (compareText(text, iso) <= 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 2 * lo - 1; // strictly between day lo - 1 and day lo
}

namespace {

qint32 dateOf(const NativeQuery& q, int column)
{
    return q.isNull(column) ? DateCode::kNone : DateCode::of(q.text(column));
}

// The SQL `column <= year` of a stored birth year as "birthYear <= year".
qint32 birthYearOf(const NativeQuery& q, int column, bool* present)
{
    *present = !q.isNull(column);
    constexpr qint64 lowest = std::numeric_limits<qint32>::min() + 1, highest = DateCode::kNone - 1;
    if (q.isInteger(column))
        return qint32(std::clamp<qint64>(q.integer(column), lowest, highest));
    if (q.isReal(column))
        return qint32(std::clamp<double>(std::ceil(q.real(column)), double(lowest), double(highest)));
    return DateCode::kNone; // NULL compares with nothing; a text sorts after every number
}

struct Shared
{
    QString path;
    std::shared_ptr<std::mutex> mutex = std::make_shared<std::mutex>();
    std::shared_ptr<FactsSnapshot> snapshot = std::make_shared<FactsSnapshot>();
};

// Most recently used first.
std::list<Shared>& registry()
{
    static std::list<Shared> files;
    return files;
}
QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

FactsSnapshot::Lease FactsSnapshot::lease(Store& store, QString* error)
{
    auto* db = static_cast<sqlite3*>(store.database().nativeHandle());
    if (!db) {
        if (error)
            *error = QStringLiteral("no SQLite connection");
        return {};
    }
    const QString path = QFileInfo(store.path()).canonicalFilePath();
    if (sqlite3_get_autocommit(db) == 0 || path.isEmpty()) {
        auto own = std::make_shared<FactsSnapshot>();
        if (!own->refresh(db, error))
            return {};
        return Lease(own, nullptr, {});
    }
    std::shared_ptr<std::mutex> mutex;
    std::shared_ptr<FactsSnapshot> snapshot;
    {
        QMutexLocker lock(&registryMutex());
        auto& files = registry();
        auto it = std::find_if(files.begin(), files.end(), [&](const Shared& s) { return s.path == path; });
        if (it == files.end()) {
            files.push_front(Shared{path});
            while (files.size() > kKeptFiles)
                files.pop_back();
        } else {
            files.splice(files.begin(), files, it);
        }
        mutex = files.front().mutex;
        snapshot = files.front().snapshot;
    }
    std::unique_lock<std::mutex> lock(*mutex);
    // One read transaction: the log position and every table from the same
    // state of the file, whatever another connection commits meanwhile.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    const bool refreshed = snapshot->refresh(db, error);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!refreshed) {
        snapshot->clear(); // half patched: the next lease loads everything
        return {};
    }
    // The lease keeps the mutex and the snapshot alive, evicted or not.
    return Lease(std::move(snapshot), std::move(mutex), std::move(lock));
}

void FactsSnapshot::forget(Store& store)
{
    const QString path = QFileInfo(store.path()).canonicalFilePath();
    QMutexLocker lock(&registryMutex());
    registry().remove_if([&](const Shared& s) { return s.path == path; });
}

void FactsSnapshot::clear()
{
    m_position = LogPosition{};
    m_hamletIndex = IdTable();
    m_hamletIds.clear();
    m_residents = {};
    m_households = {};
    m_classes = {};
    m_attendance = {};
    m_pairs = {};
    m_teams = {};
    m_visits = {};
    m_lastHamlet = m_lastHousehold = -1;
    hamletIndex(QByteArrayView("")); // index 0: no hamlet
}

qint32 FactsSnapshot::householdOrdinal(QByteArrayView id)
{
    if (m_lastHousehold < 0 || id != QByteArrayView(m_lastHouseholdId)) {
        m_lastHouseholdId = id.toByteArray();
        m_lastHousehold = m_households.ordinal(id);
    }
    return m_lastHousehold;
}

qint32 FactsSnapshot::hamletIndex(QByteArrayView id)
{
    if (m_lastHamlet >= 0 && id == QByteArrayView(m_lastHamletId))
        return m_lastHamlet;
    m_lastHamletId = id.toByteArray();
    const int index = m_hamletIndex.insert(id);
    m_lastHamlet = index;
    if (index == m_hamletIds.size())
        m_hamletIds.push_back(QString::fromUtf8(id));
    return index;
}

bool FactsSnapshot::readPosition(sqlite3* db, LogPosition& position, QString* error) const
{
    QString localError;
    NativeQuery last(db, "SELECT seq, row_id, hlc FROM change_log ORDER BY seq DESC LIMIT 1", &localError);
    position = LogPosition{};
    position.seq = 0;
    if (last.next()) {
        position.seq = last.integer(0);
        position.rowId = last.text(1).toByteArray();
        position.hlc = last.integer(2);
    }
    NativeQuery unlogged(db, "SELECT value FROM meta WHERE key = 'unlogged_writes'", &localError);
    if (unlogged.next())
        position.unlogged = unlogged.text(0).toByteArray();
    if (!localError.isEmpty()) {
        if (error)
            *error = localError;
        return false;
    }
    return true;
}

bool FactsSnapshot::refresh(sqlite3* db, QString* error)
{
    // The position first: a row written after it is read again next time
    // (reading a row twice is harmless), never missed.
    LogPosition head;
    if (!readPosition(db, head, error))
        return false;
    bool reload = m_position.seq < 0 || head.unlogged != m_position.unlogged || head.seq < m_position.seq ||
                  head.seq - m_position.seq > kMaxPatchedRows;
    if (!reload && m_position.seq > 0) {
        // Still the log this snapshot followed (not a backup put back in its place)?
        QString localError;
        NativeQuery same(db, "SELECT row_id, hlc FROM change_log WHERE seq = ?1", &localError);
        same.bindInteger(1, m_position.seq);
        reload = !same.next() || same.text(0) != QByteArrayView(m_position.rowId) || same.integer(1) != m_position.hlc;
        if (!localError.isEmpty()) {
            if (error)
                *error = localError;
            return false;
        }
    }
    if (reload) {
        clear();
        if (!loadAll(db, error))
            return false;
        ++m_fullLoads;
        m_lastRefresh = Refresh::Loaded;
    } else if (head.seq > m_position.seq) {
        if (!patch(db, head.seq, error))
            return false;
        m_lastRefresh = Refresh::Patched;
    } else {
        m_lastRefresh = Refresh::Unchanged;
    }
    m_position = head;
    return true;
}

bool FactsSnapshot::patch(sqlite3* db, qint64 toSeq, QString* error)
{
    QString localError;
    NativeQuery entries(db, "SELECT DISTINCT entity, row_id FROM change_log WHERE seq > ?1 AND seq <= ?2", &localError);
    entries.bindInteger(1, m_position.seq);
    entries.bindInteger(2, toSeq);
    std::vector<std::pair<QByteArray, QByteArray>> changed;
    while (entries.next())
        changed.emplace_back(entries.text(0).toByteArray(), entries.text(1).toByteArray());
    if (!localError.isEmpty()) {
        if (error)
            *error = localError;
        return false;
    }
    for (const auto& [table, rowId] : changed)
        if (!readTable(db, table, rowId, error))
            return false;
    return true;
}

namespace {

// Per table: the columns a snapshot row needs, for a full load (live rows)
// and for one row by id (tombstoned or not).
struct TableSql
{
    const char* table;
    const char* columns;
};
const TableSql kResidents{"residents",
                          "id, hamlet_id, household_id, birth_date, birth_year, sex, has_smartphone, vneid_level2,"
                          " digital_bank, public_official, student, enterprise_worker, disabled, womens_union,"
                          " influencer, ethnic_minority, small_trader, youth_union, vneid_certified_on,"
                          " basic_skills_on, deleted = 0"};
const TableSql kHouseholds{"households", "id, hamlet_id, deleted = 0, poor = 1 OR near_poor = 1"};
// The same class expressions the SQL rules used, evaluated by SQLite.
const TableSql kClasses{"classes",
                        "id, substr(starts_at, 1, 10), basic_course = 1,"
                        " (',' || replace(coalesce(target_group, ''), ' ', '') || ',') LIKE '%,disabled,%',"
                        " coalesce(hamlet_id, ''), deleted = 0"};
const TableSql kAttendance{"attendance", "id, class_id, resident_id, present = 1, completed = 1, deleted = 0"};
// Mentored to completion: trained on the pair's end (its start, or always, without one).
const TableSql kPairs{"mentor_pairs",
                      "id, mentee_id, coalesce(ended_on, started_on, ''), deleted = 0 AND status = 'completed'"};
const TableSql kTeams{"teams", "id, hamlet_id, deleted = 0 AND active = 1"};
const TableSql kVisits{"visits", "id, household_id, visited_on, informed = 1, team_id, deleted = 0"};

QByteArray sqlOf(const TableSql& t, bool oneRow)
{
    return QByteArray("SELECT ") + t.columns + " FROM " + t.table + (oneRow ? " WHERE id = ?1" : " WHERE deleted = 0");
}

} // namespace

bool FactsSnapshot::readTable(sqlite3* db, const QByteArray& table, const QByteArray& rowId, QString* error)
{
    const bool oneRow = !rowId.isNull();
    QString localError;
    auto run = [&](const TableSql& t, auto&& read) {
        NativeQuery q(db, sqlOf(t, oneRow).constData(), &localError);
        if (oneRow)
            q.bindText(1, rowId);
        while (q.next())
            read(q);
    };
    auto is = [&](const TableSql& t) { return table == t.table; };
    static const QVector<QPair<int, quint32>> flags = {
        {6, FSmartphone}, {7, FVneid2},     {8, FBank},          {9, FOfficial},       {10, FStudent},
        {11, FWorker},    {12, FDisabled},  {13, FWomensUnion},  {14, RInfluencer},    {15, GEthnicMinority},
        {16, GSmallTrader}, {17, GYouthUnion},
    };
    if (is(kResidents))
        run(kResidents, [&](const NativeQuery& q) {
            Resident& r = m_residents.at(q.text(0));
            r.bits = q.isOne(20) ? RLive : 0u;
            r.hamlet = hamletIndex(q.text(1));
            if (q.isNull(1))
                r.bits |= RNoHamlet;
            r.household = q.isNull(2) ? -1 : householdOrdinal(q.text(2));
            r.birthDate = dateOf(q, 3);
            bool hasYear = false;
            r.birthYear = birthYearOf(q, 4, &hasYear);
            if (hasYear)
                r.bits |= RHasBirthYear;
            if (r.birthDate == DateCode::kNone && !hasYear)
                r.bits |= FUnknownAge;
            if (!q.isNull(5) && q.text(5) == QByteArrayView("F"))
                r.bits |= GWomen;
            for (const auto& [column, bit] : flags)
                if (q.isOne(column))
                    r.bits |= bit;
            r.certifiedOn = dateOf(q, 18);
            r.skillsOn = dateOf(q, 19);
        });
    else if (is(kHouseholds))
        run(kHouseholds, [&](const NativeQuery& q) {
            Household& h = m_households.at(q.text(0));
            h.hamlet = hamletIndex(q.text(1));
            h.live = q.isOne(2);
            h.poor = h.live && q.isOne(3);
        });
    else if (is(kClasses))
        run(kClasses, [&](const NativeQuery& q) {
            Class& c = m_classes.at(q.text(0));
            c.day = dateOf(q, 1);
            c.basic = q.isOne(2);
            c.forDisabled = q.isOne(3);
            c.hamlet = hamletIndex(q.text(4));
            c.live = q.isOne(5);
        });
    else if (is(kAttendance))
        run(kAttendance, [&](const NativeQuery& q) {
            const int i = m_attendance.ordinal(q.text(0));
            const qint32 classOrdinal = m_classes.ordinal(q.text(1));
            const qint32 resident = m_residents.ordinal(q.text(2));
            m_attendance.rows[size_t(i)] = {classOrdinal, resident, q.isOne(5), q.isOne(3), q.isOne(4)};
        });
    else if (is(kPairs))
        run(kPairs, [&](const NativeQuery& q) {
            const int i = m_pairs.ordinal(q.text(0));
            const qint32 mentee = m_residents.ordinal(q.text(1));
            m_pairs.rows[size_t(i)] = {mentee, dateOf(q, 2), q.isOne(3)};
        });
    else if (is(kTeams))
        run(kTeams, [&](const NativeQuery& q) {
            Team& t = m_teams.at(q.text(0));
            t.hamlet = q.isNull(1) ? -1 : hamletIndex(q.text(1));
            t.liveActive = q.isOne(2);
        });
    else if (is(kVisits))
        run(kVisits, [&](const NativeQuery& q) {
            const int i = m_visits.ordinal(q.text(0));
            const qint32 household = m_households.ordinal(q.text(1));
            const qint32 team = q.isNull(4) ? -1 : m_teams.ordinal(q.text(4));
            m_visits.rows[size_t(i)] = {household, dateOf(q, 2), team, q.isOne(5), q.isOne(3)};
        });
    if (!localError.isEmpty()) {
        if (error)
            *error = localError;
        return false;
    }
    return true;
}

bool FactsSnapshot::loadAll(sqlite3* db, QString* error)
{
    auto reserve = [&](const char* table, auto& t) {
        QString ignored;
        const QByteArray sql = QByteArray("SELECT max(rowid) FROM ") + table;
        NativeQuery count(db, sql.constData(), &ignored);
        if (count.next()) {
            t.ids.reserve(count.integer(0));
            t.rows.reserve(size_t(count.integer(0)));
        }
    };
    reserve(kResidents.table, m_residents);
    reserve(kHouseholds.table, m_households);
    reserve(kAttendance.table, m_attendance);
    reserve(kVisits.table, m_visits);
    // Households before residents and classes before attendance: ordinals follow the big tables' order.
    for (const TableSql* t : {&kHouseholds, &kResidents, &kClasses, &kAttendance, &kPairs, &kTeams, &kVisits})
        if (!readTable(db, QByteArray(t->table), QByteArray(), error))
            return false;
    return true;
}

} // namespace hocvuso::kpi::detail
