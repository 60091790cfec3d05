#pragma once

// A fault-injecting TCP proxy for sync tests and benchmarks: it listens on
// 127.0.0.1:<free port> and forwards every connection to a target server,
// finding HTTP/1.1 request and response boundaries (Content-Length, chunked,
// keep-alive) so that faults can be aimed at "the Nth request" or "the Nth
// request to /api/v1/push": cut either stream at a byte offset, corrupt a
// body byte, replay a whole request on a fresh connection, hold one request
// until another has gone through (reorder), and shape the link (latency,
// bytes per second). Random offsets come from a seeded generator, so a seed
// replays the same run. Every wait has a timeout: the proxy never hangs.
//
// It lives on the thread that creates it and works from that thread's event
// loop; a blocking client on the same thread must spin a local event loop
// (as sync::HttpClient does). Counters and the request log can be read from
// any thread.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QVector>

#include <functional>
#include <vector>

class QTcpServer;

namespace hocvuso::test {

namespace faultproxy_detail {
class ProxyConnection;
class Replay;
} // namespace faultproxy_detail

// What the proxy knows of a request when it decides its faults: the request
// head has been read, nothing of it has been forwarded yet.
struct ProxyRequestInfo
{
    int index = 0;      // 1-based, over the proxy's lifetime, in order of arrival
    int connection = 0; // 1-based index of the client connection
    int onConnection = 0; // 1-based index of the request on its connection
    QByteArray method;
    QByteArray path;    // as sent, with the query
    qint64 headBytes = 0;
    qint64 bodyBytes = -1; // -1: chunked (length unknown when deciding)
};

// Faults for one request. Offsets count from the first byte of the request
// (or response) head; kRandom picks an offset with the proxy's seeded
// generator, uniformly inside the message.
struct FaultPlan
{
    static constexpr qint64 kNone = -1;
    static constexpr qint64 kRandom = -2;

    enum class ReplayAnswer
    {
        Discard, // the client gets the first answer; the replay's answer is dropped
        Deliver, // the client gets the replay's answer instead of the first one
    };

    // Forward only this many bytes of the request, then close both sides:
    // the server sees a truncated request, the client no answer.
    qint64 cutRequestAt = kNone;
    // Forward the whole request; forward only this many bytes of its answer
    // (the server has already done the work), then close both sides.
    qint64 cutResponseAt = kNone;
    // Flip every bit of the body byte at this offset (offset counts from the
    // first body byte; ignored for an empty body).
    qint64 corruptBodyAt = kNone;
    // After the answer came back, send the same request bytes again on a new
    // connection to the server.
    bool duplicate = false;
    ReplayAnswer replayAnswer = ReplayAnswer::Discard;
    // Hold this request (forward nothing of it) until request number
    // `holdUntilRequest` has been answered by the server (or its connection
    // ended without an answer), or `holdTimeoutMs` passed.
    int holdUntilRequest = 0;
    int holdTimeoutMs = 10000;

