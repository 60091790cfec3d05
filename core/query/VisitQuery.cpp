#include "core/query/VisitQuery.h"

#include "core/query/ResidentConditions.h"
#include "core/query/SqlRows.h"

#include "core/search/ResidentSearch.h"
#include "core/store/Store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso {

namespace visit_tasks {
QStringList all()
{
    return {QString::fromLatin1(vneidInstalled), QString::fromLatin1(vneidLevel2), QString::fromLatin1(digitalBank),
            QString::fromLatin1(onlineService),  QString::fromLatin1(cashless),    QString::fromLatin1(informed)};
}

QString residentFact(const QString& task)
{
    if (task == QLatin1String(vneidLevel2))
        return QStringLiteral("vneid_level2");
    if (task == QLatin1String(digitalBank))
        return QStringLiteral("digital_bank");
    if (task == QLatin1String(onlineService))
        return QStringLiteral("online_services");
    if (task == QLatin1String(cashless))
        return QStringLiteral("cashless");
    return {};
}
} // namespace visit_tasks

namespace {
const QString kHouseholdColumns = QStringLiteral(
    "SELECT hh.id, coalesce(hh.code, ''), coalesce(hh.head_name, ''), coalesce(hh.hamlet_id, ''),"
    " coalesce(h.name, ''), coalesce(hh.address, '')"
    " FROM households hh LEFT JOIN hamlets h ON h.id = hh.hamlet_id");

HouseholdInfo householdFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}
} // namespace

struct VisitQuery::Searcher
{
    explicit Searcher(Store& store) : residents(store) {}
    ResidentSearch residents;
};

VisitQuery::VisitQuery(Store& store) : m_store(store), m_searcher(std::make_unique<Searcher>(store)) {}

VisitQuery::~VisitQuery() = default;

QVector<TeamInfo> VisitQuery::teams(const QString& hamletId)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.name, coalesce(t.hamlet_id, ''), coalesce(h.name, ''),"
        " (SELECT count(*) FROM team_members tm JOIN residents r ON r.id = tm.resident_id AND r.deleted = 0"
        "   WHERE tm.team_id = t.id AND tm.deleted = 0)"
        " FROM teams t LEFT JOIN hamlets h ON h.id = t.hamlet_id"
        " WHERE t.deleted = 0 AND t.active = 1 AND (coalesce(?, '') = '' OR t.hamlet_id = ?)"
        " ORDER BY coalesce(h.code, h.name), t.name"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return TeamInfo{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                        r.value(4).toInt()};
    });
}

QVector<TeamMemberInfo> VisitQuery::teamMembers(const QString& teamId)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tm.id, tm.resident_id, r.full_name, coalesce(tm.role, '')"
                             " FROM team_members tm JOIN residents r ON r.id = tm.resident_id AND r.deleted = 0"
                             " WHERE tm.team_id = ? AND tm.deleted = 0 ORDER BY r.search_key, r.id"));
    q.addBindValue(teamId);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return TeamMemberInfo{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                              r.value(3).toString()};
    });
}

QVector<HouseholdInfo> VisitQuery::findHouseholds(const QString& text, const QString& hamletId, int limit)
{
    QVector<HouseholdInfo> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return out;
    QSet<QString> seen;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kHouseholdColumns + QStringLiteral(" WHERE hh.deleted = 0 AND (coalesce(?, '') = '' OR hh.hamlet_id = ?)"
                                                 " AND hh.code LIKE ? ESCAPE '\\' ORDER BY hh.code LIMIT ?"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    q.addBindValue(QString(query::likeLiteral(needle) + QLatin1Char('%')));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        out.push_back(householdFrom(q));
        seen.insert(out.last().id);
    }
    // Then by the name of a member (the head first when several match equally).
    ResidentFilter filter;
    filter.hamletId = hamletId;
    for (const ResidentHit& hit : m_searcher->residents.search(needle, limit * 2, filter)) {
        if (out.size() >= limit)
            break;
        if (hit.householdId.isEmpty() || seen.contains(hit.householdId))
            continue;
        seen.insert(hit.householdId);
        if (auto h = household(hit.householdId))
            out.push_back(*h);
    }
    return out;
}

