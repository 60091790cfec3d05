#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace hocvuso {

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

bool isNumberLikeTail(QStringView rest)
{
    for (const QChar c : rest) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || u == u' ' || u == u'.' || u == u',' || u == u'(' ||
                        u == u')' || u == u'+' || u == u'-' || u == u'/';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device) : m_device(device)
{
    m_buf.reserve(kFlushThreshold + 4096);
    m_buf.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::needsFormulaGuard(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // full-width = and @: some spreadsheets accept them too
    case 0xFF20:
        return true;
    case u'+':
    case u'-':
    case 0xFF0B:
    case 0xFF0D:
        return !isNumberLikeTail(value.mid(1));
    default:
        return false;
    }
}

bool CsvWriter::isGuarded(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    return needsFormulaGuard(value.sliced(i));
}

QString CsvWriter::guardFormula(const QString& value)
{
    if (!isGuarded(value))
        return value;
    return QLatin1Char('\'') + value;
}

QString CsvWriter::unguardFormula(const QString& cell)
{
    if (cell.isEmpty() || cell.front() != u'\'' || !isGuarded(cell))
        return cell;
    return cell.sliced(1);
}

void CsvWriter::appendField(const QString& field)
{
    const bool guard = m_formulaGuard && isGuarded(field);
    qsizetype needed = m_encoder.requiredSpace(field.size()) + (guard ? 1 : 0);
    if (m_utf8.size() < needed)
        m_utf8.resize(needed);
    char* const begin = m_utf8.data();
    char* end = begin;
    if (guard)
        *end++ = '\'';
    end = m_encoder.appendToBuffer(end, field);
    const qsizetype n = end - begin;

    bool quote = n > 0 && (begin[0] == ' ' || begin[0] == '\t' || end[-1] == ' ' || end[-1] == '\t');
    for (const char* p = begin; !quote && p < end; ++p)
        quote = *p == ',' || *p == '"' || *p == '\r' || *p == '\n';

    if (!quote) {
        m_buf.append(begin, n);
        return;
    }
    m_buf.append('"');
    for (const char* p = begin; p < end; ++p) {
        if (*p == '"')
            m_buf.append('"');
        m_buf.append(*p);
    }
    m_buf.append('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        // An empty line would be skipped by readers: keep the row visible.
        m_buf.append("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buf.append(',');
            appendField(fields.at(i));
        }
    }
    m_buf.append("\r\n");
    ++m_rows;
    if (m_buf.size() >= kFlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (hasError())
        return false;
    if (m_buf.isEmpty())
        return true;
    if (!m_device || !m_device->isWritable()) {
        m_error = QCoreApplication::translate("hocvuso::CsvWriter", "The file is not open for writing.");
        return false;
    }
    const qint64 written = m_device->write(m_buf);
    if (written != m_buf.size()) {
        m_error = QCoreApplication::translate("hocvuso::CsvWriter", "The file could not be written: %1")
                      .arg(m_device->errorString());
        return false;
    }
    m_buf.resize(0); // keeps the capacity (clear() would free it)
    return true;
}

QByteArray CsvWriter::toCsv(const QList<QStringList>& rows)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        for (const QStringList& row : rows)
            writer.writeRow(row);
    }
    return out;
}

} // namespace hocvuso
