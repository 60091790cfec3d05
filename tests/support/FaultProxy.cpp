#include "FaultProxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace hocvuso::test {

namespace faultproxy_detail {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kThrottleSliceBytes = 1460; // one Ethernet-sized segment per paced write

// The parts of an HTTP/1.1 head the proxy needs to find where a message ends.
struct ParsedHead
{
    bool ok = false;
    QByteArray method; // requests
    QByteArray path;
    int status = 0;    // responses
    qint64 contentLength = -1;
    bool chunked = false;
};

ParsedHead parseHead(const QByteArray& head, bool response)
{
    ParsedHead h;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return h;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() < 2)
        return h;
    if (response) {
        if (!first[0].startsWith("HTTP/"))
            return h;
        h.status = first[1].toInt();
    } else {
        h.method = first[0];
        h.path = first[1];
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            h.contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            h.chunked = true;
    }
    h.ok = true;
    return h;
}

// Follows a message body (by length, chunked or until the connection
// closes) to tell which bytes still belong to it.
class BodyTracker
{
public:
    enum class Mode
    {
        None,
        Length,
        Chunked,
        UntilClose,
    };

    void start(Mode mode, qint64 length = 0)
    {
        m_mode = mode;
        m_remaining = length;
        m_chunkState = ChunkState::SizeLine;
        m_line.clear();
        m_done = mode == Mode::None || (mode == Mode::Length && length <= 0);
    }
    bool done() const { return m_done; }
    Mode mode() const { return m_mode; }

    // How many of these bytes belong to the body (the rest starts the next message).
    qint64 consume(const char* data, qint64 size)
    {
        if (m_done)
            return 0;
        switch (m_mode) {
        case Mode::None:
            return 0;
        case Mode::UntilClose:
            return size;
        case Mode::Length: {
            const qint64 n = std::min(size, m_remaining);
            m_remaining -= n;
            m_done = m_remaining == 0;
            return n;
        }
        case Mode::Chunked:
            return consumeChunked(data, size);
        }
        return 0;
    }
    void finishByClose() { m_done = true; }

private:
    enum class ChunkState
    {
        SizeLine,
        Data,
        DataEnd, // the CRLF after a chunk's data
        Trailer,
    };

    qint64 consumeChunked(const char* data, qint64 size)
    {
        qint64 i = 0;
        while (i < size && !m_done) {
            switch (m_chunkState) {
            case ChunkState::SizeLine:
            case ChunkState::Trailer: {
                const char c = data[i++];
                if (c != '\n') {
                    m_line.append(c);
                    break;
                }
                const QByteArray line = m_line.trimmed();
                m_line.clear();
                if (m_chunkState == ChunkState::Trailer) {
                    m_done = line.isEmpty();
                    break;
                }
                bool ok = false;
                const qint64 chunk = line.split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok || chunk == 0) {
                    m_chunkState = ChunkState::Trailer; // a bad size line ends the body rather than hanging
                } else {
                    m_remaining = chunk;
                    m_chunkState = ChunkState::Data;
                }
                break;
            }
            case ChunkState::Data: {
                const qint64 n = std::min(size - i, m_remaining);
                i += n;
                m_remaining -= n;
                if (m_remaining == 0) {
                    m_chunkState = ChunkState::DataEnd;
                    m_remaining = 2;
                }
                break;
            }
            case ChunkState::DataEnd: {
                const qint64 n = std::min(size - i, m_remaining);
                i += n;
                m_remaining -= n;
                if (m_remaining == 0)
                    m_chunkState = ChunkState::SizeLine;
                break;
            }
            }
        }
        return i;
    }

    Mode m_mode = Mode::None;
    qint64 m_remaining = 0;
    ChunkState m_chunkState = ChunkState::SizeLine;
    QByteArray m_line;
    bool m_done = true;
};

} // namespace

