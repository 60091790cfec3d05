#include "sync/client/SyncReview.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso::sync {

QVector<LocalConflict> SyncReview::conflicts(bool includeReviewed) const
{
    QVector<LocalConflict> list;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, server_id, entity, row_id, field, kept_value, kept_device, kept_hlc, lost_value,"
                             " lost_device, lost_hlc, detected_at, reviewed FROM sync_conflicts"
                             " WHERE ? = 1 OR reviewed = 0 ORDER BY id"));
    q.addBindValue(includeReviewed ? 1 : 0);
    if (!q.exec())
        return list;
    while (q.next()) {
        LocalConflict c;
        c.id = q.value(0).toLongLong();
        c.serverId = q.value(1).toString();
        c.entity = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.keptValue = q.value(5).toString();
        c.keptDevice = q.value(6).toString();
        c.keptHlc = q.value(7).toLongLong();
        c.lostValue = q.value(8).toString();
        c.lostDevice = q.value(9).toString();
        c.lostHlc = q.value(10).toLongLong();
        c.detectedAt = q.value(11).toString();
        c.reviewed = q.value(12).toInt() != 0;
        list.push_back(c);
    }
    return list;
}

QVector<QuarantinedChange> SyncReview::quarantined(bool includeReviewed) const
{
    QVector<QuarantinedChange> list;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, seq, entity, row_id, field, reason, fields, reported_at, reviewed"
                             " FROM sync_quarantine WHERE ? = 1 OR reviewed = 0 ORDER BY seq"));
    q.addBindValue(includeReviewed ? 1 : 0);
    if (!q.exec())
        return list;
    while (q.next()) {
        QuarantinedChange c;
        c.id = q.value(0).toLongLong();
        c.seq = q.value(1).toLongLong();
        c.entity = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.reason = q.value(5).toString();
        c.fields = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        c.reportedAt = q.value(7).toString();
        c.reviewed = q.value(8).toInt() != 0;
        list.push_back(c);
    }
    return list;
}

int SyncReview::unreviewedCount() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_conflicts WHERE reviewed = 0) +"
                               " (SELECT count(*) FROM sync_quarantine WHERE reviewed = 0)")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SyncReview::markConflictReviewed(qint64 id, QString* error)
{
    return markReviewed("sync_conflicts", id, error);
}

bool SyncReview::markQuarantineReviewed(qint64 id, QString* error)
{
    return markReviewed("sync_quarantine", id, error);
}

bool SyncReview::markAllReviewed(QString* error)
{
    StoreTransaction tx(m_store);
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("UPDATE sync_conflicts SET reviewed = 1 WHERE reviewed = 0")) ||
        !q.exec(QStringLiteral("UPDATE sync_quarantine SET reviewed = 1 WHERE reviewed = 0")) || !tx.commit()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SyncReview::markReviewed(const char* table, qint64 id, QString* error)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE %1 SET reviewed = 1 WHERE id = ? AND reviewed = 0").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("SyncReview", "no item %1 waiting for review").arg(id);
        return false;
    }
    return true;
}

} // namespace hocvuso::sync
