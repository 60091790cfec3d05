#include "ui/AppStartup.h"

#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/DemoLoader.h"
#include "ui/MainWindow.h"
#include "ui/SearchKeyWarmup.h"
#include "ui/StoreBackup.h"
#include "ui/Translations.h"
#include "ui/dialogs/FirstRunDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <time.h>

#include <cstdio>

namespace hocvuso {

namespace {
// Peak resident memory of this process in kB (Linux; 0 elsewhere).
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
// The file chosen in Settings ("Move data to another folder"), else the
// default one. A chosen file that is gone (a removed drive) is not created
// afresh: the user is told and the default file opens.
QString storePathToOpen()
{
    const QString chosen = AppSettings::chosenStorePath();
    if (chosen.isEmpty())
        return AppSettings::defaultStorePath();
    if (QFileInfo::exists(chosen))
        return chosen;
    QMessageBox::warning(nullptr, QCoreApplication::translate("AppStartup", "Data folder"),
                         QCoreApplication::translate("AppStartup", "The data file %1 chosen in Settings is missing "
                                                                   "(is its drive connected?). The default data file %2 "
                                                                   "opens instead.")
                             .arg(chosen, AppSettings::defaultStorePath()));
    return AppSettings::defaultStorePath();
}
} // namespace

int runDesktopApp(QApplication& app, const SyncBackendFactory& makeSyncBackend)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    installTranslations(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AppStartup", "Digital Literacy for All: commune office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("AppStartup", "Open this store file instead of the default one."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("AppStartup", "Load the demo commune if the store is empty."));
    // For the UI benchmark: print when the window first turns interactive, then quit.
    const QCommandLineOption measureOption(QStringLiteral("measure-startup"),
                                           QCoreApplication::translate("AppStartup", "Print the start-up time and peak memory once the window is ready, then quit."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(measureOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : storePathToOpen();
    QString error;
    if (!StoreBackup::applyPendingRestore(path, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("AppStartup", "Restore failed"), error);
        return 1;
    }
    auto store = Store::open(path, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("AppStartup", "Cannot open the data"),
                              QCoreApplication::translate("AppStartup", "The data file %1 cannot be opened: %2")
                                  .arg(path, error));
        return 1;
    }
    if (!store->hasCommune()) {
        if (parser.isSet(demoOption)) {
            if (!loadDemoCommune(*store, nullptr, &error)) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("AppStartup", "Demo"),
                                      QCoreApplication::translate("AppStartup", "The demo could not be loaded: %1")
                                          .arg(error));
                if (!store->hasCommune())
                    return 1;
            }
        } else {
            FirstRunDialog firstRun(*store);
            if (firstRun.exec() != QDialog::Accepted || !store->hasCommune())
                return 0;
        }
    }
    MainWindow window(*store);
    if (makeSyncBackend)
        window.setSyncBackend(makeSyncBackend(*store, &window));
    window.show();
    if (parser.isSet(measureOption)) {
        // A zero timer runs on the first event-loop pass after show: the window answers input from here on.
        QTimer::singleShot(0, &app, [&app, &sinceStart, &window] {
            // The GUI thread's own CPU time: what the window cost, whatever else the machine ran.
            timespec cpu{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            fprintf(stdout, "startup-gui-cpu-ms %lld\nstartup-ready-ms %lld\n",
                    static_cast<long long>(cpu.tv_sec * 1000 + cpu.tv_nsec / 1000000),
                    static_cast<long long>(sinceStart.elapsed()));
            fflush(stdout);
            // Peak memory once the search keys are loaded too: what a working window holds.
            auto report = [&app, &sinceStart] {
                fprintf(stdout, "search-keys-ready-ms %lld\npeak-rss-kb %lld\n",
                        static_cast<long long>(sinceStart.elapsed()), static_cast<long long>(peakRssKb()));
                fflush(stdout);
                app.quit();
            };
            SearchKeyWarmup* warmup = window.searchKeyWarmup();
            if (warmup->isReady())
                report();
            else
                QObject::connect(warmup, &SearchKeyWarmup::ready, &app, report);
        });
    }
    return app.exec();
}

} // namespace hocvuso
