#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <algorithm>
#include <catch2/catch.hpp>

using hocvuso::CsvReader;
using hocvuso::CsvRow;
using hocvuso::CsvWriter;

namespace {

// Readable failure output: every field in brackets, CR/LF made visible.
std::string dump(const QStringList& fields)
{
    QString out;
    for (QString f : fields) {
        f.replace(QLatin1String("\r"), QLatin1String("\\r"))
            .replace(QLatin1String("\n"), QLatin1String("\\n"));
        out += QLatin1Char('[') + f + QLatin1Char(']');
    }
    return out.toStdString();
}

#define CHECK_FIELDS(actual, ...)                                                                            \
    do {                                                                                                     \
        const QStringList expected_ = __VA_ARGS__;                                                           \
        INFO("actual:   " << dump(actual) << "\nexpected: " << dump(expected_));                             \
        CHECK((actual) == expected_);                                                                        \
    } while (0)

// All records after the header.
QList<QStringList> readAll(CsvReader& reader)
{
    QList<QStringList> rows;
    CsvRow row;
    while (reader.next(row))
        rows.append(row.fields);
    return rows;
}

QList<QStringList> readAll(const QByteArray& data, QStringList* header = nullptr)
{
    CsvReader reader(data);
    REQUIRE(reader.readHeader());
    if (header)
        *header = reader.header();
    QList<QStringList> rows = readAll(reader);
    REQUIRE_FALSE(reader.hasError());
    return rows;
}

// Hands out at most `step` bytes per read, so every chunk boundary case
// (inside a quote, between CR and LF, inside a UTF-8/UTF-16 character) occurs.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 reads = 0;

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        ++reads;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

QByteArray utf16le(const QString& s)
{
    QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return enc.encode(s);
}

} // namespace

