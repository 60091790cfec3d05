#pragma once

#include <QString>

namespace hocvuso {

// Installs the app's translation (embedded :/i18n/hocvuso_<lang>.qm) and
// Qt's own (qtbase_<lang>.qm from Qt's translations folder, or else the one
// embedded as :/i18n/qtbase_<lang>.qm) on the running application. Calling it again replaces the previous ones.
// Returns false when the app's own translation could not be loaded.
bool installTranslations(const QString& language);

} // namespace hocvuso
