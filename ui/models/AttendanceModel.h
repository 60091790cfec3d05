#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace hocvuso {

class Store;

// Who attended one class. The Completed column is a checkbox that writes
// attendance.completed straight to the store.
class AttendanceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Born, Cccd, Completed, ColumnCount };
    enum Role { ResidentIdRole = Qt::UserRole + 1 };

    explicit AttendanceModel(Store& store, QObject* parent = nullptr);
    void setClass(const QString& classId);
    const QString& classId() const { return m_classId; }
    void reload();
    int rowOfResident(const QString& residentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void written();

private:
    struct Row
    {
        QString attendanceId;
        QString residentId;
        QString name;
        QString born;
        QString cccd;
        bool completed = false;
    };
    Store& m_store;
    QString m_classId;
    QVector<Row> m_rows;
};

} // namespace hocvuso
