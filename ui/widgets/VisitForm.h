#pragma once

#include "ui/dialogs/DirtyTracker.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hocvuso {

class SearchPicker;
class Store;
class VisitQuery;

// The quick home-visit form, made for the keyboard: find the household by
// code or a member's name (Enter picks it), then Tab through date (today),
// team, visitors (the team's members, all ticked), residents helped, the
// tasks done and an optional follow-up; Enter anywhere else saves.
class VisitForm final : public QWidget
{
    Q_OBJECT
public:
    VisitForm(Store& store, VisitQuery& query, QWidget* parent = nullptr);

    // Narrows the household search and the teams to one hamlet (empty: all).
    void setHamlet(const QString& hamletId);
    void reloadTeams();
    // Clears the household, helped, tasks and follow-up (keeps date and team).
    void clearVisit();
    void focusHousehold();
    bool chooseHousehold(const QString& householdId);
    // Records the visit; false (with the reason shown) when refused.
    bool save();
    // A household is chosen or something of the visit was ticked or typed.
    bool hasUnsavedChanges() const;

    SearchPicker* householdPicker() const { return m_household; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* teamBox() const { return m_team; }
    QListWidget* visitorsList() const { return m_visitors; }
    QListWidget* helpedList() const { return m_helped; }
    QCheckBox* taskBox(const QString& code) const;
    QLineEdit* followUpEdit() const { return m_followUp; }
    QDateEdit* followUpDate() const { return m_followUpOn; }
    QLabel* messageLabel() const { return m_message; }
    QString householdId() const { return m_householdId; }

signals:
    void saved(const QString& visitId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void loadVisitors();
    void showMessage(const QString& text, bool isError);

    Store& m_store;
    VisitQuery& m_query;
    QString m_hamletId;
    QString m_householdId;
    SearchPicker* m_household = nullptr;
    QLabel* m_householdLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_team = nullptr;
    QListWidget* m_visitors = nullptr;
    QListWidget* m_helped = nullptr;
    QVector<QCheckBox*> m_tasks;
    QLineEdit* m_followUp = nullptr;
    QDateEdit* m_followUpOn = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    DirtyTracker m_tracker;
};

} // namespace hocvuso
