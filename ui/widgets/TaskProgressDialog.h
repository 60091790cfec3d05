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
};

} // namespace hocvuso
