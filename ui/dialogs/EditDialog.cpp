#include "ui/dialogs/EditDialog.h"

#include "ui/dialogs/UnsavedChanges.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hocvuso {

EditDialog::EditDialog(QWidget* parent) : QDialog(parent), m_tracker(this)
{
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setObjectName(QStringLiteral("saveShortcut"));
    connect(save, &QShortcut::activated, this, &EditDialog::saveAndAccept);
}

QLabel* EditDialog::layOutForm(QLayout* form, const QString& errorName)
{
    auto* error = new QLabel(this);
    error->setObjectName(errorName);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditDialog::saveAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    return error;
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
