// Keyboard first: every form is filled with Tab alone, in reading order
// (top to bottom, then left to right), reaching every field it shows.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/DeletedRecordsDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/pages/VisitsPage.h"
#include "ui/widgets/VisitForm.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// The fields a person fills in: text, numbers, dates, choices, check boxes.
bool isField(QWidget* w)
{
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) ||
           (qobject_cast<QAbstractButton*>(w) && static_cast<QAbstractButton*>(w)->isCheckable());
}

// The widget that owns the focus for a field (a combo box's line edit, a spin box's editor).
QWidget* fieldOf(QWidget* w)
{
    for (QWidget* p = w; p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p))
            return p;
    }
    return w;
}

QList<QWidget*> visibleFields(QWidget* root)
{
    QList<QWidget*> fields;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (isField(w) && w->isVisibleTo(root) && w->isEnabled() && w->focusPolicy() & Qt::TabFocus &&
            fieldOf(w) == w && !(qobject_cast<QLineEdit*>(w) && fieldOf(w->parentWidget()) != w->parentWidget()))
            fields.append(w);
    }
    return fields;
}

// Presses Tab from the first field until focus comes back, collecting the fields reached.
QList<QWidget*> tabChain(QWidget* root, QWidget* first)
{
    first->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QList<QWidget*> chain;
    bool left = false; // a date edit takes Tab for its day, month and year first
    for (int presses = 0; presses < 200; ++presses) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QWidget* field = fieldOf(focus);
        if (!chain.isEmpty() && field != chain.first())
            left = true;
        if (left && field == chain.first())
            break;
        if (isField(field) && root->isAncestorOf(field) && !chain.contains(field))
            chain.append(field);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return chain;
}

QString describe(QWidget* w)
{
    return QStringLiteral("%1 '%2' at (%3,%4)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
        .arg(w->mapTo(w->window(), QPoint()).x())
        .arg(w->mapTo(w->window(), QPoint()).y());
}

// Every visible field is reached by Tab, and the order reads like the form:
// a field never comes before one that sits in an earlier row (to within a
// few pixels) of the same column, and rows go downwards.
void requireReadingOrder(QWidget* root, QWidget* first)
{
    const QList<QWidget*> fields = visibleFields(root);
    const QList<QWidget*> chain = tabChain(root, first);
    QStringList reached;
    for (QWidget* w : chain)
        reached << describe(w);
    INFO("Tab reached: " << reached.join(QStringLiteral(", ")).toStdString());
    for (QWidget* f : fields) {
        INFO("not reached by Tab: " << describe(f).toStdString());
        CHECK(chain.contains(f));
    }
    for (int i = 1; i < chain.size(); ++i) {
        const QPoint a = chain[i - 1]->mapTo(root, QPoint());
        const QPoint b = chain[i]->mapTo(root, QPoint());
        const bool sameRow = qAbs(a.y() - b.y()) <= 8;
        INFO(describe(chain[i - 1]).toStdString() << " then " << describe(chain[i]).toStdString());
        CHECK((sameRow ? b.x() > a.x() : b.y() > a.y() || b.x() > a.x() + 40));
    }
}

// The Alt+letter a text gives (the letter after a single '&'), or none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Every Alt+letter a person can press in `root` (plus its menu bar's), with
// what it belongs to; a label's mnemonic that focuses nothing is reported as a failure.
QMultiMap<QChar, QString> mnemonicsShown(QWidget& root, QMenuBar* menuBar)
{
    QMultiMap<QChar, QString> found;
    if (menuBar) {
        for (QAction* menu : menuBar->actions())
            if (const QChar key = mnemonicOf(menu->text()); !key.isNull())
                found.insert(key, QStringLiteral("menu ") + menu->text());
    }
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&root))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
            if (!mnemonicOf(text).isNull()) {
                INFO("the label '" << text.toStdString() << "' has a mnemonic but no field to focus");
                CHECK(label->buddy());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int t = 0; t < tabs->count(); ++t)
                if (const QChar key = mnemonicOf(tabs->tabText(t)); !key.isNull() && tabs->isTabVisible(t))
                    found.insert(key, QStringLiteral("tab '%1'").arg(tabs->tabText(t)));
        }
        if (const QChar key = mnemonicOf(text); !key.isNull())
            found.insert(key, QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), text));
    }
    return found;
}

