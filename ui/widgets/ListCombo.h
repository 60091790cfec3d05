#pragma once

#include <QComboBox>

namespace hocvuso {

// Offers the importable/exportable lists of ListColumns by their translated
// titles; the item data is the list's name ("residents", ...).
class ListCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit ListCombo(QWidget* parent = nullptr);
    QString currentList() const;
    bool setCurrentList(const QString& name);
    // The translated title of a list's English title.
    static QString listTitle(const QString& englishTitle);
};

} // namespace hocvuso
