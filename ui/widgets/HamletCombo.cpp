#include "ui/widgets/HamletCombo.h"

#include "core/query/Lookups.h"

#include <algorithm>

namespace hocvuso {

HamletCombo::HamletCombo(QWidget* parent) : QComboBox(parent) {}

void HamletCombo::reload(Store& store)
{
    const QString keep = hamletId();
    clear();
    addItem(tr("All hamlets"), QString());
    for (const IdName& h : loadHamlets(store))
        addItem(h.name, h.id);
    setCurrentIndex(std::max(0, findData(keep)));
}

} // namespace hocvuso
