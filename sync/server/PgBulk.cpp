#include "sync/server/PgBulk.h"

#include <QSqlDriver>
#include <QtEndian>
#include <libpq-fe.h>
#include <memory>

namespace hocvuso::sync {

namespace {

// From PostgreSQL's pg_type.dat (stable OIDs of built-in types).
constexpr Oid kTextOid = 25;
constexpr Oid kInt8Oid = 20;
constexpr Oid kTextArrayOid = 1009;
constexpr Oid kInt8ArrayOid = 1016;
constexpr int kHeaderSize = 5 * 4; // ndim, has-null, element type, length, lower bound

void putInt32(char* at, quint32 value)
{
    qToBigEndian(value, at);
}

void appendInt32(QByteArray& out, qint32 value)
{
    char buf[4];
    qToBigEndian(value, buf);
    out.append(buf, 4);
}

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString resultError(const PGresult* result, pg_conn* conn)
{
    const char* message = result ? PQresultErrorMessage(result) : "";
    if (!message || !*message)
        message = PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

} // namespace

PgArray::PgArray(Kind kind) : m_kind(kind)
{
    m_bytes.resize(kHeaderSize);
}

void PgArray::appendText(const char* utf8, qsizetype size)
{
    Q_ASSERT(m_kind == Kind::Text);
    appendInt32(m_bytes, qint32(size));
    m_bytes.append(utf8, size);
    ++m_count;
}

void PgArray::appendInt8(qint64 value)
{
    Q_ASSERT(m_kind == Kind::Int8);
    appendInt32(m_bytes, 8);
    char buf[8];
    qToBigEndian(value, buf);
    m_bytes.append(buf, 8);
    ++m_count;
}

void PgArray::appendNull()
{
    appendInt32(m_bytes, -1);
    m_hasNull = true;
    ++m_count;
}

void PgArray::append(const QVariant& value)
{
    const int type = value.typeId();
    if (value.isNull() ||
        (type == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())) {
        appendNull();
        return;
    }
    if (m_kind == Kind::Int8) {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        Q_ASSERT_X(ok, "PgArray::append", "an int8 column takes whole numbers only");
        appendInt8(number);
        return;
    }
    if (type == QMetaType::QByteArray) {
        const auto& utf8 = *static_cast<const QByteArray*>(value.constData());
        appendText(utf8.constData(), utf8.size());
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    appendText(utf8.constData(), utf8.size());
}

unsigned PgArray::arrayTypeOid() const
{
    return m_kind == Kind::Text ? kTextArrayOid : kInt8ArrayOid;
}

const QByteArray& PgArray::bytes()
{
    char* header = m_bytes.data();
    putInt32(header, 1);                                              // one dimension
    putInt32(header + 4, m_hasNull ? 1 : 0);                          // has NULLs
    putInt32(header + 8, m_kind == Kind::Text ? kTextOid : kInt8Oid); // element type
    putInt32(header + 12, quint32(m_count));                          // length
    putInt32(header + 16, 1);                                         // lower bound
    return m_bytes;
}

bool PgRow::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column);
}

QString PgRow::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

PgStatements::PgStatements(const QSqlDatabase& db) : m_db(db) {}

pg_conn* PgStatements::connection(QString* error) const
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it: PGconn is a typedef of pg_conn.
    const char* type = handle.isValid() ? handle.typeName() : nullptr;
    if (type && (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0))
        if (PGconn* conn = *static_cast<PGconn* const*>(handle.constData()))
            return conn;
    if (error)
        *error = QStringLiteral("not an open PostgreSQL connection (driver handle: %1)")
                     .arg(QLatin1String(type ? type : "none"));
    return nullptr;
}

const std::string* PgStatements::prepare(pg_conn* conn, const QString& sql,
                                         const std::vector<PgArray>& params, QString* error)
{
    auto found = m_names.find(sql);
    if (found != m_names.end())
        return &found->second;
    std::string name = "hocvuso_bulk_" + std::to_string(++m_counter);
    std::vector<Oid> types;
    types.reserve(params.size());
    for (const PgArray& p : params)
        types.push_back(p.arrayTypeOid());
    Result result(PQprepare(conn, name.c_str(), sql.toUtf8().constData(), int(types.size()), types.data()));
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
        if (error)
            *error = QStringLiteral("%1 [%2]").arg(resultError(result.get(), conn), sql.left(100));
        return nullptr;
    }
    return &m_names.emplace(sql, std::move(name)).first->second;
}

bool PgStatements::exec(const QString& sql, std::vector<PgArray>& params, QString* error,
                        const std::function<void(const PgRow&)>& onRow)
{
    m_lastSqlState.clear();
    PGconn* conn = connection(error);
    if (!conn)
        return false;
    if (conn != m_conn) { // a new connection has none of the old one's statements
        m_names.clear();
        m_conn = conn;
    }
    const std::string* name = prepare(conn, sql, params, error);
    if (!name)
        return false;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats(params.size(), 1); // binary
    values.reserve(params.size());
    lengths.reserve(params.size());
    for (PgArray& p : params) {
        const QByteArray& bytes = p.bytes();
        values.push_back(bytes.constData());
        lengths.push_back(int(bytes.size()));
    }
    Result result(PQexecPrepared(conn, name->c_str(), int(params.size()), values.data(), lengths.data(),
                                 formats.data(), 0 /* text results */));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr)
            m_lastSqlState = state;
        if (error)
            *error = QStringLiteral("%1 [%2]").arg(resultError(result.get(), conn), sql.left(100));
        return false;
    }
    if (onRow) {
        const int rows = PQntuples(result.get());
        for (int r = 0; r < rows; ++r)
            onRow(PgRow(result.get(), r));
    }
    return true;
}

} // namespace hocvuso::sync
