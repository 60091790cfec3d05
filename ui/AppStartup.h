#pragma once

class QApplication;

namespace hocvuso {

// The desktop app after QApplication exists: options (--db FILE, --demo),
// translations, a pending restore, the store, the first run, the window.
int runDesktopApp(QApplication& app);

} // namespace hocvuso
