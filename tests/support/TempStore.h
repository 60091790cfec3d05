#pragma once

#include "core/store/Store.h"

#include <QTemporaryDir>

#include <memory>

namespace hocvuso::test {

// A real store file in a fresh temporary folder, removed afterwards.
class TempStore
{
public:
    explicit TempStore(bool withCommune = true);
    Store& store() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Reopens the file (as after a restart).
    void reopen();
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

// Runs a program and collects its output.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs = 600000);
ProcessResult runCli(const QStringList& args);

QString sourcePath(const QString& relative);

// Writes `bytes` to a file `name` in the store's folder; returns its path.
QString writeFile(const TempStore& t, const QString& name, const QByteArray& bytes);

} // namespace hocvuso::test
