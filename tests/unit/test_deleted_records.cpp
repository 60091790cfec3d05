// Tombstones brought back: the list of deleted records, restore (logged, in
// order of parents), and what stops a hamlet or household from going.
#include "TempStore.h"
#include "StoreRows.h"

#include "core/query/DeletedRecords.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

void remove(Store& s, const QString& table, const QString& id)
{
    StoreError e;
    REQUIRE(s.remove(table, id, &e));
}

} // namespace

TEST_CASE("deleted records are listed newest first with a label a person recognises", "[deleted]")
{
    TempStore t;
    Store& s = t.store();
    const QString hamlet = insertRow(s, "hamlets", {{"name", "Thôn Đông"}});
    const QString household = insertRow(s, "households", {{"hamlet_id", hamlet}, {"code", "HD-01"}, {"head_name", "Lê Văn Tám"}});
    const QString resident = insertRow(s, "residents", {{"hamlet_id", hamlet}, {"household_id", household},
                                                     {"full_name", "Lê Thị Hoa"}, {"birth_year", 1990}});
    const QString klass = insertRow(s, "classes", {{"title", "Dùng VNeID"}, {"starts_at", "2026-03-14T08:00:00"}});
    const QString attendance = insertRow(s, "attendance", {{"class_id", klass}, {"resident_id", resident}});

    DeletedRecords records(s);
    CHECK(records.list().isEmpty());
    remove(s, "attendance", attendance);
    QThread::msleep(3); // distinct clock readings: the order is the deletes' order
    remove(s, "residents", resident);

    const auto all = records.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].table == QStringLiteral("residents"));
    CHECK(all[0].id == resident);
    CHECK(all[0].label == QStringLiteral("Lê Thị Hoa (1990)"));
    CHECK(all[1].table == QStringLiteral("attendance"));
    CHECK(all[1].label == QStringLiteral("Lê Thị Hoa · Dùng VNeID"));
    CHECK(all[0].deletedAt >= all[1].deletedAt);
    CHECK(qAbs(all[0].deletedAt.secsTo(QDateTime::currentDateTime())) < 60);

    const auto onlyAttendance = records.list(QStringLiteral("attendance"));
    REQUIRE(onlyAttendance.size() == 1);
    CHECK(onlyAttendance[0].id == attendance);
    CHECK(records.list({}, 1).size() == 1);
}

TEST_CASE("a restore is a logged write and waits for a deleted parent", "[deleted]")
{
    TempStore t;
    Store& s = t.store();
    const QString hamlet = insertRow(s, "hamlets", {{"name", "Thôn Đoài"}});
    const QString household = insertRow(s, "households", {{"hamlet_id", hamlet}, {"code", "HD-02"}});
    const QString resident = insertRow(s, "residents", {{"hamlet_id", hamlet}, {"household_id", household},
                                                     {"full_name", "Phạm Văn Nam"}});
    const QString visit = insertRow(s, "visits", {{"household_id", household}, {"visited_on", "2026-04-01"}});
    remove(s, "visits", visit);
    remove(s, "residents", resident);
    remove(s, "households", household);

    DeletedRecords records(s);
    StoreError error;
    // The resident's household is deleted: it must come back first.
    CHECK_FALSE(records.restore("residents", resident, &error));
    CHECK(error.message == QStringLiteral("it belongs to a deleted household: restore that first"));
    CHECK_FALSE(records.restore("visits", visit, &error));

    const qint64 logged = s.changeLogCount();
    REQUIRE(records.restore("households", household, &error));
    REQUIRE(records.restore("residents", resident, &error));
    REQUIRE(records.restore("visits", visit, &error));
    CHECK(s.changeLogCount() == logged + 3);
    CHECK(s.get("residents", resident));
    CHECK(records.list().isEmpty());

    CHECK_FALSE(records.restore("residents", resident, &error));
    CHECK(error.message.contains(QStringLiteral("not deleted")));
    CHECK_FALSE(records.restore("residents", QStringLiteral("no-such-id"), &error));
    CHECK_FALSE(records.restore("meta", resident, &error));
}

TEST_CASE("a hamlet or household still in use says what uses it", "[deleted]")
{
    TempStore t;
    Store& s = t.store();
    const QString hamlet = insertRow(s, "hamlets", {{"name", "Tổ 5"}});
    const QString empty = insertRow(s, "hamlets", {{"name", "Tổ 6"}});
    const QString household = insertRow(s, "households", {{"hamlet_id", hamlet}, {"code", "HD-03"}});
    insertRow(s, "residents", {{"hamlet_id", hamlet}, {"household_id", household}, {"full_name", "Võ Văn Ba"}});
    const QString gone = insertRow(s, "residents", {{"hamlet_id", hamlet}, {"household_id", household}, {"full_name", "Võ Thị Tư"}});
    remove(s, "residents", gone); // a deleted resident no longer holds the hamlet

    DeletedRecords records(s);
    CHECK(records.stillUsing("hamlets", hamlet) == QStringList{QStringLiteral("1 household(s)"), QStringLiteral("1 resident(s)")});
    CHECK(records.stillUsing("households", household) == QStringList{QStringLiteral("1 resident(s)")});
    CHECK(records.stillUsing("hamlets", empty).isEmpty());
    CHECK(records.stillUsing("classes", hamlet).isEmpty());
}
