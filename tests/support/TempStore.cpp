#include "TempStore.h"

#include <QFile>
#include <QProcess>

#include <stdexcept>

namespace hocvuso::test {

TempStore::TempStore(bool withCommune)
{
    reopen();
    if (withCommune) {
        StoreError error;
        if (!m_store->createCommune(QStringLiteral("26734"), QStringLiteral("Xã Thử Nghiệm"), &error,
                                    QStringLiteral("01"), QStringLiteral("Hà Nội")))
            throw std::runtime_error(error.text().toStdString());
    }
}

void TempStore::reopen()
{
    m_store.reset();
    QString error;
    m_store = Store::open(path(), &error);
    if (!m_store)
        throw std::runtime_error(error.toStdString());
}

ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(30000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList& args)
{
    return runProgram(QStringLiteral(HOCVUSO_CLI_PATH), args);
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(HOCVUSO_SOURCE_DIR "/") + relative;
}

QString writeFile(const TempStore& t, const QString& name, const QByteArray& bytes)
{
    const QString path = t.dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

} // namespace hocvuso::test
