#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace hocvuso::sync {

// Versions carried in every request (headers below). The server refuses a
// client whose protocol is older than it supports with 426.
// 2: a pull page may leave out "deleted" of a row that is not deleted (the
// reader takes it as 0); the server writes that form for clients of 2 or newer only.
inline constexpr int kProtocolVersion = 2;
inline constexpr int kMinProtocolVersion = 1;
// The first protocol whose pull pages leave out "deleted":0.
inline constexpr int kProtocolOmitsNotDeleted = 2;

// Request/response headers of the wire protocol (see sync/API.md).
namespace header {
inline constexpr auto protocol = "X-Hocvuso-Protocol";
inline constexpr auto schema = "X-Hocvuso-Schema";
inline constexpr auto clientTime = "X-Hocvuso-Time"; // client wall clock, ms since epoch
inline constexpr auto authorization = "Authorization";
inline constexpr auto contentEncoding = "Content-Encoding";
inline constexpr auto retryAfter = "Retry-After";
} // namespace header

// Stable error codes of the API; each maps to one HTTP status.
enum class ErrorCode {
    BadRequest,       // 400: malformed JSON, bad compression, missing fields
    BadBatch,         // 400: batch inconsistent (checksum, range, device)
    Unauthorized,     // 401: no or unknown token
    DeviceRevoked,    // 401: the device's token was revoked
    EnrollmentRefused,// 403: unknown, used or expired enrollment code
    Forbidden,        // 403: outside the device's commune or a reference entity
    NotFound,         // 404
    SequenceGap,      // 409: the batch does not start where the server expects
    TooLarge,         // 413
    UpgradeRequired,  // 426: protocol too old
    RateLimited,      // 429 + Retry-After
    Unavailable,      // 503 + Retry-After: database busy or down
    Internal,         // 500
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString& name);
int httpStatusOf(ErrorCode code);
// {"error": {"code": ..., "message": ..., <extra>}}
QJsonObject errorBody(ErrorCode code, const QString& message, const QJsonObject& extra = {});

// Bodies travel as JSON compressed with zstd (Content-Encoding: zstd).
QByteArray compress(const QByteArray& data, int level = 3);
// Empty optional when the data is not a zstd frame or would exceed maxSize.
std::optional<QByteArray> decompress(const QByteArray& data, qint64 maxSize);

// HLCs exceed 2^53, so JSON carries them as decimal strings.
QString hlcToJson(qint64 hlc);
qint64 hlcFromJson(const QJsonValue& value, bool* ok = nullptr);

// One logged local write, as pushed: the changed columns and their HLC.
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString rowId;
    QString op; // insert | update | delete
    QJsonObject fields;
    // When set, `fields` as compact JSON in canonical form (keys in order), as
    // the outbox reader writes it: sent as is instead of `fields`.
    QByteArray fieldsJson;
    qint64 hlc = 0;
    QString deviceId;
    // The fields object exactly as received, when the server decoded the
    // batch from bytes it could trust (the checksum matched them): the
    // server stores a new row from it without serialising `fields` again.
    // Empty otherwise; never sent.
    QByteArray rawFields;

    QJsonObject fieldsObject() const; // `fields`, or `fieldsJson` parsed
    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject& o, QString* error);
};

// SHA-256 (hex) of the compact JSON of the changes array: Qt writes object
// keys sorted, so both ends compute it from the same canonical form.
QString batchChecksum(const QJsonArray& changes);
// SHA-256 (hex) of the changes array as written (`changesJson`, its bytes).
QString batchChecksumOfBytes(QByteArrayView changesJson);

struct PushBatch
{
    QString batchId; // idempotency key
    QString deviceId;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    QString pullCursor; // the device's last pull cursor: what it has seen
    QVector<Change> changes;
    QString checksum;

    QJsonObject toJson() const; // computes the checksum
    // The compact JSON of toJson() (members in another order), the changes
    // written directly in canonical form: the checksum hashes those very bytes.
    QByteArray toJsonBytes() const;
    // `rawChanges`: the changes array exactly as received (rawJsonMember).
    // When its SHA-256 is the checksum, the array is not serialised again to
    // check it; otherwise the canonical form decides, as before.
    static std::optional<PushBatch> fromJson(const QJsonObject& o, QString* error, QByteArrayView rawChanges = {});
};

// The text of a member of the top-level JSON object in `json`, exactly as it
// is written there (empty when absent or when `json` is not an object).
QByteArrayView rawJsonMember(QByteArrayView json, QByteArrayView key);

// The members of the JSON object in `json` as written there: each name
// (between its quotes, escapes kept) and value. Empty optional when `json`
// is not an object.
struct RawJsonMember
{
    QByteArrayView name;
    QByteArrayView value;
};
std::optional<QVector<RawJsonMember>> rawJsonMembers(QByteArrayView json);
// Whether the object in `json` names each member once, as `parsed` (its
// decoded form) does: raw bytes of a member are trusted only then.
bool hasNoRepeatedMembers(QByteArrayView json, const QJsonObject& parsed);
// The elements of the JSON array in `json` as written; empty optional when it is not an array.
std::optional<QVector<QByteArrayView>> rawJsonElements(QByteArrayView json);

} // namespace hocvuso::sync
