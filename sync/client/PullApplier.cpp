#include "sync/client/PullApplier.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/SearchIndex.h"
#include "core/store/Store.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso::sync {

namespace {

QVariant toSql(ColumnType type, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        return v.isBool() ? qint64(v.toBool()) : v.toInteger();
    case ColumnType::Real:
        return v.toDouble();
    default:
        return v.toString();
    }
}

// Fields of rows with local changes not yet acknowledged by the server.
QHash<QString, QSet<QString>> pendingFields(Store& store)
{
    QHash<QString, QSet<QString>> pending;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, row_id, fields FROM change_log WHERE seq > ?"));
    q.addBindValue(store.meta(QString::fromLatin1(state::pushedSeq), QStringLiteral("0")).toLongLong());
    q.exec();
    while (q.next()) {
        QSet<QString>& set = pending[q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()];
        const QJsonObject fields = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            set.insert(it.key());
    }
    return pending;
}

} // namespace

ApplyResult PullApplier::apply(const QJsonArray& changes, const QJsonArray& conflicts, const QString& cursor)
{
    ApplyResult result;
    QSqlDatabase& db = m_store.db();
    // Pages follow the server's commit order, not parent-before-child order, so
    // foreign keys are not checked while pulled rows land (the writing device
    // checked them). The pragma only takes effect outside a transaction.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct RestoreFk
    {
        QSqlDatabase& db;
        ~RestoreFk() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restoreFk{db};

    StoreTransaction tx(m_store);
    if (!tx.ok()) {
        result.error = QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());
        return result;
    }
    SuppressChangeLog suppress(db);
    const auto pending = pendingFields(m_store);
    const QString localCommune = m_store.communeId();
    qint64 maxHlc = 0;

    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        const EntityDef* entity = EntityCatalog::find(c.value(QStringLiteral("entity")).toString());
        if (!entity)
            continue; // an entity of a newer schema: nothing to put it in
        const QString rowId = c.value(QStringLiteral("row_id")).toString();
        const qint64 hlc = hlcFromJson(c.value(QStringLiteral("hlc")));
        const QString writer = c.value(QStringLiteral("device_id")).toString();
        const QString commune = entity->reference ? QString() : localCommune;
        maxHlc = std::max(maxHlc, hlc);
        const QSet<QString> keep = pending.value(entity->table + QLatin1Char('/') + rowId);

        QStringList columns;
        QVariantList binds;
        const QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const bool isDeleted = f.key() == QLatin1String(sync_columns::deleted);
            if (!isDeleted && !entity->hasColumn(f.key()))
                continue;
            if (keep.contains(f.key())) {
                ++result.keptPending;
                continue;
            }
            columns << f.key();
            binds << (isDeleted ? QVariant(f.value().toInteger() ? 1 : 0) : toSql(entity->typeOf(f.key()), f.value()));
        }

        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity->table));
        exists.addBindValue(rowId);
        exists.exec();
        QSqlQuery w(db);
        if (exists.next()) {
            QStringList sets;
            for (const QString& col : columns)
                sets << col + QStringLiteral(" = ?");
            // The row's HLC never goes back (a kept local edit may be newer); on
            // equal HLCs the greater device id is the last writer, as on the server.
            sets << QStringLiteral("device_id = CASE WHEN updated_hlc < ? OR (updated_hlc = ? AND device_id < ?) "
                                   "THEN ? ELSE device_id END")
                 << QStringLiteral("updated_hlc = max(updated_hlc, ?)");
            w.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity->table, sets.join(QLatin1Char(','))));
            for (const QVariant& b : binds)
                w.addBindValue(b);
            w.addBindValue(hlc);
            w.addBindValue(hlc);
            w.addBindValue(writer);
            w.addBindValue(writer);
            w.addBindValue(hlc);
            w.addBindValue(rowId);
        } else {
            columns << QStringLiteral("id") << QStringLiteral("commune_id") << QStringLiteral("updated_hlc")
                    << QStringLiteral("device_id");
            binds << rowId << commune << hlc << writer;
            QStringList marks(columns.size(), QStringLiteral("?"));
            w.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(entity->table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (const QVariant& b : binds)
                w.addBindValue(b);
        }
        if (!w.exec()) {
            result.error = QStringLiteral("%1 %2: %3").arg(entity->table, rowId, w.lastError().databaseText());
            return result; // the transaction rolls back: the page and its cursor are applied whole or not at all
        }
        if (entity->table == QLatin1String("residents")) {
            QSqlQuery r(db);
            r.prepare(QStringLiteral("SELECT full_name, cccd, phone FROM residents WHERE id = ?"));
            r.addBindValue(rowId);
            if (r.exec() && r.next()) {
                QSqlQuery k(db);
                k.prepare(QStringLiteral("UPDATE residents SET search_key = ? WHERE id = ?"));
                k.addBindValue(SearchIndex::residentKey(r.value(0).toString(), r.value(1).toString(), r.value(2).toString()));
                k.addBindValue(rowId);
                k.exec();
            }
        }
        ++result.applied;
    }

    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO sync_conflicts (server_id, entity, row_id, field, kept_value, kept_hlc,"
                               " kept_device, lost_value, lost_hlc, lost_device, detected_at)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (server_id) DO NOTHING"));
    for (const QJsonValue& v : conflicts) {
        const QJsonObject o = v.toObject();
        for (const char* k : {"id", "entity", "row_id", "field", "kept_value"})
            ins.addBindValue(o.value(QLatin1String(k)).toString());
        ins.addBindValue(hlcFromJson(o.value(QStringLiteral("kept_hlc"))));
        ins.addBindValue(o.value(QStringLiteral("kept_device")).toString());
        ins.addBindValue(o.value(QStringLiteral("lost_value")).toString());
        ins.addBindValue(hlcFromJson(o.value(QStringLiteral("lost_hlc"))));
        ins.addBindValue(o.value(QStringLiteral("lost_device")).toString());
        ins.addBindValue(QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("detected_at")).toInteger()).toString(Qt::ISODate));
        if (!ins.exec()) {
            result.error = QStringLiteral("cannot record a conflict: %1").arg(ins.lastError().text());
            return result;
        }
        result.conflicts += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    // Later local edits must be newer than anything seen from the commune.
    if (maxHlc > 0)
        m_store.clock().observe(maxHlc);
    if (!m_store.setMeta(QString::fromLatin1(state::cursor), cursor)) {
        result.error = QStringLiteral("cannot store the pull cursor");
        return result;
    }
    if (!tx.commit()) {
        result.error = QStringLiteral("commit failed: %1").arg(db.lastError().text());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace hocvuso::sync
