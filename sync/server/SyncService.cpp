#include "sync/server/SyncService.h"

#include "core/store/Migrations.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

namespace hocvuso::sync {

HttpReply jsonReply(int status, const QJsonObject& body)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply errorReply(ErrorCode code, const QString& message, const QJsonObject& extra)
{
    HttpReply r = jsonReply(httpStatusOf(code), errorBody(code, message, extra));
    if (code == ErrorCode::RateLimited || code == ErrorCode::Unavailable)
        r.headers.append({QByteArray(header::retryAfter), QByteArray::number(extra.value(QStringLiteral("retry_after")).toInt(5))});
    return r;
}

namespace {
HttpReply fromOutcome(const ServerOutcome& o)
{
    if (o.error)
        return errorReply(*o.error, o.message, o.body);
    return jsonReply(200, o.body);
}
} // namespace

SyncService::SyncService(ServerStore& store, ServiceLimits limits) : m_store(store), m_limits(limits) {}

HttpReply SyncService::handle(const HttpRequest& request)
{
    static const QString prefix = QStringLiteral("/api/v1/");
    if (!request.path.startsWith(prefix))
        return errorReply(ErrorCode::NotFound, QStringLiteral("no such endpoint: %1").arg(request.path));
    const QString route = request.path.mid(prefix.size());
    const bool get = request.method == "GET", post = request.method == "POST";
    if (route == QLatin1String("health") && get)
        return health(request);
    if (auto old = checkVersions(request))
        return *old;
    if (route == QLatin1String("province/summary") && get)
        return provinceSummary(request);
    if (route == QLatin1String("enroll") && post)
        return enroll(request);

    const bool isPush = route == QLatin1String("push") && post;
    const bool isPull = route == QLatin1String("pull") && get;
    const QStringList parts = route.split(QLatin1Char('/'));
    const bool isSummary = get && parts.size() == 3 && parts[0] == QLatin1String("communes") &&
                           parts[2] == QLatin1String("summary");
    if (!isPush && !isPull && !isSummary)
        return errorReply(ErrorCode::NotFound,
                          QStringLiteral("no such endpoint: %1 %2").arg(QString::fromLatin1(request.method), request.path));
    auto auth = authenticate(request);
    if (auto* failure = std::get_if<HttpReply>(&auth))
        return *failure;
    const DeviceInfo& device = std::get<DeviceInfo>(auth);
    if (rateLimited(device.id))
        return errorReply(ErrorCode::RateLimited, QStringLiteral("too many requests from this device; retry later"),
                          {{QStringLiteral("retry_after"), 30}});
    if (isPush)
        return push(request, device);
    if (isPull)
        return pull(request, device);
    return communeSummary(device, parts[1]);
}

HttpReply SyncService::health(const HttpRequest&)
{
    return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("protocol"), kProtocolVersion},
                           {QStringLiteral("min_protocol"), kMinProtocolVersion},
                           {QStringLiteral("schema"), Migrations::currentVersion},
                           {QStringLiteral("server_time"), m_store.now()}});
}

std::optional<HttpReply> SyncService::checkVersions(const HttpRequest& request)
{
    bool ok = false;
    const int protocol = request.header(header::protocol).toInt(&ok);
    if (!ok || protocol < kMinProtocolVersion)
        return errorReply(ErrorCode::UpgradeRequired,
                          QStringLiteral("this client speaks protocol %1; the server needs %2 or newer: update the "
                                         "application (your changes are kept and will be sent after the update)")
                              .arg(ok ? QString::number(protocol) : QStringLiteral("(none)"))
                              .arg(kMinProtocolVersion),
                          {{QStringLiteral("min_protocol"), kMinProtocolVersion}});
    const int schema = request.header(header::schema).toInt(&ok);
    if (!ok || schema < 1)
        return errorReply(ErrorCode::UpgradeRequired, QStringLiteral("the request does not say its schema version"),
                          {{QStringLiteral("min_protocol"), kMinProtocolVersion}});
    return std::nullopt;
}

