#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

// The QR code printed on the chip ID card (CCCD / Căn cước), as a USB
// scanner types it into the attendance box.
namespace hocvuso::id {

struct CccdQr
{
    bool ok = false;
    QString error;        // the first hard error, naming the field: "field 4 (birth date): ..."
    QStringList warnings; // inconsistencies a person may accept (CCCD digits vs sex/birth year, ...)
    QString cccd;         // 12 digits
    QString oldId;        // old CMND (9 or 12 digits), often empty
    QString fullName;     // NFC, whitespace collapsed, case as on the card
    QChar sex;            // 'M' or 'F'
    QDate birthDate;
    QString address;    // NFC, whitespace collapsed
    QDate issueDate;    // null when the card's variant has none
    int fieldCount = 0; // '|'-separated fields read
};

// Parses the scanned text. Control characters the scanner adds (CR, LF,
// TAB: its "Enter"/"Tab" suffix), zero-width characters and surrounding
// spaces are removed first. Variants accepted (fields separated by '|'):
//  7 fields  cccd | old CMND (may be empty) | name | birth ddMMyyyy | sex | address | issue ddMMyyyy
//  8+ fields the same 7, further fields (parents' names, empty ones) ignored
//  6 fields  cccd | name | birth | sex | address | issue        (no old number: field 2 is not a number)
//  6 fields  cccd | old CMND | name | birth | sex | address     (no issue date: field 2 is digits or empty)
// Sex is "Nam" or "Nữ" (also NFD, any case, or "Nu" without diacritics).
// Hard errors: wrong field count, CCCD not 12 digits or unknown province,
// empty name, invalid or implausible birth date, unknown sex, invalid issue
// date. Messages are translatable (context "CccdQr").
CccdQr parseCccdQr(const QString& scanned, QDate today = QDate::currentDate());

// True when the text (trimmed) contains '|' and starts with 12 digits: a
// scan, not a name typed into the same box.
bool looksLikeQr(const QString& text);

} // namespace hocvuso::id
