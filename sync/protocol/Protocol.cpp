#include "sync/protocol/Protocol.h"

#include "core/store/CompactJson.h"

#include <QJsonDocument>

#include <cstring>

#include <openssl/sha.h>
#include <zstd.h>

namespace hocvuso::sync {

namespace {
struct ErrorInfo
{
    ErrorCode code;
    const char* name;
    int status;
};
constexpr ErrorInfo kErrors[] = {
    {ErrorCode::BadRequest, "bad_request", 400},
    {ErrorCode::BadBatch, "bad_batch", 400},
    {ErrorCode::Unauthorized, "unauthorized", 401},
    {ErrorCode::DeviceRevoked, "device_revoked", 401},
    {ErrorCode::EnrollmentRefused, "enrollment_refused", 403},
    {ErrorCode::Forbidden, "forbidden", 403},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::SequenceGap, "sequence_gap", 409},
    {ErrorCode::TooLarge, "too_large", 413},
    {ErrorCode::UpgradeRequired, "upgrade_required", 426},
    {ErrorCode::RateLimited, "rate_limited", 429},
    {ErrorCode::Unavailable, "unavailable", 503},
    {ErrorCode::Internal, "internal", 500},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto& e : kErrors)
        if (e.code == code)
            return QString::fromLatin1(e.name);
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString& name)
{
    for (const auto& e : kErrors)
        if (name == QLatin1String(e.name))
            return e.code;
    return std::nullopt;
}

int httpStatusOf(ErrorCode code)
{
    for (const auto& e : kErrors)
        if (e.code == code)
            return e.status;
    return 500;
}

QJsonObject errorBody(ErrorCode code, const QString& message, const QJsonObject& extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), errorCodeName(code));
    error.insert(QStringLiteral("message"), message);
    return {{QStringLiteral("error"), error}};
}

namespace {
// A zstd context holds megabytes of tables and window buffers. Made afresh
// for every body (as ZSTD_compress does), they were allocated, zeroed and
// faulted in each time: a sixth of a pushing client's CPU. One of each per
// thread instead, reset for every body (the output is the same).
class ZstdContexts
{
public:
    static ZstdContexts& ofThisThread()
    {
        thread_local ZstdContexts contexts;
        return contexts;
    }
    ZSTD_CCtx* compression()
    {
        if (!m_compression)
            m_compression = ZSTD_createCCtx();
        return m_compression;
    }
    ZSTD_DCtx* decompression()
    {
        if (!m_decompression)
            m_decompression = ZSTD_createDCtx();
        else
            ZSTD_DCtx_reset(m_decompression, ZSTD_reset_session_only); // a frame left half-read before
        return m_decompression;
    }
    ~ZstdContexts()
    {
        ZSTD_freeCCtx(m_compression);
        ZSTD_freeDCtx(m_decompression);
    }

private:
    ZstdContexts() = default;
    ZSTD_CCtx* m_compression = nullptr;
    ZSTD_DCtx* m_decompression = nullptr;
};
} // namespace

QByteArray compress(const QByteArray& data, int level)
{
    ZSTD_CCtx* ctx = ZstdContexts::ofThisThread().compression();
    if (!ctx)
        return {};
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(data.size()))), Qt::Uninitialized);
    // Like ZSTD_compress: this level, no other parameter.
    const size_t n = ZSTD_compressCCtx(ctx, out.data(), static_cast<size_t>(out.size()), data.constData(),
                                       static_cast<size_t>(data.size()), level);
    if (ZSTD_isError(n))
        return {};
    out.resize(static_cast<qsizetype>(n));
    return out;
}