TEST_CASE("CsvReader: UTF-8 with and without BOM give the same fields", "[csv]")
{
    const QByteArray body = "Họ và tên,Ngày sinh\r\nNguyễn Văn An,01/02/1990\r\nĐỗ Thị Bình,1985\r\n";
    for (const QByteArray& data : {body, QByteArray(QByteArray("\xEF\xBB\xBF") + body)}) {
        QStringList header;
        const auto rows = readAll(data, &header);
        CHECK_FIELDS(header, {QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh")});
        REQUIRE(rows.size() == 2);
        CHECK_FIELDS(rows[0], {QStringLiteral("Nguyễn Văn An"), QStringLiteral("01/02/1990")});
        CHECK_FIELDS(rows[1], {QStringLiteral("Đỗ Thị Bình"), QStringLiteral("1985")});
    }
}

TEST_CASE("CsvReader: UTF-16LE with BOM (Excel 'Unicode text') is decoded", "[csv]")
{
    const QString text = QStringLiteral("Họ và tên\tSố CCCD\r\nNguyễn Văn An\t001085012345\r\n"
                                        "\"Trần, Thị\r\nBình\"\t\r\n");
    const QByteArray data = utf16le(text);
    REQUIRE(data.startsWith("\xFF\xFE"));

    SECTION("from memory")
    {
        CsvReader reader(data);
        REQUIRE(reader.readHeader());
        CHECK(reader.wasUtf16());
        CHECK(reader.separator() == '\t');
        CHECK_FIELDS(reader.header(), {QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD")});
        const auto rows = readAll(reader);
        REQUIRE(rows.size() == 2);
        CHECK_FIELDS(rows[0], {QStringLiteral("Nguyễn Văn An"), QStringLiteral("001085012345")});
        CHECK_FIELDS(rows[1], {QStringLiteral("Trần, Thị\r\nBình"), QString()});
    }
    SECTION("from a device")
    {
        QByteArray copy = data;
        QBuffer buffer(&copy);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        REQUIRE(reader.readHeader());
        CHECK(reader.wasUtf16());
        const auto rows = readAll(reader);
        REQUIRE(rows.size() == 2);
        CHECK_FIELDS(rows[1], {QStringLiteral("Trần, Thị\r\nBình"), QString()});
    }
}

TEST_CASE("CsvReader: separator is detected from the header line", "[csv]")
{
    SECTION("semicolon (Vietnamese-locale Excel)")
    {
        CsvReader reader(QByteArray("Họ tên;Địa chỉ;Ghi chú\n\"Lê, Văn\";Thôn 1, xã A;1,5\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ';');
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields,
                     {QStringLiteral("Lê, Văn"), QStringLiteral("Thôn 1, xã A"), QStringLiteral("1,5")});
    }
    SECTION("tab")
    {
        CsvReader reader(QByteArray("a\tb,c\td\n1\t2,3\t4\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == '\t');
        CHECK_FIELDS(reader.header(), {"a", "b,c", "d"});
    }
    SECTION("comma, and separators inside quotes do not count")
    {
        CsvReader reader(QByteArray("\"x;y;z\",b\n1,2\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ',');
        CHECK_FIELDS(reader.header(), {"x;y;z", "b"});
    }
    SECTION("a header whose names hold commas is told apart by the next line")
    {
        // Fewer columns than commas in their names: the count alone says comma.
        CsvReader reader(QByteArray("Họ tên;Cán bộ, công chức, viên chức;Học sinh, sinh viên\r\nAn;x;\r\nBình;;x\r\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ';');
        CHECK_FIELDS(reader.header(), {QStringLiteral("Họ tên"), QStringLiteral("Cán bộ, công chức, viên chức"),
                                       QStringLiteral("Học sinh, sinh viên")});
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"An", "x", ""});
    }
    SECTION("the same for commas in semicolon-named headers, and a tie keeps the majority rule")
    {
        CsvReader commas(QByteArray("a;b;c,d\n1,2\n"));
        REQUIRE(commas.readHeader());
        CHECK(commas.separator() == ',');
        CsvReader tie(QByteArray("a;b,c;d\n1;2,3;4\n"));
        REQUIRE(tie.readHeader());
        CHECK(tie.separator() == ';');
    }
    SECTION("a single column defaults to comma")
    {
        CsvReader reader(QByteArray("Họ tên\nAn\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ',');
    }
    SECTION("Excel's sep= line is honoured and is not the header")
    {
        CsvReader reader(QByteArray("sep=;\r\na,b;c\r\n1,5;2\r\n"));
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ';');
        CHECK_FIELDS(reader.header(), {"a,b", "c"});
        CHECK(reader.lineNumber() == 2);
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"1,5", "2"});
    }
    SECTION("setSeparator forces it")
    {
        CsvReader reader(QByteArray("a;b,c\n"));
        reader.setSeparator(',');
        REQUIRE(reader.readHeader());
        CHECK_FIELDS(reader.header(), {"a;b", "c"});
    }
}

TEST_CASE("CsvReader: quoting, escapes and embedded new lines", "[csv]")
{
    const QByteArray data = "name,note,phone\r\n"
                            "\"Nguyễn, An\",\"Anh nói \"\"xin chào\"\"\",0912\r\n"
                            "\"Bình\",\"dòng 1\r\ndòng 2\ndòng 3\",\"\"\r\n"
                            "\"\"\"\",\"\",x\r\n"
                            "Chi,plain,+84 912 345 678\r\n";
    CsvReader reader(data);
    REQUIRE(reader.readHeader());
    CHECK(reader.lineNumber() == 1);
    CHECK(reader.recordNumber() == 1);
    CsvRow row;

    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {QStringLiteral("Nguyễn, An"), QStringLiteral("Anh nói \"xin chào\""), "0912"});
    CHECK(row.lineNumber == 2);
    CHECK(row.recordNumber == 2);
    CHECK_FALSE(row.hasFieldCountMismatch());

    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {QStringLiteral("Bình"), QStringLiteral("dòng 1\r\ndòng 2\ndòng 3"), QString()});
    CHECK(row.lineNumber == 3);
    CHECK(reader.lineNumber() == 3);
    CHECK(row.recordNumber == 3);

    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {"\"", QString(), "x"});
    CHECK(row.lineNumber == 6); // the quoted field above spans lines 3-5
    CHECK(row.recordNumber == 4);

    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {"Chi", "plain", "+84 912 345 678"});
    CHECK(row.lineNumber == 7);
    CHECK(row.recordNumber == 5);

    CHECK_FALSE(reader.next(row));
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("CsvReader: CR, LF and CRLF line endings", "[csv]")
{
    const QList<QStringList> expected = {{"1", "2"}, {"3", QStringLiteral("x\ry")}};
    SECTION("CR only (old Mac Excel)")
    {
        QStringList header;
        CHECK(readAll(QByteArray("a,b\r1,2\r3,\"x\ry\"\r"), &header) == expected);
        CHECK_FIELDS(header, {"a", "b"});
    }
    SECTION("LF")
    {
        CHECK(readAll(QByteArray("a,b\n1,2\n3,\"x\ry\"\n")) == expected);
    }
    SECTION("CRLF, mixed, no final line end")
    {
        CHECK(readAll(QByteArray("a,b\r\n1,2\n3,\"x\ry\"")) == expected);
    }
    SECTION("CR-only line numbers")
    {
        CsvReader reader(QByteArray("a,b\r1,2\r\r3,4\r"));
        REQUIRE(reader.readHeader());
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK(row.lineNumber == 2);
        REQUIRE(reader.next(row));
        CHECK(row.lineNumber == 4);
        CHECK(row.recordNumber == 4);
    }
}

TEST_CASE("CsvReader: empty lines, trailing separators, field counts", "[csv]")
{
    SECTION("trailing empty lines are ignored")
    {
        CHECK(readAll(QByteArray("a,b\r\n1,2\r\n\r\n\r\n\n")) == QList<QStringList>{{"1", "2"}});
    }
    SECTION("an empty line in the middle is skipped but still counted")
    {
        CsvReader reader(QByteArray("a,b\n1,2\n\n3,4\n"));
        REQUIRE(reader.readHeader());
        CsvRow row;
        REQUIRE(reader.next(row));
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"3", "4"});
        CHECK(row.lineNumber == 4);
        CHECK(row.recordNumber == 4);
    }
    SECTION("a trailing separator on the header and on rows is tolerated")
    {
        QStringList header;
        const auto rows = readAll(QByteArray("a,b,\r\n1,2,\r\n3,4\r\n5,,\r\n6,7,,,\r\n"), &header);
        CHECK_FIELDS(header, {"a", "b"});
        CHECK(rows == QList<QStringList>{{"1", "2"}, {"3", "4"}, {"5", QString()}, {"6", "7"}});
    }
    SECTION("a different number of fields is reported with the count")
    {
        CsvReader reader(QByteArray("a,b,c\n1,2\n1,2,3,4\n1,2,3\n,,\n"));
        REQUIRE(reader.readHeader());
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK(row.hasFieldCountMismatch());
        CHECK(row.fieldCount() == 2);
        CHECK(row.expectedFieldCount == 3);
        CHECK(row.value(2) == QString());
        REQUIRE(reader.next(row));
        CHECK(row.hasFieldCountMismatch());
        CHECK(row.fieldCount() == 4);
        CHECK(row.value(3) == QStringLiteral("4"));
        REQUIRE(reader.next(row));
        CHECK_FALSE(row.hasFieldCountMismatch());
        CHECK_FALSE(row.isBlank());
        REQUIRE(reader.next(row));
        CHECK(row.fieldCount() == 3);
        CHECK(row.isBlank());
    }
    SECTION("without readHeader every record is a row, sizes as found")
    {
        CsvReader reader(QByteArray("a,b,\n1\n"));
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"a", "b", QString()});
        CHECK(row.expectedFieldCount == -1);
        CHECK_FALSE(row.hasFieldCountMismatch());
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"1"});
    }
}

