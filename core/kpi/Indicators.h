#pragma once

#include <QString>
#include <QVector>

namespace hocvuso::kpi {

// What an indicator counts: the rows its numerator is made of, which decides
// how its members are listed (residents, households, ...).
enum class Subject { Resident, Household, Mentor, Hamlet, Market, Cadence };

// Cumulative: the status at the period's end (everything recorded on or
// before it). InPeriod: only what happened between the period's start and end.
enum class Scope { Cumulative, InPeriod };

// Where the denominator comes from.
enum class DenominatorKind {
    Baseline,       // sum of a `baselines` column over the hamlets, for the period's year
    Hamlets,        // number of (live) hamlets
    ActiveMentors,  // mentors active at the period's end (from the store)
    ElapsedPeriods, // weeks or months of the period elapsed so far (class cadence)
};

// One indicator of KPIS.md, defined once. The SQL of numerator and
// population lives in KpiEngine.cpp next to these rules; the documentation
// of each is `rule` below, printed in reports and shown by `kpis --explain`.
//
// Shared rules (all indicators):
// - Deleted (tombstoned) rows never count, in any table.
// - Ages are taken at the period's END: "18+" means born on or before
//   end − 18 years (someone who turns 18 inside the period counts). With only
//   a birth year, the birthday is taken as 1 January. A resident with neither
//   has an unknown age and is left out of every age-bound indicator (the
//   count of such residents is reported next to the table).
// - "Trained" (basic digital skills) at date E = completed (attendance.completed)
//   a class with basic_course = 1 starting on or before E, or mentee of a
//   mentor pair with status 'completed' that ended on or before E, or
//   basic_skills_on (certified) on or before E.
// - Flags without a date (has_smartphone, vneid_level2, digital_bank,
//   influencer, runs_4t) hold the current status: the store keeps no history
//   of them, so a past period sees today's flag.
// - Denominators come from the baselines of the period's end year; no
//   baseline row or a zero baseline gives no value ("—"), never a division by zero.
//
// Groups (KpiOptions::group filters every indicator to one group of
// Groups::all(); KpiOptions::groups adds the breakdown by every group):
// - Only resident indicators (Subject::Resident) have a value for a group.
//   Every other one (households, hamlets, mentors, markets, class cadence)
//   is "not applicable to a group" (KpiRow::groupApplicable = false, no
//   value at all), never a 0.
// - Membership is a fact at the period's END like every other: "elderly" is
//   60+ at the end (someone turning 60 inside the period is in the group),
//   "women" is sex F, "poor_household" lives in a live household flagged
//   poor, the other groups are the resident's own flag. Deleted residents
//   are in no group.
// - Numerator: the indicator's counted residents who are in the group.
// - Denominator: the baselines hold no census of most groups, so it is the
//   group's residents RECORDED IN THE STORE who are in the indicator's
//   population (for adult_basic_skills: the group's adults recorded)
//   (KpiRow::recordedDenominator). One exception: when the group has a
//   baseline column (GroupDef::baselineColumn: elderly, disabled, officials,
//   students, enterprise_workers, women_members) and every member of the
//   group is in the indicator's population, that column counts exactly the
//   population, so it is the denominator, per hamlet as for any baseline
//   indicator. "Every member": the population's facts are the group's own
//   flag or an age the group implies (elderly are 60+, so 16+ and 18+;
//   Women's Union members are 18+ by the Union's charter, which is how
//   women_members_reached already reads that column). So adults trained
//   among the elderly is over the elderly baseline; among people with
//   disabilities (who may be children) over the disabled adults recorded.
//   For an indicator about the group itself (public_officials within
//   public_official, elderly_attended within elderly) the group's value is
//   the indicator's own.
// - Target: the plan's target for the indicator and year (the plans set
//   "100 % of adults": the same share applies within a group); gap =
//   target − the group's percent.
struct IndicatorDef
{
    QString id;
    const char* nameEn;  // English source, for QCoreApplication::translate("hocvuso::kpi::Indicator", ...)
    QString nameVi;      // the name as the plans write it
    Subject subject;
    Scope scope;
    DenominatorKind denominator;
    QString baselineColumn; // for DenominatorKind::Baseline
    const char* rule;       // numerator / denominator / period rule, English
};

class Indicators
{
public:
    static const QVector<IndicatorDef>& all();
    static const IndicatorDef* find(const QString& id);
    // The translated (UI language) name of an indicator.
    static QString name(const IndicatorDef& def);
    // Counted from flags without a date (see the shared rules): a past
    // period sees today's status, so a trend over months would draw today's
    // value as history.
    static bool holdsCurrentStatus(const QString& id);
};

// Resident groups the plans single out: a filter and a breakdown.
struct GroupDef
{
    QString id;
    const char* nameEn;
    QString nameVi;
    // The baselines column counting the whole group (see the group rules
    // above), or empty when the baselines hold no census of it.
    QString baselineColumn = {};
};

class Groups
{
public:
    static const QVector<GroupDef>& all();
    static const GroupDef* find(const QString& id);
    // The translated (UI language) name of a group.
    static QString name(const GroupDef& def);
    // "elderly, disabled, ...": for messages naming the valid ids.
    static QString idList();
    // "unknown group 'x'; valid groups: elderly, ...": one wording for the
    // CLI, the server's API and admin commands, and the engine.
    static QString unknownMessage(const QString& id);
};

} // namespace hocvuso::kpi
