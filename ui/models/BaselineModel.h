#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace hocvuso {

class Store;

// The population baselines of one year: a row per hamlet, a column per
// denominator (adults, people 16+, ...). Editing a cell writes the
// baseline row (natural key hamlet + year) at once.
class BaselineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit BaselineModel(Store& store, QObject* parent = nullptr);
    void setYear(int year);
    int year() const { return m_year; }
    void reload();
    static QStringList fieldNames();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void written();
    void refused(const QString& reason);

private:
    struct Row
    {
        QString hamletId;
        QString hamletName;
        QVector<QVariant> values;
    };
    Store& m_store;
    int m_year = 0;
    QVector<Row> m_rows;
};

} // namespace hocvuso
