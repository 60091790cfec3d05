#pragma once

#include <QComboBox>

namespace hocvuso {

class Store;

// "All hamlets" and then the commune's hamlets by name; the item data is the
// hamlet id ("" for all). Pages reload it when shown: a hamlet added in
// Settings appears, and the one chosen stays chosen.
class HamletCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit HamletCombo(QWidget* parent = nullptr);
    void reload(Store& store);
    QString hamletId() const { return currentData().toString(); }
};

} // namespace hocvuso
