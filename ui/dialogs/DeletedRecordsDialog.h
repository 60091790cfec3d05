#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hocvuso {

class RowListModel;
class Store;

// File > Deleted records: every record deleted on this laptop or received
// deleted from the commune's other laptops, newest first, by kind, and a
// Restore button that brings the selected ones back (and syncs that).
class DeletedRecordsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DeletedRecordsDialog(Store& store, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void reload();
    // Restores the selected rows; returns how many came back.
    int restoreSelected();

signals:
    void storeWritten();

private:
    Store& m_store;
    QComboBox* m_kind = nullptr;
    RowListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hocvuso
