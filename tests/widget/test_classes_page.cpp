// Planning a class and taking attendance by name and by chip-ID QR code.
#include "WidgetFixtures.h"

#include "core/store/Store.h"
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
#include <QPushButton>
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
    CHECK_FALSE(sheet->lastMessage().isEmpty());
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
