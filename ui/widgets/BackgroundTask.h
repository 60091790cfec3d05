#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace hocvuso {

class Store;

// What a piece of background work sees: its progress reporter and whether
// the user pressed Cancel. Callable from the worker thread only.
class TaskControl
{
public:
    virtual ~TaskControl() = default;
    virtual void progress(qint64 done, qint64 total, const QString& message = {}) = 0;
    virtual bool cancelled() const = 0;
    // The flag itself, for core APIs that poll an std::atomic_bool.
    virtual std::atomic_bool* cancelFlag() = 0;
};

// Runs work off the GUI thread on its own Store connection to the same file
// (Qt Sql connections belong to the thread that opened them), reporting
// progress and result back to the GUI thread by signals. The task deletes
// itself after `finished`.
class BackgroundTask final : public QObject
{
    Q_OBJECT
public:
    // The work's return value becomes `finished(result, ...)`; an error text
    // it sets (or a store that cannot be opened) becomes `error`.
    using Work = std::function<QVariant(Store& store, TaskControl& control, QString* error)>;

    static BackgroundTask* start(const QString& storePath, Work work, QObject* parent = nullptr);
    // For a short-lived worker that only reads (the dashboard's
    // computation): whatever its page cache holds is dropped when the task
    // ends, so a full one (32 MB per connection) only adds to the app's peak
    // memory. (Full loads also shrink it themselves: OnePassPageCache.)
    static void usePassingPageCache(Store& worker);
    ~BackgroundTask() override;

    bool isRunning() const;
    bool isCancelRequested() const { return m_cancel->load(); }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total, const QString& message);
    void finished(const QVariant& result, const QString& error, bool cancelled);

private:
    BackgroundTask(QObject* parent);
    void run(const QString& storePath, const Work& work);

    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThread* m_thread = nullptr;
};

} // namespace hocvuso
