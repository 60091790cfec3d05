#pragma once

#include "ui/dialogs/EditDialog.h"

#include <QHash>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hocvuso {

class Store;

// Adds or edits one resident. Every field is checked as it is typed and the
// message shows under the field: hard errors (a malformed CCCD, phone or
// date, a missing name, a CCCD another living resident has) block saving;
// warnings (the CCCD's sex or birth-year digits disagree) need an explicit
// "Save anyway". Ctrl+S is the Save button; closing with changes asks first
// (EditDialog).
class ResidentDialog final : public EditDialog
{
    Q_OBJECT
public:
    // An empty id adds a new resident.
    ResidentDialog(Store& store, const QString& residentId, QWidget* parent = nullptr);

    // Fills fields of a new resident (from a scanned ID card): full_name,
    // birth_date (QDate), sex ('M'/'F'), cccd, notes, hamlet_id.
    void prefill(const QVariantMap& values);
    QString savedId() const { return m_savedId; }

    // Validates and writes; false when refused (the messages say why).
    bool trySave(bool acceptWarnings);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool hasWarnings() const { return !m_warnings.isEmpty(); }

protected:
    bool saveEdits() override { return trySave(false); }

private:
    struct Check
    {
        QHash<QString, QString> errors;
        QHash<QString, QStringList> warnings;
    };
    void buildForm();
    void load(const QString& id);
    void reloadHouseholds();
    void validate();
    QVariantMap values() const;
    void showMessage(const QString& field);
    // "Name (hamlet)" of another living resident with this CCCD; empty when none.
    QString cccdHolder(const QString& cccd);

    Store& m_store;
    QString m_id;
    QString m_savedId;
    QHash<QString, QString> m_errors;
    QHash<QString, QStringList> m_warnings;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QCheckBox*> m_flags;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_birth = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_cccd = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_hamlet = nullptr;
    QComboBox* m_household = nullptr;
    QLineEdit* m_ethnicity = nullptr;
    QLineEdit* m_basicSkillsOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_storeError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    QString m_pendingHousehold;
};

} // namespace hocvuso
