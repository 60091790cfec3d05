#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

namespace hocvuso {

// A change the province server refused and kept aside, for display.
struct SyncQuarantineItem
{
    qint64 id = 0;
    QString entity;
    QString rowId;
    QString reason;     // as the server wrote it (English)
    QString reportedAt; // ISO 8601
    QString field;      // the refused field, when the reason is about one
};

// A concurrent edit the server decided (last writer wins), for display.
struct SyncConflictItem
{
    qint64 id = 0;
    QString entity;
    QString rowId;
    QString field;
    QString keptValue;
    QString lostValue;
    QString detectedAt; // ISO 8601
};

// What the desktop needs from sync. The UI knows only this interface (ui/
// never includes sync/); app/desktop implements it with the real client, and
// widget tests with a double.
class SyncBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether this laptop is enrolled, and as which device/commune (for Settings).
    virtual bool isEnrolled() const = 0;
    virtual QString enrolledAs() const = 0;
    virtual QString serverUrl() const = 0;

    // Review lists: unreviewed items only.
    virtual QVector<SyncQuarantineItem> quarantined() const = 0;
    virtual QVector<SyncConflictItem> conflicts() const = 0;
    // False with the reason when the item is no longer waiting.
    virtual bool markQuarantineReviewed(qint64 id, QString* error) = 0;
    virtual bool markConflictReviewed(qint64 id, QString* error) = 0;

public slots:
    // Asynchronous: enrollFinished follows.
    virtual void enroll(const QString& serverUrl, const QString& code, const QString& deviceName) = 0;
    // Asynchronous: progress, then finished. Ignored while a sync runs.
    virtual void syncNow() = 0;
    virtual void cancel() = 0;
    // Re-reads the pending count etc. (after local edits); statusChanged follows.
    virtual void refreshStatus() = 0;

signals:
    void enrollFinished(bool ok, const QString& message);
    void statusChanged(bool online, qint64 pending, const QDateTime& lastSuccess, const QString& lastError);
    void progress(const QString& text);
    void finished(bool ok, const QString& summary);
};

} // namespace hocvuso
