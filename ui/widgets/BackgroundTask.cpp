#include "ui/widgets/BackgroundTask.h"

#include "core/store/Store.h"

#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>

namespace hocvuso {

namespace {
class ThreadControl final : public TaskControl
{
public:
    ThreadControl(BackgroundTask* task, std::shared_ptr<std::atomic_bool> cancel)
        : m_task(task), m_cancel(std::move(cancel))
    {
    }
    void progress(qint64 done, qint64 total, const QString& message) override
    {
        // Queued to the task's (GUI) thread; the signal is emitted there.
        QPointer<BackgroundTask> task = m_task;
        QMetaObject::invokeMethod(
            m_task,
            [task, done, total, message] {
                if (task)
                    emit task->progress(done, total, message);
            },
            Qt::QueuedConnection);
    }
    bool cancelled() const override { return m_cancel->load(); }
    std::atomic_bool* cancelFlag() override { return m_cancel.get(); }

private:
    BackgroundTask* m_task;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
} // namespace

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

BackgroundTask* BackgroundTask::start(const QString& storePath, Work work, QObject* parent)
{
    auto* task = new BackgroundTask(parent);
    task->run(storePath, work);
    return task;
}

void BackgroundTask::usePassingPageCache(Store& worker)
{
    QSqlQuery(worker.db()).exec(QStringLiteral("PRAGMA cache_size = -1024"));
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTask::cancel()
{
    m_cancel->store(true);
}

void BackgroundTask::run(const QString& storePath, const Work& work)
{
    auto cancel = m_cancel;
    m_thread = QThread::create([this, storePath, work, cancel] {
        ThreadControl control(this, cancel);
        QString error;
        QVariant result;
        {
            // The worker's own connection, closed before the thread ends.
            auto store = Store::open(storePath, &error);
            if (store)
                result = work(*store, control, &error);
        }
        const bool wasCancelled = cancel->load();
        QMetaObject::invokeMethod(
            this,
            [this, result, error, wasCancelled] {
                m_thread->wait();
                emit finished(result, error, wasCancelled);
                deleteLater();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace hocvuso
