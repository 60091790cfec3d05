#include "core/store/ChangeLogReader.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/ChangeLogTriggers.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hocvuso {

namespace {

bool tableExists(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace

ChangeLogReader::ChangeLogReader(QSqlDatabase& db) : m_db(db)
{
    // One CASE arm per synced table: a whole-row entry becomes the JSON the
    // insert trigger used to store, built from the row by its primary key.
    QStringList arms;
    for (const EntityDef& entity : EntityCatalog::all()) {
        if (!tableExists(db, entity.table))
            continue;
        arms << QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %1 r WHERE r.id = c.row_id)")
                    .arg(entity.table, ChangeLogTriggers::rowFieldsJson(db, entity.table, QStringLiteral("r.")));
    }
    m_sql = QStringLiteral("SELECT c.seq, c.entity, c.row_id, c.op, CASE WHEN c.fields <> '%1' THEN c.fields "
                           "ELSE CASE c.entity %2 END END, c.hlc, c.device_id FROM change_log c "
                           "WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?")
                .arg(ChangeLogTriggers::wholeRow(), arms.join(QLatin1Char(' ')));
}

std::optional<QVector<LoggedChange>> ChangeLogReader::read(qint64 afterSeq, int limit, QString* error, qint64 upToSeq)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(m_sql)) {
        if (error)
            *error = QStringLiteral("cannot read the change log: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(afterSeq);
    q.addBindValue(upToSeq);
    q.addBindValue(limit > 0 ? qint64(limit) : qint64(-1));
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot read the change log: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QVector<LoggedChange> changes;
    while (q.next()) {
        LoggedChange c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.op = q.value(3).toString();
        if (q.value(4).isNull()) {
            if (error)
                *error = QStringLiteral("change %1 logs the insert of %2 %3, but that row is gone")
                             .arg(c.seq)
                             .arg(c.entity, c.rowId);
            return std::nullopt;
        }
        c.fields = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        c.hlc = q.value(5).toLongLong();
        c.deviceId = q.value(6).toString();
        changes.push_back(c);
    }
    return changes;
}

} // namespace hocvuso
