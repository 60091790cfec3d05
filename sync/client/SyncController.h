#pragma once

#include "sync/client/SyncClient.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace hocvuso::sync {

class SyncWorker;

// The GUI's handle on sync: lives on the GUI thread; the work runs on a
// worker thread with its own Store connection to the same file, so the
// window never freezes. The UI knows only these signals and slots.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class Status { Idle, Syncing, Ok, Failed, NotEnrolled, UpgradeRequired };
    Q_ENUM(Status)

    explicit SyncController(const QString& storePath, SyncOptions options = {}, QObject* parent = nullptr);
    ~SyncController() override;

    Status status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    QJsonObject lastReport() const { return m_lastReport; }

public slots:
    void syncNow(); // ignored while a sync runs
    void cancel();

signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(hocvuso::sync::SyncController::Status status, const QJsonObject& report);
    void statusChanged(hocvuso::sync::SyncController::Status status);

private:
    void setStatus(Status status);
    void onFinished(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report);

    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    Status m_status = Status::Idle;
    QString m_lastError;
    QJsonObject m_lastReport;
};

// Runs on the worker thread (internal to SyncController).
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString storePath, SyncOptions options, const std::atomic_bool* cancel)
        : m_storePath(std::move(storePath)), m_options(options), m_cancel(cancel)
    {
    }
public slots:
    void run();
signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void done(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report);

private:
    QString m_storePath;
    SyncOptions m_options;
    const std::atomic_bool* m_cancel;
};

} // namespace hocvuso::sync
