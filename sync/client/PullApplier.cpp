#include "sync/client/PullApplier.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/SearchIndex.h"
#include "core/store/Store.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"
#include "sync/protocol/PullPage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hocvuso::sync {

namespace {

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
// SQLite API, one per (table, column set, statement kind): a page of
// thousands of rows costs one bind and step per row, and the statement is
// found by a short key instead of its SQL text.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* db) : m_db(db) {}
    ~StatementCache()
    {
        for (auto& [key, stmt] : m_cache)
            sqlite3_finalize(stmt);
    }
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Reset and without bindings; `sql()` is called on the first use of `key` only.
    template <class MakeSql>
    sqlite3_stmt* get(const std::string& key, MakeSql sql)
    {
        auto found = m_cache.find(key);
        if (found != m_cache.end()) {
            sqlite3_reset(found->second);
            sqlite3_clear_bindings(found->second);
            return found->second;
        }
        const QByteArray utf8 = sql().toUtf8();
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nullptr;
        }
        m_cache.emplace(key, stmt);
        return stmt;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int changes() const { return sqlite3_changes(m_db); }

private:
    sqlite3* m_db;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

std::string_view sv(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

// An entity as pulled rows are written to it: its columns found by the
// bytes of their names, the commune its rows get.
struct EntityPlan
{
    explicit EntityPlan(const EntityDef* entity, const QString& localCommune) : def(entity)
    {
        if (!def)
            return; // an entity of a newer schema: nothing to put it in
        deleted = int(def->columns.size());
        names.reserve(def->columns.size() + 1);
        for (const ColumnDef& c : def->columns)
            names.push_back(c.name.toUtf8());
        names.push_back(QByteArray(sync_columns::deleted));
        for (int i = 0; i < int(names.size()); ++i)
            columns.emplace(sv(names[size_t(i)]), i);
        // Reference rows are province-wide: '' (NOT NULL), as PlanCatalog writes them.
        commune = def->reference ? QByteArray("") : localCommune.toUtf8();
        residents = def->table == QLatin1String("residents");
        if (residents) {
            fullName = columns.at("full_name");
            cccd = columns.at("cccd");
            phone = columns.at("phone");
        }
    }
    QString columnName(int i) const
    {
        return i == deleted ? QString::fromLatin1(sync_columns::deleted) : def->columns[i].name;
    }
    ColumnType typeOf(int i) const { return def->columns[i].type; }

    const EntityDef* def;
    std::vector<QByteArray> names; // the column names as UTF-8 (the map's keys point into them), then "deleted"
    std::unordered_map<std::string_view, int> columns;
    int deleted = -1;
    QByteArray commune;
    bool residents = false;
    int fullName = -1, cccd = -1, phone = -1;
};

// A value as it is bound to a statement.
struct SqlValue
{
    enum class Kind : quint8 { Null, Integer, Real, Text } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text;
};

bool wholeNumber(double d, qint64* out)
{
    // [-2^63, 2^63): every double in it converts exactly (the server's check is the same range).
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || std::trunc(d) != d)
        return false;
    *out = qint64(d);
    return true;
}

// The column's value from the page's, or the reason it cannot be one (the
// types the server accepts for the column, as its push check has them).
std::optional<SqlValue> toSql(const EntityPlan& plan, int column, const PulledValue& v, QString* why)
{
    using In = PulledValue::Kind;
    SqlValue out;
    if (column == plan.deleted) {
        // A tombstone flag: absent or null is "not deleted".
        out.kind = SqlValue::Kind::Integer;
        qint64 n = 0;
        if (v.kind == In::Null)
            out.integer = 0;
        else if (v.kind == In::Bool)
            out.integer = v.boolean ? 1 : 0;
        else if (v.kind == In::Integer)
            out.integer = v.integer != 0 ? 1 : 0;
        else if (v.kind == In::Real && wholeNumber(v.real, &n))
            out.integer = n != 0 ? 1 : 0;
        else
            return *why = QStringLiteral("must be 0 or 1"), std::nullopt;
        return out;
    }
    if (v.kind == In::Null)
        return out;
    if (v.kind == In::Nested)
        return *why = QStringLiteral("must be a single value, not an object or array"), std::nullopt;
    switch (plan.typeOf(column)) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        out.kind = SqlValue::Kind::Integer;
        if (v.kind == In::Bool)
            out.integer = v.boolean ? 1 : 0;
        else if (v.kind == In::Integer)
            out.integer = v.integer;
        else if (v.kind != In::Real || !wholeNumber(v.real, &out.integer))
            return *why = QStringLiteral("must be a whole number"), std::nullopt;
        return out;
    case ColumnType::Real:
        out.kind = SqlValue::Kind::Real;
        if (v.kind == In::Integer)
            out.real = double(v.integer);
        else if (v.kind == In::Real)
            out.real = v.real;
        else
            return *why = QStringLiteral("must be a number"), std::nullopt;
        return out;
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::DateTime:
        if (v.kind != In::Text)
            return *why = QStringLiteral("must be text"), std::nullopt;
        out.kind = SqlValue::Kind::Text;
        out.text = v.text;
        return out;
    }
    return out;
}

