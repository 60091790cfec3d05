#pragma once

#include "sync/server/HttpTransport.h"
#include "sync/server/ServerStore.h"
#include "sync/server/SyncService.h"

#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hocvuso::sync {

struct WorkerSettings
{
    ServerDbSpec db;
    ServiceLimits limits;
    TlsFiles tls;
    std::optional<qint64> maxClockSkewMs; // the store's default when unset
    int workers = 2;
};

// A server that handles requests on several threads: one listening socket,
// accepted in the thread that starts the pool and handed to the workers in
// turn; each worker has its own database connection, SyncService and HTTP
// server, and keeps the connections it was given (keep-alive). What the
// workers share is the database (its transactions and locks keep every
// push guarantee, see ServerStore) and the per-device rate limit.
class ServerWorkers
{
public:
    // Opens every worker's store, then listens; null with *error on failure.
    static std::unique_ptr<ServerWorkers> start(const WorkerSettings& settings, const QHostAddress& address,
                                                quint16 port, QString* error);
    ~ServerWorkers(); // stops accepting, then closes every worker in its own thread
    ServerWorkers(const ServerWorkers&) = delete;
    ServerWorkers& operator=(const ServerWorkers&) = delete;

    quint16 port() const;
    int workerCount() const { return int(m_workers.size()); }

private:
    class Acceptor;
    class Worker;
    ServerWorkers();
    void handOver(qintptr descriptor);

    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<Acceptor> m_acceptor;
    size_t m_next = 0;
};

} // namespace hocvuso::sync
