#pragma once

#include <QString>

class QWidget;

namespace hocvuso {

class Store;

// Makes an empty store the demo commune: creates the commune, then fills it
// with DemoCommune on a worker thread while a progress dialog (with Cancel)
// keeps the window alive. Returns when done; false (with *error) when the
// demo could not be loaded or was cancelled (the store is then left with the
// commune only: DemoCommune writes in one transaction).
bool loadDemoCommune(Store& store, QWidget* parent, QString* error, int residents = 3000);

} // namespace hocvuso
