// Attendance marks taken back and given again (AttendanceRecorder), and one
// living resident per person (ResidentIdentity).
#include "TempStore.h"

#include "core/query/AttendanceRecorder.h"
#include "core/query/ResidentIdentity.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {
QString add(Store& store, const QString& table, const QVariantMap& values)
{
    StoreError error;
    const auto id = store.insert(table, values, &error);
    INFO(error.text().toStdString());
    REQUIRE(id);
    return *id;
}
} // namespace

TEST_CASE("attendance: a removed mark is restored as it was, or marked again afresh", "[attendance]")
{
    TempStore temp;
    Store& store = temp.store();
    const QString cls = add(store, "classes", {{"title", "Lớp cơ bản"}, {"starts_at", "2025-07-10T08:00:00"}});
    const QString an = add(store, "residents", {{"full_name", "Nguyễn Văn An"}, {"birth_year", 1985}});
    AttendanceRecorder recorder(store);
    const QString id = AttendanceRecorder::attendanceId(cls, an);

    REQUIRE(recorder.markPresent(cls, an, nullptr) == AttendanceRecorder::Mark::Marked);
    REQUIRE(store.update("attendance", id, {{"completed", true}}, nullptr));
    const qint64 changes = store.changeLogCount();
    CHECK(recorder.markPresent(cls, an, nullptr) == AttendanceRecorder::Mark::AlreadyPresent);
    CHECK(store.changeLogCount() == changes); // marking twice writes nothing

    // Removed: a tombstone with the same id; Undo brings it back completed.
    REQUIRE(recorder.remove(cls, an, nullptr) == id);
    CHECK_FALSE(store.get("attendance", id));
    REQUIRE(store.get("attendance", id, true));
    EditRefusal refusal;
    CHECK_FALSE(recorder.remove(cls, an, &refusal));
    CHECK(refusal.reason == QStringLiteral("not_marked"));
    REQUIRE(recorder.restore(id, nullptr));
    REQUIRE(store.get("attendance", id));
    CHECK(store.get("attendance", id)->value("completed").toInt() == 1);

    // Removed, then marked again: the same row, present, no longer completed.
    REQUIRE(recorder.remove(cls, an, nullptr));
    REQUIRE(recorder.markPresent(cls, an, nullptr) == AttendanceRecorder::Mark::Marked);
    const auto row = store.get("attendance", id);
    REQUIRE(row);
    CHECK(row->value("present").toInt() == 1);
    CHECK(row->value("completed").toInt() == 0);

    // Refusals name what is missing.
    CHECK_FALSE(recorder.markPresent(cls, QStringLiteral("nobody"), &refusal));
    CHECK(refusal.reason == QStringLiteral("no_resident"));
    REQUIRE(store.remove("classes", cls, nullptr));
    CHECK_FALSE(recorder.markPresent(cls, an, &refusal));
    CHECK(refusal.reason == QStringLiteral("no_class"));
}

TEST_CASE("resident identity: the holder of a CCCD, and who a card may be without one", "[attendance]")
{
    TempStore temp;
    Store& store = temp.store();
    const QString hamlet = add(store, "hamlets", {{"code", "T1"}, {"name", "Thôn Đông"}});
    const QString an = add(store, "residents",
                           {{"full_name", "Nguyễn Văn An"}, {"cccd", "001085012345"}, {"hamlet_id", hamlet}});
    const QString gone = add(store, "residents", {{"full_name", "Lê Văn Cũ"}, {"cccd", "001085099999"}});
    REQUIRE(store.remove("residents", gone, nullptr));
    // Registered without a CCCD: by full date, by year only, with a phone (in the search key).
    const QString maiDate = add(store, "residents",
                                {{"full_name", "Trần Thị Mai"}, {"birth_date", "1990-07-02"}, {"hamlet_id", hamlet}});
    const QString maiYear = add(store, "residents", {{"full_name", "TRAN THI MAI"}, {"birth_year", 1990},
                                                     {"phone", "0912345678"}});
    add(store, "residents", {{"full_name", "Trần Thị Mai"}, {"birth_date", "1990-07-03"}}); // another day
    add(store, "residents", {{"full_name", "Trần Thị Mai Anh"}, {"birth_year", 1990}});    // another name
    add(store, "residents", {{"full_name", "Trần Thị Mai"}, {"birth_year", 1990}, {"cccd", "001190011111"}});

    ResidentIdentity identity(store);
    const auto holder = identity.holderOfCccd(QStringLiteral("001085012345"));
    REQUIRE(holder);
    CHECK(holder->id == an);
    CHECK(holder->fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(holder->hamletName == QStringLiteral("Thôn Đông"));
    CHECK_FALSE(identity.holderOfCccd(QStringLiteral("001085012345"), an)); // oneself is no duplicate
    CHECK_FALSE(identity.holderOfCccd(QStringLiteral("001085099999")));      // deleted residents hold nothing
    CHECK(identity.lastError().isEmpty());

    const auto same = identity.sameWithoutCccd(QStringLiteral("TRẦN THỊ MAI"), QDate(1990, 7, 2));
    CHECK(identity.lastError().isEmpty());
    REQUIRE(same.size() == 2);
    CHECK(same[0].id == maiDate); // the full date first
    CHECK(same[0].birthDate == QDate(1990, 7, 2));
    CHECK(same[1].id == maiYear);
    CHECK(identity.sameWithoutCccd(QStringLiteral("Trần Thị Mai"), QDate(1991, 7, 2)).isEmpty());

    // Linking the card's CCCD.
    EditRefusal refusal;
    CHECK_FALSE(identity.linkCccd(maiDate, QStringLiteral("001085012345"), &refusal));
    CHECK(refusal.reason == QStringLiteral("cccd_taken"));
    CHECK(refusal.detail == QStringLiteral("Nguyễn Văn An"));
    REQUIRE(identity.linkCccd(maiDate, QStringLiteral("001190054321"), &refusal));
    CHECK(store.get("residents", maiDate)->value("cccd").toString() == QStringLiteral("001190054321"));
    CHECK_FALSE(identity.linkCccd(maiDate, QStringLiteral("001190077777"), &refusal));
    CHECK(refusal.reason == QStringLiteral("has_cccd"));
    CHECK(identity.sameWithoutCccd(QStringLiteral("Trần Thị Mai"), QDate(1990, 7, 2)).size() == 1);
}
