#include "ui/dialogs/ClassDialog.h"

#include "core/domain/ClassFormat.h"
#include "core/domain/TargetGroup.h"
#include "core/store/Store.h"
#include "core/validation/Dates.h"
#include "core/query/Lookups.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace hocvuso {

namespace {
struct Skill
{
    const char* code;
    const char* name;
};
// Shown when no skills catalogue has reached this store yet (the province
// sends it by sync); the codes match the catalogue's.
const Skill kDefaultSkills[] = {
    {"smartphone", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Using a smartphone and the internet")},
    {"vneid", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "VNeID (install, level 2)")},
    {"public_services", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Online public services")},
    {"cashless", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Cashless payment and digital banking")},
    {"health", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Online health care")},
    {"cyber_safety", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Cyber safety and fake news")},
    {"ecommerce", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "E-commerce and selling online")},
    {"ai", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "AI tools")},
    {"mooc", QT_TRANSLATE_NOOP("hocvuso::ClassDialog", "Online learning platforms")},
};
} // namespace

QStringList ClassDialog::formatKeys()
{
    return class_format::keys();
}

QString ClassDialog::formatLabel(const QString& key)
{
    return class_format::label(class_format::keyOf(key).value_or(key));
}

ClassDialog::ClassDialog(Store& store, const QString& classId, QWidget* parent)
    : EditDialog(parent), m_store(store), m_id(classId)
{
    setWindowTitle(classId.isEmpty() ? tr("Plan a class") : tr("Edit class"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("classTitle"));
    form->addRow(tr("Title *"), m_title);
    m_skills = new QListWidget(this);
    m_skills->setObjectName(QStringLiteral("classSkills"));
    m_skills->setMaximumHeight(130);
    QVector<IdName> skills = loadSkills(store);
    if (skills.isEmpty())
        for (const Skill& s : kDefaultSkills)
            skills.push_back({QString::fromLatin1(s.code), tr(s.name)});
    for (const IdName& s : skills) {
        auto* item = new QListWidgetItem(s.name, m_skills);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Skills"), m_skills);
    m_startsAt = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(8, 0)), this);
    m_startsAt->setObjectName(QStringLiteral("classStartsAt"));
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    form->addRow(tr("Starts at"), m_startsAt);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(15, 600);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(120);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("Duration"), m_minutes);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("classPlace"));
    form->addRow(tr("Place"), m_place);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("classFormat"));
    for (const QString& key : formatKeys())
        m_format->addItem(formatLabel(key), key);
    form->addRow(tr("Format"), m_format);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("classTarget"));
    m_target->addItem(target_group::label(QString()), QString());
    for (const QString& key : target_group::keys())
        m_target->addItem(target_group::label(key), key);
    form->addRow(tr("Target group"), m_target);
    m_hamlet = new QComboBox(this);
    m_hamlet->addItem(tr("(whole commune)"), QString());
    for (const IdName& h : loadHamlets(store))
        m_hamlet->addItem(h.name, h.id);
    form->addRow(tr("Hamlet"), m_hamlet);
    m_organiser = new QLineEdit(this);
    form->addRow(tr("Organiser"), m_organiser);
    m_instructors = new QLineEdit(this);
    form->addRow(tr("Instructors"), m_instructors);
    m_basic = new QCheckBox(tr("Basic digital-skills course (completing it counts as trained)"), this);
    m_basic->setObjectName(QStringLiteral("classBasic"));
    m_basic->setChecked(true);
    form->addRow(QString(), m_basic);

    m_error = layOutForm(form, QStringLiteral("classError"));
    if (!classId.isEmpty())
        load(classId);
    markClean();
}

void ClassDialog::load(const QString& id)
{
    const auto row = m_store.get(QStringLiteral("classes"), id);
    if (!row)
        return;
    m_title->setText(row->value(QStringLiteral("title")).toString());
    const QStringList codes = row->value(QStringLiteral("skills")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < m_skills->count(); ++i)
        m_skills->item(i)->setCheckState(codes.contains(m_skills->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                        : Qt::Unchecked);
    const QDateTime starts = QDateTime::fromString(row->value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
    const QDateTime ends = QDateTime::fromString(row->value(QStringLiteral("ends_at")).toString(), Qt::ISODate);
    if (starts.isValid())
        m_startsAt->setDateTime(starts);
    if (starts.isValid() && ends.isValid())
        m_minutes->setValue(int(starts.secsTo(ends) / 60));
    m_place->setText(row->value(QStringLiteral("place")).toString());
    // A label written by an older version reads as its key; anything else is kept as it is.
    const QString stored = row->value(QStringLiteral("format")).toString();
    const QString format = class_format::keyOf(stored).value_or(stored);
    if (!format.isEmpty() && m_format->findData(format) < 0)
        m_format->addItem(format, format);
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    // The same for the target group; several groups, or a group we do not
    // list ("Nông dân"), get an item of their own so saving keeps them.
    const QString storedGroup = row->value(QStringLiteral("target_group")).toString();
    const QString group = target_group::keyOf(storedGroup).value_or(storedGroup);
    if (!group.isEmpty() && m_target->findData(group) < 0)
        m_target->addItem(target_group::label(group), group);
    m_target->setCurrentIndex(std::max(0, m_target->findData(group)));
    m_hamlet->setCurrentIndex(std::max(0, m_hamlet->findData(row->value(QStringLiteral("hamlet_id")).toString())));
    m_organiser->setText(row->value(QStringLiteral("organiser")).toString());
    m_instructors->setText(row->value(QStringLiteral("instructors")).toString());
    m_basic->setChecked(row->value(QStringLiteral("basic_course")).toBool());
}

bool ClassDialog::trySave()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("The title is required.");
    else if (!validation::plausibleEventDate(m_startsAt->date(), QDate::currentDate(), &problem))
        problem = tr("Start date: %1").arg(problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    QStringList codes;
    for (int i = 0; i < m_skills->count(); ++i)
        if (m_skills->item(i)->checkState() == Qt::Checked)
            codes << m_skills->item(i)->data(Qt::UserRole).toString();
    const QDateTime starts = m_startsAt->dateTime();
    QVariantMap v = {
        {QStringLiteral("title"), m_title->text()},
        {QStringLiteral("skills"), codes.join(QLatin1Char(','))},
        {QStringLiteral("starts_at"), starts.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("ends_at"), starts.addSecs(m_minutes->value() * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("place"), m_place->text()},
        {QStringLiteral("format"), m_format->currentData().toString()},
        {QStringLiteral("target_group"), m_target->currentData().toString()},
        {QStringLiteral("hamlet_id"), m_hamlet->currentData().toString()},
        {QStringLiteral("organiser"), m_organiser->text()},
        {QStringLiteral("instructors"), m_instructors->text()},
        {QStringLiteral("basic_course"), m_basic->isChecked()},
    };
    StoreError error;
    bool ok = false;
    if (m_id.isEmpty()) {
        if (auto id = m_store.insert(QStringLiteral("classes"), v, &error)) {
            m_savedId = *id;
            ok = true;
        }
    } else if ((ok = m_store.update(QStringLiteral("classes"), m_id, v, &error))) {
        m_savedId = m_id;
    }
    if (!ok) {
        m_error->setText(tr("Not saved: %1").arg(error.displayText()));
        m_error->show();
    }
    return ok;
}

} // namespace hocvuso
