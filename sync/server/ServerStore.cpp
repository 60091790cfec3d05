#include "sync/server/ServerStore.h"

#include "sync/server/FieldVersions.h"
#include "sync/server/PgBulk.h"
#include "sync/protocol/PullPage.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/CompactJson.h"
#include "core/store/Hlc.h"
#include "core/store/Uuid.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace hocvuso::sync {

namespace {

// Reference rows (plans, targets, catalogues) live in this scope and reach every commune.
const QString kReferenceScope = QStringLiteral("*");
// Rows in one pull answer, and rows a pull may read past (the asking device's own) before answering.
constexpr int kMaxPullPage = 5000;
constexpr int kMaxPullScan = 100000;
QString randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(raw.data()),
                                         reinterpret_cast<quint32*>(raw.data() + bytes));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Enrollment codes are typed by a person: no 0/O or 1/I/L.
QString randomCode(int length)
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return code;
}

QString normaliseCode(const QString& code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('-'));
    c.remove(QLatin1Char(' '));
    return c;
}

QByteArray toText(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject fromText(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    QJsonArray a{v};
    QByteArray s = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(s.mid(1, s.size() - 2));
}

struct Cursor
{
    qint64 commune = 0;
    qint64 reference = 0;
    static std::optional<Cursor> parse(const QString& text)
    {
        if (text.isEmpty())
            return Cursor{};
        const QStringList parts = text.split(QLatin1Char('.'));
        bool ok1 = false, ok2 = false;
        Cursor c;
        if (parts.size() == 2) {
            c.commune = parts[0].toLongLong(&ok1);
            c.reference = parts[1].toLongLong(&ok2);
        }
        if (!ok1 || !ok2 || c.commune < 0 || c.reference < 0)
            return std::nullopt;
        return c;
    }
    QString text() const { return QStringLiteral("%1.%2").arg(commune).arg(reference); }
};

// Why a change cannot be applied (quarantine), or empty.
struct Rejection
{
    QString field;
    QString reason;
    bool isEmpty() const { return reason.isEmpty(); }
};

// Exactly YYYY-MM-DD: Qt's ISO parse ignores whatever follows the tenth
// character ("2024-05-01 not a date" would pass and be stored as is).
bool isIsoDate(const QString& s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

Rejection checkValue(const EntityDef& entity, const QString& field, const QJsonValue& v)
{
    if (v.isNull())
        return {};
    // Any string value (text, and dates: Qt's ISO date parser ignores what
    // follows the tenth character). PostgreSQL text cannot hold it (a
    // conflict logging the value would fail the whole push, again at every
    // retry); SQLite would, so the rule is the same on both back-ends.
    if (v.isString() && v.toString().contains(QChar(0)))
        return {field, QStringLiteral("contains the character U+0000 (NUL)")};
    switch (entity.typeOf(field)) {
    case ColumnType::Text:
        if (!v.isString())
            return {field, QStringLiteral("must be text")};
        if (v.toString().size() > kMaxTextLength) // the reason's words are fixed: laptops translate them
            return {field, QStringLiteral("is longer than %1 characters").arg(kMaxTextLength)};
        return {};
    case ColumnType::Integer:
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return {field, QStringLiteral("must be a whole number")};
        return {};
    case ColumnType::Real:
        if (!v.isDouble())
            return {field, QStringLiteral("must be a number")};
        return {};
    case ColumnType::Bool:
        if (v.isBool() || (v.isDouble() && (v.toInteger() == 0 || v.toInteger() == 1) && v.toDouble() == double(v.toInteger())))
            return {};
        return {field, QStringLiteral("must be 0 or 1")};
    case ColumnType::Date:
        if (!v.isString() || !isIsoDate(v.toString()))
            return {field, QStringLiteral("must be a date YYYY-MM-DD")};
        return {};
    case ColumnType::DateTime:
        if (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODate).isValid())
            return {field, QStringLiteral("must be an ISO 8601 date and time")};
        return {};
    }
    return {};
}

// A row's tombstone flag: exactly 0 or 1 (or a JSON boolean), as every
// device's strict pull reader requires; toInteger() alone turns 0.5 and
// 1e300 into 0.
Rejection checkDeleted(const QJsonValue& v)
{
    if (v.isBool() || (v.isDouble() && (v.toInteger() == 0 || v.toInteger() == 1) && v.toDouble() == double(v.toInteger())))
        return {};
    return {QLatin1String(sync_columns::deleted), QStringLiteral("must be 0 or 1")};
}

Rejection validate(const Change& c, const EntityDef* entity)
{
    if (!entity)
        return {{}, QStringLiteral("unknown entity '%1'").arg(c.entity)};
    if (entity->reference)
        return {{}, QStringLiteral("%1 is reference data, written by the province only").arg(c.entity)};
    if (c.rowId.isEmpty() || c.rowId.size() > 64)
        return {QStringLiteral("id"), QStringLiteral("row id must be 1 to 64 characters")};
    if (c.op != QLatin1String("insert") && c.op != QLatin1String("update") && c.op != QLatin1String("delete"))
        return {{}, QStringLiteral("unknown operation '%1'").arg(c.op)};
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const QString f = it.key();
        if (f == QLatin1String(sync_columns::commune))
            continue;
        if (f == QLatin1String(sync_columns::deleted)) {
            if (Rejection r = checkDeleted(it.value()); !r.isEmpty())
                return r;
            continue;
        }
        if (!entity->hasColumn(f))
            return {f, QStringLiteral("no such field in %1").arg(c.entity)};
        Rejection r = checkValue(*entity, f, it.value());
        if (!r.isEmpty())
            return r;
    }
    return {};
}

// A row as the server merges it: values and, per field, [hlc, device, server seq].
struct RowState
{
    QString entity;
    QString rowId;
    QString communeId;
    QJsonObject data;
    FieldVersions versions;
    bool exists = false;
    bool touched = false;
    qint64 newSeq = 0; // the commune sequence this push gives the row
    // A new row written by one change of the batch: stored as received
    // (storedText), `data` is then that change's fields as decoded.
    QByteArray storedText;
    // Set for such a row when versions are written compactly: the one
    // version all its fields took ("hlc,device,seq:*"); `versions` is then empty.
    std::optional<FieldVersion> wholeRowVersion;
};

// The stored data of a new row from the fields exactly as received: the
// members but commune_id, booleans as 0/1, "deleted":0 when absent. Empty
// optional when the bytes are not what `fields` was decoded from (no raw
// bytes, a repeated or escaped name): the row is then serialised as merged.
std::optional<QByteArray> storedTextAsReceived(const Change& c)
{
    if (c.rawFields.isEmpty())
        return std::nullopt;
    const auto members = rawJsonMembers(c.rawFields);
    if (!members || members->size() != c.fields.size())
        return std::nullopt;
    QByteArray out;
    out.reserve(c.rawFields.size() + 16);
    out += '{';
    bool first = true, hasDeleted = false;
    for (const RawJsonMember& m : *members) {
        if (m.name.contains('\\'))
            return std::nullopt;
        // Qt's parser lets through what JSON does not allow (a raw tab in a
        // string, "\x", "1.", ".5"); devices read pull pages strictly, so
        // such a value is stored as Qt writes it, never as received.
        if (!PullPage::isStrictScalar(m.value))
            return std::nullopt;
        if (m.name == QByteArrayView(sync_columns::commune))
            continue;
        hasDeleted = hasDeleted || m.name == QByteArrayView(sync_columns::deleted);
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += m.name;
        out += "\":";
        if (m.value == QByteArrayView("true"))
            out += '1';
        else if (m.value == QByteArrayView("false"))
            out += '0';
        else
            out += m.value;
    }
    if (!hasDeleted)
        out += first ? "\"deleted\":0" : ",\"deleted\":0";
    out += '}';
    return out;
}

// The stored data of a row without its "deleted":0 member, for a pull page of
// protocol 2 or newer (the reader takes a missing "deleted" as 0). `object`
// is a stored row (compact JSON); a "deleted" written in any other form
// (1, 0.0, spaces) stays, as does everything inside strings.
std::pair<QByteArrayView, QByteArrayView> withoutNotDeleted(QByteArrayView object)
{
    static constexpr QByteArrayView member("\"deleted\":0");
    const qsizetype candidate = object.indexOf(member);
    if (candidate < 0)
        return {object, {}};
    // Where the member's name starts outside a string, at the top level.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char ch = object[i];
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
            continue;
        }
        if (ch == '{' || ch == '[') {
            ++depth;
        } else if (ch == '}' || ch == ']') {
            --depth;
        } else if (ch == '"') {
            if (depth == 1 && i >= candidate && object.sliced(i).startsWith(member)) {
                const qsizetype end = i + member.size();
                const char before = object[i - 1], after = end < object.size() ? object[end] : '\0';
                if (before == ',' && (after == ',' || after == '}'))
                    return {object.first(i - 1), object.sliced(end)}; // drops ,"deleted":0
                if (before == '{' && after == ',')
                    return {object.first(i), object.sliced(end + 1)}; // drops "deleted":0,
                if (before == '{' && after == '}')
                    return {object.first(i), object.sliced(end)};
            }
            inString = true;
        }
    }
    return {object, {}};
}

struct ConflictRecord
{
    QString id;
    QString key; // row key, to take the row's new seq
    QString entity, rowId, field;
    QJsonValue keptValue, lostValue;
    qint64 keptHlc = 0, lostHlc = 0;
    QString keptDevice, lostDevice;
};

QString rowKey(const QString& entity, const QString& rowId)
{
    return entity + QLatin1Char('/') + rowId;
}

QJsonObject conflictJson(const QString& id, const QString& entity, const QString& rowId, const QString& field,
                         const QString& keptValue, qint64 keptHlc, const QString& keptDevice, const QString& lostValue,
                         qint64 lostHlc, const QString& lostDevice, qint64 detectedAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("row_id"), rowId},
            {QStringLiteral("field"), field},
            {QStringLiteral("kept_value"), keptValue},
            {QStringLiteral("kept_hlc"), hlcToJson(keptHlc)},
            {QStringLiteral("kept_device"), keptDevice},
            {QStringLiteral("lost_value"), lostValue},
            {QStringLiteral("lost_hlc"), hlcToJson(lostHlc)},
            {QStringLiteral("lost_device"), lostDevice},
            {QStringLiteral("detected_at"), detectedAt}};
}

