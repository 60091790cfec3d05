#include "ui/pages/ReportsPage.h"

#include "core/kpi/PlanCatalog.h"
#include "core/render/PdfReport.h"
#include "core/report/CsvReport.h"
#include "core/report/XlsxReport.h"
#include "core/store/Store.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/PeriodSelector.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

namespace hocvuso {

namespace {

void useA4(QPrinter& printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
}
} // namespace

ReportsPage::ReportsPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setPeriod(kpi::Period::quarter(QDate::currentDate().year(), (QDate::currentDate().month() - 1) / 3 + 1));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("reportPlan"));
    // Plan names are long: the combo must not widen the window to fit them.
    // It shares its row with the period and the language, so it stays narrower
    // than the overview's: the window still fits a 1024-pixel netbook screen
    // (the combo stretches wherever there is room).
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(16);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Vietnamese"), int(report::Language::Vietnamese));
    m_language->addItem(tr("English"), int(report::Language::English));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV (UTF-8)"), int(Format::Csv));

    m_build = new QPushButton(tr("Preview"), this);
    m_build->setObjectName(QStringLiteral("buildReport"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_save = new QPushButton(tr("Save..."), this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_print = new QPushButton(tr("Print..."), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto* choices = new QHBoxLayout;
    choices->addWidget(m_period);
    choices->addSpacing(12);
    choices->addWidget(buddyLabel(tr("&Plan:"), m_plan, this));
    choices->addWidget(m_plan, 1);
    choices->addWidget(buddyLabel(tr("&Language:"), m_language, this));
    choices->addWidget(m_language);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_build);
    actions->addWidget(m_cancel);
    actions->addWidget(m_busyBar);
    actions->addWidget(m_status, 1);
    actions->addWidget(buddyLabel(tr("F&ormat:"), m_format, this));
    actions->addWidget(m_format);
    actions->addWidget(m_save);
    actions->addWidget(m_print);

    m_printer = new QPrinter(QPrinter::HighResolution);
    useA4(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_empty = new QLabel(tr("Choose a period and a plan, then press Preview."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_empty);
    m_previewStack->addWidget(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(actions);
    layout->addWidget(m_previewStack, 1);

    connect(m_build, &QPushButton::clicked, this, &ReportsPage::buildReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelBuild);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveWithDialog);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printWithDialog);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);
    // A changed choice makes the shown report stale: assemble it again.
    auto stale = [this] {
        if (m_data || isBuilding())
            buildReport();
    };
    connect(m_period, &PeriodSelector::periodChanged, this, stale);
    connect(m_plan, &QComboBox::currentIndexChanged, this, stale);
    connect(m_language, &QComboBox::currentIndexChanged, this, stale);
    setBusy(false);
}

ReportsPage::~ReportsPage()
{
    delete m_printer;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void ReportsPage::activated()
{
    // Plans may have come by sync, and the active one may have changed in
    // Settings or on the Overview: the list follows, the shown report too.
    const QString before = m_plan->currentData().toString();
    reloadPlans();
    if (m_plan->currentData().toString() != before && (m_data || isBuilding()))
        buildReport();
}

void ReportsPage::reloadPlans()
{
    const QSignalBlocker block(m_plan);
    const QString active = kpi::PlanCatalog::activeCode(store());
    // The plan chosen here stays chosen until the active plan changes.
    const QString current = m_plansLoaded && active == m_activePlanSeen ? m_plan->currentData().toString() : active;
    m_plan->clear();
    // An empty plan code means "the active plan" to the report builder, so
    // "no plan" can only be offered when no plan is active.
    if (active.isEmpty())
        m_plan->addItem(tr("(no plan: all indicators)"), QString());
    for (const kpi::Plan& plan : kpi::PlanCatalog::plans(store()))
        m_plan->addItem(QStringLiteral("%1 — %2").arg(plan.code, plan.name), plan.code);
    const int index = m_plan->findData(current);
    m_plan->setCurrentIndex(index < 0 ? 0 : index);
    m_plansLoaded = true;
    m_activePlanSeen = active;
}

void ReportsPage::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_cancel->setVisible(busy);
    m_build->setEnabled(!busy);
    m_save->setEnabled(!busy && m_data.has_value());
    m_print->setEnabled(!busy && m_data.has_value());
}

void ReportsPage::buildReport()
{
    if (!m_plansLoaded)
        reloadPlans();
    cancelBuild(); // a newer choice replaces a report still being assembled
    const kpi::Period period = m_period->period();
    if (!period.isValid()) {
        m_status->setText(tr("The period is not valid: the start must come before the end."));
        return;
    }
    report::ReportOptions options;
    options.language = report::Language(m_language->currentData().toInt());
    options.planCode = m_plan->currentData().toString();
    m_data.reset();
    setBusy(true);
    m_status->setText(tr("Assembling the report for %1...")
                          .arg(QLocale().language() == QLocale::Vietnamese ? period.labelVi() : period.labelEn()));
    auto result = std::make_shared<std::optional<report::ReportData>>();
    m_task = BackgroundTask::start(
        store().path(),
        [period, options, result](Store& worker, TaskControl&, QString* error) {
            *result = report::ReportBuilder::build(worker, period, options, error);
            return QVariant();
        },
        this);
    BackgroundTask* task = m_task;
    connect(task, &BackgroundTask::finished, this, [this, task, result](const QVariant&, const QString& error, bool cancelled) {
        if (m_task != task)
            return; // replaced or cancelled: its result is not wanted
        m_task = nullptr;
        if (cancelled) {
            m_status->setText(tr("Cancelled."));
        } else if (!*result) {
            m_status->setText(tr("The report could not be assembled: %1").arg(error));
        } else {
            m_data = std::move(*result);
            m_status->setText(tr("Report for %1, %2.").arg(m_data->communeName, m_data->periodLabel));
            m_previewStack->setCurrentWidget(m_preview);
            m_preview->updatePreview();
        }
        setBusy(false);
        emit reportReady();
    });
}

void ReportsPage::cancelBuild()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_task = nullptr; // its `finished` is ignored
    m_status->setText(tr("Cancelled."));
    setBusy(false);
}

void ReportsPage::paintPreview(QPrinter* printer)
{
    if (!m_data)
        return;
    QString error;
    if (!render::PdfReport::paint(*m_data, *printer, &error))
        m_status->setText(tr("The preview could not be drawn: %1").arg(error));
}

bool ReportsPage::saveReport(const QString& path, Format format, QString* error)
{
    if (!m_data) {
        if (error)
            *error = tr("No report has been assembled yet.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    switch (format) {
    case Format::Pdf:
        ok = render::PdfReport::write(*m_data, path, error);
        break;
    case Format::Xlsx:
        ok = report::XlsxReport::write(*m_data, path, error);
        break;
    case Format::Csv:
        ok = report::CsvReport::write(*m_data, path, error);
        break;
    }
    QApplication::restoreOverrideCursor();
    return ok;
}

void ReportsPage::saveWithDialog()
{
    if (!m_data)
        return;
    const auto format = Format(m_format->currentData().toInt());
    const QString suffix = format == Format::Pdf ? QStringLiteral("pdf") : format == Format::Xlsx ? QStringLiteral("xlsx")
                                                                                                   : QStringLiteral("csv");
    const QString filter = format == Format::Pdf ? tr("PDF documents (*.pdf)")
                           : format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                    : tr("CSV files (*.csv)");
    QString name = tr("report") + QLatin1Char('-') + m_period->period().code() + QLatin1Char('.') + suffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (saveReport(path, format, &error))
        emit statusMessage(tr("The report was saved to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Save the report"), tr("The report could not be saved: %1").arg(error));
}

void ReportsPage::printWithDialog()
{
    if (!m_data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    useA4(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!render::PdfReport::paint(*m_data, printer, &error))
        QMessageBox::warning(this, tr("Print"), tr("The report could not be printed: %1").arg(error));
}

} // namespace hocvuso