std::optional<QByteArray> decompress(const QByteArray& data, qint64 maxSize)
{
    if (data.isEmpty())
        return std::nullopt;
    // Streaming, so a small "zip bomb" frame cannot make us allocate more than maxSize.
    ZSTD_DCtx* ctx = ZstdContexts::ofThisThread().decompression();
    if (!ctx)
        return std::nullopt;
    QByteArray out;
    // The size the (first) frame declares, when it does and within the limit: one allocation.
    const unsigned long long declared = ZSTD_getFrameContentSize(data.constData(), static_cast<size_t>(data.size()));
    if (maxSize > 0 && declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR &&
        declared <= static_cast<unsigned long long>(maxSize))
        out.reserve(static_cast<qsizetype>(declared));
    QByteArray chunk(static_cast<qsizetype>(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{data.constData(), static_cast<size_t>(data.size()), 0};
    size_t ret = 1;
    bool ok = true;
    while (in.pos < in.size) {
        ZSTD_outBuffer o{chunk.data(), static_cast<size_t>(chunk.size()), 0};
        ret = ZSTD_decompressStream(ctx, &o, &in);
        if (ZSTD_isError(ret)) {
            ok = false;
            break;
        }
        out.append(chunk.constData(), static_cast<qsizetype>(o.pos));
        if (out.size() > maxSize) {
            ok = false;
            break;
        }
        if (ret == 0 && in.pos < in.size)
            continue; // another frame follows
    }
    // Flush what the decoder still holds.
    while (ok && ret != 0) {
        ZSTD_outBuffer o{chunk.data(), static_cast<size_t>(chunk.size()), 0};
        ret = ZSTD_decompressStream(ctx, &o, &in);
        if (ZSTD_isError(ret) || (o.pos == 0 && ret != 0)) {
            ok = false; // truncated frame
            break;
        }
        out.append(chunk.constData(), static_cast<qsizetype>(o.pos));
        if (out.size() > maxSize)
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

QString hlcToJson(qint64 hlc)
{
    return QString::number(hlc);
}

qint64 hlcFromJson(const QJsonValue& value, bool* ok)
{
    bool parsed = false;
    qint64 v = 0;
    if (value.isString())
        v = value.toString().toLongLong(&parsed);
    else if (value.isDouble()) {
        v = value.toInteger();
        parsed = true;
    }
    if (ok)
        *ok = parsed && v > 0;
    return v;
}

QJsonObject Change::fieldsObject() const
{
    return fieldsJson.isEmpty() ? fields : QJsonDocument::fromJson(fieldsJson).object();
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("row_id"), rowId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fieldsObject()},
            {QStringLiteral("hlc"), hlcToJson(hlc)},
            {QStringLiteral("device_id"), deviceId}};
}

namespace {
// PostgreSQL text cannot hold U+0000: a name or id carrying one could be
// stored by neither back-end's bookkeeping (batches, quarantine, conflicts).
bool hasNul(QStringView s)
{
    return s.contains(QChar(0));
}

bool anyNameHasNul(const QJsonObject& o)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (hasNul(it.key()))
            return true;
    return false;
}
} // namespace

std::optional<Change> Change::fromJson(const QJsonObject& o, QString* error)
{
    Change c;
    c.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.rowId = o.value(QStringLiteral("row_id")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    c.fields = o.value(QStringLiteral("fields")).toObject();
    c.deviceId = o.value(QStringLiteral("device_id")).toString();
    bool hlcOk = false;
    c.hlc = hlcFromJson(o.value(QStringLiteral("hlc")), &hlcOk);
    QString why;
    if (c.seq <= 0)
        why = QStringLiteral("seq must be a positive integer");
    else if (!o.value(QStringLiteral("fields")).isObject())
        why = QStringLiteral("fields must be an object");
    else if (!hlcOk)
        why = QStringLiteral("hlc must be a positive integer string");
    else if (hasNul(c.entity) || hasNul(c.rowId) || hasNul(c.op) || hasNul(c.deviceId) || anyNameHasNul(c.fields))
        why = QStringLiteral("entity, row_id, op, device_id and field names must not contain U+0000");
    if (!why.isEmpty()) {
        if (error)
            *error = QStringLiteral("change %1: %2").arg(c.seq).arg(why);
        return std::nullopt;
    }
    return c;
}

namespace {
// SHA-256 (hex) through libcrypto: a batch's checksum is a large share of
// a push's CPU on both ends with Qt's portable implementation.
QString sha256Hex(QByteArrayView data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), static_cast<size_t>(data.size()), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex());
}
} // namespace

QString batchChecksumOfBytes(QByteArrayView changesJson)
{
    return sha256Hex(changesJson);
}

