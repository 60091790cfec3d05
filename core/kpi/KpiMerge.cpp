#include "core/kpi/KpiMerge.h"

#include <QHash>

#include <algorithm>

namespace hocvuso::kpi {

namespace {

std::optional<double> percentOfSums(qint64 numerator, const std::optional<qint64>& denominator)
{
    if (!denominator || *denominator <= 0)
        return std::nullopt;
    return 100.0 * double(numerator) / double(*denominator);
}

// The per-group breakdown summed like the totals: numerators and
// denominators of the communes that have one; the numerators of those
// without one go to `uncovered` (group → count), used when no commune has one.
void addGroups(QVector<KpiGroupCell>& sum, const QVector<KpiGroupCell>& cells, QHash<QString, qint64>& uncovered)
{
    for (const KpiGroupCell& c : cells) {
        auto it = std::find_if(sum.begin(), sum.end(), [&](const KpiGroupCell& s) { return s.group == c.group; });
        if (it == sum.end()) {
            KpiGroupCell fresh;
            fresh.group = c.group;
            fresh.recordedDenominator = c.recordedDenominator;
            sum.append(fresh);
            it = sum.end() - 1;
        }
        it->counted += c.counted;
        it->population += c.population;
        if (c.value.denominator) {
            it->value.numerator += c.value.numerator;
            it->value.denominator = it->value.denominator.value_or(0) + *c.value.denominator;
        } else {
            uncovered[c.group] += c.value.numerator;
        }
    }
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
    total.group = first.group;

    QHash<QString, int> rowIndex; // indicator → row of `total`, in the first table's order
    QHash<QString, qint64> withoutDenominator; // indicator → counted in communes without one
    QHash<QString, QHash<QString, qint64>> groupsWithout; // indicator → group → the same within groups
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
                fresh.groupApplicable = row.groupApplicable;
                fresh.recordedDenominator = row.recordedDenominator;
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
            addGroups(sum.groups, row.groups, groupsWithout[row.indicator]);
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
        for (KpiGroupCell& cell : row.groups) {
            if (!cell.value.denominator) // as for the total: with no denominator anywhere, count everyone
                cell.value.numerator += groupsWithout.value(row.indicator).value(cell.group);
            cell.value.percent = percentOfSums(cell.value.numerator, cell.value.denominator);
            cell.target = row.target;
            cell.gap = cell.target && cell.value.percent ? std::optional<double>(*cell.target - *cell.value.percent)
                                                         : std::nullopt;
        }
    }
    return total;
}

} // namespace hocvuso::kpi
