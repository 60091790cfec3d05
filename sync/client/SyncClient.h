#pragma once

#include "sync/client/HttpClient.h"
#include "sync/protocol/Protocol.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace hocvuso {
class ChangeLogReader;
class Store;
} // namespace hocvuso

namespace hocvuso::sync {

struct SyncOptions
{
    int timeoutMs = 30000;
    int initialBatch = 500;
    int minBatch = 10;
    int maxBatch = 5000;
    int pullPageSize = 1000;    // the first pull page; doubles after each full page
    int maxPullPageSize = 5000; // the server's cap; a timeout halves the page
    int maxAttempts = 4;        // per request, for timeouts, 429 and 503
    int maxRetryWaitMs = 30000; // cap on Retry-After and backoff
    int backoffBaseMs = 500;
};

// What one sync did (printed by `hocvuso-cli sync --json`, shown by the app).
struct SyncReport
{
    bool ok = false;
    QString errorCode; // the API's stable code, or "network"
    QString error;
    int httpStatus = 0;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 quarantined = 0;
    qint64 conflicts = 0;
    qint64 keptPending = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 durationMs = 0;
    qint64 clockSkewMs = 0;
    qint64 pending = 0; // changes still waiting after this sync
    int batches = 0;
    int batchSize = 0;
    QJsonObject toJson() const;
};

struct EnrollResult
{
    bool ok = false;
    QString errorCode;
    QString error;
    QString communeId;
    QString communeCode;
    QString communeName;
};

// Push then pull against the province server, on the caller's thread (the
// CLI, or SyncController's worker with its own Store connection).
class SyncClient
{
public:
    using Progress = std::function<void(const QString& phase, qint64 done, qint64 total)>;

    explicit SyncClient(Store& store, SyncOptions options = {});

    // Trades a single-use code for this device's token; creates the
    // commune locally when the store has none yet.
    EnrollResult enroll(const QUrl& server, const QString& code, const QString& deviceName, const TlsTrust& trust = {});
    SyncReport sync(const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    bool isEnrolled() const;

private:
    // A batch of the outbox, serialised for the wire.
    struct OutgoingBatch
    {
        PushBatch batch;
        QByteArray json;
        int limit = 0; // the batch size it was read with
    };
    std::optional<OutgoingBatch> readBatch(ChangeLogReader& outbox, qint64 afterSeq, int limit, QString* error) const;
    bool push(HttpClient& http, SyncReport& report, const Progress& progress, const std::atomic_bool* cancel);
    bool pull(HttpClient& http, SyncReport& report, const Progress& progress, const std::atomic_bool* cancel);
    // Sends with retries for timeouts, 429 and 503; shrinks the batch on timeouts via onTimeout.
    HttpResult send(const std::function<HttpResult()>& call, SyncReport& report, const std::function<void()>& onTimeout,
                    const std::atomic_bool* cancel);
    void fail(SyncReport& report, const HttpResult& r);
    qint64 lastLoggedSeq() const;
    QUrl endpoint(const QString& path) const;

    Store& m_store;
    SyncOptions m_options;
};

} // namespace hocvuso::sync
