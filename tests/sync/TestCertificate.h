#pragma once

// A self-signed certificate for 127.0.0.1 made by the openssl CLI (TLS tests).
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace hocvuso::test {

// `name`.pem and `name`.key in `dir`.
inline void makeCertificate(const QTemporaryDir& dir, const QString& name)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(openssl.isEmpty());
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                      dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                      dir.filePath(name + QStringLiteral(".pem"))});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace hocvuso::test
