// Indicators for one group (KpiOptions::group) and the per-group breakdown on
// the hand-made commune (tests/support/KpiFixture.cpp) with known answers.
#include "KpiFixture.h"
#include "TempStore.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/KpiMerge.h"
#include "core/kpi/Period.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

KpiOptions forGroup(const char* group)
{
    KpiOptions o;
    o.asOf = QDate(2025, 12, 31);
    o.group = QString::fromLatin1(group);
    return o;
}

const KpiHamletCell* cellOf(const KpiRow& row, const QString& hamletId)
{
    for (const auto& c : row.perHamlet)
        if (c.hamletId == hamletId)
            return &c;
    return nullptr;
}

const KpiGroupCell* groupCell(const KpiRow& row, const char* group)
{
    for (const auto& c : row.groups)
        if (c.group == QLatin1String(group))
            return &c;
    return nullptr;
}
} // namespace

TEST_CASE("a group filter counts only the group's residents, over the group's recorded population", "[kpi][groups]")
{
    TempStore ts;
    const auto f = hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    const KpiTable t = engine.compute(q3, forGroup("women"));
    REQUIRE(t.error.isEmpty());
    CHECK(t.group == QStringLiteral("women"));
    const KpiRow* r = t.find(QStringLiteral("adult_basic_skills"));
    REQUIRE(r);
    // Women 18+ at the Q3 end: R2 (18 on 15 Aug), R6, R8, R11 (R4 has no age); trained: R2, R8.
    CHECK(r->groupApplicable);
    CHECK(r->recordedDenominator); // no baseline counts women
    CHECK(r->total.numerator == 2);
    CHECK(r->total.denominator == 4);
    CHECK(r->total.percent.value() == Approx(50.0));
    CHECK(r->target == 85.0); // the plan's target applies to the group's share
    CHECK(r->gap.value() == Approx(35.0));
    REQUIRE(cellOf(*r, f.id("H1")));
    CHECK(cellOf(*r, f.id("H1"))->value.numerator == 1);
    CHECK(cellOf(*r, f.id("H1"))->value.denominator == 3);
    CHECK(cellOf(*r, f.id("H2"))->value.denominator == 1);
    CHECK(t.unknownAge == 1); // R4, a woman

    // The lists behind the numbers honour the group.
    const KpiOptions women = forGroup("women");
    CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Counted, {}, women)) ==
          QStringList{QStringLiteral("Bùi Thị Hoa"), QStringLiteral("Trần Thị Bình")});
    CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Missing, {}, women)) ==
          QStringList{QStringLiteral("Lý Thị Lan"), QStringLiteral("Vũ Thị Phương")});
    CHECK(engine.memberPage(QStringLiteral("adult_basic_skills"), q3, MemberSet::Missing, f.id("H1"), women, 0, 1).total ==
          2);

    // Without the group the same indicator counts 4 of the 15 adults of the baseline.
    CHECK(engine.compute(q3, forGroup("")).find(QStringLiteral("adult_basic_skills"))->total.numerator == 4);
}

TEST_CASE("a group with a baseline column uses it where it counts exactly the indicator's population", "[kpi][groups]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    const KpiTable all = engine.compute(q3, forGroup(""));
    const KpiTable elderly = engine.compute(q3, forGroup("elderly"));
    REQUIRE(elderly.error.isEmpty());

    // Elderly are all adults, so adults trained among them is over the elderly baseline (H1 4 + H2 0).
    const KpiRow* adults = elderly.find(QStringLiteral("adult_basic_skills"));
    CHECK_FALSE(adults->recordedDenominator);
    CHECK(adults->total.numerator == 0); // R5, 60 by birth year, not trained by the Q3 end
    CHECK(adults->total.denominator == 4);
    CHECK(adults->total.percent.value() == Approx(0.0));
    CHECK(adults->population == 1);

    // An indicator about the group itself gives the indicator's own value.
    const KpiRow* attended = elderly.find(QStringLiteral("elderly_attended"));
    const KpiRow* attendedAll = all.find(QStringLiteral("elderly_attended"));
    CHECK(attended->total.numerator == attendedAll->total.numerator);
    CHECK(attended->total.denominator == attendedAll->total.denominator);
    CHECK(attended->total.numerator == 1);

    // People with disabilities may be children: adults among them are over the recorded ones.
    const KpiTable disabled = engine.compute(q3, forGroup("disabled"));
    const KpiRow* disabledAdults = disabled.find(QStringLiteral("adult_basic_skills"));
    CHECK(disabledAdults->recordedDenominator);
    CHECK(disabledAdults->total.numerator == 1); // R8
    CHECK(disabledAdults->total.denominator == 1);
    CHECK(disabled.find(QStringLiteral("disabled_attended"))->total.denominator ==
          all.find(QStringLiteral("disabled_attended"))->total.denominator);
}

