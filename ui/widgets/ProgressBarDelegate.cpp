#include "ui/widgets/ProgressBarDelegate.h"

#include "ui/models/KpiTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace hocvuso {

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The selection background and focus first, then the bar on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const QVariant percent = index.data(KpiRoles::PercentRole);
    const QVariant target = index.data(KpiRoles::TargetRole);
    const QRectF track = QRectF(option.rect).adjusted(6, option.rect.height() * 0.3, -6, -option.rect.height() * 0.3);
    if (track.width() <= 4)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xE6, 0xE8, 0xEB));
    painter->drawRoundedRect(track, 3, 3);
    if (percent.isValid()) {
        const double value = std::clamp(percent.toDouble(), 0.0, 100.0);
        QColor fill(0x8A, 0x94, 0xA0);
        if (target.isValid()) {
            const double gap = target.toDouble() - percent.toDouble();
            fill = gap <= 0 ? QColor(0x2E, 0x9E, 0x55) : gap > 10 ? QColor(0xD9, 0x48, 0x3B) : QColor(0xE8, 0xA3, 0x17);
        }
        QRectF bar = track;
        bar.setWidth(track.width() * value / 100.0);
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 3, 3);
    }
    if (target.isValid()) {
        const double x = track.left() + track.width() * std::clamp(target.toDouble(), 0.0, 100.0) / 100.0;
        painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
        painter->drawLine(QPointF(x, option.rect.top() + 3), QPointF(x, option.rect.bottom() - 3));
    }
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(160, 24));
}

} // namespace hocvuso