TEST_CASE("CsvReader: malformed quotes", "[csv]")
{
    SECTION("a quote inside an unquoted field is literal")
    {
        CHECK(readAll(QByteArray("a,b\nabc\"def,5\"\n")) == QList<QStringList>{{"abc\"def", "5\""}});
    }
    SECTION("text after a closing quote is kept")
    {
        CHECK(readAll(QByteArray("a,b\n\"ab\"cd,\"x\"\"y\"z\"\n")) ==
              QList<QStringList>{{"abcd", "x\"yz\""}});
    }
    SECTION("an unterminated quote names the line where its record started")
    {
        CsvReader reader(QByteArray("a,b\n1,2\n\n3,\"open\nstill open\n"));
        REQUIRE(reader.readHeader());
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FALSE(reader.next(row));
        CHECK(reader.hasError());
        CHECK(reader.errorKind() == CsvReader::ErrorKind::UnterminatedQuote);
        CHECK(reader.lineNumber() == 4);
        CHECK(reader.error().contains(QLatin1String("line 4")));
        CHECK_FALSE(reader.next(row)); // stays failed
    }
    SECTION("an empty file has no header")
    {
        for (const QByteArray& data : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n")}) {
            CsvReader reader(data);
            CHECK_FALSE(reader.readHeader());
            CHECK(reader.errorKind() == CsvReader::ErrorKind::EmptyFile);
        }
    }
}

