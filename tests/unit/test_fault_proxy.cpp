// FaultProxy against a tiny HTTP/1.1 peer on loopback: each fault does what
// it says, counted in bytes and seen from both ends. No timed assertions:
// waits have generous limits and the checks are on bytes, counts and order.
#include "FaultProxy.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <map>

using namespace hocvuso::test;

namespace {

constexpr int kWaitMs = 10000;

bool waitFor(const std::function<bool()>& done, int timeoutMs = kWaitMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// A minimal keep-alive HTTP server: records every request it receives whole
// (and the bytes of requests cut short), answers "answer #<n> <path> <body size>"
// or, for /big/<n>, n bytes; /chunked/<n> answers n bytes in chunks of 1000.
class HttpPeer
{
public:
    struct Received
    {
        int connection = 0;
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };

    HttpPeer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                const int number = ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, number] { onData(s, number); });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, number] {
                    m_leftover[number] = m_buffers[s];
                    m_buffers.erase(s);
                    ++m_closed;
                    s->deleteLater();
                });
            }
        });
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    ~HttpPeer()
    {
        // Close the open connections before the members their handlers use go away.
        for (QTcpSocket* s : m_server.findChildren<QTcpSocket*>()) {
            s->disconnect();
            s->abort();
        }
    }

    quint16 port() const { return m_server.serverPort(); }
    const QVector<Received>& received() const { return m_received; }
    int connections() const { return m_connections; }
    int closed() const { return m_closed; }
    // Bytes a connection had received past its last whole request when it closed.
    QByteArray leftover(int connection) const
    {
        const auto it = m_leftover.find(connection);
        return it == m_leftover.end() ? QByteArray() : it->second;
    }
    qint64 answerBytes() const { return m_answerBytes; }

    static QByteArray answerFor(int n, const QByteArray& path, qint64 bodySize)
    {
        if (path.startsWith("/big/")) {
            const int size = path.mid(5).toInt();
            return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"
                + QByteArray(size, char('a' + n % 26));
        }
        if (path.startsWith("/chunked/")) {
            int size = path.mid(9).toInt();
            QByteArray out = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            while (size > 0) {
                const int part = std::min(size, 1000);
                out += QByteArray::number(part, 16) + "\r\n" + QByteArray(part, 'c') + "\r\n";
                size -= part;
            }
            return out + "0\r\n\r\n";
        }
        const QByteArray body = "answer #" + QByteArray::number(n) + " " + path + " " + QByteArray::number(bodySize);
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    }

private:
    void onData(QTcpSocket* s, int connection)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            qint64 length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> first = head.split('\n').first().trimmed().split(' ');
            Received r{connection, first.value(0), first.value(1), buffer.mid(end + 4, length)};
            buffer.remove(0, end + 4 + length);
            m_received.push_back(r);
            const QByteArray answer = answerFor(m_received.size(), r.path, r.body.size());
            m_answerBytes += answer.size();
            s->write(answer);
        }
    }

    QTcpServer m_server;
    int m_connections = 0;
    int m_closed = 0;
    std::map<QTcpSocket*, QByteArray> m_buffers;
    std::map<int, QByteArray> m_leftover;
    QVector<Received> m_received;
    qint64 m_answerBytes = 0;
};

// A client that writes exact bytes and keeps every byte it gets back.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            m_received += m_socket.readAll();
            ++m_reads;
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] { m_closed = true; }); // a reset
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(m_socket.waitForConnected(kWaitMs));
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool waitForBytes(qint64 n) { return waitFor([&] { return m_received.size() >= n; }); }
    bool waitForClose() { return waitFor([&] { return m_closed; }); }
    const QByteArray& received() const { return m_received; }
    int reads() const { return m_reads; }
    bool closed() const { return m_closed; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    int m_reads = 0;
    bool m_closed = false;
};

