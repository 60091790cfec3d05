#pragma once

// Bulk statements on PostgreSQL through libpq, on the connection QPSQL
// opened (so inside its transaction): each column travels as one
// binary-format array parameter ($1::text[], $2::int8[], ...) of a statement
// prepared once per connection. QPSQL inlines a prepared statement's values
// into EXECUTE as quoted literals, which the server lexes character by
// character and copies; a binary array is read as it arrives.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace hocvuso::sync {

// One array parameter in PostgreSQL's binary array format (big-endian:
// ndim, has-null flag, element type, length, lower bound, then each element
// as its byte length, -1 for NULL, and its bytes).
class PgArray
{
public:
    enum class Kind
    {
        Text,
        Int8
    };

    explicit PgArray(Kind kind);

    void appendText(const char* utf8, qsizetype size);
    void appendInt8(qint64 value);
    void appendNull();
    // A null QVariant or a null QString is NULL (as the SQLite driver binds
    // it); a QByteArray is UTF-8 text already; anything else is converted
    // to the array's kind.
    void append(const QVariant& value);

    Kind kind() const { return m_kind; }
    int size() const { return m_count; }
    // The array type's OID (text[] or int8[]), for PQprepare.
    unsigned arrayTypeOid() const;
    // The parameter's bytes; valid until the next append.
    const QByteArray& bytes();

private:
    Kind m_kind;
    QByteArray m_bytes; // header (written by bytes()) + elements
    int m_count = 0;
    bool m_hasNull = false;
};

// One row of a statement's result (text format).
class PgRow
{
public:
    PgRow(const pg_result* result, int row) : m_result(result), m_row(row) {}
    bool isNull(int column) const;
    // A NULL is a null QString.
    QString text(int column) const;

private:
    const pg_result* m_result;
    int m_row;
};

// Statements of one QPSQL connection, each prepared (PQprepare) on first use
// and kept for the connection's life.
class PgStatements
{
public:
    // `db`: an open QPSQL connection; it must outlive this object.
    explicit PgStatements(const QSqlDatabase& db);

    // Runs `sql` ($1..$n, one per parameter, of their array types) with
    // these parameters; `onRow` sees each row of its result. libpq drops
    // whatever a forward-only QSqlQuery left unread on the connection
    // (QPSQL reads those in single-row mode, and even after finish() the
    // end of the result is still pending): read the rows you need before.
    // (Refusing to run on a busy connection was tried: every push failed.)
    // On failure *error says why and the caller's transaction is aborted
    // (PostgreSQL refuses the rest of it), so nothing of the statement is
    // stored.
    bool exec(const QString& sql, std::vector<PgArray>& params, QString* error,
              const std::function<void(const PgRow&)>& onRow = {});
    // The SQLSTATE of the last exec's failure (e.g. "23505", a unique
    // violation); empty after a success or a failure without one.
    const QByteArray& lastSqlState() const { return m_lastSqlState; }

private:
    pg_conn* connection(QString* error) const;
    // The prepared statement's name, preparing it first if needed; empty on failure.
    const std::string* prepare(pg_conn* conn, const QString& sql, const std::vector<PgArray>& params,
                               QString* error);

    QSqlDatabase m_db;
    pg_conn* m_conn = nullptr; // the connection m_names were prepared on
    std::unordered_map<QString, std::string> m_names; // SQL text → prepared statement name
    int m_counter = 0;
    QByteArray m_lastSqlState;
};

} // namespace hocvuso::sync
