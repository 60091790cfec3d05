// query::readRows / firstRow: how the core/query lists read a prepared query.
#include "TempStore.h"

#include "core/query/SqlRows.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::TempStore;

namespace {
QString nameFrom(const QSqlQuery& q)
{
    return q.value(0).toString();
}
} // namespace

TEST_CASE("readRows maps every row in order and a failed query gives none with its reason", "[query]")
{
    TempStore t;
    StoreError e;
    REQUIRE(t.store().insert(QStringLiteral("hamlets"), {{"code", "T2"}, {"name", "Thôn Đoài"}}, &e));
    REQUIRE(t.store().insert(QStringLiteral("hamlets"), {{"code", "T1"}, {"name", "Thôn Đông"}}, &e));

    QString lastError = QStringLiteral("untouched");
    QSqlQuery q(t.store().db());
    REQUIRE(q.prepare(QStringLiteral("SELECT name FROM hamlets WHERE deleted = 0 ORDER BY code")));
    CHECK(query::readRows(q, &lastError, nameFrom) == QVector<QString>{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Đoài")});
    CHECK(lastError == QStringLiteral("untouched")); // success leaves an earlier reason alone

    // Prepared fine, fails when run: SQLite raises the overflow while stepping.
    QSqlQuery broken(t.store().db());
    REQUIRE(broken.prepare(QStringLiteral("SELECT abs(-9223372036854775807 - 1)")));
    CHECK(query::readRows(broken, &lastError, nameFrom).isEmpty());
    CHECK(lastError.contains(QStringLiteral("overflow")));
}

TEST_CASE("firstRow gives the first row, nothing when there is none or the query fails", "[query]")
{
    TempStore t;
    StoreError e;
    REQUIRE(t.store().insert(QStringLiteral("hamlets"), {{"code", "T1"}, {"name", "Thôn Đông"}}, &e));
    REQUIRE(t.store().insert(QStringLiteral("hamlets"), {{"code", "T2"}, {"name", "Thôn Đoài"}}, &e));

    QSqlQuery q(t.store().db());
    REQUIRE(q.prepare(QStringLiteral("SELECT name FROM hamlets WHERE code >= ? ORDER BY code")));
    q.addBindValue(QStringLiteral("T1"));
    CHECK(query::firstRow(q, nameFrom) == QStringLiteral("Thôn Đông"));
    q.addBindValue(QStringLiteral("T9"));
    CHECK_FALSE(query::firstRow(q, nameFrom).has_value());

    QSqlQuery broken(t.store().db());
    REQUIRE(broken.prepare(QStringLiteral("SELECT abs(-9223372036854775807 - 1)")));
    CHECK_FALSE(query::firstRow(broken, nameFrom).has_value());
}
