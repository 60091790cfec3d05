#include "core/store/Store.h"

#include "core/domain/EntityNames.h"
#include "core/store/SearchIndex.h"
#include "core/store/Uuid.h"
#include "core/text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace hocvuso {

namespace {
const QString kDeviceKey = QStringLiteral("device_id");
const QString kCommuneKey = QStringLiteral("commune_id");
const QString kHlcKey = QStringLiteral("hlc");
const QString kPushedKey = QStringLiteral("pushed_seq");

bool isSyncColumn(const QString& name)
{
    return name == QLatin1String(sync_columns::id) || name == QLatin1String(sync_columns::commune) ||
           name == QLatin1String(sync_columns::hlc) || name == QLatin1String(sync_columns::device) ||
           name == QLatin1String(sync_columns::deleted);
}
} // namespace

QString StoreError::text() const
{
    if (field.isEmpty())
        return entity.isEmpty() ? message : QStringLiteral("%1: %2").arg(entity, message);
    return QStringLiteral("%1.%2: %3").arg(entity, field, message);
}

QString StoreError::displayText() const
{
    const QString subject = !field.isEmpty() ? fieldTitle(entity, field) : !entity.isEmpty() ? entityTitle(entity) : QString();
    return subject.isEmpty() ? message : QStringLiteral("%1: %2").arg(subject, message);
}

Store::Store(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

Store::~Store() = default;

std::unique_ptr<Store> Store::open(const QString& path, QString* error)
{
    auto database = Database::open(path, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Store> store(new Store(std::move(database)));
    store->m_deviceId = store->meta(kDeviceKey);
    if (store->m_deviceId.isEmpty()) {
        store->m_deviceId = uuid::v7();
        if (!store->setMeta(kDeviceKey, store->m_deviceId)) {
            if (error)
                *error = QStringLiteral("cannot record the device id in %1").arg(path);
            return nullptr;
        }
    }
    // The clock resumes after the last value it handed out, even if the
    // persisted copy is behind (it is written once per transaction).
    qint64 last = store->meta(kHlcKey).toLongLong();
    QSqlQuery q(store->db());
    if (q.exec(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1")) && q.next())
        last = std::max(last, q.value(0).toLongLong());
    store->m_clock = Hlc(last);
    return store;
}

QString Store::communeId() const
{
    return meta(kCommuneKey);
}

std::optional<QString> Store::createCommune(const QString& code, const QString& name, StoreError* error,
                                            const QString& provinceCode, const QString& provinceName)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty()) {
        if (error)
            *error = {QStringLiteral("communes"), code.trimmed().isEmpty() ? QStringLiteral("code") : QStringLiteral("name"),
                      QCoreApplication::translate("hocvuso::StoreError", "is required")};
        return std::nullopt;
    }
    StoreTransaction tx(*this);
    const QString id = uuid::v5(QStringLiteral("communes"), {code.trimmed()});
    // The commune row belongs to itself: set the commune first so insert() stamps it.
    setMeta(kCommuneKey, id);
    auto inserted = insert(QStringLiteral("communes"),
                           {{QStringLiteral("code"), code},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("province_code"), provinceCode},
                            {QStringLiteral("province_name"), provinceName}},
                           error);
    if (!inserted || !tx.commit()) {
        m_metaCache.remove(kCommuneKey);
        return std::nullopt;
    }
    return inserted;
}

// Only the device and commune ids are cached: they are read on every write
// and never change once set. Every other key may be written by another
// connection (the sync worker, an import thread) and is read fresh.
static bool isCachedMetaKey(const QString& key)
{
    return key == kDeviceKey || key == kCommuneKey;
}

QString Store::meta(const QString& key, const QString& fallback) const
{
    auto it = m_metaCache.constFind(key);
    if (it != m_metaCache.constEnd())
        return it->isNull() ? fallback : *it;
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    if (isCachedMetaKey(key))
        m_metaCache.insert(key, value);
    return value.isNull() ? fallback : value;
}

bool Store::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return false;
    if (isCachedMetaKey(key))
        m_metaCache.insert(key, value);
    return true;
}

bool Store::begin()
{
    if (m_depth++ > 0)
        return true;
    m_failed = false;
    if (db().transaction())
        return true;
    m_depth = 0;
    return false;
}

