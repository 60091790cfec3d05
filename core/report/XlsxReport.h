#pragma once

#include "core/report/ReportData.h"

#include <QString>

namespace hocvuso::report {

// The report as a real spreadsheet (libxlsxwriter): a "header" sheet, then
// one sheet per table (title in row 1, column headers in row 2, data from
// row 3). Numbers are numeric cells, percents are fractions with a percent
// format (0.267 shown as 26.7%), missing values are the text "—". Native
// charts: result vs target per indicator, and the monthly trend.
class XlsxReport
{
public:
    static bool write(const ReportData& data, const QString& path, QString* error);
};

} // namespace hocvuso::report
