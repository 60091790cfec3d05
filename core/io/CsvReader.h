#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <array>
#include <vector>

class QIODevice;

namespace hocvuso {

// One record as the reader returns it. The reader reuses the row's list and
// strings, so keep passing the same CsvRow to next() to avoid heap churn.
// Keeping a copy of fields is safe: the reader then allocates fresh strings.
struct CsvRow
{
    QStringList fields;
    qint64 lineNumber = 0;       // physical line (1-based) where the record starts
    qint64 recordNumber = 0;     // row number a spreadsheet shows (header is 1)
    int expectedFieldCount = -1; // header width, -1 when no header was read

    int fieldCount() const { return int(fields.size()); }
    // The record does not have as many fields as the header: the importer decides.
    bool hasFieldCountMismatch() const
    {
        return expectedFieldCount >= 0 && fields.size() != expectedFieldCount;
    }
    // Every field empty, e.g. ",,,," for a blank spreadsheet row.
    bool isBlank() const;
    // Field i, or an empty string when the record is too short.
    QString value(int i) const { return i >= 0 && i < fields.size() ? fields.at(i) : QString(); }
};

// Streaming CSV reader for the files Excel and LibreOffice export.
//
// - Encoding: UTF-8 with or without BOM; UTF-16LE/BE with BOM (Excel's
//   "Unicode text") is converted to UTF-8 while reading. Fields are decoded
//   as given: no trimming, no Unicode normalisation (the importer's job).
// - Separator: ',', ';' or '\t', detected on the header line outside quotes
//   (most frequent wins; ties prefer tab, then ';', then ','). An Excel
//   "sep=;" first line is honoured and skipped. setSeparator() forces one.
// - RFC 4180 quoting, "" escapes, separators and new lines inside quotes
//   (kept byte for byte, CRLF stays CRLF). CRLF, LF and CR line endings.
// - Tolerated: a quote inside an unquoted field, or text after a closing
//   quote, is literal; empty lines are skipped (they still count in
//   lineNumber() and recordNumber()); empty fields past the header width
//   (a trailing separator) are dropped, as are empty trailing header cells.
// - Error: a quote left open at end of file, naming the line where its
//   record started.
//
// Speed (~0.2 s for 300,000 rows / 49 MB): a byte-level state machine finds
// the fields, then each is UTF-8 decoded once, straight into the QString the
// row already holds, so a row the caller did not keep costs no allocation.
// A device is read in 1 MiB chunks: a large file is never held as QStrings.
// Empty fields are empty strings, not necessarily null ones.
class CsvReader
{
public:
    enum class ErrorKind
    {
        None,
        UnterminatedQuote,
        EmptyFile,
        Device
    };

    // The device must be open and stays owned by the caller. Reading a
    // sequential device stops at the first read that returns no data.
    explicit CsvReader(QIODevice* device);
    explicit CsvReader(const QByteArray& data);

    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Forces the separator; call before the first read.
    void setSeparator(char separator);

    // Reads the first record as the header; call it first. False on an empty
    // file (EmptyFile) or an error. Afterwards rows report expectedFieldCount.
    bool readHeader();
    const QStringList& header() const { return m_header; }

    // Reads the next record into row. False at the end of the data or on an
    // error: check hasError().
    bool next(CsvRow& row);

    // Where the record last read (or failed) started: 1-based physical line.
    qint64 lineNumber() const { return m_recordLine; }
    // Row number of that record as a spreadsheet shows it: header = 1, each
    // record and each skipped empty line is one row. Differs from
    // lineNumber() when fields contain new lines.
    qint64 recordNumber() const { return m_recordNumber; }

    bool hasError() const { return m_errorKind != ErrorKind::None; }
    ErrorKind errorKind() const { return m_errorKind; }
    QString error() const { return m_error; }

    // The separator in use ('\0' until the first read detects it).
    char separator() const { return m_separator; }
    // A BOM said the file is UTF-16; its text was converted to UTF-8.
    bool wasUtf16() const { return m_utf16; }
    // Some field held bytes that are not UTF-8 (shown as U+FFFD): likely an
    // ANSI/TCVN3 export; the importer should ask for "CSV UTF-8".
    bool sawInvalidUtf8() const { return m_utf8Decoder.hasError(); }

private:
    // A field as byte offsets into m_buf, before decoding.
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        // Quoted: "text" as is; Escaped: holds "" or text after the closing quote.
        enum Kind : unsigned char
        {
            Plain,
            Quoted,
            Escaped
        };
        Kind kind;
    };
    enum class Scan
    {
        Record,
        NeedMore,
        Error
    };

    bool start();
    bool refill();
    bool ensureAvailable(qsizetype n);
    bool detectSeparator();
    struct SeparatorCounts
    {
        int commas = 0, semicolons = 0, tabs = 0;
        int kinds() const;
        char mostFrequent() const;
        char onlyOneAsManyIn(const SeparatorCounts& row) const; // '\0' when none or several
    };
    qsizetype countSeparators(qsizetype from, SeparatorCounts& counts) const;
    bool skipEmptyLines();
    bool readRecord(QStringList& fields, int expectedCount);
    Scan scanRecord(qsizetype& nextPos, qint64& newLines);
    void buildStopTable();
    void decodeFields(QStringList& fields, int expectedCount);
    void decodeSpan(const Span& span, QString& dst);
    void decodeInto(QString& dst, const char* bytes, qsizetype len);
    void setError(ErrorKind kind, const QString& message);

    QIODevice* m_device = nullptr;
    QByteArray m_buf; // UTF-8 bytes; m_buf[m_pos] is the next unread byte
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;

    bool m_utf16 = false;
    QStringDecoder m_utf16Decoder; // stateful: a code unit may straddle chunks
    QByteArray m_raw;              // reused chunk buffer for UTF-16 input

    char m_separator = '\0';
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_row = 1;  // spreadsheet row at m_pos
    qint64 m_recordLine = 0;
    qint64 m_recordNumber = 0;
    QStringList m_header;
    int m_headerWidth = -1;

    std::vector<Span> m_spans; // reused for every record
    QByteArray m_unescaped;    // reused for fields with "" escapes

    std::array<unsigned char, 256> m_stop{}; // per byte: ends an unquoted/quoted run
    // Stateless: each field is whole. Its error flag is sticky, which is
    // what sawInvalidUtf8() reports. A BOM inside a field is kept as data.
    QStringDecoder m_utf8Decoder{QStringDecoder::Utf8,
                                 QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    ErrorKind m_errorKind = ErrorKind::None;
    QString m_error;
};

} // namespace hocvuso
