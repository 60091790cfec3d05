#pragma once

#include "core/kpi/KpiEngine.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace hocvuso {
class Store;
}

namespace hocvuso::report {

// The language of the filed document. Offices file upward in Vietnamese;
// English comes from the English sources through QCoreApplication::translate.
enum class Language { Vietnamese, English };

// What a report is about: one commune (broken down by hamlet) or a
// province (broken down by commune: KpiTable::hamlets then holds communes).
enum class ReportSubject { Commune, Province };

// One month of the trend: each charted indicator's percent at the month's end.
struct TrendPoint
{
    kpi::Period month;
    QVector<std::optional<double>> percent; // same order as ReportData::trendIndicators
};

// Everything a periodic report holds, assembled once and written by the
// CSV, XLSX and PDF writers (which only lay it out).
struct ReportData
{
    Language language = Language::Vietnamese;
    ReportSubject subject = ReportSubject::Commune;
    QString communeName; // the province's name in a province report

    QString provinceName;
    QString periodLabel;
    QString planLabel; // "001 — Kế hoạch ..." or "no plan"
    QDate asOf;
    QDateTime generatedAt;

    kpi::KpiTable kpis;           // rows of the plan only (all rows when there is no plan)
    kpi::ActivitySummary activity;
    QStringList summary;          // auto-written sentences: what is behind target, and where

    QStringList trendIndicators;  // cumulative indicators of the plan with a baseline
    QVector<TrendPoint> trend;

    // Texts the writers need, in the report's language.
    QString text(const char* english, const QString& vietnamese) const;
    QString indicatorName(const QString& id) const;
    QString groupName(const QString& id) const;
    QString hamletName(const QString& id) const; // "(no hamlet)" for ""
    bool isProvince() const { return subject == ReportSubject::Province; }
};

struct ReportOptions
{
    Language language = Language::Vietnamese;
    QDate asOf;         // invalid: today
    QString planCode;   // empty: the active plan
    QString group;      // a group of kpi::Groups::all(): the indicators (and trend) for it only; empty: everyone
    bool trend = true;  // the monthly trend: one more pass over the store for all months
    // Called after each step (indicators, activity, trend) with the steps
    // done and the total; returning false cancels: build() then returns
    // nothing with the error "cancelled". For a background task's progress bar.
    std::function<bool(int done, int total)> progress;
};

// Builds ReportData from the store: KpiEngine for the numbers, the activity
// summary, the trend month by month and the summary sentences.
class ReportBuilder
{
public:
    static std::optional<ReportData> build(Store& store, const kpi::Period& period, const ReportOptions& options,
                                           QString* error);
    // The summary sentences for a table (exposed for tests).
    static QStringList summarise(const kpi::KpiTable& table, Language language);
    // The indicators a trend charts: the table's cumulative ones with a baseline.
    static QStringList trendIndicators(const kpi::KpiTable& table);
    // The trend points of indicators from one table per month (same order as months).
    static QVector<TrendPoint> trendOf(const QStringList& indicators, const QVector<kpi::KpiTable>& months);
};

// Numbers in the report's language: "26,7" in Vietnamese, "26.7" in English.
QString formatNumber(double value, int decimals, Language language);
QString formatPercent(const std::optional<double>& value, Language language);
// Counts grouped by thousands in the report's language: "2.137" in
// Vietnamese, "2,137" in English (the CSV and XLSX keep plain numbers).
QString formatCount(qint64 value, Language language);

} // namespace hocvuso::report
