// Long lists behind the dashboard and the File ▸ Export dialog: the
// drill-down reads its rows a page at a time as the view scrolls, and an
// export of a large list can be cancelled.
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/KpiEngine.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/KpiMembersDialog.h"
#include "ui/models/KpiMemberModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hocvuso;
using hocvuso::test::TempStore;

namespace {
const QDate kToday(2025, 12, 31);

void makeCommune(Store& store, int residents)
{
    DemoCommune::Options o;
    o.residents = residents;
    o.today = kToday;
    StoreError error;
    REQUIRE(DemoCommune(store).generate(o, &error));
}

void waitLoaded(KpiMembersDialog& dialog)
{
    QSignalSpy spy(&dialog, &KpiMembersDialog::loaded);
    while (dialog.isLoading())
        REQUIRE(spy.wait(30000));
}
} // namespace

TEST_CASE("the drill-down reads its rows a page at a time, in the engine's order", "[widget][dashboard]")
{
    TempStore temp;
    makeCommune(temp.store(), 1500);
    kpi::KpiOptions options;
    options.asOf = kToday;
    const kpi::Period year = kpi::Period::year(2025);
    kpi::KpiEngine engine(temp.store());
    const kpi::KpiTable table = engine.compute(year, options);
    REQUIRE(table.error.isEmpty());
    const QVector<kpi::KpiMember> all =
        engine.members(QStringLiteral("adult_basic_skills"), year, kpi::MemberSet::Missing, {}, options);
    REQUIRE(all.size() > 2 * KpiMembersDialog::kPageSize); // three pages at least

    KpiMembersDialog dialog(temp.path(), table, QStringLiteral("adult_basic_skills"), kpi::MemberSet::Missing);
    waitLoaded(dialog);
    KpiMemberModel* model = dialog.model();
    CHECK(model->rowCount() == KpiMembersDialog::kPageSize);
    CHECK(dialog.total() == all.size());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("memberCount"))->text().contains(QString::number(all.size())));

    int pages = 1;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        CHECK_FALSE(model->canFetchMore({})); // one page at a time
        waitLoaded(dialog);
        ++pages;
    }
    CHECK(pages == (all.size() + KpiMembersDialog::kPageSize - 1) / KpiMembersDialog::kPageSize);
    REQUIRE(model->rowCount() == all.size());
    for (int i = 0; i < model->rowCount(); ++i) {
        INFO(i);
        REQUIRE(model->idAt(i) == all[i].id);
        REQUIRE(model->index(i, 0).data().toString() == all[i].name);
    }
    CHECK(dialog.members().size() == all.size());

    // A model tester (which asks for more rows itself) finds the pages consistent.
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Another choice starts again from its first page.
    dialog.setWhich(kpi::MemberSet::Counted);
    waitLoaded(dialog);
    const qint64 counted =
        engine.memberPage(QStringLiteral("adult_basic_skills"), year, kpi::MemberSet::Counted, {}, options, 0, 0).total;
    CHECK(dialog.total() == counted);
    CHECK(model->rowCount() >= std::min<qint64>(counted, KpiMembersDialog::kPageSize));
    while (dialog.isLoading() || model->canFetchMore({})) { // the tester fetches further pages by itself
        if (!dialog.isLoading())
            model->fetchMore({});
        waitLoaded(dialog);
    }
    CHECK(model->rowCount() == counted);
}

TEST_CASE("an export of a long list can be cancelled and leaves no file", "[widget][import]")
{
    TempStore temp;
    makeCommune(temp.store(), 9000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("residents.csv"));
    ExportDialog dialog(temp.store());
    dialog.setList(QStringLiteral("residents"));
    dialog.setFile(path);
    QSignalSpy spy(&dialog, &ExportDialog::exported);
    dialog.startExport();
    REQUIRE(dialog.isRunning());
    // The progress dialog's Cancel button is what a person presses.
    auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
    REQUIRE(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(spy.wait(30000));
    CHECK_FALSE(spy.at(0).at(0).toBool());
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.summaryLabel()->text() == ExportDialog::tr("Export cancelled: no file was written."));
    CHECK_FALSE(QFile::exists(path));

    // And the next export runs to the end.
    dialog.startExport();
    REQUIRE(spy.wait(60000));
    CHECK(spy.at(1).at(0).toBool());
    CHECK(dialog.rowsWritten() >= 9000);
    CHECK(QFile::exists(path));
}
