#include "core/kpi/KpiEngine.h"

#include "core/kpi/Indicators.h"
#include "core/kpi/ResidentFacts.h"
#include "core/store/Database.h"
#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace hocvuso::kpi {

namespace {

// QT_LOGGING_RULES="hocvuso.kpi.debug=true" prints each query's time (no personal data).
Q_LOGGING_CATEGORY(lcKpi, "hocvuso.kpi", QtWarningMsg)

// Every date in the SQL below comes from a QDate formatted by us (never from
// user text), so it is inlined as a literal: the same date appears in several
// sub-queries and SQLite plans a literal better than a bound parameter here.
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

using namespace detail;

struct MaskRule
{
    quint32 population; // all of these bits
    quint32 counted;    // all of these bits ...
    quint32 countedAny; // ... and, when not 0, at least one of these

    bool inPopulation(quint32 mask) const { return (mask & population) == population; }
    bool counts(quint32 mask) const
    {
        return (mask & counted) == counted && (countedAny == 0 || (mask & countedAny));
    }
};

// The resident indicators as rules over the facts of detail::ResidentFacts
// (ages at the period end, "trained" by it, attendance and visits within it:
// see the shared rules in Indicators.h). compute() and members() both use
// these, so a number and the list behind it cannot disagree.
std::optional<MaskRule> residentMaskRule(const QString& id)
{
    if (id == QLatin1String("adult_basic_skills"))
        return MaskRule{F18, FTrained, 0};
    if (id == QLatin1String("adult_vneid_certified"))
        return MaskRule{F18, FCertified, 0};
    if (id == QLatin1String("smartphone"))
        return MaskRule{F18, FSmartphone, 0};
    if (id == QLatin1String("digital_identity"))
        return MaskRule{F16, FVneid2, 0};
    if (id == QLatin1String("digital_bank"))
        return MaskRule{F16, FBank, 0};
    if (id == QLatin1String("public_officials"))
        return MaskRule{FOfficial, FTrained, 0};
    if (id == QLatin1String("students"))
        return MaskRule{FStudent, FTrained, 0};
    if (id == QLatin1String("enterprise_workers"))
        return MaskRule{FWorker, FTrained, 0};
    if (id == QLatin1String("elderly_attended"))
        return MaskRule{F60, FAttended, 0};
    if (id == QLatin1String("disabled_attended"))
        return MaskRule{FDisabled, FAttendedDisabled, 0};
    if (id == QLatin1String("women_members_reached"))
        return MaskRule{FWomensUnion | F18, 0, FAttended | FVisited};
    return std::nullopt;
}

QString when(const QString& condition)
{
    return QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

// Hamlets whose active team logged a visit within the period.
QString teamHamlets(const SqlDates& d)
{
    return QStringLiteral("SELECT t.hamlet_id FROM visits v JOIN teams t ON t.id = v.team_id"
                          " WHERE t.deleted = 0 AND t.active = 1 AND v.deleted = 0 AND %1")
        .arg(d.inPeriod(QStringLiteral("v.visited_on")));
}

// Mentors active at the period end, with the number of their pairs active then.
QString mentorSource(const SqlDates& d)
{
    return QStringLiteral(
               "WITH load(mentor_id, n) AS (SELECT p.mentor_id, count(*) FROM mentor_pairs p"
               "  JOIN residents e ON e.id = p.mentee_id AND e.deleted = 0"
               "  WHERE p.deleted = 0 AND coalesce(p.started_on, '') <= %1"
               "  AND (p.ended_on IS NULL OR p.ended_on > %1) AND (p.status = 'active' OR p.ended_on IS NOT NULL)"
               "  GROUP BY p.mentor_id) ")
        .arg(d.q(d.end));
}

const QString kMentorFrom = QStringLiteral(
    " FROM mentors m JOIN residents r ON r.id = m.resident_id AND r.deleted = 0"
    " LEFT JOIN load ON load.mentor_id = m.resident_id"
    " WHERE m.deleted = 0 AND m.active = 1");

std::optional<double> percentOf(qint64 numerator, const std::optional<qint64>& denominator)
{
    if (!denominator || *denominator <= 0)
        return std::nullopt;
    return 100.0 * double(numerator) / double(*denominator);
}

KpiValue makeValue(qint64 numerator, std::optional<qint64> denominator)
{
    return {numerator, denominator, percentOf(numerator, denominator)};
}

struct Baselines
{
    QHash<QString, QHash<QString, qint64>> perHamlet; // hamlet → column → value (only non-null)
    QHash<QString, qint64> total;                      // column → sum (only when some hamlet has it)
};

const QStringList kBaselineColumns = {QStringLiteral("adults"),        QStringLiteral("people16"),
                                      QStringLiteral("elderly"),       QStringLiteral("disabled"),
                                      QStringLiteral("households"),    QStringLiteral("officials"),
                                      QStringLiteral("students"),      QStringLiteral("enterprise_workers"),
                                      QStringLiteral("markets"),       QStringLiteral("women_members")};

class Runner
{
public:
    Runner(QSqlDatabase db, QString* error) : m_db(std::move(db)), m_error(error) {}

    bool exec(QSqlQuery& q, const QString& sql)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = q.exec(sql);
        if (ok && lcKpi().isDebugEnabled()) {
            // exec() has run the first step; the rest is read by the caller, so time the whole result here.
            while (q.next()) {
            }
            q.exec(sql);
            qCDebug(lcKpi) << timer.elapsed() << "ms:" << QStringView(sql).right(140);
        }
        if (ok)
            return true;
        if (m_error && m_error->isEmpty())
            *m_error = QStringLiteral("KPI query failed: %1").arg(q.lastError().text());
        return false;
    }
    QSqlQuery query() const
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        return q;
    }

private:
    QSqlDatabase m_db;
    QString* m_error;
};

