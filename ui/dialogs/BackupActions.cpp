#include "ui/dialogs/BackupActions.h"

#include "core/store/Store.h"
#include "ui/StoreBackup.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/TaskProgressDialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <functional>

namespace hocvuso {

namespace {
// Runs `work` on a BackgroundTask behind a busy dialog and waits for it while
// the event loop keeps the window painted. The work cannot be stopped half
// way (a backup file is whole or absent), so the dialog offers no Cancel.
bool runBusy(Store& store, const QString& label, QWidget* parent, QString* error,
             std::function<bool(Store& worker, QString* error)> work)
{
    auto* task = BackgroundTask::start(store.path(), [work](Store& worker, TaskControl&, QString* failure) {
        return QVariant(work(worker, failure));
    });
    return TaskProgressDialog::runToEnd(task, label, parent, false, error);
}
} // namespace

bool backupInBackground(Store& store, const QString& target, QWidget* parent, QString* error)
{
    return runBusy(store, QCoreApplication::translate("BackupActions", "Backing up the data..."), parent, error,
                   [target](Store& worker, QString* failure) { return StoreBackup::backup(worker, target, failure); });
}

bool scheduleRestoreInBackground(Store& store, const QString& backupFile, QWidget* parent, QString* error)
{
    return runBusy(store, QCoreApplication::translate("BackupActions", "Checking the backup..."), parent, error,
                   [path = store.path(), backupFile](Store&, QString* failure) {
                       return StoreBackup::scheduleRestore(path, backupFile, failure);
                   });
}

void backupWithDialog(Store& store, QWidget* parent)
{
    const QString suggested = QDir(QFileInfo(store.path()).absolutePath())
                                  .filePath(QStringLiteral("hocvuso-backup-%1.sqlite")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("BackupActions", "Back up the data"), suggested,
                                                        QCoreApplication::translate("BackupActions", "hocvuso store (*.sqlite)"));
    if (target.isEmpty())
        return;
    QString error;
    if (backupInBackground(store, target, parent, &error))
        QMessageBox::information(parent, QCoreApplication::translate("BackupActions", "Back up the data"), QCoreApplication::translate("BackupActions", "The data was copied to %1.").arg(target));
    else
        QMessageBox::warning(parent, QCoreApplication::translate("BackupActions", "Back up the data"), error);
}

void restoreWithDialog(Store& store, QWidget* parent)
{
    const QString file = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"),
                                                      QFileInfo(store.path()).absolutePath(),
                                                      QCoreApplication::translate("BackupActions", "hocvuso store (*.sqlite)"));
    if (file.isEmpty())
        return;
    if (QMessageBox::question(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"),
                              QCoreApplication::translate("BackupActions", "The data in %1 will replace the current data when the application restarts. "
                                 "The current data is kept as %2. Continue?")
                                  .arg(file, StoreBackup::previousPath(store.path()))) != QMessageBox::Yes)
        return;
    QString error;
    if (scheduleRestoreInBackground(store, file, parent, &error))
        QMessageBox::information(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"),
                                 QCoreApplication::translate("BackupActions", "The backup is valid. Restart the application to use it."));
    else
        QMessageBox::warning(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"), error);
}

} // namespace hocvuso
