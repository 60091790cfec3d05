#pragma once

#include <QJsonArray>
#include <QString>

#include <memory>

namespace hocvuso {
class Store;
}

namespace hocvuso::sync {

class PullPage;

struct ApplyResult
{
    bool ok = false;
    QString error;
    qint64 applied = 0;       // rows written
    qint64 keptPending = 0;   // fields left alone: a local change is waiting to be pushed
    qint64 conflicts = 0;     // new conflict records
};

// Applies one pulled page to the local store in one transaction with the
// new cursor, without logging the writes again (SuppressChangeLog). A field
// with a pending local change is not overwritten: the local edit goes to the
// server on the next push, where last-writer-wins decides.
class PullApplier
{
public:
    explicit PullApplier(Store& store) : m_store(store) {}
    // A page as read from the server's answer; `page.cursor` is stored with it.
    ApplyResult apply(const PullPage& page);
    // Changes and conflicts as JSON (the commune mirror, tests): written as a
    // page and read like one, so both take the same checks.
    ApplyResult apply(const QJsonArray& changes, const QJsonArray& conflicts, const QString& cursor);

private:
    Store& m_store;
};

} // namespace hocvuso::sync
