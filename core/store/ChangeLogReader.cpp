#include "core/store/ChangeLogReader.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/CompactJson.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace hocvuso {

namespace {

bool tableExists(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

// The log's entries with, for a whole-row entry, the row as JSON built by
// SQLite in the same statement.
QString selectWithRowJson(QSqlDatabase& db)
{
    // One CASE arm per synced table: a whole-row entry becomes the JSON the
    // insert trigger used to store, built from the row by its primary key.
    QStringList arms;
    for (const EntityDef& entity : EntityCatalog::all()) {
        if (!tableExists(db, entity.table))
            continue;
        arms << QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %1 r WHERE r.id = c.row_id)")
                    .arg(entity.table, ChangeLogTriggers::rowFieldsJson(db, entity.table, QStringLiteral("r.")));
    }
    return QStringLiteral("SELECT c.seq, c.entity, c.row_id, c.op, CASE WHEN c.fields <> '%1' THEN c.fields "
                          "ELSE CASE c.entity %2 END END, c.hlc, c.device_id FROM change_log c "
                          "WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?")
        .arg(ChangeLogTriggers::wholeRow(), arms.join(QLatin1Char(' ')));
}

QString textOf(sqlite3_stmt* s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

QByteArrayView bytesOf(sqlite3_stmt* s, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return QByteArrayView(text, sqlite3_column_bytes(s, column));
}

// The text of a column whose value repeats from row to row (an entity, an
// operation, the device): the QString of the last value is shared, not
// converted and allocated again.
class RepeatedText
{
public:
    const QString& of(sqlite3_stmt* s, int column)
    {
        const QByteArrayView bytes = bytesOf(s, column);
        if (bytes != QByteArrayView(m_bytes) || m_bytes.isNull()) {
            m_bytes = bytes.toByteArray();
            m_text = QString::fromUtf8(bytes);
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
};

// Ends the read transaction readCompact() opened, however it returns.
struct ReleaseSavepoint
{
    sqlite3* db;
    ~ReleaseSavepoint() { sqlite3_exec(db, "RELEASE change_log_read", nullptr, nullptr, nullptr); }
};

} // namespace

ChangeLogReader::ChangeLogReader(QSqlDatabase& db) : m_db(db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.data());
}

ChangeLogReader::~ChangeLogReader()
{
    sqlite3_finalize(m_logStatement);
    for (const RowStatement& s : std::as_const(m_rowStatements))
        sqlite3_finalize(s.statement);
}

std::optional<QVector<LoggedChange>> ChangeLogReader::read(qint64 afterSeq, int limit, QString* error, qint64 upToSeq)
{
    if (m_sql.isEmpty())
        m_sql = selectWithRowJson(m_db);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(m_sql)) {
        if (error)
            *error = QStringLiteral("cannot read the change log: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(afterSeq);
    q.addBindValue(upToSeq);
    q.addBindValue(limit > 0 ? qint64(limit) : qint64(-1));
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot read the change log: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QVector<LoggedChange> changes;
    while (q.next()) {
        LoggedChange c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.op = q.value(3).toString();
        if (q.value(4).isNull()) {
            if (error)
                *error = QStringLiteral("change %1 logs the insert of %2 %3, but that row is gone")
                             .arg(c.seq)
                             .arg(c.entity, c.rowId);
            return std::nullopt;
        }
        c.fields = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        c.hlc = q.value(5).toLongLong();
        c.deviceId = q.value(6).toString();
        changes.push_back(c);
    }
    return changes;
}

const ChangeLogReader::RowStatement* ChangeLogReader::rowStatement(const QString& entity, QString* error)
{
    auto found = m_rowStatements.constFind(entity);
    if (found != m_rowStatements.constEnd())
        return &*found;
    // Only synced tables that exist; anything else reads as a missing row, as in read().
    if (!EntityCatalog::find(entity) || !tableExists(m_db, entity))
        return nullptr;
    RowStatement s;
    for (const QString& column : ChangeLogTriggers::loggedColumns(m_db, entity))
        s.columns << column.toLatin1();
    std::sort(s.columns.begin(), s.columns.end()); // QJsonObject's key order
    QByteArray sql = "SELECT ";
    for (qsizetype i = 0; i < s.columns.size(); ++i)
        sql += (i ? ", \"" : "\"") + s.columns[i] + '"';
    sql += " FROM \"" + entity.toLatin1() + "\" WHERE id = ?";
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s.statement,
                           nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot read the change log: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_finalize(s.statement);
        return nullptr;
    }
    return &*m_rowStatements.insert(entity, s);
}

std::optional<QVector<LoggedChange>> ChangeLogReader::readCompact(qint64 afterSeq, int limit, QString* error,
                                                                  qint64 upToSeq)
{
    auto fail = [&](const QString& why) -> std::optional<QVector<LoggedChange>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto sqliteFail = [&] {
        return fail(QStringLiteral("cannot read the change log: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    };
    if (!m_handle) { // not SQLite: the general path, serialised
        auto changes = read(afterSeq, limit, error, upToSeq);
        if (changes)
            for (LoggedChange& c : *changes)
                c.fieldsJson = QJsonDocument(std::exchange(c.fields, {})).toJson(QJsonDocument::Compact);
        return changes;
    }
    if (sqlite3_exec(m_handle, "SAVEPOINT change_log_read", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteFail();
    ReleaseSavepoint release{m_handle};
    if (!m_logStatement) {
        static const char sql[] = "SELECT seq, entity, row_id, op, fields, hlc, device_id FROM change_log "
                                  "WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?";
        if (sqlite3_prepare_v3(m_handle, sql, int(sizeof sql - 1), SQLITE_PREPARE_PERSISTENT, &m_logStatement,
                               nullptr) != SQLITE_OK)
            return sqliteFail();
    }
    sqlite3_stmt* log = m_logStatement;
    struct Reset
    {
        sqlite3_stmt* s;
        ~Reset() { sqlite3_reset(s); }
    } resetLog{log};
    sqlite3_bind_int64(log, 1, afterSeq);
    sqlite3_bind_int64(log, 2, upToSeq);
    sqlite3_bind_int64(log, 3, limit > 0 ? qint64(limit) : qint64(-1));
    const QByteArray wholeRow = ChangeLogTriggers::wholeRow().toLatin1();
    QVector<LoggedChange> changes;
    if (limit > 0)
        changes.reserve(limit);
    RepeatedText entity, op, device;
    QByteArray& fields = m_fieldsScratch; // one buffer for every entry: each keeps an exact copy
    int rc;
    while ((rc = sqlite3_step(log)) == SQLITE_ROW) {
        LoggedChange c;
        c.seq = sqlite3_column_int64(log, 0);
        c.entity = entity.of(log, 1);
        c.rowId = textOf(log, 2);
        c.op = op.of(log, 3);
        c.hlc = sqlite3_column_int64(log, 5);
        c.deviceId = device.of(log, 6);
        const QByteArrayView logged = bytesOf(log, 4);
        if (logged != wholeRow) {
            // A copy of the changed fields, as SQLite wrote it: Qt puts it in canonical form.
            c.fieldsJson = QJsonDocument::fromJson(logged.toByteArray()).toJson(QJsonDocument::Compact);
            changes.push_back(std::move(c));
            continue;
        }
        QString statementError;
        const RowStatement* row = rowStatement(c.entity, &statementError);
        if (!row && !statementError.isEmpty())
            return fail(statementError);
        sqlite3_stmt* s = row ? row->statement : nullptr;
        const QByteArrayView id = bytesOf(log, 2); // valid until the log steps on
        if (s)
            sqlite3_bind_text(s, 1, id.data(), int(id.size()), SQLITE_STATIC);
        if (!s || sqlite3_step(s) != SQLITE_ROW) {
            if (s)
                sqlite3_reset(s);
            return fail(QStringLiteral("change %1 logs the insert of %2 %3, but that row is gone")
                            .arg(c.seq)
                            .arg(c.entity, c.rowId));
        }
        fields.resize(0); // keeps its capacity
        CompactJsonWriter json(fields);
        json.beginObject();
        for (int i = 0; i < row->columns.size(); ++i) {
            json.key(row->columns[i]);
            switch (sqlite3_column_type(s, i)) {
            case SQLITE_INTEGER:
                json.integer(sqlite3_column_int64(s, i));
                break;
            case SQLITE_FLOAT:
                json.real(sqlite3_column_double(s, i));
                break;
            case SQLITE_NULL:
                json.null();
                break;
            default: // text (a blob, which no synced column holds, as its bytes)
                json.string(bytesOf(s, i));
            }
        }
        json.endObject();
        sqlite3_reset(s);
        c.fieldsJson = QByteArray(json.written().data(), json.written().size());
        changes.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE)
        return sqliteFail();
    return changes;
}

} // namespace hocvuso
