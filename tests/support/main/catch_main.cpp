// The Catch2 main of every test binary. Builds the Qt application object the
// tests need (a QApplication where widgets are linked) and makes sure it can
// run headless even when ctest's discovery runs the binary without the test
// environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#if __has_include(<QApplication>) && defined(HOCVUSO_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(HOCVUSO_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication; // fonts and QPainter (PDF), no widgets
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data folders of this process alone: ctest runs test
    // binaries side by side and tests change settings (the language, the
    // chosen store file), which raced between them; and a developer's own
    // settings and default store are never touched by a test run.
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    }
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
