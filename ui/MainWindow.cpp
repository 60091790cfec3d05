#include "ui/MainWindow.h"

#include "core/store/Store.h"
#include "ui/AppSettings.h"
#include "ui/SearchKeyWarmup.h"
#include "ui/SyncBackend.h"
#include "ui/dialogs/BackupActions.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/DeletedRecordsDialog.h"
#include "ui/dialogs/SyncProblemsDialog.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "core/query/Lookups.h"
#include "ui/pages/ClassesPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/HouseholdsPage.h"
#include "ui/pages/MentorsPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/ResidentsPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/VisitsPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace hocvuso {

MainWindow::MainWindow(Store& store, QWidget* parent) : QMainWindow(parent), m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    refreshTitle();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    buildMenus();
    buildStatusBar();
    // The first page is activated on the first event-loop pass, not while the
    // window is built: its background work (the dashboard's indicators) would
    // otherwise share the two cores of a commune laptop with the building.
    m_building = true;
    addStandardPages();
    m_building = false;
    QTimer::singleShot(0, this, [this] {
        if (Page* p = currentPage())
            p->activated();
    });

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (Page* p = currentPage())
            p->focusSearch();
    });
    auto* create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, [this] {
        if (Page* p = currentPage())
            p->createNew();
    });
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (Page* p = currentPage())
            p->save();
    });

    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (AppSettings::windowGeometry().isEmpty())
        resize(1200, 760);
    refreshPendingCount();

    // On the first event-loop pass too, after the first page's activation.
    m_searchKeys = new SearchKeyWarmup(store, this);
    QTimer::singleShot(0, m_searchKeys, &SearchKeyWarmup::start);
}

void MainWindow::addStandardPages()
{
    // One line per page.
    addPage(new DashboardPage(m_store));
    addPage(new ResidentsPage(m_store));
    addPage(new HouseholdsPage(m_store));
    addPage(new ClassesPage(m_store));
    addPage(new MentorsPage(m_store));
    addPage(new VisitsPage(m_store));
    addPage(new ReportsPage(m_store));
    addPage(new SettingsPage(m_store));
}

void MainWindow::addPage(Page* page)
{
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_nav);
    item->setSizeHint(QSize(0, 34));
    connect(page, &Page::storeWritten, this, &MainWindow::refreshPendingCount);
    connect(page, &Page::storeWritten, this, &MainWindow::refreshTitle);
    connect(page, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(page, &Page::undoOffered, this, &MainWindow::offerUndo);
    if (m_nav->count() == 1)
        m_nav->setCurrentRow(0);
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_stack->widget(index));
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index); // comes back here through currentRowChanged
    m_stack->setCurrentIndex(index);
    if (m_building)
        return;
    if (Page* p = page(index))
        p->activated();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Back up the data..."), this, [this] { backupWithDialog(m_store, this); });
    file->addAction(tr("&Restore from a backup..."), this, [this] { restoreWithDialog(m_store, this); });
    file->addSeparator();
    file->addAction(tr("&Import a list..."), this, [this] {
        ImportDialog dialog(m_store, this);
        dialog.exec();
        refreshPendingCount();
        if (Page* p = currentPage())
            p->activated(); // show what was imported
    });
    file->addAction(tr("&Export a list..."), this, [this] {
        ExportDialog dialog(m_store, this);
        dialog.exec();
    });
    QAction* deleted = file->addAction(tr("&Deleted records..."), this, &MainWindow::showDeletedRecords);
    deleted->setObjectName(QStringLiteral("deletedRecordsAction"));
    file->addSeparator();
    m_syncNow = file->addAction(tr("&Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setShortcutContext(Qt::WindowShortcut);
    m_syncNow->setEnabled(false);
    addAction(m_syncNow); // F5 works with the menu closed
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_syncBackend)
            m_syncBackend->syncNow();
    });
    m_syncProblems = file->addAction(tr("Sync &problems..."), this, &MainWindow::showSyncProblems);
    m_syncProblems->setObjectName(QStringLiteral("syncProblemsAction"));
    m_syncProblems->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::showDeletedRecords()
{
    DeletedRecordsDialog dialog(m_store, this);
    connect(&dialog, &DeletedRecordsDialog::storeWritten, this, &MainWindow::refreshPendingCount);
    dialog.exec();
    if (Page* p = currentPage())
        p->activated(); // show what came back
}