bool isSqlite(const QSqlDatabase& db)
{
    return db.driver()->dbmsType() == QSqlDriver::SQLite;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.data());
    return nullptr;
}

// SQLite copies the WAL back into the database (a checkpoint: megabytes
// written and two fsyncs) inside the commit that fills it past 1,000 pages,
// by default; on this server that is inside the writer lock below, so every
// other worker waited for it. Instead the commit only notes the WAL's size
// and the committing thread checkpoints after it let the next writer in (a
// passive checkpoint runs beside writers). Past kForcedPages (checkpoints
// that always overlapped a writer never let the WAL restart) it is done
// before, as SQLite would, so the WAL stays bounded.
class WalCheckpoints
{
public:
    static constexpr int kPages = 1000; // SQLite's wal_autocheckpoint default
    static constexpr int kForcedPages = 16 * kPages;

    // Replaces SQLite's automatic checkpoint on this connection.
    static void install(sqlite3* db) { sqlite3_wal_hook(db, &committed, nullptr); }

    // After a write: checkpoints `db` if its commit asked for one and
    // `urgentOnly` does not rule it out.
    static void afterWrite(sqlite3* db, bool urgentOnly)
    {
        if (!db || t_last.db != db || t_last.pages < (urgentOnly ? kForcedPages : kPages) ||
            !sqlite3_get_autocommit(db))
            return;
        t_last = {};
        // Busy (another connection checkpoints) or cut short by readers: the next commit asks again.
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }

private:
    static int committed(void*, sqlite3* db, const char*, int pages)
    {
        t_last = {db, pages};
        return SQLITE_OK;
    }
    struct LastCommit
    {
        sqlite3* db = nullptr;
        int pages = 0; // the WAL's size after that commit
    };
    static thread_local LastCommit t_last; // the hook runs in the committing thread
};

thread_local WalCheckpoints::LastCommit WalCheckpoints::t_last;

// SQLite has one writer at a time. Worker threads of one server take turns
// here rather than in SQLite's busy handler, which sleeps in steps of up to
// 100 ms; recursive so that one thread with two stores of a file still gets
// SQLite's own busy error instead of waiting for itself.
class SqliteWriteLock
{
public:
    explicit SqliteWriteLock(const QSqlDatabase& db)
    {
        if (isSqlite(db)) {
            m_db = sqliteHandle(db);
            m_lock = std::unique_lock<std::recursive_mutex>(mutex());
        }
    }
    ~SqliteWriteLock() { release(); }
    // Lets the next writer in (at once, or once a WAL near its bound is checkpointed), then checkpoints.
    void release()
    {
        if (!m_lock.owns_lock())
            return;
        WalCheckpoints::afterWrite(m_db, true);
        m_lock.unlock();
        WalCheckpoints::afterWrite(m_db, false);
    }
    SqliteWriteLock(const SqliteWriteLock&) = delete;
    SqliteWriteLock& operator=(const SqliteWriteLock&) = delete;

private:
    static std::recursive_mutex& mutex()
    {
        static std::recursive_mutex writers;
        return writers;
    }
    sqlite3* m_db = nullptr;
    std::unique_lock<std::recursive_mutex> m_lock;
};

// Rolls back unless committed. On SQLite the transaction is IMMEDIATE: a
// deferred one that reads and then writes fails with SQLITE_BUSY when
// another connection (a worker thread, the admin command) wrote in between.
class Tx
{
public:
    explicit Tx(QSqlDatabase& db) : m_writer(db), m_db(db), m_open(begin(db)) {}
    ~Tx()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    // Ends the transaction without writing anything (PostgreSQL: after a
    // failed statement, the only way on for this connection).
    void rollback()
    {
        if (!m_open)
            return;
        m_open = false;
        m_db.rollback();
        m_writer.release();
    }
    // Commits and lets the next writer in (the caller's cleanup of its
    // batch, e.g. freeing the merged rows, is then no longer in its way).
    bool commit()
    {
        m_open = false;
        const bool committed = m_db.commit();
        if (!committed)
            m_db.rollback();
        m_writer.release();
        return committed;
    }

private:
    static bool begin(QSqlDatabase& db)
    {
        QSqlQuery q(db);
        if (isSqlite(db)) // the write lock at once
            return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        // READ COMMITTED whatever the server's default: a push's loadRows
        // must see what the commune's previous push (serialised by its
        // seq_counters lock) committed.
        return db.transaction() && q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"));
    }

    SqliteWriteLock m_writer; // before m_open: held from BEGIN to COMMIT
    QSqlDatabase& m_db;
    bool m_open;
};

QString dbError(const QSqlQuery& q)
{
    return q.lastError().text();
}

