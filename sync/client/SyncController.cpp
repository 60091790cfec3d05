#include "sync/client/SyncController.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace hocvuso::sync {

void SyncWorker::run()
{
    QString error;
    // A connection of this thread's own: Qt connections belong to their thread.
    auto store = Store::open(m_storePath, &error);
    if (!store) {
        emit done(false, QStringLiteral("store"), error, {});
        return;
    }
    SyncClient client(*store, m_options);
    if (!client.isEnrolled()) {
        emit done(false, QStringLiteral("not_enrolled"),
                  QCoreApplication::translate("SyncController", "This laptop is not enrolled with the province server."),
                  {});
        return;
    }
    const SyncReport report = client.sync(
        [this](const QString& phase, qint64 done, qint64 total) { emit progress(phase, done, total); }, m_cancel);
    emit done(report.ok, report.errorCode, report.error, report.toJson());
}

SyncController::SyncController(const QString& storePath, SyncOptions options, QObject* parent) : QObject(parent)
{
    m_worker = new SyncWorker(storePath, options, &m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::done, this, &SyncController::onFinished);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

SyncController::~SyncController()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncController::syncNow()
{
    if (m_status == Status::Syncing)
        return;
    m_cancel = false;
    setStatus(Status::Syncing);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    m_cancel = true;
}

void SyncController::onFinished(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report)
{
    m_lastError = error;
    m_lastReport = report;
    Status s = ok ? Status::Ok : Status::Failed;
    if (errorCode == QLatin1String("not_enrolled"))
        s = Status::NotEnrolled;
    else if (errorCode == QLatin1String("upgrade_required"))
        s = Status::UpgradeRequired;
    setStatus(s);
    emit finished(s, report);
}

void SyncController::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace hocvuso::sync
