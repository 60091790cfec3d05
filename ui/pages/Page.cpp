#include "ui/pages/Page.h"

#include <QApplication>
#include <QStyle>

namespace hocvuso {

Page::Page(Store& store, QWidget* parent) : QWidget(parent), m_store(store) {}

QIcon Page::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
}

} // namespace hocvuso
