#include "core/validation/Cccd.h"

#include "StdStrings.h"

#include <catch2/catch.hpp>

using hocvuso::test::u8;
using namespace hocvuso::validation;

TEST_CASE("checkCccd decodes a valid number", "[cccd]")
{
    const CccdCheck r = checkCccd(QStringLiteral("001085012345"));
    CHECK(r.ok);
    CHECK(u8(r.error) == "");
    CHECK(r.warnings.isEmpty());
    CHECK(u8(r.cccd) == "001085012345");
    CHECK(r.provinceCode == 1);
    CHECK(u8(r.provinceName) == "Hà Nội");
    CHECK(r.century == 1900);
    CHECK(r.birthYearTwoDigits == 85);
    CHECK(r.birthYear() == 1985);
    CHECK(r.sex.toLatin1() == 'M');
}

TEST_CASE("checkCccd decodes every century/sex digit", "[cccd]")
{
    struct Case
    {
        const char* cccd;
        int century;
        char sex;
    };
    const Case cases[] = {
        {"079003001234", 1900, 'M'}, {"079103001234", 1900, 'F'}, {"079203001234", 2000, 'M'},
        {"079303001234", 2000, 'F'}, {"079403001234", 2100, 'M'}, {"079503001234", 2100, 'F'},
        {"079603001234", 2200, 'M'}, {"079703001234", 2200, 'F'}, {"079803001234", 2300, 'M'},
        {"079903001234", 2300, 'F'},
    };
    for (const Case& c : cases) {
        INFO(c.cccd);
        const CccdCheck r = checkCccd(QString::fromLatin1(c.cccd));
        CHECK(r.ok);
        CHECK(u8(r.provinceName) == "Hồ Chí Minh");
        CHECK(r.century == c.century);
        CHECK(r.birthYear() == c.century + 3);
        CHECK(r.sex.toLatin1() == c.sex);
    }
}

TEST_CASE("checkCccd tolerates spaces, dots and dashes typed inside", "[cccd]")
{
    for (const char* typed : {" 096 185.012345 ", "096-185-012345"}) {
        INFO(typed);
        const CccdCheck r = checkCccd(QString::fromLatin1(typed));
        CHECK(r.ok);
        CHECK(u8(r.cccd) == "096185012345");
        CHECK(u8(r.provinceName) == "Cà Mau");
        CHECK(r.sex.toLatin1() == 'F');
    }
}

TEST_CASE("checkCccd refuses malformed numbers", "[cccd]")
{
    SECTION("11 digits")
    {
        const CccdCheck r = checkCccd(QStringLiteral("00108501234"));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) == "CCCD '00108501234' has 11 digits; a CCCD number has 12");
    }
    SECTION("13 digits")
    {
        const CccdCheck r = checkCccd(QStringLiteral("0010850123456"));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) == "CCCD '0010850123456' has 13 digits; a CCCD number has 12");
    }
    SECTION("letters")
    {
        const CccdCheck r = checkCccd(QStringLiteral("00108501234A"));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) == "CCCD '00108501234A' contains 'A'; a CCCD number has only digits, 12 of them");
    }
    SECTION("old 9-digit CMND")
    {
        const CccdCheck r = checkCccd(QStringLiteral("123456789"));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) ==
              "'123456789' has 9 digits: that is an old CMND number; the CCCD number has 12 digits");
    }
    SECTION("empty")
    {
        const CccdCheck r = checkCccd(QStringLiteral("  "));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.error) == "The CCCD number is empty; it has 12 digits");
    }
}

TEST_CASE("checkCccd refuses an unknown province code", "[cccd]")
{
    const CccdCheck r = checkCccd(QStringLiteral("003085012345"));
    CHECK_FALSE(r.ok);
    CHECK(u8(r.error) == "CCCD 003085012345: the first 3 digits (003) are not a province code");
    CHECK(r.provinceCode == 3);
    CHECK(r.provinceName.isEmpty());
    CHECK_FALSE(checkCccd(QStringLiteral("000085012345")).ok);
    CHECK_FALSE(checkCccd(QStringLiteral("097085012345")).ok);
    CHECK_FALSE(checkCccd(QStringLiteral("999085012345")).ok);
}

TEST_CASE("checkCccd warns when sex or birth year disagree", "[cccd]")
{
    SECTION("female digit, male resident")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001185012345"), QChar(u'M'), 1985);
        CHECK(r.ok);
        CHECK(u8(r.warnings) ==
              std::vector<std::string>{
                  "CCCD 001185012345: the 4th digit says female born 1900–1999 but the resident is male"});
    }
    SECTION("male digit, female resident, 2000s")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001205012345"), QChar(u'F'));
        CHECK(r.ok);
        CHECK(u8(r.warnings) ==
              std::vector<std::string>{
                  "CCCD 001205012345: the 4th digit says male born 2000–2099 but the resident is female"});
    }
    SECTION("year digits")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001085012345"), QChar(u'M'), 1986);
        CHECK(r.ok);
        CHECK(u8(r.warnings) ==
              std::vector<std::string>{
                  "CCCD 001085012345: digits 4–6 say born in 1985 but the resident's birth year is 1986"});
    }
    SECTION("century digit")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001085012345"), std::nullopt, 2085);
        CHECK(u8(r.warnings) ==
              std::vector<std::string>{
                  "CCCD 001085012345: digits 4–6 say born in 1985 but the resident's birth year is 2085"});
    }
    SECTION("both")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001385012345"), QChar(u'M'), 1985);
        REQUIRE(r.warnings.size() == 2);
        CHECK(u8(r.warnings[0]) ==
              "CCCD 001385012345: the 4th digit says female born 2000–2099 but the resident is male");
        CHECK(u8(r.warnings[1]) ==
              "CCCD 001385012345: digits 4–6 say born in 2085 but the resident's birth year is 1985");
    }
    SECTION("consistent: no warning")
    {
        CHECK(checkCccd(QStringLiteral("001185012345"), QChar(u'F'), 1985).warnings.isEmpty());
        CHECK(checkCccd(QStringLiteral("001185012345"), QChar(u'f'), 1985).warnings.isEmpty());
    }
    SECTION("birth year in the future")
    {
        const CccdCheck r = checkCccd(QStringLiteral("001299012345"));
        CHECK(r.ok);
        CHECK(u8(r.warnings) ==
              std::vector<std::string>{
                  "CCCD 001299012345: digits 4–6 say born in 2099, which is in the future"});
    }
}

TEST_CASE("cccdProvinceName knows the 63 province codes", "[cccd]")
{
    int known = 0;
    for (int code = 0; code < 1000; ++code)
        known += cccdProvinceName(code).isEmpty() ? 0 : 1;
    CHECK(known == 63);
    CHECK(u8(cccdProvinceName(1)) == "Hà Nội");
    CHECK(u8(cccdProvinceName(46)) == "Thừa Thiên Huế");
    CHECK(u8(cccdProvinceName(77)) == "Bà Rịa - Vũng Tàu");
    CHECK(u8(cccdProvinceName(79)) == "Hồ Chí Minh");
    CHECK(u8(cccdProvinceName(96)) == "Cà Mau");
    CHECK(cccdProvinceName(3).isEmpty());
    CHECK(cccdProvinceName(0).isEmpty());
    CHECK(cccdProvinceName(-1).isEmpty());
}
