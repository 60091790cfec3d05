#include "core/validation/Dates.h"

#include <catch2/catch.hpp>
#include <string>

using namespace hocvuso::validation;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

std::string iso(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

const QDate kToday(2025, 5, 10);

} // namespace

TEST_CASE("parseDate reads the formats Vietnamese users type", "[dates]")
{
    const char* inputs[] = {
        "15/03/1985", "15-03-1985",       "15.03.1985",          "1985-03-15",          "1985/03/15",
        "15031985",   " 15 / 03 / 1985 ", "15/03/1985 00:00:00", "1985-03-15T00:00:00", "15/3/1985",
    };
    for (const char* input : inputs) {
        INFO(input);
        const ParsedDate r = parseDate(QString::fromLatin1(input));
        CHECK(r.ok());
        CHECK(u8(r.error) == "");
        REQUIRE(r.date.has_value());
        CHECK(iso(*r.date) == "1985-03-15");
        CHECK(r.year == 1985);
    }
    const ParsedDate single = parseDate(QStringLiteral("5/3/1985"));
    REQUIRE(single.date.has_value());
    CHECK(iso(*single.date) == "1985-03-05");
    CHECK(iso(*parseDate(QStringLiteral("29/02/2000")).date) == "2000-02-29");
}

TEST_CASE("parseDate reads a year alone", "[dates]")
{
    const ParsedDate r = parseDate(QStringLiteral(" 1985 "));
    CHECK(r.ok());
    CHECK_FALSE(r.date.has_value());
    CHECK(r.year == 1985);
    CHECK_FALSE(r.isEmpty());
}

TEST_CASE("parseDate leaves blank input blank", "[dates]")
{
    const ParsedDate r = parseDate(QStringLiteral("   "));
    CHECK(r.ok());
    CHECK(r.isEmpty());
    CHECK_FALSE(r.date.has_value());
    CHECK_FALSE(r.year.has_value());
}

TEST_CASE("parseDate explains what is wrong", "[dates]")
{
    struct Case
    {
        const char* input;
        const char* error;
    };
    const Case cases[] = {
        {"31/02/1990", "'31/02/1990' is not a valid date: month 2/1990 has no day 31 (it has 28 days)"},
        {"29/02/1900", "'29/02/1900' is not a valid date: month 2/1900 has no day 29 (it has 28 days)"},
        {"31022990", "'31022990' is not a valid date: month 2/2990 has no day 31 (it has 28 days)"},
        {"00/03/1985", "'00/03/1985' is not a valid date: month 3/1985 has no day 0 (it has 31 days)"},
        {"15/13/1985", "'15/13/1985' is not a valid date: there is no month 13"},
        {"1985-13-01", "'1985-13-01' is not a valid date: there is no month 13"},
        {"15/03/85", "'15/03/85' has a two-digit year; write the year in full (e.g. 15/03/1985)"},
        {"150385", "'150385' has a two-digit year; write the year in full (e.g. 15/03/1985)"},
        {"abc", "'abc' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone"},
        {"15/03-1985", "'15/03-1985' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone"},
        {"15/03/1985/1",
         "'15/03/1985/1' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone"},
        {"1234567", "'1234567' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone"},
        {"0000", "'0000' is not a valid year"},
        {"15/03/0000", "'15/03/0000' is not a valid date: there is no year 0"},
    };
    for (const Case& c : cases) {
        INFO(c.input);
        const ParsedDate r = parseDate(QString::fromLatin1(c.input));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.date.has_value());
        CHECK_FALSE(r.year.has_value());
        CHECK(u8(r.error) == c.error);
    }
}

TEST_CASE("plausibleBirth: not in the future, not before 1900", "[dates]")
{
    QString why;
    CHECK(plausibleBirth(parseDate(QStringLiteral("15/03/1985")), kToday, &why));
    CHECK(u8(why) == "");
    CHECK(plausibleBirth(parseDate(QStringLiteral("10/05/2025")), kToday, &why));
    CHECK(plausibleBirth(parseDate(QStringLiteral("01/01/1900")), kToday, &why));
    CHECK(plausibleBirth(parseDate(QStringLiteral("1950")), kToday, &why));
    CHECK(plausibleBirth(parseDate(QString()), kToday, &why)); // blank: the caller decides

    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("11/05/2025")), kToday, &why));
    CHECK(u8(why) == "Birth date 11/05/2025 is in the future (today is 10/05/2025)");
    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("31/12/1899")), kToday, &why));
    CHECK(u8(why) == "Birth date 31/12/1899 is before 1900");
    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("2026")), kToday, &why));
    CHECK(u8(why) == "Birth year 2026 is in the future (this is 2025)");
    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("1899")), kToday, &why));
    CHECK(u8(why) == "Birth year 1899 is before 1900");
    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("abc")), kToday, &why));
    CHECK(u8(why) == "'abc' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone");
    CHECK_FALSE(plausibleBirth(parseDate(QStringLiteral("2026")), kToday)); // no error pointer needed
}

TEST_CASE("plausibleBirthDate refuses an invalid date", "[dates]")
{
    QString why;
    CHECK_FALSE(plausibleBirthDate(QDate(), kToday, &why));
    CHECK(u8(why) == "The birth date is not a valid date");
}

TEST_CASE("plausibleEventDate: 2020 to a year after today", "[dates]")
{
    QString why;
    CHECK(plausibleEventDate(QDate(2020, 1, 1), kToday, &why));
    CHECK(u8(why) == "");
    CHECK(plausibleEventDate(kToday, kToday));
    CHECK(plausibleEventDate(QDate(2026, 5, 10), kToday));

    CHECK_FALSE(plausibleEventDate(QDate(2019, 12, 31), kToday, &why));
    CHECK(u8(why) == "Date 31/12/2019 is before 2020");
    CHECK_FALSE(plausibleEventDate(QDate(2026, 5, 11), kToday, &why));
    CHECK(u8(why) == "Date 11/05/2026 is more than a year from today (latest: 10/05/2026)");
    CHECK_FALSE(plausibleEventDate(QDate(), kToday, &why));
    CHECK(u8(why) == "The date is not a valid date");
}

TEST_CASE("formatDate writes dd/MM/yyyy", "[dates]")
{
    CHECK(u8(formatDate(QDate(1985, 3, 5))) == "05/03/1985");
}
