#pragma once

class QWidget;

namespace hocvuso {

class Store;

// The Backup and Restore actions as the user sees them (file dialogs,
// confirmation and result messages), shared by the File menu and Settings.
void backupWithDialog(Store& store, QWidget* parent);
void restoreWithDialog(Store& store, QWidget* parent);

} // namespace hocvuso
