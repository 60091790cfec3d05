#include "sync/client/SyncController.h"

#include "core/store/Store.h"
#include "sync/client/SyncState.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

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
    readState();
}

void SyncWorker::readState()
{
    QString error;
    auto store = Store::open(m_storePath, &error);
    if (!store) {
        emit stateRead({{QStringLiteral("error"), error}});
        return;
    }
    auto meta = [&](const char* key) { return store->meta(QString::fromLatin1(key)); };
    emit stateRead({{QStringLiteral("server_url"), meta(state::serverUrl)},
                    {QStringLiteral("enrolled"), !meta(state::token).isEmpty()},
                    {QStringLiteral("ca_file"), meta(state::caFile)},
                    {QStringLiteral("pinned_sha256"), meta(state::pinnedSha256)},
                    {QStringLiteral("pending"), store->pendingChanges()},
                    {QStringLiteral("last_success_at"), meta(state::lastSuccessAt)},
                    {QStringLiteral("last_error"), meta(state::lastError)}});
}

SyncController::SyncController(const QString& storePath, SyncOptions options, QObject* parent) : QObject(parent)
{
    m_worker = new SyncWorker(storePath, options, &m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::done, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::stateRead, this, &SyncController::onStateRead);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::onPeriodicTick);
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

void SyncController::refreshState()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::readState, Qt::QueuedConnection);
}

void SyncController::enableAutoSync(AutoSyncOptions options)
{
    if (m_watcher)
        return;
    m_watcher = new ConnectivityWatcher(options.probe, this);
    connect(m_watcher, &ConnectivityWatcher::onlineChanged, this, &SyncController::onlineChanged);
    // Connectivity returned: send what waited.
    connect(m_watcher, &ConnectivityWatcher::cameOnline, this, &SyncController::syncNow);
    m_periodic.start(options.periodicMs);
    refreshState(); // learns the server address, then starts probing
}

bool SyncController::isOnline() const
{
    return m_watcher ? m_watcher->isOnline() : m_lastSyncReachedServer;
}

void SyncController::onPeriodicTick()
{
    // The pending count lives in the store: ask the worker, then decide.
    m_syncWhenStateRead = true;
    refreshState();
}

void SyncController::onStateRead(const QJsonObject& state)
{
    m_pending = state.value(QStringLiteral("pending")).toInteger();
    m_lastSuccessAt = state.value(QStringLiteral("last_success_at")).toString();
    if (m_status != Status::Syncing && !state.value(QStringLiteral("last_error")).toString().isEmpty())
        m_lastError = state.value(QStringLiteral("last_error")).toString();
    if (m_watcher && state.value(QStringLiteral("enrolled")).toBool()) {
        const QUrl server(state.value(QStringLiteral("server_url")).toString());
        if (server != m_watcher->server()) {
            m_watcher->stop();
            m_watcher->setServer(server, {state.value(QStringLiteral("ca_file")).toString(),
                                          state.value(QStringLiteral("pinned_sha256")).toString()});
            m_watcher->start();
        }
    }
    const bool periodic = std::exchange(m_syncWhenStateRead, false);
    if (periodic && isOnline() && m_pending > 0)
        syncNow();
    emit stateRefreshed();
}

void SyncController::onFinished(bool ok, const QString& errorCode, const QString& error, const QJsonObject& report)
{
    m_lastError = error;
    m_lastReport = report;
    m_pending = report.value(QStringLiteral("pending")).toInteger(m_pending);
    if (ok)
        m_lastSuccessAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_watcher) {
        // A sync is the best probe there is.
        if (ok)
            m_watcher->reportSuccess();
        else if (errorCode == QLatin1String("network"))
            m_watcher->reportFailure();
    } else {
        // Without probes, the sync just tried is all we know: any answer, even a
        // refusal, came from the server; a local failure or a cancel says nothing.
        static const QStringList local = {QStringLiteral("not_enrolled"), QStringLiteral("store"),
                                          QStringLiteral("cancelled")};
        const bool unreachable = errorCode == QLatin1String("network") || errorCode == QLatin1String("tls");
        if (!local.contains(errorCode) && std::exchange(m_lastSyncReachedServer, !unreachable) == unreachable)
            emit onlineChanged(!unreachable);
    }
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