bool Store::commit()
{
    if (m_depth <= 0)
        return false;
    if (--m_depth > 0)
        return !m_failed;
    if (m_failed) {
        db().rollback();
        m_metaCache.clear();
        return false;
    }
    persistClock();
    if (db().commit())
        return true;
    db().rollback();
    m_metaCache.clear();
    return false;
}

void Store::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true; // the outermost commit must not keep half of this
        return;
    }
    db().rollback();
    m_metaCache.clear();
}

void Store::persistClock()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kHlcKey);
    q.addBindValue(QString::number(m_clock.last()));
    q.exec();
}

QVariant Store::normalise(ColumnType type, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (type) {
    case ColumnType::Text: {
        const QString s = text::toNfc(value.toString());
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case ColumnType::Bool:
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString().trimmed().toLower();
            return (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("x") ||
                    s == QLatin1String("yes") || s == QLatin1String("co") || s == QStringLiteral("có"))
                       ? 1
                       : 0;
        }
        return value.toBool() ? 1 : 0;
    case ColumnType::Integer:
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            return QVariant();
        return value.toLongLong();
    case ColumnType::Real:
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            return QVariant();
        return value.toDouble();
    case ColumnType::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().date().toString(Qt::ISODate);
        return value.toString().trimmed().isEmpty() ? QVariant() : QVariant(value.toString().trimmed());
    case ColumnType::DateTime:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toString(Qt::ISODate);
        return value.toString().trimmed().isEmpty() ? QVariant() : QVariant(value.toString().trimmed());
    }
    return value;
}

QVariantMap Store::prepareColumns(const EntityDef& entity, const QVariantMap& values, StoreError* error) const
{
    QVariantMap row;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isSyncColumn(it.key()))
            continue; // the store owns these
        if (!entity.hasColumn(it.key())) {
            if (error)
                *error = {entity.table, it.key(), QCoreApplication::translate("hocvuso::StoreError", "no such field")};
            return {};
        }
        const ColumnType type = entity.typeOf(it.key());
        if (it.value().typeId() == QMetaType::QString) {
            const QString text = it.value().toString();
            // No reader of the text wants it, and the province's PostgreSQL
            // cannot store it (the server quarantines it in any string value).
            QString problem;
            if (text.contains(QChar(0)))
                problem = QCoreApplication::translate("hocvuso::StoreError", "contains a NUL character (U+0000)");
            else if (text.size() > kMaxTextLength)
                problem = QCoreApplication::translate("hocvuso::StoreError", "is %1 characters long: a field holds at most %2")
                              .arg(text.size())
                              .arg(kMaxTextLength);
            if (!problem.isEmpty()) {
                if (error)
                    *error = {entity.table, it.key(), problem};
                return {};
            }
        }
        row.insert(it.key(), normalise(type, it.value()));
    }
    return row;
}

void Store::deriveLocalColumns(const EntityDef& entity, const QString& id, QVariantMap& row)
{
    if (entity.table != QLatin1String("residents"))
        return;
    // The search key follows the name, CCCD and phone, whichever of them changed.
    auto current = get(entity.table, id, true);
    auto field = [&](const char* name) {
        const QString key = QString::fromLatin1(name);
        if (row.contains(key))
            return row.value(key).toString();
        return current ? current->value(key).toString() : QString();
    };
    row.insert(QStringLiteral("search_key"),
               SearchIndex::residentKey(field("full_name"), field("cccd"), field("phone")));
}

QString Store::naturalId(const EntityDef& entity, const QVariantMap& values)
{
    QStringList parts;
    for (const QString& k : entity.naturalKey)
        parts << normalise(entity.typeOf(k), values.value(k)).toString();
    return uuid::v5(entity.table, parts);
}

