#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace hocvuso::validation {

// A date as typed by a user: a full date, or only a year (old records often
// know just the birth year).
struct ParsedDate
{
    std::optional<QDate> date; // set for a full date
    std::optional<int> year;   // set for a full date and for a year alone
    QString error;             // why the text is not a date, quoting it

    bool ok() const { return error.isEmpty(); }
    // Blank input: no date and no error (whether the field is required is the caller's business).
    bool isEmpty() const { return !year && error.isEmpty(); }
};

// Parses what Vietnamese users type, day first:
//   dd/MM/yyyy and d/M/yyyy, with '/', '-' or '.' as separator ("5/3/1985", "05-03-1985", "05.03.1985");
//   yyyy-MM-dd (also with '/' or '.');
//   ddMMyyyy (8 digits, as on the CCCD QR code);
//   yyyy (a year alone).
// Spaces around separators and a trailing time of day ("15/03/1985 00:00:00",
// "1985-03-15T00:00:00", as spreadsheets export) are ignored. A two-digit year
// is refused (is "85" 1985 or 2085?). Messages are translatable (context "Dates").
ParsedDate parseDate(const QString& text);

// A birth date (or year) is plausible when it is not after today and not
// before 1900. Blank input is plausible; a parse error is not. *error gets
// the reason.
bool plausibleBirth(const ParsedDate& birth, QDate today, QString* error = nullptr);
bool plausibleBirthDate(QDate birth, QDate today, QString* error = nullptr);

// Classes, visits and the like: from 1 January 2020 to one year after today.
bool plausibleEventDate(QDate date, QDate today, QString* error = nullptr);

// "15/03/1985": the form used in messages and reports.
QString formatDate(QDate date);

} // namespace hocvuso::validation