QByteArray post(const QByteArray& path, const QByteArray& body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray get(const QByteArray& path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray sampleBody(int size)
{
    QByteArray b;
    b.reserve(size);
    for (int i = 0; i < size; ++i)
        b.append(char('A' + (i * 7) % 26));
    return b;
}

} // namespace

TEST_CASE("FaultProxy passes keep-alive requests through and counts every byte", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());

    RawClient client(proxy.port());
    const QByteArray first = post("/api/v1/push", sampleBody(5000));
    const QByteArray second = get("/api/v1/pull?cursor=3");
    client.send(first);
    client.send(second);
    const QByteArray expected = HttpPeer::answerFor(1, "/api/v1/push", 5000) + HttpPeer::answerFor(2, "/api/v1/pull?cursor=3", 0);
    REQUIRE(client.waitForBytes(expected.size()));
    CHECK(client.received() == expected);

    REQUIRE(peer.received().size() == 2);
    CHECK(peer.received()[0].body == sampleBody(5000));
    CHECK(peer.received()[1].path == "/api/v1/pull?cursor=3");
    CHECK(peer.connections() == 1); // keep-alive: one connection to the server

    const ProxyCounters c = proxy.counters();
    CHECK(c.bytesToServer == first.size() + second.size());
    CHECK(c.bytesToClient == expected.size());
    CHECK(c.connections == 1);
    CHECK(c.requests == 2);
    CHECK(c.responses == 2);
    CHECK(c.cuts == 0);
    const auto log = proxy.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].info.method == "POST");
    CHECK(log[0].info.path == "/api/v1/push");
    CHECK(log[0].info.bodyBytes == 5000);
    CHECK(log[0].requestBytes == first.size());
    CHECK(log[0].status == 200);
    CHECK(log[0].responseComplete);
    CHECK(log[1].info.onConnection == 2);
    CHECK(log[1].deliveredBytes == HttpPeer::answerFor(2, "/api/v1/pull?cursor=3", 0).size());
}

TEST_CASE("FaultProxy finds the end of chunked answers", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    RawClient client(proxy.port());
    client.send(get("/chunked/4500"));
    client.send(get("/x"));
    const QByteArray expected = HttpPeer::answerFor(1, "/chunked/4500", 0) + HttpPeer::answerFor(2, "/x", 0);
    REQUIRE(client.waitForBytes(expected.size()));
    CHECK(client.received() == expected);
    CHECK(proxy.counters().responses == 2);
    CHECK(proxy.requests()[0].responseBytes == HttpPeer::answerFor(1, "/chunked/4500", 0).size());
}

TEST_CASE("FaultProxy cuts the request stream after N bytes", "[proxy]")
{
    const qint64 cutAt = GENERATE(0, 20, 150);
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    FaultPlan plan;
    plan.cutRequestAt = cutAt;
    proxy.addFault(1, plan);

    RawClient client(proxy.port());
    const QByteArray request = post("/api/v1/push", sampleBody(1000));
    REQUIRE(request.size() > 150);
    client.send(request);
    REQUIRE(client.waitForClose());
    CHECK(client.received().isEmpty()); // no answer reached the client
    REQUIRE(waitFor([&] { return peer.closed() == 1; }));
    CHECK(peer.received().isEmpty());   // the server never saw a whole request
    CHECK(peer.leftover(1) == request.left(cutAt));

    const auto log = proxy.requests();
    REQUIRE(log.size() == 1);
    CHECK(log[0].cutRequest);
    CHECK(log[0].forwardedBytes == cutAt);
    CHECK_FALSE(log[0].requestComplete);
    CHECK(proxy.counters().bytesToServer == cutAt);
    CHECK(proxy.counters().cuts == 1);

    // The next connection is not affected.
    RawClient again(proxy.port());
    again.send(post("/api/v1/push", "x"));
    const QByteArray answer = HttpPeer::answerFor(1, "/api/v1/push", 1);
    REQUIRE(again.waitForBytes(answer.size()));
    CHECK(again.received() == answer);
}