// One statement through the native SQLite API on a QSQLITE connection:
// Qt's bindValue and QVariant results cost more than SQLite's own work for
// the server's many small per-row statements.
class NativeStatement
{
public:
    NativeStatement(QSqlDatabase& db, const QString& sql)
    {
        m_db = sqliteHandle(db);
        if (!m_db)
            return;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~NativeStatement() { sqlite3_finalize(m_stmt); }
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, const QString& text)
    {
        if (text.isNull()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, const QVariant& v)
    {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_stmt, index);
            return;
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_stmt, index, v.toLongLong());
            return;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, index, v.toDouble());
            return;
        case QMetaType::QByteArray: { // UTF-8 text (a row's data), bound as text
            const QByteArray& utf8 = *static_cast<const QByteArray*>(v.constData());
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            return;
        }
        default:
            bind(index, v.toString());
        }
    }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    QString text(int column) const
    {
        if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
            return {};
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    bool fail(QString* error) const
    {
        if (error)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
        return false;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Many rows in few statements: the one place where the SQL of the two
// back-ends differs for bulk work. SQLite runs in-process, so one prepared
// statement executed per row with positional binds is cheapest (Qt's QSQLITE
// looks parameters up by name, which makes multi-row statements with
// hundreds of parameters quadratic). PostgreSQL pays a round trip per
// statement, so it gets the whole set at once: one binary array parameter
// per column, unpacked by unnest, through libpq (PgStatements). QPSQL would
// inline the values into EXECUTE as quoted literals, which the server lexes
// character by character; a JSON parameter also had to be parsed.
class BulkSql
{
public:
    struct Column
    {
        const char* name;
        PgArray::Kind kind; // its array's element type on PostgreSQL
    };
    using Row = QVector<QVariant>;

    // `pg`: PostgreSQL's statements of this connection; null on SQLite.
    BulkSql(QSqlDatabase& db, PgStatements* pg) : m_db(db), m_pg(pg) {}

    // INSERT INTO table (columns) <rows> <tail>; tail is e.g. an ON CONFLICT clause.
    bool insert(const QString& table, const QVector<Column>& columns, const QVector<Row>& rows, const QString& tail,
                QString* error)
    {
        if (rows.isEmpty())
            return true;
        QStringList names;
        for (const Column& c : columns)
            names << QLatin1String(c.name);
        const QString head = QStringLiteral("INSERT INTO %1 (%2) ").arg(table, names.join(QLatin1Char(',')));
        if (!m_pg) {
            QStringList marks(columns.size(), QStringLiteral("?"));
            NativeStatement stmt(m_db, head + QStringLiteral("VALUES (%1) ").arg(marks.join(QLatin1Char(','))) + tail);
            if (!stmt.ok())
                return stmt.fail(error);
            for (const Row& row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    stmt.bind(i + 1, row[i]);
                if (stmt.step() != SQLITE_DONE)
                    return stmt.fail(error);
                stmt.reset();
            }
            return true;
        }
        // One unnest per column in the select list (they advance in
        // lockstep; the arrays have the same length), not unnest(a, b, ...)
        // in FROM: that copies every value into a tuplestore before the
        // first row is inserted. Measured on sync_rows: ~20% less backend
        // CPU for the INSERT.
        QStringList arrays;
        for (int i = 0; i < columns.size(); ++i)
            arrays << QStringLiteral("unnest($%1::%2[])")
                          .arg(i + 1)
                          .arg(QLatin1String(columns[i].kind == PgArray::Kind::Text ? "text" : "int8"));
        const QString sql = head + QStringLiteral("SELECT %1 ").arg(arrays.join(QLatin1Char(','))) + tail;
        for (int start = 0; start < rows.size(); start += kPgRowsPerStatement) {
            std::vector<PgArray> params = columnArrays(columns, rows, start, kPgRowsPerStatement);
            if (!m_pg->exec(sql, params, error))
                return false;
        }
        return true;
    }

    struct StoredRow
    {
        QString entity, rowId, communeId, data, versions;
    };
    // Rows of sync_rows with these (entity, row id) keys.
    bool loadRows(const QVector<QPair<QString, QString>>& keys, const std::function<void(const StoredRow&)>& found,
                  QString* error)
    {
        if (!m_pg) {
            NativeStatement stmt(m_db, QStringLiteral("SELECT commune_id, data, versions FROM sync_rows "
                                                      "WHERE entity = ? AND row_id = ?"));
            if (!stmt.ok())
                return stmt.fail(error);
            for (const auto& key : keys) {
                stmt.bind(1, key.first);
                stmt.bind(2, key.second);
                const int rc = stmt.step();
                if (rc == SQLITE_ROW)
                    found({key.first, key.second, stmt.text(0), stmt.text(1), stmt.text(2)});
                else if (rc != SQLITE_DONE)
                    return stmt.fail(error);
                stmt.reset();
            }
            return true;
        }
        // One primary-key lookup per key, whatever the statistics say: as a
        // plain join, the plan prepared while sync_rows was nearly empty (a
        // hash join over a scan of the whole table) was kept as it grew, and
        // every push read every row. The LIMIT keeps the subquery a
        // per-key lookup (it is not merged into a join); the key is unique.
        static const QString sql =
            QStringLiteral("SELECT s.entity, s.row_id, s.commune_id, s.data, s.versions "
                           "FROM unnest($1::text[], $2::text[]) AS k(entity, row_id), "
                           "LATERAL (SELECT * FROM sync_rows r WHERE r.entity = k.entity AND r.row_id = "
                           "k.row_id LIMIT 1) AS s");
        for (int start = 0; start < keys.size(); start += kPgRowsPerStatement) {
            const int end = std::min<int>(keys.size(), start + kPgRowsPerStatement);
            std::vector<PgArray> params{PgArray(PgArray::Kind::Text), PgArray(PgArray::Kind::Text)};
            for (int i = start; i < end; ++i) {
                const QByteArray entity = keys[i].first.toUtf8(), rowId = keys[i].second.toUtf8();
                params[0].appendText(entity.constData(), entity.size());
                params[1].appendText(rowId.constData(), rowId.size());
            }
            const bool ok = m_pg->exec(sql, params, error, [&found](const PgRow& r) {
                found({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
            });
            if (!ok)
                return false;
        }
        return true;
    }

private:
    static constexpr int kPgRowsPerStatement = 5000;

    // One array per column of rows [start, start + count).
    static std::vector<PgArray> columnArrays(const QVector<Column>& columns, const QVector<Row>& rows,
                                             int start, int count)
    {
        const int end = std::min<int>(rows.size(), start + count);
        std::vector<PgArray> arrays;
        arrays.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            arrays.emplace_back(columns[i].kind);
            for (int r = start; r < end; ++r)
                arrays.back().append(rows[r][i]);
        }
        return arrays;
    }

    QSqlDatabase& m_db;
    PgStatements* m_pg;
};

constexpr auto kText = PgArray::Kind::Text;
constexpr auto kInt8 = PgArray::Kind::Int8;
const QVector<BulkSql::Column> kSyncRowColumns{{"entity", kText}, {"row_id", kText},   {"commune_id", kText},
                                               {"data", kText},   {"versions", kText}, {"server_seq", kInt8}};
const QString kSyncRowUpsert = QStringLiteral("ON CONFLICT (entity, row_id) DO UPDATE SET data = excluded.data, "
                                              "versions = excluded.versions, server_seq = excluded.server_seq");
const QVector<BulkSql::Column> kConflictColumns{
    {"id", kText},          {"commune_id", kText}, {"server_seq", kInt8}, {"entity", kText},
    {"row_id", kText},      {"field", kText},      {"kept_value", kText}, {"kept_hlc", kInt8},
    {"kept_device", kText}, {"lost_value", kText}, {"lost_hlc", kInt8},   {"lost_device", kText},
    {"detected_at", kInt8}};
const QVector<BulkSql::Column> kQuarantineColumns{
    {"id", kText},     {"device_id", kText},  {"commune_id", kText}, {"seq", kInt8},
    {"entity", kText}, {"row_id", kText},     {"field", kText},      {"reason", kText},
    {"change", kText}, {"received_at", kInt8}};

} // namespace

std::optional<ServerDbSpec> ServerDbSpec::parse(const QString& text, QString* error)
{
    ServerDbSpec spec;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text);
        if (!url.isValid() || url.path().size() < 2) {
            if (error)
                *error = QStringLiteral("not a PostgreSQL URL (postgresql://user:password@host:port/database): %1")
                             .arg(url.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        }
        spec.kind = Kind::Postgres;
        spec.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.database = url.path().mid(1);
        return spec;
    }
    if (text.isEmpty()) {
        if (error)
            *error = QStringLiteral("--db FILE or --db postgresql://... is required");
        return std::nullopt;
    }
    spec.path = text;
    return spec;
}

ServerStore::ServerStore(QSqlDatabase db, bool postgres) : m_db(std::move(db)), m_postgres(postgres) {}

ServerStore::~ServerStore()
{
    m_prepared.clear(); // before the connection closes
    m_pgStatements.reset();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

qint64 ServerStore::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<ServerStore> ServerStore::open(const ServerDbSpec& spec, QString* error)
{
    const QString connection = QStringLiteral("hocvuso-server-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const bool pg = spec.kind == ServerDbSpec::Kind::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
    if (pg) {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
    } else {
        db.setDatabaseName(spec.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the server database: %1").arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return nullptr;
    }
    std::unique_ptr<ServerStore> store(new ServerStore(db, pg));
    db = QSqlDatabase(); // the store's copy only: it removes the connection when it fails below
    if (!store->isServerDatabaseOrEmpty(error))
        return nullptr; // before any pragma or table: the file stays as it was
    if (pg) {
        store->exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE per existing table
        // A push is acknowledged once committed and the device then drops it
        // from its outbox: the commit must be on disk, whatever the
        // database's or the role's default says.
        store->exec(QStringLiteral("SET synchronous_commit = on"));
    } else {
        // A committed batch survives power loss; readers do not block the writer.
        store->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        store->exec(QStringLiteral("PRAGMA synchronous=FULL"));
        WalCheckpoints::install(sqliteHandle(store->m_db));
    }
    if (!store->createSchema(error))
        return nullptr;
    return store;
}

QString ServerStore::versionsText(const FieldVersions& versions, const QJsonObject& rowData) const
{
    return m_compactVersions ? versions.toText(rowData) : versions.toText();
}

bool ServerStore::exec(const QString& sql, QString* error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 [%2]").arg(dbError(q), sql.left(100));
    return false;
}

QSqlQuery* ServerStore::prepared(const QString& sql)
{
    auto found = m_prepared.find(sql);
    if (found != m_prepared.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_unprepared = std::move(query); // the caller's exec fails with its error; prepared again next time
        return m_unprepared.get();
    }
    return m_prepared.emplace(sql, std::move(query)).first->second.get();
}

PgStatements* ServerStore::pgStatements()
{
    if (!m_postgres)
        return nullptr;
    if (!m_pgStatements)
        m_pgStatements = std::make_unique<PgStatements>(m_db);
    return m_pgStatements.get();
}

QString ServerStore::forUpdate() const
{
    // SQLite has one writer at a time already; PostgreSQL needs the row lock so
    // that two pushes of one commune commit in the order of their sequence.
    return m_postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

namespace {

// The schema version in server_meta. 2: on PostgreSQL the key and identifier
// columns compare bytes (COLLATE "C"). SQLite's BINARY collation always did,
// so there 1 → 2 changes nothing but the number. 3: sync_rows.versions may
// be "hlc,device,seq:*" (FieldVersions.h), which a server of schema 1 or 2
// would read as one field named "*"; the rows of 2 are read as they are.
constexpr int kServerSchema = 3;

// The columns that hold ids, codes, hashes and entity/field names: compared
// for equality, sorted only as codes (ORDER BY commune code, conflict id as a
// tie-break), never shown in a linguistic order. Names, labels, values and
// JSON keep the database's collation.
const std::vector<std::pair<const char*, std::vector<const char*>>>& keyColumns()
{
    static const std::vector<std::pair<const char*, std::vector<const char*>>> columns = {
        {"server_meta", {"key"}},
        {"provinces", {"code"}},
        {"communes", {"id", "code", "province_code"}},
        {"seq_counters", {"scope"}},
        {"enrollment_codes", {"code_hash", "commune_id", "used_by"}},
        {"devices", {"id", "commune_id", "token_hash"}},
        {"api_tokens", {"token_hash", "role"}},
        {"batches", {"device_id", "batch_id"}},
        {"sync_rows", {"entity", "row_id", "commune_id"}},
        {"conflicts", {"id", "commune_id", "entity", "row_id", "field", "kept_device", "lost_device"}},
        {"quarantine", {"id", "device_id", "commune_id", "entity", "row_id", "field"}},
    };
    return columns;
}

} // namespace

QString ServerStore::keyCollation() const
{
    // PostgreSQL's default collation here is a libc locale (C.UTF-8): every
    // B-tree comparison of a key went through strcoll. "C" compares with
    // memcmp; for UTF-8 text that is the same order as C.UTF-8's code points.
    return m_postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
}

bool ServerStore::createSchema(QString* error)
{
    // The same SQL for both back-ends: TEXT and BIGINT only, no autoincrement;
    // %1 after a key column: its collation (PostgreSQL: "C", SQLite: BINARY as always).
    const QString k = keyCollation();
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT%1 PRIMARY KEY, value TEXT)").arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS provinces (code TEXT%1 PRIMARY KEY, name TEXT NOT NULL)").arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS communes (id TEXT%1 PRIMARY KEY, code TEXT%1 NOT NULL UNIQUE,"
                       " name TEXT NOT NULL, province_code TEXT%1 NOT NULL, created_at BIGINT NOT NULL)")
            .arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS seq_counters (scope TEXT%1 PRIMARY KEY, seq BIGINT NOT NULL)").arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS enrollment_codes (code_hash TEXT%1 PRIMARY KEY,"
                       " commune_id TEXT%1 NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                       " used_at BIGINT, used_by TEXT%1)")
            .arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (id TEXT%1 PRIMARY KEY, commune_id TEXT%1 NOT NULL,"
                       " name TEXT, token_hash TEXT%1 NOT NULL UNIQUE, enrolled_at BIGINT NOT NULL, revoked_at BIGINT,"
                       " high_water BIGINT NOT NULL DEFAULT 0, last_push_at BIGINT, last_pull_at BIGINT,"
                       " last_skew_ms BIGINT NOT NULL DEFAULT 0)")
            .arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS api_tokens (token_hash TEXT%1 PRIMARY KEY, role TEXT%1 NOT NULL,"
                       " label TEXT, created_at BIGINT NOT NULL)")
            .arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS batches (device_id TEXT%1 NOT NULL, batch_id TEXT%1 NOT NULL,"
                       " from_seq BIGINT NOT NULL, to_seq BIGINT NOT NULL, changes BIGINT NOT NULL,"
                       " applied_at BIGINT NOT NULL, response TEXT NOT NULL, PRIMARY KEY (device_id, batch_id))")
            .arg(k),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_rows (entity TEXT%1 NOT NULL, row_id TEXT%1 NOT NULL,"
                       " commune_id TEXT%1 NOT NULL, data TEXT NOT NULL, versions TEXT NOT NULL,"
                       " server_seq BIGINT NOT NULL, PRIMARY KEY (entity, row_id))")
            .arg(k),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_rows_pull ON sync_rows (commune_id, server_seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS conflicts (id TEXT%1 PRIMARY KEY, commune_id TEXT%1 NOT NULL,"
                       " server_seq BIGINT NOT NULL, entity TEXT%1 NOT NULL, row_id TEXT%1 NOT NULL,"
                       " field TEXT%1 NOT NULL, kept_value TEXT, kept_hlc BIGINT, kept_device TEXT%1,"
                       " lost_value TEXT, lost_hlc BIGINT, lost_device TEXT%1, detected_at BIGINT NOT NULL,"
                       " resolved_at BIGINT)")
            .arg(k),
        QStringLiteral("CREATE INDEX IF NOT EXISTS conflicts_pull ON conflicts (commune_id, server_seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS quarantine (id TEXT%1 PRIMARY KEY, device_id TEXT%1 NOT NULL,"
                       " commune_id TEXT%1 NOT NULL, seq BIGINT NOT NULL, entity TEXT%1, row_id TEXT%1,"
                       " field TEXT%1, reason TEXT NOT NULL, change TEXT NOT NULL, received_at BIGINT NOT NULL)")
            .arg(k),
        QStringLiteral("INSERT INTO seq_counters (scope, seq) VALUES ('*', 0) ON CONFLICT (scope) DO NOTHING"),
        // A new database starts at the current version; an existing one keeps its own until upgraded below.
        QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema', '%1') ON CONFLICT (key) DO NOTHING")
            .arg(kServerSchema),
    };
    Tx tx(m_db);
    if (!tx.ok()) {
        if (error)
            *error = QStringLiteral("cannot start a transaction to create the schema: %1").arg(m_db.lastError().text());
        return false;
    }
    // Servers (or the workers of one) starting together: one creates or
    // upgrades the schema, the others wait for it here, then find it done.
    if (m_postgres && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(7226315062)"), error))
        return false;
    for (const QString& sql : statements)
        if (!exec(sql, error))
            return false;
    if (!upgradeSchema(error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool ServerStore::isServerDatabaseOrEmpty(QString* error)
{
    // Tables only (not views), and on PostgreSQL those of the schema the
    // server's statements land in, whoever owns them, leaving out an
    // extension's own (pg_stat_statements' views, PostGIS' spatial_ref_sys).
    const QString tables = m_postgres ? QStringLiteral("SELECT c.relname FROM pg_class c"
                                                       " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                                       " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                                                       " AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                                                       " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
                                                       " AND d.deptype = 'e')")
                                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                       " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    QSqlQuery q(m_db);
    if (!q.exec(tables)) {
        if (error)
            *error = QStringLiteral("cannot list the database's tables: %1").arg(dbError(q));
        return false;
    }
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (names.isEmpty() || names.contains(QStringLiteral("server_meta")))
        return true;
    if (error) {
        const bool laptop = names.contains(QStringLiteral("change_log")) && names.contains(QStringLiteral("residents"));
        *error = laptop ? QStringLiteral("this is a commune laptop's store, not a server database: give the server "
                                         "a file of its own (it is created on first start)")
                        : QStringLiteral("the database holds other tables (%1) and not the server's: give the server "
                                         "a database of its own")
                              .arg(names.mid(0, 5).join(QStringLiteral(", ")));
    }
    return false;
}

bool ServerStore::upgradeSchema(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'")) || !q.next()) {
        if (error)
            *error = QStringLiteral("cannot read the schema version: %1").arg(dbError(q));
        return false;
    }
    const QString text = q.value(0).toString();
    q.finish();
    bool number = false;
    const int version = text.toInt(&number);
    if (number && version > kServerSchema) {
        if (error)
            *error = QStringLiteral("the database has schema %1, newer than this server's %2: run a server of "
                                    "schema %1 or newer (sync/API.md, schema version)")
                         .arg(version)
                         .arg(kServerSchema);
        return false;
    }
    if (!number || version < 1) {
        if (error)
            *error = QStringLiteral("unknown server schema version '%1'").arg(text);
        return false;
    }
    if (version == kServerSchema)
        return true;
    // Statements prepared on this connection were planned against the old
    // columns (PostgreSQL refuses a cached plan whose result columns changed
    // collation). open() upgrades before preparing any; should a caller
    // ever not, they are dropped, not reused.
    dropPreparedStatements();
    // 1 → 2: byte-order key columns on PostgreSQL. Changing a column's
    // collation rebuilds the indexes that use it (one rewrite per table);
    // all in the caller's transaction. Stop other servers on this database
    // first: their prepared statements would fail on the changed columns.
    if (version < 2 && m_postgres)
        for (const auto& [table, columns] : keyColumns()) {
            QStringList alters;
            for (const char* column : columns)
                alters << QStringLiteral("ALTER COLUMN %1 TYPE TEXT COLLATE \"C\"").arg(QLatin1String(column));
            if (!exec(QStringLiteral("ALTER TABLE %1 %2").arg(QLatin1String(table), alters.join(QStringLiteral(", "))),
                      error))
                return false;
        }
    // 2 → 3: nothing to rewrite (every stored field list is still read);
    // the number tells servers from now on that rows may hold "*".
    return exec(QStringLiteral("UPDATE server_meta SET value = '%1' WHERE key = 'schema'").arg(kServerSchema), error);
}

void ServerStore::dropPreparedStatements()
{
    m_prepared.clear(); // QPSQL deallocates each
    m_unprepared.reset();
    if (m_pgStatements) { // libpq's: PgStatements would name new ones as the old ones
        m_pgStatements.reset();
        exec(QStringLiteral("DEALLOCATE ALL"));
    }
}

bool ServerStore::wipe(QString* error)
{
    Tx tx(m_db);
    const QStringList tables = {"provinces",  "communes", "seq_counters", "enrollment_codes", "devices",
                                "api_tokens", "batches",  "sync_rows",    "conflicts",        "quarantine"};
    // PostgreSQL: TRUNCATE, not DELETE, which leaves every row dead in the
    // tables and their indexes until a vacuum: the next run (a test, the
    // province benchmark) would write into the previous one's debris.
    if (m_postgres) {
        if (!exec(QStringLiteral("TRUNCATE %1").arg(tables.join(QLatin1Char(','))), error))
            return false;
    } else {
        for (const QString& t : tables)
            if (!exec(QStringLiteral("DELETE FROM %1").arg(t), error))
                return false;
    }
    if (!exec(QStringLiteral("INSERT INTO seq_counters (scope, seq) VALUES ('*', 0)"), error))
        return false;
    return tx.commit();
}

QString ServerStore::hashSecret(const QString& secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// ---------------------------------------------------------------- administration

bool ServerStore::createProvince(const QString& code, const QString& name, QString* error)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a province needs a code and a name");
        return false;
    }
    QSqlQuery count(m_db);
    if (count.exec(QStringLiteral("SELECT code FROM provinces")) && count.next() &&
        count.value(0).toString() != code.trimmed()) {
        if (error)
            *error = QStringLiteral("this server already serves province %1").arg(count.value(0).toString());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO provinces (code, name) VALUES (?, ?) "
                             "ON CONFLICT (code) DO UPDATE SET name = excluded.name"));
    q.addBindValue(code.trimmed());
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return false;
    }
    return true;
}

std::optional<CommuneInfo> ServerStore::addCommune(const QString& code, const QString& name, QString* error)
{
    QSqlQuery p(m_db);
    if (!p.exec(QStringLiteral("SELECT code FROM provinces")) || !p.next()) {
        if (error)
            *error = QStringLiteral("create the province first (admin province create --code C --name N)");
        return std::nullopt;
    }
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a commune needs a code and a name");
        return std::nullopt;
    }
    // The same id every laptop of the commune computes (UUIDv5 of the code).
    const QString id = uuid::v5(QStringLiteral("communes"), {code.trimmed()});
    Tx tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO communes (id, code, name, province_code, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(code.trimmed());
    q.addBindValue(name.trimmed());
    q.addBindValue(p.value(0).toString());
    q.addBindValue(now());
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot add commune %1: %2").arg(code, dbError(q));
        return std::nullopt;
    }
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("INSERT INTO seq_counters (scope, seq) VALUES (?, 0)"));
    s.addBindValue(id);
    if (!s.exec() || !tx.commit()) {
        if (error)
            *error = dbError(s);
        return std::nullopt;
    }
    return commune(id);
}

