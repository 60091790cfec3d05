#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QGroupBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace hocvuso {

class BackgroundTask;
class BaselineModel;
class SyncBackend;

// Cài đặt: the commune and its hamlets, the population baselines per hamlet
// and year, the active plan and its targets, the interface language, the
// data folder (open, move), backup and restore.
class SettingsPage final : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    // A baseline cell being typed and commune fields typed but not saved.
    bool hasUnsavedChanges() const override;
    bool save() override;

    BaselineModel* baselines() const { return m_baselines; }
    // Writes the commune's name and province name as typed (the code is the
    // province's key and stays); refused with a message when the name is empty.
    bool saveCommune();
    QLineEdit* communeNameEdit() const { return m_communeName; }
    QLineEdit* provinceNameEdit() const { return m_provinceName; }

    // Choosing a plan makes it the store's active plan (Overview and Reports follow).
    QComboBox* planSelector() const { return m_plan; }
    QStandardItemModel* planTargets() const { return m_planTargets; }

    // Copies the store into `folder` off the GUI thread and remembers the copy
    // for the next start. False (with a message) when the folder is refused
    // at once; otherwise dataMoveFinished tells how the copy went.
    bool moveDataTo(const QString& folder);
    bool isMovingData() const { return m_moveTask != nullptr; }
    bool addHamlet(const QString& name, const QString& code = {});
    bool renameHamlet(const QString& id, const QString& name);
    // Refused while households, residents, classes or teams still live in it;
    // asks first when `ask`; undoable from the status bar.
    bool deleteHamlet(const QString& id, bool ask = true);

    // The province server group works once a sync backend is set (the app sets one).
    void setSyncBackend(SyncBackend* backend);
    // Enrols with the URL and code typed in the group (what the Enrol button does).
    void enrol();

signals:
    void dataMoveFinished(bool ok);

private:
    QGroupBox* buildCommuneBox();
    QGroupBox* buildPlanBox();
    QGroupBox* buildAppBox();
    void reloadCommune();
    void reloadHamlets();
    void reloadPlans();
    void activatePlan();
    void showPlanTargets();
    void moveDataWithDialog();
    QGroupBox* buildServerBox();
    void showEnrolment();

    BaselineModel* m_baselines = nullptr;
    QLabel* m_communeCode = nullptr;
    QLineEdit* m_communeName = nullptr;
    QLineEdit* m_provinceName = nullptr;
    QString m_savedCommuneName;
    QString m_savedProvinceName;
    QListWidget* m_hamlets = nullptr;
    QSpinBox* m_year = nullptr;
    QTableView* m_grid = nullptr;
    bool m_refused = false;
    QComboBox* m_plan = nullptr;
    bool m_loadingPlans = false;
    QStandardItemModel* m_planTargets = nullptr;
    QLabel* m_planDetails = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_moveButton = nullptr;
    BackgroundTask* m_moveTask = nullptr;
    QLabel* m_message = nullptr;
    SyncBackend* m_sync = nullptr;
    QGroupBox* m_serverBox = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QLineEdit* m_enrolCode = nullptr;
    QPushButton* m_enrolButton = nullptr;
    QLabel* m_enrolment = nullptr;
};

} // namespace hocvuso
