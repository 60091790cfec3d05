#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace hocvuso {
class Store;
}

namespace hocvuso::sync {

// A concurrent edit the server decided by last-writer-wins, as this laptop
// learnt it (from a push answer or a pull).
struct LocalConflict
{
    qint64 id = 0;     // local id (sync_conflicts.id), for markReviewed
    QString serverId;  // the server's conflict id (admin conflicts --resolve)
    QString entity, rowId, field;
    QString keptValue, keptDevice;
    qint64 keptHlc = 0;
    QString lostValue, lostDevice;
    qint64 lostHlc = 0;
    QString detectedAt; // ISO 8601
    bool reviewed = false;
};

// A local change the server refused (validation) and kept aside; it no
// longer blocks the outbox, but a person must fix the record.
struct QuarantinedChange
{
    qint64 id = 0;
    qint64 seq = 0; // change_log seq
    QString entity, rowId, field, reason;
    QJsonObject fields; // what was sent
    QString reportedAt;
    bool reviewed = false;
};

// The review lists of the local store (the desktop shows them): conflicts
// and quarantined changes, and marking them reviewed. Reviewing changes
// nothing in the data: the merged value stays; a quarantined record is
// fixed by editing it, which logs a new change.
class SyncReview
{
public:
    explicit SyncReview(Store& store) : m_store(store) {}

    QVector<LocalConflict> conflicts(bool includeReviewed = false) const;
    QVector<QuarantinedChange> quarantined(bool includeReviewed = false) const;
    int unreviewedCount() const; // conflicts + quarantined not yet reviewed
    // False (with the reason) when no such item is waiting for review.
    bool markConflictReviewed(qint64 id, QString* error = nullptr);
    bool markQuarantineReviewed(qint64 id, QString* error = nullptr);
    bool markAllReviewed(QString* error = nullptr);

private:
    bool markReviewed(const char* table, qint64 id, QString* error);
    Store& m_store;
};

} // namespace hocvuso::sync
