#include "ui/dialogs/UnsavedChanges.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hocvuso {

namespace {
UnsavedAnswer askWithMessageBox(QWidget* parent, const QString& text)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("hocvuso::UnsavedChanges", "Unsaved changes"), text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    // Own buttons: the standard ones would only be translated with Qt's own .qm files.
    QPushButton* save = box.addButton(QCoreApplication::translate("hocvuso::UnsavedChanges", "&Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(QCoreApplication::translate("hocvuso::UnsavedChanges", "&Discard"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QCoreApplication::translate("hocvuso::UnsavedChanges", "Cancel"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveAnswer"));
    discard->setObjectName(QStringLiteral("discardAnswer"));
    cancel->setObjectName(QStringLiteral("cancelAnswer"));
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return UnsavedAnswer::Save;
    if (box.clickedButton() == discard)
        return UnsavedAnswer::Discard;
    return UnsavedAnswer::Cancel;
}

UnsavedQuestion& currentQuestion()
{
    static UnsavedQuestion question;
    return question;
}
} // namespace

UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& text)
{
    const UnsavedQuestion& question = currentQuestion();
    return question ? question(parent, text) : askWithMessageBox(parent, text);
}

UnsavedQuestion setUnsavedQuestion(UnsavedQuestion question)
{
    UnsavedQuestion previous = std::move(currentQuestion());
    currentQuestion() = std::move(question);
    return previous;
}

bool resolveUnsavedChanges(QWidget* parent, bool hasChanges, const QString& text, const std::function<bool()>& save)
{
    if (!hasChanges)
        return true;
    switch (askAboutUnsavedChanges(parent, text)) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

bool confirmDelete(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    QPushButton* yes = box.addButton(QCoreApplication::translate("hocvuso::UnsavedChanges", "&Delete"), QMessageBox::YesRole);
    QPushButton* no = box.addButton(QCoreApplication::translate("hocvuso::UnsavedChanges", "Cancel"), QMessageBox::NoRole);
    yes->setObjectName(QStringLiteral("deleteAnswer"));
    no->setObjectName(QStringLiteral("keepAnswer"));
    box.setDefaultButton(no); // Enter does not delete by accident
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace hocvuso