QString batchChecksum(const QJsonArray& changes)
{
    return sha256Hex(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

QJsonObject PushBatch::toJson() const
{
    QJsonArray array;
    for (const Change& c : changes)
        array.append(c.toJson());
    return {{QStringLiteral("batch_id"), batchId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("from_seq"), fromSeq},
            {QStringLiteral("to_seq"), toSeq},
            {QStringLiteral("pull_cursor"), pullCursor},
            {QStringLiteral("changes"), array},
            {QStringLiteral("checksum"), batchChecksum(array)}};
}

QByteArray PushBatch::toJsonBytes() const
{
    // What QJsonDocument writes for the array of Change::toJson(), keys in
    // order, without a QJsonObject per change, straight into the body.
    // The changes first (before the checksum that hashes them), then the
    // other members in QJsonObject's order: bytes as they always were.
    QByteArray out;
    qsizetype fieldsBytes = 0;
    for (const Change& c : changes)
        fieldsBytes += c.fieldsJson.size();
    out.reserve(fieldsBytes + changes.size() * 200 + 512);
    CompactJsonWriter json(out);
    json.beginObject();
    json.key("changes");
    const qsizetype arrayStart = json.written().size();
    json.beginArray();
    for (const Change& c : changes) {
        json.beginObject();
        json.key("device_id");
        json.string(c.deviceId);
        json.key("entity");
        json.string(c.entity);
        json.key("fields");
        if (c.fieldsJson.isEmpty())
            json.raw(QJsonDocument(c.fields).toJson(QJsonDocument::Compact));
        else
            json.raw(c.fieldsJson);
        json.key("hlc");
        json.integerString(c.hlc);
        json.key("op");
        json.string(c.op);
        json.key("row_id");
        json.string(c.rowId);
        json.key("seq");
        json.integer(c.seq);
        json.endObject();
    }
    json.endArray();
    const QString checksum = sha256Hex(json.written().sliced(arrayStart));
    json.key("batch_id");
    json.string(batchId);
    json.key("checksum");
    json.string(checksum);
    json.key("device_id");
    json.string(deviceId);
    json.key("from_seq");
    json.integer(fromSeq);
    json.key("pull_cursor");
    json.string(pullCursor);
    json.key("to_seq");
    json.integer(toSeq);
    json.endObject();
    json.finish();
    return out;
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end (one past) of the JSON value starting at `i`, or -1. Enough
// structure to skip a value: strings with escapes, nested brackets. Strings
// are most of a batch: they are crossed with memchr from quote to quote.
qsizetype skipJsonValue(QByteArrayView json, qsizetype i)
{
    const char* const begin = json.data();
    const char* const end = begin + json.size();
    int depth = 0;
    for (const char* p = begin + i; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            const char* const text = p + 1;
            for (const char* from = text;;) {
                const char* quote = static_cast<const char*>(std::memchr(from, '"', size_t(end - from)));
                if (!quote)
                    return -1;
                const char* escapes = quote;
                while (escapes > text && escapes[-1] == '\\')
                    --escapes;
                if ((quote - escapes) % 2 == 0) { // not escaped: the string ends here
                    p = quote;
                    break;
                }
                from = quote + 1;
            }
            if (depth == 0)
                return p + 1 - begin;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0)
                return p - begin; // the end of the enclosing container ends a number, true, false or null
            if (--depth == 0)
                return p + 1 - begin;
        } else if (depth == 0 && (c == ',' || isJsonSpace(c))) {
            return p - begin; // end of a number, true, false or null
        }
    }
    return depth == 0 ? json.size() : -1;
}

} // namespace

bool hasNoRepeatedMembers(QByteArrayView json, const QJsonObject& parsed)
{
    // Qt keeps the last of a repeated name while rawJsonMember finds the
    // first: only when no name repeats are the raw bytes what was checked.
    const auto members = rawJsonMembers(json);
    return members && members->size() == parsed.size();
}

QByteArrayView rawJsonMember(QByteArrayView json, QByteArrayView key)
{
    const auto members = rawJsonMembers(json);
    if (!members)
        return {};
    for (const RawJsonMember& m : *members)
        if (m.name == key) // a name with escapes never equals a plain key: fine for our keys
            return m.value;
    return {};
}

namespace {

qsizetype skipJsonSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isJsonSpace(json[i]))
        ++i;
    return i;
}

// Walks the top-level items of the object or array in `json` (between
// `open` and `close`): `item(i)` reads the item starting at i and returns
// where it ends, or -1 when it is not valid. False when `json` is not one.
template <class Item>
bool walkJsonItems(QByteArrayView json, char open, char close, Item item)
{
    const qsizetype n = json.size();
    qsizetype i = skipJsonSpace(json, 0);
    if (i >= n || json[i] != open)
        return false;
    i = skipJsonSpace(json, i + 1);
    if (i < n && json[i] == close)
        return true;
    for (;;) {
        i = item(skipJsonSpace(json, i));
        if (i < 0)
            return false;
        i = skipJsonSpace(json, i);
        if (i < n && json[i] == close)
            return true;
        if (i >= n || json[i] != ',')
            return false;
        ++i;
    }
}

} // namespace

