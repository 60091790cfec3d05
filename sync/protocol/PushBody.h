#pragma once

#include "sync/protocol/Protocol.h"

#include <QByteArrayView>

#include <optional>

namespace hocvuso::sync {

// The body of POST /push read straight from its bytes in one pass, as every
// client writes it (PushBatch::toJsonBytes): no QJsonDocument of the whole
// batch, no QJsonObject per change looked up member by member, no second
// walk for the raw bytes. That general path was a fifth of the server's CPU
// per pushed change.
//
// Narrow on purpose: it reads only what it is sure to read exactly as the
// general path (QJsonDocument + PushBatch::fromJson) does, and gives an
// empty optional for anything else: text that is not JSON by RFC 8259, a
// member of the batch or of a change named twice or one it does not know, a
// value of another type, an escaped U+0000, a lone surrogate in an id,
// nesting past 64 levels, more than `maxChanges` changes, a checksum that
// does not match the bytes, or a batch PushBatch::fromJson refuses. A
// change's fields, once checked as strict text, are read by Qt's parser
// itself (as in the whole body: names given twice, numbers). The
// caller then takes the general path, which accepts it or refuses it with
// its own message. What it accepts, it reads to the same PushBatch
// (including Change::rawFields).
class PushBodyReader
{
public:
    static std::optional<PushBatch> read(QByteArrayView body, qsizetype maxChanges);
};

} // namespace hocvuso::sync
