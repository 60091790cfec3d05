#pragma once

#include "ui/dialogs/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hocvuso {

class Store;

// Registers (or edits) a household: its hamlet, code, head, address and
// whether it is poor or near poor. A family moving in is registered here,
// then its members in the resident form. Ctrl+S saves; closing with changes
// asks first (EditDialog).
class HouseholdDialog final : public EditDialog
{
    Q_OBJECT
public:
    HouseholdDialog(Store& store, const QString& householdId, QWidget* parent = nullptr);
    QString savedId() const { return m_savedId; }
    bool trySave();

protected:
    bool saveEdits() override { return trySave(); }

private:
    void load(const QString& id);
    void refuse(const QString& problem);

    Store& m_store;
    QString m_id;
    QString m_savedId;
    QComboBox* m_hamlet = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_head = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_poor = nullptr;
    QCheckBox* m_nearPoor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hocvuso
