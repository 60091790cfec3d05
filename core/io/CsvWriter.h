#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>

class QIODevice;

namespace hocvuso {

// Writes CSV that Excel opens correctly: UTF-8 with a BOM (without it Excel
// reads Vietnamese as ANSI mojibake), CRLF line ends, ',' separator. A field
// is quoted when it holds a separator, a quote, CR or LF, or starts or ends
// with a space or tab (spreadsheets would trim it); quotes are doubled.
//
// Formula-injection guard (on by default): a spreadsheet runs a cell that
// starts with = + - @ (and tab/CR, or their full-width forms) as a formula,
// e.g. "=HYPERLINK(...)" or "-cmd|' /C calc'!A0". Such a field gets a
// leading apostrophe, EXCEPT when it starts with + or - and contains only
// digits, spaces and . , ( ) + - /: "+84 912 345 678", "-5,5", "-" and
// "--" stay as they are. Those characters can form arithmetic at most: a
// cell reference, a function name or a DDE command all need letters (or
// = @ ! | : "), so no data can be read or run. A phone number must survive
// an export/import round trip untouched.
//
// The importer takes the apostrophe off again (unguardFormula), so a
// guarded value re-imports as it was. For that to be exact, a value that
// already starts with apostrophes before such a character ("'=x") gets one
// more too: any cell starting with apostrophes then a formula character was
// guarded, and exactly one apostrophe is the guard's.
class CsvWriter
{
public:
    // The device must be open for writing and stays owned by the caller.
    // The BOM is written at once, so even an empty export opens as UTF-8.
    explicit CsvWriter(QIODevice* device);
    ~CsvWriter(); // flushes
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Off only for files meant for this app alone (lossless round trip).
    void setFormulaGuard(bool enabled) { m_formulaGuard = enabled; }

    void writeRow(const QStringList& fields);
    // Writes what is buffered; false (see error()) when the device failed.
    bool flush();

    qint64 rowsWritten() const { return m_rows; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // True when value would run as a formula and is not number-like.
    static bool needsFormulaGuard(QStringView value);
    // True when the writer prefixes value with an apostrophe: value, after
    // any apostrophes it starts with, needs the guard.
    static bool isGuarded(QStringView value);
    // value, prefixed with an apostrophe when isGuarded(value).
    static QString guardFormula(const QString& value);
    // The inverse, for importers: a cell the writer guarded, without its
    // apostrophe; any other cell as it is (no copy).
    static QString unguardFormula(const QString& cell);
    // A whole document (BOM, rows, CRLF) in memory, guard on.
    static QByteArray toCsv(const QList<QStringList>& rows);

private:
    void appendField(const QString& field);

    QIODevice* m_device;
    QByteArray m_buf;  // rows pending a write; flushed past 64 KiB
    QByteArray m_utf8; // reused per-field encoding buffer
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    bool m_formulaGuard = true;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace hocvuso
