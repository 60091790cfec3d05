#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace hocvuso::kpi {

// A reporting period: a whole month, quarter, half-year or year, or any
// date range. Both ends are inclusive. Cumulative indicators are measured
// at end(); activity indicators count what happened between start() and end().
class Period
{
public:
    enum class Kind { Month, Quarter, Half, Year, Range };

    Period() = default;
    Period(Kind kind, QDate start, QDate end);

    // "2025", "2025-Q3", "2025-H1", "2025-07", "2025-01-01..2025-06-30".
    // Returns an invalid Period and sets *error (naming the reason) otherwise.
    static Period parse(const QString& text, QString* error = nullptr);
    static Period year(int year);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period range(QDate start, QDate end);

    bool isValid() const { return m_start.isValid() && m_end.isValid() && m_start <= m_end; }
    Kind kind() const { return m_kind; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    // Targets and baselines are per year: the year the period ends in.
    int targetYear() const { return m_end.year(); }
    bool contains(QDate d) const { return d >= m_start && d <= m_end; }

    // Machine form, parse(code()) == *this: "2025-Q3".
    QString code() const;
    // The form an office writes in a report title: "Quý III/2025",
    // "Tháng 7/2025", "6 tháng đầu năm 2025", "Năm 2025", "Từ 01/01/2025 đến 30/06/2025".
    QString labelVi() const;
    // English label: "Q3 2025", "July 2025", "H1 2025", "2025", "2025-01-01 – 2025-06-30".
    QString labelEn() const;

    // The calendar months the period touches, each clipped to the period
    // (for the monthly trend).
    QVector<Period> months() const;

    bool operator==(const Period& o) const
    {
        return m_kind == o.m_kind && m_start == o.m_start && m_end == o.m_end;
    }

private:
    Kind m_kind = Kind::Range;
    QDate m_start;
    QDate m_end;
};

} // namespace hocvuso::kpi
