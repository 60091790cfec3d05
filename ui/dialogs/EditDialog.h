#pragma once

#include "ui/dialogs/DirtyTracker.h"

#include <QDialog>

class QLabel;
class QLayout;

namespace hocvuso {

// A dialog that edits one record and never loses typed edits silently:
// Ctrl+S saves (as the Save button), and Esc, Cancel or closing the window
// with changes asks Save / Discard / Cancel (no question when nothing
// changed). Subclasses build and load the form, then call markClean().
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditDialog(QWidget* parent = nullptr);

    bool hasUnsavedChanges() const;
    DirtyTracker& tracker() { return m_tracker; }

    // Esc, the Cancel button and the window's close button all come here.
    void reject() override;
    // Saves and closes; stays open (showing why) when the save is refused.
    bool saveAndAccept();

protected:
    // Validates and writes; false when refused (the form shows why).
    virtual bool saveEdits() = 0;
    // Takes the form as it is now as the loaded values.
    void markClean() { m_tracker.markClean(); }
    // Lays out `form`, under it a hidden red line for why a save was refused
    // (returned, named `errorName`), and Save / Cancel: Save saves and
    // closes, Cancel is reject().
    QLabel* layOutForm(QLayout* form, const QString& errorName);

private:
    DirtyTracker m_tracker;
};

} // namespace hocvuso
