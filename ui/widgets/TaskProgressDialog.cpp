#include "ui/widgets/TaskProgressDialog.h"

#include "ui/widgets/BackgroundTask.h"

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

} // namespace hocvuso
