#include "sync/server/ServerWorkers.h"

#include "sync/server/RateLimiter.h"

#include <QTcpServer>
#include <QThread>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace hocvuso::sync {

// Accepts in the thread that started the pool; each connection goes to a worker.
class ServerWorkers::Acceptor final : public QTcpServer
{
public:
    explicit Acceptor(ServerWorkers& pool) : m_pool(pool) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_pool.handOver(descriptor); }

private:
    ServerWorkers& m_pool;
};

// One thread with its own store connection, service and HTTP server. They
// are created and destroyed in that thread: a QSqlDatabase and the sockets
// belong to the thread that made them.
class ServerWorkers::Worker
{
public:
    ~Worker()
    {
        if (!m_context)
            return;
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_transport.reset();
                m_service.reset();
                m_store.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // `listener`: a descriptor of its own, closed here when it cannot be adopted.
    bool open(const WorkerSettings& settings, std::shared_ptr<RateLimiter> limiter, qintptr listener, int index,
              QString* error)
    {
        m_thread.setObjectName(QStringLiteral("hocvuso-worker-%1").arg(index));
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        bool ok = false;
        QMetaObject::invokeMethod(
            m_context, [&] { ok = setUp(settings, std::move(limiter), listener, error); },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    void take(qintptr descriptor)
    {
        QMetaObject::invokeMethod(
            m_context,
            [this, descriptor] {
                if (m_transport)
                    m_transport->takeConnection(descriptor);
                else
                    ::close(int(descriptor));
            },
            Qt::QueuedConnection);
    }

private:
    bool setUp(const WorkerSettings& settings, std::shared_ptr<RateLimiter> limiter, qintptr listener, QString* error)
    {
        m_store = ServerStore::open(settings.db, error);
        if (!m_store) {
            ::close(int(listener));
            return false;
        }
        if (settings.maxClockSkewMs)
            m_store->setMaxClockSkewMs(*settings.maxClockSkewMs);
        m_service = std::make_unique<SyncService>(*m_store, settings.limits, std::move(limiter));
        SyncService* service = m_service.get();
        m_transport = std::make_unique<HttpTransport>([service](const HttpRequest& r) { return service->handle(r); },
                                                      settings.limits.maxBodyBytes);
        if (!m_transport->serveHandedConnections(listener, settings.tls, error)) {
            ::close(int(listener));
            m_transport.reset();
            return false;
        }
        return true;
    }

    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread: where the calls above run
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<HttpTransport> m_transport;
};

ServerWorkers::ServerWorkers() = default;

ServerWorkers::~ServerWorkers()
{
    m_acceptor.reset(); // no new connection is handed to a worker being closed
    m_workers.clear();
}

std::unique_ptr<ServerWorkers> ServerWorkers::start(const WorkerSettings& settings, const QHostAddress& address,
                                                    quint16 port, QString* error)
{
    std::unique_ptr<ServerWorkers> pool(new ServerWorkers);
    pool->m_acceptor = std::make_unique<Acceptor>(*pool);
    if (!pool->m_acceptor->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(pool->m_acceptor->errorString());
        return nullptr;
    }
    pool->m_acceptor->pauseAccepting(); // until every worker is ready
    const auto limiter = std::make_shared<RateLimiter>(settings.limits.requestsPerMinutePerDevice);
    for (int i = 0; i < std::max(1, settings.workers); ++i) {
        const int listener = ::fcntl(int(pool->m_acceptor->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        if (listener < 0) {
            if (error)
                *error = QStringLiteral("cannot share the listening socket with worker %1").arg(i + 1);
            return nullptr;
        }
        auto worker = std::make_unique<Worker>();
        const bool opened = worker->open(settings, limiter, listener, i + 1, error);
        pool->m_workers.push_back(std::move(worker));
        if (!opened)
            return nullptr;
    }
    pool->m_acceptor->resumeAccepting();
    return pool;
}

quint16 ServerWorkers::port() const
{
    return m_acceptor->serverPort();
}

void ServerWorkers::handOver(qintptr descriptor)
{
    m_workers[m_next++ % m_workers.size()]->take(descriptor);
}

} // namespace hocvuso::sync