TEST_CASE("CsvReader: text is passed through as given", "[csv]")
{
    // NFD "Nguyễn" (e + combining circumflex + combining tilde): the reader
    // does not normalise; the importer does.
    const QString nfd = QStringLiteral("Nguye\u0302\u0303n");
    const QByteArray data = QByteArray("name\n" + nfd.toUtf8() + "\n  spaced  \n");
    const auto rows = readAll(data);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].at(0) == nfd);
    CHECK(rows[0].at(0).toUtf8() == nfd.toUtf8());
    CHECK(rows[0].at(0) != nfd.normalized(QString::NormalizationForm_C));
    CHECK(rows[1].at(0) == QStringLiteral("  spaced  "));

    SECTION("bytes that are not UTF-8 are flagged")
    {
        CsvReader reader(QByteArray("name\nNguy\xEA\xDE n\n")); // Windows-1258-ish bytes
        REQUIRE(reader.readHeader());
        CHECK_FALSE(reader.sawInvalidUtf8());
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK(reader.sawInvalidUtf8());
    }
}

TEST_CASE("CsvReader: ASCII and non-ASCII cells decode alike in a reused row", "[csv]")
{
    // ASCII cells take a shortcut past the UTF-8 decoder; the same row (and
    // its strings) is reused from record to record, so a short ASCII cell
    // after a longer Vietnamese one must not keep the old tail.
    const QString name = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    const QByteArray data = "name,code\n" + name.toUtf8() + ",0912345678\nAn,\x7F\x01~\nLê Văn Tám,Ấp 3\n";
    CsvReader reader(data);
    REQUIRE(reader.readHeader());
    CsvRow row;
    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {name, QStringLiteral("0912345678")});
    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {QStringLiteral("An"), QString::fromLatin1("\x7F\x01~")});
    CHECK(row.fields.at(0).size() == 2);
    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {QStringLiteral("Lê Văn Tám"), QStringLiteral("Ấp 3")});
    CHECK_FALSE(reader.sawInvalidUtf8());

    SECTION("a lone byte of 0x80 or more is still flagged")
    {
        CsvReader bad(QByteArray("code\nA\x80" "B\n"));
        REQUIRE(bad.readHeader());
        CsvRow r;
        REQUIRE(bad.next(r));
        CHECK(bad.sawInvalidUtf8());
    }
}

