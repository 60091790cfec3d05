#include "sync/client/SyncClient.h"

#include "core/store/ChangeLogReader.h"
#include "core/store/Store.h"
#include "sync/client/PullApplier.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"
#include "sync/protocol/PullPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace hocvuso::sync {

namespace {
QString key(const char* k)
{
    return QString::fromLatin1(k);
}

QString tr(const char* s)
{
    return QCoreApplication::translate("SyncClient", s);
}
} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonObject o{{QStringLiteral("pushed"), pushed},
                  {QStringLiteral("pulled"), pulled},
                  {QStringLiteral("quarantined"), quarantined},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("kept_pending"), keptPending},
                  {QStringLiteral("duration_ms"), durationMs},
                  {QStringLiteral("bytes_sent"), bytesSent},
                  {QStringLiteral("bytes_received"), bytesReceived},
                  {QStringLiteral("clock_skew_ms"), clockSkewMs},
                  {QStringLiteral("pending"), pending},
                  {QStringLiteral("batches"), batches},
                  {QStringLiteral("batch_size"), batchSize}};
    if (!ok) {
        o.insert(QStringLiteral("error_code"), errorCode);
        o.insert(QStringLiteral("http_status"), httpStatus);
    }
    return o;
}

SyncClient::SyncClient(Store& store, SyncOptions options) : m_store(store), m_options(options) {}

bool SyncClient::isEnrolled() const
{
    return !m_store.meta(key(state::token)).isEmpty();
}

QUrl SyncClient::endpoint(const QString& path) const
{
    QString base = m_store.meta(key(state::serverUrl));
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/api/v1/") + path);
}

EnrollResult SyncClient::enroll(const QUrl& server, const QString& code, const QString& deviceName, const TlsTrust& trust)
{
    EnrollResult result;
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        result.errorCode = QStringLiteral("usage");
        result.error = tr("the server address must be an http:// or https:// URL");
        return result;
    }
    HttpClient http(trust);
    QString trustError;
    if (!http.trustOk(&trustError)) {
        result.errorCode = QStringLiteral("tls");
        result.error = trustError;
        return result;
    }
    QString base = server.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const HttpResult r = http.postJson(QUrl(base + QStringLiteral("/api/v1/enroll")),
                                       {{QStringLiteral("code"), code},
                                        {QStringLiteral("device_id"), m_store.deviceId()},
                                        {QStringLiteral("device_name"), deviceName}},
                                       {}, m_options.timeoutMs);
    if (r.status != 200) {
        result.errorCode = r.status == 0 ? QStringLiteral("network") : r.errorCode();
        result.error = r.errorMessage();
        return result;
    }
    const QJsonObject body = r.json();
    const QJsonObject commune = body.value(QStringLiteral("commune")).toObject();
    result.communeId = commune.value(QStringLiteral("id")).toString();
    result.communeCode = commune.value(QStringLiteral("code")).toString();
    result.communeName = commune.value(QStringLiteral("name")).toString();
    const QString token = body.value(QStringLiteral("token")).toString();
    if (token.isEmpty() || result.communeId.isEmpty()) {
        result.errorCode = QStringLiteral("bad_response");
        result.error = tr("the server's answer has no token");
        return result;
    }
    if (m_store.hasCommune() && m_store.communeId() != result.communeId) {
        result.errorCode = QStringLiteral("wrong_commune");
        result.error = tr("this store records another commune than the enrollment code's (%1)").arg(result.communeCode);
        return result;
    }
    StoreTransaction tx(m_store);
    if (!m_store.hasCommune()) {
        StoreError error;
        if (!m_store.createCommune(result.communeCode, result.communeName, &error,
                                   commune.value(QStringLiteral("province_code")).toString(),
                                   commune.value(QStringLiteral("province_name")).toString())) {
            result.errorCode = QStringLiteral("store");
            result.error = error.text();
            return result;
        }
    }
    // The server may already hold this device's changes (a re-enrolment).
    const qint64 acked = body.value(QStringLiteral("acked_seq")).toInteger();
    const bool ok = m_store.setMeta(key(state::serverUrl), base) && m_store.setMeta(key(state::token), token) &&
                    m_store.setMeta(key(state::caFile), trust.caFile) &&
                    m_store.setMeta(key(state::pinnedSha256), trust.pinnedSha256) &&
                    (acked <= 0 || m_store.setMeta(key(state::pushedSeq), QString::number(acked)));
    if (!ok || !tx.commit()) {
        result.errorCode = QStringLiteral("store");
        result.error = tr("cannot record the enrollment in the store");
        return result;
    }
    result.ok = true;
    return result;
}

