#pragma once

#include "core/kpi/Period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace hocvuso {

// Picks a reporting period: a year, a quarter, a half-year, a month or a
// custom date range. Emits periodChanged whenever the choice changes.
class PeriodSelector final : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodSelector(QWidget* parent = nullptr);

    kpi::Period period() const;
    // Shows `period` in the controls (a Range stays a range).
    void setPeriod(const kpi::Period& period);

signals:
    void periodChanged(const kpi::Period& period);

private:
    void updateParts();
    void emitChanged();

    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_part = nullptr; // quarter, half or month of the year
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_updating = false;
};

} // namespace hocvuso