TEST_CASE("FaultProxy cuts the answer after N bytes once the server has handled the request", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    const QByteArray full = HttpPeer::answerFor(2, "/api/v1/push", 300);
    const qint64 cutAt = GENERATE(0, 10, 60);
    REQUIRE(full.size() > 60);
    FaultPlan plan;
    plan.cutResponseAt = cutAt;
    proxy.addFault("/api/v1/push", 2, plan); // the second push; the pull in between is untouched

    RawClient client(proxy.port());
    client.send(post("/api/v1/push", sampleBody(100)));
    const QByteArray firstAnswer = HttpPeer::answerFor(1, "/api/v1/push", 100);
    REQUIRE(client.waitForBytes(firstAnswer.size()));
    client.send(get("/api/v1/pull"));
    const QByteArray pullAnswer = HttpPeer::answerFor(2, "/api/v1/pull", 0);
    REQUIRE(client.waitForBytes(firstAnswer.size() + pullAnswer.size()));
    client.send(post("/api/v1/push", sampleBody(300)));
    REQUIRE(client.waitForClose());

    REQUIRE(peer.received().size() == 3); // the server got and answered the cut request
    CHECK(peer.received()[2].body == sampleBody(300));
    const QByteArray cutAnswer = HttpPeer::answerFor(3, "/api/v1/push", 300);
    CHECK(client.received() == firstAnswer + pullAnswer + cutAnswer.left(cutAt));

    const auto log = proxy.requests();
    REQUIRE(log.size() == 3);
    CHECK_FALSE(log[0].cutResponse);
    CHECK_FALSE(log[1].cutResponse);
    CHECK(log[2].requestComplete);
    CHECK(log[2].cutResponse);
    CHECK(log[2].deliveredBytes == cutAt);
    CHECK(log[2].status == 200);
}

TEST_CASE("FaultProxy corrupts exactly one body byte", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    const qint64 at = GENERATE(0, 777, 4999);
    FaultPlan plan;
    plan.corruptBodyAt = at;
    proxy.addFault(1, plan);

    RawClient client(proxy.port());
    const QByteArray body = sampleBody(5000);
    client.send(post("/api/v1/push", body));
    REQUIRE(client.waitForBytes(HttpPeer::answerFor(1, "/api/v1/push", 5000).size()));
    REQUIRE(peer.received().size() == 1);
    const QByteArray got = peer.received()[0].body;
    REQUIRE(got.size() == body.size());
    int differences = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        if (got[i] != body[i])
            ++differences;
    CHECK(differences == 1);
    CHECK(quint8(got[at]) == quint8(body[at] ^ 0xFF));
    const auto log = proxy.requests();
    CHECK(log[0].corruptedOffset == at);
    CHECK(log[0].originalByte == quint8(body[at]));
    CHECK(proxy.counters().corruptions == 1);
}

TEST_CASE("FaultProxy replays a whole request on a new connection", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    const bool deliverReplay = GENERATE(false, true);
    FaultPlan plan;
    plan.duplicate = true;
    plan.replayAnswer = deliverReplay ? FaultPlan::ReplayAnswer::Deliver : FaultPlan::ReplayAnswer::Discard;
    proxy.addFault(1, plan);

    RawClient client(proxy.port());
    const QByteArray request = post("/api/v1/push", sampleBody(2000));
    client.send(request);
    // The peer numbers its answers: #1 for the original, #2 for the replay.
    const QByteArray expected = HttpPeer::answerFor(deliverReplay ? 2 : 1, "/api/v1/push", 2000);
    REQUIRE(client.waitForBytes(expected.size()));
    REQUIRE(waitFor([&] { return proxy.requests().value(0).replayStatus != 0; }));
    CHECK(client.received() == expected);

    REQUIRE(peer.received().size() == 2); // the same request arrived twice
    CHECK(peer.received()[0].body == peer.received()[1].body);
    CHECK(peer.received()[0].connection != peer.received()[1].connection);
    const ProxyCounters c = proxy.counters();
    CHECK(c.replays == 1);
    CHECK(c.replayBytesToServer == request.size());
    CHECK(c.bytesToServer == request.size());
    CHECK(c.requests == 1); // a replay is the proxy's, not the client's
    CHECK(proxy.requests()[0].replayStatus == 200);

    // Keep-alive goes on after the replay.
    client.send(get("/after"));
    const QByteArray next = HttpPeer::answerFor(3, "/after", 0);
    REQUIRE(client.waitForBytes(expected.size() + next.size()));
    CHECK(client.received().mid(expected.size()) == next);
}

