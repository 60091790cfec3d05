#include "ui/models/HouseholdTableModel.h"

namespace hocvuso {

HouseholdTableModel::HouseholdTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_query(store)
{
    setFilter({}, {});
}

void HouseholdTableModel::setFilter(const QString& hamletId, const QString& search)
{
    m_filter.hamletId = hamletId;
    m_filter.search = search.trimmed();
    reload();
}

void HouseholdTableModel::reload()
{
    const int keep = std::max<int>(kChunk, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_rows = readChunk(keep);
    m_atEnd = m_rows.size() < keep;
    endResetModel();
    const qint64 total = m_query.count(m_filter);
    m_total = total >= 0 ? total : qint64(m_rows.size());
    emit totalChanged(m_total);
}

QVector<HouseholdTableModel::Row> HouseholdTableModel::readChunk(int limit)
{
    return m_query.rows(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), limit);
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
        return r.headName;
    case Hamlet:
        return r.hamletName;
    case Address:
        return r.address;
    case Members:
        return r.members;
    case DigitalFamily:
        return r.digitalFamily ? tr("Yes") : tr("No");
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