int elapsedBuckets(const Period& p, QDate elapsedEnd, bool weekly)
{
    if (elapsedEnd < p.start())
        return 0;
    if (weekly)
        return int(p.start().daysTo(elapsedEnd) / 7) + 1;
    return (elapsedEnd.year() - p.start().year()) * 12 + elapsedEnd.month() - p.start().month() + 1;
}


Baselines loadBaselines(Runner& run, int year)
{
    Baselines base;
    QStringList sums;
    for (const QString& c : kBaselineColumns)
        sums << QStringLiteral("SUM(b.%1)").arg(c);
    QSqlQuery bq = run.query();
    if (run.exec(bq, QStringLiteral("SELECT b.hamlet_id, %1 FROM baselines b JOIN hamlets h ON h.id = b.hamlet_id"
                                    " AND h.deleted = 0 WHERE b.deleted = 0 AND b.year = %2 GROUP BY b.hamlet_id")
                         .arg(sums.join(QLatin1Char(',')))
                         .arg(year))) {
        while (bq.next()) {
            auto& row = base.perHamlet[bq.value(0).toString()];
            for (int i = 0; i < kBaselineColumns.size(); ++i) {
                if (bq.value(i + 1).isNull())
                    continue;
                row.insert(kBaselineColumns[i], bq.value(i + 1).toLongLong());
                base.total[kBaselineColumns[i]] += bq.value(i + 1).toLongLong();
            }
        }
    }
    return base;
}

// Residents counted by (hamlet << 32 | facts): a few thousand distinct keys
// hit once per resident and period, so a flat table small enough to stay
// in cache (linear probing) instead of QHash's nodes.
class KeyCounts
{
public:
    static constexpr quint64 kEmpty = ~quint64(0); // never a key: hamlet indexes stay below 2^31
    struct Entry
    {
        quint64 key = kEmpty;
        qint64 count = 0;
    };