void SyncClient::fail(SyncReport& report, const HttpResult& r)
{
    report.ok = false;
    report.httpStatus = r.status;
    report.errorCode = r.status == 0 ? QStringLiteral("network") : r.errorCode();
    if (report.errorCode.isEmpty())
        report.errorCode = QStringLiteral("http_%1").arg(r.status);
    report.error = r.errorMessage();
    if (r.status == 426)
        report.error = tr("the server needs a newer version of this application; your changes are kept and will be "
                          "sent after the update (%1)")
                           .arg(r.errorMessage());
}

HttpResult SyncClient::send(const std::function<HttpResult()>& call, SyncReport& report,
                            const std::function<void()>& onTimeout, const std::atomic_bool* cancel)
{
    HttpResult r;
    for (int attempt = 1;; ++attempt) {
        r = call();
        report.bytesSent += r.bytesSent;
        report.bytesReceived += r.bytesReceived;
        const bool retryable = r.status == 0 || r.status == 429 || r.status == 503;
        if (!retryable || attempt >= m_options.maxAttempts || (cancel && *cancel))
            return r;
        if (r.timedOut && onTimeout)
            onTimeout();
        int waitMs = m_options.backoffBaseMs << (attempt - 1);
        if (!r.retryAfter.isEmpty())
            waitMs = r.retryAfter.toInt() * 1000;
        QThread::msleep(static_cast<unsigned long>(std::clamp(waitMs, 0, m_options.maxRetryWaitMs)));
    }
}

