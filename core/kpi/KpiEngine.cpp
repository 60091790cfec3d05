#include "core/kpi/KpiEngine.h"

#include "core/kpi/Indicators.h"
#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
               "  AND (',' || replace(coalesce(c.target_group, ''), ' ', '') || ',') LIKE '%,disabled,%'),"
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

// The resident pass of compute() groups residents by hamlet and by the
// combination of these facts (a bit mask), so SQLite sorts two small values
// per resident instead of evaluating every indicator's CASE for each one.
// The indicators are then read from the few thousand (hamlet, mask) counts.
// Each indicator's rule over the bits below must say what residentPredicates()
// says in SQL (members() uses that); the fixture tests check both.
enum Fact : quint32 {
    F16 = 1u << 0, F18 = 1u << 1, F60 = 1u << 2, FTrained = 1u << 3, FCertified = 1u << 4,
    FSmartphone = 1u << 5, FVneid2 = 1u << 6, FBank = 1u << 7, FOfficial = 1u << 8, FStudent = 1u << 9,
    FWorker = 1u << 10, FDisabled = 1u << 11, FWomensUnion = 1u << 12, FAttended = 1u << 13,
    FAttendedDisabled = 1u << 14, FVisited = 1u << 15, FUnknownAge = 1u << 16,
};