    KeyCounts() : m_entries(1024) {}
    void add(quint64 key)
    {
        size_t mask = m_entries.size() - 1;
        size_t i = size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
        while (m_entries[i].key != key) {
            if (m_entries[i].key == kEmpty) {
                if ((m_used + 1) * 2 > m_entries.size()) {
                    grow();
                    add(key);
                    return;
                }
                m_entries[i].key = key;
                ++m_used;
                break;
            }
            i = (i + 1) & mask;
        }
        ++m_entries[i].count;
    }
    const std::vector<Entry>& entries() const { return m_entries; } // kEmpty keys are unused slots

private:
    void grow()
    {
        std::vector<Entry> old = std::move(m_entries);
        m_entries.assign(old.size() * 2, Entry{});
        m_used = 0;
        const size_t mask = m_entries.size() - 1;
        for (const Entry& e : old) {
            if (e.key == kEmpty)
                continue;
            size_t i = size_t((e.key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
            while (m_entries[i].key != kEmpty)
                i = (i + 1) & mask;
            m_entries[i] = e;
            ++m_used;
        }
    }

    std::vector<Entry> m_entries;
    size_t m_used = 0;
};

// numerator and population per hamlet, per indicator
using Counts = QHash<QString, QHash<QString, QPair<qint64, qint64>>>;

// What the pass over residents and households gives one period.
struct ResidentCounts
{
    Counts counts;          // resident indicators: only the filter group's members when there is one
    qint64 unknownAge = 0;  // of the filter group when there is one
    QHash<QString, Counts> byGroup; // group → its resident counts (the breakdown, of every resident)
};

// The resident indicators, the two household ones, hamlet_influencer and
// hamlet_team for every period: one pass over the snapshot per 64 periods.
// Each resident is counted under (hamlet, facts) in a hash; the indicators
// are then read from the few thousand distinct keys. `filterGroup` narrows
// the resident indicators to one group; `groups` adds the breakdown.
bool countResidents(const FactsSnapshot& snapshot, const QVector<Period>& periods, const QStringList& wanted,
                    const QVector<HamletInfo>& hamlets, bool groups, const QString& filterGroup,
                    QVector<ResidentCounts>& out)
{
    QStringList residentIds;
    QVector<MaskRule> rules;
    for (const QString& id : wanted)
        if (const auto rule = residentMaskRule(id)) {
            residentIds << id;
            rules << *rule;
        }
    QVector<quint32> groupBits;
    for (const GroupDef& g : Groups::all())
        groupBits << groupBit(g.id);
    const quint32 filterBit = filterGroup.isEmpty() ? 0u : groupBit(filterGroup);
    const QString digital = QStringLiteral("digital_household"), informed = QStringLiteral("households_informed"),
                  influencer = QStringLiteral("hamlet_influencer"), team = QStringLiteral("hamlet_team");

    out = QVector<ResidentCounts>(periods.size());
    for (qsizetype first = 0; first < periods.size(); first += ResidentFacts::kMaxPeriods) {
        const QVector<Period> chunk = periods.mid(first, ResidentFacts::kMaxPeriods);
        const int n = int(chunk.size());
        ResidentFacts facts(snapshot, chunk, groups || filterBit);
        std::vector<KeyCounts> byKey(static_cast<size_t>(n));
        facts.scanResidents([&](const ResidentFacts::Resident& r) {
            const quint64 hamlet = quint64(r.hamlet) << 32;
            for (int i = 0; i < n; ++i)
                byKey[size_t(i)].add(hamlet | r.masks[i]);
        });
        // The breakdown by group, indicator and hamlet index: (counted, population).
        const size_t hamletCount = size_t(facts.hamletIds().size());
        const size_t perGroup = size_t(residentIds.size()) * hamletCount;
        std::vector<QPair<qint64, qint64>> groupCells;
        for (int i = 0; i < n; ++i) {
            ResidentCounts& rc = out[first + i];
            if (groups)
                groupCells.assign(size_t(groupBits.size()) * perGroup, {0, 0});
            for (const KeyCounts::Entry& e : byKey[size_t(i)].entries()) {
                if (e.key == KeyCounts::kEmpty)
                    continue;
                const int hamletIndex = int(e.key >> 32);
                const QString& hamlet = facts.hamletIds()[hamletIndex];
                const quint32 mask = quint32(e.key);
                const qint64 count = e.count;
                const bool inFilter = !filterBit || (mask & filterBit);
                if ((mask & FUnknownAge) && inFilter)
                    rc.unknownAge += count;
                for (int k = 0; k < residentIds.size(); ++k) {
                    const MaskRule& rule = rules[k];
                    if (!rule.inPopulation(mask))
                        continue;
                    const bool counted = rule.counts(mask);
                    if (inFilter) {
                        auto& c = rc.counts[residentIds[k]][hamlet];
                        c.second += count;
                        if (counted)
                            c.first += count;
                    }
                    if (!groups)
                        continue;
                    for (int g = 0; g < groupBits.size(); ++g) {
                        if (!(mask & groupBits[g]))
                            continue;
                        auto& c = groupCells[size_t(g) * perGroup + size_t(k) * hamletCount + size_t(hamletIndex)];
                        c.second += count;
                        if (counted)
                            c.first += count;
                    }
                }
            }
            if (groups)
                for (int g = 0; g < groupBits.size(); ++g) {
                    Counts& groupCounts = rc.byGroup[Groups::all()[g].id];
                    for (int k = 0; k < residentIds.size(); ++k) {
                        auto& byHamlet = groupCounts[residentIds[k]];
                        for (size_t h = 0; h < hamletCount; ++h) {
                            const auto& c = groupCells[size_t(g) * perGroup + size_t(k) * hamletCount + h];
                            if (c.second > 0)
                                byHamlet[facts.hamletIds()[qsizetype(h)]] = c;
                        }
                    }
                }
            const quint64 bit = quint64(1) << i;
            if (wanted.contains(digital) || wanted.contains(informed)) {
                // Counted by hamlet index first: one hash insert per hamlet, not per household.
                std::vector<qint64> live(hamletCount), digitalCount(hamletCount), informedCount(hamletCount);
                facts.forEachLiveHousehold([&](const ResidentFacts::Household& h) {
                    ++live[size_t(h.hamlet)];
                    digitalCount[size_t(h.hamlet)] += (h.digital & bit) ? 1 : 0;
                    informedCount[size_t(h.hamlet)] += (h.informed & bit) ? 1 : 0;
                });
                for (size_t k = 0; k < hamletCount; ++k) {
                    if (live[k] == 0)
                        continue;
                    const QString& hamlet = facts.hamletIds()[qsizetype(k)];
                    if (wanted.contains(digital))
                        rc.counts[digital][hamlet] = {digitalCount[k], live[k]};
                    if (wanted.contains(informed))
                        rc.counts[informed][hamlet] = {informedCount[k], live[k]};
                }
            }
            if (wanted.contains(influencer))
                for (const HamletInfo& h : hamlets)
                    rc.counts[influencer][h.id] = {facts.hasInfluencer(h.id) ? 1 : 0, 1};
            if (wanted.contains(team))
                for (const HamletInfo& h : hamlets)
                    rc.counts[team][h.id] = {(facts.teamVisitPeriods(h.id) & bit) ? 1 : 0, 1};
        }
    }
    return true;
}

// The first rows of a list in (name, id) byte order, the SQL's
// `ORDER BY name, id`, kept in a bounded max-heap while a table streams by,
// so the first page of a 200,000-row list copies only that page's names.
class FirstRows
{
public:
    explicit FirstRows(qint64 keep) : m_keep(keep) {} // keep < 0: every row

    void offer(QByteArrayView name, QByteArrayView id, const QString& hamletId)
    {
        ++m_total;
        if (m_keep == 0)
            return;
        const bool bounded = m_keep > 0;
        if (bounded && qint64(m_rows.size()) >= m_keep) {
            if (!before(name, id, m_rows.front()))
                return;
            std::pop_heap(m_rows.begin(), m_rows.end(), rowLess);
            m_rows.pop_back();
        }
        m_rows.push_back({QByteArray(name.data(), name.size()), QByteArray(id.data(), id.size()), hamletId});
        if (bounded)
            std::push_heap(m_rows.begin(), m_rows.end(), rowLess);
    }

    KpiMemberPage page(qint64 offset, qint64 limit)
    {
        std::sort(m_rows.begin(), m_rows.end(), rowLess);
        KpiMemberPage p;
        p.total = m_total;
        const qint64 end = limit < 0 ? qint64(m_rows.size()) : std::min<qint64>(m_rows.size(), offset + limit);
        for (qint64 i = std::max<qint64>(0, offset); i < end; ++i)
            p.rows.push_back({QString::fromUtf8(m_rows[i].id), QString::fromUtf8(m_rows[i].name), m_rows[i].hamletId});
        return p;
    }

private:
    struct Row
    {
        QByteArray name, id;
        QString hamletId;
    };
    static bool before(QByteArrayView name, QByteArrayView id, const Row& r)
    {
        if (name != QByteArrayView(r.name))
            return !textLessOrEqual(r.name, name);
        return !textLessOrEqual(r.id, id);
    }
    static bool rowLess(const Row& a, const Row& b) { return before(a.name, a.id, b); }

    qint64 m_keep;
    qint64 m_total = 0;
    std::vector<Row> m_rows;
};

// Where a row's denominator comes from: the indicator's own, a group's
// baseline column, or the group's residents recorded in the store.
struct DenominatorChoice
{
    DenominatorKind kind;
    QString baselineColumn;
    bool recorded = false;
};

// The group rule of Indicators.h: the group's baseline column when it counts
// exactly the indicator's population within the group, else the recorded residents.
DenominatorChoice denominatorFor(const IndicatorDef& def, const QString& groupId)
{
    const GroupDef* group = groupId.isEmpty() ? nullptr : Groups::find(groupId);
    const auto rule = residentMaskRule(def.id);
    if (!group || !rule)
        return {def.denominator, def.baselineColumn, false};
    if (!group->baselineColumn.isEmpty() && (rule->population & ~groupImplies(group->id)) == 0)
        return {DenominatorKind::Baseline, group->baselineColumn, false};
    return {DenominatorKind::Baseline, QString(), true};
}

} // namespace

const KpiRow* KpiTable::find(const QString& indicator) const
{
    for (const KpiRow& r : rows)
        if (r.indicator == indicator)
            return &r;
    return nullptr;
}

QString KpiTable::hamletName(const QString& id) const
{
    for (const HamletInfo& h : hamlets)
        if (h.id == id)
            return h.name;
    return {};
}

QString formatPercent(const std::optional<double>& percent)
{
    if (!percent)
        return QStringLiteral("—");
    return QString::number(*percent, 'f', 1) + QStringLiteral(" %");
}

void KpiEngine::keepSavedCopies(bool keep)
{
    detail::FactsSnapshot::setKeepSavedCopies(keep);
}

QString KpiEngine::savedCopyPath(const QString& storeFile)
{
    return detail::FactsSnapshot::savedCopyPath(storeFile);
}

KpiTable KpiEngine::compute(const Period& period, const KpiOptions& options)
{
    return computeSeries({period}, options).constFirst();
}

QVector<KpiTable> KpiEngine::computeSeries(const QVector<Period>& periods, const KpiOptions& options)
{
    m_error.clear();
    KpiTable common;
    common.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    common.communeId = m_store.communeId();
    QVector<KpiTable> tables;
    common.group = options.group;
    const bool allValid = std::all_of(periods.cbegin(), periods.cend(), [](const Period& p) { return p.isValid(); });
    const bool knownGroup = options.group.isEmpty() || Groups::find(options.group);
    if (!allValid || !knownGroup) {
        m_error = !allValid ? QStringLiteral("invalid period")
                            : Groups::unknownMessage(options.group);
        for (const Period& p : periods) {
            tables.push_back(common);
            tables.back().period = p;
            tables.back().error = m_error;
        }
        return tables;
    }
    Runner run(m_store.db(), &m_error);
    {
        QSqlQuery q = run.query();
        q.prepare(QStringLiteral("SELECT name FROM communes WHERE id = ?"));
        q.addBindValue(common.communeId);
        if (q.exec() && q.next())
            common.communeName = q.value(0).toString();
    }
    common.plan = options.planCode.isEmpty() ? PlanCatalog::active(m_store) : PlanCatalog::load(m_store, options.planCode);
    common.mentorMin = common.plan ? std::max(1, common.plan->mentorMin) : 3;
    common.classCadence = common.plan && common.plan->classCadence == QLatin1String("weekly")
                              ? QStringLiteral("weekly")
                              : QStringLiteral("monthly");
    {
        QSqlQuery q = run.query();
        if (run.exec(q, QStringLiteral("SELECT id, coalesce(code, ''), name FROM hamlets WHERE deleted = 0 "
                                       "ORDER BY code, name")))
            while (q.next())
                common.hamlets.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }

    auto wanted = [&](const IndicatorDef& def) {
        return options.indicators.isEmpty() || options.indicators.contains(def.id);
    };
    QStringList wantedIds;
    for (const IndicatorDef& def : Indicators::all())
        if (wanted(def))
            wantedIds << def.id;

    // 1. Residents and households, every period at once (see countResidents).
    QVector<ResidentCounts> residentCounts;
    {
        QElapsedTimer timer;
        timer.start();
        const FactsSnapshot::Lease snapshot = FactsSnapshot::lease(m_store, &m_error);
        if (!snapshot || !countResidents(*snapshot, periods, wantedIds, common.hamlets, options.groups, options.group,
                                         residentCounts))
            residentCounts = QVector<ResidentCounts>(periods.size());
        qCDebug(lcKpi) << timer.elapsed() << "ms: residents and households," << periods.size() << "period(s)";
    }

    QHash<int, Baselines> baselineCache;
    for (qsizetype pi = 0; pi < periods.size(); ++pi) {
        const Period& period = periods[pi];
        KpiTable table = common;
        table.period = period;
        const SqlDates d(period);
        ResidentCounts& rc = residentCounts[pi];
        Counts& counts = rc.counts;
        table.unknownAge = rc.unknownAge;

        if (!baselineCache.contains(period.targetYear()))
            baselineCache.insert(period.targetYear(), loadBaselines(run, period.targetYear()));
        const Baselines& base = baselineCache[period.targetYear()];

        // 2. Mentors, hamlets with a team, markets: small tables, one query per indicator.
        auto grouped = [&](const QString& indicator, const QString& sql) {
            QSqlQuery gq = run.query();
            if (!run.exec(gq, sql))
                return;
            while (gq.next())
                counts[indicator][gq.value(0).toString()] = {gq.value(1).toLongLong(), gq.value(2).toLongLong()};
        };
        for (const IndicatorDef& def : Indicators::all()) {
            if (!wanted(def))
                continue;
            if (def.subject == Subject::Mentor) {
                grouped(def.id, mentorSource(d) + QStringLiteral("SELECT coalesce(r.hamlet_id, ''), %1, count(*)")
                                                      .arg(when(QStringLiteral("coalesce(load.n, 0) >= %1")
                                                                    .arg(table.mentorMin))) +
                                    kMentorFrom +
                                    QStringLiteral(" AND coalesce(m.since, '') <= %1 GROUP BY 1").arg(d.q(d.end)));
            } else if (def.subject == Subject::Market) {
                grouped(def.id, QStringLiteral("SELECT coalesce(hamlet_id, ''), %1, count(*) FROM markets"
                                               " WHERE deleted = 0 GROUP BY 1")
                                    .arg(when(QStringLiteral("runs_4t = 1"))));
            }
        }

        // 3. Class cadence: distinct weeks (7-day blocks from the period start)
        // or calendar months elapsed by asOf that had a class.
        const bool weekly = table.classCadence == QLatin1String("weekly");
        const QDate elapsedEnd = std::min(period.end(), table.asOf);
        const int elapsed = elapsedBuckets(period, elapsedEnd, weekly);
        qint64 cadenceTotal = 0;
        const IndicatorDef* cadence = Indicators::find(QStringLiteral("class_cadence"));
        if (wanted(*cadence) && elapsed > 0) {
            const QString bucket =
                weekly ? QStringLiteral("CAST((julianday(substr(starts_at, 1, 10)) - julianday('%1')) / 7 AS INTEGER)")
                             .arg(d.start)
                       : QStringLiteral("substr(starts_at, 1, 7)");
            const QString where = QStringLiteral(" FROM classes WHERE deleted = 0 AND substr(starts_at, 1, 10) BETWEEN '%1' AND '%2'")
                                      .arg(d.start, elapsedEnd.toString(Qt::ISODate));
            grouped(cadence->id, QStringLiteral("SELECT coalesce(hamlet_id, ''), count(DISTINCT %1), 0").arg(bucket) + where +
                                     QStringLiteral(" GROUP BY 1"));
            QSqlQuery cq = run.query();
            if (run.exec(cq, QStringLiteral("SELECT count(DISTINCT %1)").arg(bucket) + where) && cq.next())
                cadenceTotal = cq.value(0).toLongLong();
        }

        // 4. Assemble rows: per-hamlet cells with their denominators, commune totals.
        auto assemble = [&](const QHash<QString, QPair<qint64, qint64>>& byHamlet,
                            const DenominatorChoice& choice, KpiRow& row) {
            auto denominatorOf = [&](const QString& hamletId, qint64 population) -> std::optional<qint64> {
                if (choice.recorded)
                    return population;
                switch (choice.kind) {
                case DenominatorKind::Baseline: {
                    const auto it = base.perHamlet.constFind(hamletId);
                    if (it == base.perHamlet.constEnd() || !it->contains(choice.baselineColumn))
                        return std::nullopt;
                    return it->value(choice.baselineColumn);
                }
                case DenominatorKind::Hamlets:
                    return 1;
                case DenominatorKind::ActiveMentors:
                    return population;
                case DenominatorKind::ElapsedPeriods:
                    return elapsed;
                }
                return std::nullopt;
            };
            row.recordedDenominator = choice.recorded;
            qint64 numerator = 0;
            for (auto it = byHamlet.cbegin(); it != byHamlet.cend(); ++it) {
                numerator += it->first;
                row.population += it->second;
            }
            qint64 covered = 0; // counted in the hamlets whose baseline makes the denominator
            for (const HamletInfo& h : table.hamlets) {
                const auto c = byHamlet.value(h.id);
                const std::optional<qint64> hamletDenominator = denominatorOf(h.id, c.second);
                if (hamletDenominator)
                    covered += c.first;
                row.perHamlet.push_back({h.id, makeValue(c.first, hamletDenominator)});
            }
            const auto noHamlet = byHamlet.value(QString());
            if (choice.recorded ? noHamlet.second > 0 : noHamlet.first > 0)
                row.perHamlet.push_back(
                    {QString(), makeValue(noHamlet.first, choice.recorded ? std::optional<qint64>(noHamlet.second)
                                                                          : std::nullopt)});

            std::optional<qint64> denominator;
            if (choice.recorded) {
                denominator = row.population; // everyone recorded, with or without a hamlet
            } else {
                switch (choice.kind) {
                case DenominatorKind::Baseline:
                    // The baselines of some hamlets are a denominator for those hamlets' people only.
                    if (base.total.contains(choice.baselineColumn)) {
                        denominator = base.total.value(choice.baselineColumn);
                        row.outsideBaseline = numerator - covered;
                        numerator = covered;
                    }
                    break;
                case DenominatorKind::Hamlets:
                    denominator = table.hamlets.size();
                    break;
                case DenominatorKind::ActiveMentors:
                    denominator = row.population;
                    break;
                case DenominatorKind::ElapsedPeriods:
                    denominator = elapsed;
                    numerator = cadenceTotal; // weeks with a class anywhere, not a sum over hamlets
                    break;
                }
            }
            row.total = makeValue(numerator, denominator);
        };
        auto gapOf = [](const std::optional<double>& target, const std::optional<double>& percent) {
            return target && percent ? std::optional<double>(*target - *percent) : std::nullopt;
        };

        for (const IndicatorDef& def : Indicators::all()) {
            if (!wanted(def))
                continue;
            KpiRow row;
            row.indicator = def.id;
            if (table.plan) {
                row.inPlan = table.plan->applies(def.id);
                row.target = table.plan->target(def.id, period.targetYear());
            }
            if (!options.group.isEmpty() && def.subject != Subject::Resident) {
                row.groupApplicable = false; // no value for a group: not a 0
                table.rows.push_back(row);
                continue;
            }
            assemble(counts.value(def.id), denominatorFor(def, options.group), row);
            row.gap = gapOf(row.target, row.total.percent);

            // 5. Optional: the resident indicators within each group (commune level).
            if (options.groups && def.subject == Subject::Resident)
                for (const GroupDef& g : Groups::all()) {
                    KpiRow within;
                    assemble(rc.byGroup.value(g.id).value(def.id), denominatorFor(def, g.id), within);
                    KpiGroupCell cell;
                    cell.group = g.id;
                    cell.counted = within.total.numerator + within.outsideBaseline;
                    cell.population = within.population;
                    cell.value = within.total;
                    cell.target = row.target;
                    cell.gap = gapOf(cell.target, cell.value.percent);
                    cell.recordedDenominator = within.recordedDenominator;
                    row.groups.push_back(cell);
                }
            table.rows.push_back(row);
        }
        table.error = m_error;
        tables.push_back(std::move(table));
    }
    return tables;
}

QVector<KpiMember> KpiEngine::members(const QString& indicator, const Period& period, MemberSet which,
                                      const QString& hamletId, const KpiOptions& options)
{
    return memberPage(indicator, period, which, hamletId, options, 0, -1).rows;
}

KpiMemberPage KpiEngine::memberPage(const QString& indicator, const Period& period, MemberSet which,
                                    const QString& hamletId, const KpiOptions& options, qint64 offset, qint64 limit)
{
    m_error.clear();
    const IndicatorDef* def = Indicators::find(indicator);
    if (!def || !period.isValid()) {
        m_error = def ? QStringLiteral("invalid period") : QStringLiteral("unknown indicator '%1'").arg(indicator);
        return {};
    }
    if (!options.group.isEmpty()) {
        if (!Groups::find(options.group)) {
            m_error = Groups::unknownMessage(options.group);
            return {};
        }
        if (def->subject != Subject::Resident) {
            m_error = QStringLiteral("'%1' is not about residents: not applicable to a group").arg(indicator);
            return {};
        }
    }
    offset = std::max<qint64>(0, offset);
    const bool wantCounted = which == MemberSet::Counted;
    const bool byHamlet = !hamletId.isNull(); // "" (not null): the records with no hamlet
    FirstRows rows(limit < 0 ? -1 : offset + limit);

    // Residents and households: the same facts as compute(), then one pass
    // over the names (which the snapshot does not hold) to list them.
    if (def->subject == Subject::Resident || def->subject == Subject::Household) {
        const FactsSnapshot::Lease snapshot = FactsSnapshot::lease(m_store, &m_error);
        if (!snapshot)
            return {};
        const quint32 groupMask = options.group.isEmpty() ? 0u : groupBit(options.group);
        ResidentFacts facts(*snapshot, {period}, groupMask != 0);
        auto* db = static_cast<sqlite3*>(m_store.database().nativeHandle());
        if (def->subject == Subject::Resident) {
            const MaskRule rule = *residentMaskRule(def->id);
            std::vector<char> listed(snapshot->residents().size(), 0);
            facts.scanResidents([&](const ResidentFacts::Resident& r) {
                const quint32 mask = r.masks[0];
                listed[size_t(r.ordinal)] = rule.inPopulation(mask) && rule.counts(mask) == wantCounted &&
                                            (mask & groupMask) == groupMask &&
                                            (!byHamlet || facts.hamletIds()[r.hamlet] == hamletId);
            });
            NativeQuery q(db, "SELECT rowid, id, full_name FROM residents WHERE deleted = 0", &m_error);
            while (q.next()) {
                const int ordinal = snapshot->residentOfRowid(q.integer(0));
                if (ordinal >= 0 && listed[size_t(ordinal)])
                    rows.offer(q.text(2), q.text(1), facts.hamletIds()[snapshot->residents()[size_t(ordinal)].hamlet]);
            }
        } else {
            const bool digital = def->id == QLatin1String("digital_household");
            // A household is digital through its members: read them first.
            if (digital)
                facts.scanResidents([](const ResidentFacts::Resident&) {});
            NativeQuery q(db,
                          "SELECT id, coalesce(head_name, code, address, id), coalesce(hamlet_id, '')"
                          " FROM households WHERE deleted = 0",
                          &m_error);
            while (q.next()) {
                const ResidentFacts::Household h = facts.household(q.text(0));
                if (bool(digital ? h.digital : h.informed) != wantCounted)
                    continue;
                const QString hamlet = QString::fromUtf8(q.text(2));
                if (byHamlet && hamlet != hamletId)
                    continue;
                rows.offer(q.text(1), q.text(0), hamlet);
            }
        }
        if (!m_error.isEmpty())
            return {};
        return rows.page(offset, limit);
    }

    // Mentors, hamlets, markets: small tables, listed by SQL.
    const SqlDates d(period);
    Runner run(m_store.db(), &m_error);
    auto pick = [&](const QString& counted) {
        return wantCounted ? QStringLiteral("coalesce(%1, 0)").arg(counted)
                           : QStringLiteral("NOT coalesce(%1, 0)").arg(counted);
    };
    auto filter = [&](const QString& column) {
        return byHamlet ? QStringLiteral(" AND coalesce(%1, '') = :hamlet").arg(column) : QString();
    };
    QString sql;
    switch (def->subject) {
    case Subject::Resident:
    case Subject::Household:
        break; // above
    case Subject::Mentor: {
        auto plan = options.planCode.isEmpty() ? PlanCatalog::active(m_store) : PlanCatalog::load(m_store, options.planCode);
        const int n = plan ? std::max(1, plan->mentorMin) : 3;
        sql = mentorSource(d) + QStringLiteral("SELECT r.id, r.full_name, coalesce(r.hamlet_id, '')") + kMentorFrom +
              QStringLiteral(" AND coalesce(m.since, '') <= %1 AND %2")
                  .arg(d.q(d.end), pick(QStringLiteral("load.n >= %1").arg(n))) +
              filter(QStringLiteral("r.hamlet_id")) + QStringLiteral(" ORDER BY r.full_name, r.id");
        break;
    }
    case Subject::Hamlet: {
        const QString counted =
            def->id == QLatin1String("hamlet_team")
                ? QStringLiteral("hm.id IN (%1)").arg(teamHamlets(d))
                : QStringLiteral("hm.id IN (SELECT hamlet_id FROM residents WHERE deleted = 0 AND influencer = 1)");
        sql = QStringLiteral("SELECT hm.id, hm.name, hm.id FROM hamlets hm WHERE hm.deleted = 0 AND %1").arg(pick(counted)) +
              filter(QStringLiteral("hm.id")) + QStringLiteral(" ORDER BY hm.code, hm.name");
        break;
    }
    case Subject::Market:
        sql = QStringLiteral("SELECT id, name, coalesce(hamlet_id, '') FROM markets WHERE deleted = 0 AND %1")
                  .arg(pick(QStringLiteral("runs_4t = 1"))) +
              filter(QStringLiteral("hamlet_id")) + QStringLiteral(" ORDER BY name");
        break;
    case Subject::Cadence:
        return {}; // counts weeks or months, not people
    }
    QSqlQuery q = run.query();
    q.prepare(sql);
    if (byHamlet)
        q.bindValue(QStringLiteral(":hamlet"), hamletId);
    if (!q.exec()) {
        m_error = QStringLiteral("KPI members query failed: %1").arg(q.lastError().text());
        return {};
    }
    KpiMemberPage page;
    while (q.next()) {
        if (page.total >= offset && (limit < 0 || page.total < offset + limit))
            page.rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        ++page.total;
    }
    return page;
}

} // namespace hocvuso::kpi

