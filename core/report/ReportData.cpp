#include "core/report/ReportData.h"

#include "core/kpi/Indicators.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace hocvuso::report {

namespace {
QString pick(Language lang, const char* english, const QString& vietnamese)
{
    return lang == Language::Vietnamese ? vietnamese : QCoreApplication::translate("hocvuso::report", english);
}
} // namespace

QString formatNumber(double value, int decimals, Language language)
{
    QString s = QString::number(value, 'f', decimals);
    if (language == Language::Vietnamese)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QString formatPercent(const std::optional<double>& value, Language language)
{
    return value ? formatNumber(*value, 1, language) + QStringLiteral(" %") : QStringLiteral("—");
}

QString formatCount(qint64 value, Language language)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return (language == Language::Vietnamese ? vietnamese : english).toString(value);
}

QString ReportData::text(const char* english, const QString& vietnamese) const
{
    return pick(language, english, vietnamese);
}

QString ReportData::indicatorName(const QString& id) const
{
    const kpi::IndicatorDef* def = kpi::Indicators::find(id);
    if (!def)
        return id;
    QString name = language == Language::Vietnamese ? def->nameVi : kpi::Indicators::name(*def);
    if (id == QLatin1String("mentor_load"))
        name.replace(QLatin1Char('N'), QString::number(kpis.mentorMin));
    return name;
}

QString ReportData::groupName(const QString& id) const
{
    const kpi::GroupDef* g = kpi::Groups::find(id);
    if (!g)
        return id;
    return language == Language::Vietnamese ? g->nameVi
                                            : QCoreApplication::translate("hocvuso::kpi::Group", g->nameEn);
}

QString ReportData::hamletName(const QString& id) const
{
    if (id.isEmpty())
        return text(QT_TRANSLATE_NOOP("hocvuso::report", "(no hamlet)"), QStringLiteral("(chưa gán thôn)"));
    return kpis.hamletName(id);
}

QStringList ReportBuilder::summarise(const kpi::KpiTable& table, Language lang)
{
    QStringList out;
    ReportData names;
    names.language = lang;
    names.kpis.mentorMin = table.mentorMin;
    names.kpis.hamlets = table.hamlets;
    int behind = 0;
    for (const kpi::KpiRow& row : table.rows) {
        if (!row.inPlan || !row.target || !row.groupApplicable)
            continue;
        const QString name = names.indicatorName(row.indicator);
        if (!row.total.percent) {
            out << pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", "%1: no baseline for %2, so no result."),
                        QStringLiteral("%1: chưa có số liệu nền năm %2 nên chưa tính được kết quả."))
                       .arg(name)
                       .arg(table.period.targetYear());
            continue;
        }
        if (!row.gap || *row.gap <= 0.0)
            continue;
        ++behind;
        QString sentence = pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", "%1: %2 against a target of %3, %4 points behind"),
                                QStringLiteral("%1: đạt %2, chỉ tiêu %3, còn thiếu %4 điểm phần trăm"))
                               .arg(name, formatPercent(row.total.percent, lang), formatPercent(row.target, lang),
                                    formatNumber(*row.gap, 1, lang));
        if (row.total.denominator) {
            const qint64 needed =
                qint64(std::ceil(*row.target / 100.0 * double(*row.total.denominator) - 1e-9)) - row.total.numerator;
            if (needed > 0)
                sentence += pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", " (%1 more needed)"),
                                 QStringLiteral(" (cần thêm %1)"))
                                .arg(formatCount(needed, lang));
        }
        // The hamlet furthest behind, when the breakdown says something.
        const kpi::KpiHamletCell* worst = nullptr;
        for (const kpi::KpiHamletCell& c : row.perHamlet)
            if (c.value.percent && !c.hamletId.isEmpty() && (!worst || *c.value.percent < *worst->value.percent))
                worst = &c;
        if (worst && table.hamlets.size() > 1)
            sentence += pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", "; lowest in %1 (%2)"),
                             QStringLiteral("; thấp nhất ở %1 (%2)"))
                            .arg(table.hamletName(worst->hamletId), formatPercent(worst->value.percent, lang));
        out << sentence + QLatin1Char('.');
    }
    // "Every indicator is on target" only when every one has a result.
    if (behind == 0 && out.isEmpty())
        out << pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", "Every indicator of the plan is on or above its target."),
                    QStringLiteral("Tất cả chỉ tiêu của kế hoạch đều đạt hoặc vượt."));
    else if (behind > 0)
        out.prepend(pick(lang, QT_TRANSLATE_NOOP("hocvuso::report", "%1 indicator(s) of the plan are behind target:"),
                         QStringLiteral("Có %1 chỉ tiêu chưa đạt kế hoạch:"))
                        .arg(behind));
    const bool uncovered = std::any_of(table.rows.cbegin(), table.rows.cend(),
                                       [](const kpi::KpiRow& r) { return r.inPlan && r.outsideBaseline > 0; });
    if (uncovered)
        out << pick(lang,
                    QT_TRANSLATE_NOOP("hocvuso::report",
                                      "Some hamlets have no baseline for %1: the people counted there appear in the "
                                      "per-hamlet table but not in the percentages."),
                    QStringLiteral("Một số thôn/tổ chưa có số liệu nền năm %1: người được tính ở đó có trong bảng theo "
                                   "thôn/tổ nhưng không tính vào tỷ lệ."))
                   .arg(table.period.targetYear());
    if (table.unknownAge > 0)
        out << pick(lang,
                    QT_TRANSLATE_NOOP("hocvuso::report",
                                      "%1 resident(s) have no birth date or year and are left out of age-bound indicators."),
                    QStringLiteral("%1 người chưa có ngày/năm sinh nên chưa được tính vào các chỉ tiêu theo độ tuổi."))
                   .arg(formatCount(table.unknownAge, lang));
    return out;
}

