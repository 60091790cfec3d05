#include "sync/client/HttpClient.h"

#include "core/store/Migrations.h"
#include "sync/protocol/Protocol.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

namespace hocvuso::sync {

namespace {
// zstd level of request bodies: on push batches level 1 compressed with a
// fifth fewer instructions than level 3 and the bodies came out no bigger
// (79 vs 85 KiB for a commune's 2,000-change day), far under the
// wire-bytes target (5x fewer than PouchDB).
constexpr int kRequestCompressionLevel = 1;
} // namespace

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpResult::errorMessage() const
{
    if (status == 0)
        return timedOut ? QStringLiteral("the server did not answer in time") : networkError;
    const QString message = json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message;
}

HttpClient::HttpClient(TlsTrust trust) : m_trust(std::move(trust)), m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!m_trust.caFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(m_trust.caFile, QSsl::Pem);
        if (certs.isEmpty())
            m_trustError = QStringLiteral("no PEM certificate in the CA file %1").arg(m_trust.caFile);
        m_ssl.setCaCertificates(certs);
    }
}

bool HttpClient::trustOk(QString* error) const
{
    if (error)
        *error = m_trustError;
    return m_trustError.isEmpty();
}

HttpClient::Pending::Pending() = default;

HttpClient::Pending::~Pending()
{
    if (reply) { // never collected (the sync stopped): drop the transfer
        reply->abort();
        reply->deleteLater();
    }
}

HttpResult HttpClient::get(const QUrl& url, const QString& token, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(header::authorization, "Bearer " + token.toLatin1());
    request.setRawHeader("Accept-Encoding", "zstd");
    return finish(start(request, "GET", {}), timeoutMs);
}

QNetworkRequest HttpClient::jsonPostRequest(const QUrl& url, const QString& token) const
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(header::authorization, "Bearer " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(header::contentEncoding, "zstd");
    request.setRawHeader("Accept-Encoding", "zstd");
    return request;
}

HttpResult HttpClient::postJson(const QUrl& url, const QJsonObject& body, const QString& token, int timeoutMs)
{
    return postJson(url, QJsonDocument(body).toJson(QJsonDocument::Compact), token, timeoutMs);
}

HttpResult HttpClient::postJson(const QUrl& url, const QByteArray& json, const QString& token, int timeoutMs)
{
    return finish(startPostJson(url, json, token), timeoutMs);
}

std::unique_ptr<HttpClient::Pending> HttpClient::startPostJson(const QUrl& url, const QByteArray& json, const QString& token)
{
    return start(jsonPostRequest(url, token), "POST", compress(json, kRequestCompressionLevel));
}

std::unique_ptr<HttpClient::Pending> HttpClient::start(QNetworkRequest request, const QByteArray& method,
                                                       const QByteArray& body)
{
    auto pending = std::make_unique<Pending>();
    pending->since.start();
    request.setRawHeader(header::protocol, QByteArray::number(kProtocolVersion));
    request.setRawHeader(header::schema, QByteArray::number(Migrations::currentVersion));
    request.setRawHeader(header::clientTime, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = method == "GET" ? m_manager.get(request) : m_manager.post(request, body);
    pending->reply = reply;
    pending->bytesSent = body.size();
    if (!m_trust.pinnedSha256.isEmpty()) {
        // A pinned certificate replaces the CA check: accept exactly that certificate.
        const QByteArray pin = m_trust.pinnedSha256.toLatin1().toLower().replace(":", "");
        std::shared_ptr<bool> pinMismatch = pending->pinMismatch;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin, pinMismatch](const QList<QSslError>& errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256).toHex() == pin)
                reply->ignoreSslErrors(errors);
            else
                *pinMismatch = true;
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, pinMismatch] {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() != pin) {
                *pinMismatch = true;
                reply->abort();
            }
        });
    }
    return pending;
}

HttpResult HttpClient::finish(std::unique_ptr<Pending> pending, int timeoutMs)
{
    HttpResult result;
    QNetworkReply* reply = pending->reply;
    result.bytesSent = pending->bytesSent;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, reply, [&] {
            result.timedOut = true;
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(std::max<qint64>(0, timeoutMs - pending->since.elapsed()));
        loop.exec();
        timer.stop();
    }

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray data = reply->readAll();
    result.bytesReceived = data.size();
    if (reply->rawHeader(header::contentEncoding).trimmed().toLower() == "zstd") {
        auto plain = decompress(data, 512LL * 1024 * 1024);
        data = plain ? *plain : QByteArray();
    }
    result.body = data;
    result.retryAfter = reply->rawHeader(header::retryAfter);
    // A connection lost after the status line (an answer cut short) is a network
    // failure, not a 200 with half a body: the caller retries, and a push replays.
    const bool transportError = reply->error() != QNetworkReply::NoError &&
                                reply->error() < QNetworkReply::ContentAccessDenied;
    if (result.status == 0 || result.timedOut || transportError) {
        result.status = 0;
        result.networkError = *pending->pinMismatch ? QStringLiteral("the server's certificate does not match the pinned one")
                                                    : reply->errorString();
    }
    reply->deleteLater();
    pending->reply = nullptr;
    return result;
}

} // namespace hocvuso::sync
