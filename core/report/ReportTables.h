#pragma once

#include "core/report/ReportData.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace hocvuso::report {

// How a column's cells are typed in every format: XLSX keeps numbers as
// numbers (percent cells as 0.267 with a percent format), CSV and PDF print them.
enum class ColumnKind { Text, Integer, Percent, Points };

// One table of the report, laid out the same way by every writer. A null
// QVariant in a number column is "—" (no value: e.g. no baseline).
struct ReportTable
{
    QString key;   // stable, for sheet order and tests: "indicators", "hamlets", ...
    QString title; // in the report's language; also the XLSX sheet name (≤ 31 chars)
    QStringList headers;
    QVector<ColumnKind> kinds;
    QVector<QVector<QVariant>> rows;
};

// The header block (commune, period, plan, dates) as label/value pairs.
QVector<QPair<QString, QString>> reportHeader(const ReportData& data);
QString reportTitle(const ReportData& data);

// Every table of the report, in order.
QVector<ReportTable> reportTables(const ReportData& data);

// A cell as text in the report's language ("26,7 %", "—", "2.137"): for the
// printed report only (CSV and XLSX write plain numbers).
QString cellText(const QVariant& value, ColumnKind kind, Language language);

} // namespace hocvuso::report
