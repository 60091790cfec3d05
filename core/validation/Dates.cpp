#include "core/validation/Dates.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace hocvuso::validation {

namespace {

constexpr int kEarliestBirthYear = 1900;
constexpr int kEarliestEventYear = 2020; // the movement's records start here

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Drops a time of day after the date ("... 00:00:00", "...T08:30"), as
// spreadsheets and ISO timestamps carry one; anything else is kept.
QString withoutTimeOfDay(const QString& s)
{
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0)
        return s;
    const qsizetype start = std::max(s.lastIndexOf(u' ', colon), s.lastIndexOf(u'T', colon));
    if (start <= 0)
        return s;
    for (const QChar c : QStringView(s).mid(start + 1)) {
        if (!(c >= u'0' && c <= u'9') && c != u':' && c != u'.')
            return s;
    }
    return s.left(start);
}

QString notADate(const QString& text)
{
    return QCoreApplication::translate("Dates",
                                       "'%1' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the "
                                       "year alone")
        .arg(text);
}

QString twoDigitYear(const QString& text)
{
    return QCoreApplication::translate("Dates", "'%1' has a two-digit year; write the year in full (e.g. "
                                                "15/03/1985)")
        .arg(text);
}

// Five digits: how a spreadsheet writes a date whose column is formatted as
// a number (days since 30/12/1899; 10000 is 1927, 99999 is 2173).
QString excelDateNumber(const QString& text, int days)
{
    const QDate date = QDate(1899, 12, 30).addDays(days);
    return QCoreApplication::translate("Dates",
                                       "'%1' is a date written as a number by Excel (%2?): format the column as a "
                                       "date (dd/mm/yyyy) in the spreadsheet and save the file again")
        .arg(text, date.toString(QStringLiteral("dd/MM/yyyy")));
}

ParsedDate makeDate(const QString& text, int year, int month, int day)
{
    ParsedDate r;
    if (year == 0) {
        r.error =
            QCoreApplication::translate("Dates", "'%1' is not a valid date: there is no year 0").arg(text);
    } else if (month < 1 || month > 12) {
        r.error = QCoreApplication::translate("Dates", "'%1' is not a valid date: there is no month %2")
                      .arg(text)
                      .arg(month);
    } else if (const int days = QDate(year, month, 1).daysInMonth(); day < 1 || day > days) {
        r.error =
            QCoreApplication::translate("Dates", "'%1' is not a valid date: month %2/%3 has no day %4 (it "
                                                 "has %5 days)")
                .arg(text)
                .arg(month)
                .arg(year)
                .arg(day)
                .arg(days);
    } else {
        r.date = QDate(year, month, day);
        r.year = year;
    }
    return r;
}

} // namespace

ParsedDate parseDate(const QString& input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    QString s = withoutTimeOfDay(text);
    s.remove(u' ');

    if (allDigits(s)) {
        const QStringView v(s);
        if (s.size() == 8)
            return makeDate(text, v.mid(4, 4).toInt(), v.mid(2, 2).toInt(), v.left(2).toInt());
        if (s.size() == 4) {
            ParsedDate r;
            if (const int year = v.toInt(); year > 0)
                r.year = year;
            else
                r.error = QCoreApplication::translate("Dates", "'%1' is not a valid year").arg(text);
            return r;
        }
        ParsedDate r;
        r.error = s.size() == 6 ? twoDigitYear(text) : s.size() == 5 ? excelDateNumber(text, v.toInt()) : notADate(text);
        return r;
    }

    ParsedDate r;
    qsizetype sepAt = 0;
    while (sepAt < s.size() && s.at(sepAt).isDigit())
        ++sepAt;
    const QChar sep = sepAt < s.size() ? s.at(sepAt) : QChar();
    if (sep != u'/' && sep != u'-' && sep != u'.') {
        r.error = notADate(text);
        return r;
    }
    const QStringList parts = s.split(sep);
    if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2])) {
        r.error = notADate(text);
        return r;
    }
    const auto shortPart = [](const QString& p) { return p.size() <= 2; };
    if (parts[0].size() == 4 && shortPart(parts[1]) && shortPart(parts[2]))
        return makeDate(text, parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
    if (shortPart(parts[0]) && shortPart(parts[1]) && parts[2].size() == 4)
        return makeDate(text, parts[2].toInt(), parts[1].toInt(), parts[0].toInt());
    r.error = shortPart(parts[0]) && shortPart(parts[1]) && parts[2].size() == 2 ? twoDigitYear(text)
                                                                                 : notADate(text);
    return r;
}

QString formatDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy");
}

bool plausibleBirthDate(QDate birth, QDate today, QString* error)
{
    QString why;
    if (!birth.isValid())
        why = QCoreApplication::translate("Dates", "The birth date is not a valid date");
    else if (birth > today)
        why = QCoreApplication::translate("Dates", "Birth date %1 is in the future (today is %2)")
                  .arg(formatDate(birth), formatDate(today));
    else if (birth.year() < kEarliestBirthYear)
        why = QCoreApplication::translate("Dates", "Birth date %1 is before 1900").arg(formatDate(birth));
    if (error)
        *error = why;
    return why.isEmpty();
}

bool plausibleBirth(const ParsedDate& birth, QDate today, QString* error)
{
    if (!birth.ok()) {
        if (error)
            *error = birth.error;
        return false;
    }
    if (birth.date)
        return plausibleBirthDate(*birth.date, today, error);

    QString why;
    if (birth.year && *birth.year > today.year())
        why = QCoreApplication::translate("Dates", "Birth year %1 is in the future (this is %2)")
                  .arg(*birth.year)
                  .arg(today.year());
    else if (birth.year && *birth.year < kEarliestBirthYear)
        why = QCoreApplication::translate("Dates", "Birth year %1 is before 1900").arg(*birth.year);
    if (error)
        *error = why;
    return why.isEmpty();
}

bool plausibleEventDate(QDate date, QDate today, QString* error)
{
    QString why;
    const QDate latest = today.addYears(1);
    if (!date.isValid())
        why = QCoreApplication::translate("Dates", "The date is not a valid date");
    else if (date.year() < kEarliestEventYear)
        why = QCoreApplication::translate("Dates", "Date %1 is before 2020").arg(formatDate(date));
    else if (date > latest)
        why = QCoreApplication::translate("Dates", "Date %1 is more than a year from today (latest: %2)")
                  .arg(formatDate(date), formatDate(latest));
    if (error)
        *error = why;
    return why.isEmpty();
}

} // namespace hocvuso::validation