TEST_CASE("turning 60 inside the period puts a resident in the elderly group", "[kpi][groups]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const KpiOptions elderly = forGroup("elderly");
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    const Period q4 = Period::parse(QStringLiteral("2025-Q4")); // R6 turns 60 on 1 October
    CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Missing, {}, elderly)) ==
          QStringList{QStringLiteral("Hoàng Văn Em")});
    CHECK(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Counted, {}, elderly).isEmpty());
    // By the Q4 end R5 (mentored to 15 Oct) and R6 (basic class on 5 Oct) are both elderly and trained.
    const KpiRow* q4Row = engine.compute(q4, elderly).find(QStringLiteral("adult_basic_skills"));
    CHECK(q4Row->total.numerator == 2);
    CHECK(q4Row->total.denominator == 4);
    CHECK(q4Row->total.percent.value() == Approx(50.0));
    CHECK(names(engine.members(QStringLiteral("adult_basic_skills"), q4, MemberSet::Counted, {}, elderly)) ==
          QStringList{QStringLiteral("Hoàng Văn Em"), QStringLiteral("Vũ Thị Phương")});
}

TEST_CASE("a deleted group member is not counted", "[kpi][groups]")
{
    TempStore ts;
    const auto f = hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    StoreError error;
    const auto id = ts.store().insert(QStringLiteral("residents"),
                                      {{"hamlet_id", f.id("H2")},
                                       {"full_name", QStringLiteral("Mai Thị Nga")},
                                       {"birth_date", "1988-04-04"},
                                       {"sex", "F"},
                                       {"basic_skills_on", "2025-07-20"}},
                                      &error);
    REQUIRE(id);
    const KpiRow before = *engine.compute(q3, forGroup("women")).find(QStringLiteral("adult_basic_skills"));
    CHECK(before.total.numerator == 3);
    CHECK(before.total.denominator == 5);
    REQUIRE(ts.store().remove(QStringLiteral("residents"), *id, &error));
    const KpiRow after = *engine.compute(q3, forGroup("women")).find(QStringLiteral("adult_basic_skills"));
    CHECK(after.total.numerator == 2);
    CHECK(after.total.denominator == 4);
    CHECK_FALSE(names(engine.members(QStringLiteral("adult_basic_skills"), q3, MemberSet::Counted, {}, forGroup("women")))
                    .contains(QStringLiteral("Mai Thị Nga")));
}

TEST_CASE("indicators not about residents are not applicable to a group", "[kpi][groups]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    const KpiTable t = engine.compute(q3, forGroup("elderly"));
    for (const char* id : {"hamlet_team", "market_4t", "class_cadence", "mentor_load", "households_informed",
                           "digital_household", "hamlet_influencer"}) {
        INFO(id);
        const KpiRow* row = t.find(QString::fromLatin1(id));
        REQUIRE(row);
        CHECK_FALSE(row->groupApplicable);
        CHECK_FALSE(row->total.denominator.has_value());
        CHECK_FALSE(row->total.percent.has_value());
        CHECK_FALSE(row->gap.has_value());
        CHECK(row->perHamlet.isEmpty());
    }
    CHECK(engine.compute(q3, forGroup("")).find(QStringLiteral("hamlet_team"))->groupApplicable);
    CHECK(engine.members(QStringLiteral("hamlet_team"), q3, MemberSet::Missing, {}, forGroup("elderly")).isEmpty());
    CHECK(engine.lastError().contains(QStringLiteral("not applicable to a group")));

    const KpiTable unknown = engine.compute(q3, forGroup("martians"));
    CHECK(unknown.error.contains(QStringLiteral("martians")));
    CHECK(unknown.error.contains(QStringLiteral("youth_union")));
}

