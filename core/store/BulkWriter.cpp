#include "core/store/BulkWriter.h"

#include "core/store/ChangeLogTriggers.h"
#include "core/store/SearchIndex.h"
#include "core/store/Uuid.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace hocvuso {

namespace {
const QString kResidents = QStringLiteral("residents");
const QString kHouseholds = QStringLiteral("households");

QVariant columnValue(sqlite3_stmt* stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, i));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)),
                                          sqlite3_column_bytes(stmt, i)));
    }
}
} // namespace

BulkWriter::BulkWriter(Store& store)
    : m_store(store),
      m_db(static_cast<sqlite3*>(store.database().nativeHandle())),
      m_commune(store.communeId()),
      m_communeUtf8(m_commune.toUtf8()),
      m_deviceUtf8(store.deviceId().toUtf8())
{
}

BulkWriter::~BulkWriter()
{
    // A caller that forgot finishDeferred() still leaves the triggers in place.
    if (isDeferring() && m_store.inTransaction())
        finishDeferred(nullptr);
    for (const Statement& s : m_inserts)
        sqlite3_finalize(s.stmt);
    for (sqlite3_stmt* s : std::as_const(m_cached))
        sqlite3_finalize(s);
}

QString BulkWriter::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
}

sqlite3_stmt* BulkWriter::prepare(const QString& sql, StoreError* error, const QString& table)
{
    if (!m_db) {
        if (error)
            *error = {table, {}, lastError()};
        return nullptr;
    }
    auto it = m_cached.constFind(sql);
    if (it != m_cached.constEnd())
        return *it;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = {table, {}, lastError()};
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_cached.insert(sql, stmt);
    return stmt;
}

bool BulkWriter::bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(stmt, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QString:
        return bindText(stmt, index, *static_cast<const QString*>(value.constData()));
    default:
        return bindText(stmt, index, value.toString());
    }
}

bool BulkWriter::bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    // Encoded to UTF-8 here, in a buffer kept from row to row: binding UTF-16
    // makes SQLite allocate and convert again for a UTF-8 database.
    const qsizetype room = text.size() * 3;
    if (m_utf8.size() < room)
        m_utf8.resize(std::max<qsizetype>(room, 256));
    char* end = m_utf8Encoder.appendToBuffer(m_utf8.data(), text);
    return sqlite3_bind_text(stmt, index, m_utf8.constData(), int(end - m_utf8.constData()), SQLITE_TRANSIENT) ==
           SQLITE_OK;
}

bool BulkWriter::bindRowText(sqlite3_stmt* stmt, int index, const QString& text)
{
    char* start = m_rowText.data() + m_rowTextUsed;
    char* end = m_utf8Encoder.appendToBuffer(start, text);
    m_rowTextUsed = end - m_rowText.constData();
    return sqlite3_bind_text(stmt, index, start, int(end - start), SQLITE_STATIC) == SQLITE_OK;
}

bool BulkWriter::exec(const QString& sql, StoreError* error, const QString& table)
{
    char* message = nullptr;
    if (m_db && sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = {table, {}, message ? QString::fromUtf8(message) : lastError()};
    sqlite3_free(message);
    return false;
}

std::optional<qint64> BulkWriter::maxRowid(const QString& table, StoreError* error)
{
    sqlite3_stmt* stmt = prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table), error, table);
    if (!stmt)
        return std::nullopt;
    std::optional<qint64> max;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        max = sqlite3_column_int64(stmt, 0);
    else if (error)
        *error = {table, {}, lastError()};
    sqlite3_reset(stmt);
    return max;
}

