#include "core/report/CsvReport.h"

#include "core/io/CsvWriter.h"
#include "core/report/ReportTables.h"

#include <QBuffer>
#include <QSaveFile>

namespace hocvuso::report {

namespace {
QString plainCell(const QVariant& v, ColumnKind kind)
{
    if (!v.isValid() || v.isNull())
        return kind == ColumnKind::Text ? QString() : QStringLiteral("—");
    switch (kind) {
    case ColumnKind::Text:
        return v.toString();
    case ColumnKind::Integer:
        return QString::number(v.toLongLong());
    case ColumnKind::Percent:
    case ColumnKind::Points:
        return QString::number(v.toDouble(), 'f', 1);
    }
    return v.toString();
}

void writeAll(const ReportData& data, CsvWriter& csv)
{
    csv.writeRow({reportTitle(data)});
    for (const auto& [label, value] : reportHeader(data))
        csv.writeRow({label, value});
    for (const ReportTable& t : reportTables(data)) {
        csv.writeRow({});
        csv.writeRow({t.title});
        QStringList headers = t.headers;
        for (int i = 0; i < headers.size(); ++i)
            if (t.kinds.value(i) == ColumnKind::Percent)
                headers[i] += QStringLiteral(" (%)");
        csv.writeRow(headers);
        for (const auto& row : t.rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << plainCell(row[i], t.kinds.value(i));
            csv.writeRow(cells);
        }
    }
}
} // namespace

QByteArray CsvReport::toBytes(const ReportData& data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        writeAll(data, csv);
    }
    return bytes;
}

bool CsvReport::write(const ReportData& data, const QString& path, QString* error)
{
    // QSaveFile: a failed write never leaves half a report where the old one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        CsvWriter csv(&file);
        writeAll(data, csv);
        if (!csv.flush()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(path, csv.error());
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

} // namespace hocvuso::report
