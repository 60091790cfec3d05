#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace hocvuso::sync {

// How the client trusts the server: the system CAs, a CA file, or one
// pinned certificate (SHA-256 of its DER form, hex), for a province that
// runs a self-signed server.
struct TlsTrust
{
    QString caFile;
    QString pinnedSha256;
};

struct HttpResult
{
    int status = 0;         // 0: no HTTP answer (network error or timeout)
    bool timedOut = false;
    QString networkError;   // set when status == 0
    QByteArray body;        // decompressed
    QByteArray retryAfter;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QJsonObject json() const;
    QString errorCode() const;    // the API's stable code, if any
    QString errorMessage() const; // the API's message, or the network error
};

// Blocking HTTP calls (a local event loop) for the sync worker thread and
// the CLI. Adds the protocol headers to every request.
class HttpClient
{
public:
    explicit HttpClient(TlsTrust trust = {});
    bool trustOk(QString* error) const;

    // A request on its way (start* below): the transfer runs on Qt's network
    // thread while the caller does other work; finish() collects the answer.
    class Pending
    {
    public:
        Pending();
        ~Pending(); // aborts a transfer whose answer was never collected
        Pending(const Pending&) = delete;
        Pending& operator=(const Pending&) = delete;

    private:
        friend class HttpClient;
        QNetworkReply* reply = nullptr;
        qint64 bytesSent = 0;
        QElapsedTimer since;
        std::shared_ptr<bool> pinMismatch = std::make_shared<bool>(false);
    };

    HttpResult get(const QUrl& url, const QString& token, int timeoutMs);
    // Sends the JSON body compressed with zstd.
    HttpResult postJson(const QUrl& url, const QJsonObject& body, const QString& token, int timeoutMs);
    // The same with a body already serialised as compact JSON.
    HttpResult postJson(const QUrl& url, const QByteArray& json, const QString& token, int timeoutMs);
    std::unique_ptr<Pending> startPostJson(const QUrl& url, const QByteArray& json, const QString& token);
    // Waits for the answer; the timeout counts from the start of the request.
    HttpResult finish(std::unique_ptr<Pending> pending, int timeoutMs);

private:
    QNetworkRequest jsonPostRequest(const QUrl& url, const QString& token) const;
    std::unique_ptr<Pending> start(QNetworkRequest request, const QByteArray& method, const QByteArray& body);

    QNetworkAccessManager m_manager;
    TlsTrust m_trust;
    QSslConfiguration m_ssl;
    QString m_trustError;
};

} // namespace hocvuso::sync
