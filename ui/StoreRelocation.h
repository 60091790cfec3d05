#pragma once

#include <QCoreApplication>
#include <QString>

namespace hocvuso {

class Store;

// Moving the store to another folder while the app runs: the folder is
// checked, a consistent copy of the open store is written there (StoreBackup)
// and checked, and AppSettings remembers it for the next start. The old file
// stays where it is: the running app keeps it open until it restarts. The
// indicators' saved copy (<file>.kpi) stays behind with the old file, whose
// it is: the moved store loads its indicators from its tables once.
class StoreRelocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreRelocation)

public:
    // The store file the data gets in `folder`.
    static QString targetFile(const QString& folder);
    // Why `folder` cannot take the store at `storePath` (empty when it can).
    static QString refusal(const QString& storePath, const QString& folder);
    // Copies `store` to `target` and checks the copy opens and records the
    // commune; a failed copy is removed. Safe on a worker connection.
    static bool copy(Store& store, const QString& target, QString* error);
};

} // namespace hocvuso
