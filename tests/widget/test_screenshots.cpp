// Renders every page of the window over the demo commune (Vietnamese UI)
// into <build>/screenshots/, or into $HOCVUSO_SCREENSHOT_DIR: the README's
// pictures are refreshed with HOCVUSO_SCREENSHOT_DIR=docs/screenshots, on
// purpose, never as a side effect of running the tests.
#include "WidgetFixtures.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/HouseholdsPage.h"
#include "ui/pages/VisitsPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/widgets/AttendanceSheet.h"
#include "ui/widgets/SearchPicker.h"
#include "ui/widgets/VisitForm.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
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

    // The overview and the report show targets: plan 001 is the active one.
    REQUIRE(kpi::PlanCatalog::installTemplates(temp.store(), &error));
    REQUIRE(kpi::PlanCatalog::activate(temp.store(), QStringLiteral("001"), &error));

    REQUIRE(installTranslations(QStringLiteral("vi")));
    const QString dir = qEnvironmentVariableIsEmpty("HOCVUSO_SCREENSHOT_DIR")
                            ? QStringLiteral(HOCVUSO_BINARY_DIR "/screenshots")
                            : qEnvironmentVariable("HOCVUSO_SCREENSHOT_DIR");
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
            if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(i))) {
                for (int waited = 0; dashboard->isBusy() && waited < 60000; waited += 50)
                    QTest::qWait(50);
                dashboard->selectIndicator(QStringLiteral("adult_basic_skills"));
            }
            if (auto* reports = qobject_cast<ReportsPage*>(window.page(i))) {
                reports->buildReport();
                for (int waited = 0; reports->isBuilding() && waited < 120000; waited += 50)
                    QTest::qWait(50);
                CHECK(reports->reportData());
                QTest::qWait(200); // the preview draws its pages
            }
            if (auto* visits = qobject_cast<VisitsPage*>(window.page(i))) {
                // A household found by a member's name, picked: the form as it is filled in.
                QTest::keyClicks(visits->form()->householdPicker()->input(), QStringLiteral("nguyen van"));
                visits->form()->householdPicker()->pickCurrent();
            }
            QCoreApplication::processEvents();
            const QImage image = window.grab().toImage();
            CHECK(image.width() >= 1280);
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir).arg(i + 1).arg(names[i]);
            CHECK(image.save(file));
        }
    }
    {
        // File ▸ Import after the check of a file with one bad row.
        const QString csv = QDir(temp.dir()).filePath(QStringLiteral("nguoi-dan.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("\uFEFFHọ và tên,Ngày sinh,Giới tính,Số CCCD,Thôn/Tổ dân phố\r\n"
                                  "Lê Thị Hoa,01/02/1980,Nữ,,Thôn Đông\r\n"
                                  "Phan Văn Hùng,31/02/1975,Nam,,Thôn Đông\r\n"
                                  "Võ Thị Mai,05/05/1992,Nữ,12345,Thôn Tây\r\n"
                                  "Đặng Văn Tú,12/12/1988,Nam,,Thôn Nam\r\n")
                       .toUtf8());
        file.close();
        ImportDialog dialog(temp.store());
        dialog.setList(QStringLiteral("residents"));
        dialog.setFile(csv);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.check();
        REQUIRE(checked.wait(30000));
        QCoreApplication::processEvents();
        CHECK(dialog.grab().toImage().save(QStringLiteral("%1/9-import.png").arg(dir)));
    }
    installTranslations(QStringLiteral("en"));
}
