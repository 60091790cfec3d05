#include "ui/models/ResidentListFilter.h"

#include "core/text/VietnameseText.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace hocvuso {

QStringList ResidentListFilter::groupKeys()
{
    return {QStringLiteral("elderly"),         QStringLiteral("disabled"),     QStringLiteral("ethnic_minority"),
            QStringLiteral("public_official"), QStringLiteral("student"),      QStringLiteral("enterprise_worker"),
            QStringLiteral("small_trader"),    QStringLiteral("womens_union"), QStringLiteral("youth_union")};
}

QStringList ResidentListFilter::digitalKeys()
{
    return {QStringLiteral("smartphone"), QStringLiteral("no_smartphone"), QStringLiteral("vneid"),
            QStringLiteral("no_vneid"),   QStringLiteral("bank"),          QStringLiteral("no_bank")};
}

QString trainedCondition(const QString& a)
{
    return QStringLiteral("(%1.basic_skills_on IS NOT NULL"
                          " OR EXISTS (SELECT 1 FROM attendance att JOIN classes cl ON cl.id = att.class_id"
                          " WHERE att.resident_id = %1.id AND att.completed = 1 AND att.deleted = 0"
                          " AND cl.deleted = 0 AND cl.basic_course = 1)"
                          " OR EXISTS (SELECT 1 FROM mentor_pairs mp WHERE mp.mentee_id = %1.id"
                          " AND mp.status = 'completed' AND mp.deleted = 0))")
        .arg(a);
}

QString ResidentListFilter::whereClause(QVariantList* binds) const
{
    QStringList parts = {QStringLiteral("r.deleted = 0")};
    QString needle = text::looksLikeDigits(search) ? search : text::fold(search);
    if (text::looksLikeDigits(search)) {
        needle.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    }
    needle = needle.trimmed();
    if (!needle.isEmpty()) {
        if (needle.size() >= 3) {
            // Stopgap since schema 4 dropped the FTS index: a scan of the key
            // (to be served by SearchKeyIndex from core/query).
            parts << QStringLiteral("instr(r.search_key, ?) > 0");
            *binds << needle;
        } else {
            QString like = needle;
            like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            parts << QStringLiteral("r.search_key LIKE ? ESCAPE '\\'");
            *binds << QStringLiteral("%%1%").arg(like);
        }
    }
    if (!hamletId.isEmpty()) {
        parts << QStringLiteral("r.hamlet_id = ?");
        *binds << hamletId;
    }
    if (group == QLatin1String("elderly")) {
        parts << QStringLiteral("r.birth_year IS NOT NULL AND r.birth_year <= ?");
        *binds << QDate::currentDate().year() - 60;
    } else if (groupKeys().contains(group)) {
        parts << QStringLiteral("r.%1 = 1").arg(group); // group is one of our own keys, never user text
    }
    static const QHash<QString, QString> digitalSql = {
        {QStringLiteral("smartphone"), QStringLiteral("r.has_smartphone = 1")},
        {QStringLiteral("no_smartphone"), QStringLiteral("r.has_smartphone = 0")},
        {QStringLiteral("vneid"), QStringLiteral("r.vneid_level2 = 1")},
        {QStringLiteral("no_vneid"), QStringLiteral("r.vneid_level2 = 0")},
        {QStringLiteral("bank"), QStringLiteral("r.digital_bank = 1")},
        {QStringLiteral("no_bank"), QStringLiteral("r.digital_bank = 0")},
    };
    if (digitalSql.contains(digital))
        parts << digitalSql.value(digital);
    if (trained == 1)
        parts << trainedCondition(QStringLiteral("r"));
    else if (trained == 0)
        parts << QStringLiteral("NOT ") + trainedCondition(QStringLiteral("r"));
    return parts.join(QStringLiteral(" AND "));
}

} // namespace hocvuso
