#include "core/query/EditRefusal.h"

namespace hocvuso {

QString EditRefusal::text() const
{
    QString out = reason;
    if (!field.isEmpty())
        out += QStringLiteral(" (%1)").arg(field);
    if (!detail.isEmpty())
        out += QStringLiteral(": ") + detail;
    return out;
}

} // namespace hocvuso
