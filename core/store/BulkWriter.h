#pragma once

#include "core/domain/EntityCatalog.h"
#include "core/store/Store.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hocvuso {

// Many inserts/updates in one transaction, fast: statements are prepared
// once per (table, column set) on the store's own connection through the
// native SQLite API, skipping Qt Sql's per-row overhead. Every row is
// stamped like Store::insert/update (id, commune, a fresh HLC, this device,
// NFC text, the residents' search key) and the change-log and FTS triggers
// fire as for any other write, so sync sees every row. The caller owns the
// transaction (Store::begin/commit or StoreTransaction); a BulkWriter must
// not outlive its Store.
class BulkWriter
{
public:
    explicit BulkWriter(Store& store);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    bool isValid() const { return m_db != nullptr; }

    // A statement inserting `columns` (entity columns, no sync columns) into
    // `table`; -1 (and *error) for an unknown table or column.
    int prepareInsert(const QString& table, const QStringList& columns, StoreError* error);
    // Inserts one row; `values` in the order of the prepared columns. The id
    // is `id` when given, the natural-key id for tables with one, else a new
    // UUIDv7. Returns the id, or nullopt with *error (the row is not written).
    std::optional<QString> insert(int statement, const QVariantList& values, StoreError* error,
                                  const QString& id = {});
    // Convenience for the occasional row (statements are still cached).
    std::optional<QString> insert(const QString& table, const QVariantMap& values, StoreError* error,
                                  const QString& id = {});

    // Writes `changes` to the row (values are normalised; nothing is
    // compared: pass only what changed). `deleted` may be among them.
    bool update(const QString& table, const QString& id, const QVariantMap& changes, StoreError* error);

    // The stored row (deleted ones too), every column, values as SQLite holds them.
    std::optional<QVariantMap> fetch(const QString& table, const QString& id);
    // Calls `row` for every row of `table` (`where` is an optional SQL
    // condition without parameters), values in the order of `columns`.
    bool scan(const QString& table, const QStringList& columns, const QString& where,
              const std::function<void(const QVariantList&)>& row, QString* error = nullptr);

    qint64 rowsInserted() const { return m_inserted; }
    qint64 rowsUpdated() const { return m_updated; }

private:
    struct Statement
    {
        sqlite3_stmt* stmt = nullptr;
        const EntityDef* entity = nullptr;
        QStringList columns;
        QVector<ColumnType> types;
        int nameIndex = -1, cccdIndex = -1, phoneIndex = -1; // residents: the search key's sources
    };

    sqlite3_stmt* prepare(const QString& sql, StoreError* error, const QString& table);
    bool bind(sqlite3_stmt* stmt, int index, const QVariant& value);
    QString lastError() const;

    Store& m_store;
    sqlite3* m_db = nullptr;
    QString m_commune;
    QVector<Statement> m_inserts;
    QHash<QString, int> m_insertByKey;
    QHash<QString, sqlite3_stmt*> m_cached; // updates and fetches by SQL text
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
};

} // namespace hocvuso
