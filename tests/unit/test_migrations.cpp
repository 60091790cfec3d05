#include "SqlQueries.h"
#include "TempStore.h"

#include "core/store/Database.h"
#include "core/search/ResidentSearch.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::queryNumber;
using hocvuso::test::exec;

namespace {

// Data written the way a program at schema version `version` wrote it:
// plain SQL on the columns of that version.
void fillAsVersion(QSqlDatabase& db, int version)
{
    const QString cols = QStringLiteral("id, commune_id, updated_hlc, device_id");
    exec(db, QStringLiteral("INSERT INTO communes (%1, code, name) VALUES ('c1', 'c1', 100, 'd1', '26734', 'Xã Cũ')").arg(cols));
    exec(db, QStringLiteral("INSERT INTO hamlets (%1, name) VALUES ('h1', 'c1', 101, 'd1', 'Thôn Đoài')").arg(cols));
    exec(db, QStringLiteral("INSERT INTO households (%1, hamlet_id, code) VALUES ('hh1', 'c1', 102, 'd1', 'h1', 'HK-01')")
                 .arg(cols));
    exec(db, QStringLiteral("INSERT INTO residents (%1, hamlet_id, household_id, full_name, birth_year, sex, cccd) "
                            "VALUES ('r1', 'c1', 103, 'd1', 'h1', 'hh1', 'Đặng Thị Hoa', 1956, 'F', '001156012345')")
                 .arg(cols));
    exec(db, QStringLiteral("INSERT INTO residents (%1, hamlet_id, household_id, full_name, birth_year, sex) "
                            "VALUES ('r2', 'c1', 104, 'd1', 'h1', 'hh1', 'Nguyễn Văn An', 1990, 'M')")
                 .arg(cols));
    if (version >= 2) // version 2 programs kept the folded search key
        exec(db, QStringLiteral("UPDATE residents SET search_key = CASE id WHEN 'r1' THEN 'dang thi hoa 001156012345' "
                                "ELSE 'nguyen van an' END"));
    // Target groups as imports and the demo wrote them before version 9 (a
    // label), as the dialog does since (a key), and a group no list names.
    exec(db, QStringLiteral("INSERT INTO classes (%1, title, target_group) "
                            "VALUES ('k1', 'c1', 105, 'd1', 'Cài đặt VNeID', '%2')")
                 .arg(cols, version >= 9 ? QStringLiteral("elderly") : QStringLiteral("Người cao tuổi")));
    exec(db, QStringLiteral("INSERT INTO classes (%1, title, target_group) "
                            "VALUES ('k2', 'c1', 107, 'd1', 'Bán hàng trên mạng', 'Nông dân')")
                 .arg(cols));
    exec(db, QStringLiteral("INSERT INTO attendance (%1, class_id, resident_id, completed) "
                            "VALUES ('a1', 'c1', 106, 'd1', 'k1', 'r1', 1)")
                 .arg(cols));
    exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('commune_id', 'c1')"));
}

void checkDataSurvived(QSqlDatabase& db)
{
    CHECK(queryNumber(db, QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) == 2);
    CHECK(queryNumber(db, QStringLiteral("SELECT count(*) FROM attendance WHERE completed = 1")) == 1);
    CHECK(queryNumber(db, QStringLiteral("SELECT count(*) FROM change_log")) == 8); // nothing lost, nothing re-logged
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT full_name FROM residents WHERE id = 'r1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Đặng Thị Hoa"));
}

QStringList names(const QVector<ResidentHit>& hits)
{
    QStringList out;
    for (const auto& h : hits)
        out << h.fullName;
    return out;
}

} // namespace

TEST_CASE("a fresh store is created at the current version", "[migrations]")
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), &error);
    REQUIRE(db);
    CHECK(Migrations::versionOf(db->db()) == Migrations::currentVersion);
}

