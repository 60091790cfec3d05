#include "sync/client/ConnectivityWatcher.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>

namespace hocvuso::sync {

ConnectivityWatcher::ConnectivityWatcher(ProbeBackoff backoff, QObject* parent)
    : QObject(parent), m_backoff(backoff), m_delayMs(backoff.initialMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectivityWatcher::probeNow);
    connect(&m_manager, &QNetworkAccessManager::finished, this, &ConnectivityWatcher::onProbeFinished);

    // The system's view is a hint (it may be missing: Linux without
    // NetworkManager); the health probe decides.
    m_systemBackend = QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend();
    if (auto* info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (!m_running)
                        return;
                    if (reachability == QNetworkInformation::Reachability::Disconnected) {
                        setOnline(false);
                        scheduleRetry();
                    } else if (reachability == QNetworkInformation::Reachability::Online ||
                               reachability == QNetworkInformation::Reachability::Site) {
                        // The network is back: try the server at once, from the first step of the backoff.
                        m_delayMs = m_backoff.initialMs;
                        probeNow();
                    }
                });
    }
}

ConnectivityWatcher::~ConnectivityWatcher()
{
    if (m_probe)
        m_probe->abort();
}

void ConnectivityWatcher::setServer(const QUrl& base, const TlsTrust& trust)
{
    m_base = base;
    m_trust = trust;
}

void ConnectivityWatcher::start()
{
    m_running = true;
    m_delayMs = m_backoff.initialMs;
    probeNow();
}

void ConnectivityWatcher::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_probe)
        m_probe->abort();
}

void ConnectivityWatcher::probeNow()
{
    if (!m_running || m_probe)
        return;
    m_retry.stop();
    if (!m_base.isValid() || m_base.isEmpty()) {
        setOnline(false);
        emit probeFailed(tr("no server address: the laptop is not enrolled"), m_delayMs);
        scheduleRetry();
        return;
    }
    QString base = m_base.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/health")));
    request.setTransferTimeout(m_backoff.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_trust.caFile.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromPath(m_trust.caFile, QSsl::Pem));
    request.setSslConfiguration(ssl);
    m_probe = m_manager.get(request);
    if (!m_trust.pinnedSha256.isEmpty()) {
        const QByteArray pin = m_trust.pinnedSha256.toLatin1().toLower().replace(":", "");
        QNetworkReply* reply = m_probe;
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>& errors) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() == pin)
                reply->ignoreSslErrors(errors);
        });
    }
}

void ConnectivityWatcher::reportFailure()
{
    setOnline(false);
    if (m_running && !m_probe && !m_retry.isActive())
        scheduleRetry();
}

void ConnectivityWatcher::reportSuccess()
{
    m_retry.stop();
    m_delayMs = m_backoff.initialMs;
    if (m_online)
        return;
    m_online = true;
    emit onlineChanged(true);
}

void ConnectivityWatcher::onProbeFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_probe)
        return;
    m_probe.clear();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200 && body.value(QStringLiteral("status")).toString() == QLatin1String("ok")) {
        m_delayMs = m_backoff.initialMs;
        setOnline(true);
        return;
    }
    const QString reason = status == 0 ? reply->errorString() : tr("the server answered HTTP %1").arg(status);
    setOnline(false);
    scheduleRetry();
    emit probeFailed(reason, m_retry.interval());
}

void ConnectivityWatcher::scheduleRetry()
{
    if (!m_running)
        return;
    m_retry.start(jittered(m_delayMs));
    m_delayMs = std::min(m_backoff.maxMs, m_delayMs * 2);
}

int ConnectivityWatcher::jittered(int ms) const
{
    if (m_backoff.jitter <= 0)
        return ms;
    const double factor = 1.0 + m_backoff.jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::max(1, int(ms * factor));
}

void ConnectivityWatcher::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
    if (online)
        emit cameOnline();
}

} // namespace hocvuso::sync
