#include "ui/widgets/TaskProgressDialog.h"

#include "ui/widgets/BackgroundTask.h"

#include <QEventLoop>

namespace hocvuso {

TaskProgressDialog::TaskProgressDialog(BackgroundTask* task, const QString& label, QWidget* parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent)
{
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    connect(this, &QProgressDialog::canceled, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::progress, this, [this, label](qint64 done, qint64 total, const QString& message) {
        // QProgressDialog counts in int; scale large totals down.
        const int scaledTotal = total > 0 ? 1000 : 0;
        setMaximum(scaledTotal);
        if (total > 0)
            setValue(int(done * 1000 / total));
        setLabelText(message.isEmpty() ? label : message);
    });
    connect(task, &BackgroundTask::finished, this, [this] {
        close();
        deleteLater();
    });
}

bool TaskProgressDialog::runToEnd(BackgroundTask* task, const QString& label, QWidget* parent, bool cancellable,
                                  QString* error)
{
    auto* dialog = new TaskProgressDialog(task, label, parent); // deletes itself when the task ends
    if (!cancellable)
        dialog->setCancelButton(nullptr);
    QEventLoop loop;
    bool ok = false;
    connect(task, &BackgroundTask::finished, &loop, [&](const QVariant& result, const QString& failure, bool) {
        ok = result.toBool();
        if (!ok && error)
            *error = failure;
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace hocvuso
