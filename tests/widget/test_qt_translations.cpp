// Qt's own strings (standard buttons, edit menus) and the store's messages
// are Vietnamese in the Vietnamese UI: Debian ships no qtbase_vi.qm, so the
// app embeds its own (resources/translations/qtbase_vi.ts).
#include "WidgetFixtures.h"

#include "core/kpi/KpiEngine.h"
#include "core/store/Store.h"
#include "ui/SyncBackend.h"
#include "ui/Translations.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/DeletedRecordsDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/KpiMembersDialog.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/dialogs/SyncProblemsDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// The text a person reads on a button or menu item: no '&' mnemonic, no
// shortcut after the tab.
QString visibleText(QString text)
{
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    if (tab >= 0)
        text.truncate(tab);
    return text.remove(QLatin1Char('&')).trimmed();
}

const QStringList kEnglishButtons = {QStringLiteral("OK"),   QStringLiteral("Cancel"), QStringLiteral("Close"),
                                     QStringLiteral("Yes"),  QStringLiteral("No"),     QStringLiteral("Save"),
                                     QStringLiteral("Discard")};
const QStringList kEnglishEdits = {QStringLiteral("Undo"),  QStringLiteral("Redo"),   QStringLiteral("Cut"),
                                   QStringLiteral("Copy"),  QStringLiteral("Paste"),  QStringLiteral("Delete"),
                                   QStringLiteral("Select All")};

QStringList englishButtonsIn(const QWidget& widget)
{
    QStringList found;
    for (const QAbstractButton* button : widget.findChildren<QAbstractButton*>())
        if (kEnglishButtons.contains(visibleText(button->text())))
            found << QStringLiteral("%1: %2").arg(button->objectName(), button->text());
    return found;
}

QStringList englishActionsIn(QMenu& menu)
{
    QStringList found;
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (kEnglishEdits.contains(visibleText(action->text())) || visibleText(action->text()).isEmpty())
            found << action->text();
    }
    return found;
}

class IdleSyncBackend final : public SyncBackend
{
public:
    bool isEnrolled() const override { return false; }
    QString enrolledAs() const override { return {}; }
    QString serverUrl() const override { return {}; }
    QVector<SyncQuarantineItem> quarantined() const override { return {}; }
    QVector<SyncConflictItem> conflicts() const override { return {}; }
    bool markQuarantineReviewed(qint64, QString*) override { return false; }
    bool markConflictReviewed(qint64, QString*) override { return false; }
    void enroll(const QString&, const QString&, const QString&) override {}
    void syncNow() override {}
    void cancel() override {}
    void refreshStatus() override {}
};

// Switches back to English whatever the test's outcome.
struct VietnameseUi
{
    VietnameseUi() { REQUIRE(installTranslations(QStringLiteral("vi"))); }
    ~VietnameseUi() { installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Qt's standard buttons and edit menus are Vietnamese in the Vietnamese UI", "[widget][translations]")
{
    {
        VietnameseUi vi;
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Save |
                             QDialogButtonBox::Discard);
        const QList<QAbstractButton*> buttons = box.buttons();
        REQUIRE(buttons.size() == 7);
        for (const QAbstractButton* button : buttons) {
            INFO(button->text().toStdString());
            CHECK_FALSE(kEnglishButtons.contains(visibleText(button->text())));
            CHECK_FALSE(visibleText(button->text()).isEmpty());
        }
        CHECK(visibleText(box.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Hủy"));
        CHECK(visibleText(box.button(QDialogButtonBox::Save)->text()) == QStringLiteral("Lưu"));

        // What QMessageBox::question shows.
        QMessageBox question(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                             QMessageBox::Yes | QMessageBox::No);
        CHECK(visibleText(question.button(QMessageBox::Yes)->text()) == QStringLiteral("Có"));
        CHECK(visibleText(question.button(QMessageBox::No)->text()) == QStringLiteral("Không"));

        QLineEdit line;
        std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
        REQUIRE(lineMenu->actions().size() > 6);
        CHECK(englishActionsIn(*lineMenu).isEmpty());
        QPlainTextEdit text;
        std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
        REQUIRE(textMenu->actions().size() > 6);
        CHECK(englishActionsIn(*textMenu).isEmpty());
    }
    // English needs no Qt translator: Qt's own words come back.
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    CHECK(visibleText(english.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Cancel"));
}

TEST_CASE("the app's dialogs show no English standard button in the Vietnamese UI", "[widget][translations]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 30);
    VietnameseUi vi;

    auto check = [](const QWidget& dialog, const char* name) {
        INFO(name);
        CHECK(englishButtonsIn(dialog).isEmpty());
    };
    {
        ResidentDialog dialog(temp.store(), c.an);
        check(dialog, "ResidentDialog");
    }
    {
        ClassDialog dialog(temp.store(), QString());
        check(dialog, "ClassDialog");
    }
    {
        ImportDialog dialog(temp.store());
        check(dialog, "ImportDialog");
    }
    {
        ExportDialog dialog(temp.store());
        check(dialog, "ExportDialog");
    }
    {
        DeletedRecordsDialog dialog(temp.store());
        check(dialog, "DeletedRecordsDialog");
    }
    {
        IdleSyncBackend backend;
        SyncProblemsDialog dialog(backend);
        check(dialog, "SyncProblemsDialog");
    }
    {
        kpi::KpiOptions options;
        kpi::KpiEngine engine(temp.store());
        const kpi::KpiTable table = engine.compute(kpi::Period::year(2025), options);
        KpiMembersDialog dialog(temp.path(), table, QStringLiteral("adult_basic_skills"), kpi::MemberSet::Missing);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isLoading(); }, 30000));
        check(dialog, "KpiMembersDialog");
    }
    {
        TempStore empty(false);
        FirstRunDialog dialog(empty.store());
        check(dialog, "FirstRunDialog");
    }
}

TEST_CASE("store refusals name the field in the Vietnamese UI", "[widget][translations]")
{
    TempStore temp(false);
    {
        VietnameseUi vi;
        // A resident saved without a name.
        ResidentDialog dialog(temp.store(), QString());
        CHECK_FALSE(dialog.trySave(false));
        const auto* message = dialog.findChild<QLabel*>(QStringLiteral("full_nameMessage"));
        REQUIRE(message);
        CHECK(message->text() == QStringLiteral("Cần nhập họ và tên."));

        // The store's own refusal, as the first-run dialog shows it.
        StoreError error;
        CHECK_FALSE(temp->createCommune(QString(), QStringLiteral("Xã A"), &error));
        CHECK(error.displayText() == QStringLiteral("Mã xã: là bắt buộc"));
        // A reference is named by the kind of record it points to.
        TempStore withCommune;
        CHECK_FALSE(withCommune->insert(QStringLiteral("attendance"),
                                        {{QStringLiteral("class_id"), QStringLiteral("x")}}, &error));
        CHECK(error.displayText().startsWith(QStringLiteral("Người dân: ")));
    }
    // English (and the command line, which installs no translation) keeps the
    // technical form.
    StoreError error;
    CHECK_FALSE(temp->createCommune(QString(), QStringLiteral("Xã A"), &error));
    CHECK(error.text() == QStringLiteral("communes.code: is required"));
    CHECK(error.displayText() == QStringLiteral("Commune code: is required"));
}
