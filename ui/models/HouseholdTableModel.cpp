#include "ui/models/HouseholdTableModel.h"

namespace hocvuso {

HouseholdTableModel::HouseholdTableModel(Store& store, QObject* parent) : HouseholdChunks(store, parent)
{
    setFilter({}, {});
}

void HouseholdTableModel::setFilter(const QString& hamletId, const QString& search)
{
    HouseholdListFilter filter = this->filter();
    filter.hamletId = hamletId;
    filter.search = search.trimmed();
    readFirst(std::move(filter), std::max<int>(kChunk, rowCount()));
}

int HouseholdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdListRow& r = rows()[index.row()];
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
        return HouseholdChunks::headerData(section, orientation, role);
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

} // namespace hocvuso
