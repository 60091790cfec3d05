#include "ui/pages/SettingsPage.h"

#include "core/kpi/PlanCatalog.h"
#include "core/query/DeletedRecords.h"
#include "core/query/Lookups.h"
#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/StoreRelocation.h"
#include "ui/SyncBackend.h"
#include "ui/Translations.h"
#include "ui/dialogs/BackupActions.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/BaselineModel.h"
#include "ui/models/KpiTableModel.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/BuddyLabel.h"
#include "ui/widgets/ListTable.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QSysInfo>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace hocvuso {

SettingsPage::SettingsPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_baselines = new BaselineModel(store, this);

    auto* communeBox = buildCommuneBox();

    // Baselines.
    auto* baselineBox = new QGroupBox(tr("Population baselines (denominators of the indicators)"), this);
    auto* baselineLayout = new QVBoxLayout(baselineBox);
    m_year = new QSpinBox(baselineBox);
    m_year->setObjectName(QStringLiteral("baselineYear"));
    m_year->setRange(2020, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year"), baselineBox));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    auto* grid = m_grid = new QTableView(baselineBox);
    grid->setObjectName(QStringLiteral("baselineGrid"));
    grid->setModel(m_baselines);
    grid->verticalHeader()->hide();
    grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    grid->setMinimumHeight(180);
    baselineLayout->addLayout(yearRow);
    baselineLayout->addWidget(grid);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(communeBox);
    contentLayout->addWidget(baselineBox, 1);
    contentLayout->addWidget(buildPlanBox());
    contentLayout->addWidget(buildAppBox());
    contentLayout->addWidget(buildServerBox());
    contentLayout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_year, &QSpinBox::valueChanged, m_baselines, &BaselineModel::setYear);
    connect(m_baselines, &BaselineModel::written, this, &Page::storeWritten);
    connect(m_baselines, &BaselineModel::refused, this, [this](const QString& reason) {
        m_refused = true;
        m_message->setText(tr("Not saved: %1").arg(reason));
    });
    reloadCommune();
    reloadHamlets();
    reloadPlans();
}

QGroupBox* SettingsPage::buildCommuneBox()
{
    auto* box = new QGroupBox(tr("Commune and hamlets"), this);
    auto* form = new QFormLayout(box);
    m_communeCode = new QLabel(box);
    m_communeCode->setObjectName(QStringLiteral("communeCode"));
    m_communeCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_communeCode->setToolTip(tr("The code the province knows the commune by; it cannot be changed."));
    m_communeName = new QLineEdit(box);
    m_communeName->setObjectName(QStringLiteral("communeName"));
    m_provinceName = new QLineEdit(box);
    m_provinceName->setObjectName(QStringLiteral("provinceName"));
    auto* saveCommuneButton = new QPushButton(tr("Save commune"), box);
    saveCommuneButton->setObjectName(QStringLiteral("saveCommuneButton"));
    auto* communeRow = new QHBoxLayout;
    communeRow->addWidget(m_communeName, 1);
    communeRow->addWidget(saveCommuneButton);
    form->addRow(tr("Commune code"), m_communeCode);
    auto* nameLabel = buddyLabel(tr("Commune &name"), m_communeName, box); // a layout row gets no buddy by itself
    form->addRow(nameLabel, communeRow);
    form->addRow(tr("&Province"), m_provinceName);

    m_hamlets = new QListWidget(box);
    m_hamlets->setObjectName(QStringLiteral("hamletList"));
    m_hamlets->setMaximumHeight(160);
    auto* addHamletButton = new QPushButton(tr("Add hamlet..."), box);
    auto* renameHamletButton = new QPushButton(tr("Rename hamlet..."), box);
    auto* deleteHamletButton = new QPushButton(tr("Delete hamlet"), box);
    deleteHamletButton->setObjectName(QStringLiteral("deleteHamletButton"));
    auto* hamletButtons = new QHBoxLayout;
    hamletButtons->addWidget(addHamletButton);
    hamletButtons->addWidget(renameHamletButton);
    hamletButtons->addWidget(deleteHamletButton);
    hamletButtons->addStretch();
    form->addRow(tr("Hamlets"), m_hamlets);
    form->addRow(QString(), hamletButtons);

    connect(saveCommuneButton, &QPushButton::clicked, this, &SettingsPage::saveCommune);
    connect(m_communeName, &QLineEdit::returnPressed, this, &SettingsPage::saveCommune);
    connect(m_provinceName, &QLineEdit::returnPressed, this, &SettingsPage::saveCommune);
    connect(addHamletButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add hamlet"), tr("Name of the hamlet (thôn / tổ dân phố):"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            addHamlet(name);
    });
    connect(deleteHamletButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_hamlets->currentItem())
            deleteHamlet(item->data(Qt::UserRole).toString());
        else
            m_message->setText(tr("Select a hamlet first."));
    });
    connect(renameHamletButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_hamlets->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename hamlet"), tr("New name:"), QLineEdit::Normal,
                                                   item->text(), &ok);
        if (ok)
            renameHamlet(item->data(Qt::UserRole).toString(), name);
    });
    return box;
}

