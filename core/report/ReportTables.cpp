#include "core/report/ReportTables.h"

#include "core/kpi/Indicators.h"

namespace hocvuso::report {

namespace {
using K = ColumnKind;

QVariant opt(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

#define T(en, vi) d.text(QT_TRANSLATE_NOOP("hocvuso::report", en), QStringLiteral(vi))

QString status(const ReportData& d, const kpi::KpiRow& row)
{
    if (!row.groupApplicable)
        return T("not applicable to a group", "không áp dụng cho nhóm");
    if (!row.total.percent)
        return T("no baseline", "chưa có số liệu nền");
    if (!row.target)
        return T("no target", "chưa có chỉ tiêu");
    return row.gap && *row.gap > 0 ? T("behind", "chưa đạt") : T("achieved", "đạt");
}
} // namespace

QString reportTitle(const ReportData& d)
{
    return T("Report on the \"Bình dân học vụ số\" movement", "Báo cáo kết quả thực hiện phong trào \"Bình dân học vụ số\"");
}

QVector<QPair<QString, QString>> reportHeader(const ReportData& d)
{
    QVector<QPair<QString, QString>> h;
    if (d.isProvince()) {
        h << qMakePair(T("Province", "Tỉnh/Thành phố"), d.provinceName.isEmpty() ? d.communeName : d.provinceName)
          << qMakePair(T("Communes reporting", "Số xã, phường báo cáo"), QString::number(d.kpis.hamlets.size()));
    } else {
        h << qMakePair(T("Commune", "Đơn vị"), d.communeName);
        if (!d.provinceName.isEmpty())
            h << qMakePair(T("Province", "Tỉnh/Thành phố"), d.provinceName);
    }
    if (!d.kpis.group.isEmpty())
        h << qMakePair(T("Group", "Nhóm đối tượng"),
                       d.groupName(d.kpis.group) +
                           T(" (indicators only; activity covers everyone)", " (chỉ các chỉ tiêu; hoạt động tính cho mọi người)"));
    h << qMakePair(T("Period", "Kỳ báo cáo"), d.periodLabel)
      << qMakePair(T("From – to", "Từ ngày – đến ngày"),
                   d.kpis.period.start().toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" – ") +
                       d.kpis.period.end().toString(QStringLiteral("dd/MM/yyyy")))
      << qMakePair(T("Plan", "Kế hoạch"), d.planLabel)
      << qMakePair(T("Data as of", "Số liệu tính đến"), d.asOf.toString(QStringLiteral("dd/MM/yyyy")))
      << qMakePair(T("Generated", "Ngày lập"), d.generatedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    return h;
}

QVector<ReportTable> reportTables(const ReportData& d)
{
    QVector<ReportTable> tables;

    ReportTable ind{QStringLiteral("indicators"), T("Indicators", "Chỉ tiêu"),
                    {T("No.", "STT"), T("Indicator", "Chỉ tiêu"), T("Target", "Kế hoạch"), T("Counted", "Số đạt"),
                     T("Baseline", "Số nền"), T("Result", "Kết quả"), T("Gap (points)", "Còn thiếu (điểm %)"),
                     T("Status", "Đánh giá")},
                    {K::Integer, K::Text, K::Percent, K::Integer, K::Integer, K::Percent, K::Points, K::Text},
                    {}};
    int n = 0;
    for (const kpi::KpiRow& r : d.kpis.rows) {
        // A row not about residents has no value for a group: blank, never 0.
        ind.rows.push_back({++n, d.indicatorName(r.indicator), opt(r.target),
                            r.groupApplicable ? QVariant(r.total.numerator) : QVariant(), opt(r.total.denominator),
                            opt(r.total.percent), opt(r.gap), status(d, r)});
    }
    tables << ind;

    // A province lays out its communes where a commune lays out its hamlets.
    const bool province = d.isProvince();
    const QString unitHeader = province ? T("Commune", "Xã, phường") : T("Hamlet", "Thôn, tổ dân phố");
    ReportTable ham{QStringLiteral("hamlets"),
                    province ? T("By commune", "Theo xã, phường") : T("By hamlet", "Theo thôn, tổ dân phố"),
                    {unitHeader},
                    {K::Text},
                    {}};
    for (const kpi::KpiRow& r : d.kpis.rows) {
        ham.headers << d.indicatorName(r.indicator);
        ham.kinds << K::Percent;
    }
    QStringList hamletIds;
    for (const auto& h : d.kpis.hamlets)
        hamletIds << h.id;
    for (const QString& id : hamletIds) {
        QVector<QVariant> row{d.hamletName(id)};
        for (const kpi::KpiRow& r : d.kpis.rows) {
            QVariant v;
            for (const auto& c : r.perHamlet)
                if (c.hamletId == id)
                    v = opt(c.value.percent);
            row << v;
        }
        ham.rows << row;
    }
    QVector<QVariant> total{province ? T("Whole province", "Toàn tỉnh") : T("Whole commune", "Toàn xã")};
    for (const kpi::KpiRow& r : d.kpis.rows)
        total << opt(r.total.percent);
    ham.rows << total;
    tables << ham;

    // Each group the plans single out against each resident indicator (the
    // group rules of core/kpi/Indicators.h): counted, population, result, target, gap.
    ReportTable grp{QStringLiteral("groups"), T("By group", "Theo nhóm đối tượng"),
                    {T("Group", "Nhóm đối tượng"), T("Indicator", "Chỉ tiêu"), T("Counted", "Số đạt"),
                     T("Population", "Số đối tượng"), T("Result", "Kết quả"), T("Target", "Kế hoạch"),
                     T("Gap (points)", "Còn thiếu (điểm %)"), T("Population from", "Nguồn số đối tượng")},
                    {K::Text, K::Text, K::Integer, K::Integer, K::Percent, K::Percent, K::Points, K::Text},
                    {}};
    for (const kpi::GroupDef& g : kpi::Groups::all())
        for (const kpi::KpiRow& r : d.kpis.rows)
            for (const kpi::KpiGroupCell& c : r.groups)
                if (c.group == g.id)
                    grp.rows.push_back({d.groupName(g.id), d.indicatorName(r.indicator), c.value.numerator,
                                        opt(c.value.denominator), opt(c.value.percent), opt(c.target), opt(c.gap),
                                        c.recordedDenominator ? T("residents recorded", "số đã ghi nhận")
                                                              : T("baseline", "số liệu nền")});
    if (!grp.rows.isEmpty())
        tables << grp;

    const auto& a = d.activity;
    ReportTable cls{QStringLiteral("classes"), T("Classes held", "Lớp học đã tổ chức"),
                    {T("Item", "Nội dung"), T("Number", "Số lượng"), T("Share of participants", "Tỷ lệ trên số học viên")},
                    {K::Text, K::Integer, K::Percent}, {}};
    cls.rows << QVector<QVariant>{T("Classes", "Số lớp"), a.classes, QVariant()}
             << QVector<QVariant>{T("Participants", "Số học viên tham gia"), a.participants, QVariant()}
             << QVector<QVariant>{T("Completions", "Số lượt hoàn thành"), a.completions, QVariant()};
    for (const auto& g : a.participantsByGroup)
        cls.rows << QVector<QVariant>{QString(T("Participants: ", "Học viên: ") + d.groupName(g.group)), g.counted,
                                      a.participants > 0 ? QVariant(100.0 * double(g.counted) / double(a.participants))
                                                         : QVariant()};
    tables << cls;

    ReportTable act{QStringLiteral("activity"),
                    province ? T("Activity by commune", "Hoạt động theo xã, phường")
                             : T("Activity by hamlet", "Hoạt động theo thôn"),
                    {unitHeader, T("Classes", "Số lớp"), T("Participants", "Học viên"), T("Visits", "Lượt đến hộ")},
                    {K::Text, K::Integer, K::Integer, K::Integer}, {}};
    for (const auto& h : a.perHamlet)
        act.rows << QVector<QVariant>{d.hamletName(h.hamletId), h.classes, h.participants, h.visits};
    tables << act;

    ReportTable vis{QStringLiteral("visits"), T("Door-to-door visits", "Đi từng ngõ, gõ từng nhà"),
                    {T("Item", "Nội dung"), T("Number", "Số lượng")}, {K::Text, K::Integer}, {}};
    vis.rows << QVector<QVariant>{T("Visits", "Số lượt đến hộ"), a.visits}
             << QVector<QVariant>{T("Households visited", "Số hộ được đến"), a.householdsVisited}
             << QVector<QVariant>{T("Households informed", "Số hộ được tuyên truyền"), a.householdsInformed};
    tables << vis;

    ReportTable men{QStringLiteral("mentors"), T("Digital ambassadors", "Mạng lưới Đại sứ số"),
                    {T("Item", "Nội dung"), T("Number", "Số lượng")}, {K::Text, K::Integer}, {}};
    men.rows << QVector<QVariant>{T("Active ambassadors", "Đại sứ số đang hoạt động"), a.activeMentors}
             << QVector<QVariant>{T("Active mentee pairs", "Số cặp kèm cặp đang thực hiện"), a.activePairs}
             << QVector<QVariant>{T("Ambassadors at the minimum (N = %1)", "Đại sứ số đạt tối thiểu (N = %1)")
                                      .arg(a.mentorMin),
                                  a.mentorsAtMinimum}
             << QVector<QVariant>{T("Pairs completed in the period", "Số cặp hoàn thành trong kỳ"), a.pairsCompleted};
    tables << men;

    if (!d.trend.isEmpty()) {
        ReportTable tr{QStringLiteral("trend"), T("Monthly trend", "Diễn biến theo tháng"), {T("Month", "Tháng")},
                       {K::Text}, {}};
        for (const QString& id : d.trendIndicators) {
            tr.headers << d.indicatorName(id);
            tr.kinds << K::Percent;
        }
        for (const TrendPoint& p : d.trend) {
            QVector<QVariant> row{p.month.end().toString(QStringLiteral("MM/yyyy"))};
            for (const auto& v : p.percent)
                row << opt(v);
            tr.rows << row;
        }
        tables << tr;
    }

    ReportTable sum{QStringLiteral("summary"), T("Summary", "Tóm tắt"), {T("Assessment", "Nhận xét")}, {K::Text}, {}};
    for (const QString& s : d.summary)
        sum.rows << QVector<QVariant>{s};
    tables << sum;
    return tables;
}

QString cellText(const QVariant& value, ColumnKind kind, Language language)
{
    if (!value.isValid() || value.isNull())
        return kind == ColumnKind::Text ? QString() : QStringLiteral("—");
    switch (kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return formatCount(value.toLongLong(), language);
    case ColumnKind::Percent:
        return formatNumber(value.toDouble(), 1, language) + QStringLiteral(" %");
    case ColumnKind::Points:
        return formatNumber(value.toDouble(), 1, language);
    }
    return value.toString();
}

#undef T

} // namespace hocvuso::report
