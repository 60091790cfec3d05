#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hocvuso {

class HamletCombo;

class ResidentTableModel;

// Người dân: the residents of the commune, searched as the user types
// (without diacritics), filtered by hamlet, group, digital status and
// training; add, edit and delete (with undo).
class ResidentsPage final : public Page
{
    Q_OBJECT
public:
    explicit ResidentsPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    void focusSearch() override;
    void createNew() override;

    ResidentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    // Runs the pending search now instead of after the typing pause.
    void applyFilterNow();
    // Tombstones the resident after asking (when `ask`); offers Undo.
    bool deleteResident(const QString& id, bool ask = true);
    void editResident(const QString& id);

private:
    QString selectedId() const;

    ResidentTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    HamletCombo* m_hamlet = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_digital = nullptr;
    QComboBox* m_trained = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace hocvuso