TEST_CASE("the per-group breakdown carries the group's value, target and gap", "[kpi][groups]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    KpiEngine engine(ts.store());
    const Period q3 = Period::parse(QStringLiteral("2025-Q3"));
    KpiOptions options = forGroup("");
    options.groups = true;
    const KpiTable t = engine.compute(q3, options);
    const KpiRow* r = t.find(QStringLiteral("adult_basic_skills"));
    REQUIRE(r->groups.size() == Groups::all().size());
    // Every cell equals the commune total of the table filtered to that group.
    for (const GroupDef& g : Groups::all()) {
        INFO(g.id.toStdString());
        const KpiRow* filtered = engine.compute(q3, forGroup(g.id.toLatin1().constData())).find(r->indicator);
        const KpiGroupCell* cell = groupCell(*r, g.id.toLatin1().constData());
        REQUIRE(cell);
        CHECK(cell->value.numerator == filtered->total.numerator);
        CHECK(cell->value.denominator == filtered->total.denominator);
        CHECK(cell->recordedDenominator == filtered->recordedDenominator);
        CHECK(cell->gap == filtered->gap);
    }
    const KpiGroupCell* women = groupCell(*r, "women");
    CHECK(women->counted == 2);
    CHECK(women->population == 4);
    CHECK(women->value.percent.value() == Approx(50.0));
    CHECK(women->target == 85.0);
    CHECK(women->gap.value() == Approx(35.0));
    CHECK(groupCell(*r, "elderly")->value.denominator == 4); // the elderly baseline
    CHECK(t.find(QStringLiteral("hamlet_team"))->groups.isEmpty());

    // Two communes merged: numerators and denominators summed, percent of the sums.
    const KpiTable twice = mergeTables({t, t}, QStringLiteral("Tỉnh"));
    const KpiGroupCell* merged = groupCell(*twice.find(QStringLiteral("adult_basic_skills")), "women");
    REQUIRE(merged);
    CHECK(merged->value.denominator == 8);
    CHECK(merged->value.percent.value() == Approx(50.0));
    CHECK(merged->gap.value() == Approx(35.0));
}

TEST_CASE("kpis --group on the command line", "[kpi][groups][cli]")
{
    TempStore ts;
    hocvuso::test::buildKpiFixture(ts.store());
    ts.close();
    auto r = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
                                    QStringLiteral("--group"), QStringLiteral("elderly"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("group")).toString() == QStringLiteral("elderly"));
    int seen = 0;
    for (const auto& v : o.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString id = i.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("adult_basic_skills")) {
            ++seen; // R5 and R6 (60 on 1 October), both trained by the year end, of the elderly baseline 4
            CHECK(i.value(QStringLiteral("group_applicable")).toBool());
            CHECK(i.value(QStringLiteral("numerator")).toInt() == 2);
            CHECK(i.value(QStringLiteral("denominator")).toInt() == 4);
            CHECK(i.value(QStringLiteral("percent")).toDouble() == Approx(50.0));
            CHECK(i.value(QStringLiteral("target")).toDouble() == 85.0);
            CHECK(i.value(QStringLiteral("gap")).toDouble() == Approx(35.0));
        } else if (id == QLatin1String("hamlet_team")) {
            ++seen;
            CHECK_FALSE(i.value(QStringLiteral("group_applicable")).toBool(true));
            CHECK(i.value(QStringLiteral("numerator")).isNull());
            CHECK(i.value(QStringLiteral("percent")).isNull());
        }
    }
    CHECK(seen == 2);

    auto members = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--period"),
                                          QStringLiteral("2025-Q3"), QStringLiteral("--group"), QStringLiteral("women"),
                                          QStringLiteral("--members"), QStringLiteral("adult_basic_skills"),
                                          QStringLiteral("--missing"), QStringLiteral("--json")});
    REQUIRE(members.exitCode == 0);
    CHECK(QJsonDocument::fromJson(members.out).object().value(QStringLiteral("members")).toArray().size() == 2);

    auto text = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2025-Q3"),
                                       QStringLiteral("--group"), QStringLiteral("women")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("not applicable to a group"));

    auto bad = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"), QStringLiteral("--year"),
                                      QStringLiteral("2025"), QStringLiteral("--group"), QStringLiteral("martians")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("martians"));
    CHECK(bad.err.contains("elderly"));
    CHECK(bad.err.contains("youth_union"));
    CHECK(bad.err.trimmed().count('\n') == 0); // one line

    auto notResident = hocvuso::test::runCli({QStringLiteral("--db"), ts.path(), QStringLiteral("kpis"),
                                              QStringLiteral("--group"), QStringLiteral("women"),
                                              QStringLiteral("--members"), QStringLiteral("hamlet_team")});
    CHECK(notResident.exitCode == 2);
}
