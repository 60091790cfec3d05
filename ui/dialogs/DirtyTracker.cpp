#include "ui/dialogs/DirtyTracker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace hocvuso {

DirtyTracker::DirtyTracker(QWidget* form) : m_form(form) {}

void DirtyTracker::exclude(QWidget* input)
{
    m_excluded.insert(input);
    // A combo box's own line edit is an input of its own too.
    for (const QWidget* child : input->findChildren<QWidget*>())
        m_excluded.insert(child);
}

bool DirtyTracker::isInput(const QWidget* widget)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->isCheckable();
    if (qobject_cast<const QLineEdit*>(widget))
        // The line edit inside a spin or combo box is read through its owner.
        return !qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()) &&
               !qobject_cast<const QComboBox*>(widget->parentWidget());
    return qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QListWidget*>(widget);
}

QVector<QWidget*> DirtyTracker::inputs() const
{
    QVector<QWidget*> out;
    if (!m_form)
        return out;
    for (QWidget* w : m_form->findChildren<QWidget*>())
        if (!m_excluded.contains(w) && isInput(w))
            out.push_back(w);
    return out;
}

QVariant DirtyTracker::valueOf(const QWidget* input)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(input))
        return button->isChecked();
    if (const auto* edit = qobject_cast<const QLineEdit*>(input))
        return edit->text();
    if (const auto* combo = qobject_cast<const QComboBox*>(input)) {
        // The stored key when the items carry one; what was typed in an editable box.
        if (combo->isEditable())
            return combo->currentText();
        const QVariant data = combo->currentData();
        return data.isValid() ? data : QVariant(combo->currentText());
    }
    if (const auto* dateTime = qobject_cast<const QDateTimeEdit*>(input))
        return dateTime->dateTime();
    if (const auto* spin = qobject_cast<const QSpinBox*>(input))
        return spin->value();
    if (const auto* spin = qobject_cast<const QDoubleSpinBox*>(input))
        return spin->value();
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(input))
        return spin->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(input))
        return text->toPlainText();
    if (const auto* text = qobject_cast<const QTextEdit*>(input))
        return text->toPlainText();
    if (const auto* list = qobject_cast<const QListWidget*>(input)) {
        // Only the checkable items' ticks are data; the highlighted row is not.
        QStringList ticks;
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem* item = list->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                ticks << item->data(Qt::UserRole).toString() + QLatin1Char('=') +
                             QString::number(int(item->checkState()));
        }
        return ticks;
    }
    return {};
}

void DirtyTracker::markClean()
{
    m_clean.clear();
    for (const QWidget* w : inputs())
        m_clean.insert(w, valueOf(w));
}

bool DirtyTracker::isDirty() const
{
    return !changedInputs().isEmpty();
}

QStringList DirtyTracker::changedInputs() const
{
    QStringList changed;
    for (const QWidget* w : inputs()) {
        const auto clean = m_clean.constFind(w);
        // An input made after loading was not part of what was loaded.
        if (clean != m_clean.cend() && clean.value() != valueOf(w))
            changed << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    return changed;
}

} // namespace hocvuso
