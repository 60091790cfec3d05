#pragma once

#include "core/report/ReportData.h"
#include "ui/pages/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace hocvuso {

class BackgroundTask;
class PeriodSelector;

// Báo cáo: the periodic report for a period and plan, previewed page by
// page (the same painter code as the PDF), saved as PDF, XLSX or CSV, or
// printed. Assembling the report (many KPI computations for the trend) runs
// on a worker thread and can be cancelled.
class ReportsPage final : public Page
{
    Q_OBJECT
public:
    enum class Format { Pdf, Xlsx, Csv };

    explicit ReportsPage(Store& store, QWidget* parent = nullptr);
    ~ReportsPage() override;
    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Assembles the report for the current choices; reportReady when done.
    void buildReport();
    void cancelBuild();
    bool isBuilding() const { return m_task != nullptr; }
    const std::optional<report::ReportData>& reportData() const { return m_data; }
    // Writes the assembled report; false with *error (also when none is assembled yet).
    bool saveReport(const QString& path, Format format, QString* error);

    PeriodSelector* periodSelector() const { return m_period; }
    QComboBox* planSelector() const { return m_plan; }
    QComboBox* languageSelector() const { return m_language; }
    QPrintPreviewWidget* preview() const { return m_preview; }

signals:
    void reportReady();

private:
    void reloadPlans();
    void saveWithDialog();
    void printWithDialog();
    void setBusy(bool busy);
    void paintPreview(QPrinter* printer);

    PeriodSelector* m_period = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_build = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_previewStack = nullptr;
    QLabel* m_empty = nullptr;
    QPrinter* m_printer = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    BackgroundTask* m_task = nullptr;
    std::optional<report::ReportData> m_data;
    bool m_plansLoaded = false;
    QString m_activePlanSeen; // the store's active plan when the list was last loaded
};

} // namespace hocvuso
