#include "ui/dialogs/EditDialog.h"

#include "ui/dialogs/UnsavedChanges.h"

#include <QShortcut>

namespace hocvuso {

EditDialog::EditDialog(QWidget* parent) : QDialog(parent), m_tracker(this)
{
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setObjectName(QStringLiteral("saveShortcut"));
    connect(save, &QShortcut::activated, this, &EditDialog::saveAndAccept);
}

bool EditDialog::hasUnsavedChanges() const
{
    return m_tracker.isDirty();
}

bool EditDialog::saveAndAccept()
{
    if (!saveEdits())
        return false;
    m_tracker.markClean();
    accept();
    return true;
}

void EditDialog::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    const QString question = tr("\"%1\" has changes that are not saved. Save them?").arg(windowTitle());
    switch (askAboutUnsavedChanges(this, question)) {
    case UnsavedAnswer::Save:
        saveAndAccept(); // stays open, showing why, when the save is refused
        return;
    case UnsavedAnswer::Discard:
        QDialog::reject();
        return;
    case UnsavedAnswer::Cancel:
        return;
    }
}

} // namespace hocvuso