TEST_CASE("FaultProxy holds a request until another has gone through", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    FaultPlan plan;
    plan.holdUntilRequest = 2;
    proxy.addFault(1, plan);

    RawClient a(proxy.port());
    a.send(post("/api/v1/push", "batch 1-10"));
    REQUIRE(waitFor([&] { return proxy.counters().requests == 1; }));
    RawClient b(proxy.port());
    b.send(post("/api/v1/push", "batch 11-20"));

    REQUIRE(waitFor([&] { return peer.received().size() == 2; }));
    CHECK(peer.received()[0].body == "batch 11-20"); // reordered
    CHECK(peer.received()[1].body == "batch 1-10");
    CHECK(proxy.forwardOrder() == QVector<int>({2, 1}));
    REQUIRE(a.waitForBytes(HttpPeer::answerFor(2, "/api/v1/push", 10).size()));
    CHECK(a.received() == HttpPeer::answerFor(2, "/api/v1/push", 10));
    CHECK(b.received() == HttpPeer::answerFor(1, "/api/v1/push", 11));
    CHECK(proxy.requests()[0].held);
    CHECK_FALSE(proxy.requests()[0].releasedByTimeout);
}

TEST_CASE("FaultProxy releases a held request at its timeout", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    FaultPlan plan;
    plan.holdUntilRequest = 99; // never comes
    plan.holdTimeoutMs = 100;
    proxy.addFault(1, plan);
    RawClient a(proxy.port());
    a.send(post("/api/v1/push", "late"));
    REQUIRE(a.waitForBytes(HttpPeer::answerFor(1, "/api/v1/push", 4).size()));
    CHECK(peer.received().size() == 1);
    CHECK(proxy.requests()[0].releasedByTimeout);
}

TEST_CASE("FaultProxy delivers a held request after its client gave up", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    FaultPlan plan;
    plan.holdUntilRequest = 2;
    proxy.addFault(1, plan);
    {
        RawClient a(proxy.port());
        a.send(post("/api/v1/push", "first try"));
        REQUIRE(waitFor([&] { return proxy.counters().requests == 1; }));
    } // the client times out and closes
    RawClient b(proxy.port());
    b.send(post("/api/v1/push", "retry"));
    REQUIRE(waitFor([&] { return peer.received().size() == 2; }));
    CHECK(peer.received()[0].body == "retry");
    CHECK(peer.received()[1].body == "first try"); // the stale request still arrives, later
}

TEST_CASE("FaultProxy shapes the link without changing the bytes", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    proxy.setLink({20, 10000}); // 20 ms each way, 10 kB/s
    RawClient client(proxy.port());
    const QByteArray body = sampleBody(3000);
    client.send(post("/api/v1/push", body));
    client.send(get("/big/6000"));
    const QByteArray expected = HttpPeer::answerFor(1, "/api/v1/push", 3000) + HttpPeer::answerFor(2, "/big/6000", 0);
    REQUIRE(client.waitForBytes(expected.size()));
    CHECK(client.received() == expected);
    REQUIRE(peer.received().size() == 2);
    CHECK(peer.received()[0].body == body);
    // Paced in segments: the answer arrives in several reads, not in one.
    CHECK(client.reads() >= 3);
    CHECK(proxy.counters().bytesToClient == expected.size());
}

