// Indicator math on a hand-made commune with known answers (tests/support/KpiFixture.cpp).
#include "KpiFixture.h"
#include "TempStore.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/KpiMerge.h"
#include "core/kpi/Period.h"
#include "core/kpi/PlanCatalog.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace hocvuso;
using namespace hocvuso::kpi;
using hocvuso::test::TempStore;

namespace {
QStringList names(const QVector<KpiMember>& members)
{
    QStringList out;
    for (const auto& m : members)
        out << m.name;
    out.sort();
    return out;
}

const KpiHamletCell& cell(const KpiRow& row, const QString& hamletId)
{
    for (const auto& c : row.perHamlet)
        if (c.hamletId == hamletId)
            return c;
    FAIL("no cell for hamlet " << hamletId.toStdString());
    return row.perHamlet.first();
}

KpiOptions asOf(const char* date)
{
    KpiOptions o;
    o.asOf = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    return o;
}
} // namespace

TEST_CASE("Period parses every form and labels it as an office writes it", "[kpi]")
{
    Period p = Period::parse(QStringLiteral("2025-Q3"));
    REQUIRE(p.isValid());
    CHECK(p.start() == QDate(2025, 7, 1));
    CHECK(p.end() == QDate(2025, 9, 30));
    CHECK(p.labelVi() == QStringLiteral("Quý III/2025"));
    CHECK(p.code() == QStringLiteral("2025-Q3"));

    CHECK(Period::parse(QStringLiteral("2025")).end() == QDate(2025, 12, 31));
    CHECK(Period::parse(QStringLiteral("2025")).labelVi() == QStringLiteral("Năm 2025"));
    CHECK(Period::parse(QStringLiteral("2025-H1")).end() == QDate(2025, 6, 30));
    CHECK(Period::parse(QStringLiteral("2025-h2")).start() == QDate(2025, 7, 1));
    CHECK(Period::parse(QStringLiteral("2025-H1")).labelVi() == QStringLiteral("6 tháng đầu năm 2025"));
    CHECK(Period::parse(QStringLiteral("2024-02")).end() == QDate(2024, 2, 29));
    CHECK(Period::parse(QStringLiteral("2025-07")).labelVi() == QStringLiteral("Tháng 7/2025"));
    const Period r = Period::parse(QStringLiteral("2025-01-01..2025-06-30"));
    CHECK(r.kind() == Period::Kind::Range);
    CHECK(r.labelVi() == QStringLiteral("Từ 01/01/2025 đến 30/06/2025"));
    CHECK(Period::parse(r.code()) == r);
    CHECK(Period::parse(QStringLiteral("2025-Q3")).months().size() == 3);
    CHECK(Period::parse(QStringLiteral("2025-07-15..2025-08-10")).months().first().start() == QDate(2025, 7, 15));

    QString error;
    CHECK_FALSE(Period::parse(QStringLiteral("2025-13"), &error).isValid());
    CHECK(error.contains(QStringLiteral("13")));
    CHECK_FALSE(Period::parse(QStringLiteral("2025-Q5"), &error).isValid());
    CHECK(error.contains(QStringLiteral("2025-Q5")));
    CHECK_FALSE(Period::parse(QStringLiteral("2025-06-30..2025-01-01"), &error).isValid());
    CHECK(error.contains(QStringLiteral("ends before")));
    CHECK_FALSE(Period::parse(QStringLiteral("2025-02-30..2025-03-01"), &error).isValid());
}

TEST_CASE("Every indicator of KPIS.md is defined once with a rule", "[kpi]")
{
    const QStringList expected = {"adult_basic_skills", "adult_vneid_certified", "smartphone", "digital_identity",
                                  "digital_bank", "public_officials", "students", "enterprise_workers",
                                  "digital_household", "households_informed", "elderly_attended", "disabled_attended",
                                  "mentor_load", "hamlet_team", "hamlet_influencer", "market_4t", "class_cadence",
                                  "women_members_reached"};
    QStringList ids;
    for (const auto& d : Indicators::all()) {
        ids << d.id;
        CHECK(QString::fromLatin1(d.rule).size() > 20);
        CHECK_FALSE(d.nameVi.isEmpty());
        if (d.denominator == DenominatorKind::Baseline)
            CHECK_FALSE(d.baselineColumn.isEmpty());
    }
    CHECK(ids == expected);
}

