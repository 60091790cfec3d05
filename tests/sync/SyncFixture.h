#pragma once

// A real province server on a loopback port (in this process), its store on
// a temporary SQLite file, or on PostgreSQL (see serverDbForTests).
#include "TempStore.h"
#include "sync/client/SyncClient.h"
#include "sync/server/HttpTransport.h"
#include "sync/server/ServerStore.h"
#include "sync/server/SyncService.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace hocvuso::test {

// CTest runs this suite twice: on SQLite, and with HOCVUSO_TEST_BACKEND=postgresql
// against the database named by HOCVUSO_TEST_PG (packaging/test.sh starts it).
inline QString serverDbForTests(const QTemporaryDir& dir)
{
    if (qEnvironmentVariable("HOCVUSO_TEST_BACKEND") != QLatin1String("postgresql"))
        return dir.filePath(QStringLiteral("server.sqlite"));
    const QString pg = qEnvironmentVariable("HOCVUSO_TEST_PG");
    if (pg.isEmpty())
        FAIL("HOCVUSO_TEST_BACKEND=postgresql but HOCVUSO_TEST_PG (a postgresql:// URL) is not set");
    return pg;
}

class ServerFixture
{
public:
    static constexpr auto communeA = "26734";
    static constexpr auto communeB = "26737";

    explicit ServerFixture(sync::ServiceLimits limits = {})
    {
        QString error;
        m_db = serverDbForTests(m_dir);
        auto spec = sync::ServerDbSpec::parse(m_db, &error);
        REQUIRE(spec);
        m_store = sync::ServerStore::open(*spec, &error);
        INFO(error.toStdString());
        REQUIRE(m_store);
        REQUIRE(m_store->wipe(&error));
        REQUIRE(m_store->createProvince(QStringLiteral("79"), QStringLiteral("Thành phố Hồ Chí Minh"), &error));
        REQUIRE(m_store->addCommune(QString::fromLatin1(communeA), QStringLiteral("Phường Sài Gòn"), &error));
        REQUIRE(m_store->addCommune(QString::fromLatin1(communeB), QStringLiteral("Phường Tân Định"), &error));
        m_service = std::make_unique<sync::SyncService>(*m_store, limits);
        auto* service = m_service.get();
        m_transport = std::make_unique<sync::HttpTransport>(
            [service](const sync::HttpRequest& r) { return service->handle(r); }, limits.maxBodyBytes);
        m_port = m_transport->listen(QHostAddress::LocalHost, 0, {}, &error);
        REQUIRE(m_port != 0);
    }

    sync::ServerStore& store() { return *m_store; }
    // The --db argument of hocvuso-server for this server's database.
    const QString& db() const { return m_db; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl api(const QString& path) const { return QUrl(url() + QStringLiteral("/api/v1/") + path); }

    QString code(const char* commune = communeA)
    {
        QString error;
        auto c = m_store->createEnrollmentCode(QString::fromLatin1(commune), 3600 * 1000, &error);
        REQUIRE(c);
        return *c;
    }

    // A device store enrolled for `commune`.
    std::unique_ptr<TempStore> device(const char* commune = communeA)
    {
        auto t = std::make_unique<TempStore>(false);
        sync::SyncClient client(t->store());
        const auto r = client.enroll(QUrl(url()), code(commune), QStringLiteral("laptop"));
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        return t;
    }

    QString communeId(const char* code) { return m_store->commune(QString::fromLatin1(code))->id; }

    // A device enrolled straight on the server store (no laptop store):
    // for tests that write push batches by hand.
    struct EnrolledDevice
    {
        QString id;
        sync::DeviceInfo info;
        QString token;
    };
    EnrolledDevice enrolled(const QString& deviceId, const char* commune = communeA,
                            const QString& name = QStringLiteral("raw"))
    {
        const auto o = m_store->enroll(code(commune), deviceId, name);
        INFO(o.message.toStdString());
        REQUIRE_FALSE(o.error);
        EnrolledDevice d{deviceId, {}, o.body.value(QStringLiteral("token")).toString()};
        const auto info = m_store->deviceByToken(d.token);
        REQUIRE(info);
        d.info = *info;
        return d;
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<sync::ServerStore> m_store;
    std::unique_ptr<sync::SyncService> m_service;
    std::unique_ptr<sync::HttpTransport> m_transport;
    quint16 m_port = 0;
};

inline sync::SyncReport syncNow(Store& store, sync::SyncOptions options = {})
{
    sync::SyncClient client(store, options);
    return client.sync();
}

// A request with exactly the headers and body given (for protocol errors).
struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QString code() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

inline RawReply rawRequest(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.retryAfter = reply->rawHeader("Retry-After");
    delete reply;
    return r;
}

inline RawReply rawPost(const QUrl& url, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return rawRequest("POST", url, body, headers);
}

// A push body edited after it was written (a forged or an unusual client),
// with its checksum made to match the bytes as edited: the server then
// takes the path that trusts the received bytes.
inline QByteArray editedPushBody(QByteArray body, const std::function<void(QByteArray&)>& edit)
{
    const QByteArray oldSum = sync::rawJsonMember(body, "checksum").toByteArray();
    edit(body);
    const QByteArray newSum =
        '"' + QCryptographicHash::hash(sync::rawJsonMember(body, "changes"), QCryptographicHash::Sha256).toHex() + '"';
    REQUIRE(body.count(oldSum) == 1);
    body.replace(oldSum, newSum);
    return body;
}

inline QList<QPair<QByteArray, QByteArray>> protocolHeaders(const QString& token = {})
{
    QList<QPair<QByteArray, QByteArray>> h{{"X-Hocvuso-Protocol", "1"}, {"X-Hocvuso-Schema", "3"}, {"Content-Encoding", "zstd"}};
    if (!token.isEmpty())
        h.append({"Authorization", "Bearer " + token.toLatin1()});
    return h;
}

} // namespace hocvuso::test
