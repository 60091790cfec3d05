#include "core/query/ResidentIdentity.h"

#include "core/store/Store.h"
#include "core/text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hocvuso {

namespace {
const QString kColumns = QStringLiteral("SELECT r.id, r.full_name, r.birth_date, r.birth_year, h.name"
                                        " FROM residents r LEFT JOIN hamlets h ON h.id = r.hamlet_id ");

ResidentIdentityRow readRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toInt(), q.value(4).toString()};
}

bool refuse(EditRefusal* refusal, const QString& reason, const QString& field, const QString& detail = {})
{
    if (refusal)
        *refusal = {reason, field, detail};
    return false;
}
} // namespace

ResidentIdentity::ResidentIdentity(Store& store) : m_store(store) {}

std::optional<ResidentIdentityRow> ResidentIdentity::holderOfCccd(const QString& cccd, const QString& exceptId)
{
    m_lastError.clear();
    if (cccd.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kColumns + QStringLiteral("WHERE r.cccd = ? AND r.deleted = 0 AND r.id IS NOT ? ORDER BY r.rowid LIMIT 1"));
    q.addBindValue(cccd);
    q.addBindValue(exceptId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QVector<ResidentIdentityRow> ResidentIdentity::sameWithoutCccd(const QString& fullName, const QDate& birthDate)
{
    m_lastError.clear();
    QVector<ResidentIdentityRow> rows;
    const QString folded = text::fold(fullName);
    if (folded.isEmpty() || !birthDate.isValid())
        return rows;
    // Without a CCCD the search key is the folded name, maybe followed by
    // " " and the phone: one seek in its index, the exact name checked below.
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(kColumns + QStringLiteral("WHERE (r.search_key = :key OR (r.search_key >= :lo || ' ' AND"
                                        " r.search_key < :hi || ' ' || char(1114111)))"
                                        " AND coalesce(r.cccd, '') = '' AND r.deleted = 0 ORDER BY r.rowid"));
    q.bindValue(QStringLiteral(":key"), folded);
    q.bindValue(QStringLiteral(":lo"), folded);
    q.bindValue(QStringLiteral(":hi"), folded);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        const ResidentIdentityRow row = readRow(q);
        if (text::fold(row.fullName) != folded)
            continue;
        const bool sameBirth =
            row.birthDate.isValid() ? row.birthDate == birthDate : row.birthYear == birthDate.year();
        if (sameBirth)
            rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ResidentIdentityRow& a, const ResidentIdentityRow& b) {
        return a.birthDate.isValid() && !b.birthDate.isValid();
    });
    return rows;
}

bool ResidentIdentity::linkCccd(const QString& residentId, const QString& cccd, EditRefusal* refusal)
{
    const auto resident = m_store.get(QStringLiteral("residents"), residentId);
    if (!resident)
        return refuse(refusal, QStringLiteral("no_resident"), QStringLiteral("resident_id"), residentId);
    const QString current = resident->value(QStringLiteral("cccd")).toString();
    if (current == cccd)
        return true;
    if (!current.isEmpty())
        return refuse(refusal, QStringLiteral("has_cccd"), QStringLiteral("cccd"), current);
    if (const auto holder = holderOfCccd(cccd, residentId))
        return refuse(refusal, QStringLiteral("cccd_taken"), QStringLiteral("cccd"), holder->fullName);
    StoreError error;
    if (m_store.update(QStringLiteral("residents"), residentId, {{QStringLiteral("cccd"), cccd}}, &error))
        return true;
    return refuse(refusal, QStringLiteral("store_error"), error.field, error.text());
}

} // namespace hocvuso
