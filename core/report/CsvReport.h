#pragma once

#include "core/report/ReportData.h"

#include <QString>

namespace hocvuso::report {

// The report as one CSV file (UTF-8 with BOM, so Excel reads the Vietnamese
// right): the header block, then each table under its title, separated by a
// blank row. Numbers are written plain with a '.' decimal point (26.7), so
// that a spreadsheet or a script reads them as numbers in any locale; "—"
// marks a value that does not exist (no baseline).
class CsvReport
{
public:
    static bool write(const ReportData& data, const QString& path, QString* error);
    static QByteArray toBytes(const ReportData& data);
};

} // namespace hocvuso::report
