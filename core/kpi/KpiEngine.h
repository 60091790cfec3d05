#pragma once

#include "core/kpi/Period.h"
#include "core/kpi/PlanCatalog.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hocvuso {
class Store;
}

namespace hocvuso::kpi {

// numerator / denominator = percent. No denominator (no baseline row) or a
// zero one leaves percent empty: shown as "—", never a division by zero.
struct KpiValue
{
    qint64 numerator = 0;
    std::optional<qint64> denominator;
    std::optional<double> percent;
};

struct KpiHamletCell
{
    QString hamletId; // empty: records with no hamlet (counted in the commune total only)
    KpiValue value;
};

// Within one group (women, elderly, ...): how many of the group's residents
// in the store the indicator counts, out of how many it looks at, and the
// group's value under the group rules of Indicators.h (the same numbers as
// the commune total of a table computed with KpiOptions::group).
struct KpiGroupCell
{
    QString group;
    qint64 counted = 0;
    qint64 population = 0;
    KpiValue value = {};            // numerator / denominator (a baseline or the recorded population)
    std::optional<double> target = {}; // the plan's target for the indicator and year
    std::optional<double> gap = {};    // target − percent, in points
    bool recordedDenominator = false; // the denominator is the group's residents recorded in the store
};

struct KpiRow
{
    QString indicator;
    KpiValue total;
    qint64 population = 0; // rows of the store the indicator looked at (e.g. adults recorded)
    // Counted where the denominator has no baseline (a hamlet without one, no
    // hamlet, at the province a commune without one): left out of total's
    // numerator, so that its percent compares like with like.
    qint64 outsideBaseline = 0;
    std::optional<double> target; // percent, from the plan for the period's year
    std::optional<double> gap;    // target − percent, in points; > 0 = behind target
    bool inPlan = true;           // the plan sets a target for it (any year); all, when there is no plan
    // Only for a table of one group (KpiOptions::group): false when the
    // indicator is not about residents, so it has no value for a group
    // (total and perHamlet stay empty: "not applicable", not 0).
    bool groupApplicable = true;
    // The denominator is the group's residents recorded in the store in the
    // indicator's population, not a baseline (see the group rules in Indicators.h).
    bool recordedDenominator = false;
    QVector<KpiHamletCell> perHamlet;
    QVector<KpiGroupCell> groups; // only with KpiOptions::groups
};

struct HamletInfo
{
    QString id;
    QString code;
    QString name;
};

struct KpiTable
{
    Period period;
    QDate asOf;
    QString communeId;
    QString communeName;
    std::optional<Plan> plan;
    int mentorMin = 3;
    QString classCadence; // the one used: "weekly" or "monthly"
    QVector<HamletInfo> hamlets;
    QVector<KpiRow> rows;
    QString group;         // the group of KpiOptions::group the rows are for; empty: every resident
    qint64 unknownAge = 0; // live residents with neither birth date nor birth year
    QString error;         // empty when every query ran

    const KpiRow* find(const QString& indicator) const;
    QString hamletName(const QString& id) const;
};

struct KpiOptions
{
    QDate asOf;              // "today" for elapsed weeks/months; invalid = QDate::currentDate()
    QString planCode;        // empty: the active plan (store meta "active_plan")
    QStringList indicators;  // empty: all of them
    bool groups = false;     // also the per-group breakdown of resident indicators (of every resident)
    // A group of Groups::all(): resident indicators count only its members
    // (the group rules of Indicators.h); the others are not applicable.
    // Empty: every resident. An unknown id is an error of the table.
    QString group;
};

enum class MemberSet { Counted, Missing };

// What was done within a period (the activity part of a report).
struct ActivitySummary
{
    qint64 classes = 0;      // live classes starting within the period
    qint64 participants = 0; // distinct residents present at one of them
    qint64 completions = 0;  // attendances marked completed at those classes
    QVector<KpiGroupCell> participantsByGroup; // counted = participants of the group; population = all participants
    qint64 visits = 0;             // live visits within the period
    qint64 householdsVisited = 0;  // distinct households among them
    qint64 householdsInformed = 0; // distinct households informed by them
    struct HamletActivity
    {
        QString hamletId;
        qint64 classes = 0;
        qint64 participants = 0;
        qint64 visits = 0;
    };
    QVector<HamletActivity> perHamlet; // every live hamlet, plus "" when something has no hamlet
    qint64 activeMentors = 0;   // at the period end
    qint64 activePairs = 0;     // at the period end
    qint64 pairsCompleted = 0;  // pairs that ended 'completed' within the period
    qint64 mentorsAtMinimum = 0;
    int mentorMin = 3;
};

// One row behind a number: a resident, household, mentor, hamlet or market.
struct KpiMember
{
    QString id;
    QString name;
    QString hamletId;
};

// One page of the rows behind a number, and how many there are in all.
struct KpiMemberPage
{
    QVector<KpiMember> rows;
    qint64 total = 0;
};

// Computes the indicators of Indicators.h for the store's commune. Resident
// and household indicators, hamlet_team and the activity summary come from
// the store file's in-memory facts snapshot (detail::FactsSnapshot: loaded
// once, then kept fresh from the change log), counted in C++ by hamlet and
// by a bit mask of facts (detail::ResidentFacts): no SQL sort, no
// correlated sub-query, and no pass over the tables after the first time.
// The other subjects (mentors, markets, classes) are small tables and stay
// one aggregate query each. Synchronous; use it from a worker thread with
// that thread's own Store (one connection per thread).
class KpiEngine
{
public:
    explicit KpiEngine(Store& store) : m_store(store) {}

    KpiTable compute(const Period& period, const KpiOptions& options = {});
    // The same for several periods (a monthly trend) from one pass over the
    // store: tables in the order of periods, each equal to compute(period).
    QVector<KpiTable> computeSeries(const QVector<Period>& periods, const KpiOptions& options = {});

    // Who is counted (or missing: looked at but not counted) by an
    // indicator, optionally in one hamlet (an empty, non-null hamletId
    // means the records with no hamlet). For baseline indicators "missing"
    // lists only people recorded in the store: the rest of the baseline is
    // not known by name. With options.group, only that group's members; an
    // indicator not about residents then lists nobody and sets lastError().
    QVector<KpiMember> members(const QString& indicator, const Period& period, MemberSet which,
                               const QString& hamletId = {}, const KpiOptions& options = {});
    // One page of members(), in the same order, for lists a person scrolls:
    // rows [offset, offset + limit) and the total. limit < 0: all of them.
    KpiMemberPage memberPage(const QString& indicator, const Period& period, MemberSet which, const QString& hamletId,
                             const KpiOptions& options, qint64 offset, qint64 limit);
    // Classes, participants by group, visits and the mentor network for a period.
    ActivitySummary activity(const Period& period, const KpiOptions& options = {});

    QString lastError() const { return m_error; }

    // Whether this process keeps a copy of each store file's facts snapshot
    // beside the file (savedCopyPath), so that its next start computes
    // without reading every table. Off by default: only the desktop app and
    // the CLI turn it on, never the province server (its mirrors reload
    // after every pull). The copy holds birth dates and flags by row id, no
    // name, CCCD or phone.
    static void keepSavedCopies(bool keep);
    // "<store file>.kpi": whatever removes or replaces a store file removes it too.
    static QString savedCopyPath(const QString& storeFile);

private:
    Store& m_store;
    QString m_error;
};

// "72.5 %" or "—": how reports show a percent.
QString formatPercent(const std::optional<double>& percent);

} // namespace hocvuso::kpi
