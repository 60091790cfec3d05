#include "core/render/PdfReport.h"

#include "core/report/ReportTables.h"

#include <QFile>
#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace hocvuso::render {

using report::ColumnKind;
using report::ReportData;
using report::ReportTable;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// One HTML table: the given columns of t (column 0, the row label, always
// first), each at the given width (percent of the page). Numbers and row
// labels never wrap: "100,0 %" split over two lines is unreadable.
QString tableHtml(const ReportData& d, const ReportTable& t, const QString& title, const QVector<int>& columns,
                  const QStringList& headers, const QVector<int>& widths, bool wholeLabels)
{
    int total = 0;
    for (int w : widths)
        total += w;
    QString h = QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=%2% "
                               "style='border-collapse:collapse; font-size:8pt'><tr>")
                    .arg(esc(title))
                    .arg(total > 0 ? std::min(total, 100) : 100);
    for (int i = 0; i < columns.size(); ++i) {
        const QString width = widths.isEmpty() ? QString() : QStringLiteral(" width=%1%").arg(widths.value(i));
        h += QStringLiteral("<th bgcolor='#DDEBF7'%1>%2</th>").arg(width, esc(headers.value(i)));
    }
    h += QStringLiteral("</tr>");
    for (const auto& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < columns.size(); ++i) {
            const int c = columns[i];
            const ColumnKind kind = t.kinds.value(c);
            const bool text = kind == ColumnKind::Text;
            const bool keepWhole = !text || (wholeLabels && i == 0);
            h += QStringLiteral("<td align=%1%2>%3</td>")
                     .arg(text ? QStringLiteral("left") : QStringLiteral("right"),
                          keepWhole ? QStringLiteral(" style='white-space:nowrap'") : QString(),
                          esc(report::cellText(row.value(c), kind, d.language)));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

// Room for the long texts (indicator names) so that they wrap over two lines,
// not five; other tables share the page as QTextDocument decides.
QVector<int> columnWidths(const ReportTable& t)
{
    if (t.key == QLatin1String("indicators") && t.headers.size() == 8)
        return {5, 36, 8, 9, 9, 8, 9, 16};
    if (t.key == QLatin1String("groups") && t.headers.size() == 8)
        return {15, 25, 7, 9, 8, 8, 8, 20};
    return {};
}

// A table with one column per indicator (by hamlet, the trend) is too wide
// for a portrait A4 page: it is printed in parts of at most kColumnsPerPart
// indicators, each repeating the row labels and naming its indicators in full.
constexpr int kColumnsPerPart = 6;

QString splitTableHtml(const ReportData& d, const ReportTable& t)
{
    const int values = int(t.headers.size()) - 1;
    if (values <= 0)
        return tableHtml(d, t, t.title, {0}, {t.headers.value(0)}, {}, true);
    const int parts = (values + kColumnsPerPart - 1) / kColumnsPerPart;
    const int perPart = (values + parts - 1) / parts;
    const int labelWidth = 22;
    const int valueWidth = (100 - labelWidth) / std::max(perPart, 1);
    // The per-hamlet columns follow the indicator table's rows: number them alike.
    const bool numbered = t.key == QLatin1String("hamlets");
    QString h;
    for (int part = 0; part < parts; ++part) {
        const int first = 1 + part * perPart;
        const int last = std::min(values, first + perPart - 1);
        QVector<int> columns{0};
        QStringList headers{t.headers.value(0)};
        QVector<int> widths{labelWidth};
        for (int c = first; c <= last; ++c) {
            columns << c;
            headers << (numbered ? QStringLiteral("%1. %2").arg(c).arg(t.headers[c]) : t.headers[c]);
            widths << valueWidth;
        }
        const QString title =
            parts == 1 ? t.title
                       : d.text(QT_TRANSLATE_NOOP("hocvuso::report", "%1 (part %2 of %3)"),
                                QStringLiteral("%1 (phần %2/%3)"))
                             .arg(t.title)
                             .arg(part + 1)
                             .arg(parts);
        h += tableHtml(d, t, title, columns, headers, widths, true);
    }
    return h;
}

// The tables as HTML for QTextDocument.
QString html(const ReportData& d, const QVector<ReportTable>& tables)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p align=center style='font-size:15pt'><b>%1</b></p>").arg(esc(report::reportTitle(d)));
    h += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const auto& [label, value] : report::reportHeader(d))
        h += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    h += QStringLiteral("</table>");
    for (const ReportTable& t : tables) {
        if (t.key == QLatin1String("summary")) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(t.title));
            for (const auto& row : t.rows)
                h += QStringLiteral("<li>%1</li>").arg(esc(row.value(0).toString()));
            h += QStringLiteral("</ul>");
            continue;
        }
        if (t.key == QLatin1String("hamlets") || t.key == QLatin1String("trend")) {
            h += splitTableHtml(d, t);
            continue;
        }
        QVector<int> columns;
        for (int c = 0; c < t.headers.size(); ++c)
            columns << c;
        h += tableHtml(d, t, t.title, columns, t.headers, columnWidths(t), false);
    }
    h += QStringLiteral("</body></html>");
    return h;
}