TEST_CASE("FaultProxy draws random offsets from its seed", "[proxy]")
{
    auto run = [](quint64 seed) {
        HttpPeer peer;
        FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port(), seed);
        REQUIRE(proxy.listen());
        proxy.setPlanner([](const ProxyRequestInfo&) {
            FaultPlan p;
            p.cutRequestAt = FaultPlan::kRandom;
            return p;
        });
        for (int i = 0; i < 6; ++i) {
            RawClient client(proxy.port());
            client.send(post("/api/v1/push", sampleBody(900)));
            REQUIRE(client.waitForClose());
        }
        QVector<qint64> offsets;
        for (const auto& r : proxy.requests()) {
            const qint64 total = r.info.headBytes + r.info.bodyBytes;
            CHECK(r.plan.cutRequestAt >= 0);
            CHECK(r.plan.cutRequestAt < total);
            CHECK(r.forwardedBytes == r.plan.cutRequestAt);
            offsets << r.plan.cutRequestAt;
        }
        CHECK(peer.received().isEmpty());
        return offsets;
    };
    const auto a = run(42);
    const auto b = run(42);
    const auto c = run(43);
    REQUIRE(a.size() == 6);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("FaultProxy never hangs: a dead server or an idle client ends the connection", "[proxy]")
{
    SECTION("nothing listens on the target port")
    {
        quint16 deadPort = 0;
        {
            QTcpServer s;
            REQUIRE(s.listen(QHostAddress::LocalHost, 0));
            deadPort = s.serverPort();
        }
        FaultProxy proxy(QStringLiteral("127.0.0.1"), deadPort);
        REQUIRE(proxy.listen());
        RawClient client(proxy.port());
        client.send(get("/api/v1/health"));
        REQUIRE(client.waitForClose());
        CHECK(client.received().isEmpty());
        CHECK(proxy.counters().upstreamFailures == 1);
    }
    SECTION("a client stops in the middle of a request")
    {
        HttpPeer peer;
        FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
        proxy.setIdleTimeoutMs(150);
        REQUIRE(proxy.listen());
        RawClient client(proxy.port());
        client.send("POST /api/v1/push HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly part");
        REQUIRE(client.waitForClose());
        CHECK(proxy.counters().timeouts == 1);
        REQUIRE(waitFor([&] { return proxy.openConnections() == 0; }));
    }
    SECTION("the server restarts on another port")
    {
        auto peer = std::make_unique<HttpPeer>();
        FaultProxy proxy(QStringLiteral("127.0.0.1"), peer->port());
        REQUIRE(proxy.listen());
        RawClient first(proxy.port());
        first.send(get("/a"));
        REQUIRE(first.waitForBytes(HttpPeer::answerFor(1, "/a", 0).size()));
        peer.reset(); // the server goes away: the open connection ends
        REQUIRE(first.waitForClose());
        HttpPeer restarted;
        proxy.setTarget(QStringLiteral("127.0.0.1"), restarted.port());
        RawClient second(proxy.port());
        second.send(get("/b"));
        REQUIRE(second.waitForBytes(HttpPeer::answerFor(1, "/b", 0).size()));
        CHECK(second.received() == HttpPeer::answerFor(1, "/b", 0));
    }
}

TEST_CASE("FaultProxy works with QNetworkAccessManager", "[proxy]")
{
    HttpPeer peer;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), peer.port());
    REQUIRE(proxy.listen());
    QNetworkAccessManager manager;
    auto call = [&](const QByteArray& body) {
        QNetworkRequest request(QUrl(proxy.url().toString() + QStringLiteral("/api/v1/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QPointer<QNetworkReply> reply = manager.post(request, body);
        REQUIRE(waitFor([&] { return reply->isFinished(); }));
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    };
    CHECK(call("{\"a\":1}") == "answer #1 /api/v1/push 7");
    CHECK(call("{}") == "answer #2 /api/v1/push 2");
    CHECK(proxy.counters().connections == 1); // the manager kept its connection
    CHECK(proxy.counters().responses == 2);
}
