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

#include <sqlite3.h>

#include <optional>

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
    QHash<QString, QSet<QString>> everyField; // entity → its columns, for whole-row entries
    while (q.next()) {
        QSet<QString>& set = pending[q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()];
        if (q.value(2).toString() == ChangeLogTriggers::wholeRow()) {
            // An insert not pushed yet: every field of the row is pending.
            // The set is shared per entity (an insert is its row's first entry).
            QSet<QString>& all = everyField[q.value(0).toString()];
            if (all.isEmpty()) {
                if (const EntityDef* entity = EntityCatalog::find(q.value(0).toString()))
                    for (const QString& column : entity->columnNames())
                        all.insert(column);
                all.insert(QString::fromLatin1(sync_columns::commune));
                all.insert(QString::fromLatin1(sync_columns::deleted));
            }
            if (set.isEmpty())
                set = all;
            else
                set.unite(all);
            continue;
        }
        const QJsonObject fields = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            set.insert(it.key());
    }
    return pending;
}

// Prepared statements on the store's own connection through the native
// SQLite API, one per (table, column set): a page of thousands of rows costs
// one step per row instead of Qt Sql's per-row prepare and bind by name.
class NativeStatements
{
public:
    explicit NativeStatements(sqlite3* db) : m_db(db) {}
    ~NativeStatements()
    {
        for (sqlite3_stmt* s : std::as_const(m_cache))
            sqlite3_finalize(s);
    }
    NativeStatements(const NativeStatements&) = delete;
    NativeStatements& operator=(const NativeStatements&) = delete;

    sqlite3_stmt* get(const QString& sql)
    {
        auto found = m_cache.constFind(sql);
        if (found != m_cache.constEnd()) {
            sqlite3_reset(*found);
            sqlite3_clear_bindings(*found);
            return *found;
        }
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nullptr;
        }
        m_cache.insert(sql, stmt);
        return stmt;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int changes() const { return sqlite3_changes(m_db); }

private:
    sqlite3* m_db;
    QHash<QString, sqlite3_stmt*> m_cache;
};

void bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    if (text.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindVariant(sqlite3_stmt* stmt, int index, const QVariant& v)
{
    if (v.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int64(stmt, index, v.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(stmt, index, v.toDouble());
        return;
    default:
        bindText(stmt, index, v.toString());
    }
}

QString textColumn(sqlite3_stmt* stmt, int i)
{
    if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)), sqlite3_column_bytes(stmt, i));
}

