#include "ui/DemoLoader.h"

#include "core/demo/DemoCommune.h"
#include "core/store/Store.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/TaskProgressDialog.h"

#include <QCoreApplication>

namespace hocvuso {

bool loadDemoCommune(Store& store, QWidget* parent, QString* error, int residents)
{
    if (!store.hasCommune()) {
        StoreError storeError;
        if (!store.createCommune(QStringLiteral("99999"), QStringLiteral("Xã Bình Minh (demo)"), &storeError,
                                 QStringLiteral("01"), QStringLiteral("Hà Nội"))) {
            if (error)
                *error = storeError.displayText();
            return false;
        }
    }
    auto* task = BackgroundTask::start(store.path(), [residents](Store& worker, TaskControl& control, QString* failure) {
        DemoCommune::Options options;
        options.residents = residents;
        options.seed = 2025;
        options.progress = [&control](const QString& stage, int percent) {
            control.progress(percent, 100, QCoreApplication::translate("DemoLoader", "Creating the demo commune: %1")
                                               .arg(stage));
        };
        StoreError storeError;
        const auto counts = DemoCommune(worker).generate(options, &storeError);
        if (!counts)
            *failure = storeError.displayText();
        return QVariant(bool(counts));
    });
    return TaskProgressDialog::runToEnd(task, QCoreApplication::translate("DemoLoader", "Creating the demo commune..."),
                                        parent, true, error);
}

} // namespace hocvuso
