#include "ui/AppStartup.h"

#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/DemoLoader.h"
#include "ui/MainWindow.h"
#include "ui/StoreBackup.h"
#include "ui/Translations.h"
#include "ui/dialogs/FirstRunDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace hocvuso {

int runDesktopApp(QApplication& app)
{
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
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : AppSettings::defaultStorePath();
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
    window.show();
    return app.exec();
}

} // namespace hocvuso
