// hocvuso: the commune office's desktop application (see ui/AppStartup).
#include "app/desktop/SyncBackendAdapter.h"
#include "core/kpi/KpiEngine.h"
#include "ui/AppStartup.h"

#include <QApplication>

int main(int argc, char** argv)
{
    // Crisp on 125 %/150 % laptop screens: fractional scale factors as they are.
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hocvuso"));
    QCoreApplication::setApplicationName(QStringLiteral("hocvuso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOCVUSO_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Bình dân học vụ số"));
    // The next start shows the dashboard without reading every table.
    hocvuso::kpi::KpiEngine::keepSavedCopies(true);
    return hocvuso::runDesktopApp(app, [](hocvuso::Store& store, QObject* parent) -> hocvuso::SyncBackend* {
        auto* backend = new hocvuso::SyncBackendAdapter(store, {}, parent);
        backend->enableAutoSync();
        return backend;
    });
}
