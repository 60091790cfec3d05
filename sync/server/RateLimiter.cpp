#include "sync/server/RateLimiter.h"

#include <QMutexLocker>

namespace hocvuso::sync {

bool RateLimiter::exceeded(const QString& deviceId, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return false;
    QMutexLocker lock(&m_mutex);
    Window& w = m_windows[deviceId];
    if (nowMs - w.startMs >= 60000)
        w = {nowMs, 0};
    return ++w.count > m_perMinute;
}

} // namespace hocvuso::sync