// Texts are bound without a copy: the page outlives the step.
void bindText(sqlite3_stmt* stmt, int index, QByteArrayView utf8)
{
    sqlite3_bind_text(stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void bind(sqlite3_stmt* stmt, int index, const SqlValue& v)
{
    switch (v.kind) {
    case SqlValue::Kind::Null:
        sqlite3_bind_null(stmt, index);
        return;
    case SqlValue::Kind::Integer:
        sqlite3_bind_int64(stmt, index, v.integer);
        return;
    case SqlValue::Kind::Real:
        sqlite3_bind_double(stmt, index, v.real);
        return;
    case SqlValue::Kind::Text:
        bindText(stmt, index, v.text);
        return;
    }
}

QString textColumn(sqlite3_stmt* stmt, int i)
{
    if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)), sqlite3_column_bytes(stmt, i));
}

QString textOf(const SqlValue& v)
{
    return v.kind == SqlValue::Kind::Text ? QString::fromUtf8(v.text) : QString();
}

} // namespace

ApplyResult PullApplier::apply(const QJsonArray& changes, const QJsonArray& conflicts, const QString& cursor)
{
    const QJsonObject page{{QStringLiteral("changes"), changes},
                           {QStringLiteral("conflicts"), conflicts},
                           {QStringLiteral("cursor"), cursor},
                           {QStringLiteral("more"), false}};
    QString error;
    const auto parsed = PullPage::parse(QJsonDocument(page).toJson(QJsonDocument::Compact), &error);
    if (!parsed) {
        ApplyResult result;
        result.error = QStringLiteral("malformed changes: %1").arg(error);
        return result;
    }
    return apply(*parsed);
}

