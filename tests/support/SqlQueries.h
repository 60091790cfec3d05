#pragma once

#include "core/store/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

// Plain SQL for test fixtures and checks: a statement that fails fails the
// test, naming the statement.
namespace hocvuso::test {

inline void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// The first column of the first row.
inline QVariant queryValue(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

inline QVariant queryValue(Store& s, const QString& sql)
{
    return queryValue(s.db(), sql);
}

// The same as a number (a count, a sum, a seq).
inline qint64 queryNumber(QSqlDatabase& db, const QString& sql)
{
    return queryValue(db, sql).toLongLong();
}

inline qint64 queryNumber(Store& s, const QString& sql)
{
    return queryNumber(s.db(), sql);
}

} // namespace hocvuso::test