QGroupBox* SettingsPage::buildPlanBox()
{
    auto* box = new QGroupBox(tr("Plan"), this);
    auto* layout = new QVBoxLayout(box);
    m_plan = new QComboBox(box);
    m_plan->setObjectName(QStringLiteral("settingsPlan"));
    // Plan names are long: the combo must not widen the window to fit them.
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(28);
    auto* planLabel = buddyLabel(tr("&Active plan:"), m_plan, box);
    auto* planRow = new QHBoxLayout;
    planRow->addWidget(planLabel);
    planRow->addWidget(m_plan, 1);
    m_planDetails = new QLabel(box);
    m_planDetails->setObjectName(QStringLiteral("planDetails"));
    m_planDetails->setWordWrap(true);
    m_planTargets = new QStandardItemModel(0, 3, this);
    m_planTargets->setHorizontalHeaderLabels({tr("Indicator"), tr("Year"), tr("Target")});
    QTableView* targets = makeListTable(m_planTargets, box, QStringLiteral("planTargets"));
    targets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    targets->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    targets->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    targets->horizontalHeader()->setStretchLastSection(false);
    targets->setMinimumHeight(180);
    layout->addLayout(planRow);
    layout->addWidget(m_planDetails);
    layout->addWidget(targets);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &SettingsPage::activatePlan);
    return box;
}

QGroupBox* SettingsPage::buildAppBox()
{
    auto* box = new QGroupBox(tr("Application"), this);
    auto* form = new QFormLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("Language"), m_language);
    auto* folder = new QLabel(QDir::toNativeSeparators(QFileInfo(store().path()).absoluteFilePath()), box);
    folder->setObjectName(QStringLiteral("dataFile"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    form->addRow(tr("Data file"), folder);
    auto* openFolder = new QPushButton(tr("Open folder"), box);
    m_moveButton = new QPushButton(tr("Move data to another folder..."), box);
    m_moveButton->setObjectName(QStringLiteral("moveDataButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(openFolder);
    folderRow->addWidget(m_moveButton);
    folderRow->addStretch();
    form->addRow(QString(), folderRow);
    auto* backup = new QPushButton(tr("Back up the data..."), box);
    auto* restore = new QPushButton(tr("Restore from a backup..."), box);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(backup);
    backupRow->addWidget(restore);
    backupRow->addStretch();
    form->addRow(QString(), backupRow);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        AppSettings::setLanguage(code);
        m_message->setText(tr("The language changes the next time the application starts."));
    });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(store().path()).absolutePath()));
    });
    connect(m_moveButton, &QPushButton::clicked, this, &SettingsPage::moveDataWithDialog);
    connect(backup, &QPushButton::clicked, this, [this] { backupWithDialog(this->store(), this); });
    connect(restore, &QPushButton::clicked, this, [this] { restoreWithDialog(this->store(), this); });
    return box;
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

void SettingsPage::activated()
{
    // Typed commune fields are kept (a sync pull must not wipe them).
    if (m_communeName->text().trimmed() == m_savedCommuneName && m_provinceName->text().trimmed() == m_savedProvinceName)
        reloadCommune();
    reloadHamlets();
    m_baselines->reload();
    reloadPlans();
}

