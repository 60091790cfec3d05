#include "core/store/Hlc.h"

#include <QDateTime>

#include <algorithm>

namespace hocvuso {

Hlc::Hlc(qint64 last, WallClock clock) : m_last(last), m_clock(std::move(clock)) {}

qint64 Hlc::wallMillis() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 Hlc::tick()
{
    const qint64 wall = wallMillis();
    const qint64 lastMillis = millisOf(m_last);
    if (wall > lastMillis)
        m_last = pack(wall, 0);
    else
        m_last += 1; // same or earlier wall clock: advance the counter (carries into the millis)
    return m_last;
}

void Hlc::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace hocvuso
