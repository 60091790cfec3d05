#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hocvuso {

// How a column's value is stored and carried in JSON (change log, sync, CSV).
enum class ColumnType { Text, Integer, Real, Bool, Date, DateTime };

// The longest text a field holds, in characters: far above any real note.
// The laptop's store refuses a longer value and the province server
// quarantines one, so that no single record can make a push batch too large
// to send (which would hold up the whole outbox).
inline constexpr int kMaxTextLength = 20000;

struct ColumnDef
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// One synced table. Every synced table also has the sync columns below,
// which are not listed in `columns`.
struct EntityDef
{
    QString table;
    QVector<ColumnDef> columns;
    // Columns whose values make the deterministic (UUIDv5) id of a row with a
    // natural key, e.g. attendance = class + resident. Empty: a UUIDv7 is made.
    QStringList naturalKey;
    // Reference data is written by the province (plans, targets, catalogue)
    // and reaches every commune by pull.
    bool reference = false;

    bool hasColumn(const QString& name) const;
    ColumnType typeOf(const QString& name) const;
    QStringList columnNames() const;
};

// The synced columns every entity table carries.
namespace sync_columns {
inline constexpr auto id = "id";
inline constexpr auto commune = "commune_id";
inline constexpr auto hlc = "updated_hlc";
inline constexpr auto device = "device_id";
inline constexpr auto deleted = "deleted";
} // namespace sync_columns

// The catalogue of synced entities in dependency order (parents first), so
// that applying them in this order never breaks a foreign key.
class EntityCatalog
{
public:
    static const QVector<EntityDef>& all();
    static const EntityDef* find(const QString& table);
    static const EntityDef& get(const QString& table); // asserts it exists
    static QStringList tableNames();
};

} // namespace hocvuso
