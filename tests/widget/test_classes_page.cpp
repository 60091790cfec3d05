// Planning a class and taking attendance by name and by chip-ID QR code.
#include "WidgetFixtures.h"

#include "core/query/AttendanceRecorder.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/models/AttendanceModel.h"
#include "ui/models/HouseholdTableModel.h"
#include "ui/models/RowListModel.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/HouseholdsPage.h"
#include "ui/widgets/AttendanceSheet.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QSqlQuery>
#include <QTest>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
qint64 attendanceRows(Store& store, const QString& classId)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendance WHERE class_id = ? AND deleted = 0"));
    q.addBindValue(classId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString planClass(Store& store, const QString& title)
{
    ClassDialog dialog(store, {});
    dialog.titleEdit()->setText(title);
    dialog.skillList()->item(0)->setCheckState(Qt::Checked);
    REQUIRE(dialog.trySave());
    return dialog.savedId();
}

qint64 livingResidents(Store& store)
{
    QSqlQuery q(store.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

// Shortcuts go to the active window.
void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

const QString kKnownQr = QStringLiteral("001085012345||NGUYỄN VĂN AN|15031985|Nam|Thôn Đông, Xã Thử Nghiệm|01012022\r\n");
const QString kUnknownQr = QStringLiteral("001190054321||TRẦN THỊ MAI|02071990|Nữ|Thôn Đoài, Xã Thử Nghiệm|05062021");
} // namespace

TEST_CASE("a class is planned with its skills and a title is required", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    ClassDialog empty(temp.store(), {});
    CHECK_FALSE(empty.trySave());
    CHECK_FALSE(empty.findChild<QLabel*>(QStringLiteral("classError"))->text().isEmpty());

    const QString id = planClass(temp.store(), QStringLiteral("Cài đặt VNeID cho người cao tuổi"));
    const auto row = temp->get(QStringLiteral("classes"), id);
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("title")).toString() == QStringLiteral("Cài đặt VNeID cho người cao tuổi"));
    CHECK_FALSE(row->value(QStringLiteral("skills")).toString().isEmpty());
    CHECK(row->value(QStringLiteral("basic_course")).toInt() == 1);
    CHECK(row->value(QStringLiteral("format")).toString() == QStringLiteral("in_class"));

    ClassesPage page(temp.store());
    QAbstractItemModelTester tester(page.classes(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.classes()->rowCount() == 1);
    CHECK(page.classes()->idAt(0) == id);
}

TEST_CASE("attendance by typing a name without diacritics and Enter, idempotent", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 50);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp cơ bản"));
    ClassesPage page(temp.store());
    page.show();
    page.selectClass(classId);
    AttendanceSheet* sheet = page.sheet();
    QAbstractItemModelTester matchTester(sheet->matches(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attendanceTester(sheet->attendance(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(sheet->isEnabled());

    QTest::keyClicks(sheet->input(), QStringLiteral("nguyen van"));
    REQUIRE(sheet->matches()->rowCount() == 2); // per keystroke, no pause needed
    CHECK(sheet->matches()->rowAt(0).cells.at(0) == QStringLiteral("Nguyễn Văn An"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(sheet->attendedCount() == 1);
    CHECK(sheet->attendance()->rowOfResident(c.an) == 0);
    CHECK(sheet->input()->text().isEmpty());
    CHECK(attendanceRows(temp.store(), classId) == 1);

    // Down selects the second match.
    QTest::keyClicks(sheet->input(), QStringLiteral("nguyen van"));
    QTest::keyClick(sheet->input(), Qt::Key_Down);
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(sheet->attendedCount() == 2);
    CHECK(sheet->attendance()->rowOfResident(c.binh) >= 0);

    // Marking An again changes nothing: one row per class and resident.
    QTest::keyClicks(sheet->input(), QStringLiteral("nguyen van an"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(sheet->attendedCount() == 2);
    CHECK(attendanceRows(temp.store(), classId) == 2);
    CHECK(sheet->lastMessage().contains(QStringLiteral("Nguyễn Văn An")));

    // Nobody matches: nothing is written and the box says so.
    QTest::keyClicks(sheet->input(), QStringLiteral("zzzz"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(attendanceRows(temp.store(), classId) == 2);
    CHECK(sheet->lastMessage().contains(QStringLiteral("zzzz")));
}

TEST_CASE("attendance by scanning a known chip-ID QR code", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 10);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp QR"));
    ClassesPage page(temp.store());
    page.show();
    page.selectClass(classId);
    AttendanceSheet* sheet = page.sheet();
    // The scanner types the whole text, then Enter.
    typeText(sheet->input(), kKnownQr);
    CHECK(sheet->matches()->rowCount() == 0);
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(sheet->attendance()->rowOfResident(c.an) == 0);
    CHECK(attendanceRows(temp.store(), classId) == 1);

    // A damaged scan is refused with the reason and writes nothing.
    typeText(sheet->input(), QStringLiteral("001085012345||NGUYỄN VĂN AN|99999999|Nam|x|01012022"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(attendanceRows(temp.store(), classId) == 1);
    CHECK(sheet->lastMessage().startsWith(QStringLiteral("The card could not be read:")));
    CHECK(sheet->lastMessage().contains(QStringLiteral("birth date")));
}

TEST_CASE("an unknown card opens registration pre-filled from its QR, then marks present", "[widget]")
{
    TempStore temp;
    fillCommune(temp.store(), 10);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp đăng ký"));
    ClassesPage page(temp.store());
    page.show();
    page.selectClass(classId);
    AttendanceSheet* sheet = page.sheet();

    QString seenName, seenCccd, seenBirth;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ResidentDialog*>(modal);
        REQUIRE(dialog);
        seenName = dialog->findChild<QLineEdit*>(QStringLiteral("fullName"))->text();
        seenCccd = dialog->findChild<QLineEdit*>(QStringLiteral("cccd"))->text();
        seenBirth = dialog->findChild<QLineEdit*>(QStringLiteral("birth"))->text();
        dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    });
    typeText(sheet->input(), kUnknownQr);
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(seenName == QStringLiteral("Trần Thị Mai"));
    CHECK(seenCccd == QStringLiteral("001190054321"));
    CHECK(seenBirth == QStringLiteral("02/07/1990"));

    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, full_name, sex, birth_date, notes FROM residents WHERE cccd = '001190054321'")));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    CHECK(q.value(1).toString() == QStringLiteral("Trần Thị Mai"));
    CHECK(q.value(2).toString() == QStringLiteral("F"));
    CHECK(q.value(3).toString() == QStringLiteral("1990-07-02"));
    CHECK(q.value(4).toString().contains(QStringLiteral("Thôn Đoài")));
    CHECK(sheet->attendance()->rowOfResident(id) == 0);

    // Cancelling the registration marks nobody.
    onNextModal([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
    typeText(sheet->input(), QStringLiteral("001090011111||LÊ VĂN HÙNG|01011990|Nam|Thôn Đông|05062021"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(attendanceRows(temp.store(), classId) == 1);
}

TEST_CASE("completing a basic class makes the household a digital family", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 10);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp cơ bản"));
    HouseholdsPage households(temp.store());
    QAbstractItemModelTester householdTester(households.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester memberTester(households.membersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(households.model()->rowCount() == 1);
    CHECK(households.model()->index(0, HouseholdTableModel::DigitalFamily).data().toString() == QStringLiteral("No"));
    households.showHousehold(c.household1);
    CHECK(households.membersModel()->rowCount() == 2);

    ClassesPage page(temp.store());
    page.selectClass(classId);
    REQUIRE(page.sheet()->markPresent(c.binh));
    AttendanceModel* attendance = page.sheet()->attendance();
    const QModelIndex completed = attendance->index(attendance->rowOfResident(c.binh), AttendanceModel::Completed);
    REQUIRE(attendance->setData(completed, Qt::Checked, Qt::CheckStateRole));
    QSqlQuery q(temp->db());
    REQUIRE(q.exec(QStringLiteral("SELECT completed FROM attendance WHERE resident_id = '%1'").arg(c.binh)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    households.activated();
    CHECK(households.model()->index(0, HouseholdTableModel::DigitalFamily).data().toString() == QStringLiteral("Yes"));
    households.showHousehold(c.household1);
    CHECK(households.digitalLabel()->text().contains(QStringLiteral("1")));

    // Search by a member's name without diacritics, and by code.
    households.findChild<QLineEdit*>(QStringLiteral("householdSearch"))->setText(QStringLiteral("van binh"));
    households.applyFilterNow();
    CHECK(households.model()->totalCount() == 1);
    households.findChild<QLineEdit*>(QStringLiteral("householdSearch"))->setText(QStringLiteral("HGD-999"));
    households.applyFilterNow();
    CHECK(households.model()->totalCount() == 0);
}

TEST_CASE("a wrong mark is removed with Delete on the attendance list, undone, and can be marked again", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 10);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp sửa điểm danh"));
    MainWindow window(temp.store());
    auto* page = window.findPage<ClassesPage>();
    REQUIRE(page);
    showActive(window);
    window.showPage(3);
    REQUIRE(window.currentPage() == page);
    page->selectClass(classId);
    AttendanceSheet* sheet = page->sheet();
    REQUIRE(sheet->markPresent(c.an));
    REQUIRE(sheet->markPresent(c.binh));
    REQUIRE(sheet->attendedCount() == 2);
    auto attendedInList = [&] { return page->classes()->rowAt(0).cells.at(4); };
    auto countLabel = [&] { return sheet->findChild<QLabel*>(QStringLiteral("attendanceCount"))->text(); };
    REQUIRE(attendedInList() == QStringLiteral("2"));
    REQUIRE(countLabel() == QStringLiteral("2 attended"));

    QTableView* list = sheet->attendanceView();
    auto selectAn = [&] {
        list->setCurrentIndex(sheet->attendance()->index(sheet->attendance()->rowOfResident(c.an), 0));
        list->setFocus();
        REQUIRE(list->hasFocus());
    };
    // Delete asks; "Cancel" keeps the mark.
    selectAn();
    bool asked = false;
    onNextModal([&asked](QWidget* box) {
        asked = true;
        box->findChild<QAbstractButton*>(QStringLiteral("keepAnswer"))->click();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(asked);
    CHECK(attendanceRows(temp.store(), classId) == 2);
    CHECK(sheet->attendedCount() == 2);

    // The offscreen platform does not give the window back its activation when the box goes.
    showActive(window);
    selectAn();
    asked = false;
    onNextModal([&asked](QWidget* box) {
        asked = true;
        box->findChild<QAbstractButton*>(QStringLiteral("deleteAnswer"))->click();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(asked);
    const QString markId = AttendanceRecorder::attendanceId(classId, c.an);
    CHECK_FALSE(temp->get(QStringLiteral("attendance"), markId));
    CHECK(temp->get(QStringLiteral("attendance"), markId, true)); // a tombstone, not gone
    CHECK(attendanceRows(temp.store(), classId) == 1);
    CHECK(sheet->attendedCount() == 1);
    CHECK(sheet->attendance()->rowOfResident(c.an) < 0);
    CHECK(attendedInList() == QStringLiteral("1"));
    CHECK(countLabel() == QStringLiteral("1 attended"));
    CHECK(sheet->lastMessage().contains(QStringLiteral("Nguyễn Văn An")));
    // Keyboard first: the next person is selected in the list, which keeps the focus.
    CHECK(list->currentIndex().data(AttendanceModel::ResidentIdRole).toString() == c.binh);
    CHECK(window.focusWidget() == list);

    // Undo from the status bar.
    REQUIRE(window.hasUndo());
    REQUIRE(window.undoLast());
    CHECK(temp->get(QStringLiteral("attendance"), markId));
    CHECK(sheet->attendedCount() == 2);
    CHECK(sheet->attendance()->rowOfResident(c.an) >= 0);
    CHECK(attendedInList() == QStringLiteral("2"));
    CHECK(countLabel() == QStringLiteral("2 attended"));

    // The Remove button, without asking; then An is marked again by name: the same row comes back.
    REQUIRE(sheet->removeAttendance(c.an, false));
    CHECK(attendanceRows(temp.store(), classId) == 1);
    QTest::keyClicks(sheet->input(), QStringLiteral("nguyen van an"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(sheet->lastMessage() == QStringLiteral("Nguyễn Văn An marked present."));
    CHECK(attendanceRows(temp.store(), classId) == 2);
    CHECK(sheet->attendance()->rowOfResident(c.an) >= 0);
    CHECK(temp->get(QStringLiteral("attendance"), markId));
    CHECK(attendedInList() == QStringLiteral("2"));

    // Remove with nothing selected says so and removes nothing.
    list->clearSelection();
    list->setCurrentIndex({});
    sheet->findChild<QPushButton*>(QStringLiteral("removeAttendanceButton"))->click();
    CHECK(sheet->lastMessage() == QStringLiteral("Select a person in the attendance list first."));
    CHECK(attendanceRows(temp.store(), classId) == 2);
}

TEST_CASE("a CCCD another living resident has is refused in the form, naming that resident", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 6);
    const qint64 before = livingResidents(temp.store());
    ResidentDialog dialog(temp.store(), {});
    dialog.findChild<QLineEdit*>(QStringLiteral("fullName"))->setText(QStringLiteral("Nguyễn Văn Ân"));
    dialog.findChild<QLineEdit*>(QStringLiteral("birth"))->setText(QStringLiteral("15/03/1985"));
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("cccd")), QStringLiteral("001085012345"));
    const auto* message = dialog.findChild<QLabel*>(QStringLiteral("cccdMessage"));
    REQUIRE(message);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text() == QStringLiteral("Another resident already has this CCCD: Nguyễn Văn An (Thôn Đông)."));
    CHECK(dialog.hasErrors());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK_FALSE(dialog.trySave(true));
    CHECK(livingResidents(temp.store()) == before);

    // Another number is fine.
    dialog.findChild<QLineEdit*>(QStringLiteral("cccd"))->setText(QStringLiteral("001085054321"));
    CHECK(message->isHidden());
    CHECK(dialog.trySave(true));
    CHECK(livingResidents(temp.store()) == before + 1);

    // Editing An keeps his own CCCD; a deleted holder does not block it.
    ResidentDialog edit(temp.store(), c.an);
    CHECK_FALSE(edit.hasErrors());
    REQUIRE(temp->remove(QStringLiteral("residents"), c.an, nullptr));
    ResidentDialog again(temp.store(), {});
    again.findChild<QLineEdit*>(QStringLiteral("fullName"))->setText(QStringLiteral("Nguyễn Văn An"));
    again.findChild<QLineEdit*>(QStringLiteral("cccd"))->setText(QStringLiteral("001085012345"));
    CHECK_FALSE(again.hasErrors());
}

TEST_CASE("a card of a resident registered without a CCCD: Yes links the card, No registers", "[widget]")
{
    TempStore temp;
    const SmallCommune c = fillCommune(temp.store(), 10);
    StoreError error;
    const auto mai = temp->insert(QStringLiteral("residents"),
                                  {{"full_name", "Trần Thị Mai"}, {"birth_date", "1990-07-02"}, {"sex", "F"},
                                   {"hamlet_id", c.hamlet2}},
                                  &error);
    REQUIRE(mai);
    const auto hung = temp->insert(QStringLiteral("residents"),
                                   {{"full_name", "Lê Văn Hùng"}, {"birth_year", 1990}, {"hamlet_id", c.hamlet1}},
                                   &error);
    REQUIRE(hung);
    const QString classId = planClass(temp.store(), QStringLiteral("Lớp QR"));
    ClassesPage page(temp.store());
    page.show();
    page.selectClass(classId);
    AttendanceSheet* sheet = page.sheet();
    const qint64 residents = livingResidents(temp.store());

    // Enter answers Yes: the card's CCCD goes on Mai, who is marked present.
    QString question;
    onNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        CHECK(box->objectName() == QStringLiteral("samePersonBox"));
        question = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    typeText(sheet->input(), kUnknownQr);
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(question == QStringLiteral("Is this Trần Thị Mai, born 02/07/1990, Thôn Đoài?"));
    CHECK(livingResidents(temp.store()) == residents);
    CHECK(temp->get(QStringLiteral("residents"), *mai)->value(QStringLiteral("cccd")).toString() ==
          QStringLiteral("001190054321"));
    CHECK(sheet->attendance()->rowOfResident(*mai) >= 0);
    CHECK(attendanceRows(temp.store(), classId) == 1);
    CHECK(sheet->input()->text().isEmpty());

    // No: someone else with the same name and year; the registration form opens as before.
    bool registered = false;
    onNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        CHECK(box->text() == QStringLiteral("Is this Lê Văn Hùng, born 1990, Thôn Đông?"));
        onNextModal([&](QWidget* form) {
            auto* dialog = qobject_cast<ResidentDialog*>(form);
            REQUIRE(dialog);
            registered = true;
            dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        });
        box->findChild<QAbstractButton*>(QStringLiteral("samePersonNo"))->click();
    });
    typeText(sheet->input(), QStringLiteral("001090011111||LÊ VĂN HÙNG|01011990|Nam|Thôn Đông|05062021"));
    QTest::keyClick(sheet->input(), Qt::Key_Return);
    CHECK(registered);
    CHECK(livingResidents(temp.store()) == residents + 1);
    CHECK(temp->get(QStringLiteral("residents"), *hung)->value(QStringLiteral("cccd")).toString().isEmpty());
    CHECK(attendanceRows(temp.store(), classId) == 2);
}
