#include "sync/server/CommuneMirror.h"

#include "core/kpi/PlanCatalog.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/Store.h"
#include "sync/client/PullApplier.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/FieldVersions.h"
#include "sync/server/ServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso::sync {

namespace {
// The server's scope of province-wide reference rows (see ServerStore.cpp).
const QString kReferenceScope = QStringLiteral("*");
// Rows per transaction of the mirror: bounded memory for a 300,000-resident commune.
constexpr int kPage = 2000;

QJsonObject jsonOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

CommuneMirror::CommuneMirror(std::unique_ptr<Store> store, QString communeId)
    : m_store(std::move(store)), m_communeId(std::move(communeId))
{
}

CommuneMirror::~CommuneMirror() = default;

std::unique_ptr<CommuneMirror> CommuneMirror::open(const QString& path, const QString& communeId, QString* error)
{
    auto store = Store::open(path, error);
    if (!store)
        return nullptr;
    // A cache rebuilt from the server at will: durability is not worth an fsync per page.
    QSqlQuery(store->db()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    if (store->communeId() != communeId) {
        if (!store->communeId().isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 mirrors another commune").arg(path);
            return nullptr;
        }
        StoreTransaction tx(*store);
        SuppressChangeLog quiet(store->db());
        StoreError storeError;
        // The seed plans every laptop installs (same ids, UUIDv5 of the code);
        // the province's own plan rows arrive as reference rows and override them.
        if (!store->setMeta(QStringLiteral("commune_id"), communeId) ||
            !kpi::PlanCatalog::installTemplates(*store, &storeError) || !tx.commit()) {
            if (error)
                *error = QStringLiteral("cannot prepare the mirror of commune %1: %2")
                             .arg(communeId, storeError.text().isEmpty() ? store->db().lastError().text() : storeError.text());
            return nullptr;
        }
    }
    return std::unique_ptr<CommuneMirror>(new CommuneMirror(std::move(store), communeId));
}

bool CommuneMirror::refresh(ServerStore& server, QString* error)
{
    return copyScope(server.db(), m_communeId, m_communeSeq, error) &&
           copyScope(server.db(), kReferenceScope, m_referenceSeq, error);
}

bool CommuneMirror::copyScope(QSqlDatabase& server, const QString& scope, qint64& after, QString* error)
{
    for (;;) {
        QSqlQuery q(server);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT entity, row_id, data, versions, server_seq FROM sync_rows "
                                 "WHERE commune_id = ? AND server_seq > ? ORDER BY server_seq LIMIT ?"));
        q.addBindValue(scope);
        q.addBindValue(after);
        q.addBindValue(kPage);
        if (!q.exec()) {
            if (error)
                *error = QStringLiteral("cannot read the synced rows: %1").arg(q.lastError().text());
            return false;
        }
        QJsonArray changes;
        qint64 last = after;
        while (q.next()) {
            // The row's writer is the device of its newest field (as a pull reports it).
            const FieldVersion latest = FieldVersions::textLatest(q.value(3).toString());
            const qint64 maxHlc = latest.hlc;
            const QString maxDevice = latest.device;
            changes.append(QJsonObject{{QStringLiteral("entity"), q.value(0).toString()},
                                       {QStringLiteral("row_id"), q.value(1).toString()},
                                       {QStringLiteral("fields"), jsonOf(q.value(2))},
                                       {QStringLiteral("hlc"), hlcToJson(maxHlc)},
                                       {QStringLiteral("device_id"), maxDevice}});
            last = q.value(4).toLongLong();
        }
        if (changes.isEmpty())
            return true;
        PullApplier applier(*m_store);
        const ApplyResult applied = applier.apply(changes, {}, {});
        if (!applied.ok) {
            if (error)
                *error = QStringLiteral("cannot mirror commune %1: %2").arg(m_communeId, applied.error);
            return false;
        }
        after = last;
        if (changes.size() < kPage)
            return true;
    }
}

} // namespace hocvuso::sync
