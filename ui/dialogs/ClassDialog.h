#pragma once

#include "ui/dialogs/EditDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace hocvuso {

class Store;

// Plans (or edits) a class: title, skills from the catalogue, when, where,
// format (in class, online, mobile "lưu động"), target group, organiser,
// instructors, and whether it is a basic-skills course. Ctrl+S saves;
// closing with changes asks first (EditDialog).
class ClassDialog final : public EditDialog
{
    Q_OBJECT
public:
    ClassDialog(Store& store, const QString& classId, QWidget* parent = nullptr);
    QString savedId() const { return m_savedId; }
    bool trySave();

    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* skillList() const { return m_skills; }

    // Format and target-group keys as stored, with their labels.
    static QStringList formatKeys();
    static QString formatLabel(const QString& key);

protected:
    bool saveEdits() override { return trySave(); }

private:
    void load(const QString& id);

    Store& m_store;
    QString m_id;
    QString m_savedId;
    QLineEdit* m_title = nullptr;
    QListWidget* m_skills = nullptr;
    QDateTimeEdit* m_startsAt = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLineEdit* m_organiser = nullptr;
    QLineEdit* m_instructors = nullptr;
    QCheckBox* m_basic = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hocvuso