TEST_CASE("CsvReader: a device is read in chunks with the same result", "[csv]")
{
    // > 2 MiB so records, quoted new lines and CRLF pairs straddle chunk
    // boundaries; "Nguyễn" makes multi-byte characters straddle them too.
    QByteArray data = "\xEF\xBB\xBF"
                      "id;Họ và tên;ghi chú\r\n";
    for (int i = 0; i < 40000; ++i) {
        data += QByteArray::number(i) + ";Nguyễn Văn " + QByteArray::number(i) + ";\"a;\"\"b\"\"\r\nc\"\r\n";
        if (i % 1000 == 0)
            data += "\r\n";
    }
    QByteArray copy = data;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader fromDevice(&buffer);
    CsvReader fromMemory(data);
    REQUIRE(fromDevice.readHeader());
    REQUIRE(fromMemory.readHeader());
    CHECK(fromDevice.header() == fromMemory.header());
    CHECK(fromDevice.separator() == ';');

    CsvRow a, b, last;
    int count = 0;
    bool same = true;
    while (fromMemory.next(a)) {
        REQUIRE(fromDevice.next(b));
        same =
            same && a.fields == b.fields && a.lineNumber == b.lineNumber && a.recordNumber == b.recordNumber;
        if (++count == 40000)
            last = a;
    }
    CHECK(same);
    CHECK_FALSE(fromDevice.next(b));
    CHECK_FALSE(fromDevice.hasError());
    CHECK(count == 40000);
    CHECK(a.fields.isEmpty()); // cleared at the end
    CHECK_FIELDS(last.fields, {"39999", QStringLiteral("Nguyễn Văn 39999"), QStringLiteral("a;\"b\"\r\nc")});
    // 1 header line, 2 lines per record, 40 empty lines.
    CHECK(last.lineNumber == 1 + 2 * 39999 + 40 + 1);
    CHECK(last.recordNumber == 1 + 39999 + 40 + 1);
}

TEST_CASE("CsvReader: any chunk boundary gives the same records", "[csv]")
{
    const QByteArray utf8 = "\xEF\xBB\xBFHọ tên;Ghi chú;\r\n"
                            "\"Nguyễn\r\nVăn\";\"a\"\"b\";\r\n\r\n"
                            "Đỗ\";x\"y\"z\rQuý;\"\"\r\n"
                            "\"\";\"\"\"\"\n"
                            "last;\"ends\"";
    const QList<QStringList> expected = {
        {QStringLiteral("Nguyễn\r\nVăn"), QStringLiteral("a\"b")},
        {QStringLiteral("Đỗ\""), QStringLiteral("x\"y\"z")},
        {QStringLiteral("Quý"), QString()},
        {QString(), QStringLiteral("\"")},
        {QStringLiteral("last"), QStringLiteral("ends")},
    };
    const QList<qint64> expectedLines = {2, 5, 6, 7, 8};
    const QByteArray utf16 = utf16le(QString::fromUtf8(utf8.mid(3)));

    for (const QByteArray& data : {utf8, utf16}) {
        for (const qint64 step : {1, 2, 3, 5, 7, 64}) {
            INFO("step " << step << (data == utf16 ? " UTF-16" : " UTF-8"));
            TrickleDevice device(data, step);
            CsvReader reader(&device);
            REQUIRE(reader.readHeader());
            CHECK(reader.separator() == ';');
            CHECK_FIELDS(reader.header(), {QStringLiteral("Họ tên"), QStringLiteral("Ghi chú")});
            CsvRow row;
            QList<QStringList> rows;
            QList<qint64> lines;
            while (reader.next(row)) {
                rows.append(row.fields);
                lines.append(row.lineNumber);
            }
            CHECK_FALSE(reader.hasError());
            CHECK(rows == expected);
            CHECK(lines == expectedLines);
            CHECK(device.reads > data.size() / step);
        }
    }
}

