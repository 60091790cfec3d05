#include "ui/dialogs/ImportDialog.h"

#include "core/store/Store.h"
#include "ui/models/ImportIssueModel.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/FileField.h"
#include "ui/widgets/ListCombo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hocvuso {

ImportDialog::ImportDialog(Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a list"));
    resize(820, 560);

    m_list = new ListCombo(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_file = new FileField(FileField::Mode::Open, tr("Import a list"), tr("CSV files (*.csv *.txt);;All files (*)"),
                           this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A CSV file saved from Excel (UTF-8)"));
    m_check = new QPushButton(tr("Check the file"), this);
    m_check->setObjectName(QStringLiteral("checkImport"));
    auto* form = new QFormLayout;
    form->addRow(tr("&List:"), m_list);
    form->addRow(tr("&File:"), m_file);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_check->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_check);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addStretch(); // keeps the buttons at the left while no progress is shown

    m_summary = new QLabel(tr("Choose the list and the file, then check the file. Nothing is stored before you "
                              "confirm."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_issues = new ImportIssueModel(this);
    m_issueView = new QTableView(this);
    m_issueView->setObjectName(QStringLiteral("importIssues"));
    m_issueView->setModel(m_issues);
    m_issueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueView->verticalHeader()->hide();
    m_issueView->horizontalHeader()->setStretchLastSection(false);
    m_issueView->horizontalHeader()->setSectionResizeMode(ImportIssueModel::Reason, QHeaderView::Stretch);
    m_issueView->setColumnWidth(ImportIssueModel::Row, 60);
    m_issueView->setColumnWidth(ImportIssueModel::ColumnName, 140);
    m_issueView->setColumnWidth(ImportIssueModel::Value, 160);

    m_importAll = new QPushButton(tr("Import"), this);
    m_importAll->setObjectName(QStringLiteral("importAll"));
    m_importValid = new QPushButton(tr("Import only valid rows"), this);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    m_importNothing = new QPushButton(tr("Import nothing"), this);
    m_importNothing->setObjectName(QStringLiteral("importNothing"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importAll);
    buttons->addWidget(m_importValid);
    buttons->addWidget(m_importNothing);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_issueView, 1);
    layout->addLayout(buttons);

    // A changed list or file voids the check.
    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_checkedOk = false;
        setRunning(false);
    });
    connect(m_file, &FileField::pathChanged, this, [this] {
        m_checkedOk = false;
        setRunning(false);
    });
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_importAll, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_importNothing, &QPushButton::clicked, this, &ImportDialog::reject);
    setRunning(false);
}

void ImportDialog::setList(const QString& list)
{
    m_list->setCurrentList(list);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setPath(path);
}

void ImportDialog::check()
{
    if (m_file->path().isEmpty()) {
        m_summary->setText(tr("Choose a file first."));
        return;
    }
    run(true, true);
}

void ImportDialog::startImport(bool onlyValid)
{
    if (!m_checkedOk || m_done)
        return;
    run(false, onlyValid);
}

void ImportDialog::run(bool dryRun, bool onlyValid)
{
    if (m_task)
        return;
    const QString list = m_list->currentList();
    const QString path = m_file->path();
    auto report = std::make_shared<ImportReport>();
    m_task = BackgroundTask::start(
        m_store.path(),
        [list, path, dryRun, onlyValid, report](Store& worker, TaskControl& control, QString*) {
            ImportOptions options;
            options.dryRun = dryRun;
            options.onlyValid = onlyValid;
            options.cancel = control.cancelFlag();
            options.progress = [&control, dryRun](qint64 rows, qint64 bytesRead, qint64 totalBytes) {
                control.progress(bytesRead, totalBytes,
                                 dryRun ? ImportDialog::tr("%1 rows checked...").arg(rows)
                                        : ImportDialog::tr("%1 rows imported...").arg(rows));
            };
            *report = ListImporter::import(worker, list, path, options);
            return QVariant();
        },
        this);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total, const QString& message) {
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
        m_summary->setText(message);
    });
    connect(m_task, &BackgroundTask::finished, this, [this, report, dryRun](const QVariant&, const QString& error, bool) {
        m_task = nullptr;
        m_report = *report;
        if (!error.isEmpty() && m_report.fatalError.isEmpty())
            m_report.fatalError = error; // the worker could not open the store
        if (dryRun)
            showCheck();
        else
            showImport();
        setRunning(false);
        if (dryRun)
            emit checked();
        else
            emit imported();
    });
    m_progress->setValue(0);
    setRunning(true);
}

void ImportDialog::showCheck()
{
    m_issues->setIssues(m_report.issues);
    m_checkedOk = m_report.fatalError.isEmpty();
    if (m_report.cancelled) {
        m_summary->setText(tr("The check was cancelled. Nothing was stored."));
        m_checkedOk = false;
        return;
    }
    if (!m_report.fatalError.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported: %1").arg(m_report.fatalError));
        return;
    }
    const qint64 valid = m_report.rowsRead - m_report.rejected;
    QString text = tr("%1 row(s) checked: %2 valid, %3 with errors, %4 warning(s). Nothing has been stored yet.")
                       .arg(m_report.rowsRead)
                       .arg(valid)
                       .arg(m_report.rejected)
                       .arg(m_report.warningCount());
    if (m_report.errorCount() > 0)
        text += QLatin1Char(' ') + tr("Correct the file and check it again, import only the valid rows, or import nothing.");
    m_summary->setText(text);
}

void ImportDialog::showImport()
{
    m_issues->setIssues(m_report.issues);
    if (m_report.committed) {
        m_done = true;
        m_summary->setText(tr("Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.")
                               .arg(m_report.inserted)
                               .arg(m_report.updated)
                               .arg(m_report.unchanged)
                               .arg(m_report.rejected));
        m_importNothing->setText(tr("Close"));
    } else if (m_report.cancelled) {
        m_summary->setText(tr("The import was cancelled. Nothing was stored."));
    } else {
        m_summary->setText(tr("Nothing was imported: %1")
                               .arg(m_report.fatalError.isEmpty() ? tr("the file has errors") : m_report.fatalError));
    }
}

void ImportDialog::setRunning(bool running)
{
    const bool hasFile = !m_file->path().isEmpty();
    const qint64 valid = m_report.rowsRead - m_report.rejected;
    m_list->setEnabled(!running && !m_done);
    m_file->setEnabled(!running && !m_done);
    m_check->setEnabled(!running && !m_done && hasFile);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_importAll->setVisible(!m_done);
    m_importValid->setVisible(!m_done);
    m_importAll->setEnabled(!running && m_checkedOk && m_report.errorCount() == 0 && m_report.rowsRead > 0);
    m_importValid->setEnabled(!running && m_checkedOk && m_report.errorCount() > 0 && valid > 0);
    m_importNothing->setEnabled(!running);
}

void ImportDialog::cancel()
{
    if (m_task)
        m_task->cancel();
}

void ImportDialog::reject()
{
    if (m_task)
        return; // Cancel first: closing mid-import would hide the outcome
    QDialog::reject();
}

} // namespace hocvuso