TEST_CASE("a store filled at every earlier version upgrades with its data", "[migrations]")
{
    for (int from = 1; from < Migrations::currentVersion; ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            QString error;
            {
                auto old = Database::open(path, &error, from);
                REQUIRE(old);
                REQUIRE(Migrations::versionOf(old->db()) == from);
                fillAsVersion(old->db(), from);
            }
            auto upgraded = Database::open(path, &error);
            INFO(error.toStdString());
            REQUIRE(upgraded);
            CHECK(Migrations::versionOf(upgraded->db()) == Migrations::currentVersion);
            checkDataSurvived(upgraded->db());

            // Version 2 added the folded search key, version 4 moved search to
            // the in-memory key index: old residents are findable.
            CHECK(queryNumber(upgraded->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                                        "'residents_fts%'")) == 0);
            {
                QString openError;
                auto store = Store::open(path, &openError);
                INFO(openError.toStdString());
                REQUIRE(store);
                ResidentSearch search(*store);
                const auto hits = search.search(QStringLiteral("DANG THI"));
                REQUIRE(hits.size() == 1);
                CHECK(hits.first().id == QStringLiteral("r1"));
                CHECK(names(search.search(QStringLiteral("van an"))) == QStringList{QStringLiteral("Nguyễn Văn An")});
                CHECK(search.lastError().isEmpty());

                // Version 10: household codes are found in part, and follow an edit.
                const QStringList members{QStringLiteral("Đặng Thị Hoa"), QStringLiteral("Nguyễn Văn An")};
                CHECK(names(search.search(QStringLiteral("hk-0"))) == members);
                CHECK(names(search.search(QStringLiteral("K-01"))) == members);
                StoreError e;
                REQUIRE(store->update(QStringLiteral("households"), QStringLiteral("hh1"),
                                      {{QStringLiteral("code"), QStringLiteral("HK-77")}}, &e));
                CHECK(search.search(QStringLiteral("hk-01")).isEmpty());
                CHECK(names(search.search(QStringLiteral("hk-77"))) == members);
                CHECK(search.lastError().isEmpty());
            }

            // Version 8: the residents list's count reads the hamlet index only.
            {
                QSqlQuery plan(upgraded->db());
                REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM residents r WHERE r.deleted = 0")));
                QString detail;
                while (plan.next())
                    detail += plan.value(3).toString();
                CHECK(detail.contains(QStringLiteral("COVERING INDEX residents_hamlet")));
            }

            // Version 9: a label target group is the dialog's key; a group we do not list stays as written.
            {
                QSqlQuery q(upgraded->db());
                REQUIRE(q.exec(QStringLiteral("SELECT group_concat(target_group, '|') FROM "
                                              "(SELECT target_group FROM classes ORDER BY id)")));
                REQUIRE(q.next());
                CHECK(q.value(0).toString() == QStringLiteral("elderly|Nông dân"));
            }

            // And the change-log triggers of the current version work on old rows.
            exec(upgraded->db(), QStringLiteral("UPDATE residents SET full_name = 'Đặng Thị Hòa', updated_hlc = 200 "
                                                "WHERE id = 'r1'"));
            CHECK(queryNumber(upgraded->db(), QStringLiteral("SELECT count(*) FROM change_log")) == 10); // and the code edit
        }
    }
}

TEST_CASE("a failed upgrade step leaves the store at its old version", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QString error;
    {
        auto old = Database::open(path, &error, 1);
        REQUIRE(old);
        fillAsVersion(old->db(), 1);
        // Something in the way of step 2: its index name is taken.
        exec(old->db(), QStringLiteral("CREATE TABLE residents_search_key (x)"));
    }
    auto upgraded = Database::open(path, &error);
    CHECK_FALSE(upgraded);
    CHECK(error.contains(QStringLiteral("migration failed")));
    auto again = Database::open(path, &error, 1);
    REQUIRE(again);
    CHECK(Migrations::versionOf(again->db()) == 1);
    checkDataSurvived(again->db());
}

TEST_CASE("a store newer than the program is refused, not damaged", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        exec(db->db(), QStringLiteral("PRAGMA user_version = 999"));
    }
    CHECK_FALSE(Database::open(path, &error));
    CHECK(error.contains(QStringLiteral("newer")));
}
