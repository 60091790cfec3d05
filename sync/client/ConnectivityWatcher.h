#pragma once

#include "sync/client/HttpClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace hocvuso::sync {

// How often the server is probed while it cannot be reached: the delay
// doubles after each failed probe from `initialMs` up to `maxMs`, with a
// random ± `jitter` share so that a hundred laptops coming back at once do
// not probe in step. Tests make the delays short.
struct ProbeBackoff
{
    int initialMs = 15 * 1000;
    int maxMs = 30 * 60 * 1000;
    double jitter = 0.2;   // 0..1
    int timeoutMs = 10000; // one probe
};

// Knows whether the province server can be reached: asks the operating
// system (QNetworkInformation, when a backend loads: NetworkManager on
// Linux, the system API on Windows) and, as the final word, probes
// GET /api/v1/health with exponential backoff while the server is away.
// Emits cameOnline() on each offline → online transition. Lives on the
// GUI thread; the probe is asynchronous and never blocks.
class ConnectivityWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityWatcher)

public:
    explicit ConnectivityWatcher(ProbeBackoff backoff = {}, QObject* parent = nullptr);
    ~ConnectivityWatcher() override;

    // The server to probe (its base URL, as enrolled) and how to trust it.
    void setServer(const QUrl& base, const TlsTrust& trust = {});
    QUrl server() const { return m_base; }
    bool isOnline() const { return m_online; }
    // Whether the operating system reports reachability (false: probe only).
    bool hasSystemBackend() const { return m_systemBackend; }
    // The wait before the next probe while offline (0 when online).
    int nextDelayMs() const { return m_online ? 0 : m_delayMs; }

public slots:
    void start();          // probes now, then as the state asks
    void stop();
    void probeNow();       // e.g. the user pressed "Sync now", or the system says the network is back
    void reportFailure();  // a sync could not reach the server: offline, probe with backoff
    void reportSuccess();  // a sync reached the server: online (without cameOnline: nothing waits)

signals:
    void onlineChanged(bool online);
    void cameOnline();
    // A probe failed; the next one comes after `nextDelayMs`.
    void probeFailed(const QString& reason, int nextDelayMs);

private:
    void onProbeFinished(QNetworkReply* reply);
    void setOnline(bool online);
    void scheduleRetry();
    int jittered(int ms) const;

    ProbeBackoff m_backoff;
    QUrl m_base;
    TlsTrust m_trust;
    QNetworkAccessManager m_manager;
    QPointer<QNetworkReply> m_probe;
    QTimer m_retry;
    bool m_running = false;
    bool m_online = false;
    bool m_systemBackend = false;
    int m_delayMs = 0;
};

} // namespace hocvuso::sync