bool BulkWriter::deferInsertLogging(const QString& table, StoreError* error)
{
    if (deferred(table) || !m_store.inTransaction() || !EntityCatalog::find(table)) {
        if (error)
            *error = {table, {}, QStringLiteral("bulk mode needs an open transaction and a synced table, once")};
        return false;
    }
    Deferred d;
    d.table = table;
    QStringList names = {ChangeLogTriggers::insertTriggerName(table)};
    d.catchUpSql << ChangeLogTriggers::logInsertsSql(m_store.db(), table);
    if (table == kResidents) {
        // One "reload everything" entry for the in-memory search indexes instead of one per row.
        names.prepend(SearchIndex::insertTriggerName());
        d.catchUpSql.prepend(SearchIndex::recordInsertsSql());
    } else if (table == kHouseholds) {
        names.prepend(SearchIndex::householdInsertTriggerName());
        d.catchUpSql.prepend(SearchIndex::recordInsertsSql());
    }
    sqlite3_stmt* find = prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1 "
                                                "AND tbl_name = ?2"),
                                 error, table);
    if (!find)
        return false;
    for (const QString& name : std::as_const(names)) {
        bind(find, 1, name);
        bind(find, 2, table);
        if (sqlite3_step(find) == SQLITE_ROW)
            d.triggerSql << columnValue(find, 0).toString();
        sqlite3_reset(find);
    }
    if (d.triggerSql.size() != names.size()) {
        if (error)
            *error = {table, {}, QStringLiteral("the insert triggers of %1 are missing").arg(table)};
        return false;
    }
    const auto max = maxRowid(table, error);
    if (!max)
        return false;
    d.loggedUpTo = *max;
    // One savepoint: either both triggers are gone or neither.
    if (!exec(QStringLiteral("SAVEPOINT bulk_defer"), error, table))
        return false;
    for (const QString& name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP TRIGGER %1").arg(name), error, table)) {
            exec(QStringLiteral("ROLLBACK TO bulk_defer; RELEASE bulk_defer"), nullptr, table);
            return false;
        }
    }
    if (!exec(QStringLiteral("RELEASE bulk_defer"), error, table))
        return false;
    m_deferred.append(d);
    return true;
}

BulkWriter::Deferred* BulkWriter::deferred(const QString& table)
{
    for (Deferred& d : m_deferred)
        if (d.table == table)
            return &d;
    return nullptr;
}

bool BulkWriter::deferIndexes(StoreError* error)
{
    if (!isDeferring() || !m_deferred.last().indexSql.isEmpty()) {
        if (error)
            *error = {{}, {}, QStringLiteral("deferred indexes need bulk mode, once")};
        return false;
    }
    Deferred& d = m_deferred.last();
    const QString table = d.table;
    sqlite3_stmt* find = prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                                "tbl_name = ?1 AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' "
                                                "ORDER BY name"),
                                 error, table);
    if (!find)
        return false;
    QStringList names, sql;
    bind(find, 1, table);
    while (sqlite3_step(find) == SQLITE_ROW) {
        names << columnValue(find, 0).toString();
        sql << columnValue(find, 1).toString();
    }
    sqlite3_reset(find);
    if (!exec(QStringLiteral("SAVEPOINT bulk_indexes"), error, table))
        return false;
    for (const QString& name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP INDEX \"%1\"").arg(name), error, table)) {
            exec(QStringLiteral("ROLLBACK TO bulk_indexes; RELEASE bulk_indexes"), nullptr, table);
            return false;
        }
    }
    if (!exec(QStringLiteral("RELEASE bulk_indexes"), error, table))
        return false;
    d.indexSql = sql;
    return true;
}

bool BulkWriter::catchUp(StoreError* error)
{
    // Parents first: a resident's entry never comes before its household's.
    for (Deferred& d : m_deferred)
        if (!catchUp(d, error))
            return false;
    return true;
}

bool BulkWriter::catchUp(Deferred& d, StoreError* error)
{
    const QString& table = d.table;
    const auto max = maxRowid(table, error);
    if (!max)
        return false;
    if (*max <= d.loggedUpTo)
        return true;
    for (const QString& sql : std::as_const(d.catchUpSql)) {
        sqlite3_stmt* stmt = prepare(sql, error, table);
        if (!stmt)
            return false;
        sqlite3_bind_int64(stmt, 1, d.loggedUpTo);
        sqlite3_bind_int64(stmt, 2, *max);
        const int rc = sqlite3_step(stmt);
        const QString message = rc == SQLITE_DONE ? QString() : lastError();
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) {
            if (error)
                *error = {table, {}, message};
            return false;
        }
    }
    d.loggedUpTo = *max;
    return true;
}

