#include "ui/dialogs/ResidentDialog.h"

#include "core/store/Store.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"
#include "core/validation/Phone.h"
#include "core/query/Lookups.h"
#include "core/query/ResidentIdentity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hocvuso {

namespace {
const QString kName = QStringLiteral("full_name");
const QString kBirth = QStringLiteral("birth");
const QString kCccd = QStringLiteral("cccd");
const QString kPhone = QStringLiteral("phone");
const QString kSkillsOn = QStringLiteral("basic_skills_on");

struct FlagField
{
    const char* column;
    const char* label;
};
// The yes/no facts a form records, grouped as the plans count them.
const FlagField kGroupFlags[] = {
    {"is_head", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Head of household")},
    {"ethnic_minority", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Ethnic minority")},
    {"disabled", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Person with disabilities")},
    {"public_official", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Public official")},
    {"student", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Student")},
    {"enterprise_worker", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Enterprise / co-operative worker")},
    {"small_trader", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Small trader")},
    {"womens_union", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Women's Union member")},
    {"youth_union", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Youth Union member")},
    {"influencer", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Influencer for the movement")},
};
const FlagField kDigitalFlags[] = {
    {"has_smartphone", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Owns a smartphone")},
    {"vneid_level2", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "VNeID level 2")},
    {"digital_bank", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Digital bank account")},
    {"online_services", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Uses online public services")},
    {"cashless", QT_TRANSLATE_NOOP("hocvuso::ResidentDialog", "Pays cashless")},
};
} // namespace

ResidentDialog::ResidentDialog(Store& store, const QString& residentId, QWidget* parent)
    : EditDialog(parent), m_store(store), m_id(residentId)
{
    setWindowTitle(residentId.isEmpty() ? tr("New resident") : tr("Edit resident"));
    buildForm();
    if (!residentId.isEmpty())
        load(residentId);
    validate();
    markClean();
}

void ResidentDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto addField = [&](const QString& key, const QString& label, QWidget* field) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        auto* message = new QLabel(box);
        message->setObjectName(key + QStringLiteral("Message"));
        message->setWordWrap(true);
        message->hide();
        v->addWidget(message);
        m_messages.insert(key, message);
        form->addRow(label, box);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fullName"));
    addField(kName, tr("Full name *"), m_name);
    m_birth = new QLineEdit(this);
    m_birth->setObjectName(QStringLiteral("birth"));
    m_birth->setPlaceholderText(tr("dd/mm/yyyy or a year"));
    addField(kBirth, tr("Birth date"), m_birth);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("(not recorded)"), QString());
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    form->addRow(tr("Sex"), m_sex);
    m_cccd = new QLineEdit(this);
    m_cccd->setObjectName(QStringLiteral("cccd"));
    m_cccd->setPlaceholderText(tr("12 digits"));
    addField(kCccd, tr("CCCD"), m_cccd);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    addField(kPhone, tr("Phone"), m_phone);
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("hamlet"));
    m_hamlet->addItem(tr("(none)"), QString());
    for (const IdName& h : loadHamlets(m_store))
        m_hamlet->addItem(h.name, h.id);
    form->addRow(tr("Hamlet"), m_hamlet);
    m_household = new QComboBox(this);
    m_household->setObjectName(QStringLiteral("household"));
    form->addRow(tr("Household"), m_household);
    m_ethnicity = new QLineEdit(this);
    form->addRow(tr("Ethnicity"), m_ethnicity);
    m_basicSkillsOn = new QLineEdit(this);
    m_basicSkillsOn->setPlaceholderText(tr("dd/mm/yyyy"));
    addField(kSkillsOn, tr("Basic digital skills since"), m_basicSkillsOn);
    layout->addLayout(form);

    auto addFlags = [&](const QString& title, const FlagField* begin, const FlagField* end) {
        auto* group = new QGroupBox(title, this);
        auto* grid = new QGridLayout(group);
        int i = 0;
        for (const FlagField* f = begin; f != end; ++f, ++i) {
            auto* box = new QCheckBox(tr(f->label), group);
            box->setObjectName(QString::fromLatin1(f->column));
            m_flags.insert(QString::fromLatin1(f->column), box);
            grid->addWidget(box, i / 2, i % 2);
        }
        layout->addWidget(group);
    };
    addFlags(tr("Groups"), std::begin(kGroupFlags), std::end(kGroupFlags));
    addFlags(tr("Digital status"), std::begin(kDigitalFlags), std::end(kDigitalFlags));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(60);
    auto* notesForm = new QFormLayout;
    notesForm->addRow(tr("Notes"), m_notes);
    layout->addLayout(notesForm);

    m_storeError = new QLabel(this);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_storeError->setWordWrap(true);
    m_storeError->hide();
    layout->addWidget(m_storeError);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_saveAnyway = buttons->addButton(tr("Save anyway"), QDialogButtonBox::ActionRole);
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnyway->hide();
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (trySave(false))
            accept();
    });
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] {
        if (trySave(true))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_birth, m_cccd, m_phone, m_basicSkillsOn})
        connect(edit, &QLineEdit::textChanged, this, &ResidentDialog::validate);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &ResidentDialog::validate);
    connect(m_hamlet, &QComboBox::currentIndexChanged, this, &ResidentDialog::reloadHouseholds);
    reloadHouseholds();
}

void ResidentDialog::reloadHouseholds()
{
    const QString keep = m_pendingHousehold.isEmpty() ? m_household->currentData().toString() : m_pendingHousehold;
    m_household->clear();
    m_household->addItem(tr("(none)"), QString());
    const QString hamlet = m_hamlet->currentData().toString();
    if (!hamlet.isEmpty())
        for (const IdName& h : loadHouseholds(m_store, hamlet))
            m_household->addItem(h.name, h.id);
    const int index = m_household->findData(keep);
    m_household->setCurrentIndex(index < 0 ? 0 : index);
    m_pendingHousehold.clear();
}

void ResidentDialog::load(const QString& id)
{
    const auto row = m_store.get(QStringLiteral("residents"), id);
    if (!row)
        return;
    m_name->setText(row->value(kName).toString());
    const QDate birth = QDate::fromString(row->value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    m_birth->setText(birth.isValid() ? validation::formatDate(birth)
                                     : row->value(QStringLiteral("birth_year")).toString());
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(row->value(QStringLiteral("sex")).toString())));
    m_cccd->setText(row->value(kCccd).toString());
    m_phone->setText(row->value(kPhone).toString());
    m_pendingHousehold = row->value(QStringLiteral("household_id")).toString();
    m_hamlet->setCurrentIndex(std::max(0, m_hamlet->findData(row->value(QStringLiteral("hamlet_id")).toString())));
    reloadHouseholds();
    m_ethnicity->setText(row->value(QStringLiteral("ethnicity")).toString());
    const QDate skills = QDate::fromString(row->value(kSkillsOn).toString(), Qt::ISODate);
    m_basicSkillsOn->setText(skills.isValid() ? validation::formatDate(skills) : QString());
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(row->value(it.key()).toInt() != 0);
    m_notes->setPlainText(row->value(QStringLiteral("notes")).toString());
}

void ResidentDialog::prefill(const QVariantMap& values)
{
    if (values.contains(kName))
        m_name->setText(values.value(kName).toString());
    const QDate birth = values.value(QStringLiteral("birth_date")).toDate();
    if (birth.isValid())
        m_birth->setText(validation::formatDate(birth));
    if (values.contains(QStringLiteral("sex")))
        m_sex->setCurrentIndex(std::max(0, m_sex->findData(values.value(QStringLiteral("sex")).toString())));
    if (values.contains(kCccd))
        m_cccd->setText(values.value(kCccd).toString());
    if (values.contains(QStringLiteral("hamlet_id")))
        m_hamlet->setCurrentIndex(
            std::max(0, m_hamlet->findData(values.value(QStringLiteral("hamlet_id")).toString())));
    if (values.contains(QStringLiteral("notes")))
        m_notes->setPlainText(values.value(QStringLiteral("notes")).toString());
    validate();
    // What the card says is the starting point: cancelling without a change asks nothing.
    markClean();
}

void ResidentDialog::validate()
{
    m_errors.clear();
    m_warnings.clear();
    if (m_name->text().trimmed().isEmpty())
        m_errors.insert(kName, tr("The full name is required."));

    const validation::ParsedDate birth = validation::parseDate(m_birth->text());
    QString birthError;
    if (!birth.ok())
        m_errors.insert(kBirth, birth.error);
    else if (!validation::plausibleBirth(birth, QDate::currentDate(), &birthError))
        m_errors.insert(kBirth, birthError);

    if (!m_cccd->text().trimmed().isEmpty()) {
        const QString sexCode = m_sex->currentData().toString();
        std::optional<QChar> sex;
        if (!sexCode.isEmpty())
            sex = sexCode.at(0);
        std::optional<int> year;
        if (birth.ok() && birth.year)
            year = *birth.year;
        const validation::CccdCheck check = validation::checkCccd(m_cccd->text(), sex, year);
        if (!check.ok)
            m_errors.insert(kCccd, check.error);
        else if (const QString holder = cccdHolder(check.cccd); !holder.isEmpty())
            m_errors.insert(kCccd, tr("Another resident already has this CCCD: %1.").arg(holder));
        else if (!check.warnings.isEmpty())
            m_warnings.insert(kCccd, check.warnings);
    }
    if (!m_phone->text().trimmed().isEmpty()) {
        const validation::PhoneCheck check = validation::checkPhone(m_phone->text());
        if (!check.ok)
            m_errors.insert(kPhone, check.error);
        else if (!check.warnings.isEmpty())
            m_warnings.insert(kPhone, check.warnings);
    }
    if (!m_basicSkillsOn->text().trimmed().isEmpty()) {
        const validation::ParsedDate on = validation::parseDate(m_basicSkillsOn->text());
        if (!on.ok())
            m_errors.insert(kSkillsOn, on.error);
        else if (!on.date)
            m_errors.insert(kSkillsOn, tr("Enter the full date (day, month and year)."));
        else if (*on.date > QDate::currentDate())
            m_errors.insert(kSkillsOn, tr("The date is in the future."));
    }
    for (const QString& field : {kName, kBirth, kCccd, kPhone, kSkillsOn})
        showMessage(field);
    m_save->setEnabled(m_errors.isEmpty());
    m_saveAnyway->setVisible(m_errors.isEmpty() && !m_warnings.isEmpty());
    m_storeError->hide();
}

QString ResidentDialog::cccdHolder(const QString& cccd)
{
    // One person, one record: a second resident with the same CCCD is refused, named so it can be found.
    const auto holder = ResidentIdentity(m_store).holderOfCccd(cccd, m_id);
    if (!holder)
        return {};
    return holder->hamletName.isEmpty() ? holder->fullName
                                        : QStringLiteral("%1 (%2)").arg(holder->fullName, holder->hamletName);
}

void ResidentDialog::showMessage(const QString& field)
{
    QLabel* label = m_messages.value(field);
    if (!label)
        return;
    if (m_errors.contains(field)) {
        label->setText(m_errors.value(field));
        label->setStyleSheet(QStringLiteral("color: #b00020"));
        label->show();
    } else if (m_warnings.contains(field)) {
        label->setText(m_warnings.value(field).join(QLatin1Char('\n')));
        label->setStyleSheet(QStringLiteral("color: #8a5a00"));
        label->show();
    } else {
        label->clear();
        label->hide();
    }
}

QVariantMap ResidentDialog::values() const
{
    QVariantMap v;
    v.insert(kName, m_name->text());
    const validation::ParsedDate birth = validation::parseDate(m_birth->text());
    v.insert(QStringLiteral("birth_date"), birth.date ? QVariant(*birth.date) : QVariant());
    v.insert(QStringLiteral("birth_year"), birth.year ? QVariant(*birth.year) : QVariant());
    v.insert(QStringLiteral("sex"), m_sex->currentData().toString());
    const QString cccd = m_cccd->text().trimmed();
    v.insert(kCccd, cccd.isEmpty() ? QString() : validation::checkCccd(cccd).cccd);
    const QString phone = m_phone->text().trimmed();
    v.insert(kPhone, phone.isEmpty() ? QString() : validation::checkPhone(phone).normalized);
    v.insert(QStringLiteral("hamlet_id"), m_hamlet->currentData().toString());
    v.insert(QStringLiteral("household_id"), m_household->currentData().toString());
    v.insert(QStringLiteral("ethnicity"), m_ethnicity->text());
    const validation::ParsedDate skills = validation::parseDate(m_basicSkillsOn->text());
    v.insert(kSkillsOn, skills.date ? QVariant(*skills.date) : QVariant());
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        v.insert(it.key(), it.value()->isChecked());
    v.insert(QStringLiteral("notes"), m_notes->toPlainText());
    return v;
}

bool ResidentDialog::trySave(bool acceptWarnings)
{
    validate();
    if (!m_errors.isEmpty())
        return false;
    if (!m_warnings.isEmpty() && !acceptWarnings)
        return false;
    StoreError error;
    QVariantMap v = values();
    // The store refuses an empty string for a reference: store NULL instead.
    for (const QString& ref : {QStringLiteral("hamlet_id"), QStringLiteral("household_id")})
        if (v.value(ref).toString().isEmpty())
            v.insert(ref, QVariant());
    bool ok = false;
    if (m_id.isEmpty()) {
        if (auto id = m_store.insert(QStringLiteral("residents"), v, &error)) {
            m_savedId = *id;
            ok = true;
        }
    } else {
        ok = m_store.update(QStringLiteral("residents"), m_id, v, &error);
        if (ok)
            m_savedId = m_id;
    }
    if (!ok) {
        m_storeError->setText(tr("Not saved: %1").arg(error.displayText()));
        m_storeError->show();
    }
    return ok;
}

} // namespace hocvuso
