// The in-memory facts snapshot behind the KPI engine (FactsSnapshot) must
// follow every write: from this connection or another one, one row or a bulk
// import, logged or applied from the server. After each write the engine's
// numbers, lists and activity summary must equal a computation from the
// tables themselves (inside a transaction, where the engine reads a private
// snapshot loaded afresh): a stale figure is worse than a slow one.
#include "SqlQueries.h"
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/io/ListColumns.h"
#include "core/io/ListImporter.h"
#include "core/kpi/FactsSnapshot.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/ChangeLogTriggers.h"

#include <catch2/catch.hpp>

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

using namespace hocvuso;
using hocvuso::test::queryNumber;
using namespace hocvuso::kpi;
using hocvuso::test::TempStore;

namespace {

const QDate kToday(2025, 12, 31);

KpiOptions options()
{
    KpiOptions o;
    o.asOf = kToday;
    o.groups = true;
    return o;
}

// Everything the engine says about the store, as text, so that two runs compare in one CHECK.
QString describe(Store& store)
{
    KpiEngine engine(store);
    QStringList out;
    for (const Period& period : {Period::year(2025), Period::parse(QStringLiteral("2025-Q4"))}) {
        const KpiTable t = engine.compute(period, options());
        REQUIRE(t.error.isEmpty());
        out << QStringLiteral("unknown age %1").arg(t.unknownAge);
        for (const KpiRow& row : t.rows) {
            QStringList cells;
            for (const KpiHamletCell& c : row.perHamlet)
                cells << QStringLiteral("%1=%2").arg(c.hamletId).arg(c.value.numerator);
            for (const KpiGroupCell& g : row.groups)
                cells << QStringLiteral("%1:%2/%3").arg(g.group).arg(g.counted).arg(g.population);
            out << QStringLiteral("%1 %2/%3 pop %4 [%5]")
                       .arg(row.indicator)
                       .arg(row.total.numerator)
                       .arg(row.total.denominator.value_or(-1))
                       .arg(row.population)
                       .arg(cells.join(QLatin1Char(' ')));
        }
        const ActivitySummary a = engine.activity(period, options());
        REQUIRE(engine.lastError().isEmpty());
        QStringList perHamlet;
        for (const auto& h : a.perHamlet)
            perHamlet << QStringLiteral("%1:%2/%3/%4").arg(h.hamletId).arg(h.classes).arg(h.participants).arg(h.visits);
        QStringList groups;
        for (const KpiGroupCell& g : a.participantsByGroup)
            groups << QStringLiteral("%1:%2").arg(g.group).arg(g.counted);
        out << QStringLiteral("activity %1 %2 %3 %4 %5 %6 [%7] [%8]")
                   .arg(a.classes)
                   .arg(a.participants)
                   .arg(a.completions)
                   .arg(a.visits)
                   .arg(a.householdsVisited)
                   .arg(a.householdsInformed)
                   .arg(perHamlet.join(QLatin1Char(' ')), groups.join(QLatin1Char(' ')));
    }
    for (const char* id : {"adult_basic_skills", "digital_household", "elderly_attended"}) {
        const KpiMemberPage page =
            engine.memberPage(QString::fromLatin1(id), Period::year(2025), MemberSet::Missing, {}, options(), 0, 20);
        QStringList ids;
        for (const KpiMember& m : page.rows)
            ids << m.id;
        out << QStringLiteral("%1 missing %2: %3").arg(QString::fromLatin1(id)).arg(page.total).arg(ids.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char('\n'));
}

// The same, from the tables: inside a transaction the engine loads a snapshot of its own.
QString fromTables(Store& store)
{
    REQUIRE(store.begin());
    const QString text = describe(store);
    store.rollback();
    return text;
}

int fullLoads(Store& store)
{
    QString error;
    const auto lease = detail::FactsSnapshot::lease(store, &error);
    REQUIRE(lease);
    return lease->fullLoads();
}

QString anyId(Store& store, const QString& sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

void makeCommune(Store& store)
{
    DemoCommune::Options o;
    o.residents = 600;
    o.today = kToday;
    o.seedPlans = [](Store& s, StoreError* e) {
        return PlanCatalog::installTemplates(s, e) && PlanCatalog::activate(s, QStringLiteral("002"), e);
    };
    StoreError error;
    REQUIRE(DemoCommune(store).generate(o, &error));
}

// Loads residents on one connection, or on two at once (a second
// connection reads the upper half of the rowids) as a large store does.
struct LoadMode
{
    explicit LoadMode(bool twoConnections) { detail::FactsSnapshot::setParallelLoadFrom(twoConnections ? 1 : qint64(1) << 60); }
    ~LoadMode() { detail::FactsSnapshot::setParallelLoadFrom(50000); }
};

// Copies beside the store files are kept, as by the desktop app, for one test.
struct KeepCopies
{
    KeepCopies() { KpiEngine::keepSavedCopies(true); }
    ~KeepCopies()
    {
        detail::FactsSnapshot::waitForSaves(); // none still being written into a folder being removed
        KpiEngine::keepSavedCopies(false);
    }
};

} // namespace

TEST_CASE("KPI snapshot follows writes from this connection and another one", "[kpi][kpisnapshot]")
{
    const bool twoConnections = GENERATE(false, true);
    INFO("residents loaded on " << (twoConnections ? "two connections" : "one connection"));
    LoadMode mode(twoConnections);
    TempStore ts;
    makeCommune(ts.store());
    Store& a = ts.store();
    QString openError;
    auto other = Store::open(ts.path(), &openError);
    REQUIRE(other);
    Store& b = *other;
    StoreError e;

    const QString before = describe(a);
    CHECK(before == fromTables(a));
    const int loads = fullLoads(a);

    SECTION("a resident added, edited and deleted")
    {
        const QString hamlet = anyId(a, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 LIMIT 1"));
        const QString household = anyId(a, QStringLiteral("SELECT id FROM households WHERE deleted = 0 LIMIT 1"));
        auto id = b.insert(QStringLiteral("residents"),
                           {{QStringLiteral("full_name"), QStringLiteral("Aaa Người Mới")},
                            {QStringLiteral("hamlet_id"), hamlet},
                            {QStringLiteral("household_id"), household},
                            {QStringLiteral("birth_date"), QStringLiteral("1950-03-04")},
                            {QStringLiteral("has_smartphone"), 1}},
                           &e);
        REQUIRE(id);
        const QString added = describe(a);
        CHECK(added != before);
        CHECK(added == fromTables(a));

        REQUIRE(a.update(QStringLiteral("residents"), *id,
                         {{QStringLiteral("basic_skills_on"), QStringLiteral("2025-06-01")},
                          {QStringLiteral("vneid_level2"), 1},
                          {QStringLiteral("birth_date"), QVariant()},
                          {QStringLiteral("birth_year"), 1990}},
                         &e));
        const QString edited = describe(a);
        CHECK(edited != added);
        CHECK(edited == fromTables(a));

        REQUIRE(b.remove(QStringLiteral("residents"), *id, &e));
        CHECK(describe(a) == before);
        CHECK(fullLoads(a) == loads); // each time only the logged rows were read again
    }

    SECTION("attendance and visits marked, then taken back")
    {
        // An adult not trained yet, by a class or a mentor (if possible one
        // who never attended), and the latest basic class.
        const QString resident = anyId(a, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                         " birth_date <= '1990-01-01' AND basic_skills_on IS NULL"
                                                         " AND id NOT IN (SELECT mentee_id FROM mentor_pairs)"
                                                         " ORDER BY id IN (SELECT resident_id FROM attendance), id LIMIT 1"));
        const QString klass = anyId(a, QStringLiteral("SELECT id FROM classes WHERE deleted = 0 AND basic_course = 1"
                                                      " AND starts_at <= '2025-12-31' ORDER BY starts_at DESC LIMIT 1"));
        auto attendance = a.insert(QStringLiteral("attendance"),
                                   {{QStringLiteral("class_id"), klass},
                                    {QStringLiteral("resident_id"), resident},
                                    {QStringLiteral("present"), 1},
                                    {QStringLiteral("completed"), 1}},
                                   &e);
        REQUIRE(attendance);
        const QString attended = describe(a);
        CHECK(attended != before);
        CHECK(attended == fromTables(a));

        const QString household = anyId(a, QStringLiteral("SELECT id FROM households WHERE deleted = 0 AND id NOT IN"
                                                          " (SELECT household_id FROM visits) LIMIT 1"));
        auto visit = b.insert(QStringLiteral("visits"),
                              {{QStringLiteral("household_id"), household},
                               {QStringLiteral("visited_on"), QStringLiteral("2025-11-02")},
                               {QStringLiteral("informed"), 1}},
                              &e);
        REQUIRE(visit);
        REQUIRE(b.update(QStringLiteral("households"), household, {{QStringLiteral("poor"), 1}}, &e));
        const QString visited = describe(a);
        CHECK(visited != attended);
        CHECK(visited == fromTables(a));

        REQUIRE(b.update(QStringLiteral("attendance"), *attendance, {{QStringLiteral("completed"), 0}}, &e));
        CHECK(describe(a) == fromTables(a));
        REQUIRE(a.remove(QStringLiteral("attendance"), *attendance, &e));
        REQUIRE(a.remove(QStringLiteral("visits"), *visit, &e));
        REQUIRE(a.update(QStringLiteral("households"), household, {{QStringLiteral("poor"), 0}}, &e));
        CHECK(describe(a) == before);
        CHECK(fullLoads(a) == loads);
    }

    SECTION("a bulk import on another connection")
    {
        for (const ListSpec& spec : ListColumns::all()) {
            const ImportReport r = ListImporter::import(
                b, spec.name, test::sourcePath(QStringLiteral("resources/templates/%1.csv").arg(spec.name)));
            INFO(spec.name.toStdString() << ": " << r.summary().toStdString());
            REQUIRE(r.committed);
        }
        const QString imported = describe(a);
        CHECK(imported != before);
        CHECK(imported == fromTables(a));
    }

    SECTION("changes applied without the change log (as a pull does) reload it")
    {
        const QString resident = anyId(a, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                         " birth_date <= '1990-01-01' AND basic_skills_on IS NULL LIMIT 1"));
        REQUIRE(b.begin());
        {
            SuppressChangeLog quiet(b.db());
            QSqlQuery q(b.db());
            q.prepare(QStringLiteral("UPDATE residents SET basic_skills_on = '2025-02-02', updated_hlc = updated_hlc + 1"
                                     " WHERE id = ?"));
            q.addBindValue(resident);
            REQUIRE(q.exec());
        }
        REQUIRE(b.commit());
        const QString pulled = describe(a);
        CHECK(pulled != before);
        CHECK(pulled == fromTables(a));
        CHECK(fullLoads(a) == loads + 1);
    }

    SECTION("a write rolled back is never counted")
    {
        const QString resident = anyId(a, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 LIMIT 1"));
        REQUIRE(a.begin());
        REQUIRE(a.remove(QStringLiteral("residents"), resident, &e));
        const QString inside = describe(a); // a private snapshot: sees the uncommitted delete
        CHECK(inside != before);
        a.rollback();
        CHECK(describe(a) == before);
    }
}

TEST_CASE("KPI snapshot is reloaded when another file takes the store's place", "[kpi][kpisnapshot]")
{
    const KeepCopies keep; // and the copy saved of the replaced file is not used for the new one
    TempStore ts;
    makeCommune(ts.store());
    const QString path = ts.path();
    const QString copy = ts.dir() + QStringLiteral("/copy.sqlite");
    {
        QSqlQuery q(ts->db());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
    }
    const QString before = describe(ts.store());
    // Written after the copy was taken.
    StoreError e;
    const QString resident = anyId(ts.store(), QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                              " birth_date <= '1990-01-01' LIMIT 1"));
    REQUIRE(ts->remove(QStringLiteral("residents"), resident, &e));
    const QString after = describe(ts.store());
    CHECK(after != before);

    // The copy put back in the store's place (as a restored backup is), the
    // replaced file's saved copy left beside it.
    detail::FactsSnapshot::waitForSaves();
    REQUIRE(QFileInfo::exists(KpiEngine::savedCopyPath(path)));
    ts.close();
    REQUIRE(QFile::remove(path));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(copy, path));
    ts.reopen();
    CHECK(describe(ts.store()) == before);
    CHECK(describe(ts.store()) == fromTables(ts.store()));
    CHECK(detail::FactsSnapshot::lease(ts.store(), nullptr)->restoredFromFile() == 0);
}

