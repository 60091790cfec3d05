#include "ui/StoreRelocation.h"

#include "core/kpi/KpiEngine.h"
#include "core/store/Store.h"
#include "ui/StoreBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace hocvuso {

QString StoreRelocation::targetFile(const QString& folder)
{
    return QDir(folder).absoluteFilePath(QStringLiteral("hocvuso.sqlite"));
}

QString StoreRelocation::refusal(const QString& storePath, const QString& folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo dir(folder);
    if (folder.trimmed().isEmpty() || !dir.isDir())
        return tr("The folder %1 does not exist.").arg(shown);
    if (QDir(folder).absolutePath() == QFileInfo(storePath).absolutePath())
        return tr("The data is already in %1.").arg(shown);
    if (QFileInfo::exists(targetFile(folder)))
        return tr("The folder %1 already holds a data file (%2). Choose an empty folder; nothing was copied.")
            .arg(shown, QFileInfo(targetFile(folder)).fileName());
    // Permission bits do not tell everything (read-only drives, ACLs): try it.
    // (QTemporaryFile appends the random part to the name.)
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".hocvuso-write-test")));
    if (!probe.open())
        return tr("The folder %1 cannot be written to. Choose a folder you may write in.").arg(shown);
    if (StoreBackup::hasPendingRestore(storePath))
        return tr("A restore from a backup is waiting for the restart. Restart the application first, then move the data.");
    return {};
}

bool StoreRelocation::copy(Store& store, const QString& target, QString* error)
{
    if (!StoreBackup::backup(store, target, error))
        return false;
    QString openError;
    bool usable = false;
    {
        auto copied = Store::open(target, &openError);
        usable = copied && copied->hasCommune();
        if (copied && !usable)
            openError = tr("the copy records no commune");
    }
    if (!usable) {
        QFile::remove(kpi::KpiEngine::savedCopyPath(target));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
        if (error)
            *error = tr("The copy in %1 cannot be used: %2").arg(QDir::toNativeSeparators(target), openError);
        return false;
    }
    return true;
}

} // namespace hocvuso
