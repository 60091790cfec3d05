#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hocvuso {

class BackgroundTask;
class FileField;
class ListCombo;
class Store;

// File ▸ Export: one list as a CSV file for Excel (UTF-8 with BOM, the
// Vietnamese headers, the ids that let it import back onto the same rows),
// written on a worker thread with a running row count and a progress
// dialog whose Cancel stops it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Store& store, QWidget* parent = nullptr);

    void setList(const QString& list);
    void setFile(const QString& path);
    // Starts writing; `exported` when done.
    void startExport();
    // Stops a running export; `exported(false)` follows and no file is left.
    void cancelExport();
    bool isRunning() const { return m_task != nullptr; }
    bool succeeded() const { return m_ok; }
    qint64 rowsWritten() const { return m_rows; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void exported(bool ok);

protected:
    void reject() override;

private:
    void setRunning(bool running);

    Store& m_store;
    ListCombo* m_list = nullptr;
    FileField* m_file = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    BackgroundTask* m_task = nullptr;
    bool m_ok = false;
    qint64 m_rows = 0;
};

} // namespace hocvuso