TEST_CASE("Plan templates install idempotently, copy and edit", "[kpi]")
{
    TempStore ts;
    Store& s = ts.store();
    StoreError error;
    const qint64 logBefore = s.changeLogCount();
    REQUIRE(PlanCatalog::installTemplates(s, &error));
    REQUIRE(PlanCatalog::installTemplates(s, &error));
    // Reference rows are the province's: a laptop's plan writes are never pushed.
    CHECK(s.changeLogCount() == logBefore);
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("SELECT count(*), min(commune_id), max(commune_id) FROM plans"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    CHECK(q.value(1).toString().isEmpty()); // province-wide reference rows
    CHECK(q.value(2).toString().isEmpty());

    auto p001 = PlanCatalog::load(s, QStringLiteral("001"));
    REQUIRE(p001);
    CHECK(p001->mentorMin == 3);
    CHECK(p001->target(QStringLiteral("adult_basic_skills"), 2025) == 85.0);
    CHECK(p001->target(QStringLiteral("adult_basic_skills"), 2026) == 100.0);
    CHECK_FALSE(p001->applies(QStringLiteral("hamlet_team")));
    auto p002 = PlanCatalog::load(s, QStringLiteral("002"));
    REQUIRE(p002);
    CHECK(p002->mentorMin == 5);
    CHECK(p002->classCadence == QStringLiteral("weekly"));
    CHECK(p002->target(QStringLiteral("adult_vneid_certified"), 2025) == 70.0);
    CHECK(PlanCatalog::load(s, QStringLiteral("004"))->target(QStringLiteral("households_informed"), 2025) == 80.0);
    CHECK(PlanCatalog::load(s, QStringLiteral("000"))->classCadence == QStringLiteral("monthly"));

    // A province copies 002 and edits its copy; the template stays as shipped.
    REQUIRE(PlanCatalog::copyPlan(s, QStringLiteral("002"), QStringLiteral("BP-2025"), QStringLiteral("Bản sửa"), &error));
    REQUIRE(PlanCatalog::setTarget(s, QStringLiteral("BP-2025"), QStringLiteral("adult_basic_skills"), 2025, 75.0, &error));
    REQUIRE(PlanCatalog::setMentorMin(s, QStringLiteral("BP-2025"), 4, &error));
    REQUIRE(PlanCatalog::setTarget(s, QStringLiteral("BP-2025"), QStringLiteral("class_cadence"), 2025, std::nullopt, &error));
    auto copy = PlanCatalog::load(s, QStringLiteral("BP-2025"));
    REQUIRE(copy);
    CHECK(copy->target(QStringLiteral("adult_basic_skills"), 2025) == 75.0);
    CHECK(copy->mentorMin == 4);
    CHECK_FALSE(copy->target(QStringLiteral("class_cadence"), 2025).has_value());
    CHECK(copy->target(QStringLiteral("class_cadence"), 2026) == 100.0);
    CHECK(PlanCatalog::load(s, QStringLiteral("002"))->target(QStringLiteral("adult_basic_skills"), 2025) == 70.0);

    // Refusals name the field and change nothing.
    const qint64 before = s.changeLogCount();
    CHECK_FALSE(PlanCatalog::copyPlan(s, QStringLiteral("002"), QStringLiteral("001"), {}, &error));
    CHECK(error.field == QStringLiteral("code"));
    CHECK_FALSE(PlanCatalog::setTarget(s, QStringLiteral("001"), QStringLiteral("adult_basic_skills"), 2025, 140.0, &error));
    CHECK(error.field == QStringLiteral("target"));
    CHECK_FALSE(PlanCatalog::setTarget(s, QStringLiteral("001"), QStringLiteral("no_such"), 2025, 10.0, &error));
    CHECK(error.field == QStringLiteral("indicator"));
    CHECK_FALSE(PlanCatalog::activate(s, QStringLiteral("999"), &error));
    CHECK(s.changeLogCount() == before);
    CHECK(PlanCatalog::activeCode(s).isEmpty());
    REQUIRE(PlanCatalog::activate(s, QStringLiteral("BP-2025"), &error));
    CHECK(PlanCatalog::active(s)->code == QStringLiteral("BP-2025"));
}

TEST_CASE("Indicators on the hand-made commune give the known answers", "[kpi]")
{
    TempStore ts;
    const auto f = hocvuso::test::buildKpiFixture(ts.store());
    const QString h1 = f.id("H1"), h2 = f.id("H2");
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    KpiOptions options = asOf("2025-12-31");
    options.groups = true;
    const KpiTable t = engine.compute(q3, options);
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.plan);
    CHECK(t.plan->code == QStringLiteral("001"));
    CHECK(t.communeName == QStringLiteral("Xã Thử Nghiệm"));
    REQUIRE(t.hamlets.size() == 2);
    CHECK(t.hamlets[0].name == QStringLiteral("Thôn Đông"));
    CHECK(t.unknownAge == 1); // R4
    REQUIRE(t.rows.size() == Indicators::all().size());

    SECTION("adults trained: turning 18 inside the period counts, deleted people never do")
    {
        const KpiRow* r = t.find(QStringLiteral("adult_basic_skills"));
        REQUIRE(r);
        // R1 (class), R2 (18 on 15 Aug, certified 1 Sep), R8 (mentored to completion), R9 (certified)
        CHECK(r->total.numerator == 4);
        CHECK(r->total.denominator == 15);
        CHECK(r->total.percent.value() == Approx(26.6667).epsilon(1e-4));
        CHECK(r->target == 85.0);
        CHECK(r->gap.value() == Approx(85.0 - 26.6667).epsilon(1e-4));
        CHECK(r->population == 8); // adults recorded: R1 R2 R5 R6 R8 R9 R10 R11
        CHECK(cell(*r, h1).value.numerator == 2);
        CHECK(cell(*r, h1).value.percent.value() == Approx(20.0));
        CHECK(cell(*r, h2).value.numerator == 2);
        CHECK(cell(*r, h2).value.percent.value() == Approx(40.0));
        CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Counted)) ==
              QStringList{QStringLiteral("Bùi Thị Hoa"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                          QStringLiteral("Đỗ Văn Inh")});
        CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Missing)) ==
              QStringList{QStringLiteral("Hoàng Văn Em"), QStringLiteral("Lý Thị Lan"), QStringLiteral("Ngô Văn Khánh"),
                          QStringLiteral("Vũ Thị Phương")});
        CHECK(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Missing, h2).isEmpty());
        CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Counted, h2)) ==
              QStringList{QStringLiteral("Bùi Thị Hoa"), QStringLiteral("Đỗ Văn Inh")});
        // Women among adults: R2 R6 R8 R11, of whom R2 and R8 are trained.
        bool seen = false;
        for (const auto& g : r->groups)
            if (g.group == QStringLiteral("women")) {
                CHECK(g.counted == 2);
                CHECK(g.population == 4);
                seen = true;
            }
        CHECK(seen);
    }
    SECTION("cut-offs move with the period end")
    {
        // Q2: R2 is 17 and not yet certified, R1's class and R8's pair are later.
        const KpiTable q2 = engine.compute(Period::parse(QStringLiteral("2025-Q2")), asOf("2025-12-31"));
        CHECK(q2.find(QStringLiteral("adult_basic_skills"))->total.numerator == 1);
        CHECK(q2.find(QStringLiteral("elderly_attended"))->total.numerator == 0);
        // The whole year: R3 is 18 by 31 Dec, R6 completed the October class and
        // R5's mentor pair ended 'completed' on 15 Oct (his deleted class still does not count).
        const KpiTable y = engine.compute(Period::year(2025), asOf("2025-12-31"));
        CHECK(y.find(QStringLiteral("adult_basic_skills"))->total.numerator == 7);
        CHECK(y.find(QStringLiteral("adult_basic_skills"))->total.percent.value() == Approx(100.0 * 7 / 15));
        // R6 turns 60 on 1 Oct: elderly by the year end, and she attended C1.
        CHECK(y.find(QStringLiteral("elderly_attended"))->total.numerator == 2);
        // R9's third mentee pair ended on 15 Oct.
        CHECK(y.find(QStringLiteral("mentor_load"))->total.numerator == 0);
        CHECK(y.find(QStringLiteral("hamlet_team"))->total.numerator == 2);
        CHECK(y.find(QStringLiteral("households_informed"))->total.numerator == 2);
    }
    SECTION("flags, certification date and 16+")
    {
        CHECK(t.find(QStringLiteral("smartphone"))->total.numerator == 1); // R7 is deleted
        CHECK(t.find(QStringLiteral("adult_vneid_certified"))->total.numerator == 1); // R8 on the end day; R9 after
        const KpiRow* id = t.find(QStringLiteral("digital_identity"));
        CHECK(id->total.numerator == 2); // R1, and R3 who is 16+ but not 18
        CHECK(id->total.denominator == 17);
        CHECK(t.find(QStringLiteral("digital_bank"))->total.numerator == 1);
    }
    SECTION("groups trained, without age rules")
    {
        const KpiRow* officials = t.find(QStringLiteral("public_officials"));
        CHECK(officials->total.numerator == 1);
        CHECK(officials->total.percent.value() == Approx(50.0));
        CHECK_FALSE(cell(*officials, h2).value.percent.has_value()); // zero baseline in H2: no value
        CHECK(t.find(QStringLiteral("students"))->total.numerator == 1);
        const KpiRow* workers = t.find(QStringLiteral("enterprise_workers"));
        CHECK(workers->total.numerator == 1); // R4 counts although her age is unknown
        CHECK_FALSE(workers->inPlan == false);
    }
    SECTION("attendance within the period")
    {
        const KpiRow* elderly = t.find(QStringLiteral("elderly_attended"));
        CHECK(elderly->total.numerator == 1); // R5 (birth year 1965); R6 is 59 at the Q3 end
        CHECK(elderly->total.percent.value() == Approx(25.0));
        CHECK_FALSE(cell(*elderly, h2).value.percent.has_value());
        CHECK_FALSE(elderly->inPlan); // plan 001 has no target for it
        const KpiRow* disabled = t.find(QStringLiteral("disabled_attended"));
        CHECK(disabled->total.numerator == 1);
        CHECK(disabled->total.percent.value() == Approx(50.0));
        const KpiRow* women = t.find(QStringLiteral("women_members_reached"));
        CHECK(women->total.numerator == 2); // R6 attended, R2's household visited
        CHECK(women->total.percent.value() == Approx(50.0));
        CHECK(names(engine.members(QStringLiteral("women_members_reached"), q3, MemberSet::Missing)) ==
              QStringList{QStringLiteral("Lý Thị Lan")});
    }
    SECTION("households")
    {
        const KpiRow* digital = t.find(QStringLiteral("digital_household"));
        CHECK(digital->total.numerator == 3); // HH1 HH2 HH3; HH5 deleted; HH4 nobody trained yet
        CHECK(digital->total.denominator == 8);
        CHECK(digital->total.percent.value() == Approx(37.5));
        CHECK(cell(*digital, h1).value.numerator == 2);
        CHECK(names(engine.members(QStringLiteral("digital_household"), q3, MemberSet::Missing)) ==
              QStringList{QStringLiteral("Lý Thị Lan")});
        const KpiRow* informed = t.find(QStringLiteral("households_informed"));
        CHECK(informed->total.numerator == 1); // V1; V2 is later, V3 did not inform, V4 deleted
        CHECK(informed->total.percent.value() == Approx(12.5));
    }
    SECTION("mentors, hamlets, markets, cadence")
    {
        const KpiRow* mentors = t.find(QStringLiteral("mentor_load"));
        CHECK(mentors->total.numerator == 1); // R9 has 3 active pairs at the Q3 end, R10 one
        CHECK(mentors->total.denominator == 2);
        CHECK(cell(*mentors, h2).value.percent.value() == Approx(100.0));
        CHECK(cell(*mentors, h1).value.percent.value() == Approx(0.0));
        CHECK(names(engine.members(QStringLiteral("mentor_load"), q3, MemberSet::Missing)) ==
              QStringList{QStringLiteral("Ngô Văn Khánh")});
        // With plan 002 (N = 5) nobody reaches the minimum.
        KpiOptions with002 = asOf("2025-12-31");
        with002.planCode = QStringLiteral("002");
        const KpiTable t002 = engine.compute(q3, with002);
        CHECK(t002.find(QStringLiteral("mentor_load"))->total.numerator == 0);
        CHECK(t002.find(QStringLiteral("adult_basic_skills"))->target == 70.0);
        // Weekly cadence: C1 (week 2) and C2 (week 6) of 14 started weeks.
        const KpiRow* weekly = t002.find(QStringLiteral("class_cadence"));
        CHECK(weekly->total.numerator == 2);
        CHECK(weekly->total.denominator == 14);

        const KpiRow* team = t.find(QStringLiteral("hamlet_team"));
        CHECK(team->total.numerator == 1);
        CHECK(team->total.denominator == 2);
        CHECK(names(engine.members(QStringLiteral("hamlet_team"), q3, MemberSet::Missing)) ==
              QStringList{QStringLiteral("Thôn Đoài")});
        CHECK(t.find(QStringLiteral("hamlet_influencer"))->total.numerator == 1); // R10; R7 deleted

        const KpiRow* market = t.find(QStringLiteral("market_4t"));
        CHECK(market->total.numerator == 1);
        CHECK(market->total.denominator == 0);
        CHECK_FALSE(market->total.percent.has_value()); // zero baseline: "—"
        CHECK(formatPercent(market->total.percent) == QStringLiteral("—"));

        const KpiRow* cadence = t.find(QStringLiteral("class_cadence"));
        CHECK(cadence->total.numerator == 2); // July, August (C3 deleted, C4 in October)
        CHECK(cadence->total.denominator == 3);
        const KpiTable midQuarter = engine.compute(q3, asOf("2025-08-15"));
        CHECK(midQuarter.find(QStringLiteral("class_cadence"))->total.denominator == 2);
        CHECK(midQuarter.find(QStringLiteral("class_cadence"))->total.percent.value() == Approx(100.0));
    }
}

