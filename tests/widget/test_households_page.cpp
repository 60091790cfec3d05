// Hộ gia đình: registering and editing a household from the page.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/dialogs/HouseholdDialog.h"
#include "ui/models/HouseholdTableModel.h"
#include "ui/pages/HouseholdsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
qint64 households(Store& store, const QString& where = QStringLiteral("1"))
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0 AND ") + where));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("a family moving in is registered from the households page, bad forms are refused", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    const qint64 before = households(temp.store());
    HouseholdsPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    bool refusedShown = false;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<HouseholdDialog*>(modal);
        REQUIRE(dialog);
        auto* hamlet = dialog->findChild<QComboBox*>(QStringLiteral("householdHamlet"));
        auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("householdCode"));
        auto* head = dialog->findChild<QLineEdit*>(QStringLiteral("householdHead"));
        auto* poor = dialog->findChild<QCheckBox*>(QStringLiteral("householdPoor"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("householdError"));
        REQUIRE((hamlet && code && head && poor && error));
        hamlet->setCurrentIndex(hamlet->findData(c.hamlet2));
        // Neither a code nor a head: refused, nothing written.
        CHECK_FALSE(dialog->trySave());
        refusedShown = error->isVisible() && !error->text().isEmpty();
        QTest::keyClicks(code, QStringLiteral("HGD-0777"));
        typeText(head, QStringLiteral("Phạm Thị Thu"));
        poor->setChecked(true);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier); // saves and closes
    });
    page.createNew(); // what the window's Ctrl+N runs on this page
    CHECK(refusedShown);
    CHECK(households(temp.store()) == before + 1);
    CHECK(households(temp.store(), QStringLiteral("code = 'HGD-0777' AND head_name = 'Phạm Thị Thu' AND poor = 1 AND "
                                                  "hamlet_id = '%1'")
                                       .arg(c.hamlet2)) == 1);
    CHECK(page.model()->totalCount() == before + 1);

    // The same code again in that hamlet is refused, naming it.
    HouseholdDialog again(temp.store(), {});
    auto* hamlet = again.findChild<QComboBox*>(QStringLiteral("householdHamlet"));
    hamlet->setCurrentIndex(hamlet->findData(c.hamlet2));
    again.findChild<QLineEdit*>(QStringLiteral("householdCode"))->setText(QStringLiteral("HGD-0777"));
    CHECK_FALSE(again.trySave());
    CHECK(again.findChild<QLabel*>(QStringLiteral("householdError"))->text().contains(QStringLiteral("HGD-0777")));
    CHECK(households(temp.store()) == before + 1);
}

TEST_CASE("Enter on a household opens its form, an edit is saved and logged", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    HouseholdsPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<QTableView*>(QStringLiteral("householdsView"));
    REQUIRE(view);
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i)
        if (page.model()->idAt(i) == c.household1)
            row = i;
    REQUIRE(row >= 0);
    view->setFocus();
    view->setCurrentIndex(page.model()->index(row, 0));
    const qint64 logBefore = temp->changeLogCount();
    onNextModal([&](QWidget* modal) {
        auto* address = modal->findChild<QLineEdit*>(QStringLiteral("householdAddress"));
        REQUIRE(address);
        address->setText(QStringLiteral("Số 12, đường Trần Phú"));
        QTest::keyClick(modal, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::keyClick(view, Qt::Key_Return);
    const auto stored = temp->get(QStringLiteral("households"), c.household1);
    REQUIRE(stored);
    CHECK(stored->value(QStringLiteral("address")).toString() == QStringLiteral("Số 12, đường Trần Phú"));
    CHECK(temp->changeLogCount() == logBefore + 1);
}

TEST_CASE("the households list reads chunks in code order as it scrolls and a reload keeps them", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 4);
    const int extra = 2 * HouseholdTableModel::kChunk + 50;
    {
        StoreTransaction tx(temp.store());
        StoreError error;
        for (int i = 0; i < extra; ++i)
            REQUIRE(temp.store().insert(QStringLiteral("households"),
                                        {{"hamlet_id", i % 3 ? c.hamlet1 : c.hamlet2},
                                         {"code", QStringLiteral("HGD-%1").arg(i + 2, 4, 10, QLatin1Char('0'))},
                                         {"head_name", QStringLiteral("Chủ hộ %1").arg(i)}},
                                        &error));
        REQUIRE(tx.commit());
    }
    const int total = extra + 1;
    HouseholdTableModel model(temp.store());
    QSignalSpy totals(&model, &HouseholdTableModel::totalChanged);
    CHECK(model.totalCount() == total);
    // One chunk, and one more each time the view asks, until the last one.
    REQUIRE(model.rowCount() == HouseholdTableModel::kChunk);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(model.rowCount() == 2 * HouseholdTableModel::kChunk);
    model.fetchMore({});
    REQUIRE(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore({}));
    QSet<QString> ids;
    for (int i = 0; i < model.rowCount(); ++i) {
        ids.insert(model.idAt(i));
        if (i > 0)
            REQUIRE(model.index(i - 1, HouseholdTableModel::Code).data().toString() <
                    model.index(i, HouseholdTableModel::Code).data().toString());
    }
    CHECK(ids.size() == total);
    CHECK(model.idAt(total).isEmpty());

    // After a write as many rows as were loaded are read again, the new one first.
    StoreError error;
    REQUIRE(temp.store().insert(QStringLiteral("households"), {{"hamlet_id", c.hamlet1}, {"code", "HGD-0000"}}, &error));
    totals.clear();
    model.reload();
    CHECK(model.rowCount() == total);
    CHECK(model.canFetchMore({}));
    CHECK(model.index(0, HouseholdTableModel::Code).data().toString() == QStringLiteral("HGD-0000"));
    CHECK(model.totalCount() == total + 1);
    REQUIRE(totals.size() == 1);
    CHECK(totals.first().first().toLongLong() == total + 1);

    // A hamlet filter counts that hamlet only, loading as many rows as were shown.
    model.setFilter(c.hamlet2, {});
    const int inHamlet2 = (extra + 2) / 3;
    CHECK(model.totalCount() == inHamlet2);
    CHECK(model.rowCount() == inHamlet2);
    CHECK_FALSE(model.canFetchMore({}));
}