bool BulkWriter::finishDeferred(StoreError* error)
{
    if (!isDeferring())
        return true;
    if (!catchUp(error))
        return false;
    for (const Deferred& d : std::as_const(m_deferred)) {
        for (const QString& sql : d.triggerSql) {
            if (!exec(sql, error, d.table))
                return false;
        }
        for (const QString& sql : d.indexSql) {
            if (!exec(sql, error, d.table))
                return false;
        }
    }
    m_deferred.clear();
    return true;
}

int BulkWriter::prepareInsert(const QString& table, const QStringList& columns, StoreError* error)
{
    const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
    auto found = m_insertByKey.constFind(key);
    if (found != m_insertByKey.constEnd())
        return *found;
    const EntityDef* entity = EntityCatalog::find(table);
    if (!entity) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "unknown entity")};
        return -1;
    }
    Statement s;
    s.entity = entity;
    s.columns = columns;
    for (const QString& c : columns) {
        if (!entity->hasColumn(c)) {
            if (error)
                *error = {table, c, QCoreApplication::translate("hocvuso::StoreError", "no such field")};
            return -1;
        }
        s.types << entity->typeOf(c);
    }
    QStringList all = {QStringLiteral("id"), QStringLiteral("commune_id"), QStringLiteral("updated_hlc"),
                       QStringLiteral("device_id")};
    all += columns;
    if (table == kResidents) {
        all << QStringLiteral("search_key");
        s.nameIndex = int(columns.indexOf(QStringLiteral("full_name")));
        s.cccdIndex = int(columns.indexOf(QStringLiteral("cccd")));
        s.phoneIndex = int(columns.indexOf(QStringLiteral("phone")));
    }
    // A NULL for a NOT NULL column with a default means "the default", as
    // Store::insert leaves such a column out.
    QStringList values;
    for (int i = 0; i < all.size(); ++i)
        values << QStringLiteral("?");
    {
        sqlite3_stmt* info = prepare(QStringLiteral("SELECT name, \"notnull\", dflt_value FROM pragma_table_info('%1')")
                                         .arg(table),
                                     error, table);
        if (!info)
            return -1;
        while (sqlite3_step(info) == SQLITE_ROW) {
            const QString name = columnValue(info, 0).toString();
            const int at = int(all.indexOf(name));
            const QVariant dflt = columnValue(info, 2);
            if (at >= 4 && sqlite3_column_int(info, 1) != 0 && !dflt.isNull())
                values[at] = QStringLiteral("coalesce(?, %1)").arg(dflt.toString());
        }
        sqlite3_reset(info);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, all.join(QLatin1Char(',')), values.join(QLatin1Char(',')))
                               .toUtf8();
    if (!m_db ||
        sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
            SQLITE_OK) {
        if (error)
            *error = {table, {}, lastError()};
        sqlite3_finalize(stmt);
        return -1;
    }
    // The same for every row, and bindings outlive sqlite3_reset(): bound once.
    sqlite3_bind_text(stmt, 2, m_communeUtf8.constData(), int(m_communeUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 4, m_deviceUtf8.constData(), int(m_deviceUtf8.size()), SQLITE_STATIC);
    s.stmt = stmt;
    m_inserts.append(s);
    const int handle = int(m_inserts.size()) - 1;
    m_insertByKey.insert(key, handle);
    return handle;
}

std::optional<QString> BulkWriter::insert(int statement, const QVariantList& values, StoreError* error,
                                          const QString& givenId, const QString& foldedName)
{
    if (statement < 0 || statement >= m_inserts.size()) {
        if (error)
            *error = {{}, {}, QStringLiteral("no such prepared insert")};
        return std::nullopt;
    }
    const Statement& s = m_inserts.at(statement);
    QVariantList row;
    row.reserve(values.size());
    for (int i = 0; i < values.size() && i < s.types.size(); ++i)
        row << Store::normalise(s.types.at(i), values.at(i));
    return insertNormalised(statement, values.size() == row.size() ? row : values, error, givenId, foldedName);
}

