#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace hocvuso::cellformat {

// How list cells are read from and written to spreadsheets: one place, so
// that an export re-imports to the same values.

// "x", "1", "có", "yes", "true", "y" → true; empty, "0", "không", "no",
// "false", "n" → false; anything else → nullopt.
std::optional<bool> parseBool(const QString& cell);
QString formatBool(const QVariant& stored); // "x" or ""

// "Nam"/"M"/"male" → "M"; "Nữ"/"F"/"female" → "F"; empty → ""; else nullopt.
std::optional<QString> parseSex(const QString& cell);
// A mentor pair's status as stored ("active", "completed", "ended") from the
// key or its Vietnamese/English label ("active" for an empty cell); nullopt when unknown.
std::optional<QString> parsePairStatus(const QString& cell);
// A stored pair status as lists are exported: its Vietnamese label (what
// parsePairStatus reads back); other text as it is.
QString formatPairStatus(const QVariant& stored);
QString formatSex(const QVariant& stored); // "Nam", "Nữ" or ""

// "1.234", "1 234", "1234" → 1234; nullopt when not a whole number.
std::optional<qint64> parseInteger(const QString& cell);

// dd/MM/yyyy [HH:mm[:ss]] or ISO → "yyyy-MM-ddTHH:mm:ss"; *error names the problem.
QString parseDateTime(const QString& cell, QString* error);

// The usual "dd/MM/yyyy" (or with '-' or '.'), exactly ten characters and
// a valid date: that date, without allocating. nullopt for anything else,
// which validation::parseDate then reads (and explains when it is wrong).
std::optional<QDate> quickDate(QStringView cell);
// date.toString(Qt::ISODate) ("1985-03-15"), faster.
QString isoDate(QDate date);

QString formatDate(const QVariant& isoDate);         // "2025-10-10" → "10/10/2025"
QString formatDateTime(const QVariant& isoDateTime); // → "10/10/2025 08:00"

} // namespace hocvuso::cellformat
