#include "app/desktop/SyncBackendAdapter.h"

#include "core/store/Store.h"
#include "sync/client/SyncClient.h"
#include "sync/client/SyncReview.h"
#include "sync/client/SyncState.h"

#include <QDateTime>
#include <QUrl>

namespace hocvuso {

SyncBackendAdapter::SyncBackendAdapter(Store& store, sync::SyncOptions options, QObject* parent)
    : SyncBackend(parent), m_store(store), m_controller(store.path(), options)
{
    connect(&m_controller, &sync::SyncController::stateRefreshed, this, &SyncBackendAdapter::emitStatus);
    connect(&m_controller, &sync::SyncController::onlineChanged, this, &SyncBackendAdapter::emitStatus);
    connect(&m_controller, &sync::SyncController::finished, this, &SyncBackendAdapter::onSyncFinished);
    connect(&m_controller, &sync::SyncController::progress, this,
            [this](const QString& phase, qint64 done, qint64 total) {
                const QString what = phase == QLatin1String("push")   ? tr("Sending changes")
                                     : phase == QLatin1String("pull") ? tr("Receiving changes")
                                                                      : phase;
                emit progress(total > 0 ? tr("%1: %2 of %3").arg(what).arg(done).arg(total)
                                        : tr("%1: %2").arg(what).arg(done));
            });
}

SyncBackendAdapter::~SyncBackendAdapter()
{
    // An enrolment in flight finishes first: it writes to the store file.
    if (m_enrollThread)
        m_enrollThread->wait();
}

void SyncBackendAdapter::enableAutoSync(sync::AutoSyncOptions options)
{
    m_controller.enableAutoSync(options);
}

bool SyncBackendAdapter::isEnrolled() const
{
    return !m_store.meta(QString::fromLatin1(sync::state::token)).isEmpty();
}

QString SyncBackendAdapter::enrolledAs() const
{
    return m_store.deviceId();
}

QString SyncBackendAdapter::serverUrl() const
{
    return m_store.meta(QString::fromLatin1(sync::state::serverUrl));
}

QVector<SyncQuarantineItem> SyncBackendAdapter::quarantined() const
{
    QVector<SyncQuarantineItem> items;
    for (const sync::QuarantinedChange& q : sync::SyncReview(m_store).quarantined())
        items.append({q.id, q.entity, q.rowId, q.reason, q.reportedAt, q.field});
    return items;
}

QVector<SyncConflictItem> SyncBackendAdapter::conflicts() const
{
    QVector<SyncConflictItem> items;
    for (const sync::LocalConflict& c : sync::SyncReview(m_store).conflicts())
        items.append({c.id, c.entity, c.rowId, c.field, c.keptValue, c.lostValue, c.detectedAt});
    return items;
}

bool SyncBackendAdapter::markQuarantineReviewed(qint64 id, QString* error)
{
    return sync::SyncReview(m_store).markQuarantineReviewed(id, error);
}

bool SyncBackendAdapter::markConflictReviewed(qint64 id, QString* error)
{
    return sync::SyncReview(m_store).markConflictReviewed(id, error);
}

void SyncBackendAdapter::enroll(const QString& serverUrl, const QString& code, const QString& deviceName)
{
    if (m_enrollThread) {
        emit enrollFinished(false, tr("an enrolment is already running"));
        return;
    }
    const QString path = m_store.path();
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    // Its own connection: a Store belongs to the thread that opened it.
    m_enrollThread = QThread::create([this, path, url, code, deviceName] {
        QString error;
        auto store = Store::open(path, &error);
        bool ok = false;
        if (store) {
            const sync::EnrollResult result = sync::SyncClient(*store).enroll(url, code, deviceName);
            ok = result.ok;
            error = result.error;
        }
        QMetaObject::invokeMethod(this, [this, ok, error] { onEnrollDone(ok, error); }, Qt::QueuedConnection);
    });
    connect(m_enrollThread, &QThread::finished, m_enrollThread, &QObject::deleteLater);
    m_enrollThread->start();
}

void SyncBackendAdapter::onEnrollDone(bool ok, const QString& message)
{
    if (m_enrollThread)
        m_enrollThread->wait();
    m_enrollThread = nullptr; // deleteLater frees it; a new enrolment may start
    emit enrollFinished(ok, message);
    if (ok)
        m_controller.refreshState(); // the watcher learns the server address
}

void SyncBackendAdapter::syncNow()
{
    emit progress(tr("Synchronising..."));
    m_controller.syncNow();
}

void SyncBackendAdapter::cancel()
{
    m_controller.cancel();
}

void SyncBackendAdapter::refreshStatus()
{
    m_controller.refreshState();
}

void SyncBackendAdapter::emitStatus()
{
    QDateTime lastSuccess = QDateTime::fromString(m_controller.lastSuccessAt(), Qt::ISODateWithMs);
    if (!lastSuccess.isValid())
        lastSuccess = QDateTime::fromString(m_controller.lastSuccessAt(), Qt::ISODate);
    emit statusChanged(m_controller.isOnline(), m_controller.pendingChanges(), lastSuccess, m_controller.lastError());
}

void SyncBackendAdapter::onSyncFinished(sync::SyncController::Status status, const QJsonObject& report)
{
    QString summary;
    switch (status) {
    case sync::SyncController::Status::Ok:
        summary = tr("Sync finished: %1 sent, %2 received.")
                      .arg(report.value(QStringLiteral("pushed")).toInteger())
                      .arg(report.value(QStringLiteral("pulled")).toInteger());
        if (const qint64 problems = report.value(QStringLiteral("quarantined")).toInteger() +
                                    report.value(QStringLiteral("conflicts")).toInteger())
            summary += QLatin1Char(' ') + tr("%Ln problem(s) to review (File > Sync problems).", nullptr, int(problems));
        break;
    case sync::SyncController::Status::NotEnrolled:
        summary = tr("Not synchronised: enrol this laptop in Settings first.");
        break;
    case sync::SyncController::Status::UpgradeRequired:
        summary = tr("Not synchronised: the province server needs a newer version of this application.");
        break;
    default:
        summary = tr("Sync failed: %1").arg(m_controller.lastError());
        break;
    }
    emit finished(status == sync::SyncController::Status::Ok, summary);
    m_controller.refreshState(); // pending count and last success as stored
}

} // namespace hocvuso
