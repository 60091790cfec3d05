#include "core/kpi/FactsSnapshot.h"

#include "core/kpi/ResidentFacts.h"
#include "core/store/Database.h"
#include "core/store/OnePassPageCache.h"
#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <list>
#include <thread>
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

// "YYYY-MM-DD" of a real day from year 1: its Julian day (as QDate counts
// it, proleptic Gregorian), else -1. Arithmetic rather than QDate: this runs
// for every stored date of a full load.
qint64 isoDay(QByteArrayView t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return -1;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i)
        if ((v[i] = digit(t[at[i]])) < 0)
            return -1;
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap))
        return -1;
    // Fliegel and Van Flandern: the Julian day number of a Gregorian date.
    const qint64 a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
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
    const int type = q.type(column);
    *present = type != SQLITE_NULL;
    constexpr qint64 lowest = std::numeric_limits<qint32>::min() + 1, highest = DateCode::kNone - 1;
    if (type == SQLITE_INTEGER)
        return qint32(std::clamp<qint64>(q.integer(column), lowest, highest));
    if (type == SQLITE_FLOAT)
        return qint32(std::clamp<double>(std::ceil(q.real(column)), double(lowest), double(highest)));
    return DateCode::kNone; // NULL compares with nothing; a text sorts after every number
}

