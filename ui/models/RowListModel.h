#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace hocvuso {

// A small read-only table (tens to a few thousand rows) loaded all at once:
// household members, search results. Each row carries an id in IdRole.
class RowListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    struct Row
    {
        QString id;
        QStringList cells;
    };

    explicit RowListModel(QStringList headers, QObject* parent = nullptr);
    void setHeaders(const QStringList& headers);
    void setRows(QVector<Row> rows);
    QString idAt(int row) const;
    const Row& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<Row> m_rows;
};

} // namespace hocvuso
