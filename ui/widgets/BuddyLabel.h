#pragma once

#include <QLabel>

namespace hocvuso {

// A field's label whose mnemonic (Alt+letter) moves the focus to the field.
// QFormLayout::addRow(text, field) makes one by itself; rows holding a
// layout, and labels placed in a plain row of controls, need this.
inline QLabel* buddyLabel(const QString& text, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace hocvuso