// Writes to one socket as a shaped link would deliver: each piece leaves
// after the link is free (bandwidth) plus the latency. Keeps order.
class Pipe final : public QObject
{
public:
    Pipe(QTcpSocket* out, const LinkShape& link, const QElapsedTimer& clock, QObject* parent)
        : QObject(parent), m_out(out), m_link(link), m_clock(clock)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Pipe::flush);
        connect(m_out, &QTcpSocket::connected, this, &Pipe::flush);
    }

    void send(const QByteArray& data)
    {
        if (data.isEmpty() || m_closing)
            return;
        const bool shaped = m_link.latencyMs > 0 || m_link.bytesPerSecond > 0;
        if (!shaped) {
            m_queue.push_back({0.0, data});
            flush();
            return;
        }
        const qint64 slice = m_link.bytesPerSecond > 0 ? kThrottleSliceBytes : data.size();
        for (qint64 from = 0; from < data.size(); from += slice) {
            const QByteArray piece = data.mid(from, slice);
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double transmit =
                m_link.bytesPerSecond > 0 ? double(piece.size()) * 1000.0 / double(m_link.bytesPerSecond) : 0.0;
            m_busyUntil = std::max(now, m_busyUntil) + transmit;
            m_queue.push_back({m_busyUntil + m_link.latencyMs, piece});
        }
        flush();
    }

    // Closes the socket gracefully once everything queued has been written.
    void closeAfterDrain()
    {
        m_closing = true;
        flush();
    }
    bool closing() const { return m_closing; }

private:
    struct Piece
    {
        double releaseAtMs;
        QByteArray data;
    };

    void flush()
    {
        if (m_out->state() == QAbstractSocket::ConnectingState || m_out->state() == QAbstractSocket::HostLookupState)
            return; // written on connected
        if (m_out->state() != QAbstractSocket::ConnectedState) {
            m_queue.clear();
            return;
        }
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        while (!m_queue.empty() && m_queue.front().releaseAtMs <= now) {
            m_out->write(m_queue.front().data);
            m_queue.pop_front();
        }
        if (!m_queue.empty()) {
            m_timer.start(int(std::ceil(m_queue.front().releaseAtMs - now)));
            return;
        }
        if (m_closing)
            m_out->disconnectFromHost();
    }

    QTcpSocket* m_out;
    LinkShape m_link;
    const QElapsedTimer& m_clock;
    std::deque<Piece> m_queue;
    double m_busyUntil = 0;
    bool m_closing = false;
    QTimer m_timer;
};

// Sends a captured request again on a connection of its own and reads the
// answer (or gives up at the timeout).
class Replay final : public QObject
{
public:
    using Done = std::function<void(const QByteArray& answer, int status, bool complete)>;

    Replay(FaultProxy& proxy, const QByteArray& request, Done done)
        : QObject(&proxy), m_proxy(proxy), m_request(request), m_done(std::move(done))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish(false); });
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_proxy.update([&] {
                m_proxy.m_counters.replayBytesToServer += m_request.size();
                ++m_proxy.m_counters.replays;
            });
            m_socket.write(m_request);
            m_timer.start(m_proxy.m_idleTimeoutMs);
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Replay::onData);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_body.mode() == BodyTracker::Mode::UntilClose)
                m_body.finishByClose();
            finish(m_headDone && m_body.done());
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                finish(false);
        });
        m_proxy.update([&] { ++m_proxy.m_counters.upstreamConnections; });
        m_socket.connectToHost(m_proxy.m_host, m_proxy.m_targetPort);
        m_timer.start(m_proxy.m_connectTimeoutMs);
    }

    ~Replay() override
    {
        m_socket.disconnect(this); // no signal may reach a half-destroyed replay
        m_socket.abort();
    }

private:
    void onData()
    {
        const QByteArray data = m_socket.readAll();
        m_timer.start(m_proxy.m_idleTimeoutMs);
        m_proxy.update([&] { m_proxy.m_counters.replayBytesFromServer += data.size(); });
        m_answer += data;
        if (!m_headDone) {
            const qsizetype end = m_answer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const ParsedHead h = parseHead(m_answer.left(end + 4), true);
            m_status = h.status;
            m_headDone = true;
            if (h.status == 204 || h.status == 304)
                m_body.start(BodyTracker::Mode::None);
            else if (h.chunked)
                m_body.start(BodyTracker::Mode::Chunked);
            else if (h.contentLength >= 0)
                m_body.start(BodyTracker::Mode::Length, h.contentLength);
            else
                m_body.start(BodyTracker::Mode::UntilClose);
            const QByteArray rest = m_answer.mid(end + 4);
            m_body.consume(rest.constData(), rest.size());
        } else {
            m_body.consume(data.constData(), data.size());
        }
        if (m_body.done())
            finish(true);
    }

    void finish(bool complete)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_socket.disconnect(this);
        m_socket.abort();
        m_done(m_answer, m_status, complete);
        deleteLater();
    }

    FaultProxy& m_proxy;
    QByteArray m_request;
    Done m_done;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_answer;
    bool m_headDone = false;
    int m_status = 0;
    BodyTracker m_body;
    bool m_finished = false;
};