    bool any() const
    {
        return cutRequestAt != kNone || cutResponseAt != kNone || corruptBodyAt != kNone || duplicate
            || holdUntilRequest > 0;
    }
};

// What happened to one request (the proxy's log, in arrival order).
struct ProxyRequestRecord
{
    ProxyRequestInfo info;
    FaultPlan plan;             // with kRandom replaced by the offsets chosen
    qint64 requestBytes = 0;    // bytes of the request received from the client
    qint64 forwardedBytes = 0;  // bytes of it written to the server
    bool requestComplete = false;  // the whole request reached the server
    qint64 responseBytes = 0;   // bytes of its answer received from the server
    qint64 deliveredBytes = 0;  // bytes of an answer written to the client
    int status = 0;             // status of the server's answer, 0 if none
    bool responseComplete = false; // the whole answer was received from the server
    qint64 corruptedOffset = -1;   // body offset actually flipped
    quint8 originalByte = 0;
    bool cutRequest = false;    // the request cut happened
    bool cutResponse = false;   // the response cut happened
    bool held = false;
    bool releasedByTimeout = false;
    int replayStatus = 0;       // status of the replayed request's answer (0: none)
    qint64 replayResponseBytes = 0;
};

struct ProxyCounters
{
    qint64 bytesToServer = 0;  // client bytes forwarded to the server (replays not included)
    qint64 bytesToClient = 0;  // server bytes forwarded to the client
    qint64 replayBytesToServer = 0;
    qint64 replayBytesFromServer = 0;
    int connections = 0;       // client connections accepted
    int upstreamConnections = 0; // connections opened to the server (replays included)
    int upstreamFailures = 0;  // connections to the server that failed or timed out
    int requests = 0;          // request heads seen from clients
    int responses = 0;         // answers received whole from the server (replays not included)
    int cuts = 0;
    int corruptions = 0;
    int replays = 0;
    int timeouts = 0;          // connections closed by the idle timeout
};

// Latency and bandwidth of the simulated link, applied to each direction of
// each connection.
struct LinkShape
{
    int latencyMs = 0;
    qint64 bytesPerSecond = 0; // 0: unlimited
};

class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    using Planner = std::function<FaultPlan(const ProxyRequestInfo&)>;

    FaultProxy(const QString& targetHost, quint16 targetPort, quint64 seed = 1, QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen(QString* error = nullptr);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>
    // Points new connections at another server (e.g. a restarted one).
    void setTarget(const QString& host, quint16 port);

    // Faults for the nth request overall (1-based), or for the nth request
    // whose path starts with `pathPrefix`. Each rule applies once; later
    // rules for the same request merge into the plan.
    void addFault(int nthRequest, const FaultPlan& plan);
    void addFault(const QByteArray& pathPrefix, int nth, const FaultPlan& plan);
    // A planner consulted for every request (after the rules), for faults
    // that depend on what the request is. Its plan replaces the rules' plan
    // when it sets any fault.
    void setPlanner(Planner planner);
    void clearFaults();

    void setLink(const LinkShape& link);
    // A connection with no traffic either way for this long is closed.
    void setIdleTimeoutMs(int ms);
    void setConnectTimeoutMs(int ms);

    ProxyCounters counters() const;
    QVector<ProxyRequestRecord> requests() const;
    // Request indexes in the order the server received their last byte.
    QVector<int> forwardOrder() const;
    // Closes every open connection (as a network outage would).
    void dropAllConnections();
    int openConnections() const;

private:
    friend class faultproxy_detail::ProxyConnection;
    friend class faultproxy_detail::Replay;

    struct Rule
    {
        int nthRequest = 0;      // overall index, or
        QByteArray pathPrefix;   // with nthForPath
        int nthForPath = 0;
        int seenForPath = 0;
        FaultPlan plan;
        bool used = false;
    };

    void onNewConnection();
    // Called by connections (proxy thread only).
    int beginRequest(ProxyRequestInfo& info, FaultPlan& plan, qint64 totalRequestBytes);
    qint64 randomOffset(qint64 size);
    void requestForwarded(int index);
    void requestAnswered(int index);
    void connectionClosed(faultproxy_detail::ProxyConnection* c);
    template<typename F>
    void update(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        f();
    }
    template<typename F>
    auto update2(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        return f();
    }
    ProxyRequestRecord& record(int index) { return m_records[index - 1]; }

    QString m_host;
    quint16 m_targetPort = 0;
    QTcpServer* m_server = nullptr;
    QRandomGenerator m_random;
    std::vector<Rule> m_rules;
    Planner m_planner;
    LinkShape m_link;
    int m_idleTimeoutMs = 30000;
    int m_connectTimeoutMs = 5000;
    QElapsedTimer m_clock;
    std::vector<faultproxy_detail::ProxyConnection*> m_connections; // children of this proxy
    int m_nextConnection = 0;

    mutable QMutex m_mutex; // guards the members below
    ProxyCounters m_counters;
    QVector<ProxyRequestRecord> m_records;
    QVector<int> m_forwardOrder;
    QSet<int> m_answered;
};

} // namespace hocvuso::test
