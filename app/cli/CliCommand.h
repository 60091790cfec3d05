#pragma once

#include <QCommandLineParser>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hocvuso {
class Store;
}

namespace hocvuso::cli {

// What a command prints: human text, or with --json one JSON object.
struct CliContext
{
    QString dbPath;
    bool json = false;
    QStringList args;          // the command's own arguments (after its name)
    QCommandLineParser* parser; // global options (--db, --json) already parsed

    // Opens (and migrates) the store named by --db. Only commands that make
    // a store (init, demo, enroll) create a missing file: for the others a
    // mistyped path is an error, not a new empty store.
    std::unique_ptr<Store> openStore(QString* error, bool createIfMissing = false) const;
};

// The outcome of a command: exit code 0 with a result, or non-zero with a
// one-line reason that main() prints on stderr (and in JSON as "error").
struct CliResult
{
    int exitCode = 0;
    QString error;
    QJsonObject json;   // printed with --json
    QString text;       // printed otherwise
    static CliResult ok(QJsonObject json, QString text) { return {0, {}, std::move(json), std::move(text)}; }
    static CliResult fail(int code, QString reason) { return {code, std::move(reason), {}, {}}; }
};

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitStore = 3, ExitInput = 4, ExitNetwork = 5, ExitRefused = 6 };

struct CliCommand
{
    QString name;
    QString summary; // one line for --help
    QString usage;   // e.g. "import <list> FILE [--only-valid] [--dry-run]"
    bool needsStore = true;
    std::function<CliResult(CliContext&)> run;
};

// Commands register themselves from their own source file with a static
// CliRegistration, so adding one touches no central list.
class CliRegistry
{
public:
    static QList<CliCommand>& commands();
    static const CliCommand* find(const QString& name);
};

struct CliRegistration
{
    explicit CliRegistration(CliCommand command) { CliRegistry::commands().append(std::move(command)); }
};

// Parses a command's own options (e.g. --only-valid, --format pdf) from ctx.args.
class CommandOptions
{
public:
    CommandOptions(const QStringList& args, const QStringList& flags, const QStringList& valued);
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString& name) const { return m_values.contains(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace hocvuso::cli
