#include "sync/server/SyncService.h"

#include "core/kpi/Indicators.h"

#include "core/kpi/KpiJson.h"
#include "core/store/Migrations.h"
#include "sync/protocol/PushBody.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

namespace hocvuso::sync {

namespace {
// Pull answers are mostly ids and HLCs: a higher zstd level than pushes use
// saves bytes on the commune's link for little server CPU.
constexpr int kPullCompressionLevel = 9;
} // namespace

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

SyncService::SyncService(ServerStore& store, ServiceLimits limits, std::shared_ptr<RateLimiter> rateLimiter)
    : m_store(store), m_limits(limits),
      m_rateLimiter(rateLimiter ? std::move(rateLimiter)
                                : std::make_shared<RateLimiter>(limits.requestsPerMinutePerDevice))
{
}

HttpReply SyncService::handle(const HttpRequest& request)
{
    static const QString prefix = QStringLiteral("/api/v1/");
    if (DashboardFiles::handles(request.path))
        return m_dashboard.serve(request);
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
    if (route == QLatin1String("province/kpis") && get)
        return provinceKpis(request);

    const bool isPush = route == QLatin1String("push") && post;
    const bool isPull = route == QLatin1String("pull") && get;
    const QStringList parts = route.split(QLatin1Char('/'));
    const bool isSummary = get && parts.size() == 3 && parts[0] == QLatin1String("communes") &&
                           parts[2] == QLatin1String("summary");
    const bool isCommuneKpis = get && parts.size() == 3 && parts[0] == QLatin1String("communes") &&
                               parts[2] == QLatin1String("kpis");
    if (isCommuneKpis)
        return communeKpis(request, parts[1]);
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

std::optional<QByteArray> SyncService::readBody(const HttpRequest& request, HttpReply* failure)
{
    const QByteArray encoding = request.header(header::contentEncoding).trimmed().toLower();
    if (encoding == "zstd") {
        auto plain = decompress(request.body, m_limits.maxDecompressedBytes);
        if (!plain)
            *failure = request.body.isEmpty()
                           ? errorReply(ErrorCode::BadRequest, QStringLiteral("empty body"))
                           : errorReply(ErrorCode::BadRequest,
                                        QStringLiteral("the body is not a valid zstd frame or expands beyond "
                                                       "%1 bytes").arg(m_limits.maxDecompressedBytes));
        return plain;
    }
    if (!encoding.isEmpty() && encoding != "identity") {
        *failure = errorReply(ErrorCode::BadRequest,
                              QStringLiteral("unsupported Content-Encoding %1").arg(QString::fromLatin1(encoding)));
        return std::nullopt;
    }
    return request.body;
}

namespace {
std::optional<QJsonObject> jsonObjectOf(const QByteArray& body, HttpReply* failure)
{
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
} // namespace

std::optional<QJsonObject> SyncService::readJson(const HttpRequest& request, HttpReply* failure)
{
    const auto body = readBody(request, failure);
    if (!body)
        return std::nullopt;
    return jsonObjectOf(*body, failure);
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
    return m_rateLimiter->exceeded(deviceId, QDateTime::currentMSecsSinceEpoch());
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
    const auto body = readBody(request, &failure);
    if (!body)
        return failure;
    // The body as clients write it, read in one pass; anything else (and
    // every refusal, with its message) goes the general way below.
    if (auto batch = PushBodyReader::read(*body, m_limits.maxChangesPerBatch))
        return fromOutcome(m_store.push(device, *batch, request.header(header::clientTime).toLongLong()));
    auto json = jsonObjectOf(*body, &failure);
    if (!json)
        return failure;
    const QJsonValue changes = json->value(QStringLiteral("changes"));
    if (changes.isArray() && changes.toArray().size() > m_limits.maxChangesPerBatch)
        return errorReply(ErrorCode::TooLarge,
                          QStringLiteral("a batch holds at most %1 changes").arg(m_limits.maxChangesPerBatch),
                          {{QStringLiteral("max_changes"), m_limits.maxChangesPerBatch}});
    QString why;
    const QByteArrayView rawChanges = hasNoRepeatedMembers(*body, *json) ? rawJsonMember(*body, "changes") : QByteArrayView();
    auto batch = PushBatch::fromJson(*json, &why, rawChanges);
    if (!batch)
        return errorReply(ErrorCode::BadBatch, why);
    return fromOutcome(m_store.push(device, *batch, request.header(header::clientTime).toLongLong()));
}

HttpReply SyncService::pull(const HttpRequest& request, const DeviceInfo& device)
{
    const QUrlQuery q(request.query);
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"));
    const int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 1000;
    // Checked against the minimum before the route ran.
    const int clientProtocol = request.header(header::protocol).toInt();
    ServerOutcome o = m_store.pullPage(device, cursor, limit, clientProtocol);
    HttpReply reply = o.error ? fromOutcome(o) : HttpReply{};
    if (!o.error) {
        reply.status = 200;
        reply.body = std::move(o.rawBody);
    }
    if (!o.error && request.header("accept-encoding").contains("zstd")) {
        reply.body = compress(reply.body, kPullCompressionLevel);
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

bool SyncService::hasProvinceToken(const HttpRequest& request)
{
    const QByteArray auth = request.header(header::authorization);
    return auth.startsWith("Bearer ") && m_store.isProvinceToken(QString::fromLatin1(auth.mid(7).trimmed()));
}

namespace {
// ?period=2025-Q3&plan=002&as_of=2025-09-30&group=elderly&groups=1 → the engine's arguments, or the 400 that names the bad one.
std::optional<HttpReply> kpiArguments(const HttpRequest& request, kpi::Period* period, kpi::KpiOptions* options)
{
    const QUrlQuery query(request.query);
    const QString periodText = query.queryItemValue(QStringLiteral("period"), QUrl::FullyDecoded);
    if (periodText.isEmpty())
        return errorReply(ErrorCode::BadRequest, QStringLiteral("period is required (e.g. period=2025-Q3)"));
    QString error;
    *period = kpi::Period::parse(periodText, &error);
    if (!period->isValid())
        return errorReply(ErrorCode::BadRequest, QStringLiteral("period: %1").arg(error));
    options->planCode = query.queryItemValue(QStringLiteral("plan"), QUrl::FullyDecoded);
    options->group = query.queryItemValue(QStringLiteral("group"), QUrl::FullyDecoded);
    if (!options->group.isEmpty() && !kpi::Groups::find(options->group))
        return errorReply(ErrorCode::BadRequest, QStringLiteral("group: ") + kpi::Groups::unknownMessage(options->group));
    const QString groups = query.queryItemValue(QStringLiteral("groups"), QUrl::FullyDecoded);
    if (!groups.isEmpty() && groups != QLatin1String("0") && groups != QLatin1String("1"))
        return errorReply(ErrorCode::BadRequest, QStringLiteral("groups must be 0 or 1, not '%1'").arg(groups));
    options->groups = groups == QLatin1String("1");
    const QString asOf = query.queryItemValue(QStringLiteral("as_of"), QUrl::FullyDecoded);
    if (!asOf.isEmpty()) {
        options->asOf = QDate::fromString(asOf, Qt::ISODate);
        if (!options->asOf.isValid())
            return errorReply(ErrorCode::BadRequest, QStringLiteral("as_of must be a date YYYY-MM-DD, not '%1'").arg(asOf));
    }
    return std::nullopt;
}
} // namespace

HttpReply SyncService::provinceKpis(const HttpRequest& request)
{
    if (request.header(header::authorization).isEmpty())
        return errorReply(ErrorCode::Unauthorized, QStringLiteral("missing bearer token"));
    if (!hasProvinceToken(request))
        return errorReply(ErrorCode::Forbidden, QStringLiteral("the province indicators need a province token"));
    kpi::Period period;
    kpi::KpiOptions options;
    if (auto bad = kpiArguments(request, &period, &options))
        return *bad;
    if (!m_kpis)
        m_kpis = std::make_unique<ProvinceKpis>(m_store);
    QString error;
    const auto result = m_kpis->province(period, options, &error);
    if (!result)
        return errorReply(error.startsWith(QLatin1String("no plan")) ? ErrorCode::NotFound : ErrorCode::Internal, error);
    return jsonReply(200, ProvinceKpis::toJson(*result));
}

HttpReply SyncService::communeKpis(const HttpRequest& request, const QString& commune)
{
    if (!hasProvinceToken(request)) {
        auto auth = authenticate(request);
        if (auto* failure = std::get_if<HttpReply>(&auth))
            return *failure;
        const DeviceInfo& device = std::get<DeviceInfo>(auth);
        if (commune != device.communeId && commune != device.communeCode)
            return errorReply(ErrorCode::Forbidden, QStringLiteral("a device reads only its own commune"));
        if (rateLimited(device.id))
            return errorReply(ErrorCode::RateLimited, QStringLiteral("too many requests from this device; retry later"),
                              {{QStringLiteral("retry_after"), 30}});
    }
    kpi::Period period;
    kpi::KpiOptions options;
    if (auto bad = kpiArguments(request, &period, &options))
        return *bad;
    if (!m_store.commune(commune))
        return errorReply(ErrorCode::NotFound, QStringLiteral("no commune '%1' on this server").arg(commune));
    if (!m_kpis)
        m_kpis = std::make_unique<ProvinceKpis>(m_store);
    QString error;
    const auto table = m_kpis->commune(commune, period, options, &error);
    if (!table)
        return errorReply(error.startsWith(QLatin1String("no plan")) ? ErrorCode::NotFound : ErrorCode::Internal, error);
    return jsonReply(200, kpi::toJson(*table));
}

} // namespace hocvuso::sync
