#include "core/kpi/KpiMerge.h"

#include <QHash>

namespace hocvuso::kpi {

namespace {

std::optional<double> percentOfSums(qint64 numerator, const std::optional<qint64>& denominator)
{
    if (!denominator || *denominator <= 0)
        return std::nullopt;
    return 100.0 * double(numerator) / double(*denominator);
}

} // namespace

KpiTable mergeTables(const QVector<KpiTable>& communes, const QString& name)
{
    KpiTable total;
    total.communeName = name;
    if (communes.isEmpty())
        return total;
    const KpiTable& first = communes.first();
    total.period = first.period;
    total.asOf = first.asOf;
    total.plan = first.plan;
    total.mentorMin = first.mentorMin;
    total.classCadence = first.classCadence;

    QHash<QString, int> rowIndex; // indicator → row of `total`, in the first table's order
    QHash<QString, qint64> withoutDenominator; // indicator → counted in communes without one
    for (const KpiTable& commune : communes) {
        total.hamlets.append({commune.communeId, {}, commune.communeName});
        total.unknownAge += commune.unknownAge;
        if (!commune.error.isEmpty() && total.error.isEmpty())
            total.error = commune.communeName + QStringLiteral(": ") + commune.error;
        for (const KpiRow& row : commune.rows) {
            auto it = rowIndex.constFind(row.indicator);
            if (it == rowIndex.constEnd()) {
                KpiRow fresh;
                fresh.indicator = row.indicator;
                fresh.target = row.target;
                fresh.inPlan = row.inPlan;
                total.rows.append(fresh);
                it = rowIndex.insert(row.indicator, int(total.rows.size()) - 1);
            }
            KpiRow& sum = total.rows[*it];
            // Communes measured against different plans have no one target to show.
            if (sum.target != row.target)
                sum.target.reset();
            sum.outsideBaseline += row.outsideBaseline;
            if (row.total.denominator) {
                sum.total.numerator += row.total.numerator;
                sum.total.denominator = sum.total.denominator.value_or(0) + *row.total.denominator;
            } else {
                withoutDenominator[row.indicator] += row.total.numerator;
            }
            sum.population += row.population;
            sum.perHamlet.append({commune.communeId, row.total});
        }
    }
    for (KpiRow& row : total.rows) {
        // As in a commune: a commune without a denominator stays out of the percent's numerator.
        const qint64 uncovered = withoutDenominator.value(row.indicator);
        if (row.total.denominator)
            row.outsideBaseline += uncovered;
        else
            row.total.numerator += uncovered;
        row.total.percent = percentOfSums(row.total.numerator, row.total.denominator);
        if (row.target && row.total.percent)
            row.gap = *row.target - *row.total.percent;
    }
    return total;
}

} // namespace hocvuso::kpi
