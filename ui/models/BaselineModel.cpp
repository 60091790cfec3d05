#include "ui/models/BaselineModel.h"

#include "core/store/Store.h"
#include "core/query/Lookups.h"

#include <QDate>
#include <QSqlQuery>

namespace hocvuso {

BaselineModel::BaselineModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_year(QDate::currentDate().year())
{
    reload();
}

QStringList BaselineModel::fieldNames()
{
    return {QStringLiteral("adults"),     QStringLiteral("people16"), QStringLiteral("elderly"),
            QStringLiteral("disabled"),   QStringLiteral("households"), QStringLiteral("officials"),
            QStringLiteral("students"),   QStringLiteral("enterprise_workers"), QStringLiteral("markets"),
            QStringLiteral("women_members")};
}

void BaselineModel::setYear(int year)
{
    m_year = year;
    reload();
}

void BaselineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QStringList fields = fieldNames();
    for (const IdName& h : loadHamlets(m_store)) {
        Row row{h.id, h.name, QVector<QVariant>(fields.size())};
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT %1 FROM baselines WHERE hamlet_id = ? AND year = ? AND deleted = 0")
                      .arg(fields.join(QLatin1Char(','))));
        q.addBindValue(h.id);
        q.addBindValue(m_year);
        if (q.exec() && q.next())
            for (int i = 0; i < fields.size(); ++i)
                row.values[i] = q.value(i);
        m_rows.push_back(row);
    }
    endResetModel();
}

int BaselineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BaselineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fieldNames().size()) + 1;
}

QVariant BaselineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Row& r = m_rows[index.row()];
    if (index.column() == 0)
        return r.hamletName;
    const QVariant v = r.values.value(index.column() - 1);
    return v.isNull() ? QVariant() : QVariant(v.toLongLong());
}

bool BaselineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() == 0 ||
        role != Qt::EditRole)
        return false;
    Row& r = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    bool ok = true;
    const qlonglong number = text.isEmpty() ? 0 : text.toLongLong(&ok);
    if (!ok || number < 0) {
        emit refused(tr("%1, %2: \"%3\" is not a whole number of people.")
                         .arg(r.hamletName, headerData(index.column(), Qt::Horizontal).toString(), text));
        return false;
    }
    const QString field = fieldNames().at(index.column() - 1);
    StoreError error;
    if (!m_store.insert(QStringLiteral("baselines"),
                        {{QStringLiteral("hamlet_id"), r.hamletId},
                         {QStringLiteral("year"), m_year},
                         {field, text.isEmpty() ? QVariant() : QVariant(number)}},
                        &error)) {
        emit refused(error.displayText());
        return false;
    }
    r.values[index.column() - 1] = text.isEmpty() ? QVariant() : QVariant(number);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit written();
    return true;
}

Qt::ItemFlags BaselineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BaselineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList labels = {tr("Hamlet"),     tr("Adults"),   tr("People 16+"),        tr("Elderly"),
                                tr("Disabled"),   tr("Households"), tr("Public officials"), tr("Students"),
                                tr("Enterprise workers"), tr("Markets"), tr("Women's Union members")};
    return labels.value(section);
}

} // namespace hocvuso
