// Keyboard first: every form is filled with Tab alone, in reading order
// (top to bottom, then left to right), reaching every field it shows.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/MainWindow.h"
#include "ui/pages/VisitsPage.h"
#include "ui/widgets/VisitForm.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
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

} // namespace

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
