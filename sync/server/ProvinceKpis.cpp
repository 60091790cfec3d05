#include "sync/server/ProvinceKpis.h"

#include "core/kpi/KpiJson.h"
#include "core/kpi/KpiMerge.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "sync/server/CommuneMirror.h"
#include "sync/server/ServerStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace hocvuso::sync {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::sync::ProvinceKpis", s);
}

// Every commune is measured on the same day, or the totals would mix dates.
kpi::KpiOptions fixedDay(kpi::KpiOptions options)
{
    if (!options.asOf.isValid())
        options.asOf = QDate::currentDate();
    return options;
}

kpi::KpiTable named(kpi::KpiTable table, const CommuneInfo& info)
{
    // A commune that has not synced yet has no commune row in its mirror.
    table.communeId = info.id;
    if (table.communeName.isEmpty())
        table.communeName = info.name;
    return table;
}

void addActivity(kpi::ActivitySummary& sum, const kpi::ActivitySummary& a, const QString& communeId)
{
    sum.classes += a.classes;
    sum.participants += a.participants;
    sum.completions += a.completions;
    sum.visits += a.visits;
    sum.householdsVisited += a.householdsVisited;
    sum.householdsInformed += a.householdsInformed;
    sum.activeMentors += a.activeMentors;
    sum.activePairs += a.activePairs;
    sum.pairsCompleted += a.pairsCompleted;
    sum.mentorsAtMinimum += a.mentorsAtMinimum;
    sum.mentorMin = a.mentorMin;
    for (const kpi::KpiGroupCell& g : a.participantsByGroup) {
        auto it = std::find_if(sum.participantsByGroup.begin(), sum.participantsByGroup.end(),
                               [&](const kpi::KpiGroupCell& c) { return c.group == g.group; });
        if (it == sum.participantsByGroup.end())
            sum.participantsByGroup.append(g);
        else
            it->counted += g.counted, it->population += g.population;
    }
    // Where a commune's report has its hamlets, the province's has its communes.
    sum.perHamlet.append({communeId, a.classes, a.participants, a.visits});
}

} // namespace

ProvinceKpis::ProvinceKpis(ServerStore& server) : m_server(server)
{
}

ProvinceKpis::~ProvinceKpis() = default;

CommuneMirror* ProvinceKpis::mirror(const QString& communeId, QString* error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = tr("cannot create a temporary directory for the indicator cache");
        return nullptr;
    }
    auto it = m_mirrors.find(communeId);
    if (it == m_mirrors.end()) {
        std::shared_ptr<CommuneMirror> fresh =
            CommuneMirror::open(m_dir.filePath(communeId + QStringLiteral(".sqlite")), communeId, error);
        if (!fresh)
            return nullptr;
        it = m_mirrors.insert(communeId, std::move(fresh));
    }
    if (!(*it)->refresh(m_server, error))
        return nullptr;
    return it->get();
}

std::optional<kpi::KpiTable> ProvinceKpis::commune(const QString& communeText, const kpi::Period& period,
                                                   const kpi::KpiOptions& options, QString* error)
{
    const auto info = m_server.commune(communeText);
    if (!info) {
        if (error)
            *error = tr("no commune '%1' on this server").arg(communeText);
        return std::nullopt;
    }
    CommuneMirror* m = mirror(info->id, error);
    if (!m)
        return std::nullopt;
    const kpi::KpiOptions opts = fixedDay(options);
    if (!opts.planCode.isEmpty() && !kpi::PlanCatalog::load(m->store(), opts.planCode)) {
        if (error)
            *error = tr("no plan with code '%1'").arg(opts.planCode);
        return std::nullopt;
    }
    kpi::KpiEngine engine(m->store());
    kpi::KpiTable table = engine.compute(period, opts);
    if (!table.error.isEmpty()) {
        if (error)
            *error = table.error;
        return std::nullopt;
    }
    return named(std::move(table), *info);
}

std::optional<ProvinceKpiResult> ProvinceKpis::province(const kpi::Period& period, const kpi::KpiOptions& options,
                                                        QString* error)
{
    const kpi::KpiOptions opts = fixedDay(options);
    ProvinceKpiResult result;
    QString provinceName;
    for (const CommuneInfo& info : m_server.communes()) {
        auto table = commune(info.id, period, opts, error);
        if (!table)
            return std::nullopt;
        provinceName = info.provinceName;
        result.communes.append(std::move(*table));
    }
    result.total = kpi::mergeTables(result.communes, provinceName.isEmpty() ? tr("Province") : provinceName);
    if (result.communes.isEmpty()) {
        result.total.period = period;
        result.total.asOf = opts.asOf;
        result.total.group = opts.group;
    }
    return result;
}

