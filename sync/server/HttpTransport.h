#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace hocvuso::sync {

// One HTTP request as our handlers see it, independent of the server library.
struct HttpRequest
{
    QByteArray method; // GET, POST, ...
    QString path;      // decoded path without query
    QString query;     // the query string, undecoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress remote;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct TlsFiles
{
    QString certificate; // PEM
    QString key;         // PEM
    bool enabled() const { return !certificate.isEmpty(); }
};

// The HTTP transport: QHttpServer 6.4 kept behind this class, so the
// handlers never see it (Qt 6.8 changed how a server is bound). The request
// limit is ours: QHttpServer buffers whole bodies and has none.
class HttpTransport
{
public:
    using Handler = std::function<HttpReply(const HttpRequest&)>;

    explicit HttpTransport(Handler handler, qint64 maxBodyBytes);
    ~HttpTransport();
    HttpTransport(const HttpTransport&) = delete;
    HttpTransport& operator=(const HttpTransport&) = delete;

    // Returns the bound port (0 on failure, with the reason in *error).
    quint16 listen(const QHostAddress& address, quint16 port, const TlsFiles& tls, QString* error);

    // Worker mode (see ServerWorkers): connections are accepted by another
    // thread and handed over with takeConnection(); the TLS handshake and the
    // requests then run in this transport's thread. `listener` is a duplicate
    // of the accepting socket's descriptor, adopted only because QHttpServer
    // serves a listening server; this transport never accepts on it.
    bool serveHandedConnections(qintptr listener, const TlsFiles& tls, QString* error);
    void takeConnection(qintptr socketDescriptor);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

private:
    class Server;
    std::unique_ptr<Server> m_server;
    qint64 m_maxBodyBytes;
    std::function<void(qintptr)> m_take; // worker mode: adopts one accepted connection
};

} // namespace hocvuso::sync
