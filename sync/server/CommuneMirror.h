#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hocvuso {
class Store;
}

namespace hocvuso::sync {

class ServerStore;

// One commune's synced rows, copied from the server store into a local
// store (the laptop's schema), so the same KpiEngine and ReportBuilder run
// on the server as on the laptop: the indicator math exists once. The copy
// is written with the pull path (PullApplier: change log suppressed) and
// kept up to date incrementally by the server commit sequence — refresh()
// applies only rows committed since the last call, so a commune without new
// data costs one index lookup.
class CommuneMirror
{
public:
    // `path`: the mirror's SQLite file (created when absent).
    static std::unique_ptr<CommuneMirror> open(const QString& path, const QString& communeId, QString* error);
    ~CommuneMirror();
    CommuneMirror(const CommuneMirror&) = delete;
    CommuneMirror& operator=(const CommuneMirror&) = delete;

    // Copies what the server committed for this commune (and the province's
    // reference rows) since the last refresh. False with *error when the copy
    // failed: the mirror then keeps its previous, consistent state.
    bool refresh(ServerStore& server, QString* error);
    Store& store() { return *m_store; }
    const QString& communeId() const { return m_communeId; }
    // Server sequences copied so far (commune rows, reference rows).
    qint64 communeSeq() const { return m_communeSeq; }
    qint64 referenceSeq() const { return m_referenceSeq; }

private:
    CommuneMirror(std::unique_ptr<Store> store, QString communeId);
    bool copyScope(QSqlDatabase& server, const QString& scope, qint64& after, QString* error);

    std::unique_ptr<Store> m_store;
    QString m_communeId;
    qint64 m_communeSeq = 0;
    qint64 m_referenceSeq = 0;
};

} // namespace hocvuso::sync
