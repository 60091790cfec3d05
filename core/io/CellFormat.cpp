#include "core/io/CellFormat.h"

#include "core/text/VietnameseText.h"
#include "core/validation/Dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

namespace hocvuso::cellformat {

namespace {
// One ASCII character, the usual spelling of a mark: answered without
// folding (fold would only lower-case it). nullopt: take the long way.
std::optional<bool> oneCharBool(QChar c)
{
    switch (c.unicode()) {
    case u'0': case u'n': case u'N': case u'-':
        return false;
    case u'x': case u'X': case u'1': case u'y': case u'Y': case u'v': case u'V':
        return true;
    default:
        return std::nullopt;
    }
}
} // namespace

std::optional<bool> parseBool(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.size() == 1) {
        if (const auto quick = oneCharBool(cell.at(0)))
            return quick;
    }
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
    // The spellings of our own templates, as typed: no folding needed.
    if (cell == u"Nam")
        return QStringLiteral("M");
    if (cell == u"N\u1EEF")
        return QStringLiteral("F");
    const QString s = text::fold(cell);
    if (s.isEmpty())
        return QString();
    if (s == u"nam" || s == u"m" || s == u"male" || s == u"trai")
        return QStringLiteral("M");
    if (s == u"nu" || s == u"f" || s == u"female" || s == u"gai")
        return QStringLiteral("F");
    return std::nullopt;
}

std::optional<QString> parsePairStatus(const QString& cell)
{
    const QString s = text::fold(cell);
    // Empty is the column's default, as for a new pair (the column is NOT NULL).
    if (s.isEmpty() || s == u"active" || s == u"dang kem cap" || s == u"dang ho tro" || s == u"dang hoat dong")
        return QStringLiteral("active");
    if (s == u"completed" || s == u"hoan thanh" || s == u"da hoan thanh")
        return QStringLiteral("completed");
    if (s == u"ended" || s == u"ket thuc" || s == u"da ket thuc" || s == u"dung" || s == u"da dung" || s == u"stopped")
        return QStringLiteral("ended");
    return std::nullopt;
}

QString formatPairStatus(const QVariant& stored)
{
    const QString s = stored.toString();
    if (s == u"active")
        return QStringLiteral("Đang kèm cặp");
    if (s == u"completed")
        return QStringLiteral("Hoàn thành");
    if (s == u"ended")
        return QStringLiteral("Kết thúc");
    return s;
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

std::optional<QDate> quickDate(QStringView cell)
{
    if (cell.size() != 10)
        return std::nullopt;
    const QChar sep = cell.at(2);
    if ((sep != u'/' && sep != u'-' && sep != u'.') || cell.at(5) != sep)
        return std::nullopt;
    int digits[8];
    int n = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 2 || i == 5)
            continue;
        const char16_t c = cell.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits[n++] = c - u'0';
    }
    const int day = digits[0] * 10 + digits[1];
    const int month = digits[2] * 10 + digits[3];
    const int year = digits[4] * 1000 + digits[5] * 100 + digits[6] * 10 + digits[7];
    if (year == 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

QString isoDate(QDate date)
{
    const int year = date.year();
    if (!date.isValid() || year < 1000 || year > 9999)
        return date.toString(Qt::ISODate);
    const int month = date.month(), day = date.day();
    const char16_t text[10] = {char16_t(u'0' + year / 1000),      char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),   char16_t(u'0' + year % 10),
                               u'-',                              char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),       u'-',
                               char16_t(u'0' + day / 10),         char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
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