ApplyResult PullApplier::apply(const PullPage& page)
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
    StatementCache statements(handle);

    std::unordered_map<std::string, std::unique_ptr<EntityPlan>> plans;
    const EntityPlan* plan = nullptr;
    QByteArrayView planName;
    std::vector<int> columns;
    std::vector<SqlValue> values;
    std::string key;
    for (const PulledChange& c : page.changes) {
        if (!plan || c.entity != planName) { // pages come in runs of one entity
            auto& slot = plans[std::string(sv(c.entity))];
            if (!slot)
                slot = std::make_unique<EntityPlan>(EntityCatalog::find(QString::fromUtf8(c.entity)), localCommune);
            plan = slot.get();
            planName = c.entity;
        }
        if (!plan->def)
            continue; // an entity of a newer schema: nothing to put it in
        const EntityDef* entity = plan->def;
        maxHlc = std::max(maxHlc, c.hlc);
        const QSet<QString>* keep = nullptr;
        if (!pending.isEmpty()) {
            const auto keepIt = pending.constFind(entity->table + QLatin1Char('/') + QString::fromUtf8(c.rowId));
            keep = keepIt == pending.constEnd() ? nullptr : &*keepIt;
        }
        auto failRow = [&](const QString& why) {
            result.error = QStringLiteral("%1 %2: %3").arg(entity->table, QString::fromUtf8(c.rowId), why);
            return result; // the transaction rolls back: the page and its cursor are applied whole or not at all
        };

        columns.clear();
        values.clear();
        bool hasDeleted = false;
        const PulledField* fields = page.fieldsOf(c);
        for (qsizetype i = 0; i < c.fieldCount; ++i) {
            const PulledField& f = fields[i];
            const auto found = plan->columns.find(sv(f.name));
            if (found == plan->columns.end())
                continue; // not a column of this schema (commune_id among them: a pull never writes it)
            hasDeleted = hasDeleted || found->second == plan->deleted;
            if (keep && keep->contains(QString::fromUtf8(f.name))) {
                ++result.keptPending;
                continue;
            }
            QString why;
            const auto value = toSql(*plan, found->second, f.value, &why);
            if (!value)
                return failRow(QStringLiteral("%1 %2").arg(QString::fromUtf8(f.name), why));
            columns.push_back(found->second);
            values.push_back(*value);
        }
        // A pulled row is whole: no "deleted" means not deleted (servers leave
        // out "deleted":0 for protocol 2 clients). Written, so a row deleted
        // here and restored elsewhere comes back.
        if (!hasDeleted) {
            if (keep && keep->contains(QString::fromLatin1(sync_columns::deleted))) {
                ++result.keptPending;
            } else {
                SqlValue notDeleted;
                notDeleted.kind = SqlValue::Kind::Integer;
                columns.push_back(plan->deleted);
                values.push_back(notDeleted);
            }
        }

        // Residents: the search key from the values the row will hold.
        std::optional<bool> exists;
        QByteArray searchKey;
        if (plan->residents) {
            sqlite3_stmt* read = statements.get("residents:read", [] {
                return QStringLiteral("SELECT full_name, cccd, phone, search_key FROM residents WHERE id = ?");
            });
            if (!read)
                return failRow(statements.error());
            bindText(read, 1, c.rowId);
            QString fullName, cccd, phone, storedKey;
            exists = sqlite3_step(read) == SQLITE_ROW;
            if (*exists) {
                fullName = textColumn(read, 0);
                cccd = textColumn(read, 1);
                phone = textColumn(read, 2);
                storedKey = textColumn(read, 3);
            }
            sqlite3_reset(read);
            for (size_t i = 0; i < columns.size(); ++i) {
                if (columns[i] == plan->fullName)
                    fullName = textOf(values[i]);
                else if (columns[i] == plan->cccd)
                    cccd = textOf(values[i]);
                else if (columns[i] == plan->phone)
                    phone = textOf(values[i]);
            }
            const QString newKey = SearchIndex::residentKey(fullName, cccd, phone);
            if (!*exists || newKey != storedKey)
                searchKey = newKey.toUtf8();
        }
        const bool withSearchKey = !searchKey.isNull();

        // The statement's key: the entity, the statement kind and the columns.
        auto statementKey = [&](char kind) {
            key.assign(1, '#');
            key.append(reinterpret_cast<const char*>(&plan), sizeof(plan));
            key += kind;
            key += withSearchKey ? 'k' : '-';
            for (int column : columns)
                key.append(reinterpret_cast<const char*>(&column), sizeof(column));
            return key;
        };
        auto step = [&](sqlite3_stmt* stmt) -> bool {
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            return rc == SQLITE_DONE;
        };

        bool written = false;
        if (exists.value_or(true)) {
            sqlite3_stmt* update = statements.get(statementKey('u'), [&] {
                QString sql = QStringLiteral("UPDATE %1 SET ").arg(entity->table);
                for (int column : columns)
                    sql += plan->columnName(column) + QStringLiteral(" = ?,");
                if (withSearchKey)
                    sql += QStringLiteral("search_key = ?,");
                // The row's HLC never goes back (a kept local edit may be newer); on
                // equal HLCs the greater device id is the last writer, as on the server.
                sql += QStringLiteral("device_id = CASE WHEN updated_hlc < ?1001 OR (updated_hlc = ?1001 AND device_id < ?1002) "
                                      "THEN ?1002 ELSE device_id END, updated_hlc = max(updated_hlc, ?1001) WHERE id = ?1003");
                return sql;
            });
            if (!update)
                return failRow(statements.error());
            int index = 1;
            for (const SqlValue& v : values)
                bind(update, index++, v);
            if (withSearchKey)
                bindText(update, index++, searchKey);
            sqlite3_bind_int64(update, 1001, c.hlc);
            bindText(update, 1002, c.deviceId);
            bindText(update, 1003, c.rowId);
            if (!step(update))
                return failRow(statements.error());
            written = statements.changes() > 0;
        }
        if (!written) {
            sqlite3_stmt* insert = statements.get(statementKey('i'), [&] {
                QString sql = QStringLiteral("INSERT INTO %1 (").arg(entity->table);
                for (int column : columns)
                    sql += plan->columnName(column) + QLatin1Char(',');
                if (withSearchKey)
                    sql += QStringLiteral("search_key,");
                sql += QStringLiteral("id, commune_id, updated_hlc, device_id) VALUES (");
                const size_t count = columns.size() + (withSearchKey ? 1 : 0) + 4;
                for (size_t i = 0; i < count; ++i)
                    sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
                sql += QLatin1Char(')');
                return sql;
            });
            if (!insert)
                return failRow(statements.error());
            int index = 1;
            for (const SqlValue& v : values)
                bind(insert, index++, v);
            if (withSearchKey)
                bindText(insert, index++, searchKey);
            bindText(insert, index++, c.rowId);
            bindText(insert, index++, plan->commune);
            sqlite3_bind_int64(insert, index++, c.hlc);
            bindText(insert, index++, c.deviceId);
            if (!step(insert))
                return failRow(statements.error());
        }
        ++result.applied;
    }

    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO sync_conflicts (server_id, entity, row_id, field, kept_value, kept_hlc,"
                               " kept_device, lost_value, lost_hlc, lost_device, detected_at)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (server_id) DO NOTHING"));
    for (const PulledConflict& o : page.conflicts) {
        for (const QString* text : {&o.id, &o.entity, &o.rowId, &o.field, &o.keptValue})
            ins.addBindValue(*text);
        ins.addBindValue(o.keptHlc);
        ins.addBindValue(o.keptDevice);
        ins.addBindValue(o.lostValue);
        ins.addBindValue(o.lostHlc);
        ins.addBindValue(o.lostDevice);
        ins.addBindValue(QDateTime::fromMSecsSinceEpoch(o.detectedAt).toString(Qt::ISODate));
        if (!ins.exec()) {
            result.error = QStringLiteral("cannot record a conflict: %1").arg(ins.lastError().text());
            return result;
        }
        result.conflicts += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    // Later local edits must be newer than anything seen from the commune.
    if (maxHlc > 0)
        m_store.clock().observe(maxHlc);
    if (!m_store.setMeta(QString::fromLatin1(state::cursor), page.cursor)) {
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
