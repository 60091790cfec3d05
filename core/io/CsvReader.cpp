#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <utility>

namespace hocvuso {

namespace {

constexpr qsizetype kChunkSize = qsizetype(1) << 20;
constexpr unsigned char kStopUnquoted = 1; // m_stop flags: bytes that end a run
constexpr unsigned char kStopQuoted = 2;

bool isAscii(const char* bytes, qsizetype len)
{
    unsigned char any = 0;
    for (qsizetype i = 0; i < len; ++i)
        any |= static_cast<unsigned char>(bytes[i]);
    return any < 0x80;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("hocvuso::CsvReader", text);
}

bool startsWith(const QByteArray& data, qsizetype pos, const char* prefix, qsizetype len)
{
    return data.size() - pos >= len && std::equal(prefix, prefix + len, data.constData() + pos);
}

} // namespace

bool CsvRow::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.isEmpty(); });
}

CsvReader::CsvReader(QIODevice* device) : m_device(device)
{
    m_spans.reserve(64);
}

CsvReader::CsvReader(const QByteArray& data) : m_buf(data), m_eof(true)
{
    m_spans.reserve(64);
}

void CsvReader::setSeparator(char separator)
{
    m_separator = separator;
}

void CsvReader::setError(ErrorKind kind, const QString& message)
{
    m_errorKind = kind;
    m_error = message;
}

