#include "core/query/MentorQuery.h"

#include "core/kpi/PlanCatalog.h"
#include "core/query/ResidentConditions.h"
#include "core/query/SqlRows.h"
#include "core/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hocvuso {

namespace {

const QString kPairColumns = QStringLiteral(
    "SELECT p.id, p.mentor_id, coalesce(m.full_name, ''), p.mentee_id, coalesce(e.full_name, ''),"
    " coalesce(p.started_on, ''), coalesce(p.ended_on, ''), p.status"
    " FROM mentor_pairs p LEFT JOIN residents m ON m.id = p.mentor_id LEFT JOIN residents e ON e.id = p.mentee_id");

MentorPairInfo pairFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

MentorQuery::MentorQuery(Store& store) : m_store(store) {}

int MentorQuery::mentorMinimum()
{
    const auto plan = kpi::PlanCatalog::active(m_store);
    return plan ? std::max(1, plan->mentorMin) : 3;
}

QVector<MentorLoad> MentorQuery::mentors(const QString& hamletId)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT m.resident_id, r.full_name, coalesce(h.name, ''), coalesce(m.since, ''),"
                  " (SELECT count(*) FROM mentor_pairs p JOIN residents e ON e.id = p.mentee_id AND e.deleted = 0"
                  "   WHERE p.mentor_id = m.resident_id AND p.deleted = 0 AND p.status = 'active'),"
                  " (SELECT count(*) FROM mentor_pairs p WHERE p.mentor_id = m.resident_id AND p.deleted = 0"
                  "   AND p.status = 'completed')"
                  " FROM mentors m JOIN residents r ON r.id = m.resident_id AND r.deleted = 0"
                  " LEFT JOIN hamlets h ON h.id = r.hamlet_id"
                  " WHERE m.deleted = 0 AND m.active = 1 AND (coalesce(?, '') = '' OR r.hamlet_id = ?)"
                  " ORDER BY r.search_key, r.id"));
    q.addBindValue(hamletId);
    q.addBindValue(hamletId);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return MentorLoad{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                          r.value(3).toString(), r.value(4).toInt(),    r.value(5).toInt()};
    });
}

bool MentorQuery::isActiveMentor(const QString& residentId)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT 1 FROM mentors m JOIN residents r ON r.id = m.resident_id AND r.deleted = 0"
                             " WHERE m.resident_id = ? AND m.deleted = 0 AND m.active = 1"));
    q.addBindValue(residentId);
    return q.exec() && q.next();
}

QVector<MentorPairInfo> MentorQuery::pairsOf(const QString& mentorId, bool includeClosed)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kPairColumns + QStringLiteral(" WHERE p.mentor_id = ? AND p.deleted = 0 AND coalesce(e.deleted, 0) = 0") +
              (includeClosed ? QString() : QStringLiteral(" AND p.status = 'active'")) +
              QStringLiteral(" ORDER BY p.status <> 'active', coalesce(p.ended_on, p.started_on, '') DESC, e.search_key"));
    q.addBindValue(mentorId);
    return query::readRows(q, &m_lastError, pairFrom);
}

std::optional<MentorPairInfo> MentorQuery::pair(const QString& pairId)
{
    QSqlQuery q(m_store.db());
    q.prepare(kPairColumns + QStringLiteral(" WHERE p.id = ? AND p.deleted = 0"));
    q.addBindValue(pairId);
    return query::firstRow(q, pairFrom);
}

std::optional<MentorPairInfo> MentorQuery::activePairOfMentee(const QString& menteeId)
{
    QSqlQuery q(m_store.db());
    q.prepare(kPairColumns + QStringLiteral(" WHERE p.mentee_id = ? AND p.deleted = 0 AND p.status = 'active'"
                                            " AND coalesce(m.deleted, 0) = 0 LIMIT 1"));
    q.addBindValue(menteeId);
    return query::firstRow(q, pairFrom);
}

QVector<MenteeCandidate> MentorQuery::needingMentor(const NeedsMentorFilter& filter, int offset, int limit)
{
    QStringList where = {
        QStringLiteral("r.deleted = 0"),
        query::ageAtLeastOrUnknown(QStringLiteral("r"), 16, filter.today),
        QStringLiteral("NOT ") + query::trainedCondition(QStringLiteral("r")),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM mentor_pairs ap WHERE ap.mentee_id = r.id AND ap.deleted = 0"
                       " AND ap.status = 'active')"),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM mentors am WHERE am.resident_id = r.id AND am.deleted = 0"
                       " AND am.active = 1)"),
    };
    QVariantList binds;
    if (!filter.hamletId.isEmpty()) {
        where << QStringLiteral("r.hamlet_id = ?");
        binds << filter.hamletId;
    }
    if (!filter.group.isEmpty()) {
        const QString group = query::groupCondition(QStringLiteral("r"), filter.group, filter.today);
        if (group.isEmpty()) {
            m_lastError = QStringLiteral("unknown group %1").arg(filter.group);
            return {};
        }
        where << group;
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.full_name, coalesce(r.birth_year, 0), coalesce(h.name, ''),"
                             " coalesce(hh.code, '')"
                             " FROM residents r LEFT JOIN hamlets h ON h.id = r.hamlet_id"
                             " LEFT JOIN households hh ON hh.id = r.household_id"
                             " WHERE %1 ORDER BY r.search_key, r.id LIMIT ? OFFSET ?")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return query::readRows(q, &m_lastError, [](const QSqlQuery& r) {
        return MenteeCandidate{r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(),
                               r.value(3).toString(), r.value(4).toString()};
    });
}

} // namespace hocvuso