TEST_CASE("KPI snapshot links rows to residents and households by what they name, present or not",
          "[kpi][kpisnapshot]")
{
    const bool twoConnections = GENERATE(false, true);
    INFO("residents loaded on " << (twoConnections ? "two connections" : "one connection"));
    LoadMode mode(twoConnections);
    TempStore ts;
    makeCommune(ts.store());
    Store& a = ts.store();
    StoreError e;
    const QString before = describe(a);
    CHECK(before == fromTables(a));

    // Rows naming a resident and a household that are not there (written
    // with the foreign keys off, as a damaged or half-synced file may hold).
    const QString ghost = QStringLiteral("00000000-0000-7000-8000-00000000abcd");
    const QString goneHousehold = QStringLiteral("00000000-0000-7000-8000-00000000dcba");
    const QString klass = anyId(a, QStringLiteral("SELECT id FROM classes WHERE deleted = 0 AND basic_course = 1"
                                                  " AND starts_at <= '2025-12-31' ORDER BY starts_at DESC LIMIT 1"));
    const QString resident = anyId(a, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                     " birth_date <= '1990-01-01' AND basic_skills_on IS NULL LIMIT 1"));
    {
        QSqlQuery q(a.db());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO attendance (id, commune_id, updated_hlc, device_id, class_id, resident_id,"
                                      " present, completed) SELECT '00000000-0000-7000-8000-0000000000a1', commune_id,"
                                      " updated_hlc + 1, device_id, '%1', '%2', 1, 1 FROM classes WHERE id = '%1'")
                           .arg(klass, ghost)));
        REQUIRE(q.exec(QStringLiteral("UPDATE residents SET household_id = '%1', updated_hlc = updated_hlc + 1"
                                      " WHERE id = '%2'")
                           .arg(goneHousehold, resident)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const QString dangling = describe(a);
    CHECK(dangling == fromTables(a));

    SECTION("the resident named comes later: the attendance counts for them")
    {
        const QString hamlet = anyId(a, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 LIMIT 1"));
        REQUIRE(a.insert(QStringLiteral("residents"),
                         {{QStringLiteral("id"), ghost},
                          {QStringLiteral("full_name"), QStringLiteral("Aaa Người Đến Sau")},
                          {QStringLiteral("hamlet_id"), hamlet},
                          {QStringLiteral("birth_date"), QStringLiteral("1970-05-06")}},
                         &e));
        const QString arrived = describe(a);
        CHECK(arrived != dangling);
        CHECK(arrived == fromTables(a));
        // The same, loaded afresh (the link made at load time instead of by the log).
        detail::FactsSnapshot::forget(a);
        CHECK(describe(a) == arrived);
    }

    SECTION("a load from scratch links them the same way")
    {
        detail::FactsSnapshot::forget(a);
        CHECK(describe(a) == dangling);
    }

    SECTION("a resident written in a transaction then rolled back leaves no trace")
    {
        REQUIRE(a.begin());
        const QString hamlet = anyId(a, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 LIMIT 1"));
        REQUIRE(a.insert(QStringLiteral("residents"),
                         {{QStringLiteral("id"), ghost},
                          {QStringLiteral("full_name"), QStringLiteral("Aaa Người Rút Lại")},
                          {QStringLiteral("hamlet_id"), hamlet},
                          {QStringLiteral("birth_date"), QStringLiteral("1970-05-06")}},
                         &e));
        CHECK(describe(a) != dangling); // the private snapshot sees it
        a.rollback();
        CHECK(describe(a) == dangling);
        CHECK(describe(a) == fromTables(a));
    }
}

namespace {

using detail::FactsSnapshot;

struct LeaseCounts
{
    int restored = -1;
    int fullLoads = -1;
};
LeaseCounts counts(Store& store)
{
    QString error;
    const auto lease = FactsSnapshot::lease(store, &error);
    REQUIRE(lease);
    return {lease->restoredFromFile(), lease->fullLoads()};
}

// As a new process sees the file: a new connection and no snapshot in memory.
void restart(TempStore& ts)
{
    FactsSnapshot::waitForSaves();
    FactsSnapshot::forget(ts.store());
    ts.reopen();
    FactsSnapshot::forget(ts.store());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    REQUIRE(f.commit());
}

// The sidecar's header as FactsSnapshotFile.cpp writes it, and the frame after it.
struct SavedCopy
{
    quint32 magic = 0;
    quint64 format = 0;
    qint64 schemaVersion = 0;
    QByteArray storeId;
    qint64 seq = 0;
    QByteArray rowId;
    qint64 hlc = 0;
    QByteArray unlogged, rowidChecks, frame;

    static SavedCopy read(const QString& path) { return parse(readAll(path)); }
    static SavedCopy parse(const QByteArray& bytes)
    {
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        SavedCopy c;
        in >> c.magic >> c.format >> c.schemaVersion >> c.storeId >> c.seq >> c.rowId >> c.hlc >> c.unlogged >>
            c.rowidChecks;
        REQUIRE(in.status() == QDataStream::Ok);
        c.frame = bytes.mid(qsizetype(in.device()->pos()));
        return c;
    }
    void write(const QString& path) const
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << magic << format << schemaVersion << storeId << seq << rowId << hlc << unlogged << rowidChecks;
        writeAll(path, bytes + frame);
    }
};

} // namespace

TEST_CASE("KPI snapshot saved beside the store file is used after a restart, patched from the log",
          "[kpi][kpisnapshot]")
{
    const KeepCopies keep;
    TempStore ts;
    makeCommune(ts.store());
    const QString copy = KpiEngine::savedCopyPath(ts.path());
    CHECK(copy == QFileInfo(ts.path()).canonicalFilePath() + QStringLiteral(".kpi"));
    const QString before = describe(ts.store()); // a full load: the copy is written in the background
    FactsSnapshot::waitForSaves();
    REQUIRE(QFileInfo::exists(copy));

    SECTION("nothing written since")
    {
        restart(ts);
        CHECK(describe(ts.store()) == before);
        const LeaseCounts c = counts(ts.store());
        CHECK(c.restored == 1);
        CHECK(c.fullLoads == 0);
    }

    SECTION("written since, on other connections: added, edited, deleted")
    {
        {
            QString openError;
            auto other = Store::open(ts.path(), &openError);
            REQUIRE(other);
            StoreError e;
            const QString hamlet = anyId(*other, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 LIMIT 1"));
            const QString household = anyId(*other, QStringLiteral("SELECT id FROM households WHERE deleted = 0 LIMIT 1"));
            auto added = other->insert(QStringLiteral("residents"),
                                       {{QStringLiteral("full_name"), QStringLiteral("Aaa Người Mới")},
                                        {QStringLiteral("hamlet_id"), hamlet},
                                        {QStringLiteral("household_id"), household},
                                        {QStringLiteral("birth_date"), QStringLiteral("1950-03-04")},
                                        {QStringLiteral("basic_skills_on"), QStringLiteral("2025-04-05")}},
                                       &e);
            REQUIRE(added);
            const QString gone = anyId(*other, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                              " basic_skills_on IS NOT NULL LIMIT 1"));
            REQUIRE(other->remove(QStringLiteral("residents"), gone, &e));
            const QString edited = anyId(*other, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                                " birth_date <= '1990-01-01' AND basic_skills_on IS NULL LIMIT 1"));
            REQUIRE(other->update(QStringLiteral("residents"), edited,
                                  {{QStringLiteral("basic_skills_on"), QStringLiteral("2025-06-01")}}, &e));
            const QString klass = anyId(*other, QStringLiteral("SELECT id FROM classes WHERE deleted = 0 AND basic_course = 1"
                                                               " AND starts_at <= '2025-12-31' ORDER BY starts_at DESC LIMIT 1"));
            REQUIRE(other->insert(QStringLiteral("attendance"),
                                  {{QStringLiteral("class_id"), klass},
                                   {QStringLiteral("resident_id"), *added},
                                   {QStringLiteral("present"), 1},
                                   {QStringLiteral("completed"), 1}},
                                  &e));
            const QString visit = anyId(*other, QStringLiteral("SELECT id FROM visits WHERE deleted = 0 LIMIT 1"));
            REQUIRE(other->remove(QStringLiteral("visits"), visit, &e));
        }
        restart(ts);
        const QString after = describe(ts.store());
        CHECK(after != before);
        const LeaseCounts c = counts(ts.store());
        CHECK(c.restored == 1);
        CHECK(c.fullLoads == 0);
        CHECK(after == fromTables(ts.store()));
    }

    SECTION("written since without the change log: a full load instead")
    {
        const QString resident = anyId(ts.store(), QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                                  " birth_date <= '1990-01-01' AND basic_skills_on IS NULL LIMIT 1"));
        REQUIRE(ts->begin());
        {
            SuppressChangeLog quiet(ts->db());
            QSqlQuery q(ts->db());
            q.prepare(QStringLiteral("UPDATE residents SET basic_skills_on = '2025-02-02', updated_hlc = updated_hlc + 1"
                                     " WHERE id = ?"));
            q.addBindValue(resident);
            REQUIRE(q.exec());
        }
        REQUIRE(ts->commit());
        restart(ts);
        const QString after = describe(ts.store());
        CHECK(after != before);
        const LeaseCounts c = counts(ts.store());
        CHECK(c.restored == 0);
        CHECK(c.fullLoads == 1);
        CHECK(after == fromTables(ts.store()));
    }

    SECTION("a damaged or foreign copy is ignored: a full load, the same answers")
    {
        const char* damage = GENERATE("truncated", "byte changed", "frame cut short", "empty", "other format",
                                      "other schema version", "other store", "rowid moved", "garbage");
        INFO(damage);
        const QByteArray which(damage);
        SavedCopy saved = SavedCopy::read(copy);
        REQUIRE(saved.magic == 0x464b5648);
        REQUIRE(saved.storeId == ts->deviceId().toUtf8());
        if (which == "truncated") {
            const QByteArray bytes = readAll(copy);
            writeAll(copy, bytes.left(bytes.size() / 2));
        } else if (which == "byte changed") {
            saved.frame[saved.frame.size() / 2] = char(saved.frame[saved.frame.size() / 2] ^ 0x20);
            saved.write(copy);
        } else if (which == "frame cut short") {
            saved.frame.chop(1); // the checksum's last byte
            saved.write(copy);
        } else if (which == "empty") {
            writeAll(copy, {});
        } else if (which == "garbage") {
            writeAll(copy, QByteArray(4096, 'x'));
        } else if (which == "other format") {
            ++saved.format;
            saved.write(copy);
        } else if (which == "other schema version") {
            ++saved.schemaVersion;
            saved.write(copy);
        } else if (which == "other store") {
            saved.storeId = QByteArrayLiteral("0190a1b2-0000-7000-8000-000000000000");
            saved.write(copy);
        } else {
            // As if a VACUUM had given a resident's rowid to another row.
            QList<QByteArray> lines = saved.rowidChecks.split('\n');
            const auto first = std::find_if(lines.begin(), lines.end(),
                                            [](const QByteArray& l) { return l.startsWith("residents "); });
            REQUIRE(first != lines.end());
            const QString other = anyId(ts.store(), QStringLiteral("SELECT id FROM residents ORDER BY rowid DESC LIMIT 1"));
            REQUIRE(!first->endsWith(other.toUtf8()));
            const QList<QByteArray> parts = first->split(' ');
            REQUIRE(parts.size() == 3);
            *first = parts[0] + ' ' + parts[1] + ' ' + other.toUtf8();
            saved.rowidChecks = lines.join('\n');
            saved.write(copy);
        }
        restart(ts);
        CHECK(describe(ts.store()) == before);
        const LeaseCounts c = counts(ts.store());
        CHECK(c.restored == 0);
        CHECK(c.fullLoads == 1);
    }

    SECTION("the copy written back unchanged by the test's own writer: still used")
    {
        // The damage cases above fail for what they change, not for how the test writes.
        SavedCopy::read(copy).write(copy);
        restart(ts);
        CHECK(describe(ts.store()) == before);
        CHECK(counts(ts.store()).restored == 1);
    }
}