// Result against target, one bar per indicator.
void drawProgress(QPainter& p, const QRectF& area, const ReportData& d, const QFont& font)
{
    const auto& rows = d.kpis.rows;
    if (rows.isEmpty())
        return;
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(11);
    p.setFont(title);
    const qreal lineH = QFontMetricsF(title, p.device()).height();
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), lineH * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
               d.text(QT_TRANSLATE_NOOP("hocvuso::report", "Progress against target"),
                      QStringLiteral("Tiến độ so với chỉ tiêu")));
    QFont small = font;
    small.setPointSizeF(7.5);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const qreal top = area.top() + lineH * 2;
    const qreal rowH = std::min((area.bottom() - top) / qreal(rows.size()), fm.height() * 3.2);
    const qreal labelW = area.width() * 0.45;
    const qreal barX = area.left() + labelW + fm.height();
    const qreal barW = area.right() - barX - fm.horizontalAdvance(QStringLiteral("100,0 %")) * 1.3;
    for (int i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const qreal y = top + rowH * i;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   QStringLiteral("%1. %2").arg(i + 1).arg(d.indicatorName(r.indicator)));
        const QRectF track(barX, y + rowH * 0.25, barW, rowH * 0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xEE, 0xEE, 0xEE));
        p.drawRect(track);
        if (r.total.percent) {
            const qreal v = std::clamp(*r.total.percent, 0.0, 100.0) / 100.0;
            const bool behind = r.gap && *r.gap > 0;
            p.setBrush(behind ? QColor(0xE0, 0x7B, 0x39) : QColor(0x3A, 0x9A, 0x5B));
            p.drawRect(QRectF(track.left(), track.top(), track.width() * v, track.height()));
        }
        if (r.target) {
            const qreal x = track.left() + track.width() * std::clamp(*r.target, 0.0, 100.0) / 100.0;
            p.setPen(QPen(QColor(0x1F, 0x3A, 0x93), track.height() * 0.12));
            p.drawLine(QPointF(x, track.top() - track.height() * 0.25), QPointF(x, track.bottom() + track.height() * 0.25));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(track.right() + fm.height() * 0.3, y, area.right() - track.right(), rowH),
                   Qt::AlignLeft | Qt::AlignVCenter, report::formatPercent(r.total.percent, d.language));
    }
    p.setBrush(Qt::NoBrush);
}

