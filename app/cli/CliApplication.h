#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace hocvuso::cli {

// Most commands run on a QCoreApplication (a server has no display); a
// command that draws (a PDF report needs fonts and QPainter) registers a
// predicate on its own arguments, and then main() gets a QGuiApplication on
// the offscreen platform instead.
struct GuiNeedRegistration
{
    GuiNeedRegistration(const QString& command, std::function<bool(const QStringList& args)> needsGui);
};

// Constructs the application object for this command line.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

} // namespace hocvuso::cli
