// hocvuso-server: the province server (serve) and its administration (admin).
#include "sync/server/ServerCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hocvuso-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = hocvuso::sync::runServerCommand(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    if (code >= 0)
        return code;
    return app.exec();
}
