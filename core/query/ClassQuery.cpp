#include "core/query/ClassQuery.h"

#include "core/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso {

ClassQuery::ClassQuery(Store& store) : m_store(store) {}

QVector<ClassListRow> ClassQuery::classes()
{
    m_lastError.clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    QVector<ClassListRow> rows;
    if (!q.exec(QStringLiteral("SELECT c.id, c.starts_at, c.title, c.place, c.format,"
                               " (SELECT count(*) FROM attendance a WHERE a.class_id = c.id AND a.deleted = 0"
                               "  AND a.present = 1)"
                               " FROM classes c WHERE c.deleted = 0 ORDER BY c.starts_at DESC, c.rowid DESC"))) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toInt()});
    return rows;
}

QVector<AttendeeRow> ClassQuery::attendees(const QString& classId)
{
    m_lastError.clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, r.id, r.full_name, r.birth_year, r.cccd, a.completed"
                             " FROM attendance a JOIN residents r ON r.id = a.resident_id"
                             " WHERE a.class_id = ? AND a.deleted = 0 AND a.present = 1 AND r.deleted = 0"
                             " ORDER BY r.search_key"));
    q.addBindValue(classId);
    QVector<AttendeeRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toString(), q.value(5).toBool()});
    return rows;
}

} // namespace hocvuso