// Each Alt+letter is typeable and taken by one thing only.
void requireDistinctMnemonics(QWidget& root, QMenuBar* menuBar, const std::string& where)
{
    const QMultiMap<QChar, QString> keys = mnemonicsShown(root, menuBar);
    for (const QChar key : keys.uniqueKeys()) {
        const std::string what = where + ": " + keys.values(key).join(QStringLiteral(", ")).toStdString();
        {
            // Alt with a letter only an IME types (Alt+đ) cannot be pressed.
            INFO(what << ": no key types this mnemonic");
            CHECK((key.unicode() < 128 && key.isLetterOrNumber()));
        }
        INFO(what << ": the same Alt+" << QString(key).toStdString());
        CHECK(keys.count(key) == 1);
    }
}

} // namespace

TEST_CASE("on every page and dialog, in both languages, each Alt+letter is taken once and a label's focuses its field",
          "[widget][keyboard]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 2);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("vi")}) {
        REQUIRE(installTranslations(language));
        MainWindow window(temp.store());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
            requireDistinctMnemonics(window, window.menuBar(),
                                     language.toStdString() + ", page " + window.page(i)->metaObject()->className());
        }
        ResidentDialog resident(temp.store(), c.an);
        requireDistinctMnemonics(resident, nullptr, language.toStdString() + ", the resident form");
        ClassDialog classForm(temp.store(), QString());
        requireDistinctMnemonics(classForm, nullptr, language.toStdString() + ", the class form");
        ImportDialog import(temp.store());
        requireDistinctMnemonics(import, nullptr, language.toStdString() + ", the import dialog");
        ExportDialog exportDialog(temp.store());
        requireDistinctMnemonics(exportDialog, nullptr, language.toStdString() + ", the export dialog");
        DeletedRecordsDialog deleted(temp.store());
        requireDistinctMnemonics(deleted, nullptr, language.toStdString() + ", the deleted records");
        TempStore empty(false);
        FirstRunDialog firstRun(empty.store());
        requireDistinctMnemonics(firstRun, nullptr, language.toStdString() + ", the first-run dialog");
    }
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("the resident form is filled with Tab in reading order", "[widget][keyboard]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 2);
    ResidentDialog dialog(temp.store(), c.an);
    dialog.resize(700, 800);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QWidget* first = visibleFields(&dialog).value(0);
    REQUIRE(first);
    requireReadingOrder(&dialog, QApplication::focusWidget() ? fieldOf(QApplication::focusWidget()) : first);
}

TEST_CASE("the class form is filled with Tab in reading order", "[widget][keyboard]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    ClassDialog dialog(temp.store(), {});
    dialog.resize(800, 800);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(QApplication::focusWidget());
    requireReadingOrder(&dialog, fieldOf(QApplication::focusWidget()));
}

TEST_CASE("the visit form is filled with Tab in reading order", "[widget][keyboard]")
{
    TempStore temp;
    fillCommune(temp.store(), 2);
    MainWindow window(temp.store());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* visits = window.findPage<VisitsPage>();
    REQUIRE(visits);
    for (int i = 0; i < window.pageCount(); ++i) {
        if (window.page(i) == visits)
            window.showPage(i);
    }
    auto* form = visits->form();
    REQUIRE(form);
    // The household comes first (left column), then the visit's details (right column).
    auto* household = form->findChild<QLineEdit*>(QStringLiteral("householdSearch"));
    REQUIRE(household);
    requireReadingOrder(form, household);
}
