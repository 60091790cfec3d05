#include "ui/dialogs/BackupActions.h"

#include "core/store/Store.h"
#include "ui/StoreBackup.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace hocvuso {

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
    if (StoreBackup::backup(store, target, &error))
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
    if (StoreBackup::scheduleRestore(store.path(), file, &error))
        QMessageBox::information(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"),
                                 QCoreApplication::translate("BackupActions", "The backup is valid. Restart the application to use it."));
    else
        QMessageBox::warning(parent, QCoreApplication::translate("BackupActions", "Restore from a backup"), error);
}

} // namespace hocvuso