std::optional<CommuneInfo> ServerStore::commune(const QString& idOrCode)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.id, c.code, c.name, c.province_code, p.name FROM communes c "
                             "LEFT JOIN provinces p ON p.code = c.province_code WHERE c.id = ? OR c.code = ?"));
    q.addBindValue(idOrCode);
    q.addBindValue(idOrCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CommuneInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()};
}

QVector<CommuneInfo> ServerStore::communes()
{
    QVector<CommuneInfo> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT c.id, c.code, c.name, c.province_code, p.name FROM communes c "
                          "LEFT JOIN provinces p ON p.code = c.province_code ORDER BY c.code"));
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()});
    return list;
}

std::optional<QString> ServerStore::createEnrollmentCode(const QString& communeCode, qint64 validForMs, QString* error)
{
    auto c = commune(communeCode);
    if (!c) {
        if (error)
            *error = QStringLiteral("no commune %1 on this server").arg(communeCode);
        return std::nullopt;
    }
    if (validForMs <= 0) {
        if (error)
            *error = QStringLiteral("the code must be valid for a positive time");
        return std::nullopt;
    }
    const QString code = randomCode(12);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO enrollment_codes (code_hash, commune_id, created_at, expires_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(hashSecret(normaliseCode(code)));
    q.addBindValue(c->id);
    q.addBindValue(now());
    q.addBindValue(now() + validForMs);
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return std::nullopt;
    }
    return code;
}

QVector<DeviceInfo> ServerStore::devices(const QString& communeCode)
{
    QVector<DeviceInfo> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT d.id, d.commune_id, c.code, d.name, d.revoked_at, d.high_water, d.enrolled_at,"
                             " d.last_push_at, d.last_pull_at, d.last_skew_ms FROM devices d"
                             " JOIN communes c ON c.id = d.commune_id WHERE ? = '' OR c.code = ? OR c.id = ?"
                             " ORDER BY c.code, d.enrolled_at"));
    const QString filter = communeCode.isNull() ? QStringLiteral("") : communeCode; // NULL would match nothing
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.exec();
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        !q.value(4).isNull(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                        q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong()});
    return list;
}