TEST_CASE("CsvReader: BOM and sep= line split across reads", "[csv]")
{
    for (const qint64 step : {1, 2, 3, 4, 5, 6, 7, 8}) {
        INFO("step " << step);
        TrickleDevice device(QByteArray("\xEF\xBB\xBFsep=;\r\na,b;c\r\n1;2"), step);
        CsvReader reader(&device);
        REQUIRE(reader.readHeader());
        CHECK(reader.separator() == ';');
        CHECK_FIELDS(reader.header(), {"a,b", "c"});
        CHECK(reader.lineNumber() == 2);
        CsvRow row;
        REQUIRE(reader.next(row));
        CHECK_FIELDS(row.fields, {"1", "2"});

        // Not a sep= line: "sep=;x" is an ordinary header.
        TrickleDevice other(QByteArray("sep=;x,y,z\n1,2,3\n"), step);
        CsvReader plain(&other);
        REQUIRE(plain.readHeader());
        CHECK(plain.separator() == ',');
        CHECK_FIELDS(plain.header(), {"sep=;x", "y", "z"});
    }
}

TEST_CASE("CsvReader: a row kept by the caller is not overwritten", "[csv]")
{
    CsvReader reader(QByteArray("a,b\nfirst,1\nsecond,2\nthird,3\n"));
    REQUIRE(reader.readHeader());
    CsvRow row;
    REQUIRE(reader.next(row));
    const QStringList kept = row.fields;
    const QString keptField = row.fields.at(0);
    REQUIRE(reader.next(row));
    CHECK_FIELDS(row.fields, {"second", "2"});
    CsvRow other = row;
    REQUIRE(reader.next(row));
    CHECK_FIELDS(kept, {"first", "1"});
    CHECK(keptField == QStringLiteral("first"));
    CHECK_FIELDS(other.fields, {"second", "2"});
    CHECK_FIELDS(row.fields, {"third", "3"});
}

TEST_CASE("CsvWriter: BOM, CRLF, quoting", "[csv]")
{
    const QByteArray out = CsvWriter::toCsv({
        {QStringLiteral("Họ và tên"), QStringLiteral("Ghi chú")},
        {QStringLiteral("Nguyễn, An"), QStringLiteral("nói \"chào\"")},
        {QStringLiteral("dòng 1\ndòng 2"), QStringLiteral(" lề ")},
        {QString(), QStringLiteral("a;b")},
    });
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Họ và tên,Ghi chú\r\n"
                                "\"Nguyễn, An\",\"nói \"\"chào\"\"\"\r\n"
                                "\"dòng 1\ndòng 2\",\" lề \"\r\n"
                                ",a;b\r\n";
    CHECK(out == expected);
    CHECK(CsvWriter::toCsv({}) == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("CsvWriter: formula-injection guard", "[csv]")
{
    // Would run as formulas: prefixed with an apostrophe.
    CHECK(CsvWriter::guardFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("+cmd|' /C calc'!A0")) ==
          QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("-A1")) == QStringLiteral("'-A1"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("-2+SUM(A1:A9)")) == QStringLiteral("'-2+SUM(A1:A9)"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("- Hộ nghèo")) == QStringLiteral("'- Hộ nghèo"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("\uFF1D1+1")) == QStringLiteral("'\uFF1D1+1"));

    // Number-like: phone numbers, negative numbers, placeholders stay as they are.
    for (const char* keep : {"+84912345678", "+84 912 345 678", "+84 (24) 3822-1234", "-5", "-1,5", "-1.5",
                             "-", "--", "+", "0912345678", "Nguyễn Văn An", "a=b", ""}) {
        const QString value = QString::fromUtf8(keep);
        INFO(keep);
        CHECK_FALSE(CsvWriter::needsFormulaGuard(value));
        CHECK(CsvWriter::guardFormula(value) == value);
    }

    SECTION("applied when writing, and can be turned off")
    {
        CHECK(CsvWriter::toCsv({{"=1+1", "+84912345678", "-x"}}) ==
              QByteArray("\xEF\xBB\xBF'=1+1,+84912345678,'-x\r\n"));
        QByteArray out;
        QBuffer buffer(&out);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.setFormulaGuard(false);
        writer.writeRow({"=1+1", "-x"});
        REQUIRE(writer.flush());
        CHECK(out == QByteArray("\xEF\xBB\xBF=1+1,-x\r\n"));
        CHECK(writer.rowsWritten() == 1);
    }
}

