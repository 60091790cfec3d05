// TLS end to end: hocvuso's server with a real self-signed certificate made
// by the openssl CLI, and the client trusting it through a CA file or a
// pinned SHA-256, refusing a wrong pin, a wrong CA and no trust at all.
#include "SyncFixture.h"
#include "TestCertificate.h"

#include "core/store/Store.h"
#include "sync/client/SyncClient.h"
#include "sync/client/SyncState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QString sha256Of(const QString& pemFile)
{
    const auto certs = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    REQUIRE(certs.size() == 1);
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

// The province server over HTTPS on a loopback port.
class TlsServer
{
public:
    explicit TlsServer(const QTemporaryDir& certs)
    {
        QString error;
        auto spec = sync::ServerDbSpec::parse(serverDbForTests(m_dir), &error);
        REQUIRE(spec);
        m_store = sync::ServerStore::open(*spec, &error);
        INFO(error.toStdString());
        REQUIRE(m_store);
        REQUIRE(m_store->wipe(&error));
        REQUIRE(m_store->createProvince(QStringLiteral("79"), QStringLiteral("Thành phố Hồ Chí Minh"), &error));
        REQUIRE(m_store->addCommune(QStringLiteral("26734"), QStringLiteral("Phường Sài Gòn"), &error));
        m_service = std::make_unique<sync::SyncService>(*m_store);
        auto* service = m_service.get();
        m_transport = std::make_unique<sync::HttpTransport>(
            [service](const sync::HttpRequest& r) { return service->handle(r); }, m_service->limits().maxBodyBytes);
        m_port = m_transport->listen(QHostAddress::LocalHost, 0,
                                     {certs.filePath(QStringLiteral("server.pem")), certs.filePath(QStringLiteral("server.key"))},
                                     &error);
        INFO(error.toStdString());
        REQUIRE(m_port != 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    QString code()
    {
        QString error;
        auto c = m_store->createEnrollmentCode(QStringLiteral("26734"), 3600 * 1000, &error);
        REQUIRE(c);
        return *c;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sync::ServerStore> m_store;
    std::unique_ptr<sync::SyncService> m_service;
    std::unique_ptr<sync::HttpTransport> m_transport;
    quint16 m_port = 0;
};

} // namespace

TEST_CASE("TLS: a CA file or a pinned certificate is trusted, a wrong pin, a wrong CA or none is refused",
          "[sync][tls]")
{
    if (!QSslSocket::supportsSsl())
        FAIL("this Qt has no TLS backend");
    QTemporaryDir certs;
    makeCertificate(certs, QStringLiteral("server"));
    makeCertificate(certs, QStringLiteral("other")); // a CA that did not sign the server's certificate
    TlsServer server(certs);

    SECTION("the CA file")
    {
        TempStore device(false);
        sync::SyncClient client(device.store());
        const auto r = client.enroll(server.url(), server.code(), QStringLiteral("laptop"),
                                     {certs.filePath(QStringLiteral("server.pem")), {}});
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        // The trust is kept for every later sync.
        const auto report = syncNow(device.store());
        INFO(report.error.toStdString());
        CHECK(report.ok);
    }
    SECTION("the pinned certificate, written with colons and upper case")
    {
        QString pin = sha256Of(certs.filePath(QStringLiteral("server.pem"))).toUpper();
        for (int i = pin.size() - 2; i > 0; i -= 2)
            pin.insert(i, QLatin1Char(':'));
        TempStore device(false);
        sync::SyncClient client(device.store());
        const auto r = client.enroll(server.url(), server.code(), QStringLiteral("laptop"), {{}, pin});
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        CHECK(syncNow(device.store()).ok);
    }
    SECTION("a wrong pin")
    {
        TempStore device(false);
        sync::SyncClient client(device.store());
        const auto r = client.enroll(server.url(), server.code(), QStringLiteral("laptop"),
                                     {{}, sha256Of(certs.filePath(QStringLiteral("other.pem")))});
        CHECK_FALSE(r.ok);
        CHECK(r.error.contains(QStringLiteral("pinned")));
        CHECK(device.store().meta(QString::fromLatin1(sync::state::token)).isEmpty());
    }
    SECTION("a CA that did not sign the server's certificate")
    {
        TempStore device(false);
        sync::SyncClient client(device.store());
        const auto r = client.enroll(server.url(), server.code(), QStringLiteral("laptop"),
                                     {certs.filePath(QStringLiteral("other.pem")), {}});
        CHECK_FALSE(r.ok);
        CHECK(device.store().meta(QString::fromLatin1(sync::state::token)).isEmpty());
    }
    SECTION("the system CAs only")
    {
        TempStore device(false);
        sync::SyncClient client(device.store());
        const auto r = client.enroll(server.url(), server.code(), QStringLiteral("laptop"));
        CHECK_FALSE(r.ok);
        CHECK(device.store().meta(QString::fromLatin1(sync::state::token)).isEmpty());
    }
}
