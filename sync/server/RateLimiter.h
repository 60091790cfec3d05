#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace hocvuso::sync {

// Requests per device per minute (a fixed one-minute window), shared by every
// worker thread of a server: a device must not get N times its allowance by
// landing on N workers.
class RateLimiter
{
public:
    explicit RateLimiter(int requestsPerMinute) : m_perMinute(requestsPerMinute) {}
    // Counts one request; true when the device is over its allowance.
    bool exceeded(const QString& deviceId, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    const int m_perMinute; // <= 0: no limit
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace hocvuso::sync