SyncReport SyncClient::sync(const Progress& progress, const std::atomic_bool* cancel)
{
    SyncReport report;
    QElapsedTimer timer;
    timer.start();
    if (!isEnrolled()) {
        report.errorCode = QStringLiteral("not_enrolled");
        report.error = tr("this device is not enrolled: run enroll with a code from the province first");
        return report;
    }
    HttpClient http({m_store.meta(key(state::caFile)), m_store.meta(key(state::pinnedSha256))});
    QString trustError;
    if (!http.trustOk(&trustError)) {
        report.errorCode = QStringLiteral("tls");
        report.error = trustError;
        return report;
    }
    // Push before pull: the server merges our edits first, and the pull brings the result.
    report.ok = push(http, report, progress, cancel) && pull(http, report, progress, cancel);
    report.durationMs = timer.elapsed();
    report.pending = m_store.pendingChanges();
    if (report.ok) {
        m_store.setMeta(key(state::lastSuccessAt), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        m_store.setMeta(key(state::lastError), {});
    } else {
        m_store.setMeta(key(state::lastError), report.error);
    }
    return report;
}

qint64 SyncClient::lastLoggedSeq() const
{
    QSqlQuery q(m_store.db());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<SyncClient::OutgoingBatch> SyncClient::readBatch(ChangeLogReader& outbox, qint64 afterSeq, int limit,
                                                               QString* error) const
{
    auto logged = outbox.readCompact(afterSeq, limit, error);
    if (!logged)
        return std::nullopt;
    OutgoingBatch out;
    out.limit = limit;
    PushBatch& batch = out.batch;
    batch.changes.reserve(logged->size());
    for (LoggedChange& l : *logged) {
        Change c;
        c.seq = l.seq;
        c.entity = std::move(l.entity);
        c.rowId = std::move(l.rowId);
        c.op = std::move(l.op);
        c.fieldsJson = std::move(l.fieldsJson);
        c.hlc = l.hlc;
        c.deviceId = std::move(l.deviceId);
        batch.changes.push_back(std::move(c));
    }
    if (batch.changes.isEmpty())
        return out;
    batch.deviceId = m_store.deviceId();
    batch.fromSeq = afterSeq + 1;
    batch.toSeq = batch.changes.last().seq;
    // The same range always has the same key, so a resend after a lost answer is a replay.
    batch.batchId = QStringLiteral("%1:%2-%3").arg(batch.deviceId).arg(batch.fromSeq).arg(batch.toSeq);
    batch.pullCursor = m_store.meta(key(state::cursor));
    out.json = batch.toJsonBytes();
    return out;
}

bool SyncClient::push(HttpClient& http, SyncReport& report, const Progress& progress, const std::atomic_bool* cancel)
{
    int batchSize = std::clamp(m_store.meta(key(state::batchSize), QString::number(m_options.initialBatch)).toInt(),
                               m_options.minBatch, m_options.maxBatch);
    const qint64 total = m_store.pendingChanges();
    qint64 done = 0;
    ChangeLogReader outbox(m_store.db()); // inserts are logged without their values: the reader adds them
    // The batch after the one on its way, read and serialised while the server
    // works on that one; used when the answer is the expected acknowledgement.
    std::optional<OutgoingBatch> next;
    for (;;) {
        if (cancel && *cancel) {
            report.errorCode = QStringLiteral("cancelled");
            report.error = tr("sync cancelled");
            return false;
        }
        const qint64 pushedSeq = m_store.meta(key(state::pushedSeq), QStringLiteral("0")).toLongLong();
        QString readError;
        std::optional<OutgoingBatch> outgoing;
        if (next && next->batch.fromSeq == pushedSeq + 1 && next->limit == batchSize)
            outgoing = std::move(next);
        else
            outgoing = readBatch(outbox, pushedSeq, batchSize, &readError);
        next.reset();
        if (!outgoing) {
            report.errorCode = QStringLiteral("store");
            report.error = readError;
            return false;
        }
        const PushBatch& batch = outgoing->batch;
        if (batch.changes.isEmpty())
            break;
        const QUrl url = endpoint(QStringLiteral("push"));
        const QString token = m_store.meta(key(state::token));
        std::unique_ptr<HttpClient::Pending> inFlight = http.startPostJson(url, outgoing->json, token);
        // Overlap: the next batch as it will be asked for after a success.
        const int nextSize = std::min(m_options.maxBatch, batchSize * 2);
        next = readBatch(outbox, batch.toSeq, nextSize, &readError);
        if (next && next->batch.changes.isEmpty())
            next.reset();
        bool shrunk = false;
        HttpResult r = send(
            [&] {
                return inFlight ? http.finish(std::move(inFlight), m_options.timeoutMs)
                                : http.postJson(url, outgoing->json, token, m_options.timeoutMs);
            },
            report, [&] { shrunk = true; }, cancel);
        ++report.batches;
        if (shrunk) // a timeout: smaller batches from now on
            batchSize = std::max(m_options.minBatch, batchSize / 2);
        if (r.status == 409 && r.errorCode() == QLatin1String("sequence_gap")) {
            const qint64 resendFrom = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("resend_from")).toInteger();
            if (resendFrom <= 0 || resendFrom - 1 == pushedSeq) {
                fail(report, r);
                return false;
            }
            m_store.setMeta(key(state::pushedSeq), QString::number(resendFrom - 1));
            continue;
        }
        if (r.status == 413 && batchSize > m_options.minBatch) {
            batchSize = std::max(m_options.minBatch, batchSize / 4);
            continue;
        }
        if (r.status != 200) {
            if (r.timedOut)
                m_store.setMeta(key(state::batchSize), QString::number(std::max(m_options.minBatch, batchSize / 2)));
            fail(report, r);
            return false;
        }
        const QJsonObject answer = r.json();
        const qint64 acked = answer.value(QStringLiteral("acked_seq")).toInteger(-1);
        // A range the server already holds under another batch id (the answer to an earlier,
        // larger send was lost and the batch shrank since) is answered with the device's
        // high-water mark, which may lie past this batch but never past the outbox.
        const bool duplicate = answer.value(QStringLiteral("duplicate")).toBool();
        const qint64 ackLimit = duplicate ? lastLoggedSeq() : batch.toSeq;
        if (acked < batch.fromSeq - 1 || acked > ackLimit) {
            report.errorCode = QStringLiteral("bad_response");
            report.error = tr("the server acknowledged a sequence outside the batch");
            return false;
        }
        // Acknowledgement, quarantined records and conflicts land together.
        StoreTransaction tx(m_store);
        QSqlQuery qi(m_store.db());
        qi.prepare(QStringLiteral("INSERT INTO sync_quarantine (seq, entity, row_id, field, reason, fields, reported_at)"
                                  " VALUES (?,?,?,?,?,?,?) ON CONFLICT (seq) DO NOTHING"));
        const QString nowText = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QJsonValue& v : answer.value(QStringLiteral("quarantined")).toArray()) {
            const QJsonObject o = v.toObject();
            const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
            QJsonObject fields;
            for (const Change& c : batch.changes)
                if (c.seq == seq)
                    fields = c.fieldsObject();
            for (const QVariant& b : QVariantList{seq, o.value(QStringLiteral("entity")).toString(),
                                                  o.value(QStringLiteral("row_id")).toString(),
                                                  o.value(QStringLiteral("field")).toString(),
                                                  o.value(QStringLiteral("reason")).toString(),
                                                  QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)),
                                                  nowText})
                qi.addBindValue(b);
            qi.exec();
            ++report.quarantined;
        }
        const QJsonArray conflicts = answer.value(QStringLiteral("conflicts")).toArray();
        QSqlQuery qc(m_store.db());
        qc.prepare(QStringLiteral("INSERT INTO sync_conflicts (server_id, entity, row_id, field, kept_value, kept_hlc,"
                                  " kept_device, lost_value, lost_hlc, lost_device, detected_at)"
                                  " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (server_id) DO NOTHING"));
        for (const QJsonValue& v : conflicts) {
            const QJsonObject o = v.toObject();
            for (const char* k : {"id", "entity", "row_id", "field", "kept_value"})
                qc.addBindValue(o.value(QLatin1String(k)).toString());
            qc.addBindValue(hlcFromJson(o.value(QStringLiteral("kept_hlc"))));
            qc.addBindValue(o.value(QStringLiteral("kept_device")).toString());
            qc.addBindValue(o.value(QStringLiteral("lost_value")).toString());
            qc.addBindValue(hlcFromJson(o.value(QStringLiteral("lost_hlc"))));
            qc.addBindValue(o.value(QStringLiteral("lost_device")).toString());
            qc.addBindValue(nowText);
            qc.exec();
            ++report.conflicts;
        }
        m_store.setMeta(key(state::pushedSeq), QString::number(acked));
        m_store.setMeta(key(state::clockSkewMs), QString::number(answer.value(QStringLiteral("clock_skew_ms")).toInteger()));
        if (!tx.commit()) {
            report.errorCode = QStringLiteral("store");
            report.error = tr("cannot record the server's acknowledgement");
            return false;
        }
        report.clockSkewMs = answer.value(QStringLiteral("clock_skew_ms")).toInteger();
        report.pushed += acked - pushedSeq;
        done += acked - pushedSeq;
        if (!shrunk) // success: grow
            batchSize = std::min(m_options.maxBatch, batchSize * 2);
        m_store.setMeta(key(state::batchSize), QString::number(batchSize));
        if (progress)
            progress(QStringLiteral("push"), done, total);
    }
    report.batchSize = batchSize;
    return true;
}