bool ServerStore::revokeDevice(const QString& deviceId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no active device %1").arg(deviceId);
        return false;
    }
    return true;
}

std::optional<QString> ServerStore::createProvinceToken(const QString& label, QString* error)
{
    const QString token = randomSecret(32);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_tokens (token_hash, role, label, created_at) VALUES (?, 'province', ?, ?)"));
    q.addBindValue(hashSecret(token));
    q.addBindValue(label);
    q.addBindValue(now());
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return std::nullopt;
    }
    return token;
}

bool ServerStore::isProvinceToken(const QString& token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM api_tokens WHERE token_hash = ? AND role = 'province'"));
    q.addBindValue(hashSecret(token));
    return q.exec() && q.next();
}

QJsonObject ServerStore::communeSummary(const QString& communeId)
{
    auto c = commune(communeId);
    if (!c)
        return {};
    QJsonArray devs;
    qint64 lastSync = 0;
    for (const DeviceInfo& d : devices(c->id)) {
        devs.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("revoked"), d.revoked},
                                {QStringLiteral("acked_seq"), d.highWater},
                                {QStringLiteral("last_push_at"), d.lastPushAt},
                                {QStringLiteral("last_pull_at"), d.lastPullAt},
                                {QStringLiteral("clock_skew_ms"), d.lastSkewMs}});
        lastSync = std::max({lastSync, d.lastPushAt, d.lastPullAt});
    }
    auto scalar = [&](const QString& sql) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(c->id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    QJsonObject rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, count(*) FROM sync_rows WHERE commune_id = ? GROUP BY entity"));
    q.addBindValue(c->id);
    q.exec();
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toLongLong());
    return {{QStringLiteral("commune"),
             QJsonObject{{QStringLiteral("id"), c->id}, {QStringLiteral("code"), c->code}, {QStringLiteral("name"), c->name}}},
            {QStringLiteral("devices"), devs},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("last_sync_at"), lastSync},
            {QStringLiteral("pending_conflicts"),
             scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE commune_id = ? AND resolved_at IS NULL"))},
            {QStringLiteral("quarantined"),
             scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE commune_id = ?"))},
            {QStringLiteral("server_seq"), scalar(QStringLiteral("SELECT seq FROM seq_counters WHERE scope = ?"))}};
}

QJsonObject ServerStore::provinceSummary()
{
    QJsonArray list;
    for (const CommuneInfo& c : communes())
        list.append(communeSummary(c.id));
    QSqlQuery p(m_db);
    QJsonObject province;
    if (p.exec(QStringLiteral("SELECT code, name FROM provinces")) && p.next())
        province = {{QStringLiteral("code"), p.value(0).toString()}, {QStringLiteral("name"), p.value(1).toString()}};
    return {{QStringLiteral("province"), province}, {QStringLiteral("communes"), list}};
}

std::optional<QJsonArray> ServerStore::conflicts(const QString& communeFilter, bool includeResolved, QString* error)
{
    QString communeId;
    if (!communeFilter.isEmpty()) {
        auto c = commune(communeFilter);
        if (!c) {
            if (error)
                *error = QStringLiteral("no commune %1 on this server").arg(communeFilter);
            return std::nullopt;
        }
        communeId = c->id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT k.id, k.entity, k.row_id, k.field, k.kept_value, k.kept_hlc, k.kept_device,"
                             " k.lost_value, k.lost_hlc, k.lost_device, k.detected_at, c.code, k.resolved_at"
                             " FROM conflicts k JOIN communes c ON c.id = k.commune_id"
                             " WHERE (? = '' OR k.commune_id = ?) AND (? = 1 OR k.resolved_at IS NULL)"
                             " ORDER BY k.detected_at, k.id"));
    q.addBindValue(communeId.isNull() ? QStringLiteral("") : communeId);
    q.addBindValue(communeId.isNull() ? QStringLiteral("") : communeId);
    q.addBindValue(includeResolved ? 1 : 0);
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return std::nullopt;
    }
    QJsonArray list;
    while (q.next()) {
        QJsonObject o = conflictJson(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                     q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                                     q.value(9).toString(), q.value(10).toLongLong());
        o.insert(QStringLiteral("commune_code"), q.value(11).toString());
        o.insert(QStringLiteral("resolved_at"), q.value(12).toLongLong());
        list.append(o);
    }
    return list;
}

bool ServerStore::resolveConflict(const QString& conflictId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(conflictId);
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no pending conflict %1").arg(conflictId);
        return false;
    }
    return true;
}

std::optional<QJsonArray> ServerStore::quarantined(const QString& communeFilter, QString* error)
{
    QString communeId;
    if (!communeFilter.isEmpty()) {
        auto c = commune(communeFilter);
        if (!c) {
            if (error)
                *error = QStringLiteral("no commune %1 on this server").arg(communeFilter);
            return std::nullopt;
        }
        communeId = c->id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT q.id, c.code, q.device_id, q.seq, q.entity, q.row_id, q.field, q.reason,"
                             " q.received_at FROM quarantine q JOIN communes c ON c.id = q.commune_id"
                             " WHERE ? = '' OR q.commune_id = ? ORDER BY q.received_at DESC, q.seq DESC"));
    q.addBindValue(communeId.isNull() ? QStringLiteral("") : communeId);
    q.addBindValue(communeId.isNull() ? QStringLiteral("") : communeId);
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return std::nullopt;
    }
    QJsonArray list;
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                {QStringLiteral("commune_code"), q.value(1).toString()},
                                {QStringLiteral("device_id"), q.value(2).toString()},
                                {QStringLiteral("seq"), q.value(3).toLongLong()},
                                {QStringLiteral("entity"), q.value(4).toString()},
                                {QStringLiteral("row_id"), q.value(5).toString()},
                                {QStringLiteral("field"), q.value(6).toString()},
                                {QStringLiteral("reason"), q.value(7).toString()},
                                {QStringLiteral("received_at"), q.value(8).toLongLong()}});
    return list;
}

// ---------------------------------------------------------------- protocol