// A resident's name, CCCD and phone as they will be after the write, to
// store its search key in the same statement (its search triggers fire once).
struct ResidentKeyParts
{
    bool exists = false;
    QString fullName, cccd, phone, searchKey;
};

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
    auto* handle = static_cast<sqlite3*>(m_store.database().nativeHandle());
    if (!handle) {
        result.error = QStringLiteral("no SQLite connection");
        return result;
    }
    NativeStatements statements(handle);
    const QString fullNameColumn = QStringLiteral("full_name"), cccdColumn = QStringLiteral("cccd"),
                  phoneColumn = QStringLiteral("phone"), searchKeyColumn = QStringLiteral("search_key");

    QStringList columns;
    QVariantList binds;
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        const EntityDef* entity = EntityCatalog::find(c.value(QStringLiteral("entity")).toString());
        if (!entity)
            continue; // an entity of a newer schema: nothing to put it in
        const QString rowId = c.value(QStringLiteral("row_id")).toString();
        const qint64 hlc = hlcFromJson(c.value(QStringLiteral("hlc")));
        const QString writer = c.value(QStringLiteral("device_id")).toString();
        // Reference rows are province-wide: '' (NOT NULL), as PlanCatalog writes them.
        const QString commune = entity->reference ? QStringLiteral("") : localCommune;
        maxHlc = std::max(maxHlc, hlc);
        const auto keepIt = pending.constFind(entity->table + QLatin1Char('/') + rowId);
        const QSet<QString>* keep = keepIt == pending.constEnd() ? nullptr : &*keepIt;

        columns.clear();
        binds.clear();
        const QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const bool isDeleted = f.key() == QLatin1String(sync_columns::deleted);
            if (!isDeleted && !entity->hasColumn(f.key()))
                continue;
            if (keep && keep->contains(f.key())) {
                ++result.keptPending;
                continue;
            }
            columns << f.key();
            binds << (isDeleted ? QVariant(f.value().toInteger() ? 1 : 0) : toSql(entity->typeOf(f.key()), f.value()));
        }

        // Residents: the search key from the values the row will hold.
        std::optional<bool> exists;
        if (entity->table == QLatin1String("residents")) {
            sqlite3_stmt* read =
                statements.get(QStringLiteral("SELECT full_name, cccd, phone, search_key FROM residents WHERE id = ?"));
            if (!read) {
                result.error = QStringLiteral("residents: %1").arg(statements.error());
                return result;
            }
            bindText(read, 1, rowId);
            ResidentKeyParts parts;
            if (sqlite3_step(read) == SQLITE_ROW) {
                parts.exists = true;
                parts.fullName = textColumn(read, 0);
                parts.cccd = textColumn(read, 1);
                parts.phone = textColumn(read, 2);
                parts.searchKey = textColumn(read, 3);
            }
            sqlite3_reset(read);
            exists = parts.exists;
            for (int i = 0; i < columns.size(); ++i) {
                if (columns[i] == fullNameColumn)
                    parts.fullName = binds[i].toString();
                else if (columns[i] == cccdColumn)
                    parts.cccd = binds[i].toString();
                else if (columns[i] == phoneColumn)
                    parts.phone = binds[i].toString();
            }
            const QString key = SearchIndex::residentKey(parts.fullName, parts.cccd, parts.phone);
            if (!parts.exists || key != parts.searchKey) {
                columns << searchKeyColumn;
                binds << key;
            }
        }

        auto step = [&](sqlite3_stmt* stmt) -> bool {
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            return rc == SQLITE_DONE;
        };
        auto failRow = [&]() {
            result.error = QStringLiteral("%1 %2: %3").arg(entity->table, rowId, statements.error());
            return result; // the transaction rolls back: the page and its cursor are applied whole or not at all
        };

        bool written = false;
        if (exists.value_or(true)) {
            QString sql = QStringLiteral("UPDATE %1 SET ").arg(entity->table);
            for (const QString& col : std::as_const(columns))
                sql += col + QStringLiteral(" = ?,");
            // The row's HLC never goes back (a kept local edit may be newer); on
            // equal HLCs the greater device id is the last writer, as on the server.
            sql += QStringLiteral("device_id = CASE WHEN updated_hlc < ?1001 OR (updated_hlc = ?1001 AND device_id < ?1002) "
                                  "THEN ?1002 ELSE device_id END, updated_hlc = max(updated_hlc, ?1001) WHERE id = ?1003");
            sqlite3_stmt* update = statements.get(sql);
            if (!update)
                return failRow();
            for (int i = 0; i < binds.size(); ++i)
                bindVariant(update, i + 1, binds[i]);
            sqlite3_bind_int64(update, 1001, hlc);
            bindText(update, 1002, writer);
            bindText(update, 1003, rowId);
            if (!step(update))
                return failRow();
            written = statements.changes() > 0;
        }
        if (!written) {
            QString sql = QStringLiteral("INSERT INTO %1 (").arg(entity->table);
            for (const QString& col : std::as_const(columns))
                sql += col + QLatin1Char(',');
            sql += QStringLiteral("id, commune_id, updated_hlc, device_id) VALUES (");
            for (int i = 0; i < columns.size() + 4; ++i)
                sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
            sql += QLatin1Char(')');
            sqlite3_stmt* insert = statements.get(sql);
            if (!insert)
                return failRow();
            int index = 1;
            for (const QVariant& b : std::as_const(binds))
                bindVariant(insert, index++, b);
            bindText(insert, index++, rowId);
            bindText(insert, index++, commune);
            sqlite3_bind_int64(insert, index++, hlc);
            bindText(insert, index++, writer);
            if (!step(insert))
                return failRow();
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