std::optional<QString> BulkWriter::insertNormalised(int statement, const QVariantList& row, StoreError* error,
                                                    const QString& givenId, const QString& foldedName)
{
    if (statement < 0 || statement >= m_inserts.size()) {
        if (error)
            *error = {{}, {}, QStringLiteral("no such prepared insert")};
        return std::nullopt;
    }
    const Statement& s = m_inserts.at(statement);
    const EntityDef& entity = *s.entity;
    if (row.size() != s.columns.size()) {
        if (error)
            *error = {entity.table, {}, QStringLiteral("%1 values for %2 columns").arg(row.size()).arg(s.columns.size())};
        return std::nullopt;
    }
    if (!entity.reference && m_commune.isEmpty()) {
        if (error)
            *error = {entity.table, {}, QCoreApplication::translate("hocvuso::StoreError", "the store has no commune yet (run init first)")};
        return std::nullopt;
    }

    QString id = givenId;
    if (!entity.naturalKey.isEmpty()) {
        QStringList parts;
        for (const QString& k : entity.naturalKey) {
            const int at = int(s.columns.indexOf(k));
            const QString part = at >= 0 ? row.at(at).toString() : QString();
            if (part.isEmpty()) {
                if (error)
                    *error = {entity.table, k, QCoreApplication::translate("hocvuso::StoreError", "is required")};
                return std::nullopt;
            }
            parts << part;
        }
        id = uuid::v5(entity.table, parts);
    } else if (id.isEmpty()) {
        id = uuid::v7(m_random);
    }

    QString key;
    if (entity.table == kResidents) {
        auto at = [&](int i) { return i >= 0 ? row.at(i).toString() : QString(); };
        key = foldedName.isEmpty() ? SearchIndex::residentKey(at(s.nameIndex), at(s.cccdIndex), at(s.phoneIndex))
                                   : SearchIndex::residentKeyOfFolded(foldedName, at(s.cccdIndex), at(s.phoneIndex));
    }
    // Every text of the row is encoded into one buffer sized up front and
    // bound without a copy (SQLITE_STATIC): SQLite's own copy of each value
    // was a malloc and a free per column per row.
    qsizetype room = id.size() + key.size();
    for (const QVariant& v : std::as_const(row))
        if (v.typeId() == QMetaType::QString)
            room += static_cast<const QString*>(v.constData())->size();
    m_rowText.resize(std::max<qsizetype>(room * 3, m_rowText.size()));
    m_rowTextUsed = 0;

    sqlite3_stmt* stmt = s.stmt;
    int p = 5; // 2 and 4 (commune, device) were bound by prepareInsert()
    bool ok = bindRowText(stmt, 1, id) && sqlite3_bind_int64(stmt, 3, m_store.clock().tick()) == SQLITE_OK;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant& v = row.at(i);
        const ColumnType type = s.types.at(i);
        if (v.typeId() != QMetaType::QString)
            ok = ok && bind(stmt, p++, v);
        else if (type != ColumnType::Text && type != ColumnType::Date && type != ColumnType::DateTime)
            ok = ok && bind(stmt, p++, Store::normalise(type, v)); // a number or yes/no given as text
        else if (const QString& text = *static_cast<const QString*>(v.constData()); text.isEmpty())
            ok = ok && sqlite3_bind_null(stmt, p++) == SQLITE_OK; // as Store::normalise: no text is NULL
        else
            ok = ok && bindRowText(stmt, p++, text);
    }
    if (entity.table == kResidents)
        ok = ok && bindRowText(stmt, p++, key);
    const int rc = ok ? sqlite3_step(stmt) : SQLITE_MISUSE;
    const QString message = rc == SQLITE_DONE ? QString() : lastError();
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = {entity.table, {}, message};
        return std::nullopt;
    }
    ++m_inserted;
    return id;
}

std::optional<QString> BulkWriter::insert(const QString& table, const QVariantMap& values, StoreError* error,
                                          const QString& id)
{
    const int statement = prepareInsert(table, values.keys(), error);
    if (statement < 0)
        return std::nullopt;
    return insert(statement, values.values(), error, id);
}

