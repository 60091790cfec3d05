#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTimer;

namespace hocvuso {

class HamletCombo;

class HouseholdTableModel;
class RowListModel;

// Hộ gia đình: households by hamlet, searched by code or a member's name;
// the selected household's members and whether it is a "Gia đình số".
class HouseholdsPage final : public Page
{
    Q_OBJECT
public:
    explicit HouseholdsPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    void focusSearch() override;
    void createNew() override; // Ctrl+N: register a household

    HouseholdTableModel* model() const { return m_model; }
    RowListModel* membersModel() const { return m_members; }
    QLabel* digitalLabel() const { return m_digital; }
    void applyFilterNow();
    void showHousehold(const QString& id);
    // Only a household nobody lives in and nobody visited can go (the page
    // says what holds it); asks first when `ask`; undoable from the status bar.
    bool deleteHousehold(const QString& id, bool ask = true);
    // Opens the household form (empty id: a new household); true when saved.
    bool editHousehold(const QString& id);

private:

    HouseholdTableModel* m_model = nullptr;
    RowListModel* m_members = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_memberView = nullptr;
    QLineEdit* m_search = nullptr;
    HamletCombo* m_hamlet = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_digital = nullptr;
    QTimer* m_debounce = nullptr;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace hocvuso