bool SyncClient::pull(HttpClient& http, SyncReport& report, const Progress& progress, const std::atomic_bool* cancel)
{
    int pageSize = std::max(1, std::min(m_options.pullPageSize, m_options.maxPullPageSize));
    for (;;) {
        if (cancel && *cancel) {
            report.errorCode = QStringLiteral("cancelled");
            report.error = tr("sync cancelled");
            return false;
        }
        const QString cursorBefore = m_store.meta(key(state::cursor));
        auto get = [&] {
            // Built per attempt: a retry after a timeout asks for the halved page.
            QUrl url = endpoint(QStringLiteral("pull"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("cursor"), cursorBefore);
            query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
            url.setQuery(query);
            return http.get(url, m_store.meta(key(state::token)), m_options.timeoutMs);
        };
        HttpResult r = send(get, report, [&] { pageSize = std::max(1, pageSize / 2); }, cancel);
        if (r.status != 200) {
            fail(report, r);
            return false;
        }
        QString malformed;
        const auto page = PullPage::parse(r.body, &malformed);
        if (!page) {
            report.errorCode = QStringLiteral("bad_response");
            report.error = tr("the server's pull answer is malformed: %1").arg(malformed);
            return false;
        }
        if (page->cursor.isEmpty()) {
            report.errorCode = QStringLiteral("bad_response");
            report.error = tr("the server's pull answer has no cursor");
            return false;
        }
        PullApplier applier(m_store);
        const ApplyResult applied = applier.apply(*page);
        if (!applied.ok) {
            report.errorCode = QStringLiteral("store");
            report.error = applied.error;
            return false;
        }
        report.pulled += applied.applied;
        report.keptPending += applied.keptPending;
        report.conflicts += applied.conflicts;
        if (progress)
            progress(QStringLiteral("pull"), report.pulled, -1);
        if (!page->more)
            return true;
        // A full page: fewer, bigger requests for the rest.
        pageSize = std::min(pageSize * 2, std::max(m_options.pullPageSize, m_options.maxPullPageSize));
    }
}

} // namespace hocvuso::sync
