#pragma once

#include "sync/client/ConnectivityWatcher.h"
#include "sync/client/SyncClient.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace hocvuso::sync {

class SyncWorker;

// Sync by itself: when the server becomes reachable again (the system's
// network state and a health probe with backoff), and periodically while
// online and changes are waiting.
struct AutoSyncOptions
{
    ProbeBackoff probe;
    int periodicMs = 10 * 60 * 1000; // while online: a sync this often when changes are pending
};

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

    // Starts automatic sync (see AutoSyncOptions). Without it, only syncNow() syncs.
    void enableAutoSync(AutoSyncOptions options = {});
    bool autoSyncEnabled() const { return m_watcher != nullptr; }
    // The visible status: server reachable, changes waiting, last success (ISO UTC) and last error.
    // Reachable: what the watcher's probes say, or without auto sync, whether the last sync reached the server.
    bool isOnline() const;
    qint64 pendingChanges() const { return m_pending; }
    QString lastSuccessAt() const { return m_lastSuccessAt; }
    ConnectivityWatcher* connectivity() const { return m_watcher; }

public slots:
    void syncNow(); // ignored while a sync runs
    void cancel();
    // Re-reads pending count, last success and last error from the store
    // (e.g. after local edits); stateRefreshed() follows.
    void refreshState();

signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(hocvuso::sync::SyncController::Status status, const QJsonObject& report);
    void statusChanged(hocvuso::sync::SyncController::Status status);
    void onlineChanged(bool online);
    void stateRefreshed();

private:
    void setStatus(Status status);
    void onFinished(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report);
    void onStateRead(const QJsonObject& state);
    void onPeriodicTick();

    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    Status m_status = Status::Idle;
    QString m_lastError;
    QJsonObject m_lastReport;
    ConnectivityWatcher* m_watcher = nullptr;
    QTimer m_periodic;
    qint64 m_pending = 0;
    QString m_lastSuccessAt;
    bool m_syncWhenStateRead = false; // a periodic tick waits for the pending count
    bool m_lastSyncReachedServer = false; // isOnline() without a watcher
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
    // Emits stateRead with server_url, ca_file, pinned_sha256, pending, last_success_at, last_error.
    void readState();
signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void done(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report);
    void stateRead(const QJsonObject& state);

private:
    QString m_storePath;
    SyncOptions m_options;
    const std::atomic_bool* m_cancel;
};

} // namespace hocvuso::sync
