#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

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

    HttpResult get(const QUrl& url, const QString& token, int timeoutMs);
    // Sends the JSON body compressed with zstd.
    HttpResult postJson(const QUrl& url, const QJsonObject& body, const QString& token, int timeoutMs);

private:
    HttpResult run(QNetworkRequest request, const QByteArray& method, const QByteArray& body, int timeoutMs);

    QNetworkAccessManager m_manager;
    TlsTrust m_trust;
    QSslConfiguration m_ssl;
    QString m_trustError;
};

} // namespace hocvuso::sync
