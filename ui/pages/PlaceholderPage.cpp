#include "ui/pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hocvuso {

PlaceholderPage::PlaceholderPage(Store& store, const QString& title, const QIcon& icon, const QString& note,
                                 QWidget* parent)
    : Page(store, parent), m_title(title), m_icon(icon)
{
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(note, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
}

} // namespace hocvuso
