#include "sync/server/HttpTransport.h"

#include "sync/protocol/Protocol.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace hocvuso::sync {

class HttpTransport::Server final : public QAbstractHttpServer
{
public:
    Server(Handler handler, qint64 limit) : m_handler(std::move(handler)), m_limit(limit) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        HttpReply reply = dispatch(request);
        QHttpServerResponse response(reply.contentType, reply.body,
                                     static_cast<QHttpServerResponder::StatusCode>(reply.status));
        for (const auto& h : reply.headers)
            response.addHeader(h.first, h.second);
        response.write(makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    HttpReply dispatch(const QHttpServerRequest& request)
    {
        HttpRequest r;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get: r.method = "GET"; break;
        case QHttpServerRequest::Method::Post: r.method = "POST"; break;
        case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
        case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
        default: r.method = "OTHER"; break;
        }
        r.path = request.url().path();
        r.query = request.url().query(QUrl::FullyEncoded);
        for (const auto& h : request.headers())
            r.headers.insert(h.first.toLower(), h.second);
        r.remote = request.remoteAddress();
        // Refuse over-large bodies before any parsing (the declared length
        // too, for a reverse proxy that streams).
        const qint64 declared = r.header("content-length").toLongLong();
        const QByteArray body = request.body();
        if (declared > m_limit || body.size() > m_limit) {
            HttpReply tooLarge;
            tooLarge.status = httpStatusOf(ErrorCode::TooLarge);
            tooLarge.body = QJsonDocument(errorBody(ErrorCode::TooLarge,
                                                    QStringLiteral("request body larger than %1 bytes").arg(m_limit),
                                                    {{QStringLiteral("max_bytes"), m_limit}}))
                                .toJson(QJsonDocument::Compact);
            return tooLarge;
        }
        r.body = body;
        return m_handler(r);
    }

    Handler m_handler;
    qint64 m_limit;
};

HttpTransport::HttpTransport(Handler handler, qint64 maxBodyBytes)
    : m_server(std::make_unique<Server>(std::move(handler), maxBodyBytes)), m_maxBodyBytes(maxBodyBytes)
{
}

HttpTransport::~HttpTransport() = default;

namespace {

// The server side of TLS from the PEM files, or nothing with the reason in *error.
std::optional<QSslConfiguration> loadTls(const TlsFiles& tls, QString* error)
{
    QFile certFile(tls.certificate), keyFile(tls.key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the TLS certificate %1 or key %2").arg(tls.certificate, tls.key);
        return std::nullopt;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (cert.isNull() || key.isNull()) {
        if (error)
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return std::nullopt;
    }
    // As QAbstractHttpServer::sslSetup(cert, key) builds it.
    QSslConfiguration configuration;
    configuration.setLocalCertificate(cert);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::SecureProtocols);
    return configuration;
}

// A server that is handed accepted descriptors instead of accepting them:
// incomingConnection() wraps one in a socket (QSslServer: and starts the
// handshake) and queues it for QAbstractHttpServer like an accepted one.
template <class Base>
class HandoffServer final : public Base
{
public:
    explicit HandoffServer(QObject* parent = nullptr) : Base(parent) {}
    void take(qintptr descriptor) { this->incomingConnection(descriptor); }
};

} // namespace

quint16 HttpTransport::listen(const QHostAddress& address, quint16 port, const TlsFiles& tls, QString* error)
{
    if (tls.enabled()) {
        const auto configuration = loadTls(tls, error);
        if (!configuration)
            return 0;
        // QHttpServer 6.4: TLS must be set up before listen().
        m_server->sslSetup(*configuration);
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0 && error)
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    return bound;
}

bool HttpTransport::serveHandedConnections(qintptr listener, const TlsFiles& tls, QString* error)
{
    QTcpServer* server = nullptr;
    if (tls.enabled()) {
        const auto configuration = loadTls(tls, error);
        if (!configuration)
            return false;
        auto* ssl = new HandoffServer<QSslServer>(m_server.get());
        ssl->setSslConfiguration(*configuration);
        m_take = [ssl](qintptr descriptor) { ssl->take(descriptor); };
        server = ssl;
    } else {
        auto* plain = new HandoffServer<QTcpServer>(m_server.get());
        m_take = [plain](qintptr descriptor) { plain->take(descriptor); };
        server = plain;
    }
    if (!server->setSocketDescriptor(listener)) {
        if (error)
            *error = QStringLiteral("cannot adopt the listening socket: %1").arg(server->errorString());
        return false;
    }
    // The acceptor thread accepts; this copy only makes QHttpServer serve.
    server->pauseAccepting();
    m_server->bind(server);
    return true;
}

void HttpTransport::takeConnection(qintptr socketDescriptor)
{
    m_take(socketDescriptor);
}

} // namespace hocvuso::sync