std::atomic<qint64> parallelLoadFrom{50000};

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
    // An in-memory store has no file to share a snapshot through (nor to keep a copy beside).
    const QString path =
        store.path() == QLatin1String(":memory:") ? QString() : QFileInfo(store.path()).canonicalFilePath();
    if (sqlite3_get_autocommit(db) == 0 || path.isEmpty()) {
        auto own = std::make_shared<FactsSnapshot>();
        if (!own->refresh(db, QString(), error))
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
    const bool refreshed = snapshot->refresh(db, path, error);
    if (refreshed && snapshot->saveDue())
        snapshot->scheduleSave(db, path); // its checks read the same state of the file
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

void FactsSnapshot::setParallelLoadFrom(qint64 residents)
{
    parallelLoadFrom = residents;
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
    m_residentRefs = IdTable();
    m_refResident.clear();
    m_residentsPending = false;
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

bool FactsSnapshot::refresh(sqlite3* db, const QString& helperPath, QString* error)
{
    // The position first: a row written after it is read again next time
    // (reading a row twice is harmless), never missed.
    LogPosition head;
    if (!readPosition(db, head, error))
        return false;
    if (m_position.seq < 0 && !helperPath.isEmpty() && !restoreSaved(db, head, helperPath))
        clear(); // anything odd about the copy in the file: a full load, as without one
    bool follows = false;
    if (!logFollows(db, m_position, head, &follows, error))
        return false;
    if (!follows) {
        clear();
        if (!loadAll(db, helperPath, head, error))
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

bool FactsSnapshot::logFollows(sqlite3* db, const LogPosition& from, const LogPosition& head, bool* follows,
                               QString* error)
{
    *follows = from.seq >= 0 && head.unlogged == from.unlogged && head.seq >= from.seq &&
               head.seq - from.seq <= kMaxPatchedRows;
    if (*follows && from.seq > 0) {
        // Still the log these rows followed (not a backup put back in its place)?
        QString localError;
        NativeQuery same(db, "SELECT row_id, hlc FROM change_log WHERE seq = ?1", &localError);
        same.bindInteger(1, from.seq);
        *follows = same.next() && same.text(0) == QByteArrayView(from.rowId) && same.integer(1) == from.hlc;
        if (!localError.isEmpty()) {
            if (error)
                *error = localError;
            return false;
        }
    }
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
// Residents are read by rowid range (a full load, maybe in two halves at
// once) or by id. SQLite packs the yes/no columns into the row's bits
// itself: one value to fetch instead of a dozen (`x IS 1` is the SQL
// `x = 1` the rules use, with NULL as no).
const char* const kResidentTable = "residents";
QByteArray residentColumns()
{
    static const std::pair<const char*, quint32> flags[] = {
        {"has_smartphone", FSmartphone},   {"vneid_level2", FVneid2},       {"digital_bank", FBank},
        {"public_official", FOfficial},    {"student", FStudent},           {"enterprise_worker", FWorker},
        {"disabled", FDisabled},           {"womens_union", FWomensUnion},  {"influencer", FactsSnapshot::RInfluencer},
        {"ethnic_minority", GEthnicMinority}, {"small_trader", GSmallTrader}, {"youth_union", GYouthUnion},
    };
    QByteArray bits = "(deleted IS 0) * " + QByteArray::number(FactsSnapshot::RLive) + " | (hamlet_id IS NULL) * " +
                      QByteArray::number(FactsSnapshot::RNoHamlet);
    for (const auto& [column, bit] : flags)
        bits += QByteArray(" | (") + column + " IS 1) * " + QByteArray::number(bit);
    return "SELECT rowid, id, hamlet_id, household_id, birth_date, birth_year, sex, vneid_certified_on,"
           " basic_skills_on, " + bits + " FROM residents";
}
const QByteArray kResidentRange = residentColumns() + " WHERE deleted = 0 AND rowid BETWEEN ?1 AND ?2";
const QByteArray kResidentById = residentColumns() + " WHERE id = ?1";
const TableSql kHouseholds{"households", "id, hamlet_id, deleted = 0, poor = 1 OR near_poor = 1"};
// The same class expressions the SQL rules used, evaluated by SQLite. A
// class for people with disabilities names the group by its key "disabled"
// (alone or in a list such as "elderly,disabled"), as stores hold it since
// schema 9 (core/domain/TargetGroup.h), or by its label, as imports and the
// demo of earlier versions wrote it and as laptops not upgraded yet still
// push it to the province: "Người khuyết tật" ('_' is any one character, so
// any case and no accents too), "people with disabilities", or the other
// words migration 9 reads as the key ("NKT", "người tàn tật"), so a laptop
// and the province count such a class alike.
const TableSql kClasses{"classes",
                        "id, substr(starts_at, 1, 10), basic_course = 1,"
                        " (',' || replace(coalesce(target_group, ''), ' ', '') || ',') LIKE '%,disabled,%'"
                        " OR target_group LIKE '%khuy_t t_t%' OR target_group LIKE '%disabilit%'"
                        " OR target_group LIKE '%nkt%' OR target_group LIKE '%t_n t_t%',"
                        " coalesce(hamlet_id, ''), deleted = 0"};
const TableSql kAttendance{"attendance", "rowid, class_id, resident_id, present = 1, completed = 1, deleted = 0"};
// Mentored to completion: trained on the pair's end (its start, or always, without one).
const TableSql kPairs{"mentor_pairs",
                      "rowid, mentee_id, coalesce(ended_on, started_on, ''), deleted = 0 AND status = 'completed'"};
const TableSql kTeams{"teams", "id, hamlet_id, deleted = 0 AND active = 1"};
const TableSql kVisits{"visits", "rowid, household_id, visited_on, informed = 1, team_id, deleted = 0"};

QByteArray sqlOf(const TableSql& t, bool oneRow)
{
    return QByteArray("SELECT ") + t.columns + " FROM " + t.table + (oneRow ? " WHERE id = ?1" : " WHERE deleted = 0");
}

} // namespace

quint64 FactsSnapshot::sourceFingerprint()
{
    // A copy kept in a file was read with the same SQL, or is not used.
    QByteArray sql = kResidentRange + '\n' + kResidentById;
    for (const TableSql* t : {&kHouseholds, &kClasses, &kAttendance, &kPairs, &kTeams, &kVisits})
        sql += '\n' + sqlOf(*t, true);
    quint64 h = 0xcbf29ce484222325ull; // FNV-1a: the same on every machine and every run
    for (const char c : std::as_const(sql))
        h = (h ^ quint8(c)) * 0x100000001b3ull;
    return h;
}

// Residents as read from one connection, looked up against the tables read
// before them (hamlets, households, the residents other rows name) without
// changing those, so that two connections can read two halves at once;
// mergeResidents() then settles what was not found.
struct FactsSnapshot::ResidentBatch
{
    std::vector<Resident> rows;
    std::vector<qint64> rowids;
    std::vector<std::pair<qint32, QByteArray>> newHamlets, newHouseholds; // row in the batch, id
    std::vector<std::pair<qint32, qint32>> refs;                         // row in the batch, its ref
    QString error;
};

void FactsSnapshot::readResidents(sqlite3* db, const char* sql, const QByteArray& rowId, qint64 fromRowid,
                                  qint64 toRowid, ResidentBatch& batch) const
{
    NativeQuery q(db, sql, &batch.error);
    if (rowId.isNull()) {
        q.bindInteger(1, fromRowid);
        q.bindInteger(2, toRowid);
    } else {
        q.bindText(1, rowId);
    }
    // Rows come household by household: most share the previous row's hamlet and household.
    QByteArray lastHamletId, lastHouseholdId;
    qint32 lastHamlet = -1, lastHousehold = -1;
    while (q.next()) {
        const qint32 row = qint32(batch.rows.size());
        Resident& r = batch.rows.emplace_back();
        batch.rowids.push_back(q.integer(0));
        if (const int ref = m_residentRefs.find(q.text(1)); ref >= 0)
            batch.refs.emplace_back(row, ref);
        r.bits = quint32(q.integer(9));
        const QByteArrayView hamlet = q.text(2);
        if (lastHamlet < 0 || hamlet != QByteArrayView(lastHamletId)) {
            lastHamlet = m_hamletIndex.find(hamlet);
            lastHamletId = hamlet.toByteArray();
        }
        if (lastHamlet >= 0)
            r.hamlet = lastHamlet;
        else
            batch.newHamlets.emplace_back(row, lastHamletId);
        if (!q.isNull(3)) {
            const QByteArrayView household = q.text(3);
            if (lastHousehold < 0 || household != QByteArrayView(lastHouseholdId)) {
                lastHousehold = m_households.ids.find(household);
                lastHouseholdId = household.toByteArray();
            }
            if (lastHousehold >= 0)
                r.household = lastHousehold;
            else
                batch.newHouseholds.emplace_back(row, lastHouseholdId);
        }
        r.birthDate = dateOf(q, 4);
        bool hasYear = false;
        r.birthYear = birthYearOf(q, 5, &hasYear);
        if (hasYear)
            r.bits |= RHasBirthYear;
        if (r.birthDate == DateCode::kNone && !hasYear)
            r.bits |= FUnknownAge;
        if (q.text(6) == QByteArrayView("F"))
            r.bits |= GWomen;
        r.certifiedOn = dateOf(q, 7);
        r.skillsOn = dateOf(q, 8);
    }
}

void FactsSnapshot::mergeResidents(ResidentBatch& batch)
{
    for (const auto& [row, id] : batch.newHamlets)
        batch.rows[size_t(row)].hamlet = hamletIndex(id);
    for (const auto& [row, id] : batch.newHouseholds)
        batch.rows[size_t(row)].household = householdOrdinal(id); // not read (yet): an empty household, as before
    if (m_residents.rows.empty()) {
        // The first batch of a full load: its rows become the table as they are.
        m_residents.rows = std::move(batch.rows);
        for (size_t i = 0; i < m_residents.rows.size(); ++i)
            m_residents.index.insert(batch.rowids[i], int(i));
        for (const auto& [row, ref] : batch.refs)
            m_refResident[size_t(ref)] = row;
        return;
    }
    auto ref = batch.refs.cbegin();
    for (size_t i = 0; i < batch.rows.size(); ++i) {
        const int refOfRow = ref != batch.refs.cend() && size_t(ref->first) == i ? (ref++)->second : -1;
        int ordinal = m_residents.index.find(batch.rowids[i]);
        if (ordinal < 0) {
            // New here, or the resident an earlier link already stands for.
            ordinal = refOfRow >= 0 && m_refResident[size_t(refOfRow)] >= 0 ? m_refResident[size_t(refOfRow)]
                                                                            : m_residents.append();
            m_residents.index.insert(batch.rowids[i], ordinal);
        }
        if (refOfRow >= 0)
            m_refResident[size_t(refOfRow)] = ordinal;
        m_residents.rows[size_t(ordinal)] = batch.rows[i];
    }
}

qint32 FactsSnapshot::residentOfRef(sqlite3* db, QByteArrayView id, QString* error)
{
    const int ref = m_residentRefs.insert(id);
    if (size_t(ref) == m_refResident.size())
        m_refResident.push_back(-1);
    if (m_refResident[size_t(ref)] >= 0)
        return m_refResident[size_t(ref)];
    if (m_residentsPending)
        return -2 - ref; // settled once the residents are read
    // A link written after the full load: the resident's row, by id. One not
    // read yet is read from its own log entry; a link to no resident stays
    // an empty (never live) resident, filled if that resident comes.
    NativeQuery q(db, "SELECT rowid FROM residents WHERE id = ?1", error);
    q.bindText(1, id);
    const int ordinal = q.next() ? m_residents.ordinal(q.integer(0)) : m_residents.append();
    m_refResident[size_t(ref)] = ordinal;
    return ordinal;
}

void FactsSnapshot::settleResidentRefs()
{
    m_residentsPending = false;
    auto settle = [&](qint32& resident) {
        if (resident > -2)
            return;
        qint32& ordinal = m_refResident[size_t(-2 - resident)];
        if (ordinal < 0)
            ordinal = m_residents.append(); // names no resident: an empty one, as before
        resident = ordinal;
    };
    for (Attendance& a : m_attendance.rows)
        settle(a.resident);
    for (Pair& p : m_pairs.rows)
        settle(p.mentee);
}

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
    if (table == kResidentTable) {
        ResidentBatch batch;
        readResidents(db, kResidentById.constData(), rowId, 0, 0, batch);
        localError = batch.error;
        mergeResidents(batch);
    } else if (is(kHouseholds))
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
            const int i = m_attendance.ordinal(q.integer(0));
            const qint32 classOrdinal = m_classes.ordinal(q.text(1));
            const qint32 resident = residentOfRef(db, q.text(2), &localError);
            m_attendance.rows[size_t(i)] = {classOrdinal, resident, q.isOne(5), q.isOne(3), q.isOne(4)};
        });
    else if (is(kPairs))
        run(kPairs, [&](const NativeQuery& q) {
            const int i = m_pairs.ordinal(q.integer(0));
            const qint32 mentee = residentOfRef(db, q.text(1), &localError);
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
            const int i = m_visits.ordinal(q.integer(0));
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

bool FactsSnapshot::readOnHelper(const QString& path, const LogPosition& head, qint64 fromRowid,
                                 ResidentBatch& batch) const
{
    sqlite3* db = nullptr;
    const bool opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK;
    bool same = false;
    if (opened) {
        sqlite3_busy_timeout(db, 1000);
        const OnePassPageCache onePass(db);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        // The same state of the file as the caller's read transaction? Every
        // write to these tables moves the log head or the unlogged count.
        LogPosition mine;
        same = readPosition(db, mine, nullptr) && mine == head;
        if (same)
            readResidents(db, kResidentRange.constData(), QByteArray(), fromRowid,
                          std::numeric_limits<qint64>::max(), batch);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return same && batch.error.isEmpty();
}

bool FactsSnapshot::loadResidents(sqlite3* db, const QString& helperPath, const LogPosition& head, QString* error)
{
    qint64 maxRowid = 0;
    {
        NativeQuery q(db, "SELECT max(rowid) FROM residents", nullptr);
        if (q.next())
            maxRowid = q.integer(0);
    }
    m_residents.index.reserve(maxRowid);
    // Reading and decoding the rows is most of a load: with a second
    // connection, a thread reads the upper half at the same time.
    const bool helped = !helperPath.isEmpty() && maxRowid >= parallelLoadFrom.load();
    const qint64 split = helped ? maxRowid / 2 : std::numeric_limits<qint64>::max();
    // Room for every row in the lower batch: it becomes the table, then takes the upper one.
    auto reserve = [](ResidentBatch& batch, qint64 rows, qint64 rowids) {
        batch.rows.reserve(size_t(std::clamp<qint64>(rows, 0, qint64(1) << 26)));
        batch.rowids.reserve(size_t(std::clamp<qint64>(rowids, 0, qint64(1) << 26)));
    };
    ResidentBatch upper;
    reserve(upper, maxRowid - split, maxRowid - split);
    bool upperRead = false;
    std::thread helper;
    if (helped)
        helper = std::thread([&] { upperRead = readOnHelper(helperPath, head, split + 1, upper); });
    ResidentBatch lower;
    reserve(lower, maxRowid, std::min(split, maxRowid));
    readResidents(db, kResidentRange.constData(), QByteArray(), std::numeric_limits<qint64>::min(), split, lower);
    if (helper.joinable())
        helper.join();
    if (helped && !upperRead) {
        // Another commit came between the two read transactions (or the file would not open): read it here.
        upper = ResidentBatch{};
        reserve(upper, maxRowid - split, maxRowid - split);
        readResidents(db, kResidentRange.constData(), QByteArray(), split + 1, std::numeric_limits<qint64>::max(), upper);
    }
    for (ResidentBatch* batch : {&lower, &upper}) {
        if (!batch->error.isEmpty()) {
            if (error)
                *error = batch->error;
            return false;
        }
        mergeResidents(*batch);
    }
    return true;
}

bool FactsSnapshot::loadAll(sqlite3* db, const QString& helperPath, const LogPosition& head, QString* error)
{
    const OnePassPageCache onePass(db); // a full load reads each page once
    auto reserve = [&](const char* table, auto& t) {
        const QByteArray sql = QByteArray("SELECT max(rowid) FROM ") + table;
        NativeQuery count(db, sql.constData(), nullptr);
        const qint64 rows = count.next() ? std::clamp<qint64>(count.integer(0), 0, qint64(1) << 26) : 0;
        t.rows.reserve(size_t(rows));
        if constexpr (requires { t.ids; })
            t.ids.reserve(rows);
        else
            t.index.reserve(rows);
    };
    reserve(kHouseholds.table, m_households);
    reserve(kAttendance.table, m_attendance);
    reserve(kVisits.table, m_visits);
    // What residents point to (households, hamlets) and what points to
    // residents (attendance, pairs) first: then the residents are read
    // without changing anything else, on one or two connections.
    bool ok = true;
    for (const TableSql* t : {&kHouseholds, &kClasses, &kTeams})
        ok = ok && readTable(db, QByteArray(t->table), QByteArray(), error);
    m_residentsPending = true;
    for (const TableSql* t : {&kAttendance, &kPairs})
        ok = ok && readTable(db, QByteArray(t->table), QByteArray(), error);
    ok = ok && loadResidents(db, helperPath, head, error);
    settleResidentRefs();
    ok = ok && readTable(db, QByteArray(kVisits.table), QByteArray(), error);
    return ok;
}

} // namespace hocvuso::kpi::detail
