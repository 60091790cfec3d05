#pragma once

#include "core/io/ListImporter.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hocvuso {

class BackgroundTask;
class FileField;
class ImportIssueModel;
class ListCombo;
class Store;

// File ▸ Import: pick a list and a CSV file; the file is checked first (a
// dry run on a worker thread, with progress and Cancel), every problem is
// listed by row, column, value and reason, and only then does the user
// choose: import everything (when nothing is wrong), import only the valid
// rows, or import nothing. The import itself is one transaction.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Store& store, QWidget* parent = nullptr);

    void setList(const QString& list);
    void setFile(const QString& path);
    // Starts the check (dry run); `checked` when done.
    void check();
    // Starts the real import; `imported` when done.
    void startImport(bool onlyValid);
    void cancel();

    bool isRunning() const { return m_task != nullptr; }
    const ImportReport& lastReport() const { return m_report; }
    ImportIssueModel* issues() const { return m_issues; }
    QPushButton* importAllButton() const { return m_importAll; }
    QPushButton* importValidButton() const { return m_importValid; }
    QPushButton* importNothingButton() const { return m_importNothing; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void checked();
    void imported();

protected:
    void reject() override;

private:
    void run(bool dryRun, bool onlyValid);
    void showCheck();
    void showImport();
    void setRunning(bool running);

    Store& m_store;
    ListCombo* m_list = nullptr;
    FileField* m_file = nullptr;
    QPushButton* m_check = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_issueView = nullptr;
    ImportIssueModel* m_issues = nullptr;
    QPushButton* m_importAll = nullptr;
    QPushButton* m_importValid = nullptr;
    QPushButton* m_importNothing = nullptr;
    BackgroundTask* m_task = nullptr;
    ImportReport m_report;
    bool m_checkedOk = false; // a check ran on the current list and file
    bool m_done = false;      // the import ran: only Close remains
};

} // namespace hocvuso
