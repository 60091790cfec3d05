#pragma once

#include "core/query/StoredValueText.h"
#include "ui/SyncBackend.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace hocvuso {

// One row per quarantined change or conflict still waiting for review.
class SyncProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, EntityColumn, FieldColumn, DetailColumn, ColumnCount };
    struct Row
    {
        bool conflict = false;
        qint64 id = 0;
        QString entity, rowId, field, detail;
    };

    explicit SyncProblemsModel(QObject* parent = nullptr);
    // The store whose rows name the references of conflicting values
    // (a hamlet's name, not its id); call before load().
    void setStore(Store* store) { m_values = StoredValueText(store); }
    void load(const QVector<SyncQuarantineItem>& quarantined, const QVector<SyncConflictItem>& conflicts);
    Row rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The server's reason for refusing a change, in the interface language
    // when it is one of the fixed reasons the server gives; otherwise as sent.
    static QString refusalText(const QString& reason);

private:
    QVector<Row> m_rows;
    StoredValueText m_values;
};

// "Sync problems": what the server refused (entity, reason) and concurrent
// edits it decided (entity, field, kept and lost value), each marked reviewed
// once a person has looked. Reviewing changes no data.
class SyncProblemsDialog final : public QDialog
{
    Q_OBJECT
public:
    // With a store, conflicting values that reference a row show its name.
    explicit SyncProblemsDialog(SyncBackend& backend, QWidget* parent = nullptr, Store* store = nullptr);

    SyncProblemsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reload();
    // Marks the selected rows reviewed; returns how many were marked.
    int markSelectedReviewed();

private:
    SyncBackend& m_backend;
    SyncProblemsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_markButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hocvuso
