// Sync in the window: Sync now (F5), the status bar, enrolment from Settings
// and the "Sync problems" dialog, against a recording SyncBackend double
// (the real client behind it is tested in tests/sync).
#include "WidgetFixtures.h"

#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/SyncBackend.h"
#include "ui/dialogs/SyncProblemsDialog.h"
#include "ui/pages/SettingsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

// Records what the UI asks and answers with what the test set.
class RecordingSyncBackend final : public SyncBackend
{
public:
    int syncCalls = 0;
    int cancelCalls = 0;
    int refreshCalls = 0;
    QStringList enrollCall; // url, code, device name
    bool enrolled = false;
    QVector<SyncQuarantineItem> quarantine;
    QVector<SyncConflictItem> conflictList;

    bool isEnrolled() const override { return enrolled; }
    QString enrolledAs() const override { return QStringLiteral("0193-device-a"); }
    QString serverUrl() const override { return QStringLiteral("https://tinh.example.vn"); }
    QVector<SyncQuarantineItem> quarantined() const override { return quarantine; }
    QVector<SyncConflictItem> conflicts() const override { return conflictList; }
    bool markQuarantineReviewed(qint64 id, QString* error) override
    {
        return removeById(quarantine, id, error);
    }
    bool markConflictReviewed(qint64 id, QString* error) override { return removeById(conflictList, id, error); }

    void enroll(const QString& url, const QString& code, const QString& deviceName) override
    {
        enrollCall = {url, code, deviceName};
    }
    void syncNow() override { ++syncCalls; }
    void cancel() override { ++cancelCalls; }
    void refreshStatus() override { ++refreshCalls; }

private:
    template <typename T> static bool removeById(QVector<T>& items, qint64 id, QString* error)
    {
        for (int i = 0; i < items.size(); ++i)
            if (items[i].id == id) {
                items.remove(i);
                return true;
            }
        if (error)
            *error = QStringLiteral("no item %1 waits for review").arg(id);
        return false;
    }
};

} // namespace

