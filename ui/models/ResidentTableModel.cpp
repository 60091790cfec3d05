#include "ui/models/ResidentTableModel.h"

#include "core/store/Store.h"

#include <QSqlQuery>

namespace hocvuso {

ResidentTableModel::ResidentTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    setFilter({});
}

void ResidentTableModel::setFilter(const ResidentListFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_rows = readChunk(kChunk);
    m_atEnd = m_rows.size() < kChunk;
    endResetModel();
    countTotal();
}

void ResidentTableModel::reload()
{
    const int keep = std::max<int>(kChunk, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_rows = readChunk(keep);
    m_atEnd = m_rows.size() < keep;
    endResetModel();
    countTotal();
}

void ResidentTableModel::countTotal()
{
    QVariantList binds;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM residents r WHERE ") + m_filter.whereClause(&binds));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    m_total = (q.exec() && q.next()) ? q.value(0).toLongLong() : qint64(m_rows.size());
    emit totalChanged(m_total);
}

QVector<ResidentTableModel::Row> ResidentTableModel::readChunk(int limit) const
{
    QVariantList binds;
    QString where = m_filter.whereClause(&binds);
    if (!m_rows.isEmpty()) {
        const Row& last = m_rows.constLast();
        where += QStringLiteral(" AND (r.search_key > ? OR (r.search_key = ? AND r.rowid > ?))");
        binds << last.sortKey << last.sortKey << last.rowid;
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.rowid, r.id, r.search_key, r.full_name, r.birth_date, r.birth_year, r.sex,"
                             " r.cccd, r.phone, h.name, r.has_smartphone, r.vneid_level2, r.digital_bank, ") +
              trainedCondition(QStringLiteral("r")) +
              QStringLiteral(" FROM residents r LEFT JOIN hamlets h ON h.id = r.hamlet_id WHERE ") + where +
              QStringLiteral(" ORDER BY r.search_key, r.rowid LIMIT ?"));
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
        r.sortKey = q.value(2).toString();
        r.name = q.value(3).toString();
        const QDate birth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.born = birth.isValid() ? birth.toString(QStringLiteral("dd/MM/yyyy"))
                                 : (q.value(5).isNull() ? QString() : q.value(5).toString());
        r.sex = q.value(6).toString();
        r.cccd = q.value(7).toString();
        r.phone = q.value(8).toString();
        r.hamlet = q.value(9).toString();
        r.smartphone = q.value(10).toBool();
        r.vneid = q.value(11).toBool();
        r.bank = q.value(12).toBool();
        r.trained = q.value(13).toBool();
        rows.push_back(r);
    }
    return rows;
}

QString ResidentTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ResidentTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Born:
        return r.born;
    case Sex:
        return r.sex == QLatin1String("M") ? tr("Male") : r.sex == QLatin1String("F") ? tr("Female") : QString();
    case Cccd:
        return r.cccd;
    case Phone:
        return r.phone;
    case Hamlet:
        return r.hamlet;
    case Digital: {
        QStringList parts;
        if (r.smartphone)
            parts << tr("Smartphone");
        if (r.vneid)
            parts << tr("VNeID 2");
        if (r.bank)
            parts << tr("Bank");
        return parts.join(QStringLiteral(", "));
    }
    case Trained:
        return r.trained ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Full name");
    case Born:
        return tr("Born");
    case Sex:
        return tr("Sex");
    case Cccd:
        return tr("CCCD");
    case Phone:
        return tr("Phone");
    case Hamlet:
        return tr("Hamlet");
    case Digital:
        return tr("Digital status");
    case Trained:
        return tr("Trained");
    }
    return {};
}

bool ResidentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
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