// One client connection and its connection to the server.
class ProxyConnection final : public QObject
{
public:
    ProxyConnection(FaultProxy& proxy, QTcpSocket* client, int number)
        : QObject(&proxy), m_proxy(proxy), m_number(number), m_client(client)
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        m_toServer = new Pipe(m_upstream, proxy.m_link, proxy.m_clock, this);
        m_toClient = new Pipe(m_client, proxy.m_link, proxy.m_clock, this);

        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            m_proxy.update([&] { ++m_proxy.m_counters.timeouts; });
            abortBoth();
        });
        m_connectTimer.setSingleShot(true);
        connect(&m_connectTimer, &QTimer::timeout, this, [this] {
            m_proxy.update([&] { ++m_proxy.m_counters.upstreamFailures; });
            abortBoth();
        });
        m_holdTimer.setSingleShot(true);
        connect(&m_holdTimer, &QTimer::timeout, this, [this] {
            m_proxy.update([&] { m_proxy.record(m_heldIndex).releasedByTimeout = true; });
            releaseHold();
        });

        connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::onClientGone);
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_connectTimer.stop(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onServerData);
        connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::onServerGone);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() follows
            if (!m_upstreamEverConnected) {
                m_proxy.update([&] { ++m_proxy.m_counters.upstreamFailures; });
                abortBoth();
            }
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstreamEverConnected = true; });

        m_proxy.update([&] { ++m_proxy.m_counters.upstreamConnections; });
        m_upstream->connectToHost(m_proxy.m_host, m_proxy.m_targetPort);
        m_connectTimer.start(m_proxy.m_connectTimeoutMs);
        touch();
        if (m_client->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &ProxyConnection::onClientData);
    }

    ~ProxyConnection() override
    {
        m_client->disconnect(this); // no signal may reach a half-destroyed connection
        m_upstream->disconnect(this);
        m_client->abort();
        m_upstream->abort();
    }

    // A request somewhere has been answered: release the one held for it.
    void requestAnswered(int index)
    {
        if (m_heldIndex != 0 && m_holdUntil == index)
            releaseHold();
    }

    void abortBoth()
    {
        m_dead = true;
        m_idle.stop();
        m_connectTimer.stop();
        m_holdTimer.stop();
        m_client->abort();
        m_upstream->abort();
        checkClosed();
    }

    bool closed() const
    {
        return m_client->state() == QAbstractSocket::UnconnectedState
            && m_upstream->state() == QAbstractSocket::UnconnectedState;
    }

