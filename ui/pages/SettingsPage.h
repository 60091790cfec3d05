#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QGroupBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace hocvuso {

class BaselineModel;
class SyncBackend;

// Cài đặt: the commune and its hamlets, the population baselines per hamlet
// and year, the interface language, the data folder, backup and restore.
class SettingsPage final : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    // A baseline cell being typed is the only edit not written at once.
    bool hasUnsavedChanges() const override;
    bool save() override;

    BaselineModel* baselines() const { return m_baselines; }
    bool addHamlet(const QString& name, const QString& code = {});
    bool renameHamlet(const QString& id, const QString& name);
    // Refused while households, residents, classes or teams still live in it;
    // asks first when `ask`; undoable from the status bar.
    bool deleteHamlet(const QString& id, bool ask = true);

    // The province server group works once a sync backend is set (the app sets one).
    void setSyncBackend(SyncBackend* backend);
    // Enrols with the URL and code typed in the group (what the Enrol button does).
    void enrol();

private:
    void reloadHamlets();
    QGroupBox* buildServerBox();
    void showEnrolment();

    BaselineModel* m_baselines = nullptr;
    QLabel* m_commune = nullptr;
    QListWidget* m_hamlets = nullptr;
    QSpinBox* m_year = nullptr;
    QTableView* m_grid = nullptr;
    bool m_refused = false;
    QComboBox* m_language = nullptr;
    QLabel* m_message = nullptr;
    SyncBackend* m_sync = nullptr;
    QGroupBox* m_serverBox = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QLineEdit* m_enrolCode = nullptr;
    QPushButton* m_enrolButton = nullptr;
    QLabel* m_enrolment = nullptr;
};

} // namespace hocvuso
