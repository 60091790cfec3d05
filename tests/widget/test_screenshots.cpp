// Renders every page of the window over the demo commune into
// docs/screenshots/ (Vietnamese UI), for the README.
#include "WidgetFixtures.h"

#include "core/demo/DemoCommune.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/HouseholdsPage.h"
#include "ui/widgets/AttendanceSheet.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

TEST_CASE("every page renders over the demo commune (screenshots for the README)", "[widget][screenshots]")
{
    TempStore temp;
    DemoCommune::Options options;
    options.residents = 3000;
    options.seed = 2025;
    StoreError error;
    const auto counts = DemoCommune(temp.store()).generate(options, &error);
    INFO(error.text().toStdString());
    REQUIRE(counts);

    REQUIRE(installTranslations(QStringLiteral("vi")));
    const QString dir = sourcePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    {
        MainWindow window(temp.store());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QStringList names = {"overview", "residents", "households", "classes",
                                   "mentors",  "visits",    "reports",    "settings"};
        REQUIRE(window.pageCount() == names.size());
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            if (auto* households = qobject_cast<HouseholdsPage*>(window.page(i))) {
                auto* view = households->findChild<QTableView*>(QStringLiteral("householdsView"));
                view->selectRow(0);
            }
            if (auto* classes = qobject_cast<ClassesPage*>(window.page(i))) {
                auto* view = classes->findChild<QTableView*>(QStringLiteral("classesView"));
                view->selectRow(0);
                QTest::keyClicks(classes->sheet()->input(), QStringLiteral("nguyen"));
            }
            QCoreApplication::processEvents();
            const QImage image = window.grab().toImage();
            CHECK(image.width() >= 1280);
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(i + 1).arg(names[i]);
            CHECK(image.save(file));
        }
    }
    installTranslations(QStringLiteral("en"));
}
