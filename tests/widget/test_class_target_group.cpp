// The class dialog shows a class's target group as stored, whichever way it
// was written (a key, a label an older import or the demo stored, several
// groups, a group no list names), and saving never erases it.
#include "WidgetFixtures.h"

#include "core/domain/TargetGroup.h"
#include "core/store/Store.h"
#include "ui/Translations.h"
#include "ui/dialogs/ClassDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

QString addClass(Store& store, const QString& title, const QVariant& group)
{
    StoreError error;
    const auto id = store.insert(QStringLiteral("classes"),
                                 {{QStringLiteral("title"), title},
                                  {QStringLiteral("starts_at"),
                                   QDateTime(QDate::currentDate(), QTime(8, 0)).toString(Qt::ISODate)},
                                  {QStringLiteral("target_group"), group}},
                                 &error);
    REQUIRE(id);
    return *id;
}

QString storedGroup(Store& store, const QString& id)
{
    const auto row = store.get(QStringLiteral("classes"), id);
    REQUIRE(row);
    return row->value(QStringLiteral("target_group")).toString();
}

QComboBox* targetCombo(ClassDialog& dialog)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("classTarget"));
    REQUIRE(combo);
    return combo;
}

} // namespace

TEST_CASE("a class's target group is shown and kept by the class dialog however it was stored", "[widget][target_group]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    struct Case
    {
        QString stored, shown, saved;
    };
    const Case cases[] = {
        {QStringLiteral("disabled"), target_group::label(QStringLiteral("disabled")), QStringLiteral("disabled")},
        // An import or the demo of an older version: the label reads as its key.
        {QStringLiteral("Người khuyết tật"), target_group::label(QStringLiteral("disabled")), QStringLiteral("disabled")},
        {QStringLiteral("NCT"), target_group::label(QStringLiteral("elderly")), QStringLiteral("elderly")},
        // Several groups, and a group no list names: kept as they are.
        {QStringLiteral("elderly,disabled"),
         target_group::label(QStringLiteral("elderly")) + QStringLiteral("; ") + target_group::label(QStringLiteral("disabled")),
         QStringLiteral("elderly,disabled")},
        {QStringLiteral("Nông dân"), QStringLiteral("Nông dân"), QStringLiteral("Nông dân")},
        {QStringLiteral("Toàn dân"), target_group::label(QString()), QString()},
    };
    for (const Case& c : cases) {
        INFO(c.stored.toStdString());
        const QString id = addClass(temp.store(), QStringLiteral("Lớp ") + c.stored, c.stored);
        {
            ClassDialog dialog(temp.store(), id);
            CHECK(targetCombo(dialog)->currentText() == c.shown);
            REQUIRE(dialog.trySave());
        }
        CHECK(storedGroup(temp.store(), id) == c.saved);
        // Opened again after saving: the same group, no second item for it.
        ClassDialog again(temp.store(), id);
        CHECK(targetCombo(again)->currentText() == c.shown);
        CHECK(targetCombo(again)->count() <= 1 + target_group::keys().size() + 1);
    }

    // Picking another group replaces a kept one.
    const QString farmers = addClass(temp.store(), QStringLiteral("Lớp nông dân"), QStringLiteral("Nông dân"));
    {
        ClassDialog dialog(temp.store(), farmers);
        QComboBox* combo = targetCombo(dialog);
        REQUIRE(combo->count() == 1 + target_group::keys().size() + 1);
        combo->setCurrentIndex(combo->findData(QStringLiteral("student")));
        REQUIRE(dialog.trySave());
    }
    CHECK(storedGroup(temp.store(), farmers) == QStringLiteral("student"));
}

TEST_CASE("the class dialog offers everyone and the nine groups in the interface language", "[widget][target_group]")
{
    TempStore temp;
    REQUIRE(installTranslations(QStringLiteral("vi")));
    {
        ClassDialog dialog(temp.store(), {});
        QComboBox* combo = targetCombo(dialog);
        REQUIRE(combo->count() == 10);
        CHECK(combo->itemData(0).toString().isEmpty());
        CHECK(combo->itemText(0) == QStringLiteral("Mọi người dân"));
        CHECK(combo->itemData(2).toString() == QStringLiteral("disabled"));
        CHECK(combo->itemText(2) == QStringLiteral("Người khuyết tật"));
        CHECK(target_group::label(QStringLiteral("elderly,womens_union")) ==
              QStringLiteral("Người cao tuổi (từ 60); Hội viên Hội Phụ nữ"));
    }
    installTranslations(QStringLiteral("en"));
    CHECK(target_group::label(QStringLiteral("disabled")) == QStringLiteral("People with disabilities"));
}