std::optional<QVector<RawJsonMember>> rawJsonMembers(QByteArrayView json)
{
    QVector<RawJsonMember> members;
    const bool ok = walkJsonItems(json, '{', '}', [&](qsizetype i) -> qsizetype {
        if (i >= json.size() || json[i] != '"')
            return -1;
        const qsizetype keyEnd = skipJsonValue(json, i);
        if (keyEnd < 0)
            return -1;
        const QByteArrayView name = json.sliced(i + 1, keyEnd - i - 2);
        i = skipJsonSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return -1;
        i = skipJsonSpace(json, i + 1);
        const qsizetype valueEnd = skipJsonValue(json, i);
        if (valueEnd < 0 || valueEnd == i)
            return -1;
        members.push_back({name, json.sliced(i, valueEnd - i)});
        return valueEnd;
    });
    return ok ? std::optional(members) : std::nullopt;
}

std::optional<QVector<QByteArrayView>> rawJsonElements(QByteArrayView json)
{
    QVector<QByteArrayView> elements;
    const bool ok = walkJsonItems(json, '[', ']', [&](qsizetype i) -> qsizetype {
        const qsizetype end = skipJsonValue(json, i);
        if (end < 0 || end == i)
            return -1;
        elements.push_back(json.sliced(i, end - i));
        return end;
    });
    return ok ? std::optional(elements) : std::nullopt;
}

std::optional<PushBatch> PushBatch::fromJson(const QJsonObject& o, QString* error, QByteArrayView rawChanges)
{
    auto fail = [&](const QString& why) -> std::optional<PushBatch> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    PushBatch b;
    b.batchId = o.value(QStringLiteral("batch_id")).toString();
    b.deviceId = o.value(QStringLiteral("device_id")).toString();
    b.fromSeq = o.value(QStringLiteral("from_seq")).toInteger(-1);
    b.toSeq = o.value(QStringLiteral("to_seq")).toInteger(-1);
    b.pullCursor = o.value(QStringLiteral("pull_cursor")).toString();
    b.checksum = o.value(QStringLiteral("checksum")).toString();
    if (b.batchId.isEmpty() || b.batchId.size() > 128 || hasNul(b.batchId))
        return fail(QStringLiteral("batch_id is required (at most 128 characters, no U+0000)"));
    if (b.deviceId.isEmpty())
        return fail(QStringLiteral("device_id is required"));
    if (b.fromSeq <= 0 || b.toSeq < b.fromSeq)
        return fail(QStringLiteral("from_seq/to_seq must be a non-empty range of positive integers"));
    const QJsonValue changes = o.value(QStringLiteral("changes"));
    if (!changes.isArray())
        return fail(QStringLiteral("changes must be an array"));
    const QJsonArray array = changes.toArray();
    // The bytes as received hash to the checksum when the sender wrote the
    // canonical form (every client does): no second serialisation then.
    const bool rawMatches = !rawChanges.isEmpty() && sha256Hex(rawChanges) == b.checksum;
    if (!rawMatches && batchChecksum(array) != b.checksum)
        return fail(QStringLiteral("checksum does not match the changes"));
    // Trusted bytes: each change keeps its fields as received (Change::rawFields).
    std::optional<QVector<QByteArrayView>> rawElements;
    if (rawMatches) {
        rawElements = rawJsonElements(rawChanges);
        if (rawElements && rawElements->size() != array.size())
            rawElements.reset();
    }
    qint64 previous = 0;
    b.changes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        auto c = Change::fromJson(array.at(i).toObject(), &why);
        if (!c)
            return fail(why);
        if (rawElements && hasNoRepeatedMembers((*rawElements)[i], array.at(i).toObject()))
            c->rawFields = rawJsonMember((*rawElements)[i], "fields").toByteArray();
        if (c->seq < b.fromSeq || c->seq > b.toSeq || c->seq <= previous)
            return fail(QStringLiteral("change %1 is outside the range %2-%3 or out of order")
                            .arg(c->seq)
                            .arg(b.fromSeq)
                            .arg(b.toSeq));
        previous = c->seq;
        b.changes.push_back(std::move(*c));
    }
    return b;
}

} // namespace hocvuso::sync