std::optional<HouseholdInfo> VisitQuery::household(const QString& householdId)
{
    QSqlQuery q(m_store.db());
    q.prepare(kHouseholdColumns + QStringLiteral(" WHERE hh.id = ? AND hh.deleted = 0"));
    q.addBindValue(householdId);
    return query::firstRow(q, householdFrom);
}

QVector<HouseholdMemberInfo> VisitQuery::householdMembers(const QString& householdId)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, full_name, coalesce(birth_year, 0), vneid_level2, digital_bank,"
                             " online_services, cashless FROM residents WHERE household_id = ? AND deleted = 0"
                             " ORDER BY is_head DESC, coalesce(birth_year, 9999), search_key"));
    q.addBindValue(householdId);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return HouseholdMemberInfo{r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(),
                                   r.value(3).toBool(),   r.value(4).toBool(),   r.value(5).toBool(),
                                   r.value(6).toBool()};
    });
}

QVector<HouseholdInfo> VisitQuery::neverVisited(const QString& hamletId, int offset, int limit)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kHouseholdColumns + QStringLiteral(" WHERE hh.deleted = 0 AND (coalesce(?, '') = '' OR hh.hamlet_id = ?)"
                                                 " AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = hh.id"
                                                 " AND v.deleted = 0) ORDER BY hh.code, hh.id LIMIT ? OFFSET ?"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return query::readRows(q, &m_lastError, householdFrom);
}

qint64 VisitQuery::neverVisitedCount(const QString& hamletId)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM households hh WHERE hh.deleted = 0 AND (coalesce(?, '') = '' OR hh.hamlet_id = ?)"
                             " AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = hh.id AND v.deleted = 0)"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    m_lastError = q.lastError().text();
    return 0;
}

QVector<FollowUpInfo> VisitQuery::followUpsDue(const QString& hamletId, const QDate& today, int limit)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // The latest visit per household (by date, then id: UUIDv7 ids grow with time).
    q.prepare(QStringLiteral(
        "SELECT v.id, v.household_id, coalesce(hh.code, ''), coalesce(hh.head_name, ''), v.visited_on,"
        " coalesce(v.follow_up, ''), v.follow_up_on"
        " FROM visits v JOIN households hh ON hh.id = v.household_id AND hh.deleted = 0"
        " WHERE v.deleted = 0 AND v.follow_up_on IS NOT NULL AND v.follow_up_on <= ?"
        " AND (coalesce(?, '') = '' OR hh.hamlet_id = ?)"
        " AND NOT EXISTS (SELECT 1 FROM visits later WHERE later.household_id = v.household_id"
        "   AND later.deleted = 0 AND (later.visited_on > v.visited_on"
        "   OR (later.visited_on = v.visited_on AND later.id > v.id)))"
        " ORDER BY v.follow_up_on, hh.code LIMIT ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    q.addBindValue(limit);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return FollowUpInfo{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                            r.value(6).toString()};
    });
}

QVector<VisitSummary> VisitQuery::recentVisits(const QString& hamletId, int limit)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT v.id, v.household_id, coalesce(hh.code, ''), coalesce(hh.head_name, ''), v.visited_on,"
        " coalesce(t.name, ''), coalesce(v.tasks, ''), coalesce(v.follow_up, '')"
        " FROM visits v JOIN households hh ON hh.id = v.household_id AND hh.deleted = 0"
        " LEFT JOIN teams t ON t.id = v.team_id"
        " WHERE v.deleted = 0 AND (coalesce(?, '') = '' OR hh.hamlet_id = ?)"
        " ORDER BY v.visited_on DESC, v.id DESC LIMIT ?"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    q.addBindValue(limit);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return VisitSummary{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                            r.value(6).toString(), r.value(7).toString()};
    });
}

} // namespace hocvuso
