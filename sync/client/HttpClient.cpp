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

namespace hocvuso::sync {

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

HttpResult HttpClient::get(const QUrl& url, const QString& token, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(header::authorization, "Bearer " + token.toLatin1());
    request.setRawHeader("Accept-Encoding", "zstd");
    return run(request, "GET", {}, timeoutMs);
}

HttpResult HttpClient::postJson(const QUrl& url, const QJsonObject& body, const QString& token, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(header::authorization, "Bearer " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(header::contentEncoding, "zstd");
    request.setRawHeader("Accept-Encoding", "zstd");
    return run(request, "POST", compress(QJsonDocument(body).toJson(QJsonDocument::Compact)), timeoutMs);
}

HttpResult HttpClient::run(QNetworkRequest request, const QByteArray& method, const QByteArray& body, int timeoutMs)
{
    HttpResult result;
    request.setRawHeader(header::protocol, QByteArray::number(kProtocolVersion));
    request.setRawHeader(header::schema, QByteArray::number(Migrations::currentVersion));
    request.setRawHeader(header::clientTime, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = method == "GET" ? m_manager.get(request) : m_manager.post(request, body);
    result.bytesSent = body.size();
    bool pinMismatch = false;
    if (!m_trust.pinnedSha256.isEmpty()) {
        // A pinned certificate replaces the CA check: accept exactly that certificate.
        const QByteArray pin = m_trust.pinnedSha256.toLatin1().toLower().replace(":", "");
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin, &pinMismatch](const QList<QSslError>& errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256).toHex() == pin)
                reply->ignoreSslErrors(errors);
            else
                pinMismatch = true;
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, &pinMismatch] {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() != pin) {
                pinMismatch = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    timer.stop();

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
        result.networkError = pinMismatch ? QStringLiteral("the server's certificate does not match the pinned one")
                                          : reply->errorString();
    }
    reply->deleteLater();
    return result;
}

} // namespace hocvuso::sync