ServerOutcome ServerStore::enroll(const QString& code, const QString& deviceId, const QString& deviceName)
{
    // The id is written into every row's versions text ("hlc,device,seq:fields;..."):
    // no separator of that text may be part of it.
    static const QRegularExpression kDeviceId(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!kDeviceId.match(deviceId).hasMatch())
        return ServerOutcome::fail(ErrorCode::BadRequest,
                                   QStringLiteral("device_id must be 1 to 64 letters, digits, '.', '_' or '-'"));
    // Reference rows are written as device "province" (putReferences): a
    // device of that id would take them for its own and never pull them.
    if (deviceId == QLatin1String("province"))
        return ServerOutcome::fail(ErrorCode::BadRequest, QStringLiteral("device_id 'province' is reserved"));
    // PostgreSQL text cannot hold it (QPSQL cuts its statement there).
    if (deviceName.contains(QChar(0)))
        return ServerOutcome::fail(ErrorCode::BadRequest, QStringLiteral("device_name must not contain U+0000"));
    Tx tx(m_db);
    if (!tx.ok())
        return ServerOutcome::fail(ErrorCode::Unavailable, QStringLiteral("database unavailable"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT commune_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?") +
              forUpdate());
    q.addBindValue(hashSecret(normaliseCode(code)));
    if (!q.exec())
        return ServerOutcome::fail(ErrorCode::Unavailable, dbError(q));
    if (!q.next())
        return ServerOutcome::fail(ErrorCode::EnrollmentRefused, QStringLiteral("unknown enrollment code"));
    const QString communeId = q.value(0).toString();
    if (!q.value(2).isNull())
        return ServerOutcome::fail(ErrorCode::EnrollmentRefused, QStringLiteral("this enrollment code was already used"));
    if (q.value(1).toLongLong() < now())
        return ServerOutcome::fail(ErrorCode::EnrollmentRefused, QStringLiteral("this enrollment code has expired"));

    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT commune_id, revoked_at FROM devices WHERE id = ?"));
    existing.addBindValue(deviceId);
    existing.exec();
    const bool known = existing.next();
    if (known && (existing.value(0).toString() != communeId || !existing.value(1).isNull()))
        return ServerOutcome::fail(ErrorCode::EnrollmentRefused,
                                   QStringLiteral("device %1 is revoked or belongs to another commune").arg(deviceId));

    const QString token = randomSecret(32);
    QSqlQuery w(m_db);
    if (known) {
        // Re-enrolment of the same laptop: a new token, the same high-water mark.
        w.prepare(QStringLiteral("UPDATE devices SET token_hash = ?, name = ? WHERE id = ?"));
        w.addBindValue(hashSecret(token));
        w.addBindValue(deviceName);
        w.addBindValue(deviceId);
    } else {
        w.prepare(QStringLiteral("INSERT INTO devices (id, commune_id, name, token_hash, enrolled_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        w.addBindValue(deviceId);
        w.addBindValue(communeId);
        w.addBindValue(deviceName);
        w.addBindValue(hashSecret(token));
        w.addBindValue(now());
    }
    if (!w.exec())
        return ServerOutcome::fail(ErrorCode::Internal, dbError(w));
    QSqlQuery used(m_db);
    used.prepare(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?"));
    used.addBindValue(now());
    used.addBindValue(deviceId);
    used.addBindValue(hashSecret(normaliseCode(code)));
    if (!used.exec())
        return ServerOutcome::fail(ErrorCode::Internal, dbError(used));
    QSqlQuery hw(m_db);
    hw.prepare(QStringLiteral("SELECT high_water FROM devices WHERE id = ?"));
    hw.addBindValue(deviceId);
    hw.exec();
    const qint64 highWater = hw.next() ? hw.value(0).toLongLong() : 0;
    if (!tx.commit())
        return ServerOutcome::fail(ErrorCode::Unavailable, QStringLiteral("commit failed"));
    auto c = commune(communeId);
    return ServerOutcome::ok({{QStringLiteral("token"), token},
                              {QStringLiteral("device_id"), deviceId},
                              {QStringLiteral("acked_seq"), highWater},
                              {QStringLiteral("commune"),
                               QJsonObject{{QStringLiteral("id"), c->id},
                                           {QStringLiteral("code"), c->code},
                                           {QStringLiteral("name"), c->name},
                                           {QStringLiteral("province_code"), c->provinceCode},
                                           {QStringLiteral("province_name"), c->provinceName}}}});
}

std::optional<DeviceInfo> ServerStore::deviceByToken(const QString& token)
{
    if (token.isEmpty())
        return std::nullopt;
    // Every request runs it: prepared once per connection (QPSQL would
    // otherwise PREPARE, plan and DEALLOCATE it each time).
    QSqlQuery& q = *prepared(QStringLiteral(
        "SELECT d.id, d.commune_id, c.code, d.name, d.revoked_at, d.high_water, d.enrolled_at,"
        " d.last_push_at, d.last_pull_at, d.last_skew_ms FROM devices d"
        " JOIN communes c ON c.id = d.commune_id WHERE d.token_hash = ?"));
    q.bindValue(0, hashSecret(token));
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    DeviceInfo device{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                      q.value(3).toString(),   !q.value(4).isNull(),    q.value(5).toLongLong(),
                      q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                      q.value(9).toLongLong()};
    q.finish(); // (forward-only: the end of the result is read before the next statement)
    return device;
}

ServerOutcome ServerStore::push(const DeviceInfo& device, const PushBatch& batch, qint64 clientTimeMs)
{
    if (batch.deviceId != device.id)
        return ServerOutcome::fail(ErrorCode::BadBatch, QStringLiteral("the batch's device_id is not the token's device"));
    for (const Change& c : batch.changes)
        if (c.deviceId != device.id)
            return ServerOutcome::fail(ErrorCode::BadBatch,
                                       QStringLiteral("change %1 was written by another device").arg(c.seq));
    const auto cursor = Cursor::parse(batch.pullCursor);
    if (!cursor)
        return ServerOutcome::fail(ErrorCode::BadBatch, QStringLiteral("pull_cursor is not a cursor of this server"));
    const qint64 serverNow = now();

    // Validate before the write transaction (on SQLite the one writer's
    // turn): it needs no stored state. A rejected change is quarantined and
    // does not block the rest; a change into another commune refuses the
    // batch, answered after the replay and sequence checks as always.
    struct Item
    {
        const Change* change;
        const EntityDef* entity;
        qint64 hlc;
        QString key; // rowKey(entity, row id)
        // An insert's row as it will be stored if the row is new and this is
        // its only change here: worked out before the write transaction.
        std::optional<QByteArray> asReceived;
    };
    QVector<Item> items;
    items.reserve(batch.changes.size());
    QJsonArray quarantined;
    QVector<QPair<const Change*, Rejection>> rejected;
    qint64 clamped = 0;
    const qint64 maxHlc = Hlc::pack(serverNow + m_maxSkewMs, 0xFFFF);
    QVector<QPair<QString, QString>> keys; // (entity, row id), each once
    QHash<QString, int> touches;          // row key → changes of this batch that write it
    std::optional<ServerOutcome> outOfScope; // the first change into another commune
    for (const Change& c : batch.changes) {
        const EntityDef* entity = EntityCatalog::find(c.entity);
        Rejection r = validate(c, entity);
        if (!r.isEmpty()) {
            rejected.push_back({&c, r});
            continue;
        }
        const QString commune = c.fields.value(QLatin1String(sync_columns::commune)).toString();
        if (!commune.isEmpty() && commune != device.communeId) {
            outOfScope = ServerOutcome::fail(ErrorCode::Forbidden,
                                             QStringLiteral("change %1 writes %2 %3 into another commune; batch refused")
                                                 .arg(c.seq)
                                                 .arg(c.entity, c.rowId),
                                             {{QStringLiteral("seq"), c.seq}});
            break;
        }
        qint64 hlc = c.hlc;
        if (hlc > maxHlc) {
            hlc = Hlc::pack(serverNow, Hlc::counterOf(hlc)); // far in the future: clamp to the server's clock
            ++clamped;
        }
        items.push_back({&c, entity, hlc, rowKey(c.entity, c.rowId), std::nullopt});
        int& count = touches[items.back().key];
        if (count++ == 0)
            keys.push_back({c.entity, c.rowId});
    }
    for (Item& item : items)
        if (item.change->op == QLatin1String("insert") && touches.value(item.key) == 1)
            item.asReceived = storedTextAsReceived(*item.change);

    Tx tx(m_db);
    if (!tx.ok())
        return ServerOutcome::fail(ErrorCode::Unavailable, QStringLiteral("database unavailable"));

    // A replay returns the stored answer and changes nothing.
    auto storedAnswer = [&]() -> std::optional<ServerOutcome> {
        QSqlQuery& replay = *prepared(QStringLiteral("SELECT response FROM batches WHERE device_id = ? AND batch_id = ?"));
        replay.bindValue(0, device.id);
        replay.bindValue(1, batch.batchId);
        if (!replay.exec())
            return ServerOutcome::fail(ErrorCode::Unavailable, dbError(replay));
        const bool found = replay.next();
        QJsonObject stored = found ? fromText(replay.value(0)) : QJsonObject();
        replay.finish();
        if (!found)
            return std::nullopt;
        stored.insert(QStringLiteral("replayed"), true);
        return ServerOutcome::ok(stored);
    };
    if (auto replayed = storedAnswer())
        return *replayed;

    // Lock the device's high-water mark and the commune's sequence.
    QSqlQuery& hwq = *prepared(QStringLiteral("SELECT high_water FROM devices WHERE id = ?") + forUpdate());
    hwq.bindValue(0, device.id);
    if (!hwq.exec() || !hwq.next())
        return ServerOutcome::fail(ErrorCode::Unavailable, dbError(hwq));
    const qint64 highWater = hwq.value(0).toLongLong();
    hwq.finish();
    QSqlQuery& seqq = *prepared(QStringLiteral("SELECT seq FROM seq_counters WHERE scope = ?") + forUpdate());
    seqq.bindValue(0, device.communeId);
    if (!seqq.exec() || !seqq.next())
        return ServerOutcome::fail(ErrorCode::Internal, QStringLiteral("the commune has no sequence"));
    qint64 seq = seqq.value(0).toLongLong();
    seqq.finish();

    if (batch.fromSeq != highWater + 1) {
        // The same batch sent twice at once (PostgreSQL, two workers): the
        // second waited on the device's lock and now sees the first's answer.
        if (batch.toSeq <= highWater)
            if (auto replayed = storedAnswer())
                return *replayed;
        if (batch.toSeq <= highWater) // already applied under another batch id
            return ServerOutcome::ok({{QStringLiteral("acked_seq"), highWater},
                                      {QStringLiteral("applied"), 0},
                                      {QStringLiteral("duplicate"), true}});
        return ServerOutcome::fail(ErrorCode::SequenceGap,
                                   QStringLiteral("expected a batch starting at %1, got %2")
                                       .arg(highWater + 1)
                                       .arg(batch.fromSeq),
                                   {{QStringLiteral("resend_from"), highWater + 1}});
    }

    if (outOfScope)
        return *outOfScope;

    // Load the rows the batch touches.
    QHash<QString, RowState> rows;
    rows.reserve(keys.size());
    BulkSql bulk(m_db, pgStatements());
    QString bulkError;
    if (!bulk.loadRows(keys,
                       [&rows](const BulkSql::StoredRow& stored) {
                           RowState r;
                           r.entity = stored.entity;
                           r.rowId = stored.rowId;
                           r.communeId = stored.communeId;
                           r.data = QJsonDocument::fromJson(stored.data.toUtf8()).object();
                           r.versions = FieldVersions::parse(stored.versions, r.data);
                           r.exists = true;
                           rows.insert(rowKey(r.entity, r.rowId), r);
                       },
                       &bulkError))
        return ServerOutcome::fail(ErrorCode::Unavailable, bulkError);
    // A row of another commune is out of scope: the whole batch is refused.
    auto rowOfAnotherCommune = [&]() -> std::optional<ServerOutcome> {
        for (const Item& item : items) {
            auto found = rows.constFind(item.key);
            if (found != rows.constEnd() && found->communeId != device.communeId)
                return ServerOutcome::fail(ErrorCode::Forbidden,
                                           QStringLiteral("change %1 touches %2 %3 of another commune; batch refused")
                                               .arg(item.change->seq)
                                               .arg(item.change->entity, item.change->rowId),
                                           {{QStringLiteral("seq"), item.change->seq}});
        }
        return std::nullopt;
    };
    if (auto refused = rowOfAnotherCommune())
        return *refused;

    // Merge field by field: last writer wins by (HLC, device id).
    QVector<ConflictRecord> conflicts;
    QStringList touchedOrder;
    for (const Item& item : items) {
        const Change& c = *item.change;
        const QString& key = item.key;
        RowState& row = rows[key];
        if (row.entity.isEmpty()) {
            row.entity = c.entity;
            row.rowId = c.rowId;
            row.communeId = device.communeId;
        }
        // Every touched row gets the next commune sequence (even one whose
        // write lost, so its writer pulls the winner), in the order of first touch.
        if (!row.touched) {
            row.touched = true;
            row.newSeq = ++seq;
            touchedOrder << key;
        }
        // A row neither stored nor merged yet (the common insert) takes the
        // change's fields whole: every field wins and nothing can conflict.
        // Inserting them one by one into a QJsonObject cost more than the SQL.
        // (commune_id stays in `data` until it is written: no copy here.)
        const bool fresh = !row.exists && row.data.isEmpty();
        if (fresh) {
            row.data = c.fields;
            if (touches.value(key) == 1)
                row.storedText = (item.asReceived ? item.asReceived : storedTextAsReceived(c)).value_or(QByteArray());
            // Stored as received: every field (and "deleted") takes this
            // change's version and nothing can conflict, so the row's
            // versions are "*" without a field-by-field merge. That loop
            // was a fifth of a push's work in the writer's turn.
            if (m_compactVersions && !row.storedText.isEmpty()) {
                row.wholeRowVersion = FieldVersion{item.hlc, c.deviceId, row.newSeq};
                continue;
            }
        }
        for (auto f = c.fields.begin(); f != c.fields.end(); ++f) {
            const QString field = f.key(); // built from the object's storage on every call: once
            if (field == QLatin1String(sync_columns::commune))
                continue;
            QJsonValue value = f.value();
            if (value.isBool()) {
                value = value.toBool() ? 1 : 0;
                if (fresh)
                    row.data.insert(field, value);
            }
            const FieldVersion* current = row.versions.find(field);
            const qint64 curHlc = current ? current->hlc : 0;
            const QString curDevice = current ? current->device : QString();
            const qint64 curSeq = current ? current->seq : 0;
            const bool wins = !current || item.hlc > curHlc || (item.hlc == curHlc && c.deviceId > curDevice);
            // A new row (the common case) has nothing to compare with.
            const QJsonValue curValue = current ? row.data.value(field) : QJsonValue();
            const bool differs = current && curDevice != c.deviceId && curValue != value;
            // Concurrent: the other device's value was written after what this
            // device had pulled, or this write loses to it.
            if (differs && (!wins || curSeq > cursor->commune)) {
                ConflictRecord rec;
                rec.id = uuid::v7();
                rec.key = key;
                rec.entity = c.entity;
                rec.rowId = c.rowId;
                rec.field = field;
                if (wins) {
                    rec.keptValue = value, rec.keptHlc = item.hlc, rec.keptDevice = c.deviceId;
                    rec.lostValue = curValue, rec.lostHlc = curHlc, rec.lostDevice = curDevice;
                } else {
                    rec.keptValue = curValue, rec.keptHlc = curHlc, rec.keptDevice = curDevice;
                    rec.lostValue = value, rec.lostHlc = item.hlc, rec.lostDevice = c.deviceId;
                }
                conflicts.push_back(rec);
            }
            // A field written earlier in this batch carries this device's id, so
            // the new sequence in its version never makes it look concurrent.
            if (wins) {
                if (!fresh)
                    row.data.insert(field, value);
                row.versions.set(field, item.hlc, c.deviceId, row.newSeq);
            }
        }
        if (!row.data.contains(QLatin1String(sync_columns::deleted))) {
            if (row.storedText.isEmpty()) // storedText has it already
                row.data.insert(QLatin1String(sync_columns::deleted), 0);
            row.versions.set(QString::fromLatin1(sync_columns::deleted), item.hlc, c.deviceId, row.newSeq);
        }
    }

    // Rows loadRows did not find are new: a plain INSERT (no conflict check
    // per row). The commune's sequence lock keeps another push of this
    // commune from inserting them meanwhile; another commune's push of the
    // same id fails here on the key instead of overwriting its data.
    QVector<BulkSql::Row> newRows, storedRows;
    newRows.reserve(touchedOrder.size());
    for (const QString& key : touchedOrder) {
        RowState& row = rows[key];
        QString versionText;
        if (row.wholeRowVersion) {
            versionText = FieldVersions::wholeRowText(*row.wholeRowVersion);
        } else if (!row.storedText.isEmpty()) {
            // A new row stored as received (versions named field by field):
            // its members are the change's fields but commune_id, with
            // "deleted"; each took a version (nothing to lose to).
            versionText = row.versions.toText();
        } else {
            row.data.remove(QLatin1String(sync_columns::commune));
            row.storedText = toText(row.data);
            versionText = versionsText(row.versions, row.data);
        }
        (row.exists ? storedRows : newRows)
            .push_back({row.entity, row.rowId, row.communeId, row.storedText, versionText, row.newSeq});
    }
    if (!bulk.insert(QStringLiteral("sync_rows"), kSyncRowColumns, newRows, {}, &bulkError)) {
        // PostgreSQL: another commune's push (or a reference put) inserted
        // one of these ids after loadRows looked; this insert waited for its
        // commit and failed on the key (23505). A retry would find the row
        // and refuse the batch: give that answer now, from the rows read
        // again after rolling back (the failed statement aborted the
        // transaction; nothing of this batch is stored).
        if (m_postgres && pgStatements()->lastSqlState() == "23505") {
            tx.rollback();
            rows.clear();
            const bool reloaded = bulk.loadRows(
                keys,
                [&rows](const BulkSql::StoredRow& stored) {
                    rows[rowKey(stored.entity, stored.rowId)].communeId = stored.communeId;
                },
                &bulkError);
            if (reloaded)
                if (auto refused = rowOfAnotherCommune())
                    return *refused;
        }
        return ServerOutcome::fail(ErrorCode::Unavailable, bulkError);
    }
    if (!bulk.insert(QStringLiteral("sync_rows"), kSyncRowColumns, storedRows, kSyncRowUpsert, &bulkError))
        return ServerOutcome::fail(ErrorCode::Unavailable, bulkError);
    QSqlQuery& counter = *prepared(QStringLiteral("UPDATE seq_counters SET seq = ? WHERE scope = ?"));
    counter.bindValue(0, seq);
    counter.bindValue(1, device.communeId);
    if (!counter.exec())
        return ServerOutcome::fail(ErrorCode::Unavailable, dbError(counter));

    QJsonArray conflictList;
    if (!conflicts.isEmpty()) {
        QVector<BulkSql::Row> inserts;
        for (const ConflictRecord& r : conflicts) {
            const QString kept = valueText(r.keptValue), lost = valueText(r.lostValue);
            inserts.push_back({r.id, device.communeId, rows.value(r.key).newSeq, r.entity, r.rowId, r.field, kept, r.keptHlc,
                               r.keptDevice, lost, r.lostHlc, r.lostDevice, serverNow});
            conflictList.append(conflictJson(r.id, r.entity, r.rowId, r.field, kept, r.keptHlc, r.keptDevice, lost,
                                             r.lostHlc, r.lostDevice, serverNow));
        }
        if (!bulk.insert(QStringLiteral("conflicts"), kConflictColumns, inserts, {}, &bulkError))
            return ServerOutcome::fail(ErrorCode::Unavailable, bulkError);
    }
    if (!rejected.isEmpty()) {
        QVector<BulkSql::Row> inserts;
        for (const auto& [change, why] : rejected) {
            inserts.push_back({uuid::v7(), device.id, device.communeId, change->seq, change->entity, change->rowId,
                               why.field, why.reason, QString::fromUtf8(toText(change->toJson())), serverNow});
            quarantined.append(QJsonObject{{QStringLiteral("seq"), change->seq},
                                           {QStringLiteral("entity"), change->entity},
                                           {QStringLiteral("row_id"), change->rowId},
                                           {QStringLiteral("field"), why.field},
                                           {QStringLiteral("reason"), why.reason}});
        }
        if (!bulk.insert(QStringLiteral("quarantine"), kQuarantineColumns, inserts, {}, &bulkError))
            return ServerOutcome::fail(ErrorCode::Unavailable, bulkError);
    }

    const qint64 skew = clientTimeMs > 0 ? clientTimeMs - serverNow : 0;
    QJsonObject response{{QStringLiteral("acked_seq"), batch.toSeq},
                         {QStringLiteral("applied"), qint64(items.size())},
                         {QStringLiteral("quarantined"), quarantined},
                         {QStringLiteral("conflicts"), conflictList},
                         {QStringLiteral("clamped"), clamped},
                         {QStringLiteral("clock_skew_ms"), skew},
                         {QStringLiteral("server_time"), serverNow}};
    QSqlQuery& dev =
        *prepared(QStringLiteral("UPDATE devices SET high_water = ?, last_push_at = ?, last_skew_ms = ? WHERE id = ?"));
    int i = 0;
    for (const QVariant& v : QVariantList{batch.toSeq, serverNow, skew, device.id})
        dev.bindValue(i++, v);
    QSqlQuery& rec = *prepared(QStringLiteral("INSERT INTO batches (device_id, batch_id, from_seq, to_seq, changes,"
                                              " applied_at, response) VALUES (?,?,?,?,?,?,?)"));
    i = 0;
    for (const QVariant& v : QVariantList{device.id, batch.batchId, batch.fromSeq, batch.toSeq,
                                          qint64(batch.changes.size()), serverNow, QString::fromUtf8(toText(response))})
        rec.bindValue(i++, v);
    if (!dev.exec() || !rec.exec())
        return ServerOutcome::fail(ErrorCode::Unavailable, dbError(dev) + dbError(rec));
    if (!tx.commit())
        return ServerOutcome::fail(ErrorCode::Unavailable, QStringLiteral("commit failed: %1").arg(m_db.lastError().text()));
    return ServerOutcome::ok(response);
}

ServerOutcome ServerStore::pull(const DeviceInfo& device, const QString& cursor, int limit, int clientProtocol)
{
    ServerOutcome o = pullPage(device, cursor, limit, clientProtocol);
    if (!o.error)
        o.body = QJsonDocument::fromJson(std::exchange(o.rawBody, {})).object();
    return o;
}

ServerOutcome ServerStore::pullPage(const DeviceInfo& device, const QString& cursorText, int limit, int clientProtocol)
{
    const auto cursor = Cursor::parse(cursorText);
    if (!cursor)
        return ServerOutcome::fail(ErrorCode::BadRequest, QStringLiteral("not a cursor of this server: %1").arg(cursorText));
    limit = std::clamp(limit, 1, kMaxPullPage);
    const bool omitNotDeleted = clientProtocol >= kProtocolOmitsNotDeleted;
    Cursor next = *cursor;
    // The page is written as JSON directly; a row's fields are embedded as
    // stored (the server wrote them: checked JSON objects, see storedTextAsReceived).
    QByteArray page;
    page.reserve(qsizetype(limit) * 640 + 256);
    CompactJsonWriter json(page);
    json.beginObject();
    json.key("changes");
    json.beginArray();
    int taken = 0;
    // Reads rows of `scope` after `last` into the page until `max` are taken;
    // the asking device's own rows are skipped without counting, up to a scan
    // budget, so that a pull after a big push does not page through them one
    // empty answer at a time. *exhausted: no row of the scope is left.
    int scanBudget = kMaxPullScan;
    const QByteArray deviceId = device.id.toUtf8();
    auto readScope = [&](const QString& scope, qint64& last, int max, bool* exhausted) -> bool {
        *exhausted = false;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // PostgreSQL: a row with one version group naming this device (a
        // push writes most rows so) comes without its data and versions:
        // after a big push its own rows are most of what a pull scans, and
        // they cost more to copy and send than to recognise. (SQLite hands
        // over the text without copying it.) Other rows are checked below.
        // One group ("hlc,device,seq:fields", no ';') whose device slot is
        // exactly this device: matching the id anywhere in the text would
        // also hide rows whose field names or other devices contain it.
        q.prepare(
            m_postgres
                ? QStringLiteral("SELECT entity, row_id, CASE WHEN strpos(versions, ';') = 0 AND "
                                 "split_part(split_part(versions, ':', 1), ',', 2) = ? THEN NULL ELSE data END, "
                                 "CASE WHEN strpos(versions, ';') = 0 AND "
                                 "split_part(split_part(versions, ':', 1), ',', 2) = ? THEN NULL ELSE versions END, "
                                 "server_seq FROM sync_rows WHERE commune_id = ? "
                                 "AND server_seq > ? ORDER BY server_seq LIMIT ?")
                : QStringLiteral("SELECT entity, row_id, data, versions, server_seq FROM sync_rows "
                                 "WHERE commune_id = ? AND server_seq > ? ORDER BY server_seq LIMIT ?"));
        int takenHere = 0;
        QString lastEntity;
        QByteArray lastEntityUtf8;
        while (takenHere < max && scanBudget > 0) {
            const int chunk = std::min(scanBudget, kMaxPullPage);
            int bind = 0;
            if (m_postgres) {
                q.bindValue(bind++, device.id);
                q.bindValue(bind++, device.id);
            }
            q.bindValue(bind++, scope);
            q.bindValue(bind++, last);
            q.bindValue(bind++, chunk);
            if (!q.exec())
                return false;
            int read = 0;
            while (takenHere < max && q.next()) {
                ++read;
                --scanBudget;
                last = q.value(4).toLongLong();
                if (q.isNull(3)) // versions is NOT NULL: left out above, this device's own row
                    continue;
                const QString versionText = q.value(3).toString();
                if (FieldVersions::textOnlyWrittenBy(versionText, device.id))
                    continue; // this device's own writes: it has them already
                const FieldVersion latest = FieldVersions::textLatest(versionText);
                const QString entity = q.value(0).toString();
                if (entity != lastEntity) { // rows come in runs of one entity
                    lastEntity = entity;
                    lastEntityUtf8 = entity.toUtf8();
                }
                // No "commune_id": every device takes its own commune (reference
                // rows: none), never the page's; it was the same on every row.
                json.beginObject();
                json.key("device_id");
                json.string(latest.device.toUtf8());
                json.key("entity");
                json.string(lastEntityUtf8);
                json.key("fields");
                const QByteArray data = q.value(2).toByteArray();
                const QByteArrayView trimmed = QByteArrayView(data).trimmed();
                if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
                    const auto [head, tail] =
                        omitNotDeleted ? withoutNotDeleted(trimmed) : std::pair{trimmed, QByteArrayView()};
                    json.raw(head, tail);
                } else // not an object: as before, an empty one
                    json.raw(QJsonDocument(fromText(q.value(2))).toJson(QJsonDocument::Compact));
                json.key("hlc");
                json.string(QByteArray::number(latest.hlc));
                json.key("row_id");
                json.string(q.value(1).toString().toUtf8());
                json.endObject();
                ++takenHere;
                ++taken;
            }
            q.finish();
            if (takenHere < max && read < chunk) {
                *exhausted = true;
                break;
            }
        }
        return true;
    };
    bool communeDone = false, referenceDone = false;
    if (!readScope(device.communeId, next.commune, limit, &communeDone))
        return ServerOutcome::fail(ErrorCode::Unavailable, m_db.lastError().text());
    if (communeDone && taken < limit &&
        !readScope(kReferenceScope, next.reference, limit - taken, &referenceDone))
        return ServerOutcome::fail(ErrorCode::Unavailable, m_db.lastError().text());
    const bool more = !communeDone || !referenceDone;
    QJsonArray conflicts;
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT id, entity, row_id, field, kept_value, kept_hlc, kept_device, lost_value, lost_hlc,"
                             " lost_device, detected_at FROM conflicts WHERE commune_id = ? AND server_seq > ?"
                             " AND server_seq <= ? ORDER BY server_seq"));
    c.addBindValue(device.communeId);
    c.addBindValue(cursor->commune);
    c.addBindValue(next.commune);
    if (c.exec())
        while (c.next())
            conflicts.append(conflictJson(c.value(0).toString(), c.value(1).toString(), c.value(2).toString(),
                                          c.value(3).toString(), c.value(4).toString(), c.value(5).toLongLong(),
                                          c.value(6).toString(), c.value(7).toString(), c.value(8).toLongLong(),
                                          c.value(9).toString(), c.value(10).toLongLong()));
    c.finish();
    const SqliteWriteLock writer(m_db);
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE devices SET last_pull_at = ? WHERE id = ?"));
    touch.addBindValue(now());
    touch.addBindValue(device.id);
    touch.exec();
    json.endArray();
    json.key("conflicts");
    json.raw(QJsonDocument(conflicts).toJson(QJsonDocument::Compact));
    json.key("cursor");
    json.string(next.text().toUtf8());
    json.key("more");
    json.raw(more ? QByteArrayView("true") : QByteArrayView("false"));
    json.endObject();
    json.finish(); // the writer runs ahead of `page`: trimmed to the text before it is handed on
    return ServerOutcome::okRaw(std::move(page));
}

bool ServerStore::putReference(const QString& entity, const QString& rowId, const QJsonObject& fields, QString* error)
{
    return putReferences({{entity, rowId, fields}}, error);
}

bool ServerStore::putReferences(const QVector<ReferenceRow>& rows, QString* error)
{
    for (const ReferenceRow& row : rows) {
        const EntityDef* def = EntityCatalog::find(row.entity);
        if (!def || !def->reference) {
            if (error)
                *error = QStringLiteral("%1 is not reference data").arg(row.entity);
            return false;
        }
        if (row.rowId.isEmpty() || row.rowId.size() > 64) {
            if (error)
                *error = QStringLiteral("%1: row id must be 1 to 64 characters").arg(row.entity);
            return false;
        }
        for (auto f = row.fields.begin(); f != row.fields.end(); ++f) {
            const Rejection r = f.key() == QLatin1String(sync_columns::deleted) ? checkDeleted(f.value())
                                : def->hasColumn(f.key())                          ? checkValue(*def, f.key(), f.value())
                                                    : Rejection{f.key(), QStringLiteral("no such field")};
            if (!r.isEmpty()) {
                if (error)
                    *error = QStringLiteral("%1.%2: %3").arg(row.entity, r.field, r.reason);
                return false;
            }
        }
    }
    Tx tx(m_db);
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("SELECT seq FROM seq_counters WHERE scope = ?") + forUpdate());
    s.addBindValue(kReferenceScope);
    if (!tx.ok() || !s.exec() || !s.next()) {
        if (error)
            *error = dbError(s);
        return false;
    }
    qint64 seq = s.value(0).toLongLong();
    s.finish();
    const qint64 hlc = Hlc::pack(now(), 0);
    QSqlQuery old(m_db);
    old.prepare(QStringLiteral("SELECT data, versions FROM sync_rows WHERE entity = ? AND row_id = ?"));
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("INSERT INTO sync_rows (entity, row_id, commune_id, data, versions, server_seq) "
                              "VALUES (?,?,?,?,?,?) ON CONFLICT (entity, row_id) DO UPDATE SET data = excluded.data, "
                              "versions = excluded.versions, server_seq = excluded.server_seq"));
    for (const ReferenceRow& row : rows) {
        ++seq; // one sequence per row: a pull page may end between them
        old.bindValue(0, row.entity);
        old.bindValue(1, row.rowId);
        if (!old.exec()) {
            if (error)
                *error = dbError(old);
            return false;
        }
        QJsonObject data;
        FieldVersions versions;
        if (old.next())
            data = fromText(old.value(0)), versions = FieldVersions::parse(old.value(1).toString(), data);
        old.finish();
        QJsonObject all = row.fields;
        if (!data.contains(QLatin1String(sync_columns::deleted)) && !all.contains(QLatin1String(sync_columns::deleted)))
            all.insert(QLatin1String(sync_columns::deleted), 0);
        for (auto f = all.begin(); f != all.end(); ++f) {
            data.insert(f.key(), f.value().isBool() ? QJsonValue(f.value().toBool() ? 1 : 0) : f.value());
            versions.set(f.key(), hlc, QStringLiteral("province"), seq);
        }
        int i = 0;
        for (const QVariant& v : QVariantList{row.entity, row.rowId, kReferenceScope, QString::fromUtf8(toText(data)),
                                              versionsText(versions, data), seq})
            up.bindValue(i++, v);
        if (!up.exec()) {
            if (error)
                *error = dbError(up);
            return false;
        }
    }
    QSqlQuery counter(m_db);
    counter.prepare(QStringLiteral("UPDATE seq_counters SET seq = ? WHERE scope = ?"));
    counter.addBindValue(seq);
    counter.addBindValue(kReferenceScope);
    if (!counter.exec() || !tx.commit()) {
        if (error)
            *error = dbError(counter).isEmpty() ? m_db.lastError().text() : dbError(counter);
        return false;
    }
    return true;
}

std::optional<QHash<QString, QJsonObject>> ServerStore::referenceRows(const QString& entity, QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, data FROM sync_rows WHERE entity = ? AND commune_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(kReferenceScope);
    if (!q.exec()) {
        if (error)
            *error = dbError(q);
        return std::nullopt;
    }
    QHash<QString, QJsonObject> rows;
    while (q.next())
        rows.insert(q.value(0).toString(), fromText(q.value(1)));
    return rows;
}

} // namespace hocvuso::sync
