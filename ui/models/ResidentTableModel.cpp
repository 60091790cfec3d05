#include "ui/models/ResidentTableModel.h"

#include <QDate>

namespace hocvuso {

ResidentTableModel::ResidentTableModel(Store& store, QObject* parent) : ResidentChunks(store, parent)
{
    setFilter({});
}

void ResidentTableModel::setFilter(const ResidentListFilter& filter)
{
    readFirst(filter, kChunk);
}

int ResidentTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < rows().size(); ++i)
        if (rows()[i].id == id)
            return i;
    return -1;
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResidentListRow& r = rows()[index.row()];
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.fullName;
    case Born: {
        const QDate birth = QDate::fromString(r.birthDate, Qt::ISODate);
        if (birth.isValid())
            return birth.toString(QStringLiteral("dd/MM/yyyy"));
        return r.birthYear > 0 ? QString::number(r.birthYear) : QString();
    }
    case Sex:
        return r.sex == QLatin1String("M") ? tr("Male") : r.sex == QLatin1String("F") ? tr("Female") : QString();
    case Cccd:
        return r.cccd;
    case Phone:
        return r.phone;
    case Hamlet:
        return r.hamletName;
    case Digital: {
        QStringList parts;
        if (r.smartphone)
            parts << tr("Smartphone");
        if (r.vneidLevel2)
            parts << tr("VNeID 2");
        if (r.digitalBank)
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
        return ResidentChunks::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Full name");
    case Born:
        return tr("Birth date");
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

} // namespace hocvuso
