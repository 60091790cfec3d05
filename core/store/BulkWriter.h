#pragma once

#include "core/domain/EntityCatalog.h"
#include "core/store/Store.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringEncoder>
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
// NFC text, the residents' search key) and the change-log and search-change
// triggers fire as for any other write, so sync sees every row. The caller owns the
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
    // `foldedName`: text::fold of the resident's full name when the caller
    // has it already (residents only; empty = fold it here).
    std::optional<QString> insert(int statement, const QVariantList& values, StoreError* error,
                                  const QString& id = {}, const QString& foldedName = {});
    // The same for texts already in their stored form (NFC, trimmed, as
    // Store::normalise makes them; e.g. the importer's checked cells): skips
    // a second normalisation and copy of every value. An empty text is NULL;
    // a text for a number or yes/no column is still converted.
    std::optional<QString> insertNormalised(int statement, const QVariantList& values, StoreError* error,
                                            const QString& id = {}, const QString& foldedName = {});
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

    // Bulk mode for the rows inserted into `table` from now on: its per-row
    // change-log trigger (and the residents' search-change trigger) is dropped inside
    // the caller's transaction, and the rows are logged (and recorded for search) by one
    // INSERT ... SELECT each: in finishDeferred(), and before any update()
    // (of any table), so the log keeps insert-before-update order and a
    // row's parents before it. The log ends up as the triggers would have
    // written it, but for the order of inserts into different tables.
    // Several tables may be in bulk mode at once (e.g. households, then the
    // residents that refer to them): their rows are logged table by table in
    // the order they were put in bulk mode, so put parents first.
    // finishDeferred() restores the triggers; a rollback restores them too.
    // While deferred, rows of `table` must be changed through this writer
    // only. False (and nothing changed) when the triggers are not found.
    bool deferInsertLogging(const QString& table, StoreError* error);
    // For a large bulk mode (many rows against what the table holds): the
    // secondary indexes (not UNIQUE ones, which must refuse a row when it
    // comes) of the table put in bulk mode last are dropped too, and
    // finishDeferred() builds them again by one sort each, cheaper than
    // keeping them up to date row by row. A rollback brings them back.
    // Needs deferInsertLogging() first.
    bool deferIndexes(StoreError* error);
    bool finishDeferred(StoreError* error);
    bool isDeferring() const { return !m_deferred.isEmpty(); }

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

    struct Deferred
    {
        QString table;
        qint64 loggedUpTo = 0;       // rows with a larger rowid are not logged (nor recorded for search) yet
        QStringList triggerSql;      // the dropped triggers, as sqlite_master had them
        QStringList catchUpSql;      // statements over rowid in (?1, ?2]
        QStringList indexSql;        // the dropped secondary indexes, as sqlite_master had them
    };

    sqlite3_stmt* prepare(const QString& sql, StoreError* error, const QString& table);
    bool exec(const QString& sql, StoreError* error, const QString& table);
    std::optional<qint64> maxRowid(const QString& table, StoreError* error);
    // Logs the rows not logged yet of every table in bulk mode, in order.
    bool catchUp(StoreError* error);
    bool catchUp(Deferred& d, StoreError* error);
    Deferred* deferred(const QString& table);
    bool bind(sqlite3_stmt* stmt, int index, const QVariant& value);
    bool bindText(sqlite3_stmt* stmt, int index, const QString& text);
    // insert()'s texts: into m_rowText, which must have room (sized per row)
    // and stays untouched until the row's statement has run.
    bool bindRowText(sqlite3_stmt* stmt, int index, const QString& text);
    QString lastError() const;

    Store& m_store;
    sqlite3* m_db = nullptr;
    QString m_commune;
    const QByteArray m_communeUtf8; // bound once per insert statement
    const QByteArray m_deviceUtf8;
    QRandomGenerator m_random = QRandomGenerator::securelySeeded(); // new ids' random bits
    QVector<Statement> m_inserts;
    QHash<QString, int> m_insertByKey;
    QHash<QString, sqlite3_stmt*> m_cached; // updates and fetches by SQL text
    QByteArray m_utf8; // bindText's buffer
    QByteArray m_rowText;
    qsizetype m_rowTextUsed = 0;
    QStringEncoder m_utf8Encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QVector<Deferred> m_deferred; // in the order they were put in bulk mode
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
};

} // namespace hocvuso
