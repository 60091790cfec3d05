// The fast KPI engine (one native pass, C++ hashing, one pass for a series
// of periods) against the plain SQL it replaced, kept here as the reference:
// the same numbers per hamlet, the same members in the same order, on a
// generated commune with deleted rows, missing birth dates and no-hamlet rows.
#include "KpiFixture.h"
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/Indicators.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/ChangeLogTriggers.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace hocvuso;
using namespace hocvuso::kpi;
using hocvuso::test::TempStore;

namespace {
namespace reference {
// Verbatim from the SQL engine (KpiEngine.cpp before the native pass).
struct SqlDates
{
    QString start, end;       // the period, ISO
    QString cut16, cut18, cut60; // born on or before → that age at the period end
    int year16, year18, year60;  // same for a birth year only (birthday taken as 1 January)

    explicit SqlDates(const Period& p)
        : start(p.start().toString(Qt::ISODate)), end(p.end().toString(Qt::ISODate)),
          cut16(p.end().addYears(-16).toString(Qt::ISODate)), cut18(p.end().addYears(-18).toString(Qt::ISODate)),
          cut60(p.end().addYears(-60).toString(Qt::ISODate)), year16(p.end().year() - 16),
          year18(p.end().year() - 18), year60(p.end().year() - 60)
    {
    }
    QString q(const QString& s) const { return QLatin1Char('\'') + s + QLatin1Char('\''); }
    QString ageAtLeast(const QString& cut, int year) const
    {
        return QStringLiteral("(r.birth_date <= %1 OR (r.birth_date IS NULL AND r.birth_year <= %2))")
            .arg(q(cut))
            .arg(year);
    }
    QString age16() const { return ageAtLeast(cut16, year16); }
    QString age18() const { return ageAtLeast(cut18, year18); }
    QString age60() const { return ageAtLeast(cut60, year60); }
    QString inPeriod(const QString& column) const
    {
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(column, q(start), q(end));
    }
};

// The sets the resident and household indicators look up.
//   trained_cls: residents who completed a basic class started by the period end,
//                or were mentored to completion by then (basic_skills_on is
//                checked on the resident row itself, see kTrained);
//   attended / attended_dis: present at a class (for people with
//                disabilities) starting within the period;
//   visited_hh:  households visited within the period.
QString residentSets(const SqlDates& d)
{
    return QStringLiteral(
               "WITH trained_cls(id) AS ("
               " SELECT a.resident_id FROM attendance a JOIN classes c ON c.id = a.class_id"
               "  WHERE a.deleted = 0 AND c.deleted = 0 AND a.completed = 1 AND c.basic_course = 1"
               "  AND substr(c.starts_at, 1, 10) <= %1"
               " UNION SELECT p.mentee_id FROM mentor_pairs p WHERE p.deleted = 0 AND p.status = 'completed'"
               "  AND coalesce(p.ended_on, p.started_on, '') <= %1),"
               " attended(id) AS (SELECT DISTINCT a.resident_id FROM attendance a JOIN classes c ON c.id = a.class_id"
               "  WHERE a.deleted = 0 AND c.deleted = 0 AND a.present = 1 AND %2),"
               " attended_dis(id) AS (SELECT DISTINCT a.resident_id FROM attendance a JOIN classes c"
               "  ON c.id = a.class_id WHERE a.deleted = 0 AND c.deleted = 0 AND a.present = 1 AND %2"
               "  AND ((',' || replace(coalesce(c.target_group, ''), ' ', '') || ',') LIKE '%,disabled,%'"
               "  OR c.target_group LIKE '%khuy_t t_t%' OR c.target_group LIKE '%disabilit%'"
               "  OR c.target_group LIKE '%nkt%' OR c.target_group LIKE '%t_n t_t%')),"
               " visited_hh(id) AS (SELECT DISTINCT household_id FROM visits WHERE deleted = 0 AND %3) ")
        .arg(d.q(d.end), d.inPeriod(QStringLiteral("substr(c.starts_at, 1, 10)")),
             d.inPeriod(QStringLiteral("visited_on")));
}

const QString kResidentFrom = QStringLiteral(
    " FROM residents r"
    " LEFT JOIN trained_cls tc ON tc.id = r.id"
    " LEFT JOIN attended att ON att.id = r.id"
    " LEFT JOIN attended_dis ad ON ad.id = r.id"
    " LEFT JOIN visited_hh vh ON vh.id = r.household_id"
    " WHERE r.deleted = 0");

QString trained(const SqlDates& d)
{
    return QStringLiteral("(r.basic_skills_on <= %1 OR tc.id IS NOT NULL)").arg(d.q(d.end));
}

// population: whom the indicator looks at; counted: whom its numerator counts.
struct Predicates
{
    QString population;
    QString counted;
};

std::optional<Predicates> residentPredicates(const QString& id, const SqlDates& d)
{
    if (id == QLatin1String("adult_basic_skills"))
        return Predicates{d.age18(), trained(d)};
    if (id == QLatin1String("adult_vneid_certified"))
        return Predicates{d.age18(), QStringLiteral("r.vneid_certified_on <= ") + d.q(d.end)};
    if (id == QLatin1String("smartphone"))
        return Predicates{d.age18(), QStringLiteral("r.has_smartphone = 1")};
    if (id == QLatin1String("digital_identity"))
        return Predicates{d.age16(), QStringLiteral("r.vneid_level2 = 1")};
    if (id == QLatin1String("digital_bank"))
        return Predicates{d.age16(), QStringLiteral("r.digital_bank = 1")};
    if (id == QLatin1String("public_officials"))
        return Predicates{QStringLiteral("r.public_official = 1"), trained(d)};
    if (id == QLatin1String("students"))
        return Predicates{QStringLiteral("r.student = 1"), trained(d)};
    if (id == QLatin1String("enterprise_workers"))
        return Predicates{QStringLiteral("r.enterprise_worker = 1"), trained(d)};
    if (id == QLatin1String("elderly_attended"))
        return Predicates{d.age60(), QStringLiteral("att.id IS NOT NULL")};
    if (id == QLatin1String("disabled_attended"))
        return Predicates{QStringLiteral("r.disabled = 1"), QStringLiteral("ad.id IS NOT NULL")};
    if (id == QLatin1String("women_members_reached"))
        return Predicates{QStringLiteral("r.womens_union = 1 AND ") + d.age18(),
                          QStringLiteral("(att.id IS NOT NULL OR vh.id IS NOT NULL)")};
    return std::nullopt;
}

QString groupPredicate(const QString& group, const SqlDates& d)
{
    if (group == QLatin1String("elderly"))
        return d.age60();
    if (group == QLatin1String("women"))
        return QStringLiteral("r.sex = 'F'");
    if (group == QLatin1String("poor_household"))
        return QStringLiteral("r.household_id IN (SELECT id FROM households WHERE deleted = 0"
                              " AND (poor = 1 OR near_poor = 1))");
    // The rest are resident flags of the same name.
    return QStringLiteral("r.%1 = 1").arg(group);
}

QString when(const QString& condition)
{
    return QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

// Households: the hamlet of the household; counted / population as above.
std::optional<Predicates> householdPredicates(const QString& id, const SqlDates& d)
{
    if (id == QLatin1String("digital_household"))
        return Predicates{QStringLiteral("1"), QStringLiteral("h.id IN trained_hh")};
    if (id == QLatin1String("households_informed"))
        return Predicates{QStringLiteral("1"),
                          QStringLiteral("h.id IN (SELECT household_id FROM visits WHERE deleted = 0"
                                         " AND informed = 1 AND visited_on <= %1)")
                              .arg(d.q(d.end))};
    return std::nullopt;
}

QString householdSets(const SqlDates& d)
{
    // Households with a member trained by the period end.
    return residentSets(d) +
           QStringLiteral(", trained_hh(id) AS ("
                          " SELECT household_id FROM residents WHERE deleted = 0 AND basic_skills_on <= %1"
                          " UNION SELECT r.household_id FROM trained_cls t JOIN residents r ON r.id = t.id"
                          "  WHERE r.deleted = 0) ")
               .arg(d.q(d.end));
}

} // namespace reference

using Cells = QMap<QString, QPair<qint64, qint64>>; // hamlet → (numerator, population)

Cells referenceCells(Store& store, const QString& id, const Period& period)
{
    const reference::SqlDates d(period);
    QString sql;
    if (const auto p = reference::residentPredicates(id, d)) {
        sql = reference::residentSets(d) +
              QStringLiteral("SELECT coalesce(r.hamlet_id, ''), %1, %2")
                  .arg(reference::when(QStringLiteral("(%1) AND (%2)").arg(p->population, p->counted)),
                       reference::when(p->population)) +
              reference::kResidentFrom + QStringLiteral(" GROUP BY 1");
    } else if (const auto h = reference::householdPredicates(id, d)) {
        sql = reference::householdSets(d) + QStringLiteral("SELECT coalesce(h.hamlet_id, ''), %1, %2 FROM households h"
                                                           " WHERE h.deleted = 0 GROUP BY 1")
                                                .arg(reference::when(h->counted), reference::when(h->population));
    } else if (id == QLatin1String("hamlet_influencer")) {
        sql = QStringLiteral("SELECT hm.id, hm.id IN (SELECT hamlet_id FROM residents WHERE deleted = 0 AND influencer = 1),"
                             " 1 FROM hamlets hm WHERE hm.deleted = 0");
    }
    Cells cells;
    if (sql.isEmpty())
        return cells;
    QSqlQuery q(store.db());
    if (!q.exec(sql))
        FAIL(q.lastError().text().toStdString());
    while (q.next())
        if (q.value(2).toLongLong() > 0 || q.value(1).toLongLong() > 0)
            cells[q.value(0).toString()] = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    return cells;
}

QStringList referenceMembers(Store& store, const QString& id, const Period& period, MemberSet which)
{
    const reference::SqlDates d(period);
    const auto p = reference::residentPredicates(id, d);
    const QString pick = which == MemberSet::Counted ? QStringLiteral("coalesce(%1, 0)").arg(p->counted)
                                                     : QStringLiteral("NOT coalesce(%1, 0)").arg(p->counted);
    QSqlQuery q(store.db());
    if (!q.exec(reference::residentSets(d) + QStringLiteral("SELECT r.id") + reference::kResidentFrom +
                QStringLiteral(" AND coalesce(%1, 0) AND %2").arg(p->population, pick) +
                QStringLiteral(" ORDER BY r.full_name, r.id")))
        FAIL(q.lastError().text().toStdString());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList idsOf(const QVector<KpiMember>& members)
{
    QStringList out;
    for (const auto& m : members)
        out << m.id;
    return out;
}

// A 1,500-resident demo commune, then rows the generator does not make:
// tombstones everywhere, birth year only, no age at all, no hamlet, classes
// for people with disabilities, undated completed mentor pairs.
void buildMessyCommune(Store& store)
{
    DemoCommune::Options options;
    options.residents = 1500;
    options.seed = 7;
    options.today = QDate(2025, 12, 31);
    options.seedPlans = [](Store& s, StoreError* e) {
        return PlanCatalog::installTemplates(s, e) && PlanCatalog::activate(s, QStringLiteral("002"), e);
    };
    StoreError error;
    REQUIRE(DemoCommune(store).generate(options, &error).has_value());
    SuppressChangeLog quiet(store.db());
    const QStringList edits = {
        "UPDATE residents SET birth_date = NULL WHERE rowid % 7 = 0",
        "UPDATE residents SET birth_date = NULL, birth_year = NULL WHERE rowid % 29 = 0",
        "UPDATE residents SET deleted = 1 WHERE rowid % 31 = 0",
        "UPDATE residents SET hamlet_id = NULL WHERE rowid % 37 = 0",
        "UPDATE residents SET basic_skills_on = '2025-0' || (1 + rowid % 9) || '-15' WHERE rowid % 11 = 0",
        "UPDATE residents SET vneid_certified_on = '2025-' || printf('%02d', 1 + rowid % 12) || '-01' WHERE rowid % 5 = 0",
        "UPDATE residents SET womens_union = 1, sex = 'F' WHERE rowid % 6 = 0",
        "UPDATE residents SET disabled = 1 WHERE rowid % 23 = 0",
        "UPDATE classes SET deleted = 1 WHERE rowid % 11 = 0",
        "UPDATE classes SET target_group = 'elderly, Disabled', basic_course = rowid % 2 WHERE rowid % 3 = 0",
        "UPDATE attendance SET deleted = 1 WHERE rowid % 13 = 0",
        "UPDATE households SET deleted = 1 WHERE rowid % 17 = 0",
        "UPDATE visits SET deleted = 1 WHERE rowid % 19 = 0",
        "UPDATE mentor_pairs SET status = 'completed', ended_on = NULL WHERE rowid % 4 = 0",
        "UPDATE mentor_pairs SET status = 'completed', ended_on = NULL, started_on = NULL WHERE rowid % 9 = 0",
        "UPDATE hamlets SET deleted = 1 WHERE rowid = (SELECT max(rowid) FROM hamlets)",
    };
    for (const QString& sql : edits) {
        QSqlQuery q(store.db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
}
} // namespace

TEST_CASE("Native KPI pass equals the SQL rules per hamlet, for every period form", "[kpi][kpifast]")
{
    TempStore ts;
    buildMessyCommune(ts.store());
    KpiEngine engine(ts.store());
    KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    const QVector<Period> periods = {Period::year(2025), Period::parse(QStringLiteral("2025-Q3")),
                                     Period::month(2025, 2), Period::year(2024),
                                     Period::parse(QStringLiteral("2025-02-10..2025-11-20"))};
    int compared = 0;
    for (const Period& period : periods) {
        const KpiTable t = engine.compute(period, options);
        REQUIRE(t.error.isEmpty());
        for (const KpiRow& row : t.rows) {
            const Cells cells = referenceCells(ts.store(), row.indicator, period);
            if (cells.isEmpty() && Indicators::find(row.indicator)->subject != Subject::Resident &&
                Indicators::find(row.indicator)->subject != Subject::Household &&
                row.indicator != QLatin1String("hamlet_influencer"))
                continue; // mentors, teams, markets, cadence: unchanged SQL
            INFO(period.code().toStdString() << " " << row.indicator.toStdString());
            qint64 numerator = 0, population = 0;
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                numerator += it->first;
                population += it->second;
            }
            // Where no baseline was entered, people are counted outside the percent (KpiRow::outsideBaseline).
            CHECK(row.total.numerator + row.outsideBaseline == numerator);
            if (row.outsideBaseline > 0) {
                qint64 covered = 0;
                for (const KpiHamletCell& c : row.perHamlet)
                    covered += c.value.denominator ? c.value.numerator : 0;
                CHECK(row.total.numerator == covered);
            }
            CHECK(row.population == population);
            for (const KpiHamletCell& c : row.perHamlet) {
                INFO("hamlet '" << c.hamletId.toStdString() << "'");
                CHECK(c.value.numerator == cells.value(c.hamletId).first);
            }
            ++compared;
        }
    }
    CHECK(compared >= 5 * 14);
    // The generated data must exercise the rules, or this test proves nothing.
    const KpiTable y = engine.compute(Period::year(2025), options);
    for (const char* id : {"adult_basic_skills", "digital_household", "households_informed", "elderly_attended",
                           "disabled_attended", "women_members_reached", "hamlet_influencer"}) {
        INFO(id);
        const KpiRow* row = y.find(QString::fromLatin1(id));
        CHECK(row->total.numerator + row->outsideBaseline > 0);
    }
    CHECK(y.unknownAge > 0);
}

TEST_CASE("Group breakdown equals the SQL rules", "[kpi][kpifast]")
{
    TempStore ts;
    buildMessyCommune(ts.store());
    KpiEngine engine(ts.store());
    KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    options.groups = true;
    const Period period = Period::parse(QStringLiteral("2025-H2"));
    const reference::SqlDates d(period);
    const KpiTable t = engine.compute(period, options);
    REQUIRE(t.error.isEmpty());
    int compared = 0;
    for (const KpiRow& row : t.rows) {
        const auto p = reference::residentPredicates(row.indicator, d);
        if (!p) {
            CHECK(row.groups.isEmpty());
            continue;
        }
        REQUIRE(row.groups.size() == Groups::all().size());
        for (const KpiGroupCell& g : row.groups) {
            const QString gp = reference::groupPredicate(g.group, d);
            QSqlQuery q(ts.store().db());
            REQUIRE(q.exec(reference::residentSets(d) + QStringLiteral("SELECT %1, %2")
                                                            .arg(reference::when(QStringLiteral("(%1) AND (%2) AND (%3)")
                                                                                     .arg(gp, p->population, p->counted)),
                                                                 reference::when(QStringLiteral("(%1) AND (%2)").arg(gp, p->population))) +
                           reference::kResidentFrom));
            REQUIRE(q.next());
            INFO(row.indicator.toStdString() << " / " << g.group.toStdString());
            CHECK(g.counted == q.value(0).toLongLong());
            CHECK(g.population == q.value(1).toLongLong());
            ++compared;
        }
    }
    CHECK(compared == 11 * 11);
}

TEST_CASE("Members: same rows in the same order as the SQL, and pages that add up", "[kpi][kpifast]")
{
    TempStore ts;
    buildMessyCommune(ts.store());
    KpiEngine engine(ts.store());
    KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    const Period year = Period::year(2025);
    for (const char* id : {"adult_basic_skills", "elderly_attended", "women_members_reached", "digital_identity"}) {
        for (MemberSet which : {MemberSet::Counted, MemberSet::Missing}) {
            INFO(id << (which == MemberSet::Counted ? " counted" : " missing"));
            const QStringList expected = referenceMembers(ts.store(), QString::fromLatin1(id), year, which);
            const QVector<KpiMember> all = engine.members(QString::fromLatin1(id), year, which, {}, options);
            CHECK(idsOf(all) == expected);
            // Pages of 37 rows put back together give the whole list.
            QStringList paged;
            qint64 total = -1;
            for (qint64 offset = 0; offset < expected.size() + 37; offset += 37) {
                const KpiMemberPage page = engine.memberPage(QString::fromLatin1(id), year, which, {}, options, offset, 37);
                REQUIRE(engine.lastError().isEmpty());
                total = page.total;
                CHECK(page.rows.size() <= 37);
                paged << idsOf(page.rows);
            }
            CHECK(total == expected.size());
            CHECK(paged == expected);
        }
    }
    // One hamlet; and the households behind digital_household, paged.
    const KpiTable t = engine.compute(year, options);
    const QString h = t.hamlets.first().id;
    const auto inHamlet = engine.members(QStringLiteral("adult_basic_skills"), year, MemberSet::Missing, h, options);
    REQUIRE_FALSE(inHamlet.isEmpty());
    for (const KpiMember& m : inHamlet)
        CHECK(m.hamletId == h);
    QStringList expectedInHamlet;
    for (const KpiMember& m : engine.members(QStringLiteral("adult_basic_skills"), year, MemberSet::Missing, {}, options))
        if (m.hamletId == h)
            expectedInHamlet << m.id;
    CHECK(idsOf(inHamlet) == expectedInHamlet);
    const auto households = engine.members(QStringLiteral("digital_household"), year, MemberSet::Counted, {}, options);
    const KpiRow* digital = t.find(QStringLiteral("digital_household"));
    CHECK(qint64(households.size()) == digital->total.numerator + digital->outsideBaseline);
    const KpiMemberPage second =
        engine.memberPage(QStringLiteral("digital_household"), year, MemberSet::Counted, {}, options, 10, 10);
    CHECK(second.total == households.size());
    REQUIRE(second.rows.size() == 10);
    CHECK(second.rows.first().id == households[10].id);
    CHECK(second.rows.last().id == households[19].id);
}

TEST_CASE("A series of periods equals one computation per period", "[kpi][kpifast]")
{
    TempStore ts;
    const auto f = hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    options.groups = true;
    QVector<Period> periods = Period::year(2025).months();
    periods << Period::parse(QStringLiteral("2025-Q3")) << Period::year(2027);
    const QVector<KpiTable> series = engine.computeSeries(periods, options);
    REQUIRE(series.size() == periods.size());
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const KpiTable one = engine.compute(periods[i], options);
        INFO(periods[i].code().toStdString());
        CHECK(series[i].period == periods[i]);
        CHECK(series[i].error.isEmpty());
        CHECK(series[i].unknownAge == one.unknownAge);
        REQUIRE(series[i].rows.size() == one.rows.size());
        for (qsizetype r = 0; r < one.rows.size(); ++r) {
            const KpiRow& a = series[i].rows[r];
            const KpiRow& b = one.rows[r];
            INFO(b.indicator.toStdString());
            CHECK(a.total.numerator == b.total.numerator);
            CHECK(a.total.denominator == b.total.denominator);
            CHECK(a.population == b.population);
            REQUIRE(a.perHamlet.size() == b.perHamlet.size());
            for (qsizetype h = 0; h < b.perHamlet.size(); ++h)
                CHECK(a.perHamlet[h].value.numerator == b.perHamlet[h].value.numerator);
            REQUIRE(a.groups.size() == b.groups.size());
            for (qsizetype g = 0; g < b.groups.size(); ++g)
                CHECK(a.groups[g].counted == b.groups[g].counted);
        }
    }
    // The months see the course of the year: R2 is certified on 1 September.
    const auto adultsIn = [&](int month) {
        return series[month - 1].find(QStringLiteral("adult_basic_skills"))->total.numerator;
    };
    CHECK(adultsIn(8) < adultsIn(9));
    CHECK(adultsIn(12) == 7);
    Q_UNUSED(f);

    // An invalid period anywhere: every table says so, nothing computed.
    const auto bad = engine.computeSeries({Period::year(2025), Period()}, options);
    REQUIRE(bad.size() == 2);
    CHECK(bad[0].error == QStringLiteral("invalid period"));
    CHECK(bad[1].rows.isEmpty());
}

TEST_CASE("hamlet_team from the pass over visits equals the SQL list of hamlets behind it", "[kpi][kpifast]")
{
    TempStore ts;
    buildMessyCommune(ts.store());
    {
        // Three hamlets with a team each; the last hamlet is deleted. Teams the
        // rule must skip: an inactive one (hamlet 1's own), one without a
        // hamlet (hamlet 2's) and a deleted one that made half of hamlet 2's
        // visits. The deleted hamlet's team moves to hamlet 1, so hamlet 1 still counts.
        SuppressChangeLog quiet(ts.store().db());
        for (const char* sql :
             {"INSERT INTO teams (id, commune_id, updated_hlc, device_id, deleted, hamlet_id, name, active)"
              " SELECT 'deleted-team', commune_id, updated_hlc, device_id, 1, hamlet_id, 'gone', 1 FROM teams WHERE rowid = 2",
              "UPDATE visits SET team_id = 'deleted-team' WHERE rowid % 2 = 0 AND team_id = (SELECT id FROM teams WHERE rowid = 2)",
              "UPDATE teams SET hamlet_id = (SELECT hamlet_id FROM teams WHERE rowid = 1) WHERE rowid = 3",
              "UPDATE teams SET active = 0 WHERE rowid = 1",
              "UPDATE teams SET hamlet_id = NULL WHERE rowid = 2"}) {
            QSqlQuery q(ts.store().db());
            INFO(sql);
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        }
    }
    KpiEngine engine(ts.store());
    KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    options.indicators = {QStringLiteral("hamlet_team")};
    QVector<Period> periods = Period::year(2025).months();
    periods << Period::year(2025) << Period::parse(QStringLiteral("2025-02-10..2025-11-20")) << Period::year(2024);
    const QVector<KpiTable> series = engine.computeSeries(periods, options);
    REQUIRE(series.size() == periods.size());
    qint64 countedCells = 0, missingCells = 0;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        INFO(periods[i].code().toStdString());
        const KpiRow* row = series[i].find(QStringLiteral("hamlet_team"));
        REQUIRE(row);
        const auto counted = engine.members(QStringLiteral("hamlet_team"), periods[i], MemberSet::Counted, {}, options);
        REQUIRE(engine.lastError().isEmpty());
        CHECK(row->total.numerator == counted.size());
        CHECK(*row->total.denominator == series[i].hamlets.size());
        QSet<QString> countedIds;
        for (const KpiMember& m : counted)
            countedIds.insert(m.id);
        for (const KpiHamletCell& c : row->perHamlet) {
            INFO("hamlet " << c.hamletId.toStdString());
            CHECK(c.value.numerator == (countedIds.contains(c.hamletId) ? 1 : 0));
            (c.value.numerator ? countedCells : missingCells) += 1;
        }
    }
    // Both outcomes occur, or the comparison proves little.
    CHECK(countedCells > 0);
    CHECK(missingCells > 0);
}
