#pragma once

#include "sync/protocol/Protocol.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace hocvuso::sync {

class FieldVersions;
class PgStatements;

// Where a server keeps its data: a SQLite file (default) or PostgreSQL.
struct ServerDbSpec
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host, user, password, database;
    int port = 5432;

    // "FILE" or "postgresql://user:pass@host:port/db".
    static std::optional<ServerDbSpec> parse(const QString& text, QString* error);
};

struct DeviceInfo
{
    QString id;
    QString communeId;
    QString communeCode;
    QString name;
    bool revoked = false;
    qint64 highWater = 0;
    qint64 enrolledAt = 0;
    qint64 lastPushAt = 0;
    qint64 lastPullAt = 0;
    qint64 lastSkewMs = 0;
};

struct CommuneInfo
{
    QString id, code, name, provinceCode, provinceName;
};

// The answer to a push or a failure with its stable code.
struct ServerOutcome
{
    std::optional<ErrorCode> error;
    QString message;
    QJsonObject body; // the response (success) or the error's extra fields
    // A success answered with JSON written directly (a pull page): `body` is then empty.
    QByteArray rawBody;
    static ServerOutcome ok(QJsonObject body) { return {std::nullopt, {}, std::move(body), {}}; }
    static ServerOutcome okRaw(QByteArray json) { return {std::nullopt, {}, {}, std::move(json)}; }
    static ServerOutcome fail(ErrorCode code, QString message, QJsonObject extra = {})
    {
        return {code, std::move(message), std::move(extra), {}};
    }
};

// The province server's database: communes, devices and their tokens, the
// merged rows with a version (HLC, device, server sequence) per field, the
// applied batches, conflicts and quarantined changes. One class for SQLite
// and PostgreSQL: the SQL is shared, the few dialect differences are in
// Dialect (ServerStore.cpp). Not thread-safe: one instance per thread.
class ServerStore
{
public:
    static std::unique_ptr<ServerStore> open(const ServerDbSpec& spec, QString* error);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase& db() { return m_db; }
    // Empties every table (tests share one PostgreSQL database).
    bool wipe(QString* error);

    // HLCs further than this ahead of the server's clock are clamped.
    void setMaxClockSkewMs(qint64 ms) { m_maxSkewMs = ms; }
    // Whether a row's versions written by one write of all its fields are
    // stored as "hlc,device,seq:*" (default) or name every field (tests
    // compare the two). Either form is always read.
    void setCompactVersions(bool on) { m_compactVersions = on; }
    // The wall clock of the server (tests move it).
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }
    qint64 now() const;

    // Administration.
    bool createProvince(const QString& code, const QString& name, QString* error);
    std::optional<CommuneInfo> addCommune(const QString& code, const QString& name, QString* error);
    std::optional<CommuneInfo> commune(const QString& idOrCode);
    QVector<CommuneInfo> communes();
    // A single-use code for one commune, valid for `validForMs`.
    std::optional<QString> createEnrollmentCode(const QString& communeCode, qint64 validForMs, QString* error);
    QVector<DeviceInfo> devices(const QString& communeCode = {});
    bool revokeDevice(const QString& deviceId, QString* error);
    // A token for province staff (reads the province summary).
    std::optional<QString> createProvinceToken(const QString& label, QString* error);
    bool isProvinceToken(const QString& token);
    QJsonObject communeSummary(const QString& communeId);
    QJsonObject provinceSummary();
    // Conflicts for a person to review, oldest first: of one commune (id or
    // code; empty: all), pending only unless `includeResolved`. Each as in
    // the push answer plus commune_code and resolved_at (0: pending).
    std::optional<QJsonArray> conflicts(const QString& commune, bool includeResolved, QString* error);
    // Marks a conflict reviewed (the merged value stays as last-writer-wins decided).
    bool resolveConflict(const QString& conflictId, QString* error);
    // Quarantined changes of one commune (or all), newest first.
    std::optional<QJsonArray> quarantined(const QString& commune, QString* error);

    // Protocol.
    ServerOutcome enroll(const QString& code, const QString& deviceId, const QString& deviceName);
    // The device a bearer token belongs to (revoked devices too: the caller decides).
    std::optional<DeviceInfo> deviceByToken(const QString& token);
    ServerOutcome push(const DeviceInfo& device, const PushBatch& batch, qint64 clientTimeMs);
    // The page as JSON bytes (rawBody), written without a QJsonDocument, in
    // the form a client of `clientProtocol` reads (sync/API.md).
    // No default protocol: the form depends on the asking client's.
    ServerOutcome pullPage(const DeviceInfo& device, const QString& cursor, int limit, int clientProtocol);
    // The same page decoded into `body` (tests, tools).
    ServerOutcome pull(const DeviceInfo& device, const QString& cursor, int limit, int clientProtocol = kProtocolVersion);
    // Writes one reference row (plans, targets, catalogues) for every commune.
    bool putReference(const QString& entity, const QString& rowId, const QJsonObject& fields, QString* error);
    // Writes several in one transaction: all or none (every row is checked first).
    struct ReferenceRow
    {
        QString entity;
        QString rowId;
        QJsonObject fields;
    };
    bool putReferences(const QVector<ReferenceRow>& rows, QString* error);
    // The reference rows of one entity: row id → the merged fields (tombstones too, `deleted` = 1).
    std::optional<QHash<QString, QJsonObject>> referenceRows(const QString& entity, QString* error);

    static QString hashSecret(const QString& secret);

private:
    ServerStore(QSqlDatabase db, bool postgres);
    bool createSchema(QString* error);
    // False (and why) for a database that holds tables but not the server's
    // (a commune laptop's store given by mistake, another program's
    // database): the server would otherwise add its tables to it.
    bool isServerDatabaseOrEmpty(QString* error);
    // Brings an older database's schema (server_meta 'schema') to this
    // server's, in createSchema's transaction; refuses a newer one.
    bool upgradeSchema(QString* error);
    // Forgets the statements prepared on this connection (before columns change).
    void dropPreparedStatements();
    bool exec(const QString& sql, QString* error = nullptr);
    QString forUpdate() const;
    // The collation clause of a key/identifier TEXT column (empty on SQLite).
    QString keyCollation() const;
    // A row's versions as stored: "hlc,device,seq:*" when one write covers
    // its whole data and compact versions are on (the default).
    QString versionsText(const FieldVersions& versions, const QJsonObject& rowData) const;

    // Statements of a push, prepared once per connection (PostgreSQL pays
    // a round trip to prepare and one to deallocate each).
    QSqlQuery* prepared(const QString& sql);
    // PostgreSQL only: the bulk statements sent with libpq on this connection.
    PgStatements* pgStatements();

    QSqlDatabase m_db;
    bool m_postgres = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::unique_ptr<QSqlQuery> m_unprepared; // the last statement that failed to prepare (its error)
    std::unique_ptr<PgStatements> m_pgStatements; // PostgreSQL's bulk statements (libpq), prepared once
    qint64 m_maxSkewMs = 5 * 60 * 1000;
    bool m_compactVersions = true;
    std::function<qint64()> m_now;
};

} // namespace hocvuso::sync
