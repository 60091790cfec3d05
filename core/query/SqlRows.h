#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include <optional>
#include <type_traits>

namespace hocvuso::query {

// Runs a prepared, bound query and turns each row into a Row with
// `from(q)`. A failed query gives no rows and leaves the driver's message
// in *lastError, so the caller can tell "none" from "failed".
template <class FromQuery, class Row = std::invoke_result_t<FromQuery, const QSqlQuery&>>
QVector<Row> readRows(QSqlQuery& q, QString* lastError, FromQuery from)
{
    QVector<Row> out;
    if (!q.exec()) {
        *lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(from(q));
    return out;
}

// The first row of a prepared, bound query; nothing when there is none or
// the query fails.
template <class FromQuery, class Row = std::invoke_result_t<FromQuery, const QSqlQuery&>>
std::optional<Row> firstRow(QSqlQuery& q, FromQuery from)
{
    if (q.exec() && q.next())
        return from(q);
    return std::nullopt;
}

} // namespace hocvuso::query