private:
    struct CurrentRequest
    {
        int index = 0;
        FaultPlan plan;
        qint64 pos = 0;     // bytes of the request seen so far
        qint64 bodyPos = 0; // bytes of its body seen so far
        qint64 headBytes = 0;
        QByteArray captured; // for a duplicate
    };

    struct CurrentResponse
    {
        int index = 0; // the request it answers, 0 if unsolicited
        qint64 pos = 0;
        bool interim = false;
    };

    void touch() { m_idle.start(m_proxy.m_idleTimeoutMs); }

    void onClientData()
    {
        const QByteArray data = m_client->readAll();
        if (data.isEmpty())
            return;
        touch();
        if (m_cut || m_dead)
            return;
        m_fromClient += data;
        processClientBytes();
    }

    void processClientBytes()
    {
        while (!m_fromClient.isEmpty() && !m_cut) {
            if (m_passThrough) {
                sendUpstream(m_fromClient);
                m_fromClient.clear();
                return;
            }
            if (!m_inRequest) {
                const qsizetype end = m_fromClient.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_fromClient.size() > kMaxHeadBytes)
                        m_passThrough = true; // not HTTP we understand: forward as it is
                    return;
                }
                const QByteArray head = m_fromClient.left(end + 4);
                m_fromClient.remove(0, end + 4);
                const ParsedHead h = parseHead(head, false);
                if (!h.ok) {
                    m_passThrough = true;
                    sendUpstream(head);
                    continue;
                }
                startRequest(h, head);
                continue;
            }
            const qint64 n = m_requestBody.consume(m_fromClient.constData(), m_fromClient.size());
            const QByteArray part = m_fromClient.left(n);
            m_fromClient.remove(0, n);
            requestBytes(part, true);
            if (m_requestBody.done() && !m_cut)
                finishRequest();
        }
    }

    void startRequest(const ParsedHead& h, const QByteArray& head)
    {
        ProxyRequestInfo info;
        info.connection = m_number;
        info.onConnection = ++m_requestsOnConnection;
        info.method = h.method;
        info.path = h.path;
        info.headBytes = head.size();
        info.bodyBytes = h.chunked ? -1 : std::max<qint64>(0, h.contentLength);
        FaultPlan plan;
        m_cur = CurrentRequest();
        m_cur.index = m_proxy.beginRequest(info, plan, head.size() + std::max<qint64>(0, info.bodyBytes));
        m_cur.plan = plan;
        m_cur.headBytes = head.size();
        m_inRequest = true;
        if (h.chunked)
            m_requestBody.start(BodyTracker::Mode::Chunked);
        else
            m_requestBody.start(BodyTracker::Mode::Length, std::max<qint64>(0, h.contentLength));
        m_awaiting.push_back({m_cur.index, h.method == "HEAD"});
        if (plan.holdUntilRequest > 0 && m_heldIndex == 0) {
            const bool alreadyThere = m_proxy.update2([&] { return m_proxy.m_answered.contains(plan.holdUntilRequest); });
            if (!alreadyThere) {
                m_heldIndex = m_cur.index;
                m_holdUntil = plan.holdUntilRequest;
                m_proxy.update([&] { m_proxy.record(m_cur.index).held = true; });
                m_holdTimer.start(plan.holdTimeoutMs);
            }
        }
        requestBytes(head, false);
        if (m_requestBody.done() && !m_cut)
            finishRequest();
    }

    // Bytes of the current request, head or body, with its faults applied.
    void requestBytes(QByteArray part, bool body)
    {
        if (part.isEmpty())
            return;
        FaultPlan& plan = m_cur.plan;
        qint64 corrupted = -1;
        quint8 original = 0;
        if (body && plan.corruptBodyAt >= 0 && plan.corruptBodyAt >= m_cur.bodyPos
            && plan.corruptBodyAt < m_cur.bodyPos + part.size()) {
            const qsizetype at = qsizetype(plan.corruptBodyAt - m_cur.bodyPos);
            original = quint8(part[at]);
            part[at] = char(original ^ 0xFF);
            corrupted = plan.corruptBodyAt;
        }
        bool cutNow = false;
        if (plan.cutRequestAt >= 0 && m_cur.pos + part.size() > plan.cutRequestAt) {
            part.truncate(qsizetype(plan.cutRequestAt - m_cur.pos));
            cutNow = true;
        }
        m_proxy.update([&] {
            ProxyRequestRecord& r = m_proxy.record(m_cur.index);
            r.requestBytes += part.size();
            if (corrupted >= 0) {
                r.corruptedOffset = corrupted;
                r.originalByte = original;
                ++m_proxy.m_counters.corruptions;
            }
            if (cutNow) {
                r.cutRequest = true;
                ++m_proxy.m_counters.cuts;
            }
        });
        m_cur.pos += part.size();
        if (body)
            m_cur.bodyPos += part.size();
        if (plan.duplicate)
            m_cur.captured += part;
        if (m_heldIndex != 0)
            m_held.append({m_cur.index, part, false});
        else
            forward(m_cur.index, part);
        if (cutNow)
            cut();
    }

    void forward(int index, const QByteArray& part)
    {
        m_proxy.update([&] {
            m_proxy.record(index).forwardedBytes += part.size();
            m_proxy.m_counters.bytesToServer += part.size();
        });
        sendUpstream(part);
    }

    void sendUpstream(const QByteArray& data) { m_toServer->send(data); }

    void finishRequest()
    {
        m_inRequest = false;
        if (m_cur.plan.duplicate)
            m_captured[m_cur.index] = m_cur.captured;
        if (m_heldIndex != 0) {
            m_held.append({m_cur.index, {}, true});
            return;
        }
        requestDone(m_cur.index);
    }

    void requestDone(int index) { m_proxy.requestForwarded(index); }

    void releaseHold()
    {
        if (m_heldIndex == 0)
            return;
        m_holdTimer.stop();
        m_heldIndex = 0;
        m_holdUntil = 0;
        const auto held = std::move(m_held);
        m_held.clear();
        for (const HeldPart& p : held) {
            if (p.end)
                requestDone(p.index);
            else
                forward(p.index, p.data);
        }
        if (m_clientGone)
            m_toServer->closeAfterDrain();
    }

    void onServerData()
    {
        const QByteArray data = m_upstream->readAll();
        if (data.isEmpty())
            return;
        touch();
        if (m_cut || m_dead)
            return;
        m_fromServer += data;
        processServerBytes();
    }

    void processServerBytes()
    {
        while (!m_fromServer.isEmpty() && !m_cut) {
            if (!m_inResponse) {
                const qsizetype end = m_fromServer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_fromServer.size() > kMaxHeadBytes) {
                        deliver(0, m_fromServer);
                        m_fromServer.clear();
                    }
                    return;
                }
                const QByteArray head = m_fromServer.left(end + 4);
                m_fromServer.remove(0, end + 4);
                startResponse(parseHead(head, true));
                responseBytes(head);
                if (m_responseBody.done())
                    finishResponse();
                continue;
            }
            const qint64 n = m_responseBody.consume(m_fromServer.constData(), m_fromServer.size());
            const QByteArray part = m_fromServer.left(n);
            m_fromServer.remove(0, n);
            responseBytes(part);
            if (m_responseBody.done())
                finishResponse();
        }
    }

    void startResponse(const ParsedHead& h)
    {
        m_resp = CurrentResponse();
        bool head = false;
        if (!m_awaiting.empty()) {
            m_resp.index = m_awaiting.front().index;
            head = m_awaiting.front().head;
        }
        m_resp.interim = h.status >= 100 && h.status < 200 && h.status != 101;
        m_inResponse = true;
        if (head || m_resp.interim || h.status == 204 || h.status == 304)
            m_responseBody.start(BodyTracker::Mode::None);
        else if (h.chunked)
            m_responseBody.start(BodyTracker::Mode::Chunked);
        else if (h.contentLength >= 0)
            m_responseBody.start(BodyTracker::Mode::Length, h.contentLength);
        else
            m_responseBody.start(BodyTracker::Mode::UntilClose);
        if (m_resp.index == 0 || m_resp.interim)
            return;
        m_proxy.update([&] {
            ProxyRequestRecord& r = m_proxy.record(m_resp.index);
            r.status = h.status;
            if (r.plan.cutResponseAt == FaultPlan::kRandom) {
                const qint64 size = h.contentLength >= 0 ? h.contentLength : 0;
                r.plan.cutResponseAt = m_proxy.randomOffset(size + 1); // within the body, or right after the head
            }
        });
        m_resp.pos = 0;
    }

    void responseBytes(QByteArray part)
    {
        if (part.isEmpty())
            return;
        const int index = m_resp.interim ? 0 : m_resp.index;
        FaultPlan plan;
        if (index != 0)
            plan = m_proxy.update2([&] { return m_proxy.record(index).plan; });
        bool cutNow = false;
        if (index != 0 && plan.cutResponseAt >= 0 && m_resp.pos + part.size() > plan.cutResponseAt) {
            part.truncate(qsizetype(plan.cutResponseAt - m_resp.pos));
            cutNow = true;
        }
        const bool swallow = index != 0 && plan.duplicate && plan.replayAnswer == FaultPlan::ReplayAnswer::Deliver;
        m_resp.pos += part.size();
        m_proxy.update([&] {
            if (index != 0) {
                ProxyRequestRecord& r = m_proxy.record(index);
                r.responseBytes += part.size();
                if (cutNow) {
                    r.cutResponse = true;
                    ++m_proxy.m_counters.cuts;
                }
            }
        });
        if (!swallow)
            deliver(index, part);
        if (cutNow)
            cut();
    }

    void deliver(int index, const QByteArray& part)
    {
        if (m_waitingForReplay) {
            m_withheld.append({index, part, false});
            return;
        }
        m_proxy.update([&] {
            m_proxy.m_counters.bytesToClient += part.size();
            if (index != 0)
                m_proxy.record(index).deliveredBytes += part.size();
        });
        m_toClient->send(part);
    }

    void finishResponse()
    {
        m_inResponse = false;
        if (m_resp.interim || m_resp.index == 0)
            return;
        const int index = m_resp.index;
        m_awaiting.pop_front();
        const FaultPlan plan = m_proxy.update2([&] {
            m_proxy.record(index).responseComplete = true;
            ++m_proxy.m_counters.responses;
            return m_proxy.record(index).plan;
        });
        m_proxy.requestAnswered(index);
        if (plan.duplicate && m_captured.count(index))
            startReplay(index, plan.replayAnswer);
    }

    void startReplay(int index, FaultPlan::ReplayAnswer answer)
    {
        const QByteArray request = m_captured[index];
        m_captured.erase(index);
        const bool deliverIt = answer == FaultPlan::ReplayAnswer::Deliver;
        if (deliverIt)
            m_waitingForReplay = true;
        QPointer<ProxyConnection> self(this);
        FaultProxy& proxy = m_proxy; // outlives the replay (its parent); this connection may not
        new Replay(m_proxy, request, [self, index, deliverIt, this, &proxy](const QByteArray& reply, int status, bool) {
            proxy.update([&] {
                proxy.record(index).replayStatus = status;
                proxy.record(index).replayResponseBytes = reply.size();
            });
            if (!self || !deliverIt)
                return;
            m_waitingForReplay = false;
            deliver(index, reply);
            const auto withheld = std::move(m_withheld);
            m_withheld.clear();
            for (const HeldPart& p : withheld)
                deliver(p.index, p.data);
            if (m_serverGone)
                m_toClient->closeAfterDrain();
        });
    }

    // Ends the connection at the fault: what was queued still goes out, then both sides close.
    void cut()
    {
        m_cut = true;
        m_fromClient.clear();
        m_fromServer.clear();
        m_held.clear();
        m_heldIndex = 0;
        m_holdTimer.stop();
        m_toServer->closeAfterDrain();
        m_toClient->closeAfterDrain();
    }

    void onClientGone()
    {
        m_clientGone = true;
        if (m_heldIndex == 0)
            m_toServer->closeAfterDrain(); // a held request still reaches the server later
        checkClosed();
    }

    void onServerGone()
    {
        m_serverGone = true;
        if (m_inResponse && m_responseBody.mode() == BodyTracker::Mode::UntilClose && !m_cut) {
            m_responseBody.finishByClose();
            finishResponse();
        }
        if (!m_waitingForReplay)
            m_toClient->closeAfterDrain();
        checkClosed();
    }

    void checkClosed()
    {
        // The sockets report UnconnectedState only after their signals have run.
        QTimer::singleShot(0, this, [this] {
            if (!closed())
                return;
            // Requests that will never be answered release whatever waits for them.
            const auto unanswered = std::move(m_awaiting);
            m_awaiting.clear();
            for (const Awaiting& a : unanswered)
                m_proxy.requestAnswered(a.index);
            m_proxy.connectionClosed(this);
        });
    }

    struct HeldPart
    {
        int index;
        QByteArray data;
        bool end; // the request ended here
    };

    struct Awaiting
    {
        int index;
        bool head;
    };

    FaultProxy& m_proxy;
    int m_number;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream = nullptr;
    Pipe* m_toServer = nullptr;
    Pipe* m_toClient = nullptr;
    QTimer m_idle;
    QTimer m_connectTimer;
    QTimer m_holdTimer;
    bool m_upstreamEverConnected = false;
    bool m_cut = false;
    bool m_dead = false;
    bool m_clientGone = false;
    bool m_serverGone = false;
    bool m_passThrough = false;

    QByteArray m_fromClient;
    bool m_inRequest = false;
    int m_requestsOnConnection = 0;
    BodyTracker m_requestBody;
    CurrentRequest m_cur;
    std::map<int, QByteArray> m_captured;
    int m_heldIndex = 0;
    int m_holdUntil = 0;
    QVector<HeldPart> m_held;

    QByteArray m_fromServer;
    bool m_inResponse = false;
    BodyTracker m_responseBody;
    CurrentResponse m_resp;
    std::deque<Awaiting> m_awaiting;
    bool m_waitingForReplay = false;
    QVector<HeldPart> m_withheld;
};

} // namespace faultproxy_detail

