#pragma once

#include <QtGlobal>

#include <functional>

namespace hocvuso {

// Hybrid logical clock packed in 64 bits: 48 bits of wall-clock
// milliseconds and a 16-bit counter, so values compare as integers and
// order every write of the commune even when laptop clocks disagree.
class Hlc
{
public:
    using WallClock = std::function<qint64()>;

    static constexpr int counterBits = 16;
    static qint64 pack(qint64 millis, quint32 counter) { return (millis << counterBits) | counter; }
    static qint64 millisOf(qint64 hlc) { return hlc >> counterBits; }
    static quint32 counterOf(qint64 hlc) { return static_cast<quint32>(hlc & 0xFFFF); }

    explicit Hlc(qint64 last = 0, WallClock clock = {});

    // A timestamp for a local event, greater than every one seen before.
    qint64 tick();
    // Merges a timestamp received from elsewhere (a pulled change).
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

private:
    qint64 wallMillis() const;

    qint64 m_last;
    WallClock m_clock;
};

} // namespace hocvuso
