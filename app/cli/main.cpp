// hocvuso-cli: operators' and tests' entry to the local store.
//   hocvuso-cli --db FILE [--json] <command> [arguments]
#include "CliApplication.h"
#include "CliCommand.h"

#include "core/kpi/KpiEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace hocvuso::cli;

namespace {

QString helpText()
{
    QString text = QStringLiteral("Usage: hocvuso-cli --db FILE [--json] <command> [arguments]\n\nCommands:\n");
    for (const CliCommand& c : CliRegistry::commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.usage.isEmpty() ? c.name : c.usage, c.summary);
    return text;
}

int finish(const CliResult& r, bool json)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (r.exitCode != 0) {
        // One line on stderr, whatever the output mode.
        err << "hocvuso-cli: " << QString(r.error).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        if (json) {
            QJsonObject o = r.json;
            o.insert(QStringLiteral("ok"), false);
            o.insert(QStringLiteral("error"), r.error);
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        }
        return r.exitCode;
    }
    if (json) {
        QJsonObject o = r.json;
        o.insert(QStringLiteral("ok"), true);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (!r.text.isEmpty()) {
        out << r.text << (r.text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // A QGuiApplication only for commands that draw (PDF reports), see CliApplication.h.
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("hocvuso-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOCVUSO_VERSION));

    // Global options come before the command; everything after it is the command's.
    QStringList all = app.arguments();
    QStringList global{all.value(0)};
    QStringList rest;
    for (int i = 1; i < all.size(); ++i) {
        const QString& a = all[i];
        if (!rest.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("--db") && i + 1 < all.size()) {
            global << a << all[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            global << a;
        } else {
            rest << a;
        }
    }
    // --json may also follow the command, as operators tend to type it.
    bool json = rest.removeAll(QStringLiteral("--json")) > 0;

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The store file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")});
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(global)) {
        return finish(CliResult::fail(ExitUsage, parser.errorText()), json);
    }
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty() || rest.first() == QLatin1String("help")) {
        QTextStream(stdout) << helpText();
        return rest.isEmpty() && !parser.isSet(QStringLiteral("help")) ? ExitUsage : ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << HOCVUSO_VERSION << '\n';
        return ExitOk;
    }
    json = json || parser.isSet(QStringLiteral("json"));

    const CliCommand* command = CliRegistry::find(rest.first());
    if (!command)
        return finish(CliResult::fail(ExitUsage, QStringLiteral("unknown command '%1' (see --help)").arg(rest.first())),
                      json);
    // As the desktop app: the next command on this store skips reading every table.
    hocvuso::kpi::KpiEngine::keepSavedCopies(true);
    CliContext ctx{parser.value(QStringLiteral("db")), json, rest.mid(1), &parser};
    if (command->needsStore && ctx.dbPath.isEmpty())
        return finish(CliResult::fail(ExitUsage, QStringLiteral("--db FILE is required for '%1'").arg(command->name)),
                      json);
    return finish(command->run(ctx), json);
}