TEST_CASE("No baseline for the year gives no value, and an empty store computes", "[kpi]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const KpiTable t = engine.compute(Period::year(2027), asOf("2027-12-31"));
    REQUIRE(t.error.isEmpty());
    const KpiRow* r = t.find(QStringLiteral("adult_basic_skills"));
    CHECK(r->total.numerator > 0);
    CHECK_FALSE(r->total.denominator.has_value());
    CHECK_FALSE(r->total.percent.has_value());
    CHECK_FALSE(r->target.has_value()); // plan 001 has no 2027 target
    CHECK_FALSE(r->gap.has_value());

    TempStore empty;
    KpiEngine e2(empty.store());
    const KpiTable t2 = e2.compute(Period::year(2025), asOf("2025-06-30"));
    REQUIRE(t2.error.isEmpty());
    CHECK_FALSE(t2.plan.has_value());
    for (const KpiRow& row : t2.rows) {
        CHECK(row.total.numerator == 0);
        CHECK(row.inPlan);
    }
    CHECK_FALSE(t2.find(QStringLiteral("hamlet_team"))->total.percent.has_value()); // zero hamlets
}

TEST_CASE("people where no baseline was entered stay out of the percent and are reported as such", "[kpi]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    const KpiTable before = engine.compute(q3, asOf("2025-12-31"));
    const KpiRow* id0 = before.find(QStringLiteral("digital_identity"));
    REQUIRE(id0);
    REQUIRE(id0->total.denominator == 17);
    CHECK(id0->outsideBaseline == 0);

    // A new hamlet with no 2025 baseline, and someone with no hamlet: both have level-2 VNeID.
    StoreError e;
    const auto h3 = ts->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Mới")}}, &e);
    REQUIRE(h3);
    for (const QVariant& hamlet : {QVariant(*h3), QVariant()})
        REQUIRE(ts->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Phan Văn Tới")},
                                                         {QStringLiteral("hamlet_id"), hamlet},
                                                         {QStringLiteral("birth_date"), QStringLiteral("1990-02-02")},
                                                         {QStringLiteral("vneid_level2"), 1}},
                           &e));
    const KpiTable after = engine.compute(q3, asOf("2025-12-31"));
    const KpiRow* id = after.find(QStringLiteral("digital_identity"));
    REQUIRE(id);
    // The percent still compares the hamlets that have a baseline with that baseline.
    CHECK(id->total.numerator == id0->total.numerator);
    CHECK(id->total.denominator == 17);
    CHECK(id->total.percent.value() == Approx(id0->total.percent.value()));
    CHECK(id->outsideBaseline == 2);
    CHECK(cell(*id, *h3).value.numerator == 1);
    CHECK_FALSE(cell(*id, *h3).value.percent.has_value());

    // The province sums communes the same way: a commune without a baseline stays out of the percent.
    KpiTable noBaseline = after;
    for (KpiRow& row : noBaseline.rows)
        if (row.indicator == QStringLiteral("digital_identity")) {
            row.total.denominator.reset();
            row.total.percent.reset();
            row.total.numerator = 5;
            row.outsideBaseline = 0;
        }
    const KpiTable province = mergeTables({after, noBaseline}, QStringLiteral("Tỉnh"));
    const KpiRow* merged = province.find(QStringLiteral("digital_identity"));
    REQUIRE(merged);
    CHECK(merged->total.numerator == id->total.numerator);
    CHECK(merged->total.denominator == 17);
    CHECK(merged->outsideBaseline == 2 + 5);
    CHECK(merged->total.percent.value() == Approx(id->total.percent.value()));
    CHECK(merged->target == id->target); // one plan: its target

    // Communes measured against different plans: no single target for the province.
    REQUIRE(id->target);
    for (KpiRow& row : noBaseline.rows)
        if (row.indicator == QStringLiteral("digital_identity"))
            row.target = *id->target - 10;
    const KpiRow* mixed = mergeTables({after, noBaseline}, QStringLiteral("Tỉnh")).find(QStringLiteral("digital_identity"));
    CHECK_FALSE(mixed->target.has_value());
    CHECK_FALSE(mixed->gap.has_value());
}

