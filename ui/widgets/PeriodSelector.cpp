#include "ui/widgets/PeriodSelector.h"

#include "ui/widgets/BuddyLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace hocvuso {

using kpi::Period;

PeriodSelector::PeriodSelector(QWidget* parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("6 months"), int(Period::Kind::Half));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Date range"), int(Period::Kind::Range));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = buddyLabel(tr("Pe&riod:"), m_kind, this);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_part);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateParts();
        emitChanged();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodSelector::emitChanged);
    connect(m_part, &QComboBox::currentIndexChanged, this, &PeriodSelector::emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodSelector::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodSelector::emitChanged);
    updateParts();
}

void PeriodSelector::updateParts()
{
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    const bool range = kind == Period::Kind::Range;
    m_year->setVisible(!range);
    m_from->setVisible(range);
    m_to->setVisible(range);
    m_part->setVisible(kind == Period::Kind::Quarter || kind == Period::Kind::Half || kind == Period::Kind::Month);

    const bool wasUpdating = m_updating;
    m_updating = true;
    m_part->clear();
    const QDate today = QDate::currentDate();
    if (kind == Period::Kind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Q%1").arg(q), q);
        m_part->setCurrentIndex((today.month() - 1) / 3);
    } else if (kind == Period::Kind::Half) {
        m_part->addItem(tr("First half"), 1);
        m_part->addItem(tr("Second half"), 2);
        m_part->setCurrentIndex(today.month() <= 6 ? 0 : 1);
    } else if (kind == Period::Kind::Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(QLocale().standaloneMonthName(m), m);
        m_part->setCurrentIndex(today.month() - 1);
    }
    m_updating = wasUpdating;
}

Period PeriodSelector::period() const
{
    const int year = m_year->value();
    const int part = m_part->currentData().toInt();
    switch (Period::Kind(m_kind->currentData().toInt())) {
    case Period::Kind::Year:
        return Period::year(year);
    case Period::Kind::Quarter:
        return Period::quarter(year, part);
    case Period::Kind::Half:
        return Period(Period::Kind::Half, QDate(year, part == 1 ? 1 : 7, 1), QDate(year, part == 1 ? 6 : 12, part == 1 ? 30 : 31));
    case Period::Kind::Month:
        return Period::month(year, part);
    case Period::Kind::Range:
        return Period::range(m_from->date(), m_to->date());
    }
    return {};
}

void PeriodSelector::setPeriod(const Period& period)
{
    if (!period.isValid())
        return;
    m_updating = true;
    m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
    updateParts();
    m_year->setValue(period.end().year());
    switch (period.kind()) {
    case Period::Kind::Quarter:
        m_part->setCurrentIndex((period.start().month() - 1) / 3);
        break;
    case Period::Kind::Half:
        m_part->setCurrentIndex(period.start().month() <= 6 ? 0 : 1);
        break;
    case Period::Kind::Month:
        m_part->setCurrentIndex(period.start().month() - 1);
        break;
    case Period::Kind::Range:
        m_from->setDate(period.start());
        m_to->setDate(period.end());
        break;
    case Period::Kind::Year:
        break;
    }
    m_updating = false;
    emitChanged();
}

void PeriodSelector::emitChanged()
{
    if (m_updating)
        return;
    const Period p = period();
    if (p.isValid())
        emit periodChanged(p);
}

} // namespace hocvuso
