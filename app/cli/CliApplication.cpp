#include "CliApplication.h"

#include <QGuiApplication>
#include <QHash>

namespace hocvuso::cli {

namespace {
QHash<QString, std::function<bool(const QStringList&)>>& predicates()
{
    static QHash<QString, std::function<bool(const QStringList&)>> table;
    return table;
}
} // namespace

GuiNeedRegistration::GuiNeedRegistration(const QString& command, std::function<bool(const QStringList&)> needsGui)
{
    predicates().insert(command, std::move(needsGui));
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    // The same split as main(): global options, then the command and its arguments.
    QStringList rest;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (!rest.isEmpty())
            rest << a;
        else if (a == QLatin1String("--db"))
            ++i;
        else if (!a.startsWith(QLatin1String("--")))
            rest << a;
    }
    rest.removeAll(QStringLiteral("--json")); // main() accepts it after the command too
    const auto it = rest.isEmpty() ? predicates().constEnd() : predicates().constFind(rest.first());
    if (it != predicates().constEnd() && (*it)(rest.mid(1))) {
        // Drawing a file needs no screen: never try to reach a display server.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace hocvuso::cli
