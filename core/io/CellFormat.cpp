#include "core/io/CellFormat.h"

#include "core/text/VietnameseText.h"
#include "core/validation/Dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

namespace hocvuso::cellformat {

std::optional<bool> parseBool(const QString& cell)
{
    const QString s = text::fold(cell);
    if (s.isEmpty() || s == u"0" || s == u"khong" || s == u"no" || s == u"false" || s == u"n" || s == u"-")
        return false;
    if (s == u"x" || s == u"1" || s == u"co" || s == u"yes" || s == u"true" || s == u"y" || s == u"v" ||
        s == u"\u2713" || s == u"\u2714")
        return true;
    return std::nullopt;
}

QString formatBool(const QVariant& stored)
{
    return stored.toLongLong() != 0 ? QStringLiteral("x") : QString();
}

std::optional<QString> parseSex(const QString& cell)
{
    const QString s = text::fold(cell);
    if (s.isEmpty())
        return QString();
    if (s == u"nam" || s == u"m" || s == u"male" || s == u"trai")
        return QStringLiteral("M");
    if (s == u"nu" || s == u"f" || s == u"female" || s == u"gai")
        return QStringLiteral("F");
    return std::nullopt;
}

QString formatSex(const QVariant& stored)
{
    const QString s = stored.toString();
    if (s == u"M")
        return QStringLiteral("Nam");
    if (s == u"F")
        return QStringLiteral("Nữ");
    return s;
}

std::optional<qint64> parseInteger(const QString& cell)
{
    QString s = cell.trimmed();
    s.remove(u' ');
    s.remove(u'\u00A0');
    // Thousands separators as Vietnamese (.) or English (,) spreadsheets write them.
    if (s.size() > 4 && (s.contains(u'.') || s.contains(u','))) {
        const QChar sep = s.contains(u'.') ? u'.' : u',';
        const QStringList groups = s.split(sep);
        bool grouped = groups.first().size() >= 1 && groups.first().size() <= 3;
        for (int i = 1; i < groups.size(); ++i)
            grouped = grouped && groups.at(i).size() == 3;
        if (grouped)
            s.remove(sep);
    }
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString parseDateTime(const QString& cell, QString* error)
{
    const QString s = cell.trimmed();
    if (s.isEmpty())
        return {};
    // The time, if any, follows the date after a space or a 'T'.
    qsizetype cut = s.indexOf(u' ');
    if (cut < 0 && s.size() > 10 && s.at(10) == u'T')
        cut = 10;
    const QString datePart = cut < 0 ? s : s.left(cut);
    const QString timePart = cut < 0 ? QString() : s.mid(cut + 1).trimmed();
    const validation::ParsedDate d = validation::parseDate(datePart);
    if (!d.ok() || !d.date) {
        if (error)
            *error = d.ok() ? QCoreApplication::translate("CellFormat", "'%1' is not a date (dd/mm/yyyy hh:mm)").arg(s)
                            : d.error;
        return {};
    }
    QTime t(0, 0);
    if (!timePart.isEmpty()) {
        t = QTime::fromString(timePart, QStringLiteral("H:mm"));
        if (!t.isValid())
            t = QTime::fromString(timePart, QStringLiteral("H:mm:ss"));
        if (!t.isValid())
            t = QTime::fromString(timePart, QStringLiteral("H'h'mm"));
        if (!t.isValid()) {
            if (error)
                *error = QCoreApplication::translate("CellFormat", "'%1' is not a time of day (hh:mm)").arg(timePart);
            return {};
        }
    }
    return QDateTime(*d.date, t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString formatDate(const QVariant& isoDate)
{
    const QString s = isoDate.toString();
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : s;
}

QString formatDateTime(const QVariant& isoDateTime)
{
    const QString s = isoDateTime.toString();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return formatDate(isoDateTime);
    return dt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace hocvuso::cellformat
