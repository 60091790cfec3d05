#include "core/kpi/KpiJson.h"

#include "core/kpi/Indicators.h"

#include <QJsonArray>

namespace hocvuso::kpi {

namespace {
QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue opt(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const KpiTable& table)
{
    QJsonArray indicators;
    for (const KpiRow& row : table.rows) {
        const IndicatorDef* def = Indicators::find(row.indicator);
        QJsonArray hamlets;
        for (const KpiHamletCell& c : row.perHamlet)
            hamlets.append(QJsonObject{{QStringLiteral("id"), c.hamletId},
                                       {QStringLiteral("name"), table.hamletName(c.hamletId)},
                                       {QStringLiteral("numerator"), c.value.numerator},
                                       {QStringLiteral("denominator"), opt(c.value.denominator)},
                                       {QStringLiteral("percent"), opt(c.value.percent)}});
        QJsonObject o{{QStringLiteral("id"), row.indicator},
                      {QStringLiteral("name"), def ? Indicators::name(*def) : row.indicator},
                      {QStringLiteral("name_vi"), def ? def->nameVi : QString()},
                      {QStringLiteral("scope"),
                       def && def->scope == Scope::InPeriod ? QStringLiteral("in_period") : QStringLiteral("cumulative")},
                      {QStringLiteral("numerator"), row.total.numerator},
                      {QStringLiteral("denominator"), opt(row.total.denominator)},
                      {QStringLiteral("percent"), opt(row.total.percent)},
                      {QStringLiteral("target"), opt(row.target)},
                      {QStringLiteral("gap"), opt(row.gap)},
                      {QStringLiteral("in_plan"), row.inPlan},
                      {QStringLiteral("in_store"), row.population},
                      {QStringLiteral("outside_baseline"), row.outsideBaseline},
                      {QStringLiteral("hamlets"), hamlets}};
        if (!table.group.isEmpty()) {
            o.insert(QStringLiteral("group_applicable"), row.groupApplicable);
            o.insert(QStringLiteral("recorded_denominator"), row.recordedDenominator);
            if (!row.groupApplicable) // not applicable to a group: no value, not a 0
                o.insert(QStringLiteral("numerator"), QJsonValue::Null);
        }
        if (!row.groups.isEmpty()) {
            QJsonArray groups;
            for (const KpiGroupCell& g : row.groups)
                groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                          {QStringLiteral("counted"), g.counted},
                                          {QStringLiteral("population"), g.population},
                                          {QStringLiteral("numerator"), g.value.numerator},
                                          {QStringLiteral("denominator"), opt(g.value.denominator)},
                                          {QStringLiteral("percent"), opt(g.value.percent)},
                                          {QStringLiteral("target"), opt(g.target)},
                                          {QStringLiteral("gap"), opt(g.gap)},
                                          {QStringLiteral("recorded_denominator"), g.recordedDenominator}});
            o.insert(QStringLiteral("groups"), groups);
        }
        indicators.append(o);
    }
    return {{QStringLiteral("commune_id"), table.communeId},
            {QStringLiteral("commune"), table.communeName},
            {QStringLiteral("period"), table.period.code()},
            {QStringLiteral("period_label"), table.period.labelVi()},
            {QStringLiteral("start"), table.period.start().toString(Qt::ISODate)},
            {QStringLiteral("end"), table.period.end().toString(Qt::ISODate)},
            {QStringLiteral("as_of"), table.asOf.toString(Qt::ISODate)},
            {QStringLiteral("plan"), table.plan ? table.plan->code : QString()},
            {QStringLiteral("plan_name"), table.plan ? table.plan->name : QString()},
            {QStringLiteral("mentor_min"), table.mentorMin},
            {QStringLiteral("class_cadence"), table.classCadence},
            {QStringLiteral("group"), table.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(table.group)},
            {QStringLiteral("unknown_age"), table.unknownAge},
            {QStringLiteral("indicators"), indicators}};
}

} // namespace hocvuso::kpi