QString factMask(const SqlDates& d)
{
    const QVector<QPair<quint32, QString>> facts = {
        {F16, d.age16()},
        {F18, d.age18()},
        {F60, d.age60()},
        {FTrained, trained(d)},
        {FCertified, QStringLiteral("r.vneid_certified_on <= ") + d.q(d.end)},
        {FSmartphone, QStringLiteral("r.has_smartphone = 1")},
        {FVneid2, QStringLiteral("r.vneid_level2 = 1")},
        {FBank, QStringLiteral("r.digital_bank = 1")},
        {FOfficial, QStringLiteral("r.public_official = 1")},
        {FStudent, QStringLiteral("r.student = 1")},
        {FWorker, QStringLiteral("r.enterprise_worker = 1")},
        {FDisabled, QStringLiteral("r.disabled = 1")},
        {FWomensUnion, QStringLiteral("r.womens_union = 1")},
        {FAttended, QStringLiteral("att.id IS NOT NULL")},
        {FAttendedDisabled, QStringLiteral("ad.id IS NOT NULL")},
        {FVisited, QStringLiteral("vh.id IS NOT NULL")},
        {FUnknownAge, QStringLiteral("r.birth_date IS NULL AND r.birth_year IS NULL")},
    };
    QStringList terms;
    for (const auto& [bit, sql] : facts)
        terms << QStringLiteral("(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(sql).arg(bit);
    return terms.join(QStringLiteral(" + "));
}

struct MaskRule
{
    quint32 population; // all of these bits
    quint32 counted;    // all of these bits ...
    quint32 countedAny; // ... and, when not 0, at least one of these
};

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

KpiTable KpiEngine::compute(const Period& period, const KpiOptions& options)
{
    m_error.clear();
    KpiTable table;
    table.period = period;
    table.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    table.communeId = m_store.communeId();
    if (!period.isValid()) {
        table.error = m_error = QStringLiteral("invalid period");
        return table;
    }
    Runner run(m_store.db(), &m_error);
    const SqlDates d(period);

    {
        QSqlQuery q = run.query();
        q.prepare(QStringLiteral("SELECT name FROM communes WHERE id = ?"));
        q.addBindValue(table.communeId);
        if (q.exec() && q.next())
            table.communeName = q.value(0).toString();
    }
    table.plan = options.planCode.isEmpty() ? PlanCatalog::active(m_store) : PlanCatalog::load(m_store, options.planCode);
    table.mentorMin = table.plan ? std::max(1, table.plan->mentorMin) : 3;
    table.classCadence = table.plan && table.plan->classCadence == QLatin1String("weekly") ? QStringLiteral("weekly")
                                                                                            : QStringLiteral("monthly");

    QSqlQuery q = run.query();
    if (run.exec(q, QStringLiteral("SELECT id, coalesce(code, ''), name FROM hamlets WHERE deleted = 0 "
                                   "ORDER BY code, name")))
        while (q.next())
            table.hamlets.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    Baselines base;
    {
        QStringList sums;
        for (const QString& c : kBaselineColumns)
            sums << QStringLiteral("SUM(b.%1)").arg(c);
        QSqlQuery bq = run.query();
        if (run.exec(bq, QStringLiteral("SELECT b.hamlet_id, %1 FROM baselines b JOIN hamlets h ON h.id = b.hamlet_id"
                                        " AND h.deleted = 0 WHERE b.deleted = 0 AND b.year = %2 GROUP BY b.hamlet_id")
                             .arg(sums.join(QLatin1Char(',')))
                             .arg(period.targetYear()))) {
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
    }

    auto wanted = [&](const IndicatorDef& def) {
        return options.indicators.isEmpty() || options.indicators.contains(def.id);
    };
    // numerator and population per hamlet, per indicator
    QHash<QString, QHash<QString, QPair<qint64, qint64>>> counts;

    // 1. Every resident indicator from one pass over residents, grouped by
    // hamlet and fact combination (see factMask).
    QStringList residentIds;
    QVector<MaskRule> rules;
    for (const IndicatorDef& def : Indicators::all()) {
        if (def.subject != Subject::Resident || !wanted(def))
            continue;
        residentIds << def.id;
        rules << *residentMaskRule(def.id);
    }
    {
        QSqlQuery rq = run.query();
        if (run.exec(rq, residentSets(d) + QStringLiteral("SELECT hamlet, mask, count(*) FROM (SELECT coalesce(r.hamlet_id, '')"
                                                          " AS hamlet, ") +
                             factMask(d) + QStringLiteral(" AS mask") + kResidentFrom +
                             QStringLiteral(") GROUP BY hamlet, mask"))) {
            while (rq.next()) {
                const QString hamlet = rq.value(0).toString();
                const quint32 mask = quint32(rq.value(1).toLongLong());
                const qint64 n = rq.value(2).toLongLong();
                if (mask & FUnknownAge)
                    table.unknownAge += n;
                for (int i = 0; i < residentIds.size(); ++i) {
                    const MaskRule& rule = rules[i];
                    if ((mask & rule.population) != rule.population)
                        continue;
                    auto& c = counts[residentIds[i]][hamlet];
                    c.second += n;
                    if ((mask & rule.counted) == rule.counted && (rule.countedAny == 0 || (mask & rule.countedAny)))
                        c.first += n;
                }
            }
        }
    }

    // 2. Households, mentors, hamlets, markets: one query per indicator.
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
        if (def.subject == Subject::Household) {
            const auto p = householdPredicates(def.id, d);
            grouped(def.id, householdSets(d) + QStringLiteral("SELECT coalesce(h.hamlet_id, ''), %1, %2 FROM households h"
                                                              " WHERE h.deleted = 0 GROUP BY 1")
                                                   .arg(when(p->counted), when(p->population)));
        } else if (def.subject == Subject::Mentor) {
            grouped(def.id, mentorSource(d) + QStringLiteral("SELECT coalesce(r.hamlet_id, ''), %1, count(*)")
                                                  .arg(when(QStringLiteral("coalesce(load.n, 0) >= %1")
                                                                .arg(table.mentorMin))) +
                                kMentorFrom +
                                QStringLiteral(" AND coalesce(m.since, '') <= %1 GROUP BY 1").arg(d.q(d.end)));
        } else if (def.id == QLatin1String("hamlet_team")) {
            grouped(def.id, QStringLiteral("SELECT hm.id, EXISTS (SELECT 1 FROM teams t JOIN visits v ON v.team_id = t.id"
                                           " WHERE t.hamlet_id = hm.id AND t.deleted = 0 AND t.active = 1"
                                           " AND v.deleted = 0 AND %1), 1 FROM hamlets hm WHERE hm.deleted = 0")
                                .arg(d.inPeriod(QStringLiteral("v.visited_on"))));
        } else if (def.id == QLatin1String("hamlet_influencer")) {
            grouped(def.id, QStringLiteral("SELECT hm.id, hm.id IN (SELECT hamlet_id FROM residents"
                                           " WHERE deleted = 0 AND influencer = 1), 1 FROM hamlets hm"
                                           " WHERE hm.deleted = 0"));
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
    for (const IndicatorDef& def : Indicators::all()) {
        if (!wanted(def))
            continue;
        KpiRow row;
        row.indicator = def.id;
        const auto& byHamlet = counts.value(def.id);
        auto denominatorOf = [&](const QString& hamletId, qint64 population) -> std::optional<qint64> {
            switch (def.denominator) {
            case DenominatorKind::Baseline: {
                const auto it = base.perHamlet.constFind(hamletId);
                if (it == base.perHamlet.constEnd() || !it->contains(def.baselineColumn))
                    return std::nullopt;
                return it->value(def.baselineColumn);
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
        qint64 numerator = 0;
        for (auto it = byHamlet.cbegin(); it != byHamlet.cend(); ++it) {
            numerator += it->first;
            row.population += it->second;
        }
        for (const HamletInfo& h : table.hamlets) {
            const auto c = byHamlet.value(h.id);
            row.perHamlet.push_back({h.id, makeValue(c.first, denominatorOf(h.id, c.second))});
        }
        if (byHamlet.contains(QString()) && byHamlet.value(QString()).first > 0)
            row.perHamlet.push_back({QString(), makeValue(byHamlet.value(QString()).first, std::nullopt)});

        std::optional<qint64> denominator;
        switch (def.denominator) {
        case DenominatorKind::Baseline:
            if (base.total.contains(def.baselineColumn))
                denominator = base.total.value(def.baselineColumn);
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
        row.total = makeValue(numerator, denominator);
        if (table.plan) {
            row.inPlan = table.plan->applies(def.id);
            row.target = table.plan->target(def.id, period.targetYear());
        }
        if (row.target && row.total.percent)
            row.gap = *row.target - *row.total.percent;
        table.rows.push_back(row);
    }

    // 5. Optional: the resident indicators within each group (commune level).
    if (options.groups && !residentIds.isEmpty()) {
        QStringList groupColumns;
        for (const GroupDef& g : Groups::all()) {
            const QString gp = groupPredicate(g.id, d);
            for (const QString& id : residentIds) {
                const auto p = residentPredicates(id, d);
                groupColumns << when(QStringLiteral("(%1) AND (%2) AND (%3)").arg(gp, p->population, p->counted))
                             << when(QStringLiteral("(%1) AND (%2)").arg(gp, p->population));
            }
        }
        QSqlQuery gq = run.query();
        if (run.exec(gq, residentSets(d) + QStringLiteral("SELECT ") + groupColumns.join(QLatin1Char(',')) +
                             kResidentFrom) &&
            gq.next()) {
            int col = 0;
            for (const GroupDef& g : Groups::all()) {
                for (const QString& id : residentIds) {
                    for (KpiRow& row : table.rows)
                        if (row.indicator == id)
                            row.groups.push_back({g.id, gq.value(col).toLongLong(), gq.value(col + 1).toLongLong()});
                    col += 2;
                }
            }
        }
    }
    table.error = m_error;
    return table;
}

QVector<KpiMember> KpiEngine::members(const QString& indicator, const Period& period, MemberSet which,
                                      const QString& hamletId, const KpiOptions& options)
{
    m_error.clear();
    QVector<KpiMember> out;
    const IndicatorDef* def = Indicators::find(indicator);
    if (!def || !period.isValid()) {
        m_error = def ? QStringLiteral("invalid period") : QStringLiteral("unknown indicator '%1'").arg(indicator);
        return out;
    }
    const SqlDates d(period);
    Runner run(m_store.db(), &m_error);
    auto pick = [&](const QString& counted) {
        return which == MemberSet::Counted ? QStringLiteral("coalesce(%1, 0)").arg(counted)
                                           : QStringLiteral("NOT coalesce(%1, 0)").arg(counted);
    };
    struct HamletFilter
    {
        bool on;
        QString arg(const QString& column) const
        {
            return on ? QStringLiteral(" AND coalesce(%1, '') = :hamlet").arg(column) : QString();
        }
    } const hamletFilter{!hamletId.isNull()};
    QString sql;
    switch (def->subject) {
    case Subject::Resident: {
        const auto p = residentPredicates(def->id, d);
        sql = residentSets(d) + QStringLiteral("SELECT r.id, r.full_name, coalesce(r.hamlet_id, '')") + kResidentFrom +
              QStringLiteral(" AND coalesce(%1, 0) AND %2").arg(p->population, pick(p->counted)) +
              hamletFilter.arg(QStringLiteral("r.hamlet_id")) + QStringLiteral(" ORDER BY r.full_name, r.id");
        break;
    }
    case Subject::Household: {
        const auto p = householdPredicates(def->id, d);
        sql = householdSets(d) +
              QStringLiteral("SELECT h.id, coalesce(h.head_name, h.code, h.address, h.id), coalesce(h.hamlet_id, '')"
                             " FROM households h WHERE h.deleted = 0 AND %1")
                  .arg(pick(p->counted)) +
              hamletFilter.arg(QStringLiteral("h.hamlet_id")) + QStringLiteral(" ORDER BY 2, 1");
        break;
    }
    case Subject::Mentor: {
        auto plan = options.planCode.isEmpty() ? PlanCatalog::active(m_store) : PlanCatalog::load(m_store, options.planCode);
        const int n = plan ? std::max(1, plan->mentorMin) : 3;
        sql = mentorSource(d) + QStringLiteral("SELECT r.id, r.full_name, coalesce(r.hamlet_id, '')") + kMentorFrom +
              QStringLiteral(" AND coalesce(m.since, '') <= %1 AND %2")
                  .arg(d.q(d.end), pick(QStringLiteral("load.n >= %1").arg(n))) +
              hamletFilter.arg(QStringLiteral("r.hamlet_id")) + QStringLiteral(" ORDER BY r.full_name, r.id");
        break;
    }
    case Subject::Hamlet: {
        const QString counted =
            def->id == QLatin1String("hamlet_team")
                ? QStringLiteral("EXISTS (SELECT 1 FROM teams t JOIN visits v ON v.team_id = t.id"
                                 " WHERE t.hamlet_id = hm.id AND t.deleted = 0 AND t.active = 1 AND v.deleted = 0 AND %1)")
                      .arg(d.inPeriod(QStringLiteral("v.visited_on")))
                : QStringLiteral("hm.id IN (SELECT hamlet_id FROM residents WHERE deleted = 0 AND influencer = 1)");
        sql = QStringLiteral("SELECT hm.id, hm.name, hm.id FROM hamlets hm WHERE hm.deleted = 0 AND %1").arg(pick(counted)) +
              hamletFilter.arg(QStringLiteral("hm.id")) + QStringLiteral(" ORDER BY hm.code, hm.name");
        break;
    }
    case Subject::Market:
        sql = QStringLiteral("SELECT id, name, coalesce(hamlet_id, '') FROM markets WHERE deleted = 0 AND %1")
                  .arg(pick(QStringLiteral("runs_4t = 1"))) +
              hamletFilter.arg(QStringLiteral("hamlet_id")) + QStringLiteral(" ORDER BY name");
        break;
    case Subject::Cadence:
        return out; // counts weeks or months, not people
    }
    QSqlQuery q = run.query();
    q.prepare(sql);
    if (!hamletId.isNull())
        q.bindValue(QStringLiteral(":hamlet"), hamletId);
    if (!q.exec()) {
        m_error = QStringLiteral("KPI members query failed: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
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

    const QString classesInPeriod = QStringLiteral("classes c WHERE c.deleted = 0 AND ") +
                                    d.inPeriod(QStringLiteral("substr(c.starts_at, 1, 10)"));
    const QString present = QStringLiteral(
        "SELECT DISTINCT a.resident_id AS id FROM attendance a JOIN classes c ON c.id = a.class_id"
        " JOIN residents r ON r.id = a.resident_id AND r.deleted = 0"
        " WHERE a.deleted = 0 AND a.present = 1 AND c.deleted = 0 AND ") +
                            d.inPeriod(QStringLiteral("substr(c.starts_at, 1, 10)"));
    QSqlQuery q = run.query();
    if (run.exec(q, QStringLiteral("SELECT count(*) FROM ") + classesInPeriod) && q.next())
        a.classes = q.value(0).toLongLong();
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT count(*) FROM attendance a JOIN ") + classesInPeriod +
                        QStringLiteral(" AND a.class_id = c.id AND a.deleted = 0 AND a.completed = 1")) &&
        q.next())
        a.completions = q.value(0).toLongLong();

    // Participants by group: one pass over the distinct participants.
    QStringList columns{QStringLiteral("count(*)")};
    for (const GroupDef& g : Groups::all())
        columns << when(groupPredicate(g.id, d));
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT %1 FROM residents r WHERE r.id IN (%2)")
                        .arg(columns.join(QLatin1Char(',')), present)) &&
        q.next()) {
        a.participants = q.value(0).toLongLong();
        int col = 1;
        for (const GroupDef& g : Groups::all())
            a.participantsByGroup.push_back({g.id, q.value(col++).toLongLong(), a.participants});
    }

    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT count(*), count(DISTINCT v.household_id),"
                                   " count(DISTINCT CASE WHEN v.informed = 1 THEN v.household_id END)"
                                   " FROM visits v JOIN households h ON h.id = v.household_id AND h.deleted = 0"
                                   " WHERE v.deleted = 0 AND ") +
                        d.inPeriod(QStringLiteral("v.visited_on"))) &&
        q.next()) {
        a.visits = q.value(0).toLongLong();
        a.householdsVisited = q.value(1).toLongLong();
        a.householdsInformed = q.value(2).toLongLong();
    }

    // Per hamlet: classes and their participants by the class's hamlet, visits by the household's.
    QHash<QString, ActivitySummary::HamletActivity> per;
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT coalesce(c.hamlet_id, ''), count(DISTINCT c.id),"
                                   " count(DISTINCT CASE WHEN a.present = 1 AND a.deleted = 0 THEN a.resident_id END)"
                                   " FROM classes c LEFT JOIN attendance a ON a.class_id = c.id"
                                   " WHERE c.deleted = 0 AND %1 GROUP BY 1")
                        .arg(d.inPeriod(QStringLiteral("substr(c.starts_at, 1, 10)")))))
        while (q.next()) {
            auto& h = per[q.value(0).toString()];
            h.classes = q.value(1).toLongLong();
            h.participants = q.value(2).toLongLong();
        }
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT coalesce(h.hamlet_id, ''), count(*) FROM visits v JOIN households h"
                                   " ON h.id = v.household_id AND h.deleted = 0 WHERE v.deleted = 0 AND %1 GROUP BY 1")
                        .arg(d.inPeriod(QStringLiteral("v.visited_on")))))
        while (q.next())
            per[q.value(0).toString()].visits = q.value(1).toLongLong();
    q = run.query();
    if (run.exec(q, QStringLiteral("SELECT id FROM hamlets WHERE deleted = 0 ORDER BY code, name")))
        while (q.next()) {
            auto h = per.take(q.value(0).toString());
            h.hamletId = q.value(0).toString();
            a.perHamlet.push_back(h);
        }
    if (per.contains(QString())) {
        auto h = per.take(QString());
        h.hamletId = QString(QLatin1String(""));
        a.perHamlet.push_back(h);
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