// Percent at each month's end, one line per charted indicator.
void drawTrend(QPainter& p, const QRectF& area, const ReportData& d, const QFont& font)
{
    if (d.trend.size() < 1 || d.trendIndicators.isEmpty())
        return;
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(11);
    p.setFont(title);
    const qreal lineH = QFontMetricsF(title, p.device()).height();
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), lineH * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
               d.text(QT_TRANSLATE_NOOP("hocvuso::report", "Monthly trend"), QStringLiteral("Diễn biến theo tháng")));
    QFont small = font;
    small.setPointSizeF(7);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const int series = int(d.trendIndicators.size());
    const qreal legendH = fm.height() * 1.3 * series;
    const QRectF plot(area.left() + fm.horizontalAdvance(QStringLiteral("100 %")) * 1.5, area.top() + lineH * 2,
                      area.width() - fm.horizontalAdvance(QStringLiteral("100 %")) * 2,
                      area.height() - lineH * 2 - legendH - fm.height() * 2.5);
    p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0));
    for (int pct = 0; pct <= 100; pct += 25) {
        const qreal y = plot.bottom() - plot.height() * pct / 100.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(area.left(), y - fm.height() / 2, plot.left() - area.left() - fm.height() * 0.3, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(pct));
    }
    const int n = int(d.trend.size());
    auto xOf = [&](int i) { return n == 1 ? plot.center().x() : plot.left() + plot.width() * i / qreal(n - 1); };
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i)
        p.drawText(QRectF(xOf(i) - fm.height() * 2.5, plot.bottom() + fm.height() * 0.3, fm.height() * 5, fm.height()),
                   Qt::AlignCenter, d.trend[i].month.end().toString(QStringLiteral("MM/yyyy")));
    static const QColor colours[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                                     QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                                     QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F), QColor(0xBC, 0xBD, 0x22)};
    for (int s = 0; s < series; ++s) {
        const QColor colour = colours[s % 9];
        QPainterPath path;
        bool started = false;
        for (int i = 0; i < n; ++i) {
            const auto& v = d.trend[i].percent.value(s);
            if (!v) {
                started = false;
                continue;
            }
            const QPointF pt(xOf(i), plot.bottom() - plot.height() * std::clamp(*v, 0.0, 100.0) / 100.0);
            started ? path.lineTo(pt) : path.moveTo(pt);
            started = true;
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(pt, fm.height() * 0.15, fm.height() * 0.15);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(colour, fm.height() * 0.08));
        p.drawPath(path);
        const qreal ly = plot.bottom() + fm.height() * 2 + fm.height() * 1.3 * s;
        p.drawLine(QPointF(plot.left(), ly + fm.height() / 2), QPointF(plot.left() + fm.height() * 2, ly + fm.height() / 2));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + fm.height() * 2.5, ly, plot.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   d.indicatorName(d.trendIndicators[s]));
    }
}

} // namespace

QString PdfReport::fontFamily()
{
    static const QString family = [] {
        QString found;
        for (const char* file : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : found;
    }();
    return family;
}

bool PdfReport::paint(const ReportData& data, QPagedPaintDevice& device, QString* error)
{
    const QFont font(fontFamily(), 9);
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = QStringLiteral("cannot start painting the report");
        return false;
    }
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QSizeF pageSize(page.width(), page.height());

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setPageSize(pageSize);
    doc.setHtml(html(data, report::reportTables(data)));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -pageSize.height() * i);
        doc.drawContents(&painter, QRectF(0, pageSize.height() * i, pageSize.width(), pageSize.height()));
        painter.restore();
    }

    // Charts on their own page: progress on the top half, trend below.
    device.newPage();
    const QRectF full(0, 0, pageSize.width(), pageSize.height());
    drawProgress(painter, QRectF(full.left(), full.top(), full.width(), full.height() * 0.5), data, font);
    drawTrend(painter, QRectF(full.left(), full.top() + full.height() * 0.52, full.width(), full.height() * 0.46),
              data, font);
    painter.end();
    return true;
}

bool PdfReport::write(const ReportData& data, const QString& path, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("PDF output needs a QGuiApplication");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(report::reportTitle(data) + QStringLiteral(" — ") + data.periodLabel);
        writer.setCreator(QStringLiteral("hocvuso"));
        if (!paint(data, writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hocvuso::render
