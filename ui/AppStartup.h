#pragma once

#include <functional>

class QApplication;
class QObject;

namespace hocvuso {

class Store;
class SyncBackend;

// Makes the window's sync backend for the opened store (owned by `parent`);
// app/desktop supplies it, as ui/ knows no sync code.
using SyncBackendFactory = std::function<SyncBackend*(Store& store, QObject* parent)>;

// The desktop app after QApplication exists: options (--db FILE, --demo),
// translations, a pending restore, the store, the first run, the window.
int runDesktopApp(QApplication& app, const SyncBackendFactory& makeSyncBackend = {});

} // namespace hocvuso