void MainWindow::buildStatusBar()
{
    m_undoText = new QLabel(this);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setText(tr("Undo"));
    m_undoText->hide();
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoLast);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(m_undoText);
    statusBar()->addWidget(m_undoButton);
    m_online = new QLabel(this);
    m_online->setObjectName(QStringLiteral("onlineLabel"));
    m_online->hide(); // shown once sync is connected
    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(QStringLiteral("syncProblemsButton"));
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->hide(); // shown while something waits for review
    connect(m_problemsButton, &QToolButton::clicked, this, &MainWindow::showSyncProblems);
    m_cancelSync = new QToolButton(this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSync->setText(tr("Cancel sync"));
    m_cancelSync->hide(); // shown while a sync runs
    connect(m_cancelSync, &QToolButton::clicked, this, [this] {
        if (m_syncBackend)
            m_syncBackend->cancel();
        statusBar()->showMessage(tr("Cancelling the sync..."));
    });
    statusBar()->addPermanentWidget(m_cancelSync);
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_online);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_sync);
    setSyncStatus({});
}

void MainWindow::refreshTitle()
{
    const QString commune = communeName(m_store);
    setWindowTitle(commune.isEmpty() ? tr("Digital Literacy for All") : tr("Digital Literacy for All — %1").arg(commune));
}

void MainWindow::refreshPendingCount()
{
    const qint64 pending = m_store.pendingChanges();
    m_pending->setText(tr("%Ln change(s) waiting to sync", nullptr, int(pending)));
}

void MainWindow::setSyncStatus(const QDateTime& lastSuccess, const QString& lastError)
{
    QString text = lastSuccess.isValid()
                       ? tr("Last sync: %1").arg(QLocale().toString(lastSuccess.toLocalTime(), QLocale::ShortFormat))
                       : tr("Last sync: never");
    if (!lastError.isEmpty())
        text += QStringLiteral(" — ") + tr("error: %1").arg(lastError);
    m_sync->setText(text);
}

void MainWindow::offerUndo(const QString& text, const std::function<bool()>& undo)
{
    m_undo = undo;
    m_undoText->setText(text);
    m_undoText->show();
    m_undoButton->show();
}

bool MainWindow::undoLast()
{
    if (!m_undo)
        return false;
    const auto undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoText->hide();
    m_undoButton->hide();
    const bool ok = undo();
    statusBar()->showMessage(ok ? tr("Restored.") : tr("Could not undo."), 5000);
    refreshPendingCount();
    return ok;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (int i = 0; i < pageCount(); ++i) {
        Page* p = page(i);
        if (!p || !p->hasUnsavedChanges())
            continue;
        showPage(i);
        if (!resolveUnsavedChanges(this, true,
                                   tr("The page \"%1\" has unsaved changes. Save them?").arg(p->title()),
                                   [p] { return p->save(); })) {
            event->ignore();
            return;
        }
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::setSyncBackend(SyncBackend* backend)
{
    if (m_syncBackend)
        disconnect(m_syncBackend, nullptr, this, nullptr);
    m_syncBackend = backend;
    m_syncNow->setEnabled(backend != nullptr);
    m_syncProblems->setEnabled(backend != nullptr);
    m_online->setVisible(backend != nullptr);
    m_cancelSync->hide();
    refreshSyncProblems();
    if (auto* settings = findPage<SettingsPage>())
        settings->setSyncBackend(backend);
    if (!backend)
        return;
    connect(backend, &SyncBackend::statusChanged, this,
            [this](bool online, qint64 pending, const QDateTime& lastSuccess, const QString& lastError) {
                m_online->setText(online ? tr("Server reachable") : tr("Server unreachable"));
                m_pending->setText(tr("%Ln change(s) waiting to sync", nullptr, int(pending)));
                setSyncStatus(lastSuccess, lastError);
                refreshSyncProblems();
            });
    connect(backend, &SyncBackend::progress, this, [this](const QString& text) {
        statusBar()->showMessage(text);
        m_cancelSync->show();
    });
    connect(backend, &SyncBackend::finished, this, [this](bool, const QString& summary) {
        m_cancelSync->hide();
        refreshSyncProblems();
        statusBar()->showMessage(summary, 10000);
        if (Page* p = currentPage())
            p->activated(); // show what the pull brought
    });
    m_online->setText(tr("Server unreachable"));
    backend->refreshStatus();
}

void MainWindow::showSyncProblems()
{
    if (!m_syncBackend)
        return;
    SyncProblemsDialog dialog(*m_syncBackend, this, &m_store);
    dialog.exec();
    refreshSyncProblems(); // some were marked reviewed
}

void MainWindow::refreshSyncProblems()
{
    m_problemCount = m_syncBackend ? int(m_syncBackend->quarantined().size() + m_syncBackend->conflicts().size()) : 0;
    m_problemsButton->setText(tr("%Ln sync problem(s)", nullptr, m_problemCount));
    m_problemsButton->setToolTip(tr("Changes the server refused or decided otherwise: click to review them."));
    m_problemsButton->setVisible(m_problemCount > 0);
}

} // namespace hocvuso
