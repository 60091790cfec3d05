#include "core/query/ResidentListQuery.h"

#include "core/domain/TargetGroup.h"
#include "core/query/ResidentConditions.h"
#include "core/query/ResidentTextMatch.h"
#include "core/store/Store.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hocvuso {

namespace {

// Rowids a page asks SQLite about at first; each further round asks for
// more, so that a page of rare matches (few trained among thousands named
// "Nguyễn") takes a few rounds, not thousands.
constexpr int kFirstBatch = 256;
constexpr int kBatchGrowth = 4;

const QHash<QString, QString>& digitalConditions()
{
    static const QHash<QString, QString> conditions = {
        {QStringLiteral("smartphone"), QStringLiteral("r.has_smartphone = 1")},
        {QStringLiteral("no_smartphone"), QStringLiteral("r.has_smartphone = 0")},
        {QStringLiteral("vneid"), QStringLiteral("r.vneid_level2 = 1")},
        {QStringLiteral("no_vneid"), QStringLiteral("r.vneid_level2 = 0")},
        {QStringLiteral("bank"), QStringLiteral("r.digital_bank = 1")},
        {QStringLiteral("no_bank"), QStringLiteral("r.digital_bank = 0")},
    };
    return conditions;
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
}

} // namespace

QStringList ResidentListFilter::groupKeys()
{
    return target_group::keys(); // the groups a class is planned for
}

QStringList ResidentListFilter::digitalKeys()
{
    return {QStringLiteral("smartphone"), QStringLiteral("no_smartphone"), QStringLiteral("vneid"),
            QStringLiteral("no_vneid"),   QStringLiteral("bank"),          QStringLiteral("no_bank")};
}

ResidentListQuery::ResidentListQuery(Store& store) : m_store(store), m_text(std::make_unique<ResidentTextMatch>(store))
{
}

ResidentListQuery::~ResidentListQuery() = default;

QString ResidentListQuery::sqlCondition(const ResidentListFilter& filter, QVariantList* binds)
{
    QStringList parts = {QStringLiteral("r.deleted = 0")};
    if (!filter.hamletId.isEmpty()) {
        parts << QStringLiteral("r.hamlet_id = ?");
        *binds << filter.hamletId;
    }
    // The same definition of each group as the indicators use (the elderly
    // by their full birth date when known, as on the dashboard).
    if (ResidentListFilter::groupKeys().contains(filter.group)) // our own keys, never user text
        parts << query::groupCondition(QStringLiteral("r"), filter.group, QDate::currentDate());
    const QString digital = digitalConditions().value(filter.digital);
    if (!digital.isEmpty())
        parts << digital;
    if (filter.trained == 1)
        parts << query::trainedCondition(QStringLiteral("r"));
    else if (filter.trained == 0)
        parts << QStringLiteral("NOT ") + query::trainedCondition(QStringLiteral("r"));
    return parts.join(QStringLiteral(" AND "));
}

bool ResidentListQuery::onlyTextAndHamlet(const ResidentListFilter& filter)
{
    return !ResidentListFilter::groupKeys().contains(filter.group) && !digitalConditions().contains(filter.digital) &&
           filter.trained != 0 && filter.trained != 1;
}

QVector<ResidentListRow> ResidentListQuery::read(const QString& where, const QVariantList& binds, int limit)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.rowid, r.id, r.search_key, r.full_name, r.birth_date, r.birth_year, r.sex,"
                             " r.cccd, r.phone, h.name, r.has_smartphone, r.vneid_level2, r.digital_bank, ") +
              query::trainedCondition(QStringLiteral("r")) +
              QStringLiteral(" FROM residents r LEFT JOIN hamlets h ON h.id = r.hamlet_id WHERE ") + where +
              QStringLiteral(" ORDER BY r.search_key, r.rowid LIMIT ?"));
    bindAll(q, binds);
    q.bindValue(int(binds.size()), limit);
    QVector<ResidentListRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        ResidentListRow r;
        r.rowid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.sortKey = q.value(2).toString();
        r.fullName = q.value(3).toString();
        r.birthDate = q.value(4).toString();
        r.birthYear = q.value(5).toInt();
        r.sex = q.value(6).toString();
        r.cccd = q.value(7).toString();
        r.phone = q.value(8).toString();
        r.hamletName = q.value(9).toString();
        r.smartphone = q.value(10).toBool();
        r.vneidLevel2 = q.value(11).toBool();
        r.digitalBank = q.value(12).toBool();
        r.trained = q.value(13).toBool();
        rows.push_back(r);
    }
    return rows;
}

QVector<ResidentListRow> ResidentListQuery::rows(const ResidentListFilter& filter, const ResidentListRow* after,
                                                 int limit)
{
    m_lastError.clear();
    if (limit <= 0)
        return {};
    QVariantList binds;
    QString where = sqlCondition(filter, &binds);
    const QByteArray needle = ResidentTextMatch::needleOf(filter.search);
    if (needle.isEmpty()) {
        if (after) {
            where += QStringLiteral(" AND (r.search_key > ? OR (r.search_key = ? AND r.rowid > ?))");
            binds << after->sortKey << after->sortKey << after->rowid;
        }
        return read(where, binds, limit);
    }

    const auto* found = m_text->find(needle, filter.hamletId, &m_lastError);
    if (!found)
        return {};
    auto from = found->cbegin();
    if (after) {
        const QByteArray afterKey = after->sortKey.toUtf8();
        const std::string_view key(afterKey.constData(), size_t(afterKey.size()));
        from = std::upper_bound(found->cbegin(), found->cend(), ResidentTextMatch::Resident{after->rowid, key},
                                [](const ResidentTextMatch::Resident& a, const ResidentTextMatch::Resident& b) {
                                    const int c = a.key.compare(b.key);
                                    return c != 0 ? c < 0 : a.rowid < b.rowid;
                                });
    }
    // The matches are in list order already: SQLite applies the other
    // filters to them a batch at a time until the page is full.
    where += QStringLiteral(" AND r.rowid IN (SELECT value FROM json_each(?))");
    QVector<ResidentListRow> page;
    qsizetype batch = std::max(kFirstBatch, limit);
    while (from != found->cend() && page.size() < limit) {
        const auto to = from + std::min<qsizetype>(batch, found->cend() - from);
        QVariantList batchBinds = binds;
        batchBinds << ResidentTextMatch::rowidsJson(from, to);
        page += read(where, batchBinds, int(limit - page.size()));
        if (!m_lastError.isEmpty())
            return {};
        from = to;
        batch *= kBatchGrowth;
    }
    return page;
}

qint64 ResidentListQuery::count(const ResidentListFilter& filter)
{
    m_lastError.clear();
    QVariantList binds;
    QString where = sqlCondition(filter, &binds);
    const QByteArray needle = ResidentTextMatch::needleOf(filter.search);
    if (!needle.isEmpty()) {
        const auto* found = m_text->find(needle, filter.hamletId, &m_lastError);
        if (!found)
            return -1;
        if (onlyTextAndHamlet(filter))
            return qint64(found->size());
        where += QStringLiteral(" AND r.rowid IN (SELECT value FROM json_each(?))");
        binds << ResidentTextMatch::rowidsJson(found->cbegin(), found->cend());
    }
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents r WHERE ") + where);
    bindAll(q, binds);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace hocvuso
