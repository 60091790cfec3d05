// hocvuso-server: the province server (serve) and its administration (admin).
#include "sync/server/ServerCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    // Only `admin report --format pdf` draws; it needs no display (offscreen).
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (hocvuso::sync::serverCommandNeedsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("hocvuso-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = hocvuso::sync::runServerCommand(app->arguments().mid(1), out, err);
    out.flush();
    err.flush();
    if (code >= 0)
        return code;
    return app->exec();
}