// Appends the next chunk to m_buf, first dropping the bytes already parsed.
// The chunk is at least as big as the pending partial record, so a record
// rescanned after each refill costs linear time overall.
bool CsvReader::refill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype want = std::max(kChunkSize, m_buf.size());
    if (!m_device || !m_device->isReadable()) {
        m_eof = true;
        setError(ErrorKind::Device, tr("The file could not be read: it is not open."));
        return false;
    }

    QByteArray& target = m_utf16 ? m_raw : m_buf;
    const qsizetype old = m_utf16 ? 0 : target.size();
    target.resize(old + want);
    const qint64 got = m_device->read(target.data() + old, want);
    target.resize(old + std::max<qint64>(got, 0));
    if (got < 0) {
        m_eof = true;
        setError(ErrorKind::Device, tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    if (m_utf16)
        m_buf.append(QString(m_utf16Decoder.decode(m_raw)).toUtf8());
    return true;
}

// Reads until n bytes past m_pos are buffered or the data ends.
bool CsvReader::ensureAvailable(qsizetype n)
{
    while (m_buf.size() - m_pos < n && !m_eof)
        refill();
    return !hasError();
}

// First read: BOM, UTF-16 conversion and Excel's "sep=" line.
bool CsvReader::start()
{
    m_started = true;
    if (!ensureAvailable(3))
        return false;

    if (startsWith(m_buf, 0, "\xEF\xBB\xBF", 3)) {
        m_pos = 3;
    } else if (startsWith(m_buf, 0, "\xFF\xFE", 2) || startsWith(m_buf, 0, "\xFE\xFF", 2)) {
        // Excel's "Unicode text": convert to UTF-8 so one parser serves all.
        m_utf16 = true;
        const auto enc = m_buf.at(0) == '\xFF' ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        m_utf16Decoder = QStringDecoder(enc);
        m_buf = QString(m_utf16Decoder.decode(QByteArrayView(m_buf).sliced(2))).toUtf8();
        m_pos = 0;
    }

    // "sep=;" is how Excel is told the separator; it is not a record.
    if (!ensureAvailable(7)) // "sep=;\r\n"
        return false;
    if (startsWith(m_buf, m_pos, "sep=", 4) && m_buf.size() - m_pos >= 5) {
        qsizetype after = m_pos + 5;
        const char sep = m_buf.at(m_pos + 4);
        const bool lineEnds = after == m_buf.size() || m_buf.at(after) == '\n' || m_buf.at(after) == '\r';
        if (lineEnds && sep != '"' && sep != '\n' && sep != '\r') {
            if (m_separator == '\0')
                m_separator = sep;
            if (after < m_buf.size() && m_buf.at(after) == '\r')
                ++after;
            if (after < m_buf.size() && m_buf.at(after) == '\n')
                ++after;
            m_pos = after;
            ++m_line;
        }
    }
    return true;
}

// Detects the separator from the first non-empty line, outside quotes: the
// candidate it holds most of. A header whose names hold the other candidate
// ("Họ tên;Cán bộ, công chức;Học sinh, sinh viên") is told apart by the next
// line: the separator is the one candidate it holds as many of.
bool CsvReader::detectSeparator()
{
    for (;;) {
        SeparatorCounts header;
        const qsizetype next = countSeparators(m_pos, header);
        if (next < 0 && !m_eof) {
            refill();
            if (hasError())
                return false;
            continue;
        }
        char chosen = header.mostFrequent();
        if (header.kinds() > 1 && next >= 0) {
            SeparatorCounts row;
            if (countSeparators(next, row) < 0 && !m_eof) {
                refill();
                if (hasError())
                    return false;
                continue;
            }
            if (const char same = header.onlyOneAsManyIn(row))
                chosen = same;
        }
        m_separator = chosen;
        return true;
    }
}

// Counts the candidates from `from` to the end of its line, outside quotes;
// returns where the next line starts, or -1 when the buffer ends first.
qsizetype CsvReader::countSeparators(qsizetype from, SeparatorCounts& counts) const
{
    bool inQuotes = false;
    const char* data = m_buf.constData();
    const qsizetype size = m_buf.size();
    for (qsizetype p = from; p < size; ++p) {
        const char c = data[p];
        if (c == '"')
            inQuotes = !inQuotes; // "" toggles twice: still right
        else if (inQuotes)
            continue;
        else if (c == ',')
            ++counts.commas;
        else if (c == ';')
            ++counts.semicolons;
        else if (c == '\t')
            ++counts.tabs;
        else if (c == '\n')
            return p + 1;
        else if (c == '\r') {
            if (p + 1 >= size)
                return -1; // a CRLF may be split across chunks
            return data[p + 1] == '\n' ? p + 2 : p + 1;
        }
    }
    return -1;
}

int CsvReader::SeparatorCounts::kinds() const
{
    return int(commas > 0) + int(semicolons > 0) + int(tabs > 0);
}

char CsvReader::SeparatorCounts::mostFrequent() const
{
    if (tabs >= semicolons && tabs >= commas && tabs > 0)
        return '\t';
    if (semicolons >= commas && semicolons > 0)
        return ';';
    return ',';
}

char CsvReader::SeparatorCounts::onlyOneAsManyIn(const SeparatorCounts& row) const
{
    char found = '\0';
    int matches = 0;
    const std::pair<char, std::pair<int, int>> candidates[] = {
        {',', {commas, row.commas}}, {';', {semicolons, row.semicolons}}, {'\t', {tabs, row.tabs}}};
    for (const auto& [separator, counts] : candidates) {
        if (counts.first > 0 && counts.first == counts.second) {
            found = separator;
            ++matches;
        }
    }
    return matches == 1 ? found : '\0';
}

void CsvReader::buildStopTable()
{
    m_stop.fill(0);
    for (const char c : {m_separator, '\r', '\n'})
        m_stop[static_cast<unsigned char>(c)] |= kStopUnquoted;
    for (const char c : {'"', '\r', '\n'})
        m_stop[static_cast<unsigned char>(c)] |= kStopQuoted;
}

// Consumes empty lines at m_pos. False at end of data (or on an error).
bool CsvReader::skipEmptyLines()
{
    for (;;) {
        if (m_pos >= m_buf.size()) {
            if (m_eof || !refill())
                return false;
            continue;
        }
        const char c = m_buf.at(m_pos);
        if (c == '\n') {
            ++m_pos;
        } else if (c == '\r') {
            if (m_pos + 1 >= m_buf.size() && !m_eof) {
                refill(); // a CRLF split across chunks must count as one line
                if (hasError())
                    return false;
                continue;
            }
            m_pos += (m_pos + 1 < m_buf.size() && m_buf.at(m_pos + 1) == '\n') ? 2 : 1;
        } else {
            return true;
        }
        ++m_line;
        ++m_row;
    }
}

// Finds the fields of the record at m_pos without decoding anything, so a
// record cut by the end of the buffer is simply scanned again after refill.
CsvReader::Scan CsvReader::scanRecord(qsizetype& nextPos, qint64& newLines)
{
    const char* const data = m_buf.constData();
    const qsizetype size = m_buf.size();
    const char sep = m_separator;
    const unsigned char* const stop = m_stop.data();
    m_spans.clear();
    newLines = 0;
    qsizetype p = m_pos;

    for (;;) {
        Span span{p, p, Span::Plain};
        if (p < size && data[p] == '"') {
            span.kind = Span::Quoted;
            ++p;
            for (;;) {
                while (p < size && !(stop[static_cast<unsigned char>(data[p])] & kStopQuoted))
                    ++p;
                if (p >= size) {
                    if (!m_eof)
                        return Scan::NeedMore;
                    setError(ErrorKind::UnterminatedQuote,
                             tr("A quoted field is not closed: the record starting at line %1 "
                                "runs to the end of the file.")
                                 .arg(m_line));
                    return Scan::Error;
                }
                const char c = data[p];
                if (c == '"') {
                    if (p + 1 >= size && !m_eof)
                        return Scan::NeedMore;
                    if (p + 1 < size && data[p + 1] == '"') {
                        span.kind = Span::Escaped;
                        p += 2;
                        continue;
                    }
                    ++p; // closing quote
                    break;
                }
                if (c == '\n') {
                    ++newLines;
                } else if (c == '\r') {
                    if (p + 1 >= size && !m_eof)
                        return Scan::NeedMore;
                    if (p + 1 < size && data[p + 1] == '\n')
                        ++p;
                    ++newLines;
                }
                ++p;
            }
            // Text after the closing quote ("ab"c) is kept as literal text.
            if (p < size && data[p] != sep && data[p] != '\n' && data[p] != '\r')
                span.kind = Span::Escaped;
        }
        // Unquoted text (or the tail of a malformed quoted field): up to the
        // separator or the line end; quotes here are literal.
        while (p < size && !(stop[static_cast<unsigned char>(data[p])] & kStopUnquoted))
            ++p;
        span.end = p;
        m_spans.push_back(span);

        if (p >= size) {
            if (!m_eof)
                return Scan::NeedMore;
            nextPos = p;
            return Scan::Record;
        }
        if (data[p] == sep) {
            ++p;
            continue;
        }
        if (data[p] == '\r') {
            if (p + 1 >= size && !m_eof)
                return Scan::NeedMore;
            nextPos = (p + 1 < size && data[p + 1] == '\n') ? p + 2 : p + 1;
        } else {
            nextPos = p + 1;
        }
        ++newLines;
        return Scan::Record;
    }
}

// Decodes UTF-8 into dst, reusing its buffer when the caller no longer
// shares it: most rows then cost no allocation at all.
void CsvReader::decodeInto(QString& dst, const char* bytes, qsizetype len)
{
    if (!dst.isDetached())
        dst = QString();
    if (len == 0) {
        if (!dst.isNull())
            dst.resize(0); // a null string stays null: no allocation
        return;
    }
    dst.resize(len); // UTF-16 never needs more units than UTF-8 has bytes
    QChar* const begin = dst.data();
    // Most cells (dates, numbers, codes) are ASCII: widened in one loop,
    // without the decoder's per-call set-up (a profile showed it per cell).
    if (isAscii(bytes, len)) {
        for (qsizetype i = 0; i < len; ++i)
            begin[i] = QChar(char16_t(static_cast<unsigned char>(bytes[i])));
        return;
    }
    QChar* const end = m_utf8Decoder.appendToBuffer(begin, QByteArrayView(bytes, len));
    dst.truncate(end - begin);
}

void CsvReader::decodeSpan(const Span& span, QString& dst)
{
    const char* data = m_buf.constData();
    switch (span.kind) {
    case Span::Plain:
        decodeInto(dst, data + span.begin, span.end - span.begin);
        return;
    case Span::Quoted:
        decodeInto(dst, data + span.begin + 1, span.end - span.begin - 2);
        return;
    case Span::Escaped:
        // Slow path, same rules as scanRecord(): "" is a quote inside the
        // quotes; after the closing quote everything is literal.
        m_unescaped.resize(0); // clear() would free the capacity
        bool inQuotes = true;
        for (qsizetype p = span.begin + 1; p < span.end; ++p) {
            const char c = data[p];
            if (inQuotes && c == '"') {
                if (p + 1 < span.end && data[p + 1] == '"')
                    ++p;
                else {
                    inQuotes = false;
                    continue;
                }
            }
            m_unescaped.append(c);
        }
        decodeInto(dst, m_unescaped.constData(), m_unescaped.size());
        return;
    }
}

void CsvReader::decodeFields(QStringList& fields, int expectedCount)
{
    auto isEmpty = [](const Span& s) {
        return s.end - s.begin == (s.kind == Span::Quoted ? 2 : 0) && s.kind != Span::Escaped;
    };
    qsizetype count = qsizetype(m_spans.size());
    // A trailing separator (or a spreadsheet's wider used range) adds empty
    // fields past the header: dropping them loses nothing.
    while (expectedCount >= 0 && count > expectedCount && isEmpty(m_spans[count - 1]))
        --count;

    fields.resize(count); // keeps the list's capacity between rows
    QString* out = fields.data();
    for (qsizetype i = 0; i < count; ++i)
        decodeSpan(m_spans[i], out[i]);
}

bool CsvReader::readRecord(QStringList& fields, int expectedCount)
{
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    if (!skipEmptyLines())
        return false;
    if (m_separator == '\0' && !detectSeparator())
        return false;
    if (!m_stop[static_cast<unsigned char>(m_separator)])
        buildStopTable();

    for (;;) {
        qsizetype nextPos = 0;
        qint64 newLines = 0;
        const Scan result = scanRecord(nextPos, newLines);
        if (result == Scan::NeedMore) {
            refill();
            if (hasError())
                return false;
            continue;
        }
        m_recordLine = m_line;
        m_recordNumber = m_row;
        if (result == Scan::Error)
            return false;
        decodeFields(fields, expectedCount);
        m_pos = nextPos;
        m_line += newLines;
        ++m_row;
        return true;
    }
}

bool CsvReader::readHeader()
{
    if (!readRecord(m_header, -1)) {
        if (!hasError())
            setError(ErrorKind::EmptyFile, tr("The file is empty: it has no header row."));
        return false;
    }
    // Empty cells after the last column name ("Họ tên,Ngày sinh,,,").
    while (m_header.size() > 1 && m_header.constLast().isEmpty())
        m_header.removeLast();
    m_headerWidth = int(m_header.size());
    return true;
}

bool CsvReader::next(CsvRow& row)
{
    if (!readRecord(row.fields, m_headerWidth)) {
        row.fields.clear();
        return false;
    }
    row.lineNumber = m_recordLine;
    row.recordNumber = m_recordNumber;
    row.expectedFieldCount = m_headerWidth;
    return true;
}

} // namespace hocvuso
