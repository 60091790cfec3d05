#include "ui/dialogs/HouseholdDialog.h"

#include "core/query/Lookups.h"
#include "core/store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace hocvuso {

HouseholdDialog::HouseholdDialog(Store& store, const QString& householdId, QWidget* parent)
    : EditDialog(parent), m_store(store), m_id(householdId)
{
    setWindowTitle(householdId.isEmpty() ? tr("Register a household") : tr("Edit household"));
    auto* form = new QFormLayout;
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("householdHamlet"));
    for (const IdName& h : loadHamlets(store))
        m_hamlet->addItem(h.name, h.id);
    form->addRow(tr("Hamlet *"), m_hamlet);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("householdCode"));
    form->addRow(tr("Household code"), m_code);
    m_head = new QLineEdit(this);
    m_head->setObjectName(QStringLiteral("householdHead"));
    form->addRow(tr("Head of household"), m_head);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("householdAddress"));
    form->addRow(tr("Address"), m_address);
    m_poor = new QCheckBox(tr("Poor household"), this);
    m_poor->setObjectName(QStringLiteral("householdPoor"));
    form->addRow(QString(), m_poor);
    m_nearPoor = new QCheckBox(tr("Near-poor household"), this);
    m_nearPoor->setObjectName(QStringLiteral("householdNearPoor"));
    form->addRow(QString(), m_nearPoor);

    m_error = layOutForm(form, QStringLiteral("householdError"));
    if (!householdId.isEmpty())
        load(householdId);
    markClean();
}

void HouseholdDialog::load(const QString& id)
{
    const auto row = m_store.get(QStringLiteral("households"), id);
    if (!row)
        return;
    m_hamlet->setCurrentIndex(std::max(0, m_hamlet->findData(row->value(QStringLiteral("hamlet_id")).toString())));
    m_code->setText(row->value(QStringLiteral("code")).toString());
    m_head->setText(row->value(QStringLiteral("head_name")).toString());
    m_address->setText(row->value(QStringLiteral("address")).toString());
    m_poor->setChecked(row->value(QStringLiteral("poor")).toBool());
    m_nearPoor->setChecked(row->value(QStringLiteral("near_poor")).toBool());
}

void HouseholdDialog::refuse(const QString& problem)
{
    m_error->setText(problem);
    m_error->show();
}

bool HouseholdDialog::trySave()
{
    const QString hamlet = m_hamlet->currentData().toString();
    const QString code = m_code->text().trimmed();
    if (hamlet.isEmpty()) {
        refuse(tr("Choose the hamlet (add hamlets in Settings first)."));
        return false;
    }
    if (code.isEmpty() && m_head->text().trimmed().isEmpty()) {
        refuse(tr("Enter the household code or the head of household: one of them tells the household apart."));
        return false;
    }
    if (m_poor->isChecked() && m_nearPoor->isChecked()) {
        refuse(tr("A household is poor or near poor, not both."));
        return false;
    }
    // Codes tell households apart within a hamlet (lists and imports match on them).
    if (!code.isEmpty()) {
        for (const IdName& other : loadHouseholds(m_store, hamlet))
            if (other.id != m_id && other.name.section(QStringLiteral(" - "), 0, 0) == code) {
                refuse(tr("Another household of this hamlet already has the code %1.").arg(code));
                return false;
            }
    }
    const QVariantMap values = {
        {QStringLiteral("hamlet_id"), hamlet},
        {QStringLiteral("code"), code},
        {QStringLiteral("head_name"), m_head->text().trimmed()},
        {QStringLiteral("address"), m_address->text().trimmed()},
        {QStringLiteral("poor"), m_poor->isChecked()},
        {QStringLiteral("near_poor"), m_nearPoor->isChecked()},
    };
    StoreError error;
    bool ok = false;
    if (m_id.isEmpty()) {
        if (auto id = m_store.insert(QStringLiteral("households"), values, &error)) {
            m_savedId = *id;
            ok = true;
        }
    } else if ((ok = m_store.update(QStringLiteral("households"), m_id, values, &error))) {
        m_savedId = m_id;
    }
    if (!ok)
        refuse(tr("Not saved: %1").arg(error.displayText()));
    return ok;
}

} // namespace hocvuso
