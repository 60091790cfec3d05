#include "ui/models/HouseholdTableModel.h"

#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "ui/models/ResidentListFilter.h"

#include <QSqlQuery>

namespace hocvuso {

HouseholdTableModel::HouseholdTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    setFilter({}, {});
}

QString HouseholdTableModel::digitalFamilyCondition(const QString& alias)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM residents m WHERE m.household_id = %1.id AND m.deleted = 0 AND %2)")
        .arg(alias, trainedCondition(QStringLiteral("m")));
}

void HouseholdTableModel::setFilter(const QString& hamletId, const QString& search)
{
    m_hamletId = hamletId;
    m_search = search.trimmed();
    reload();
}

QString HouseholdTableModel::whereClause(QVariantList* binds) const
{
    QStringList parts = {QStringLiteral("h.deleted = 0")};
    if (!m_hamletId.isEmpty()) {
        parts << QStringLiteral("h.hamlet_id = ?");
        *binds << m_hamletId;
    }
    if (!m_search.isEmpty()) {
        // The code as typed, or a member whose folded name matches (finds the head too).
        ResidentListFilter members;
        members.search = m_search;
        QVariantList memberBinds;
        const QString memberWhere = members.whereClause(&memberBinds);
        parts << QStringLiteral("(h.code LIKE ? OR h.id IN (SELECT r.household_id FROM residents r WHERE %1))")
                     .arg(memberWhere);
        *binds << QStringLiteral("%%1%").arg(m_search);
        *binds += memberBinds;
    }
    return parts.join(QStringLiteral(" AND "));
}

void HouseholdTableModel::reload()
{
    const int keep = std::max<int>(kChunk, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_rows = readChunk(keep);
    m_atEnd = m_rows.size() < keep;
    endResetModel();
    QVariantList binds;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM households h WHERE ") + whereClause(&binds));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    m_total = (q.exec() && q.next()) ? q.value(0).toLongLong() : qint64(m_rows.size());
    emit totalChanged(m_total);
}

QVector<HouseholdTableModel::Row> HouseholdTableModel::readChunk(int limit) const
{
    QVariantList binds;
    QString where = whereClause(&binds);
    if (!m_rows.isEmpty()) {
        const Row& last = m_rows.constLast();
        where += QStringLiteral(" AND (coalesce(h.code, '') > ? OR (coalesce(h.code, '') = ? AND h.rowid > ?))");
        binds << last.code << last.code << last.rowid;
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.rowid, h.id, coalesce(h.code, ''), h.head_name, hm.name, h.address,"
                             " (SELECT count(*) FROM residents c WHERE c.household_id = h.id AND c.deleted = 0), ") +
              digitalFamilyCondition(QStringLiteral("h")) +
              QStringLiteral(" FROM households h LEFT JOIN hamlets hm ON hm.id = h.hamlet_id WHERE ") + where +
              QStringLiteral(" ORDER BY coalesce(h.code, ''), h.rowid LIMIT ?"));
    binds << limit;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    QVector<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.rowid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.code = q.value(2).toString();
        r.head = q.value(3).toString();
        r.hamlet = q.value(4).toString();
        r.address = q.value(5).toString();
        r.members = q.value(6).toInt();
        r.digital = q.value(7).toBool();
        rows.push_back(r);
    }
    return rows;
}

QString HouseholdTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int HouseholdTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return r.code;
    case Head:
        return r.head;
    case Hamlet:
        return r.hamlet;
    case Address:
        return r.address;
    case Members:
        return r.members;
    case DigitalFamily:
        return r.digital ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Head:
        return tr("Head of household");
    case Hamlet:
        return tr("Hamlet");
    case Address:
        return tr("Address");
    case Members:
        return tr("Members");
    case DigitalFamily:
        return tr("Digital family");
    }
    return {};
}

bool HouseholdTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void HouseholdTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    QVector<Row> more = readChunk(kChunk);
    m_atEnd = more.size() < kChunk;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }
    m_fetching = false;
}

} // namespace hocvuso
