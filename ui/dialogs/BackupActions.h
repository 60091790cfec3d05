#pragma once

#include <QString>

class QWidget;

namespace hocvuso {

class Store;

// The Backup and Restore actions as the user sees them (file dialogs,
// confirmation and result messages), shared by the File menu and Settings.
void backupWithDialog(Store& store, QWidget* parent);
void restoreWithDialog(Store& store, QWidget* parent);

// The slow parts of those actions (VACUUM INTO; copying and checking the
// chosen file) on a worker thread with a busy progress dialog, so a large
// store does not freeze the window. They return when the work is done.
bool backupInBackground(Store& store, const QString& target, QWidget* parent, QString* error);
bool scheduleRestoreInBackground(Store& store, const QString& backupFile, QWidget* parent, QString* error);

} // namespace hocvuso