bool BulkWriter::update(const QString& table, const QString& id, const QVariantMap& changes, StoreError* error)
{
    const EntityDef* entity = EntityCatalog::find(table);
    if (!entity) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "unknown entity")};
        return false;
    }
    // The rows inserted so far are logged first, so the log keeps the order of
    // the writes: an update never comes before the insert of its row, nor of
    // the household it now points to.
    if (!catchUp(error))
        return false;
    QStringList sets = {QStringLiteral("updated_hlc = ?"), QStringLiteral("device_id = ?")};
    QVariantList binds = {m_store.clock().tick(), m_store.deviceId()};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.key() == QLatin1String(sync_columns::deleted)) {
            sets << QStringLiteral("deleted = ?");
            binds << (it.value().toBool() ? 1 : 0);
            continue;
        }
        if (!entity->hasColumn(it.key())) {
            if (error)
                *error = {table, it.key(), QCoreApplication::translate("hocvuso::StoreError", "no such field")};
            return false;
        }
        sets << it.key() + QStringLiteral(" = ?");
        binds << Store::normalise(entity->typeOf(it.key()), it.value());
    }
    if (table == kResidents && (changes.contains(QStringLiteral("full_name")) ||
                                changes.contains(QStringLiteral("cccd")) || changes.contains(QStringLiteral("phone")))) {
        const auto current = fetch(table, id);
        auto field = [&](const QString& name) {
            return changes.contains(name) ? Store::normalise(ColumnType::Text, changes.value(name)).toString()
                                          : (current ? current->value(name).toString() : QString());
        };
        sets << QStringLiteral("search_key = ?");
        binds << SearchIndex::residentKey(field(QStringLiteral("full_name")), field(QStringLiteral("cccd")),
                                          field(QStringLiteral("phone")));
    }
    sqlite3_stmt* stmt =
        prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))), error, table);
    if (!stmt)
        return false;
    bool ok = true;
    int p = 1;
    for (const QVariant& v : std::as_const(binds))
        ok = ok && bind(stmt, p++, v);
    ok = ok && bind(stmt, p++, id);
    const int rc = ok ? sqlite3_step(stmt) : SQLITE_MISUSE;
    const QString message = rc == SQLITE_DONE ? QString() : lastError();
    const int changed = rc == SQLITE_DONE ? sqlite3_changes(m_db) : 0;
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = {table, {}, message};
        return false;
    }
    if (changed == 0) {
        if (error)
            *error = {table, {}, QStringLiteral("no record with id %1").arg(id)};
        return false;
    }
    ++m_updated;
    return true;
}

std::optional<QVariantMap> BulkWriter::fetch(const QString& table, const QString& id)
{
    if (!EntityCatalog::find(table))
        return std::nullopt;
    sqlite3_stmt* stmt = prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), nullptr, table);
    if (!stmt || !bind(stmt, 1, id))
        return std::nullopt;
    std::optional<QVariantMap> row;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        row.emplace();
        const int n = sqlite3_column_count(stmt);
        for (int i = 0; i < n; ++i)
            row->insert(QString::fromUtf8(sqlite3_column_name(stmt, i)), columnValue(stmt, i));
    }
    sqlite3_reset(stmt);
    return row;
}

bool BulkWriter::scan(const QString& table, const QStringList& columns, const QString& where,
                      const std::function<void(const QVariantList&)>& row, QString* error)
{
    if (!EntityCatalog::find(table)) {
        if (error)
            *error = QStringLiteral("unknown entity %1").arg(table);
        return false;
    }
    StoreError storeError;
    sqlite3_stmt* stmt = prepare(QStringLiteral("SELECT %1 FROM %2%3")
                                     .arg(columns.join(QLatin1Char(',')), table,
                                          where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                                 &storeError, table);
    if (!stmt) {
        if (error)
            *error = storeError.text();
        return false;
    }
    QVariantList values;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values << columnValue(stmt, i);
        row(values);
    }
    const QString message = lastError();
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

} // namespace hocvuso
