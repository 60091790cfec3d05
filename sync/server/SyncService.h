#pragma once

#include "sync/server/DashboardFiles.h"
#include "sync/server/HttpTransport.h"
#include "sync/server/ProvinceKpis.h"
#include "sync/server/RateLimiter.h"
#include "sync/server/ServerStore.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>
#include <variant>

namespace hocvuso::sync {

struct ServiceLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024;           // compressed, as received
    qint64 maxDecompressedBytes = 64 * 1024 * 1024;  // after zstd
    int maxChangesPerBatch = 20000;
    int requestsPerMinutePerDevice = 600;            // beyond: 429 with Retry-After
};

// The API under /api/v1/ (documented in sync/API.md): turns HTTP requests
// into ServerStore calls and their outcomes into JSON with stable error
// codes and proper statuses. Knows nothing of the HTTP library.
class SyncService
{
public:
    // `rateLimiter`: shared by the services of a multi-worker server; null: one of its own.
    SyncService(ServerStore& store, ServiceLimits limits = {}, std::shared_ptr<RateLimiter> rateLimiter = nullptr);
    HttpReply handle(const HttpRequest& request);
    const ServiceLimits& limits() const { return m_limits; }

private:
    HttpReply health(const HttpRequest& request);
    HttpReply enroll(const HttpRequest& request);
    HttpReply push(const HttpRequest& request, const DeviceInfo& device);
    HttpReply pull(const HttpRequest& request, const DeviceInfo& device);
    HttpReply communeSummary(const DeviceInfo& device, const QString& communeId);
    HttpReply provinceSummary(const HttpRequest& request);
    HttpReply provinceKpis(const HttpRequest& request);
    HttpReply communeKpis(const HttpRequest& request, const QString& commune);
    bool hasProvinceToken(const HttpRequest& request);

    std::optional<HttpReply> checkVersions(const HttpRequest& request);
    // The body after decompression.
    std::optional<QByteArray> readBody(const HttpRequest& request, HttpReply* failure);
    std::optional<QJsonObject> readJson(const HttpRequest& request, HttpReply* failure);
    std::variant<DeviceInfo, HttpReply> authenticate(const HttpRequest& request);
    bool rateLimited(const QString& deviceId);

    ServerStore& m_store;
    ServiceLimits m_limits;
    std::shared_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<ProvinceKpis> m_kpis; // created on the first indicator request
    DashboardFiles m_dashboard;
};

HttpReply jsonReply(int status, const QJsonObject& body);
HttpReply errorReply(ErrorCode code, const QString& message, const QJsonObject& extra = {});

} // namespace hocvuso::sync