TEST_CASE("turning 16 inside the period counts for the 16+ indicators from that period on", "[kpi]")
{
    TempStore ts;
    const auto f = hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    auto identity = [&](const char* period) {
        return engine.compute(Period::parse(QString::fromLatin1(period)), asOf("2025-12-31"))
            .find(QStringLiteral("digital_identity"))
            ->total.numerator;
    };
    const qint64 q2 = identity("2025-Q2"), q3 = identity("2025-Q3"), q4 = identity("2025-Q4");
    StoreError e;
    // 16 on 20 Aug 2025 (inside Q3), and 16 on 5 Oct 2025 (after Q3), both with level-2 VNeID.
    for (const char* born : {"2009-08-20", "2009-10-05"})
        REQUIRE(ts->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Lâm Văn Mười")},
                                                         {QStringLiteral("hamlet_id"), f.id("H1")},
                                                         {QStringLiteral("birth_date"), QString::fromLatin1(born)},
                                                         {QStringLiteral("vneid_level2"), 1}},
                           &e));
    CHECK(identity("2025-Q2") == q2);     // both 15 on 30 Jun
    CHECK(identity("2025-Q3") == q3 + 1); // the first is 16 by 30 Sep
    CHECK(identity("2025-Q4") == q4 + 2); // both by 31 Dec
}