void SettingsPage::reloadCommune()
{
    const auto commune = store().get(QStringLiteral("communes"), store().communeId());
    m_savedCommuneName = commune ? commune->value(QStringLiteral("name")).toString() : QString();
    m_savedProvinceName = commune ? commune->value(QStringLiteral("province_name")).toString() : QString();
    m_communeCode->setText(commune ? commune->value(QStringLiteral("code")).toString() : QString());
    m_communeName->setText(m_savedCommuneName);
    m_provinceName->setText(m_savedProvinceName);
}

bool SettingsPage::saveCommune()
{
    const QString name = m_communeName->text().trimmed();
    const QString province = m_provinceName->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Not saved: the commune needs a name."));
        m_communeName->setFocus();
        return false;
    }
    if (name == m_savedCommuneName && province == m_savedProvinceName)
        return true;
    StoreError error;
    if (!store().update(QStringLiteral("communes"), store().communeId(),
                        {{QStringLiteral("name"), name}, {QStringLiteral("province_name"), province}}, &error)) {
        m_message->setText(tr("Not saved: %1").arg(error.displayText()));
        return false;
    }
    reloadCommune();
    m_message->setText(tr("Commune %1 saved.").arg(m_savedCommuneName));
    emit storeWritten();
    return true;
}

void SettingsPage::reloadPlans()
{
    m_loadingPlans = true;
    m_plan->clear();
    m_plan->addItem(tr("(no plan: all indicators)"), QString());
    for (const kpi::Plan& plan : kpi::PlanCatalog::plans(store()))
        m_plan->addItem(QStringLiteral("%1 — %2").arg(plan.code, plan.name), plan.code);
    const int index = m_plan->findData(kpi::PlanCatalog::activeCode(store()));
    m_plan->setCurrentIndex(index < 0 ? 0 : index);
    m_loadingPlans = false;
    showPlanTargets();
}

void SettingsPage::activatePlan()
{
    if (m_loadingPlans)
        return;
    const QString code = m_plan->currentData().toString();
    if (code != kpi::PlanCatalog::activeCode(store())) {
        StoreError error;
        if (code.isEmpty()) {
            store().setMeta(QStringLiteral("active_plan"), QString());
        } else if (!kpi::PlanCatalog::activate(store(), code, &error)) {
            m_message->setText(tr("The plan could not be made active: %1").arg(error.displayText()));
            reloadPlans();
            return;
        }
        emit storeWritten();
    }
    showPlanTargets();
}

void SettingsPage::showPlanTargets()
{
    m_planTargets->removeRows(0, m_planTargets->rowCount());
    const QString code = m_plan->currentData().toString();
    const auto plan = code.isEmpty() ? std::nullopt : kpi::PlanCatalog::load(store(), code);
    if (!plan) {
        m_planDetails->setText(tr("No plan is active: the overview shows every indicator, with no targets."));
        return;
    }
    QStringList details;
    if (plan->applies(QStringLiteral("mentor_load")))
        details << tr("Each digital ambassador guides at least %1 people.").arg(plan->mentorMin);
    if (plan->classCadence == QLatin1String("weekly"))
        details << tr("Community classes every week.");
    else if (plan->classCadence == QLatin1String("monthly"))
        details << tr("Community classes every month.");
    details << tr("The targets come with the plan (set by the province); they are read-only here.");
    m_planDetails->setText(details.join(QLatin1Char(' ')));
    for (auto it = plan->targets.cbegin(); it != plan->targets.cend(); ++it) {
        auto* indicator = new QStandardItem(KpiTableModel::indicatorName(it.key().first, plan->mentorMin));
        indicator->setData(it.key().first, Qt::UserRole);
        auto* year = new QStandardItem(QString::number(it.key().second));
        auto* target = new QStandardItem(KpiTableModel::percentText(it.value()));
        target->setData(it.value(), Qt::UserRole);
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem* item : {indicator, year, target})
            item->setEditable(false);
        m_planTargets->appendRow({indicator, year, target});
    }
}

