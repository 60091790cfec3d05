// What a commune officer reads: counts grouped as the rest of the UI groups
// numbers ("1.234"), columns named for what they show and store keys shown
// as labels, and a window that fits a small netbook screen.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/dialogs/SyncProblemsDialog.h"
#include "ui/models/ResidentTableModel.h"
#include "ui/pages/ResidentsPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

TEST_CASE("counts in the Vietnamese UI are grouped as its other numbers are (1.234)", "[widget][vietnamese-display]")
{
    TempStore temp;
    fillCommune(temp.store(), 1234);
    REQUIRE(installTranslations(QStringLiteral("vi")));
    {
        MainWindow window(temp.store());
        auto* residents = window.findPage<ResidentsPage>();
        REQUIRE(residents);
        window.showPage(1);
        REQUIRE(window.currentPage() == residents);
        residents->applyFilterNow();
        auto* count = residents->findChild<QLabel*>(QStringLiteral("residentCount"));
        REQUIRE(count);
        INFO(count->text().toStdString());
        CHECK(count->text() == QStringLiteral("1.234 người dân"));
        // The changes waiting to sync (every resident written here is one).
        auto* pending = window.findChild<QLabel*>(QStringLiteral("pendingLabel"));
        REQUIRE(pending);
        INFO(pending->text().toStdString());
        CHECK(pending->text().contains(QRegularExpression(QStringLiteral("^\\d{1,3}(\\.\\d{3})+ thay đổi chờ đồng bộ$"))));
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("the window fits a 1024-pixel netbook screen in Vietnamese", "[widget][vietnamese-display]")
{
    TempStore temp;
    fillCommune(temp.store(), 5);
    REQUIRE(installTranslations(QStringLiteral("vi")));
    {
        MainWindow window(temp.store());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // The stack's minimum is its widest page's, whichever page shows.
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        INFO("window minimum " << minimum.width() << "x" << minimum.height());
        CHECK(minimum.width() <= 1024);
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("the residents list names its date column for the full birth date it shows", "[widget][vietnamese-display]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    ResidentTableModel model(temp.store());
    CHECK(model.headerData(ResidentTableModel::Born, Qt::Horizontal).toString() == QStringLiteral("Birth date"));
}

TEST_CASE("sync problems name the field of a conflict, not its column key", "[widget][vietnamese-display]")
{
    SyncProblemsModel model;
    model.load({}, {{7, QStringLiteral("residents"), QStringLiteral("r1"), QStringLiteral("full_name"),
                     QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyen Van An"),
                     QStringLiteral("2026-03-14T08:15:00Z")}});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, SyncProblemsModel::FieldColumn).data().toString() == QStringLiteral("Full name"));
    CHECK(model.index(0, SyncProblemsModel::EntityColumn).data().toString() == QStringLiteral("Resident"));
}
