#pragma once

#include "core/report/ReportData.h"

#include <QString>

class QPagedPaintDevice;

namespace hocvuso::render {

// The report as an A4 PDF: header, tables (QTextDocument, paginated), then
// vector charts drawn with QPainter (result against target per indicator,
// and the monthly trend). Text is set in DejaVu Sans, which covers every
// Vietnamese letter, and the font is embedded (subset) in the file, so the
// diacritics print and copy on any machine.
// Needs a QGuiApplication (the offscreen platform is enough).
class PdfReport
{
public:
    static bool write(const report::ReportData& data, const QString& path, QString* error);
    // The same pages on any paged device (a QPrinter for print and print
    // preview); the device's page layout is used as it is.
    static bool paint(const report::ReportData& data, QPagedPaintDevice& device, QString* error);
    // The family used: DejaVu Sans when its file is found, else the system font.
    static QString fontFamily();
};

} // namespace hocvuso::render