std::optional<report::ReportData> ProvinceKpis::report(const kpi::Period& period, const report::ReportOptions& options,
                                                       const QString& communeText, QString* error)
{
    report::ReportOptions opts = options;
    if (!opts.asOf.isValid())
        opts.asOf = QDate::currentDate();
    QVector<CommuneInfo> communes;
    if (communeText.isEmpty()) {
        communes = m_server.communes();
    } else {
        const auto info = m_server.commune(communeText);
        if (!info) {
            if (error)
                *error = tr("no commune '%1' on this server").arg(communeText);
            return std::nullopt;
        }
        communes << *info;
    }
    const bool wholeProvince = communeText.isEmpty();
    report::ReportOptions partOptions = opts;
    if (wholeProvince)
        partOptions.trend = false; // the province trend is merged from each commune's months below
    QVector<report::ReportData> parts;
    QVector<QVector<kpi::KpiTable>> partMonths; // per commune, one table per month
    const QVector<kpi::Period> months = period.months();
    for (const CommuneInfo& info : communes) {
        CommuneMirror* m = mirror(info.id, error);
        if (!m)
            return std::nullopt;
        if (!opts.planCode.isEmpty() && !kpi::PlanCatalog::load(m->store(), opts.planCode)) {
            if (error)
                *error = tr("no plan with code '%1'").arg(opts.planCode);
            return std::nullopt;
        }
        auto data = report::ReportBuilder::build(m->store(), period, partOptions, error);
        if (!data)
            return std::nullopt;
        if (wholeProvince && opts.trend && !data->trendIndicators.isEmpty()) {
            kpi::KpiOptions monthOptions;
            monthOptions.asOf = opts.asOf;
            monthOptions.planCode = opts.planCode;
            monthOptions.group = opts.group;
            monthOptions.indicators = data->trendIndicators;
            kpi::KpiEngine engine(m->store());
            QVector<kpi::KpiTable> tables = engine.computeSeries(months, monthOptions);
            for (const kpi::KpiTable& t : tables)
                if (!t.error.isEmpty()) {
                    if (error)
                        *error = t.error;
                    return std::nullopt;
                }
            partMonths << tables;
        }
        data->kpis = named(std::move(data->kpis), info);
        if (data->communeName.isEmpty())
            data->communeName = info.name;
        if (data->provinceName.isEmpty())
            data->provinceName = info.provinceName;
        parts << std::move(*data);
    }
    if (!communeText.isEmpty())
        return parts.first(); // one commune: exactly the report its own office would file

    report::ReportData data;
    data.subject = report::ReportSubject::Province;
    data.language = opts.language;
    data.generatedAt = QDateTime::currentDateTime();
    data.asOf = opts.asOf;
    data.periodLabel = opts.language == report::Language::Vietnamese ? period.labelVi() : period.labelEn();
    const QString provinceName = communes.isEmpty() ? QString() : communes.first().provinceName;
    data.provinceName = provinceName;
    data.communeName = provinceName.isEmpty() ? tr("Province") : provinceName;
    QVector<kpi::KpiTable> tables;
    for (const report::ReportData& part : parts) {
        tables << part.kpis;
        addActivity(data.activity, part.activity, part.kpis.communeId);
    }
    data.kpis = kpi::mergeTables(tables, data.communeName);
    if (tables.isEmpty())
        data.kpis.period = period, data.kpis.asOf = opts.asOf;
    // Without --plan each commune reports against its own (assigned) plan: every distinct one is named.
    QStringList planLabels;
    for (const report::ReportData& part : parts)
        if (!planLabels.contains(part.planLabel))
            planLabels << part.planLabel;
    data.planLabel = !planLabels.isEmpty() ? planLabels.join(QStringLiteral("; "))
                                           : data.text(QT_TRANSLATE_NOOP("hocvuso::report", "no plan selected"),
                                                       QStringLiteral("chưa chọn kế hoạch"));
    data.summary = report::ReportBuilder::summarise(data.kpis, opts.language);
    // The monthly trend: each month's commune tables merged (sums of
    // numerators and denominators, never an average of percents).
    data.trendIndicators = report::ReportBuilder::trendIndicators(data.kpis);
    if (!data.trendIndicators.isEmpty() && !partMonths.isEmpty()) {
        QVector<kpi::KpiTable> merged;
        for (qsizetype i = 0; i < months.size(); ++i) {
            QVector<kpi::KpiTable> communesInMonth;
            for (const QVector<kpi::KpiTable>& commune : partMonths)
                communesInMonth << commune.value(i);
            merged << kpi::mergeTables(communesInMonth, data.communeName);
            merged.back().period = months[i];
        }
        data.trend = report::ReportBuilder::trendOf(data.trendIndicators, merged);
    }
    return data;
}

QJsonObject ProvinceKpis::toJson(const ProvinceKpiResult& result)
{
    QJsonArray communes;
    for (const kpi::KpiTable& t : result.communes) {
        communes.append(kpi::toJson(t));
    }
    QJsonObject total = kpi::toJson(result.total);
    total.insert(QStringLiteral("commune_id"), QJsonValue::Null);
    return {{QStringLiteral("period"), result.total.period.code()},
            {QStringLiteral("as_of"), result.total.asOf.toString(Qt::ISODate)},
            {QStringLiteral("plan"), result.total.plan ? result.total.plan->code : QString()},
            {QStringLiteral("plan_name"), result.total.plan ? result.total.plan->name : QString()},
            {QStringLiteral("group"), result.total.group.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(result.total.group)},
            {QStringLiteral("communes"), communes},
            {QStringLiteral("total"), total}};
}

} // namespace hocvuso::sync