using faultproxy_detail::ProxyConnection;

FaultProxy::FaultProxy(const QString& targetHost, quint16 targetPort, quint64 seed, QObject* parent)
    : QObject(parent), m_host(targetHost), m_targetPort(targetPort), m_random(quint32(seed ^ (seed >> 32)))
{
    m_clock.start();
}

FaultProxy::~FaultProxy()
{
    for (ProxyConnection* c : m_connections)
        c->abortBoth();
}

bool FaultProxy::listen(QString* error)
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setTarget(const QString& host, quint16 port)
{
    m_host = host;
    m_targetPort = port;
}

void FaultProxy::addFault(int nthRequest, const FaultPlan& plan)
{
    Rule r;
    r.nthRequest = nthRequest;
    r.plan = plan;
    m_rules.push_back(r);
}

void FaultProxy::addFault(const QByteArray& pathPrefix, int nth, const FaultPlan& plan)
{
    Rule r;
    r.pathPrefix = pathPrefix;
    r.nthForPath = nth;
    r.plan = plan;
    m_rules.push_back(r);
}

void FaultProxy::setPlanner(Planner planner)
{
    m_planner = std::move(planner);
}

void FaultProxy::clearFaults()
{
    m_rules.clear();
    m_planner = nullptr;
}

void FaultProxy::setLink(const LinkShape& link)
{
    m_link = link;
}

