#pragma once

#include <QStyledItemDelegate>

namespace hocvuso {

// Paints a cell as a horizontal bar of the percent in KpiRoles::PercentRole
// (0–100 %) with a vertical marker at KpiRoles::TargetRole; the bar is green
// at or past the target, amber or red behind it, grey without a target.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hocvuso
