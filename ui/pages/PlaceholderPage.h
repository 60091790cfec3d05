#pragma once

#include "ui/pages/Page.h"

namespace hocvuso {

// Stands in for a page another engineer is building; it only says whose
// work lands here. Replace the addPage line in MainWindow to remove it.
class PlaceholderPage final : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(Store& store, const QString& title, const QIcon& icon, const QString& note,
                    QWidget* parent = nullptr);
    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }

private:
    QString m_title;
    QIcon m_icon;
};

} // namespace hocvuso
