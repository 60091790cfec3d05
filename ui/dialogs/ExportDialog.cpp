#include "ui/dialogs/ExportDialog.h"

#include "core/io/ListExporter.h"
#include "core/store/Store.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/FileField.h"
#include "ui/widgets/ListCombo.h"
#include "ui/widgets/TaskProgressDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace hocvuso {

ExportDialog::ExportDialog(Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a list"));
    resize(560, 220);

    m_list = new ListCombo(this);
    m_list->setObjectName(QStringLiteral("exportList"));
    m_file = new FileField(FileField::Mode::Save, tr("Export a list"), tr("CSV files (*.csv)"), this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto* form = new QFormLayout;
    form->addRow(tr("&List:"), m_list);
    form->addRow(tr("&File:"), m_file);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // rows written so far; the total is not known in advance
    m_summary = new QLabel(tr("The file opens in Excel with the Vietnamese letters intact and can be imported back."),
                           this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);

    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("startExport"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(buttons);

    auto suggest = [this] { m_file->setSuggestion(QDir::home().filePath(m_list->currentList() + QStringLiteral(".csv"))); };
    suggest();
    connect(m_list, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    setRunning(false);
}

void ExportDialog::setList(const QString& list)
{
    m_list->setCurrentList(list);
}

void ExportDialog::setFile(const QString& path)
{
    m_file->setPath(path);
}

void ExportDialog::startExport()
{
    if (m_task)
        return;
    const QString list = m_list->currentList();
    QString path = m_file->path();
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose a file first."));
        return;
    }
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    auto rows = std::make_shared<qint64>(0);
    m_task = BackgroundTask::start(
        m_store.path(),
        [list, path, rows](Store& worker, TaskControl& control, QString* error) {
            const bool ok = ListExporter::exportList(
                worker, list, path, error,
                [&control](qint64 written) {
                    control.progress(written, 0, ExportDialog::tr("%1 rows written...").arg(written));
                    return !control.cancelled();
                },
                rows.get());
            return QVariant(ok);
        },
        this);
    connect(m_task, &BackgroundTask::progress, this,
            [this](qint64, qint64, const QString& message) { m_summary->setText(message); });
    // A 300,000-row list takes a while: Cancel stops it and writes no file.
    auto* progressDialog = new TaskProgressDialog(m_task, tr("Exporting the list..."), this);
    progressDialog->setObjectName(QStringLiteral("exportProgress"));
    connect(m_task, &BackgroundTask::finished, this,
            [this, rows, path](const QVariant& result, const QString& error, bool cancelled) {
        m_task = nullptr;
        m_ok = result.toBool() && error.isEmpty();
        m_rows = m_ok ? *rows : 0;
        if (m_ok)
            m_summary->setText(tr("%1 row(s) written to %2.").arg(m_rows).arg(QDir::toNativeSeparators(path)));
        else if (cancelled)
            m_summary->setText(tr("Export cancelled: no file was written."));
        else
            m_summary->setText(tr("The list could not be exported: %1").arg(error));
        setRunning(false);
        emit exported(m_ok);
    });
    setRunning(true);
}

void ExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_export->setEnabled(!running);
    m_list->setEnabled(!running);
    m_file->setEnabled(!running);
}

void ExportDialog::cancelExport()
{
    if (m_task)
        m_task->cancel();
}

void ExportDialog::reject()
{
    if (m_task) {
        cancelExport(); // Esc or Close while writing: stop; the dialog stays to say so
        return;
    }
    QDialog::reject();
}

} // namespace hocvuso
