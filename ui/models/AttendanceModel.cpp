#include "ui/models/AttendanceModel.h"

#include "core/query/ClassQuery.h"
#include "core/store/Store.h"

namespace hocvuso {

AttendanceModel::AttendanceModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

void AttendanceModel::setClass(const QString& classId)
{
    m_classId = classId;
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_classId.isEmpty()) {
        for (const AttendeeRow& a : ClassQuery(m_store).attendees(m_classId))
            m_rows.push_back({a.attendanceId, a.residentId, a.fullName,
                              a.birthYear > 0 ? QString::number(a.birthYear) : QString(), a.cccd, a.completed});
    }
    endResetModel();
}

int AttendanceModel::rowOfResident(const QString& residentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].residentId == residentId)
            return i;
    return -1;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    if (role == ResidentIdRole)
        return r.residentId;
    if (index.column() == Completed && role == Qt::CheckStateRole)
        return r.completed ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Born:
        return r.born;
    case Cccd:
        return r.cccd;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Completed || role != Qt::CheckStateRole)
        return false;
    Row& r = m_rows[index.row()];
    const bool completed = value.toInt() == Qt::Checked;
    StoreError error;
    if (!m_store.update(QStringLiteral("attendance"), r.attendanceId, {{QStringLiteral("completed"), completed}},
                        &error))
        return false;
    r.completed = completed;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit written();
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Completed)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Full name");
    case Born:
        return tr("Born");
    case Cccd:
        return tr("CCCD");
    case Completed:
        return tr("Completed");
    }
    return {};
}

} // namespace hocvuso
