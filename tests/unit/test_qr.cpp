#include "core/id/CccdQr.h"

#include "StdStrings.h"

#include <catch2/catch.hpp>

using hocvuso::test::u8;
using namespace hocvuso::id;

namespace {

std::string iso(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

const QDate kToday(2025, 5, 10);

QString qr(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("parseCccdQr reads the standard 7-field code", "[qr]")
{
    // As a keyboard-wedge scanner types it: Enter (CR LF) at the end.
    const CccdQr r = parseCccdQr(qr("001085012345|123456789|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hoàn "
                                    "Kiếm, Hà Nội|10052021\r\n"),
                                 kToday);
    CHECK(r.ok);
    CHECK(u8(r.error) == "");
    CHECK(r.warnings.isEmpty());
    CHECK(r.fieldCount == 7);
    CHECK(u8(r.cccd) == "001085012345");
    CHECK(u8(r.oldId) == "123456789");
    CHECK(u8(r.fullName) == "Nguyễn Văn An");
    CHECK(iso(r.birthDate) == "1985-03-15");
    CHECK(r.sex.toLatin1() == 'M');
    CHECK(u8(r.address) == "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
    CHECK(iso(r.issueDate) == "2021-05-10");
}

TEST_CASE("parseCccdQr tolerates scanner noise and decomposed text", "[qr]")
{
    const QString name = QStringLiteral("Trần Thị Bình").normalized(QString::NormalizationForm_D);
    const QString sex = QStringLiteral("Nữ").normalized(QString::NormalizationForm_D);
    const QString scan = QStringLiteral("\t 079303001234||") + name + QStringLiteral("|20012003|") + sex +
                         QStringLiteral("| Quận 1,  TP Hồ Chí Minh |01072021\t\r");
    const CccdQr r = parseCccdQr(scan, kToday);
    CHECK(r.ok);
    CHECK(r.warnings.isEmpty());
    CHECK(u8(r.cccd) == "079303001234");
    CHECK(u8(r.oldId) == "");
    CHECK(u8(r.fullName) == "Trần Thị Bình"); // NFC
    CHECK(r.sex.toLatin1() == 'F');
    CHECK(iso(r.birthDate) == "2003-01-20");
    CHECK(u8(r.address) == "Quận 1, TP Hồ Chí Minh");
    CHECK(iso(r.issueDate) == "2021-07-01");
}

TEST_CASE("parseCccdQr accepts the spellings of 'Nữ'", "[qr]")
{
    for (const char* sex : {"Nữ", "NỮ", "nữ", "Nu", "NU"}) {
        INFO(sex);
        const CccdQr r = parseCccdQr(
            qr("079303001234||Trần Thị Bình|20012003|") + qr(sex) + qr("|TP Hồ Chí Minh|01072021"), kToday);
        CHECK(r.ok);
        CHECK(r.sex.toLatin1() == 'F');
    }
    const CccdQr male = parseCccdQr(qr("001085012345||Nguyễn Văn An|15031985|NAM|Hà Nội|10052021"), kToday);
    CHECK(male.sex.toLatin1() == 'M');
}

TEST_CASE("parseCccdQr reads the 6-field code without the old number", "[qr]")
{
    const CccdQr r =
        parseCccdQr(qr("079303001234|Trần Thị Bình|20012003|Nữ|TP Hồ Chí Minh|01072021"), kToday);
    CHECK(r.ok);
    CHECK(r.fieldCount == 6);
    CHECK(u8(r.oldId) == "");
    CHECK(u8(r.fullName) == "Trần Thị Bình");
    CHECK(iso(r.birthDate) == "2003-01-20");
    CHECK(r.sex.toLatin1() == 'F');
    CHECK(u8(r.address) == "TP Hồ Chí Minh");
    CHECK(iso(r.issueDate) == "2021-07-01");
}

TEST_CASE("parseCccdQr reads the 6-field code without the issue date", "[qr]")
{
    const CccdQr r = parseCccdQr(qr("001085012345|123456789|Nguyễn Văn An|15031985|Nam|Hà Nội"), kToday);
    CHECK(r.ok);
    CHECK(u8(r.oldId) == "123456789");
    CHECK(u8(r.fullName) == "Nguyễn Văn An");
    CHECK(u8(r.address) == "Hà Nội");
    CHECK(r.issueDate.isNull());

    const CccdQr noOld = parseCccdQr(qr("001085012345||Nguyễn Văn An|15031985|Nam|Hà Nội"), kToday);
    CHECK(noOld.ok);
    CHECK(u8(noOld.fullName) == "Nguyễn Văn An");
    CHECK(noOld.issueDate.isNull());
}

TEST_CASE("parseCccdQr ignores fields after the 7th", "[qr]")
{
    const CccdQr r = parseCccdQr(
        qr("001085012345|123456789|Nguyễn Văn An|15031985|Nam|Hà Nội|10052021|Nguyễn Văn Bình|Lê Thị Cúc"),
        kToday);
    CHECK(r.ok);
    CHECK(r.fieldCount == 9);
    CHECK(u8(r.fullName) == "Nguyễn Văn An");
    CHECK(u8(r.address) == "Hà Nội");
    CHECK(iso(r.issueDate) == "2021-05-10");

    const CccdQr empty8 =
        parseCccdQr(qr("001085012345||Nguyễn Văn An|15031985|Nam|Hà Nội|10052021|"), kToday);
    CHECK(empty8.ok);
    CHECK(empty8.fieldCount == 8);
    CHECK(iso(empty8.issueDate) == "2021-05-10");
}

TEST_CASE("parseCccdQr warns when the CCCD digits disagree with sex or birth year", "[qr]")
{
    const CccdQr sex = parseCccdQr(qr("001085012345||Nguyễn Thị An|15031985|Nữ|Hà Nội|10052021"), kToday);
    CHECK(sex.ok);
    CHECK(u8(sex.warnings) ==
          std::vector<std::string>{
              "CCCD 001085012345: the 4th digit says male born 1900–1999 but the resident is female"});

    const CccdQr year = parseCccdQr(qr("001085012345||Nguyễn Văn An|15031986|Nam|Hà Nội|10052021"), kToday);
    CHECK(year.ok);
    CHECK(u8(year.warnings) ==
          std::vector<std::string>{
              "CCCD 001085012345: digits 4–6 say born in 1985 but the resident's birth year is 1986"});
}

TEST_CASE("parseCccdQr warns about odd old numbers and issue dates", "[qr]")
{
    const CccdQr oldId =
        parseCccdQr(qr("001085012345|12345|Nguyễn Văn An|15031985|Nam|Hà Nội|10052021"), kToday);
    CHECK(oldId.ok);
    CHECK(u8(oldId.oldId) == "12345");
    CHECK(u8(oldId.warnings) ==
          std::vector<std::string>{
              "field 2 (old ID number): '12345' is not a 9- or 12-digit number; kept as read"});

    const CccdQr issue = parseCccdQr(qr("001085012345||Nguyễn Văn An|15031985|Nam|Hà Nội|10052026"), kToday);
    CHECK(issue.ok);
    CHECK(u8(issue.warnings) ==
          std::vector<std::string>{
              "field 7 (issue date): 10/05/2026 is not between the birth date 15/03/1985 and today"});
}

TEST_CASE("parseCccdQr refuses bad scans, naming the field", "[qr]")
{
    struct Case
    {
        const char* scan;
        const char* error;
    };
    const Case cases[] = {
        {"001085012345|Nguyễn Văn An|15031985",
         "The QR code has too few fields (3) separated by '|'; a CCCD QR code has 7 (6 on some cards)"},
        {"Nguyễn Văn An",
         "The QR code has too few fields (1) separated by '|'; a CCCD QR code has 7 (6 on some cards)"},
        {"001085012345||Nguyễn Văn An|31022990|Nam|Hà Nội|10052021",
         "field 4 (birth date): '31022990' is not a valid date ddMMyyyy"},
        {"001085012345||Nguyễn Văn An|1503198|Nam|Hà Nội|10052021",
         "field 4 (birth date): '1503198' is not a valid date ddMMyyyy"},
        {"001085012345||Nguyễn Văn An|15/03/1985|Nam|Hà Nội|10052021",
         "field 4 (birth date): '15/03/1985' is not a valid date ddMMyyyy"},
        {"001085012345||Nguyễn Văn An|15032030|Nam|Hà Nội|10052021",
         "field 4 (birth date): 15/03/2030 is in the future"},
        {"001885012345||Nguyễn Văn An|15031885|Nam|Hà Nội|10052021",
         "field 4 (birth date): 15/03/1885 is before 1900"},
        {"00108501234||Nguyễn Văn An|15031985|Nam|Hà Nội|10052021",
         "field 1 (CCCD number): '00108501234' has 11 digits, expected 12"},
        {"00108501234X||Nguyễn Văn An|15031985|Nam|Hà Nội|10052021",
         "field 1 (CCCD number): '00108501234X' is not a 12-digit number"},
        {"003085012345||Nguyễn Văn An|15031985|Nam|Hà Nội|10052021",
         "field 1 (CCCD number): the first 3 digits of 003085012345 (003) are not a province code"},
        {"001085012345||Nguyễn Văn An|15031985|X|Hà Nội|10052021",
         "field 5 (sex): 'X' is neither 'Nam' nor 'Nữ'"},
        {"001085012345||Nguyễn Văn An|15031985||Hà Nội|10052021",
         "field 5 (sex): '' is neither 'Nam' nor 'Nữ'"},
        {"001085012345|| |15031985|Nam|Hà Nội|10052021", "field 3 (name) is empty"},
        {"001085012345||Nguyễn Văn An|15031985|Nam|Hà Nội|32012021",
         "field 7 (issue date): '32012021' is not a valid date ddMMyyyy"},
        // 6 fields without the old number: the birth date is field 3.
        {"079303001234|Trần Thị Bình|2001200|Nữ|TP Hồ Chí Minh|01072021",
         "field 3 (birth date): '2001200' is not a valid date ddMMyyyy"},
    };
    for (const Case& c : cases) {
        INFO(c.scan);
        const CccdQr r = parseCccdQr(qr(c.scan), kToday);
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) == c.error);
    }
}

TEST_CASE("looksLikeQr tells a scan from a typed name", "[qr]")
{
    CHECK(looksLikeQr(qr("001085012345|123456789|Nguyễn Văn An|15031985|Nam|Hà Nội|10052021")));
    CHECK(looksLikeQr(qr("\t001085012345|x\r\n")));
    CHECK_FALSE(looksLikeQr(qr("Nguyen Van An")));
    CHECK_FALSE(looksLikeQr(qr("001085012345")));
    CHECK_FALSE(looksLikeQr(qr("0010850123|Nguyễn Văn An")));
    CHECK_FALSE(looksLikeQr(qr("an|001085012345")));
    CHECK_FALSE(looksLikeQr(QString()));
}