TEST_CASE("KPI snapshot saved beside a restored backup is used only while it is that file's", "[kpi][kpisnapshot]")
{
    const KeepCopies keep;
    TempStore ts;
    makeCommune(ts.store());
    const QString path = ts.path();
    const QString copy = KpiEngine::savedCopyPath(path);
    const QString backup = ts.dir() + QStringLiteral("/backup.sqlite");
    const QString atBackup = describe(ts.store());
    FactsSnapshot::waitForSaves();
    {
        QSqlQuery q(ts->db());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    }
    const QByteArray copyAtBackup = readAll(copy);
    // Written after the backup, then saved again (a copy newer than the backup).
    StoreError e;
    const QString resident = anyId(ts.store(), QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                              " birth_date <= '1990-01-01' LIMIT 1"));
    REQUIRE(ts->remove(QStringLiteral("residents"), resident, &e));
    REQUIRE(FactsSnapshot::forgetSaved(ts.store()));
    REQUIRE_FALSE(QFileInfo::exists(copy));
    const QString later = describe(ts.store());
    CHECK(later != atBackup);
    FactsSnapshot::waitForSaves();
    const qint64 laterSeq = SavedCopy::read(copy).seq;
    REQUIRE(laterSeq > SavedCopy::parse(copyAtBackup).seq);

    auto putBack = [&](const QString& file) {
        FactsSnapshot::waitForSaves();
        FactsSnapshot::forget(ts.store());
        ts.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        REQUIRE(QFile::copy(file, path));
        ts.reopen();
        FactsSnapshot::forget(ts.store());
    };

    SECTION("the copy saved when the backup was taken, put back with it: used")
    {
        putBack(backup);
        writeAll(copy, copyAtBackup);
        CHECK(describe(ts.store()) == atBackup);
        CHECK(counts(ts.store()).restored == 1);
    }

    SECTION("the newer copy left beside the backup, or the backup written on since: not used")
    {
        const bool divergedLog = GENERATE(false, true);
        INFO((divergedLog ? "the backup's log reaches past the copy's position with other entries"
                          : "the backup's log ends before the copy's position"));
        putBack(backup);
        REQUIRE(SavedCopy::read(copy).seq == laterSeq); // the newer copy is still there
        QString expected = atBackup;
        if (divergedLog) {
            // Other writes on the restored file, past the newer copy's log position
            // (no copy kept meanwhile: the one beside the file stays the newer one).
            KpiEngine::keepSavedCopies(false);
            const QString other = anyId(ts.store(), QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                                   " id <> '%1' ORDER BY rowid DESC LIMIT 1").arg(resident));
            while (queryNumber(ts.store(), QStringLiteral("SELECT max(seq) FROM change_log")) <= laterSeq)
                REQUIRE(ts->update(QStringLiteral("residents"), other,
                                   {{QStringLiteral("notes"), QStringLiteral("n%1").arg(queryNumber(ts.store(),
                                                                         QStringLiteral("SELECT max(seq) FROM change_log")))}},
                                   &e));
            expected = fromTables(ts.store());
            KpiEngine::keepSavedCopies(true);
            REQUIRE(SavedCopy::read(copy).seq == laterSeq);
        }
        CHECK(describe(ts.store()) == expected);
        CHECK(describe(ts.store()) == fromTables(ts.store()));
        const LeaseCounts c = counts(ts.store());
        CHECK(c.restored == 0);
        CHECK(c.fullLoads == 1);
    }
}