TEST_CASE("kpis and plans on the command line", "[kpi][cli]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    ts.close();
    auto r = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--period"), QStringLiteral("2025-Q3"),
                                    QStringLiteral("--as-of"), QStringLiteral("2025-12-31"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("period")).toString() == QStringLiteral("2025-Q3"));
    CHECK(o.value(QStringLiteral("plan")).toString() == QStringLiteral("001"));
    bool found = false;
    for (const auto& v : o.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        if (i.value(QStringLiteral("id")).toString() != QStringLiteral("adult_basic_skills"))
            continue;
        found = true;
        CHECK(i.value(QStringLiteral("numerator")).toInt() == 4);
        CHECK(i.value(QStringLiteral("denominator")).toInt() == 15);
        CHECK(i.value(QStringLiteral("percent")).toDouble() == Approx(26.6667).epsilon(1e-4));
        CHECK(i.value(QStringLiteral("target")).toDouble() == 85.0);
        CHECK(i.value(QStringLiteral("hamlets")).toArray().size() == 2);
    }
    CHECK(found);

    auto missing = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--period"),
                                          QStringLiteral("2025-Q3"), QStringLiteral("--members"),
                                          QStringLiteral("adult_basic_skills"), QStringLiteral("--missing"),
                                          QStringLiteral("--json")});
    REQUIRE(missing.exitCode == 0);
    CHECK(QJsonDocument::fromJson(missing.out).object().value(QStringLiteral("members")).toArray().size() == 4);
    auto explained = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"),
                                            QStringLiteral("--explain"), QStringLiteral("--json")});
    REQUIRE(explained.exitCode == 0);
    CHECK(QJsonDocument::fromJson(explained.out).object().value(QStringLiteral("indicators")).toArray().size() ==
          Indicators::all().size());

    auto bad = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--period"),
                                      QStringLiteral("2025-Q7")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("2025-Q7"));

    auto list = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("plans"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonObject lo = QJsonDocument::fromJson(list.out).object();
    CHECK(lo.value(QStringLiteral("active")).toString() == QStringLiteral("001"));
    CHECK(lo.value(QStringLiteral("plans")).toArray().size() == 4);
    auto act = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("plans"), QStringLiteral("activate"),
                                      QStringLiteral("004")});
    CHECK(act.exitCode == 0);
    auto actBad = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("plans"),
                                         QStringLiteral("activate"), QStringLiteral("777")});
    CHECK(actBad.exitCode == 4);
    auto after = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("plans"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("active")).toString() == QStringLiteral("004"));
}
