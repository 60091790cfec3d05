#include "ui/pages/Page.h"

#include <QApplication>
#include <QStyle>

namespace hocvuso {

Page::Page(Store& store, QWidget* parent) : QWidget(parent), m_store(store) {}

bool Page::save()
{
    emit statusMessage(tr("Everything on this page is saved."));
    return true;
}

QIcon Page::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
}

} // namespace hocvuso
