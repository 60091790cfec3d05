#include "core/query/DeletedRecords.h"

#include "core/domain/EntityNames.h"
#include "core/store/Hlc.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace hocvuso {
namespace {

// The context lupdate gives the messages of DeletedRecords' member functions.
QString tr(const char* text)
{
    return QCoreApplication::translate("hocvuso::DeletedRecords", text);
}

// What a deleted row is recognised by, and the parent it cannot live without.
struct TableLabel
{
    const char* table;
    const char* label;  // SQL (UTF-8) over `t`, the deleted row, with the joins below
    const char* joins;
    const char* parent; // "table.column" of a parent that must be living to restore, or nullptr
    const char* parent2;
};

// Every label reads other tables by id, whatever their own tombstones: a
// resident deleted together with her attendance is still named.
// Parents before children: restoring in this order brings a family back whole.
const TableLabel kTables[] = {
    {"hamlets", "t.name", "", nullptr, nullptr},
    {"households", "coalesce(t.code, '') || coalesce(' ' || t.head_name, '')", "", "hamlets.hamlet_id", nullptr},
    {"residents", "t.full_name || coalesce(' (' || t.birth_year || ')', '')", "", "households.household_id",
     "hamlets.hamlet_id"},
    {"classes", "t.title || coalesce(' ' || substr(t.starts_at, 1, 10), '')", "", nullptr, nullptr},
    {"attendance", "coalesce(r.full_name, '?') || ' · ' || coalesce(c.title, '?')",
     "LEFT JOIN residents r ON r.id = t.resident_id LEFT JOIN classes c ON c.id = t.class_id", "classes.class_id",
     "residents.resident_id"},
    {"mentor_pairs", "coalesce(m.full_name, '?') || ' → ' || coalesce(e.full_name, '?')",
     "LEFT JOIN residents m ON m.id = t.mentor_id LEFT JOIN residents e ON e.id = t.mentee_id",
     "residents.mentor_id", "residents.mentee_id"},
    {"teams", "t.name", "", nullptr, nullptr},
    {"team_members", "coalesce(r.full_name, '?') || ' · ' || coalesce(tm.name, '?')",
     "LEFT JOIN residents r ON r.id = t.resident_id LEFT JOIN teams tm ON tm.id = t.team_id", "teams.team_id",
     "residents.resident_id"},
    {"visits", "coalesce(h.code, '?') || coalesce(' ' || h.head_name, '') || ' · ' || t.visited_on",
     "LEFT JOIN households h ON h.id = t.household_id", "households.household_id", nullptr},
};

const TableLabel* labelOf(const QString& table)
{
    for (const TableLabel& t : kTables) {
        if (table == QLatin1String(t.table))
            return &t;
    }
    return nullptr;
}

// A parent named "table.column" of `row`: deleted (1), living (0), none or unknown (-1).
int parentDeleted(Store& store, const char* parent, const QVariantMap& row, QString* parentTable)
{
    if (!parent)
        return -1;
    const QStringList parts = QString::fromLatin1(parent).split(QLatin1Char('.'));
    const QString parentId = row.value(parts[1]).toString();
    if (parentId.isEmpty())
        return -1;
    const auto p = store.get(parts[0], parentId, true);
    if (!p)
        return -1;
    *parentTable = parts[0];
    return p->value(QStringLiteral("deleted")).toInt() != 0 ? 1 : 0;
}

} // namespace

DeletedRecords::DeletedRecords(Store& store) : m_store(store) {}

QStringList DeletedRecords::tables()
{
    QStringList names;
    for (const TableLabel& t : kTables)
        names << QString::fromLatin1(t.table);
    return names;
}

QVector<DeletedRecord> DeletedRecords::list(const QString& table, int limit) const
{
    QVector<DeletedRecord> records;
    for (const TableLabel& t : kTables) {
        if (!table.isEmpty() && table != QLatin1String(t.table))
            continue;
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.id, %1, t.updated_hlc FROM %2 t %3 WHERE t.deleted = 1"
                                 " ORDER BY t.updated_hlc DESC LIMIT ?")
                      .arg(QString::fromUtf8(t.label), QLatin1String(t.table), QLatin1String(t.joins)));
        q.addBindValue(limit);
        if (!q.exec())
            continue;
        while (q.next()) {
            records.append({QString::fromLatin1(t.table), q.value(0).toString(), q.value(1).toString(),
                            QDateTime::fromMSecsSinceEpoch(Hlc::millisOf(q.value(2).toLongLong()))});
        }
    }
    std::sort(records.begin(), records.end(),
              [](const DeletedRecord& a, const DeletedRecord& b) { return a.deletedAt > b.deletedAt; });
    if (records.size() > limit)
        records.resize(limit);
    return records;
}

QStringList DeletedRecords::stillUsing(const QString& table, const QString& id) const
{
    struct Use
    {
        const char* parent;
        const char* child;
        const char* column;
        const char* what; // %n: how many
    };
    static const Use uses[] = {
        {"hamlets", "households", "hamlet_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n household(s)")},
        {"hamlets", "residents", "hamlet_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n resident(s)")},
        {"hamlets", "classes", "hamlet_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n class(es)")},
        {"hamlets", "teams", "hamlet_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n digital team(s)")},
        {"households", "residents", "household_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n resident(s)")},
        {"households", "visits", "household_id", QT_TRANSLATE_NOOP("hocvuso::DeletedRecords", "%n visit(s)")},
    };
    QStringList found;
    for (const Use& use : uses) {
        if (table != QLatin1String(use.parent))
            continue;
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND deleted = 0")
                      .arg(QLatin1String(use.child), QLatin1String(use.column)));
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toInt() > 0)
            found << QCoreApplication::translate("hocvuso::DeletedRecords", use.what, nullptr, q.value(0).toInt());
    }
    return found;
}

bool DeletedRecords::restore(const QString& table, const QString& id, StoreError* error)
{
    const TableLabel* label = labelOf(table);
    const auto row = label ? m_store.get(table, id, true) : std::nullopt;
    StoreError ignored;
    if (!error)
        error = &ignored;
    if (!row) {
        *error = {table, {}, tr("this record does not exist")};
        return false;
    }
    if (row->value(QStringLiteral("deleted")).toInt() == 0) {
        *error = {table, {}, tr("this record is not deleted")};
        return false;
    }
    for (const char* parent : {label->parent, label->parent2}) {
        QString parentTable;
        if (parentDeleted(m_store, parent, *row, &parentTable) == 1) {
            *error = {table, {}, tr("it belongs to a deleted %1: restore that first").arg(entityTitle(parentTable).toLower())};
            return false;
        }
    }
    return m_store.restore(table, id, error);
}

} // namespace hocvuso
