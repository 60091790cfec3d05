// High-DPI: the window must stay usable where commune laptops run it — a
// 1366×768 screen at 100 %, a 1920×1080 screen at 125 % (1536×864 logical
// pixels) or 150 % (1280×720). Qt lays out in logical pixels and scales
// fonts with them, so what can break is room: a window whose minimum size
// is larger than the screen, or text cut off because a widget got less space
// than its text needs. The ctest run of this file under QT_SCALE_FACTOR=1.5
// also checks that pages render at 1.5 device pixels per logical pixel.
#include "WidgetFixtures.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ReportsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// Every visible label, button or check box of `root` whose text needs more
// width than it got (word-wrapped labels wrap instead, and are skipped);
// `checked` counts the texts looked at.
QStringList clippedTexts(QWidget* root, int* checked = nullptr)
{
    QStringList clipped;
    auto check = [&](QWidget* w, const QString& text) {
        if (!w->isVisibleTo(root) || text.trimmed().isEmpty())
            return;
        if (checked)
            ++*checked;
        const int needed = w->minimumSizeHint().width();
        if (w->width() + 1 < needed)
            clipped << QStringLiteral("\"%1\" (%2): %3 px for %4 px").arg(text, w->metaObject()->className())
                           .arg(w->width())
                           .arg(needed);
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->wordWrap())
            check(label, label->text());
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (qobject_cast<QPushButton*>(button) || qobject_cast<QCheckBox*>(button) ||
            qobject_cast<QRadioButton*>(button))
            check(button, button->text());
    }
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        check(box, box->title());
    return clipped;
}

struct Screen
{
    const char* name;
    QSize logical;
};

} // namespace

TEST_CASE("every page fits a laptop screen at 100, 125 and 150 % scaling with no text cut off", "[widget][scaling]")
{
    TempStore temp;
    DemoCommune::Options options;
    options.residents = 600;
    options.seed = 7;
    StoreError error;
    REQUIRE(DemoCommune(temp.store()).generate(options, &error));
    REQUIRE(kpi::PlanCatalog::installTemplates(temp.store(), &error));
    REQUIRE(kpi::PlanCatalog::activate(temp.store(), QStringLiteral("001"), &error));

    // Vietnamese is the longer language, and the default.
    REQUIRE(installTranslations(QStringLiteral("vi")));
    const Screen screens[] = {{"1366x768 at 100 %", {1366, 768}},
                              {"1920x1080 at 125 %", {1536, 864}},
                              {"1920x1080 at 150 %", {1280, 720}}};
    {
        MainWindow window(temp.store());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (const Screen& screen : screens) {
            // Room for the title bar and the taskbar.
            const QSize available = screen.logical - QSize(0, 80);
            INFO(screen.name);
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            INFO("window minimum " << minimum.width() << "x" << minimum.height());
            CHECK(minimum.width() <= available.width());
            CHECK(minimum.height() <= available.height());
            window.resize(available);
            for (int i = 0; i < window.pageCount(); ++i) {
                window.showPage(i);
                if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(i)))
                    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isBusy(); }, 60000));
                QCoreApplication::processEvents();
                INFO("page " << window.page(i)->title().toStdString());
                int checked = 0;
                const QStringList clipped = clippedTexts(window.page(i), &checked);
                INFO(clipped.join(QStringLiteral("\n")).toStdString());
                CHECK(clipped.isEmpty());
                CHECK(checked > 0); // every page has texts to look at
            }
        }
        // The check can fail: a label held narrower than its text is reported.
        auto* squeezed = new QLabel(QStringLiteral("Số người dân đã được tập huấn kỹ năng số"), window.page(0));
        squeezed->setFixedWidth(60);
        squeezed->show();
        CHECK(clippedTexts(window.page(0)).size() == 1);
        delete squeezed;

        // The window's own frame: status bar and navigation.
        const QStringList clipped = clippedTexts(window.statusBar());
        INFO(clipped.join(QStringLiteral("\n")).toStdString());
        CHECK(clipped.isEmpty());

        // Rendered at the screen's scale (1.5 when ctest runs this under QT_SCALE_FACTOR=1.5).
        const qreal scale = qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR")
                                ? 1.0
                                : qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
        const QPixmap shot = window.grab();
        CHECK(shot.devicePixelRatio() == Approx(scale));
        CHECK(shot.width() == qRound(window.width() * scale));
    }
    installTranslations(QStringLiteral("en"));
}