namespace hocvuso::kpi {

ActivitySummary KpiEngine::activity(const Period& period, const KpiOptions& options)
{
    m_error.clear();
    ActivitySummary a;
    if (!period.isValid()) {
        m_error = QStringLiteral("invalid period");
        return a;
    }
    const SqlDates d(period);
    Runner run(m_store.db(), &m_error);
    auto plan = options.planCode.isEmpty() ? PlanCatalog::active(m_store) : PlanCatalog::load(m_store, options.planCode);
    a.mentorMin = plan ? std::max(1, plan->mentorMin) : 3;

    QSqlQuery q = run.query();
    // Classes, attendance and visits from the snapshot: passes over packed rows.
    // The lease (and its lock) ends with this block, before the mentor SQL.
    {
        const FactsSnapshot::Lease snapshot = FactsSnapshot::lease(m_store, &m_error);
        if (!snapshot)
            return a;
        ResidentFacts facts(*snapshot, {period}, /*groups=*/true);
        const PeriodCuts cuts(period);
        auto inPeriod = [&](qint32 day) { return cuts.start <= day && day <= cuts.end; };
        const auto& classes = snapshot->classes();
        const auto& residents = snapshot->residents();
        const auto& households = snapshot->households();
        const size_t hamletCount = size_t(snapshot->hamletIds().size());
        std::vector<qint64> classesPer(hamletCount), visitsPer(hamletCount);
        std::vector<bool> hasClasses(hamletCount), hasVisits(hamletCount);
        for (const FactsSnapshot::Class& c : classes)
            if (c.live && inPeriod(c.day)) {
                ++a.classes;
                ++classesPer[size_t(c.hamlet)];
                hasClasses[size_t(c.hamlet)] = true;
            }
        // Participants: distinct live residents present; per hamlet (the
        // class's), distinct residents present whatever their state.
        std::vector<char> participant(residents.size(), 0);
        std::vector<quint64> perHamletParticipant; // (hamlet << 32 | resident), made distinct below
        for (const FactsSnapshot::Attendance& at : snapshot->attendance()) {
            if (!at.live)
                continue;
            const FactsSnapshot::Class& c = classes[size_t(at.classOrdinal)];
            if (!c.live || !inPeriod(c.day))
                continue;
            if (at.completed)
                ++a.completions;
            if (!at.present)
                continue;
            perHamletParticipant.push_back(quint64(c.hamlet) << 32 | quint32(at.resident));
            if (residents[size_t(at.resident)].bits & FactsSnapshot::RLive)
                participant[size_t(at.resident)] = 1;
        }
        std::sort(perHamletParticipant.begin(), perHamletParticipant.end());
        perHamletParticipant.erase(std::unique(perHamletParticipant.begin(), perHamletParticipant.end()),
                                   perHamletParticipant.end());
        std::vector<qint64> participantsPer(hamletCount);
        for (const quint64 key : perHamletParticipant)
            ++participantsPer[size_t(key >> 32)];

        QVector<quint32> groupBits;
        for (const GroupDef& g : Groups::all())
            groupBits << groupBit(g.id);
        QVector<qint64> byGroup(groupBits.size());
        facts.scanResidents([&](const ResidentFacts::Resident& r) {
            if (!participant[size_t(r.ordinal)])
                return;
            ++a.participants;
            for (int g = 0; g < groupBits.size(); ++g)
                if (r.masks[0] & groupBits[g])
                    ++byGroup[g];
        });
        int g = 0;
        for (const GroupDef& group : Groups::all())
            a.participantsByGroup.push_back({group.id, byGroup[g++], a.participants});

        // Visits to live households within the period, by the household's hamlet.
        std::vector<char> visited(households.size(), 0); // bit 1: visited, bit 2: informed
        for (const FactsSnapshot::Visit& v : snapshot->visits()) {
            if (!v.live || !inPeriod(v.day) || !households[size_t(v.household)].live)
                continue;
            ++a.visits;
            const size_t hamlet = size_t(households[size_t(v.household)].hamlet);
            ++visitsPer[hamlet];
            hasVisits[hamlet] = true;
            visited[size_t(v.household)] |= char(v.informed ? 3 : 1);
        }
        for (const char v : visited) {
            a.householdsVisited += (v & 1) ? 1 : 0;
            a.householdsInformed += (v & 2) ? 1 : 0;
        }

        // Every live hamlet in order, then "" when something had no hamlet.
        q = run.query();
        if (run.exec(q, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 ORDER BY code, name")))
            while (q.next()) {
                ActivitySummary::HamletActivity h;
                h.hamletId = q.value(0).toString();
                const int i = snapshot->hamletIndexOf(h.hamletId);
                if (i >= 0) {
                    h.classes = classesPer[size_t(i)];
                    h.participants = participantsPer[size_t(i)];
                    h.visits = visitsPer[size_t(i)];
                }
                a.perHamlet.push_back(h);
            }
        if (hasClasses[0] || hasVisits[0])
            a.perHamlet.push_back({QString(QLatin1String("")), classesPer[0], participantsPer[0], visitsPer[0]});
    }

    q = run.query();
    if (run.exec(q, mentorSource(d) +
                        QStringLiteral("SELECT count(*), coalesce(SUM(coalesce(load.n, 0)), 0), %1")
                            .arg(when(QStringLiteral("coalesce(load.n, 0) >= %1").arg(a.mentorMin))) +
                        kMentorFrom + QStringLiteral(" AND coalesce(m.since, '') <= %1").arg(d.q(d.end))) &&
        q.next()) {
        a.activeMentors = q.value(0).toLongLong();
        a.activePairs = q.value(1).toLongLong();
        a.mentorsAtMinimum = q.value(2).toLongLong();
    }
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE deleted = 0 AND status = 'completed' AND ") +
                        d.inPeriod(QStringLiteral("ended_on"))) &&
        q.next())
        a.pairsCompleted = q.value(0).toLongLong();
    return a;
}

} // namespace hocvuso::kpi
