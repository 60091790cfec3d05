#pragma once

#include <QCoreApplication>
#include <QString>

namespace hocvuso {

class Store;

// Backup and restore of the store file while the app runs.
// Backup: `VACUUM INTO` on the open connection, a consistent copy even with
// other connections writing. Restore: the chosen file is checked (it opens,
// migrates, passes integrity_check and records a commune), staged beside the
// store, and swapped in at the next start, before the store is opened; the
// replaced store's saved indicators (<file>.kpi) are deleted with it.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    static bool backup(Store& store, const QString& target, QString* error);

    // Checks `backupFile` and stages it as `<storePath>.restore`.
    static bool scheduleRestore(const QString& storePath, const QString& backupFile, QString* error);
    static bool hasPendingRestore(const QString& storePath);
    // At startup: the current store is kept as `<storePath>.before-restore`,
    // the staged file takes its place. True when nothing was pending or the
    // swap succeeded.
    static bool applyPendingRestore(const QString& storePath, QString* error);

    static QString stagedPath(const QString& storePath);
    static QString previousPath(const QString& storePath);
};

} // namespace hocvuso
