#include "ui/StoreBackup.h"

#include "core/kpi/KpiEngine.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso {

namespace {
// The store file, its WAL and the indicators' saved copy (which is only
// ever of the file beside it).
void removeWithSidecars(const QString& path)
{
    QFile::remove(kpi::KpiEngine::savedCopyPath(path));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

QString StoreBackup::stagedPath(const QString& storePath)
{
    return storePath + QStringLiteral(".restore");
}

QString StoreBackup::previousPath(const QString& storePath)
{
    return storePath + QStringLiteral(".before-restore");
}

bool StoreBackup::backup(Store& store, const QString& target, QString* error)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath()) {
        if (error)
            *error = tr("The backup cannot replace the open store itself.");
        return false;
    }
    // VACUUM INTO refuses an existing file; the user already confirmed overwriting it.
    removeWithSidecars(target);
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = tr("Backup failed: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool StoreBackup::scheduleRestore(const QString& storePath, const QString& backupFile, QString* error)
{
    if (!QFileInfo::exists(backupFile)) {
        if (error)
            *error = tr("The file %1 does not exist.").arg(backupFile);
        return false;
    }
    const QString staged = stagedPath(storePath);
    removeWithSidecars(staged);
    if (!QFile::copy(backupFile, staged)) {
        if (error)
            *error = tr("Cannot copy %1 beside the store.").arg(backupFile);
        return false;
    }
    // The staged copy is opened (and so migrated) now, not at the next start:
    // a bad file is refused while the user is still looking.
    QString openError;
    bool valid = false;
    {
        auto candidate = Store::open(staged, &openError);
        if (candidate) {
            QSqlQuery check(candidate->db());
            const bool intact = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next() &&
                                check.value(0).toString() == QLatin1String("ok");
            if (!intact)
                openError = tr("the file is damaged (integrity check failed)");
            else if (!candidate->hasCommune())
                openError = tr("the file records no commune");
            else {
                // Fold the WAL back so the staged file is complete on its own.
                QSqlQuery(candidate->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                valid = true;
            }
        }
    }
    if (!valid) {
        removeWithSidecars(staged);
        if (error)
            *error = tr("%1 is not a usable backup: %2").arg(backupFile, openError);
        return false;
    }
    return true;
}

bool StoreBackup::hasPendingRestore(const QString& storePath)
{
    return QFileInfo::exists(stagedPath(storePath));
}

bool StoreBackup::applyPendingRestore(const QString& storePath, QString* error)
{
    const QString staged = stagedPath(storePath);
    if (!QFileInfo::exists(staged))
        return true;
    const QString previous = previousPath(storePath);
    removeWithSidecars(previous);
    // The current store's saved indicators go with it (its checks would
    // refuse them for the restored file anyway): the restored store loads
    // its indicators from its tables once.
    QFile::remove(kpi::KpiEngine::savedCopyPath(storePath));
    if (QFileInfo::exists(storePath)) {
        // Keep the replaced store (with its WAL) so nothing is lost by a wrong restore.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(storePath + suffix) && !QFile::rename(storePath + suffix, previous + suffix)) {
                if (error)
                    *error = tr("Cannot move the current store aside to %1.").arg(previous);
                return false;
            }
        }
    }
    QFile::remove(staged + QStringLiteral("-shm"));
    QFile::remove(staged + QStringLiteral("-wal"));
    if (!QFile::rename(staged, storePath)) {
        if (error)
            *error = tr("Cannot move the restored store into place at %1.").arg(storePath);
        return false;
    }
    return true;
}

} // namespace hocvuso
