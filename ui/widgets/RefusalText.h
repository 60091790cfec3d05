#pragma once

#include "core/query/EditRefusal.h"

#include <QString>

namespace hocvuso {

// The translated message for a refused mentor, team, visit or attendance edit.
QString refusalText(const EditRefusal& refusal);

} // namespace hocvuso