void SettingsPage::moveDataWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Move data to another folder"),
                                                             QFileInfo(store().path()).absolutePath());
    if (!folder.isEmpty())
        moveDataTo(folder);
}

bool SettingsPage::moveDataTo(const QString& folder)
{
    if (m_moveTask)
        return false;
    const QString refusal = StoreRelocation::refusal(store().path(), folder);
    if (!refusal.isEmpty()) {
        m_message->setText(tr("The data was not moved: %1").arg(refusal));
        return false;
    }
    const QString target = StoreRelocation::targetFile(folder);
    m_moveButton->setEnabled(false);
    m_message->setText(tr("Copying the data to %1...").arg(QDir::toNativeSeparators(target)));
    // VACUUM INTO reads the whole file: on a worker connection, not the GUI thread.
    m_moveTask = BackgroundTask::start(
        store().path(),
        [target](Store& worker, TaskControl&, QString* error) {
            return QVariant(StoreRelocation::copy(worker, target, error));
        },
        this);
    connect(m_moveTask, &BackgroundTask::finished, this, [this, target](const QVariant& result, const QString& error, bool) {
        m_moveTask = nullptr;
        m_moveButton->setEnabled(true);
        const bool ok = result.toBool();
        if (ok) {
            AppSettings::setChosenStorePath(target);
            m_message->setText(tr("The data was copied to %1. Restart the application now: it opens the new file from "
                                  "then on. Until the restart it keeps working in %2, which stays where it is; changes "
                                  "made before the restart do not reach the new file.")
                                   .arg(QDir::toNativeSeparators(target),
                                        QDir::toNativeSeparators(QFileInfo(store().path()).absoluteFilePath())));
        } else {
            m_message->setText(tr("The data was not moved: %1").arg(error));
        }
        emit dataMoveFinished(ok);
    });
    return true;
}

void SettingsPage::reloadHamlets()
{
    m_hamlets->clear();
    for (const IdName& h : loadHamlets(store())) {
        auto* item = new QListWidgetItem(h.name, m_hamlets);
        item->setData(Qt::UserRole, h.id);
    }
}

bool SettingsPage::hasUnsavedChanges() const
{
    if (m_communeName->text().trimmed() != m_savedCommuneName || m_provinceName->text().trimmed() != m_savedProvinceName)
        return true;
    // indexWidget() of the current cell is its open editor (the grid has no other index widgets).
    return m_grid->indexWidget(m_grid->currentIndex()) != nullptr;
}

bool SettingsPage::save()
{
    if (!saveCommune())
        return false;
    QWidget* editor = m_grid->indexWidget(m_grid->currentIndex());
    if (!editor)
        return true;
    m_refused = false;
    QAbstractItemDelegate* delegate = m_grid->itemDelegateForIndex(m_grid->currentIndex());
    emit delegate->commitData(editor);
    if (m_refused)
        return false; // the message says why; the cell stays open for a correction
    emit delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

bool SettingsPage::addHamlet(const QString& name, const QString& code)
{
    if (name.trimmed().isEmpty()) {
        m_message->setText(tr("A hamlet needs a name."));
        return false;
    }
    StoreError error;
    if (!store().insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}, {QStringLiteral("code"), code}},
                        &error)) {
        m_message->setText(tr("Not saved: %1").arg(error.displayText()));
        return false;
    }
    m_message->setText(tr("Hamlet %1 added.").arg(name.trimmed()));
    reloadHamlets();
    m_baselines->reload();
    emit storeWritten();
    return true;
}

bool SettingsPage::renameHamlet(const QString& id, const QString& name)
{
    if (name.trimmed().isEmpty()) {
        m_message->setText(tr("A hamlet needs a name."));
        return false;
    }
    StoreError error;
    if (!store().update(QStringLiteral("hamlets"), id, {{QStringLiteral("name"), name}}, &error)) {
        m_message->setText(tr("Not saved: %1").arg(error.displayText()));
        return false;
    }
    reloadHamlets();
    m_baselines->reload();
    emit storeWritten();
    return true;
}

