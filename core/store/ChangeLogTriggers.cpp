#include "core/store/ChangeLogTriggers.h"

#include "core/domain/EntityCatalog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso {

namespace {

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("trigger setup failed: %1").arg(q.lastError().text());
    return false;
}

bool tableExists(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

const QString kActive = QStringLiteral("(SELECT suppress FROM log_ctl) = 0");

} // namespace

QString ChangeLogTriggers::insertTriggerName(const QString& table)
{
    return QStringLiteral("%1_log_insert").arg(table);
}

QString ChangeLogTriggers::logInsertsSql(QSqlDatabase& db, const QString& table)
{
    Q_UNUSED(db);
    return QStringLiteral("INSERT INTO change_log (entity, row_id, op, fields, hlc, device_id) "
                          "SELECT '%1', id, 'insert', '%2', updated_hlc, device_id FROM %1 "
                          "WHERE rowid > ? AND rowid <= ? AND %3 ORDER BY rowid")
        .arg(table, wholeRow(), kActive);
}

QString ChangeLogTriggers::wholeRow()
{
    return QStringLiteral("*");
}

QString ChangeLogTriggers::rowFieldsJson(QSqlDatabase& db, const QString& table, const QString& rowPrefix)
{
    QStringList pairs;
    for (const QString& c : loggedColumns(db, table))
        pairs << QStringLiteral("'%1', %2%1").arg(c, rowPrefix);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QStringList ChangeLogTriggers::localColumns()
{
    return {QStringLiteral("search_key")};
}

QStringList ChangeLogTriggers::loggedColumns(QSqlDatabase& db, const QString& table)
{
    static const QStringList carriedByLogRow = {QStringLiteral("id"), QStringLiteral("updated_hlc"),
                                                QStringLiteral("device_id")};
    QStringList columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (!carriedByLogRow.contains(name) && !localColumns().contains(name))
            columns << name;
    }
    return columns;
}

bool ChangeLogTriggers::install(QSqlDatabase& db, int /*schemaVersion*/, QString* error)
{
    for (const EntityDef& entity : EntityCatalog::all()) {
        const QString& t = entity.table;
        if (!tableExists(db, t))
            continue;
        const QStringList columns = loggedColumns(db, t);

        QStringList changedSelects, anyChanged;
        for (const QString& c : columns) {
            changedSelects << QStringLiteral("SELECT '%1' AS k, NEW.%1 AS v WHERE OLD.%1 IS NOT NEW.%1").arg(c);
            anyChanged << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
        }

        const QStringList statements = {
            QStringLiteral("DROP TRIGGER IF EXISTS %1_log_insert").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_log_update").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_hlc_guard").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_no_delete").arg(t),
            // An insert logs no copy of the row: ChangeLogReader reads the row's
            // values when the entry is pushed (a JSON copy of every column was
            // half of a freshly imported store).
            QStringLiteral("CREATE TRIGGER %1_log_insert AFTER INSERT ON %1 WHEN %2 BEGIN "
                           "INSERT INTO change_log (entity, row_id, op, fields, hlc, device_id) "
                           "VALUES ('%1', NEW.id, 'insert', '%3', NEW.updated_hlc, NEW.device_id); END")
                .arg(t, kActive, wholeRow()),
            QStringLiteral("CREATE TRIGGER %1_log_update AFTER UPDATE ON %1 WHEN %2 AND (%3) BEGIN "
                           "INSERT INTO change_log (entity, row_id, op, fields, hlc, device_id) "
                           "VALUES ('%1', NEW.id, CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' "
                           "ELSE 'update' END, (SELECT json_group_object(k, v) FROM (%4)), NEW.updated_hlc, "
                           "NEW.device_id); END")
                .arg(t, kActive, anyChanged.join(QStringLiteral(" OR ")),
                     changedSelects.join(QStringLiteral(" UNION ALL "))),
            // A local write must carry a fresh HLC, or sync would lose it.
            QStringLiteral("CREATE TRIGGER %1_hlc_guard BEFORE UPDATE ON %1 WHEN %2 AND (%3) AND "
                           "NEW.updated_hlc <= OLD.updated_hlc BEGIN "
                           "SELECT RAISE(ABORT, 'local write to %1 without a newer HLC'); END")
                .arg(t, kActive, anyChanged.join(QStringLiteral(" OR "))),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 WHEN %2 BEGIN "
                           "SELECT RAISE(ABORT, '%1 rows are deleted by tombstone, not DELETE'); END")
                .arg(t, kActive),
        };
        for (const QString& sql : statements)
            if (!run(db, sql, error))
                return false;
    }
    return true;
}

SuppressChangeLog::SuppressChangeLog(QSqlDatabase& db) : m_db(db)
{
    // Nested suppressions (a quiet writer called by another) restore the outer state.
    QSqlQuery read(m_db);
    if (read.exec(QStringLiteral("SELECT suppress FROM log_ctl")) && read.next())
        m_previous = read.value(0).toInt();
    QSqlQuery(m_db).exec(QStringLiteral("UPDATE log_ctl SET suppress = 1"));
    // Caches that follow the change log (kpi::detail::FactsSnapshot) cannot
    // see these writes: this count, in the same transaction, tells them to reload.
    QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('unlogged_writes', '1')"
                                        " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
}

SuppressChangeLog::~SuppressChangeLog()
{
    QSqlQuery(m_db).exec(QStringLiteral("UPDATE log_ctl SET suppress = %1").arg(m_previous ? 1 : 0));
}

} // namespace hocvuso