TEST_CASE("KPI snapshot saved beside another store is not used for this one", "[kpi][kpisnapshot]")
{
    const KeepCopies keep;
    TempStore first, second;
    makeCommune(first.store());
    makeCommune(second.store());
    // The two differ (the demo commune is made the same way twice).
    StoreError e;
    const QString gone = anyId(second.store(), QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND"
                                                              " birth_date <= '1990-01-01' LIMIT 1"));
    REQUIRE(second->remove(QStringLiteral("residents"), gone, &e));
    const QString firstText = describe(first.store());
    FactsSnapshot::waitForSaves();
    const QString secondText = fromTables(second.store());
    REQUIRE(firstText != secondText);
    REQUIRE(QFileInfo::exists(KpiEngine::savedCopyPath(first.path())));
    REQUIRE_FALSE(QFileInfo::exists(KpiEngine::savedCopyPath(second.path())));

    // Copied next to the other store, as a user copying files between folders might.
    REQUIRE(QFile::copy(KpiEngine::savedCopyPath(first.path()), KpiEngine::savedCopyPath(second.path())));
    restart(second);
    CHECK(describe(second.store()) == secondText);
    const LeaseCounts c = counts(second.store());
    CHECK(c.restored == 0);
    CHECK(c.fullLoads == 1);
}

