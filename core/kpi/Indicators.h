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
};

class Groups
{
public:
    static const QVector<GroupDef>& all();
    static const GroupDef* find(const QString& id);
};

} // namespace hocvuso::kpi
