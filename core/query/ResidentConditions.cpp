#include "core/query/ResidentConditions.h"

namespace hocvuso::query {

QString trainedCondition(const QString& a)
{
    return QStringLiteral("(%1.basic_skills_on IS NOT NULL"
                          " OR EXISTS (SELECT 1 FROM attendance att JOIN classes cl ON cl.id = att.class_id"
                          " WHERE att.resident_id = %1.id AND att.completed = 1 AND att.deleted = 0"
                          " AND cl.deleted = 0 AND cl.basic_course = 1)"
                          " OR EXISTS (SELECT 1 FROM mentor_pairs mpt WHERE mpt.mentee_id = %1.id"
                          " AND mpt.status = 'completed' AND mpt.deleted = 0))")
        .arg(a);
}

QString ageAtLeastOrUnknown(const QString& a, int years, const QDate& today)
{
    const QString cut = today.addYears(-years).toString(Qt::ISODate);
    return QStringLiteral("(CASE WHEN %1.birth_date IS NOT NULL THEN %1.birth_date <= '%2'"
                          " WHEN %1.birth_year IS NOT NULL THEN %1.birth_year <= %3 ELSE 1 END)")
        .arg(a, cut)
        .arg(today.year() - years);
}

QStringList groupKeys()
{
    return {QStringLiteral("elderly"),          QStringLiteral("disabled"),     QStringLiteral("ethnic_minority"),
            QStringLiteral("poor_household"),   QStringLiteral("public_official"), QStringLiteral("student"),
            QStringLiteral("enterprise_worker"), QStringLiteral("small_trader"), QStringLiteral("womens_union"),
            QStringLiteral("youth_union")};
}

QString groupCondition(const QString& a, const QString& group, const QDate& today)
{
    if (group == QLatin1String("elderly")) {
        const QString cut = today.addYears(-60).toString(Qt::ISODate);
        return QStringLiteral("(CASE WHEN %1.birth_date IS NOT NULL THEN %1.birth_date <= '%2'"
                              " ELSE coalesce(%1.birth_year, 9999) <= %3 END)")
            .arg(a, cut)
            .arg(today.year() - 60);
    }
    if (group == QLatin1String("disabled"))
        return QStringLiteral("%1.disabled = 1").arg(a);
    if (group == QLatin1String("poor_household"))
        return QStringLiteral("%1.household_id IN (SELECT id FROM households WHERE deleted = 0"
                              " AND (poor = 1 OR near_poor = 1))")
            .arg(a);
    if (groupKeys().contains(group))
        return QStringLiteral("%1.%2 = 1").arg(a, group); // a resident flag of the same name
    return {};
}

QString likeLiteral(const QString& typed)
{
    QString escaped = typed;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

} // namespace hocvuso::query
