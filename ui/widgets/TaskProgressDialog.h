#pragma once

#include <QProgressDialog>

namespace hocvuso {

class BackgroundTask;

// A modal progress dialog with Cancel bound to one BackgroundTask; it closes
// itself when the task finishes.
class TaskProgressDialog final : public QProgressDialog
{
    Q_OBJECT
public:
    TaskProgressDialog(BackgroundTask* task, const QString& label, QWidget* parent = nullptr);

    // Shows `task`'s progress and waits for it, the event loop still running
    // (the window keeps painting); true when the work returned true, else
    // false with *error set to its failure. Without `cancellable` the dialog
    // offers no Cancel (work that must not stop half way).
    static bool runToEnd(BackgroundTask* task, const QString& label, QWidget* parent, bool cancellable,
                         QString* error);
};

} // namespace hocvuso