std::optional<QJsonObject> SyncService::readJson(const HttpRequest& request, HttpReply* failure)
{
    QByteArray body = request.body;
    const QByteArray encoding = request.header(header::contentEncoding).trimmed().toLower();
    if (encoding == "zstd") {
        auto plain = decompress(body, m_limits.maxDecompressedBytes);
        if (!plain) {
            *failure = body.isEmpty() ? errorReply(ErrorCode::BadRequest, QStringLiteral("empty body"))
                                      : errorReply(ErrorCode::BadRequest,
                                                   QStringLiteral("the body is not a valid zstd frame or expands beyond "
                                                                  "%1 bytes").arg(m_limits.maxDecompressedBytes));
            return std::nullopt;
        }
        body = *plain;
    } else if (!encoding.isEmpty() && encoding != "identity") {
        *failure = errorReply(ErrorCode::BadRequest,
                              QStringLiteral("unsupported Content-Encoding %1").arg(QString::fromLatin1(encoding)));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = errorReply(ErrorCode::BadRequest, QStringLiteral("the body is not a JSON object: %1 at offset %2")
                                                         .arg(error.errorString())
                                                         .arg(error.offset));
        return std::nullopt;
    }
    return doc.object();
}

std::variant<DeviceInfo, HttpReply> SyncService::authenticate(const HttpRequest& request)
{
    const QByteArray auth = request.header(header::authorization);
    if (!auth.startsWith("Bearer "))
        return errorReply(ErrorCode::Unauthorized, QStringLiteral("missing bearer token (enroll the device first)"));
    auto device = m_store.deviceByToken(QString::fromLatin1(auth.mid(7).trimmed()));
    if (!device)
        return errorReply(ErrorCode::Unauthorized, QStringLiteral("unknown token"));
    if (device->revoked)
        return errorReply(ErrorCode::DeviceRevoked,
                          QStringLiteral("this device was revoked by the province; ask for a new enrollment code"));
    return *device;
}

bool SyncService::rateLimited(const QString& deviceId)
{
    if (m_limits.requestsPerMinutePerDevice <= 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Window& w = m_windows[deviceId];
    if (now - w.startMs >= 60000)
        w = {now, 0};
    return ++w.count > m_limits.requestsPerMinutePerDevice;
}

HttpReply SyncService::enroll(const HttpRequest& request)
{
    HttpReply failure;
    auto json = readJson(request, &failure);
    if (!json)
        return failure;
    const QString code = json->value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return errorReply(ErrorCode::BadRequest, QStringLiteral("code is required"));
    return fromOutcome(m_store.enroll(code, json->value(QStringLiteral("device_id")).toString(),
                                      json->value(QStringLiteral("device_name")).toString()));
}

HttpReply SyncService::push(const HttpRequest& request, const DeviceInfo& device)
{
    HttpReply failure;
    auto json = readJson(request, &failure);
    if (!json)
        return failure;
    const QJsonValue changes = json->value(QStringLiteral("changes"));
    if (changes.isArray() && changes.toArray().size() > m_limits.maxChangesPerBatch)
        return errorReply(ErrorCode::TooLarge,
                          QStringLiteral("a batch holds at most %1 changes").arg(m_limits.maxChangesPerBatch),
                          {{QStringLiteral("max_changes"), m_limits.maxChangesPerBatch}});
    QString why;
    auto batch = PushBatch::fromJson(*json, &why);
    if (!batch)
        return errorReply(ErrorCode::BadBatch, why);
    return fromOutcome(m_store.push(device, *batch, request.header(header::clientTime).toLongLong()));
}

HttpReply SyncService::pull(const HttpRequest& request, const DeviceInfo& device)
{
    const QUrlQuery q(request.query);
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"));
    const int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 1000;
    ServerOutcome o = m_store.pull(device, cursor, limit);
    HttpReply reply = fromOutcome(o);
    if (!o.error && request.header("accept-encoding").contains("zstd")) {
        reply.body = compress(reply.body);
        reply.headers.append({QByteArray(header::contentEncoding), QByteArrayLiteral("zstd")});
    }
    return reply;
}

HttpReply SyncService::communeSummary(const DeviceInfo& device, const QString& communeId)
{
    if (communeId != device.communeId && communeId != device.communeCode)
        return errorReply(ErrorCode::Forbidden, QStringLiteral("a device reads only its own commune"));
    return jsonReply(200, m_store.communeSummary(device.communeId));
}

HttpReply SyncService::provinceSummary(const HttpRequest& request)
{
    const QByteArray auth = request.header(header::authorization);
    if (!auth.startsWith("Bearer "))
        return errorReply(ErrorCode::Unauthorized, QStringLiteral("missing bearer token"));
    if (!m_store.isProvinceToken(QString::fromLatin1(auth.mid(7).trimmed())))
        return errorReply(ErrorCode::Forbidden, QStringLiteral("the province summary needs a province token"));
    return jsonReply(200, m_store.provinceSummary());
}

} // namespace hocvuso::sync
