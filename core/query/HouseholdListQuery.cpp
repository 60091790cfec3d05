#include "core/query/HouseholdListQuery.h"

#include "core/query/ResidentConditions.h"
#include "core/query/ResidentTextMatch.h"
#include "core/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace hocvuso {

namespace {

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
}

// Household `alias` has at least one trained, living member.
QString digitalFamilyCondition(const QString& alias)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM residents m WHERE m.household_id = %1.id AND m.deleted = 0 AND %2)")
        .arg(alias, query::trainedCondition(QStringLiteral("m")));
}

} // namespace

HouseholdListQuery::HouseholdListQuery(Store& store)
    : m_store(store), m_text(std::make_unique<ResidentTextMatch>(store))
{
}

HouseholdListQuery::~HouseholdListQuery() = default;

bool HouseholdListQuery::condition(const HouseholdListFilter& filter, QString* where, QVariantList* binds)
{
    QStringList parts = {QStringLiteral("h.deleted = 0")};
    if (!filter.hamletId.isEmpty()) {
        parts << QStringLiteral("h.hamlet_id = ?");
        *binds << filter.hamletId;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The code as typed, or a household of a member whose key holds it (finds the head too).
        const auto* members = m_text->find(ResidentTextMatch::needleOf(search), {}, &m_lastError);
        if (!members)
            return false;
        parts << QStringLiteral("(h.code LIKE ? ESCAPE '\\' OR h.id IN (SELECT r.household_id FROM residents r"
                                " WHERE r.rowid IN (SELECT value FROM json_each(?))))");
        *binds << QStringLiteral("%%1%").arg(query::likeLiteral(search))
               << ResidentTextMatch::rowidsJson(members->cbegin(), members->cend());
    }
    *where = parts.join(QStringLiteral(" AND "));
    return true;
}

QVector<HouseholdListRow> HouseholdListQuery::rows(const HouseholdListFilter& filter, const HouseholdListRow* after,
                                                   int limit)
{
    m_lastError.clear();
    QString where;
    QVariantList binds;
    if (limit <= 0 || !condition(filter, &where, &binds))
        return {};
    if (after) {
        where += QStringLiteral(" AND (coalesce(h.code, '') > ? OR (coalesce(h.code, '') = ? AND h.rowid > ?))");
        binds << after->code << after->code << after->rowid;
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.rowid, h.id, coalesce(h.code, ''), h.head_name, hm.name, h.address,"
                             " (SELECT count(*) FROM residents c WHERE c.household_id = h.id AND c.deleted = 0), ") +
              digitalFamilyCondition(QStringLiteral("h")) +
              QStringLiteral(" FROM households h LEFT JOIN hamlets hm ON hm.id = h.hamlet_id WHERE ") + where +
              QStringLiteral(" ORDER BY coalesce(h.code, ''), h.rowid LIMIT ?"));
    binds << limit;
    bindAll(q, binds);
    QVector<HouseholdListRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        HouseholdListRow r;
        r.rowid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.code = q.value(2).toString();
        r.headName = q.value(3).toString();
        r.hamletName = q.value(4).toString();
        r.address = q.value(5).toString();
        r.members = q.value(6).toInt();
        r.digitalFamily = q.value(7).toBool();
        rows.push_back(r);
    }
    return rows;
}

qint64 HouseholdListQuery::count(const HouseholdListFilter& filter)
{
    m_lastError.clear();
    QString where;
    QVariantList binds;
    if (!condition(filter, &where, &binds))
        return -1;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM households h WHERE ") + where);
    bindAll(q, binds);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QVector<HouseholdMemberRow> HouseholdListQuery::members(const QString& householdId)
{
    m_lastError.clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.full_name, r.birth_year, r.is_head, ") +
              query::trainedCondition(QStringLiteral("r")) +
              QStringLiteral(" FROM residents r WHERE r.household_id = ? AND r.deleted = 0"
                             " ORDER BY r.is_head DESC, r.birth_year"));
    q.addBindValue(householdId);
    QVector<HouseholdMemberRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool(),
                        q.value(4).toBool()});
    return rows;
}

} // namespace hocvuso
