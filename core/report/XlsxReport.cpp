#include "core/report/XlsxReport.h"

#include "core/report/ReportTables.h"

#include <QFile>

#include <xlsxwriter.h>

namespace hocvuso::report {

namespace {
// Excel forbids these in sheet names and allows 31 characters.
QString sheetName(QString title, QStringList& used)
{
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        title.replace(c, QLatin1Char(' '));
    title = title.left(31).trimmed();
    QString name = title;
    for (int i = 2; used.contains(name, Qt::CaseInsensitive); ++i)
        name = title.left(28) + QStringLiteral(" %1").arg(i);
    used << name;
    return name;
}

class Workbook
{
public:
    explicit Workbook(const QString& path) : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            return;
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 13);
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
        m_points = workbook_add_format(m_book);
        format_set_num_format(m_points, "0.0");
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_bg_color(m_header, 0xDDEBF7);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only reached on an error path: close() normally took it
    }
    bool ok() const { return m_book != nullptr; }
    lxw_error close()
    {
        lxw_workbook* book = m_book;
        m_book = nullptr;
        return workbook_close(book);
    }

    void writeTable(const ReportTable& t, const QString& name)
    {
        const QByteArray sheetName = name.toUtf8();
        lxw_worksheet* ws = workbook_add_worksheet(m_book, sheetName.constData());
        worksheet_write_string(ws, 0, 0, t.title.toUtf8().constData(), m_title);
        for (int c = 0; c < t.headers.size(); ++c) {
            worksheet_write_string(ws, 1, lxw_col_t(c), t.headers[c].toUtf8().constData(), m_header);
            const bool wide = t.kinds.value(c) == ColumnKind::Text;
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), wide ? (c == 0 && t.headers.size() == 1 ? 110 : 48) : 14,
                                 wide ? m_wrap : nullptr);
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            const lxw_row_t xr = lxw_row_t(r + 2);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant& v = row[c];
                const ColumnKind kind = t.kinds.value(c);
                if (!v.isValid() || v.isNull()) {
                    if (kind != ColumnKind::Text)
                        worksheet_write_string(ws, xr, lxw_col_t(c), "—", nullptr);
                    continue;
                }
                switch (kind) {
                case ColumnKind::Text:
                    worksheet_write_string(ws, xr, lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
                    break;
                case ColumnKind::Integer:
                    worksheet_write_number(ws, xr, lxw_col_t(c), double(v.toLongLong()), nullptr);
                    break;
                case ColumnKind::Percent:
                    worksheet_write_number(ws, xr, lxw_col_t(c), v.toDouble() / 100.0, m_percent);
                    break;
                case ColumnKind::Points:
                    worksheet_write_number(ws, xr, lxw_col_t(c), v.toDouble(), m_points);
                    break;
                }
            }
        }
        if (t.key == QLatin1String("indicators") && !t.rows.isEmpty())
            addProgressChart(ws, sheetName, t);
        if (t.key == QLatin1String("trend") && !t.rows.isEmpty())
            addTrendChart(ws, sheetName, t);
    }

    void writeHeader(const QString& name, const QString& title, const QVector<QPair<QString, QString>>& header)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_book, name.toUtf8().constData());
        worksheet_set_column(ws, 0, 0, 24, nullptr);
        worksheet_set_column(ws, 1, 1, 70, nullptr);
        worksheet_write_string(ws, 0, 0, title.toUtf8().constData(), m_title);
        for (int i = 0; i < header.size(); ++i) {
            worksheet_write_string(ws, lxw_row_t(i + 2), 0, header[i].first.toUtf8().constData(), m_bold);
            worksheet_write_string(ws, lxw_row_t(i + 2), 1, header[i].second.toUtf8().constData(), nullptr);
        }
    }

private:
    // Result (column F) against target (column C) per indicator (column B).
    void addProgressChart(lxw_worksheet* ws, const QByteArray& sheet, const ReportTable& t)
    {
        lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_BAR);
        const lxw_row_t last = lxw_row_t(t.rows.size() + 1);
        lxw_chart_series* result = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(result, sheet.constData(), 2, 1, last, 1);
        chart_series_set_values(result, sheet.constData(), 2, 5, last, 5);
        chart_series_set_name(result, t.headers.value(5).toUtf8().constData());
        lxw_chart_series* target = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(target, sheet.constData(), 2, 1, last, 1);
        chart_series_set_values(target, sheet.constData(), 2, 2, last, 2);
        chart_series_set_name(target, t.headers.value(2).toUtf8().constData());
        chart_title_set_name(chart, t.title.toUtf8().constData());
        // In a (horizontal) bar chart the values run along the x axis.
        chart_axis_set_min(chart->x_axis, 0);
        chart_axis_set_num_format(chart->x_axis, "0%");
        lxw_chart_options options{};
        options.x_scale = 2.0;
        options.y_scale = 1.0 + 0.1 * double(t.rows.size());
        worksheet_insert_chart_opt(ws, lxw_row_t(t.rows.size() + 4), 1, chart, &options);
    }

    void addTrendChart(lxw_worksheet* ws, const QByteArray& sheet, const ReportTable& t)
    {
        lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_LINE);
        const lxw_row_t last = lxw_row_t(t.rows.size() + 1);
        for (int c = 1; c < t.headers.size(); ++c) {
            lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(s, sheet.constData(), 2, 0, last, 0);
            chart_series_set_values(s, sheet.constData(), 2, lxw_col_t(c), last, lxw_col_t(c));
            chart_series_set_name(s, t.headers[c].toUtf8().constData());
        }
        chart_title_set_name(chart, t.title.toUtf8().constData());
        chart_axis_set_min(chart->y_axis, 0);
        chart_axis_set_num_format(chart->y_axis, "0%");
        lxw_chart_options options{};
        options.x_scale = 2.0;
        options.y_scale = 1.5;
        worksheet_insert_chart_opt(ws, lxw_row_t(t.rows.size() + 4), 1, chart, &options);
    }

    lxw_workbook* m_book;
    lxw_format* m_bold = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_points = nullptr;
    lxw_format* m_wrap = nullptr;
    lxw_format* m_header = nullptr;
};
} // namespace

bool XlsxReport::write(const ReportData& data, const QString& path, QString* error)
{
    // Written beside the target and renamed: a failure leaves no half file.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    lxw_error result = LXW_NO_ERROR;
    {
        Workbook book(part);
        if (!book.ok()) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(path);
            return false;
        }
        QStringList used;
        book.writeHeader(sheetName(data.text(QT_TRANSLATE_NOOP("hocvuso::report", "Report"), QStringLiteral("Thông tin")), used),
                         reportTitle(data), reportHeader(data));
        for (const ReportTable& t : reportTables(data))
            book.writeTable(t, sheetName(t.title, used));
        result = book.close();
    }
    if (result != LXW_NO_ERROR) {
        QFile::remove(part);
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace hocvuso::report
