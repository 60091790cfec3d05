#include "core/validation/Phone.h"

#include "StdStrings.h"

#include <catch2/catch.hpp>

using hocvuso::test::u8;
using namespace hocvuso::validation;

TEST_CASE("checkPhone normalizes mobile number variants", "[phone]")
{
    const char* inputs[] = {
        "0912345678",      "0912 345 678",        "0912.345.678",    "0912-345-678",
        " 0912 345 678\t", "+84912345678",        "+84 912 345 678", "84912345678",
        "0084912345678",   "+84 (0) 912 345 678", "912345678", // a spreadsheet dropped the leading 0
    };
    for (const char* input : inputs) {
        INFO(input);
        const PhoneCheck r = checkPhone(QString::fromLatin1(input));
        CHECK(r.ok);
        CHECK(u8(r.error) == "");
        CHECK(u8(r.normalized) == "0912345678");
        CHECK(r.kind == PhoneKind::Mobile);
        CHECK(r.warnings.isEmpty());
    }
}

TEST_CASE("checkPhone accepts every mobile prefix 03x 05x 07x 08x 09x", "[phone]")
{
    for (const char* input : {"0321234567", "0561234567", "0781234567", "0861234567", "0991234567"}) {
        INFO(input);
        const PhoneCheck r = checkPhone(QString::fromLatin1(input));
        CHECK(r.ok);
        CHECK(u8(r.normalized) == input);
    }
}

TEST_CASE("checkPhone normalizes landlines", "[phone]")
{
    struct Case
    {
        const char* input;
        const char* normalized;
    };
    const Case cases[] = {
        {"024 3812 3456", "02438123456"},    {"(024) 3812-3456", "02438123456"},
        {"+84 24 3812 3456", "02438123456"}, {"842438123456", "02438123456"},
        {"2438123456", "02438123456"},       {"(0236) 3821 234", "02363821234"},
    };
    for (const Case& c : cases) {
        INFO(c.input);
        const PhoneCheck r = checkPhone(QString::fromLatin1(c.input));
        CHECK(r.ok);
        CHECK(u8(r.normalized) == c.normalized);
        CHECK(r.kind == PhoneKind::Landline);
    }
}

TEST_CASE("checkPhone converts old 11-digit mobile numbers with a warning", "[phone]")
{
    const PhoneCheck r = checkPhone(QStringLiteral("0168 123 4567"));
    CHECK(r.ok);
    CHECK(u8(r.normalized) == "0381234567");
    CHECK(r.kind == PhoneKind::Mobile);
    CHECK(u8(r.warnings) ==
          std::vector<std::string>{
              "'0168 123 4567' is an old 11-digit mobile number; since 2018 it is 0381234567"});

    CHECK(u8(checkPhone(QStringLiteral("01201234567")).normalized) == "0701234567");
    CHECK(u8(checkPhone(QStringLiteral("+84 129 123 4567")).normalized) == "0821234567");
    CHECK(u8(checkPhone(QStringLiteral("01991234567")).normalized) == "0591234567");
}

TEST_CASE("checkPhone refuses bad numbers with a clear reason", "[phone]")
{
    struct Case
    {
        const char* input;
        const char* error;
    };
    const Case cases[] = {
        {"", "The phone number is empty"},
        {"0912 345",
         "'0912 345' has 7 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)"},
        {"09123456789", "'09123456789' has 11 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 "
                        "(02xxxxxxxxx)"},
        {"0612345678",
         "'0612345678': no mobile number starts with 06; mobile numbers start with 03, 05, 07, 08 or 09"},
        {"024 3812 345", "'024 3812 345' has 10 digits, but a landline number (02…) has 11"},
        {"0912abc678", "'0912abc678' contains 'a', which is not part of a phone number"},
        {"0912345678 / 0987654321", "'0912345678 / 0987654321' holds more than one phone number; enter one"},
        {"+1 212 555 0100", "'+1 212 555 0100' is not a Vietnamese number: it should start with +84 or 0"},
        {"1900 1234", "'1900 1234' is a 1800/1900 hotline, not a personal phone number"},
        {"12345",
         "'12345' should start with 0 or +84: a mobile number has 10 digits (0xxxxxxxxx), a landline 11 "
         "(02xxxxxxxxx)"},
        {"01111234567", "'01111234567' has 11 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 "
                        "(02xxxxxxxxx)"},
        {"--", "'--' has no digits"},
    };
    for (const Case& c : cases) {
        INFO(c.input);
        const PhoneCheck r = checkPhone(QString::fromUtf8(c.input));
        CHECK_FALSE(r.ok);
        CHECK(u8(r.normalized) == "");
        CHECK(u8(r.error) == c.error);
    }
}
