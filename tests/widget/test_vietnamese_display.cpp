// What a commune officer reads: counts grouped as the rest of the UI groups
// numbers ("1.234"), columns named for what they show and store keys shown
// as labels, and a window that fits a small netbook screen.
#include "WidgetFixtures.h"

#include "core/demo/DemoCommune.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/dialogs/SyncProblemsDialog.h"
#include "ui/models/ResidentTableModel.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/ResidentsPage.h"

#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
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

TEST_CASE("the class list shows date, title, format and attendance count without scrolling at 1366 and 1024 px",
          "[widget][vietnamese-display]")
{
    TempStore temp;
    DemoCommune::Options options;
    options.residents = 400;
    options.seed = 3;
    StoreError error;
    REQUIRE(DemoCommune(temp.store()).generate(options, &error));
    REQUIRE(installTranslations(QStringLiteral("vi")));
    {
        MainWindow window(temp.store());
        auto* page = window.findPage<ClassesPage>();
        REQUIRE(page);
        for (int i = 0; i < window.pageCount(); ++i)
            if (window.page(i) == page)
                window.showPage(i);
        REQUIRE(window.currentPage() == page);
        auto* view = page->findChild<QTableView*>(QStringLiteral("classesView"));
        REQUIRE(view);
        REQUIRE(view->model()->rowCount() > 0);
        // A class selected: the attendance sheet beside the list is filled.
        view->setCurrentIndex(view->model()->index(0, 0));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Screens less the title bar and the taskbar.
        for (const QSize screen : {QSize(1366, 768 - 80), QSize(1024, 600 - 60)}) {
            INFO("screen " << screen.width() << "x" << screen.height());
            window.resize(screen);
            QCoreApplication::processEvents();
            QTest::qWait(50);
            const int viewport = view->viewport()->width();
            INFO("list viewport " << viewport << " px");
            const int count = view->model()->columnCount() - 1; // "Tham dự": the attendance count
            const int countRight = view->columnViewportPosition(count) + view->columnWidth(count);
            CHECK(view->columnViewportPosition(count) >= 0);
            CHECK(countRight <= viewport);
            // The count column is as wide as its header needs ("Tham dự" whole).
            CHECK(view->columnWidth(count) >= view->horizontalHeader()->sectionSizeHint(count));
            CHECK(view->columnWidth(0) >= view->horizontalHeader()->sectionSizeHint(0)); // the date whole
            CHECK(view->columnWidth(3) >= static_cast<QAbstractItemView*>(view)->sizeHintForColumn(3));                   // the format whole
            CHECK(view->columnWidth(1) >= 100);                                            // room for a title
            CHECK_FALSE(view->horizontalScrollBar()->isVisible());
        }
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("sync problems show conflicting values and refusals as a person reads them", "[widget][vietnamese-display]")
{
    TempStore temp;
    StoreError error;
    const auto hamlet = temp->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Nam")}}, &error);
    REQUIRE(hamlet);
    REQUIRE(installTranslations(QStringLiteral("vi")));
    {
        SyncProblemsModel model;
        model.setStore(&temp.store());
        auto conflict = [](qint64 id, const char* entity, const char* field, const QString& kept, const QString& lost) {
            return SyncConflictItem{id, QString::fromLatin1(entity), QStringLiteral("r%1").arg(id), QString::fromLatin1(field),
                                    kept, lost, QStringLiteral("2026-03-14T08:15:00Z")};
        };
        model.load({{1, QStringLiteral("residents"), QStringLiteral("r9"), QStringLiteral("must be a date YYYY-MM-DD"),
                     QStringLiteral("2026-03-14T08:15:00Z"), QStringLiteral("birth_date")},
                    {2, QStringLiteral("residents"), QStringLiteral("r8"), QStringLiteral("a reason the app does not know"),
                     QStringLiteral("2026-03-14T08:15:00Z"), QString()}},
                   {conflict(3, "residents", "has_smartphone", QStringLiteral("1"), QStringLiteral("0")),
                    conflict(4, "classes", "format", QStringLiteral("in_class"), QStringLiteral("online")),
                    conflict(5, "mentor_pairs", "status", QStringLiteral("active"), QStringLiteral("completed")),
                    conflict(6, "visits", "visited_on", QStringLiteral("2026-03-14"), QStringLiteral("2026-03-01")),
                    conflict(7, "residents", "hamlet_id", *hamlet, QStringLiteral("gone")),
                    conflict(8, "classes", "target_group", QStringLiteral("elderly"), QString())});
        REQUIRE(model.rowCount() == 8);
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // The refusal names the field and says why in Vietnamese; an unknown reason stays as sent.
        CHECK(cell(0, SyncProblemsModel::FieldColumn) == QStringLiteral("Ngày sinh"));
        CHECK(cell(0, SyncProblemsModel::DetailColumn) == QStringLiteral("phải là ngày hợp lệ"));
        CHECK(cell(1, SyncProblemsModel::DetailColumn) == QStringLiteral("a reason the app does not know"));
        CHECK(cell(2, SyncProblemsModel::FieldColumn) == QStringLiteral("Có điện thoại thông minh"));
        CHECK(cell(2, SyncProblemsModel::DetailColumn) == QStringLiteral("giữ \"Có\", thay cho \"Không\""));
        CHECK(cell(3, SyncProblemsModel::FieldColumn) == QStringLiteral("Hình thức"));
        CHECK(cell(3, SyncProblemsModel::DetailColumn) == QStringLiteral("giữ \"Tại lớp\", thay cho \"Trực tuyến\""));
        CHECK(cell(4, SyncProblemsModel::DetailColumn) == QStringLiteral("giữ \"Đang kèm cặp\", thay cho \"Hoàn thành\""));
        CHECK(cell(5, SyncProblemsModel::DetailColumn) == QStringLiteral("giữ \"14/03/2026\", thay cho \"01/03/2026\""));
        CHECK(cell(6, SyncProblemsModel::FieldColumn) == QStringLiteral("Thôn/Tổ"));
        CHECK(cell(6, SyncProblemsModel::DetailColumn) == QStringLiteral("giữ \"Thôn Nam\", thay cho \"gone\""));
        CHECK(cell(7, SyncProblemsModel::DetailColumn).startsWith(QStringLiteral("giữ \"Người cao tuổi")));
        for (int row = 0; row < model.rowCount(); ++row) {
            INFO(row);
            CHECK_FALSE(cell(row, SyncProblemsModel::FieldColumn).contains(QLatin1Char('_')));
        }
    }
    {
        // The server's length rule, its number written as the interface writes numbers.
        SyncProblemsModel model;
        model.load({{1, QStringLiteral("residents"), QStringLiteral("r9"), QStringLiteral("is longer than 20000 characters"),
                     QStringLiteral("2026-03-14T08:15:00Z"), QStringLiteral("notes")}},
                   {});
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0, SyncProblemsModel::DetailColumn).data().toString() == QStringLiteral("dài quá 20.000 ký tự"));
    }
    installTranslations(QStringLiteral("en"));
}