bool SettingsPage::deleteHamlet(const QString& id, bool ask)
{
    const auto hamlet = store().get(QStringLiteral("hamlets"), id);
    if (!hamlet)
        return false;
    const QString name = hamlet->value(QStringLiteral("name")).toString();
    const QStringList using_ = DeletedRecords(store()).stillUsing(QStringLiteral("hamlets"), id);
    if (!using_.isEmpty()) {
        m_message->setText(tr("%1 is not deleted: it still has %2. Move or delete them first.")
                               .arg(name, using_.join(QStringLiteral(", "))));
        return false;
    }
    if (ask && !confirmDelete(this, tr("Delete hamlet"), tr("Delete %1? You can undo this from the status bar.").arg(name)))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("hamlets"), id, &error)) {
        m_message->setText(tr("Not deleted: %1").arg(error.displayText()));
        return false;
    }
    m_message->setText(tr("Hamlet %1 deleted.").arg(name));
    reloadHamlets();
    m_baselines->reload();
    emit storeWritten();
    emit undoOffered(tr("Deleted %1.").arg(name), [this, id] {
        StoreError restoreError;
        const bool ok = store().restore(QStringLiteral("hamlets"), id, &restoreError);
        reloadHamlets();
        m_baselines->reload();
        emit storeWritten();
        return ok;
    });
    return true;
}

QGroupBox* SettingsPage::buildServerBox()
{
    m_serverBox = new QGroupBox(tr("Province server"), this);
    m_serverBox->setObjectName(QStringLiteral("serverBox"));
    auto* form = new QFormLayout(m_serverBox);
    m_serverUrl = new QLineEdit(m_serverBox);
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://hocvuso.example.gov.vn"));
    m_enrolCode = new QLineEdit(m_serverBox);
    m_enrolCode->setObjectName(QStringLiteral("enrolCode"));
    m_enrolButton = new QPushButton(tr("Enrol"), m_serverBox);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_enrolment = new QLabel(m_serverBox);
    m_enrolment->setObjectName(QStringLiteral("enrolmentStatus"));
    m_enrolment->setWordWrap(true);
    form->addRow(tr("Server address"), m_serverUrl);
    form->addRow(tr("Enrolment code"), m_enrolCode);
    form->addRow(QString(), m_enrolButton);
    form->addRow(m_enrolment);
    connect(m_enrolButton, &QPushButton::clicked, this, &SettingsPage::enrol);
    connect(m_enrolCode, &QLineEdit::returnPressed, this, &SettingsPage::enrol);
    showEnrolment();
    return m_serverBox;
}

void SettingsPage::setSyncBackend(SyncBackend* backend)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = backend;
    if (m_sync) {
        if (m_serverUrl->text().isEmpty())
            m_serverUrl->setText(m_sync->serverUrl());
        connect(m_sync, &SyncBackend::enrollFinished, this, [this](bool ok, const QString& message) {
            m_enrolButton->setEnabled(true);
            if (ok) {
                m_enrolCode->clear();
                showEnrolment();
            } else {
                m_enrolment->setText(tr("Not enrolled: %1").arg(message));
            }
        });
    }
    showEnrolment();
}

void SettingsPage::showEnrolment()
{
    const bool available = m_sync != nullptr;
    m_serverUrl->setEnabled(available);
    m_enrolCode->setEnabled(available);
    m_enrolButton->setEnabled(available);
    if (!available)
        m_enrolment->setText(tr("Sync with the province server is not available in this window."));
    else if (m_sync->isEnrolled())
        m_enrolment->setText(tr("Enrolled as device %1.").arg(m_sync->enrolledAs()));
    else
        m_enrolment->setText(tr("Not enrolled yet: enter the server address and the code from the province."));
}

void SettingsPage::enrol()
{
    if (!m_sync)
        return;
    const QString url = m_serverUrl->text().trimmed();
    const QString code = m_enrolCode->text().trimmed();
    if (url.isEmpty() || code.isEmpty()) {
        m_enrolment->setText(tr("Enter both the server address and the enrolment code."));
        return;
    }
    m_enrolButton->setEnabled(false);
    m_enrolment->setText(tr("Enrolling..."));
    m_sync->enroll(url, code, QSysInfo::machineHostName());
}

} // namespace hocvuso
