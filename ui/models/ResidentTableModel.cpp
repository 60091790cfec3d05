#include "ui/models/ResidentTableModel.h"

#include <QDate>

namespace hocvuso {

ResidentTableModel::ResidentTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_query(store)
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
    const qint64 total = m_query.count(m_filter);
    m_total = total >= 0 ? total : qint64(m_rows.size());
    emit totalChanged(m_total);
}

QVector<ResidentTableModel::Row> ResidentTableModel::readChunk(int limit)
{
    return m_query.rows(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), limit);
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
