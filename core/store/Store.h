#pragma once

#include "core/domain/EntityCatalog.h"
#include "core/store/Database.h"
#include "core/store/Hlc.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace hocvuso {

// A refused write: which entity, which field, why. Nothing was written.
struct StoreError
{
    QString entity;
    QString field;
    QString message; // translated where the user may see it
    // "entity.field: message", for logs and the command line.
    QString text() const;
    // For the UI: the field (or else the kind of record) by its translated
    // name ("Commune code: is required").
    QString displayText() const;
};

// The local store: every write to a synced entity goes through here, gets a
// device-made id, the commune, a fresh HLC and this device as writer, with
// text normalised to NFC. The change log is filled by the triggers in the
// same transaction (see ChangeLogTriggers). Not thread-safe: one Store per
// thread, each with its own connection to the same file.
class Store
{
public:
    static std::unique_ptr<Store> open(const QString& path, QString* error);
    ~Store();

    QSqlDatabase& db() { return m_database->db(); }
    Database& database() { return *m_database; }
    const QString& path() const { return m_database->path(); }
    const QString& deviceId() const { return m_deviceId; }

    // The commune this store records (empty until `init`).
    QString communeId() const;
    bool hasCommune() const { return !communeId().isEmpty(); }
    // Creates the commune row and makes it this store's commune.
    std::optional<QString> createCommune(const QString& code, const QString& name, StoreError* error,
                                         const QString& provinceCode = {}, const QString& provinceName = {});

    // Device-local settings that never sync.
    QString meta(const QString& key, const QString& fallback = {}) const;
    bool setMeta(const QString& key, const QString& value);

    // Nestable: only the outermost pair touches SQLite.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Returns the new row's id (UUIDv7, or UUIDv5 of the natural key; a row
    // with the same natural key is updated instead of duplicated).
    std::optional<QString> insert(const QString& table, const QVariantMap& values, StoreError* error);
    bool update(const QString& table, const QString& id, const QVariantMap& changes, StoreError* error);
    bool remove(const QString& table, const QString& id, StoreError* error);  // tombstone
    bool restore(const QString& table, const QString& id, StoreError* error); // undo a tombstone
    std::optional<QVariantMap> get(const QString& table, const QString& id, bool includeDeleted = false);

    // The id a natural-key row has or would have.
    static QString naturalId(const EntityDef& entity, const QVariantMap& values);

    Hlc& clock() { return m_clock; }
    qint64 changeLogCount();
    // Pending = logged but not yet acknowledged by the server: the newest
    // seq less the acknowledged one, without a scan of the log.
    qint64 pendingChanges();

    // Normalises a value for a column of `type` (NFC text, 0/1 bools, ISO dates).
    static QVariant normalise(ColumnType type, const QVariant& value);

private:
    explicit Store(std::unique_ptr<Database> database);
    QVariantMap prepareColumns(const EntityDef& entity, const QVariantMap& values, StoreError* error) const;
    void deriveLocalColumns(const EntityDef& entity, const QString& id, QVariantMap& row);
    void persistClock();

    std::unique_ptr<Database> m_database;
    QString m_deviceId;
    Hlc m_clock;
    int m_depth = 0;
    bool m_failed = false;
    mutable QHash<QString, QString> m_metaCache;
};

// RAII transaction on a Store: rolls back unless committed.
class StoreTransaction
{
public:
    explicit StoreTransaction(Store& store) : m_store(store), m_open(store.begin()) {}
    ~StoreTransaction()
    {
        if (m_open)
            m_store.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_store.commit();
    }
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

private:
    Store& m_store;
    bool m_open;
};

} // namespace hocvuso
