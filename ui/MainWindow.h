#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace hocvuso {

class Page;
class SearchKeyWarmup;
class Store;
class SyncBackend;

// The window: a navigation list on the left, the pages in a stack, the File
// menu (backup, restore), and a status bar with the pending-sync count, the
// last sync and an Undo for the last delete. Pages are added with addPage.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store& store, QWidget* parent = nullptr);

    // Adds a page to the navigation; the first page added is shown first.
    void addPage(Page* page);
    int pageCount() const;
    Page* page(int index) const;
    Page* currentPage() const;
    void showPage(int index);
    // The page of a given class, or nullptr.
    template <typename T> T* findPage() const
    {
        for (int i = 0; i < pageCount(); ++i)
            if (auto* p = qobject_cast<T*>(page(i)))
                return p;
        return nullptr;
    }

    // Driven by the sync client: when the last sync succeeded and the last error.
    void setSyncStatus(const QDateTime& lastSuccess, const QString& lastError = {});
    void refreshPendingCount();
    // Connects sync (Sync now, status bar, Settings' server group, problems
    // dialog). Without a backend the sync actions stay disabled.
    void setSyncBackend(SyncBackend* backend);
    SyncBackend* syncBackend() const { return m_syncBackend; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* syncProblemsAction() const { return m_syncProblems; }
    void showSyncProblems();
    // File > Deleted records: restore what was deleted by mistake.
    void showDeletedRecords();
    // Quarantined changes and conflicts waiting for review (the status bar shows them).
    int syncProblemCount() const { return m_problemCount; }
    void refreshSyncProblems();
    // Runs the Undo offered last (what the status bar's Undo button does).
    bool undoLast();
    bool hasUndo() const { return bool(m_undo); }
    // Loads the residents' search keys off the GUI thread right after the
    // window first shows (its `ready` says when the first search is instant).
    SearchKeyWarmup* searchKeyWarmup() const { return m_searchKeys; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void addStandardPages();
    // "Digital Literacy for All — <commune>": again after the commune is renamed.
    void refreshTitle();
    void offerUndo(const QString& text, const std::function<bool()>& undo);

    Store& m_store;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_sync = nullptr;
    QLabel* m_undoText = nullptr;
    QToolButton* m_undoButton = nullptr;
    std::function<bool()> m_undo;
    SyncBackend* m_syncBackend = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_syncProblems = nullptr;
    QLabel* m_online = nullptr;
    QToolButton* m_problemsButton = nullptr;
    QToolButton* m_cancelSync = nullptr;
    int m_problemCount = 0;
    SearchKeyWarmup* m_searchKeys = nullptr;
    bool m_building = false; // in the constructor: page activation waits
};

} // namespace hocvuso