QStringList ReportBuilder::trendIndicators(const kpi::KpiTable& table)
{
    QStringList ids;
    for (const kpi::KpiRow& r : table.rows) {
        const auto* def = kpi::Indicators::find(r.indicator);
        if (def && def->scope == kpi::Scope::Cumulative && def->denominator == kpi::DenominatorKind::Baseline &&
            !kpi::Indicators::holdsCurrentStatus(r.indicator))
            ids << r.indicator;
    }
    return ids;
}

QVector<TrendPoint> ReportBuilder::trendOf(const QStringList& indicators, const QVector<kpi::KpiTable>& months)
{
    QVector<TrendPoint> trend;
    for (const kpi::KpiTable& m : months) {
        TrendPoint point{m.period, {}};
        for (const QString& id : indicators) {
            const kpi::KpiRow* row = m.find(id);
            point.percent << (row ? row->total.percent : std::nullopt);
        }
        trend << point;
    }
    return trend;
}

std::optional<ReportData> ReportBuilder::build(Store& store, const kpi::Period& period, const ReportOptions& options,
                                               QString* error)
{
    if (!period.isValid()) {
        if (error)
            *error = QStringLiteral("invalid period");
        return std::nullopt;
    }
    const int steps = options.trend ? 3 : 2;
    auto carryOn = [&](int done) {
        if (!options.progress || options.progress(done, steps))
            return true;
        if (error)
            *error = QStringLiteral("cancelled");
        return false;
    };
    ReportData data;
    data.language = options.language;
    data.generatedAt = QDateTime::currentDateTime();
    kpi::KpiEngine engine(store);
    kpi::KpiOptions kopts;
    kopts.asOf = options.asOf;
    kopts.planCode = options.planCode;
    kopts.group = options.group;
    kpi::KpiOptions tableOptions = kopts;
    tableOptions.groups = true; // the per-group table
    kpi::KpiTable table = engine.compute(period, tableOptions);
    if (!table.error.isEmpty()) {
        if (error)
            *error = table.error;
        return std::nullopt;
    }
    if (table.plan) {
        QVector<kpi::KpiRow> inPlan;
        for (const kpi::KpiRow& r : table.rows)
            if (r.inPlan)
                inPlan << r;
        table.rows = inPlan;
    }
    if (!carryOn(1))
        return std::nullopt;
    data.asOf = table.asOf;
    data.communeName = table.communeName;
    data.periodLabel = options.language == Language::Vietnamese ? period.labelVi() : period.labelEn();
    data.planLabel = table.plan ? table.plan->code + QStringLiteral(" — ") + table.plan->name
                                : data.text(QT_TRANSLATE_NOOP("hocvuso::report", "no plan selected"),
                                            QStringLiteral("chưa chọn kế hoạch"));
    {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT coalesce(province_name, '') FROM communes WHERE id = ?"));
        q.addBindValue(table.communeId);
        if (q.exec() && q.next())
            data.provinceName = q.value(0).toString();
    }
    data.activity = engine.activity(period, kopts);
    if (!engine.lastError().isEmpty()) {
        if (error)
            *error = engine.lastError();
        return std::nullopt;
    }
    data.summary = summarise(table, options.language);
    if (!carryOn(2))
        return std::nullopt;

    data.trendIndicators = trendIndicators(table);
    if (options.trend && !data.trendIndicators.isEmpty()) {
        kpi::KpiOptions monthOptions = kopts;
        monthOptions.indicators = data.trendIndicators;
        // Every month from one pass over the store, not one computation per month.
        const QVector<kpi::Period> months = period.months();
        const QVector<kpi::KpiTable> tables = engine.computeSeries(months, monthOptions);
        for (const kpi::KpiTable& m : tables) {
            if (!m.error.isEmpty()) {
                if (error)
                    *error = m.error;
                return std::nullopt;
            }
        }
        data.trend = trendOf(data.trendIndicators, tables);
    }
    if (options.trend && !carryOn(3))
        return std::nullopt;
    data.kpis = std::move(table);
    return data;
}

} // namespace hocvuso::report
