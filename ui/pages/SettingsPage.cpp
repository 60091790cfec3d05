#include "ui/pages/SettingsPage.h"

#include "core/query/DeletedRecords.h"
#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/SyncBackend.h"
#include "ui/Translations.h"
#include "ui/dialogs/BackupActions.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/BaselineModel.h"
#include "core/query/Lookups.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
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
#include <QStyle>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

SettingsPage::SettingsPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_baselines = new BaselineModel(store, this);

    // Commune and hamlets.
    auto* communeBox = new QGroupBox(tr("Commune and hamlets"), this);
    auto* communeLayout = new QVBoxLayout(communeBox);
    m_commune = new QLabel(communeBox);
    m_hamlets = new QListWidget(communeBox);
    m_hamlets->setObjectName(QStringLiteral("hamletList"));
    m_hamlets->setMaximumHeight(160);
    auto* addHamletButton = new QPushButton(tr("Add hamlet..."), communeBox);
    auto* renameHamletButton = new QPushButton(tr("Rename hamlet..."), communeBox);
    auto* deleteHamletButton = new QPushButton(tr("Delete hamlet"), communeBox);
    deleteHamletButton->setObjectName(QStringLiteral("deleteHamletButton"));
    auto* hamletButtons = new QHBoxLayout;
    hamletButtons->addWidget(addHamletButton);
    hamletButtons->addWidget(renameHamletButton);
    hamletButtons->addWidget(deleteHamletButton);
    hamletButtons->addStretch();
    communeLayout->addWidget(m_commune);
    communeLayout->addWidget(m_hamlets);
    communeLayout->addLayout(hamletButtons);

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

    // Application.
    auto* appBox = new QGroupBox(tr("Application"), this);
    auto* appForm = new QFormLayout(appBox);
    m_language = new QComboBox(appBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    appForm->addRow(tr("Language"), m_language);
    auto* folder = new QLabel(QDir::toNativeSeparators(QFileInfo(store.path()).absoluteFilePath()), appBox);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    appForm->addRow(tr("Data file"), folder);
    auto* backup = new QPushButton(tr("Back up the data..."), appBox);
    auto* restore = new QPushButton(tr("Restore from a backup..."), appBox);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(backup);
    backupRow->addWidget(restore);
    backupRow->addStretch();
    appForm->addRow(QString(), backupRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(communeBox);
    contentLayout->addWidget(baselineBox, 1);
    contentLayout->addWidget(appBox);
    contentLayout->addWidget(buildServerBox());
    contentLayout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

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
    connect(m_year, &QSpinBox::valueChanged, m_baselines, &BaselineModel::setYear);
    connect(m_baselines, &BaselineModel::written, this, &Page::storeWritten);
    connect(m_baselines, &BaselineModel::refused, this, [this](const QString& reason) {
        m_refused = true;
        m_message->setText(tr("Not saved: %1").arg(reason));
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        AppSettings::setLanguage(code);
        m_message->setText(tr("The language changes the next time the application starts."));
    });
    connect(backup, &QPushButton::clicked, this, [this] { backupWithDialog(this->store(), this); });
    connect(restore, &QPushButton::clicked, this, [this] { restoreWithDialog(this->store(), this); });
    reloadHamlets();
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
    reloadHamlets();
    m_baselines->reload();
}

void SettingsPage::reloadHamlets()
{
    const auto commune = store().get(QStringLiteral("communes"), store().communeId());
    if (commune)
        m_commune->setText(tr("Commune: %1 (code %2), %3")
                               .arg(commune->value(QStringLiteral("name")).toString(),
                                    commune->value(QStringLiteral("code")).toString(),
                                    commune->value(QStringLiteral("province_name")).toString()));
    m_hamlets->clear();
    for (const IdName& h : loadHamlets(store())) {
        auto* item = new QListWidgetItem(h.name, m_hamlets);
        item->setData(Qt::UserRole, h.id);
    }
}

bool SettingsPage::hasUnsavedChanges() const
{
    // indexWidget() of the current cell is its open editor (the grid has no other index widgets).
    return m_grid->indexWidget(m_grid->currentIndex()) != nullptr;
}

bool SettingsPage::save()
{
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
