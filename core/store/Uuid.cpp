#include "core/store/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <cstring>

namespace hocvuso::uuid {

namespace {
// Namespace for hocvuso's natural-key ids (a fixed random UUID).
const QUuid kNamespace(QStringLiteral("{5f1c8a52-3c1e-4b7e-9a43-2d0c9e7b6a10}"));
} // namespace

QString v7()
{
    std::array<quint8, 16> b{};
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>(ms >> (40 - 8 * i));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(b.data() + 6, random, 10);
    b[6] = static_cast<quint8>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    const QByteArray raw(reinterpret_cast<const char*>(b.data()), 16);
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString v7(QRandomGenerator& random)
{
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    const quint64 r1 = random.generate64();
    const quint64 r2 = random.generate64();
    // 48 bits of time, version 7, 12 random bits; variant 10, 62 random bits.
    const quint64 high = (ms << 16) | 0x7000u | (r1 & 0x0FFFu);
    const quint64 low = (r2 & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar* d = out.data();
    int at = 0;
    auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            d[at++] = QChar(kHex[(v >> (4 * i)) & 0xF]);
    };
    put(high >> 32, 8);
    d[at++] = u'-';
    put(high >> 16, 4);
    d[at++] = u'-';
    put(high, 4);
    d[at++] = u'-';
    put(low >> 48, 4);
    d[at++] = u'-';
    put(low, 12);
    return out;
}

QString v5(const QString& entity, const QStringList& keyParts)
{
    const QString name = entity + QLatin1Char(':') + keyParts.join(QLatin1Char('|'));
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace hocvuso::uuid