TEST_CASE("CsvWriter then CsvReader round trip", "[csv]")
{
    const QList<QStringList> rows = {
        {QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"), QStringLiteral("Điện thoại"),
         QStringLiteral("Ghi chú")},
        {QStringLiteral("Nguyễn Văn An"), QStringLiteral("001085012345"), QStringLiteral("+84 912 345 678"),
         QStringLiteral("Hộ \"cận nghèo\", thôn 3")},
        {QStringLiteral("Đặng Thị Ngọc Ánh"), QString(), QStringLiteral("0912345678"),
         QStringLiteral("dòng 1\r\ndòng 2\ndòng 3\r")},
        {QStringLiteral(" Lê  Văn Bình "), QStringLiteral("\"\""), QStringLiteral("-"),
         QStringLiteral(";\t,")},
        {QString(), QString(), QString(), QString()},
        {QStringLiteral("Nguye\u0302\u0303n"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
    };
    const QByteArray csv = CsvWriter::toCsv(rows);

    CsvReader reader(csv);
    REQUIRE(reader.readHeader());
    CHECK(reader.separator() == ',');
    CHECK_FIELDS(reader.header(), rows[0]);
    const auto back = readAll(reader);
    CHECK_FALSE(reader.hasError());
    REQUIRE(back.size() == rows.size() - 1);
    for (int i = 1; i < rows.size(); ++i)
        CHECK_FIELDS(back[i - 1], rows[i]);

    SECTION("a single empty field survives as a row")
    {
        const QByteArray one = CsvWriter::toCsv({{"name"}, {QString()}, {"x"}});
        CHECK(one == QByteArray("\xEF\xBB\xBFname\r\n\"\"\r\nx\r\n"));
        CHECK(readAll(one) == QList<QStringList>{{QString()}, {"x"}});
    }
}

TEST_CASE("CsvWriter: a guarded cell reads back as the value it guards", "[csv]")
{
    // The importer takes the guard's apostrophe off again, so an export
    // re-imports unchanged. A value that itself starts with apostrophes
    // before a formula character gets one more, so none is ever lost.
    for (const char* value : {"=1+1", "-A1", "@cmd", "'=1+1", "''-A1", "'", "'abc", "'+84912345678", "it's",
                              "+84 912 345 678", "Nguyễn Văn An", ""}) {
        const QString v = QString::fromUtf8(value);
        INFO(value);
        const QString written = CsvWriter::guardFormula(v);
        CHECK(CsvWriter::unguardFormula(written) == v);
        // What Excel would run is never written.
        CHECK_FALSE(CsvWriter::needsFormulaGuard(written));
    }
    CHECK(CsvWriter::guardFormula(QStringLiteral("'=1+1")) == QStringLiteral("''=1+1"));
    CHECK(CsvWriter::guardFormula(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    // Typed by a person: an apostrophe before text that is no formula stays.
    CHECK(CsvWriter::unguardFormula(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    CHECK(CsvWriter::unguardFormula(QStringLiteral("'0912345678")) == QStringLiteral("'0912345678"));
    CHECK(CsvWriter::toCsv({{"'=x"}}) == QByteArray("\xEF\xBB\xBF''=x\r\n"));
}