TEST_CASE("Sync now and F5 call the backend, its status shows in the status bar", "[widget][sync-ui]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Without a backend, sync cannot be started.
    REQUIRE(window.syncNowAction());
    CHECK_FALSE(window.syncNowAction()->isEnabled());
    auto* online = window.findChild<QLabel*>(QStringLiteral("onlineLabel"));
    REQUIRE(online);
    CHECK_FALSE(online->isVisible());

    RecordingSyncBackend backend;
    window.setSyncBackend(&backend);
    CHECK(backend.refreshCalls == 1); // the status is read once connected
    CHECK(window.syncNowAction()->isEnabled());
    CHECK(online->isVisible());
    CHECK(online->text() == QStringLiteral("Server unreachable"));

    window.syncNowAction()->trigger();
    CHECK(backend.syncCalls == 1);
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(backend.syncCalls == 2);

    const QDateTime lastSuccess(QDate(2026, 3, 14), QTime(8, 15), Qt::UTC);
    emit backend.statusChanged(true, 42, lastSuccess, QStringLiteral("server busy"));
    CHECK(online->text() == QStringLiteral("Server reachable"));
    auto* pending = window.findChild<QLabel*>(QStringLiteral("pendingLabel"));
    CHECK(pending->text().contains(QStringLiteral("42")));
    auto* sync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
    CHECK(sync->text().contains(QLocale().toString(lastSuccess.toLocalTime(), QLocale::ShortFormat)));
    CHECK(sync->text().contains(QStringLiteral("server busy")));

    emit backend.statusChanged(false, 0, {}, {});
    CHECK(online->text() == QStringLiteral("Server unreachable"));
    CHECK(sync->text() == QStringLiteral("Last sync: never"));

    emit backend.progress(QStringLiteral("Sending changes: 10 of 40"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Sending changes: 10 of 40"));
    emit backend.finished(true, QStringLiteral("Sync finished: 40 sent, 3 received."));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Sync finished: 40 sent, 3 received."));

    // Unplugged: the action is off again and the backend hears nothing more.
    window.setSyncBackend(nullptr);
    CHECK_FALSE(window.syncNowAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(backend.syncCalls == 2);
    emit backend.statusChanged(true, 7, {}, {});
    CHECK_FALSE(pending->text().contains(QStringLiteral("7 ")));
}

TEST_CASE("Settings enrols with the typed server address and code and shows the device", "[widget][sync-ui]")
{
    TempStore temp;
    fillCommune(temp.store(), 1);
    MainWindow window(temp.store());
    auto* settings = window.findPage<SettingsPage>();
    REQUIRE(settings);
    window.showPage(window.pageCount() - 1);
    auto* url = settings->findChild<QLineEdit*>(QStringLiteral("serverUrl"));
    auto* code = settings->findChild<QLineEdit*>(QStringLiteral("enrolCode"));
    auto* button = settings->findChild<QPushButton*>(QStringLiteral("enrolButton"));
    auto* status = settings->findChild<QLabel*>(QStringLiteral("enrolmentStatus"));
    REQUIRE((url && code && button && status));
    CHECK_FALSE(button->isEnabled()); // no backend yet

    RecordingSyncBackend backend;
    window.setSyncBackend(&backend);
    CHECK(button->isEnabled());
    CHECK(url->text() == QStringLiteral("https://tinh.example.vn")); // the stored address is offered
    CHECK(status->text().contains(QStringLiteral("Not enrolled")));

    // A missing code is refused before anything is sent.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://hocvuso.hanoi.example.vn"));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(backend.enrollCall.isEmpty());
    CHECK(status->text().contains(QStringLiteral("enrolment code")));

    QTest::keyClicks(code, QStringLiteral("K7Q2-9XMD"));
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(backend.enrollCall.size() == 3);
    CHECK(backend.enrollCall[0] == QStringLiteral("https://hocvuso.hanoi.example.vn"));
    CHECK(backend.enrollCall[1] == QStringLiteral("K7Q2-9XMD"));
    CHECK_FALSE(backend.enrollCall[2].isEmpty());
    CHECK_FALSE(button->isEnabled()); // while the server answers

    emit backend.enrollFinished(false, QStringLiteral("the enrolment code has expired"));
    CHECK(button->isEnabled());
    CHECK(status->text().contains(QStringLiteral("the enrolment code has expired")));
    CHECK(code->text() == QStringLiteral("K7Q2-9XMD")); // kept to correct

    backend.enrolled = true;
    emit backend.enrollFinished(true, {});
    CHECK(status->text() == QStringLiteral("Enrolled as device 0193-device-a."));
    CHECK(code->text().isEmpty());
}

TEST_CASE("the sync problems dialog lists refused records and conflicts and marks them reviewed", "[widget][sync-ui]")
{
    RecordingSyncBackend backend;
    backend.quarantine = {{11, QStringLiteral("residents"), QStringLiteral("r-1"),
                           QStringLiteral("cccd: the CCCD number must have 12 digits"), QStringLiteral("2026-03-14T08:00:00Z"), {}}};
    backend.conflictList = {{21, QStringLiteral("households"), QStringLiteral("h-1"), QStringLiteral("address"),
                             QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Tây"), QStringLiteral("2026-03-14T08:01:00Z")},
                            {22, QStringLiteral("residents"), QStringLiteral("r-2"), QStringLiteral("phone"),
                             QStringLiteral("0912345678"), QStringLiteral("0987654321"), QString()}};

    SyncProblemsDialog dialog(backend);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    SyncProblemsModel* model = dialog.model();
    REQUIRE(model->rowCount() == 3);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    CHECK(cell(0, SyncProblemsModel::KindColumn) == QStringLiteral("Refused by the server"));
    CHECK(cell(0, SyncProblemsModel::EntityColumn) == QStringLiteral("Resident"));
    CHECK(cell(0, SyncProblemsModel::DetailColumn).contains(QStringLiteral("12 digits")));
    CHECK(cell(1, SyncProblemsModel::KindColumn) == QStringLiteral("Conflict"));
    CHECK(cell(1, SyncProblemsModel::FieldColumn) == QStringLiteral("Address")); // households.address, named
    CHECK(cell(1, SyncProblemsModel::DetailColumn).contains(QStringLiteral("Thôn Đông")));
    CHECK(cell(1, SyncProblemsModel::DetailColumn).contains(QStringLiteral("Thôn Tây")));

    auto* mark = dialog.findChild<QPushButton*>(QStringLiteral("markReviewedButton"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("syncProblemsMessage"));
    REQUIRE((mark && message));

    // Nothing selected: nothing marked.
    QTest::mouseClick(mark, Qt::LeftButton);
    CHECK(model->rowCount() == 3);
    CHECK(message->text().contains(QStringLiteral("Select")));

    // The refused record and the address conflict.
    dialog.view()->selectionModel()->select(model->index(0, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog.view()->selectionModel()->select(model->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(mark, Qt::LeftButton);
    CHECK(backend.quarantine.isEmpty());
    REQUIRE(backend.conflictList.size() == 1);
    CHECK(backend.conflictList[0].id == 22);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(0, SyncProblemsModel::FieldColumn) == QStringLiteral("Phone")); // the field's name, not its column key
    // Plural forms come from the loaded translation; the source text says "problem(s)".
    CHECK(message->text().startsWith(QStringLiteral("2 problem")));
    CHECK(message->text().endsWith(QStringLiteral("marked reviewed.")));

    // An item reviewed elsewhere meanwhile: the reason is shown, the list reloads.
    backend.conflictList.clear();
    dialog.view()->selectionModel()->select(model->index(0, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(dialog.markSelectedReviewed() == 0);
    CHECK(message->text().contains(QStringLiteral("no item 22")));
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(mark->isEnabled());
}

TEST_CASE("the File menu opens the sync problems dialog of the connected backend", "[widget][sync-ui]")
{
    TempStore temp;
    fillCommune(temp.store(), 1);
    MainWindow window(temp.store());
    CHECK_FALSE(window.syncProblemsAction()->isEnabled());
    RecordingSyncBackend backend;
    backend.quarantine = {{5, QStringLiteral("classes"), QStringLiteral("c-1"), QStringLiteral("name: empty"), {}, {}}};
    window.setSyncBackend(&backend);
    REQUIRE(window.syncProblemsAction()->isEnabled());
    int rows = -1;
    onNextModal([&rows](QWidget* w) {
        auto* dialog = qobject_cast<SyncProblemsDialog*>(w);
        rows = dialog ? dialog->model()->rowCount() : -2;
        w->close();
    });
    window.syncProblemsAction()->trigger();
    CHECK(rows == 1);
}

TEST_CASE("the status bar counts the sync problems and cancels a running sync", "[widget][sync-ui]")
{
    TempStore temp;
    fillCommune(temp.store(), 3);
    MainWindow window(temp.store());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* problems = window.findChild<QToolButton*>(QStringLiteral("syncProblemsButton"));
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("cancelSyncButton"));
    REQUIRE(problems);
    REQUIRE(cancel);

    RecordingSyncBackend backend;
    backend.quarantine = {{1, QStringLiteral("residents"), QStringLiteral("r1"), QStringLiteral("bad cccd"), {}, {}}};
    backend.conflictList = {{7, QStringLiteral("residents"), QStringLiteral("r2"), QStringLiteral("phone"),
                             QStringLiteral("0912345678"), QStringLiteral("0987654321"), {}}};
    window.setSyncBackend(&backend);
    CHECK(window.syncProblemCount() == 2);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("2")));
    CHECK_FALSE(cancel->isVisible());

    // A running sync can be cancelled from the status bar; the button goes when it ends.
    emit backend.progress(QStringLiteral("Sending 10 changes..."));
    CHECK(cancel->isVisible());
    cancel->click();
    CHECK(backend.cancelCalls == 1);
    backend.quarantine.clear();
    emit backend.finished(false, QStringLiteral("Cancelled."));
    CHECK_FALSE(cancel->isVisible());
    CHECK(window.syncProblemCount() == 1);

    // Reviewing the last one from the dialog the button opens hides the button.
    onNextModal([&backend](QWidget* dialog) {
        QString error;
        backend.markConflictReviewed(7, &error);
        dialog->close();
    });
    problems->click();
    CHECK(window.syncProblemCount() == 0);
    CHECK_FALSE(problems->isVisible());
}