void FaultProxy::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = ms;
}

void FaultProxy::setConnectTimeoutMs(int ms)
{
    m_connectTimeoutMs = ms;
}

ProxyCounters FaultProxy::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

QVector<ProxyRequestRecord> FaultProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

QVector<int> FaultProxy::forwardOrder() const
{
    QMutexLocker lock(&m_mutex);
    return m_forwardOrder;
}

void FaultProxy::dropAllConnections()
{
    const auto connections = m_connections;
    for (ProxyConnection* c : connections)
        c->abortBoth();
}

int FaultProxy::openConnections() const
{
    return int(m_connections.size());
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        update([&] { ++m_counters.connections; });
        m_connections.push_back(new ProxyConnection(*this, socket, ++m_nextConnection));
    }
}

int FaultProxy::beginRequest(ProxyRequestInfo& info, FaultPlan& plan, qint64 totalRequestBytes)
{
    QMutexLocker lock(&m_mutex);
    info.index = ++m_counters.requests;
    auto merge = [](FaultPlan& into, const FaultPlan& from) {
        if (from.cutRequestAt != FaultPlan::kNone)
            into.cutRequestAt = from.cutRequestAt;
        if (from.cutResponseAt != FaultPlan::kNone)
            into.cutResponseAt = from.cutResponseAt;
        if (from.corruptBodyAt != FaultPlan::kNone)
            into.corruptBodyAt = from.corruptBodyAt;
        if (from.duplicate) {
            into.duplicate = true;
            into.replayAnswer = from.replayAnswer;
        }
        if (from.holdUntilRequest > 0) {
            into.holdUntilRequest = from.holdUntilRequest;
            into.holdTimeoutMs = from.holdTimeoutMs;
        }
    };
    for (Rule& r : m_rules) {
        if (r.used)
            continue;
        if (r.nthRequest > 0 && r.nthRequest == info.index) {
            merge(plan, r.plan);
            r.used = true;
        } else if (r.nthRequest == 0 && info.path.startsWith(r.pathPrefix) && ++r.seenForPath == r.nthForPath) {
            merge(plan, r.plan);
            r.used = true;
        }
    }
    if (m_planner) {
        lock.unlock(); // the planner may read the counters
        const FaultPlan fromPlanner = m_planner(info);
        lock.relock();
        if (fromPlanner.any())
            plan = fromPlanner;
    }
    // Random offsets are drawn here, in request order, so a seed replays the same run.
    if (plan.cutRequestAt == FaultPlan::kRandom)
        plan.cutRequestAt = randomOffset(totalRequestBytes);
    if (plan.corruptBodyAt == FaultPlan::kRandom)
        plan.corruptBodyAt = info.bodyBytes > 0 ? randomOffset(info.bodyBytes) : FaultPlan::kNone;
    ProxyRequestRecord record;
    record.info = info;
    record.plan = plan;
    m_records.push_back(record);
    return info.index;
}

qint64 FaultProxy::randomOffset(qint64 size)
{
    return size <= 1 ? 0 : qint64(m_random.bounded(quint64(size)));
}

void FaultProxy::requestForwarded(int index)
{
    update([&] {
        record(index).requestComplete = true;
        m_forwardOrder.push_back(index);
    });
}

void FaultProxy::requestAnswered(int index)
{
    update([&] { m_answered.insert(index); });
    const auto connections = m_connections;
    for (ProxyConnection* c : connections)
        c->requestAnswered(index);
}

void FaultProxy::connectionClosed(ProxyConnection* c)
{
    const auto it = std::find(m_connections.begin(), m_connections.end(), c);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    c->deleteLater();
}

} // namespace hocvuso::test
