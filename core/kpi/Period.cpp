#include "core/kpi/Period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace hocvuso::kpi {

namespace {
QString roman(int n)
{
    static const char* const numerals[] = {"", "I", "II", "III", "IV"};
    return QString::fromLatin1(n >= 1 && n <= 4 ? numerals[n] : "");
}

Period fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return {};
}
} // namespace

Period::Period(Kind kind, QDate start, QDate end) : m_kind(kind), m_start(start), m_end(end) {}

Period Period::year(int y)
{
    return {Kind::Year, QDate(y, 1, 1), QDate(y, 12, 31)};
}

Period Period::month(int y, int m)
{
    const QDate first(y, m, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

Period Period::quarter(int y, int q)
{
    const QDate first(y, (q - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

Period Period::range(QDate start, QDate end)
{
    return {Kind::Range, start, end};
}

Period Period::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed().toUpper();
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression halfRe(QStringLiteral("^(\\d{4})-H([12])$"));
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression rangeRe(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})$"));
    QRegularExpressionMatch m;
    if ((m = yearRe.match(text)).hasMatch())
        return year(m.captured(1).toInt());
    if ((m = quarterRe.match(text)).hasMatch())
        return quarter(m.captured(1).toInt(), m.captured(2).toInt());
    if ((m = halfRe.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        return m.captured(2) == QLatin1String("1") ? Period(Kind::Half, QDate(y, 1, 1), QDate(y, 6, 30))
                                                   : Period(Kind::Half, QDate(y, 7, 1), QDate(y, 12, 31));
    }
    if ((m = monthRe.match(text)).hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return fail(error, QCoreApplication::translate("hocvuso::kpi::Period", "month %1 does not exist in '%2'")
                                   .arg(mo)
                                   .arg(input));
        return month(m.captured(1).toInt(), mo);
    }
    if ((m = rangeRe.match(text)).hasMatch()) {
        const QDate s = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate e = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!s.isValid() || !e.isValid())
            return fail(error, QCoreApplication::translate("hocvuso::kpi::Period", "'%1' holds a date that does not exist")
                                   .arg(input));
        if (e < s)
            return fail(error, QCoreApplication::translate("hocvuso::kpi::Period", "'%1' ends before it starts").arg(input));
        return range(s, e);
    }
    return fail(error, QCoreApplication::translate("hocvuso::kpi::Period",
                                                   "'%1' is not a period (use 2025, 2025-Q3, 2025-H1, 2025-07 "
                                                   "or 2025-01-01..2025-06-30)")
                           .arg(input));
}

QString Period::code() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_start.year());
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_start.year()).arg((m_start.month() - 1) / 3 + 1);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(m_start.year()).arg(m_start.month() == 1 ? 1 : 2);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_start.year()).arg(m_start.month(), 2, 10, QLatin1Char('0'));
    case Kind::Range:
        break;
    }
    return m_start.toString(Qt::ISODate) + QStringLiteral("..") + m_end.toString(Qt::ISODate);
}

QString Period::labelVi() const
{
    const int y = m_start.year();
    switch (m_kind) {
    case Kind::Year:
        return QStringLiteral("Năm %1").arg(y);
    case Kind::Quarter:
        return QStringLiteral("Quý %1/%2").arg(roman((m_start.month() - 1) / 3 + 1)).arg(y);
    case Kind::Half:
        return m_start.month() == 1 ? QStringLiteral("6 tháng đầu năm %1").arg(y)
                                    : QStringLiteral("6 tháng cuối năm %1").arg(y);
    case Kind::Month:
        return QStringLiteral("Tháng %1/%2").arg(m_start.month()).arg(y);
    case Kind::Range:
        break;
    }
    return QStringLiteral("Từ %1 đến %2")
        .arg(m_start.toString(QStringLiteral("dd/MM/yyyy")), m_end.toString(QStringLiteral("dd/MM/yyyy")));
}

QString Period::labelEn() const
{
    const int y = m_start.year();
    switch (m_kind) {
    case Kind::Year:
        return QString::number(y);
    case Kind::Quarter:
        return QStringLiteral("Q%1 %2").arg((m_start.month() - 1) / 3 + 1).arg(y);
    case Kind::Half:
        return QStringLiteral("H%1 %2").arg(m_start.month() == 1 ? 1 : 2).arg(y);
    case Kind::Month:
        return QLocale(QLocale::English).toString(m_start, QStringLiteral("MMMM yyyy"));
    case Kind::Range:
        break;
    }
    return m_start.toString(Qt::ISODate) + QStringLiteral(" – ") + m_end.toString(Qt::ISODate);
}

QVector<Period> Period::months() const
{
    QVector<Period> out;
    if (!isValid())
        return out;
    for (QDate first(m_start.year(), m_start.month(), 1); first <= m_end; first = first.addMonths(1)) {
        const Period whole = month(first.year(), first.month());
        out << Period(Kind::Month, std::max(whole.start(), m_start), std::min(whole.end(), m_end));
    }
    return out;
}

} // namespace hocvuso::kpi