std::optional<QString> Store::insert(const QString& table, const QVariantMap& values, StoreError* error)
{
    const EntityDef* entity = EntityCatalog::find(table);
    if (!entity) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "unknown entity")};
        return std::nullopt;
    }
    StoreError local;
    QVariantMap row = prepareColumns(*entity, values, &local);
    if (!local.message.isEmpty()) {
        if (error)
            *error = local;
        return std::nullopt;
    }
    const QString commune = entity->reference ? values.value(QStringLiteral("commune_id")).toString() : communeId();
    if (!entity->reference && commune.isEmpty()) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "the store has no commune yet (run init first)")};
        return std::nullopt;
    }

    QString id;
    if (!entity->naturalKey.isEmpty()) {
        for (const QString& k : entity->naturalKey) {
            if (row.value(k).toString().isEmpty()) {
                if (error)
                    *error = {table, k, QCoreApplication::translate("hocvuso::StoreError", "is required")};
                return std::nullopt;
            }
        }
        id = naturalId(*entity, row);
        if (auto existing = get(table, id, true)) {
            row.insert(QStringLiteral("deleted"), 0);
            if (!update(table, id, row, error))
                return std::nullopt;
            return id;
        }
    } else {
        id = values.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = uuid::v7();
    }
    deriveLocalColumns(*entity, id, row);

    QStringList columns = {QStringLiteral("id"), QStringLiteral("commune_id"), QStringLiteral("updated_hlc"),
                           QStringLiteral("device_id")};
    QVariantList binds = {id, commune, m_clock.tick(), m_deviceId};
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.value().isNull() && !it.key().startsWith(QLatin1String("search")))
            continue; // leave the column's default
        columns << it.key();
        binds << it.value();
    }
    QStringList marks(columns.size(), QStringLiteral("?"));
    StoreTransaction tx(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        if (error)
            *error = {table, {}, q.lastError().databaseText()};
        return std::nullopt;
    }
    if (!tx.commit()) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "commit failed: %1").arg(db().lastError().text())};
        return std::nullopt;
    }
    return id;
}

bool Store::update(const QString& table, const QString& id, const QVariantMap& changes, StoreError* error)
{
    const EntityDef* entity = EntityCatalog::find(table);
    if (!entity) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "unknown entity")};
        return false;
    }
    StoreError local;
    QVariantMap row = prepareColumns(*entity, changes, &local);
    if (!local.message.isEmpty()) {
        if (error)
            *error = local;
        return false;
    }
    if (changes.contains(QStringLiteral("deleted")))
        row.insert(QStringLiteral("deleted"), changes.value(QStringLiteral("deleted")).toBool() ? 1 : 0);
    auto current = get(table, id, true);
    if (!current) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "no record with id %1").arg(id)};
        return false;
    }
    // Only what really changes is written (and so logged and synced).
    for (auto it = row.begin(); it != row.end();) {
        const QVariant old = current->value(it.key());
        const bool same = (old.isNull() && it.value().isNull()) ||
                          (!old.isNull() && !it.value().isNull() && old.toString() == it.value().toString());
        it = same ? row.erase(it) : std::next(it);
    }
    if (row.isEmpty())
        return true;
    deriveLocalColumns(*entity, id, row);
    // The row may carry a newer HLC than this connection's clock has seen
    // (pulled from a device whose clock is ahead, or written by a worker's
    // connection): the write must still be newer than it.
    m_clock.observe(current->value(QStringLiteral("updated_hlc")).toLongLong());

    QStringList sets = {QStringLiteral("updated_hlc = ?"), QStringLiteral("device_id = ?")};
    QVariantList binds = {m_clock.tick(), m_deviceId};
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    binds << id;
    StoreTransaction tx(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        if (error)
            *error = {table, {}, q.lastError().databaseText()};
        return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = {table, {}, QCoreApplication::translate("hocvuso::StoreError", "commit failed: %1").arg(db().lastError().text())};
        return false;
    }
    return true;
}

bool Store::remove(const QString& table, const QString& id, StoreError* error)
{
    return update(table, id, {{QStringLiteral("deleted"), 1}}, error);
}

bool Store::restore(const QString& table, const QString& id, StoreError* error)
{
    return update(table, id, {{QStringLiteral("deleted"), 0}}, error);
}

std::optional<QVariantMap> Store::get(const QString& table, const QString& id, bool includeDeleted)
{
    if (!EntityCatalog::find(table))
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    if (!includeDeleted && row.value(QStringLiteral("deleted")).toInt() != 0)
        return std::nullopt;
    return row;
}

qint64 Store::changeLogCount()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// seq is AUTOINCREMENT and log entries are never deleted; an entry written
// by a transaction or statement that rolls back takes sqlite_sequence back
// with it. So the entries after the acknowledged mark have no holes and
// their count is a difference: no scan of the log (a full scan of a
// never-pushed 300,000-resident log cost half a second of the window's start).
qint64 Store::pendingChanges()
{
    const qint64 pushed = meta(kPushedKey, QStringLiteral("0")).toLongLong();
    QSqlQuery head(db());
    if (!head.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !head.next())
        return 0;
    return std::max<qint64>(0, head.value(0).toLongLong() - pushed);
}

} // namespace hocvuso