TEST_CASE("KPI snapshot saved beside a store deleted and made anew at the same path is not used",
          "[kpi][kpisnapshot]")
{
    const KeepCopies keep;
    TempStore ts;
    makeCommune(ts.store());
    const QString old = describe(ts.store());
    FactsSnapshot::waitForSaves();
    const QString copy = KpiEngine::savedCopyPath(ts.path());
    REQUIRE(QFileInfo::exists(copy));
    FactsSnapshot::forget(ts.store());
    ts.close();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(ts.path() + suffix);
    REQUIRE_FALSE(QFileInfo::exists(ts.path()));
    REQUIRE(QFileInfo::exists(copy)); // left behind by whoever deleted the store

    // A new store at the same path, with the same demo commune made again.
    ts.reopen();
    REQUIRE(queryNumber(ts.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    StoreError e;
    REQUIRE(ts->createCommune(QStringLiteral("26734"), QStringLiteral("Xã Thử Nghiệm"), &e, QStringLiteral("01"),
                              QStringLiteral("Hà Nội")));
    makeCommune(ts.store());
    FactsSnapshot::forget(ts.store());
    const QString fresh = describe(ts.store());
    CHECK(fresh == fromTables(ts.store()));
    CHECK(fresh != old); // what the old copy would have answered (other ids)
    const LeaseCounts c = counts(ts.store());
    CHECK(c.restored == 0);
    CHECK(c.fullLoads == 1);
}

TEST_CASE("KPI snapshot save never makes another connection's write fail, even one holding a read open",
          "[kpi][kpisnapshot]")
{
    const KeepCopies keep;
    TempStore ts;
    makeCommune(ts.store());
    const QString copy = KpiEngine::savedCopyPath(ts.path());
    QString openError;
    auto other = Store::open(ts.path(), &openError);
    REQUIRE(other);
    StoreError e;
    // A write the indicators see (the smartphone flag), so a copy that was
    // not patched with it would give other answers.
    const QString resident =
        anyId(*other, QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND has_smartphone = 0 AND birth_date < '2000-01-01' LIMIT 1"));

    SECTION("a read open (a SELECT not finished) across the save, then a write on the same connection")
    {
        QSqlQuery reading(other->db());
        REQUIRE(reading.exec(QStringLiteral("SELECT id FROM residents")));
        REQUIRE(reading.next()); // its read transaction is open from here
        const QString before = describe(ts.store()); // a full load: a copy is saved
        FactsSnapshot::waitForSaves();
        REQUIRE(QFileInfo::exists(copy));
        REQUIRE(other->update(QStringLiteral("residents"), resident,
                              {{QStringLiteral("has_smartphone"), 1}}, &e));
        CHECK(reading.next());
        reading.finish();
        restart(ts);
        const QString after = describe(ts.store());
        CHECK(counts(ts.store()).restored == 1); // the copy saved meanwhile, patched with the write
        CHECK(after != before);
        CHECK(after == fromTables(ts.store()));
    }

    SECTION("a write transaction open across the save goes through, and the copy is used with it")
    {
        REQUIRE(other->begin());
        REQUIRE(other->update(QStringLiteral("residents"), resident,
                              {{QStringLiteral("has_smartphone"), 1}}, &e));
        const QString before = describe(ts.store()); // a full load; its copy is saved at once
        FactsSnapshot::waitForSaves();
        CHECK(counts(ts.store()).fullLoads == 1);
        REQUIRE(QFileInfo::exists(copy));
        REQUIRE(other->commit());
        restart(ts);
        const QString after = describe(ts.store());
        CHECK(counts(ts.store()).restored == 1);
        CHECK(after != before);
        CHECK(after == fromTables(ts.store()));
    }
}

TEST_CASE("KPI snapshot copies are kept only when the process asks for them", "[kpi][kpisnapshot]")
{
    TempStore ts;
    makeCommune(ts.store());
    const QString copy = KpiEngine::savedCopyPath(ts.path());
    const QString before = describe(ts.store()); // a full load, copies not kept (as the server)
    FactsSnapshot::waitForSaves();
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(FactsSnapshot::lease(ts.store(), nullptr)->savesScheduled() == 0);
    {
        const KeepCopies keep;
        restart(ts);
        CHECK(describe(ts.store()) == before);
        FactsSnapshot::waitForSaves();
        REQUIRE(QFileInfo::exists(copy));
    }
    // A copy there, but this process does not use it either.
    restart(ts);
    CHECK(describe(ts.store()) == before);
    const LeaseCounts c = counts(ts.store());
    CHECK(c.restored == 0);
    CHECK(c.fullLoads == 1);
}
