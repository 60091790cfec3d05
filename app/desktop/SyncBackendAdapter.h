#pragma once

#include "sync/client/SyncController.h"
#include "ui/SyncBackend.h"

#include <QPointer>
#include <QThread>

namespace hocvuso {

class Store;

// The desktop's SyncBackend: the UI's interface (ui/SyncBackend.h) on the
// real sync client. Syncs run on SyncController's worker thread; enrolment
// runs on a thread of its own with its own Store connection to the same
// file, so the window never waits for the network. Review lists are read
// from the window's store.
class SyncBackendAdapter final : public SyncBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBackendAdapter)

public:
    SyncBackendAdapter(Store& store, sync::SyncOptions options = {}, QObject* parent = nullptr);
    ~SyncBackendAdapter() override;

    // Syncs by itself when the server comes back and periodically (see sync::AutoSyncOptions).
    void enableAutoSync(sync::AutoSyncOptions options = {});
    sync::SyncController& controller() { return m_controller; }

    bool isEnrolled() const override;
    QString enrolledAs() const override;
    QString serverUrl() const override;
    QVector<SyncQuarantineItem> quarantined() const override;
    QVector<SyncConflictItem> conflicts() const override;
    bool markQuarantineReviewed(qint64 id, QString* error) override;
    bool markConflictReviewed(qint64 id, QString* error) override;

public slots:
    void enroll(const QString& serverUrl, const QString& code, const QString& deviceName) override;
    void syncNow() override;
    void cancel() override;
    void refreshStatus() override;

private:
    void emitStatus();
    void onSyncFinished(sync::SyncController::Status status, const QJsonObject& report);
    void onEnrollDone(bool ok, const QString& message);

    Store& m_store;
    sync::SyncController m_controller;
    QPointer<QThread> m_enrollThread;
};

} // namespace hocvuso
