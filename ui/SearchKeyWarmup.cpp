#include "ui/SearchKeyWarmup.h"

#include "core/search/SearchKeyIndex.h"
#include "core/store/Store.h"
#include "ui/widgets/BackgroundTask.h"

namespace hocvuso {

SearchKeyWarmup::SearchKeyWarmup(Store& store, QObject* parent)
    : QObject(parent), m_store(store), m_keys(SearchKeyIndex::of(store))
{
}

SearchKeyWarmup::~SearchKeyWarmup() = default;

void SearchKeyWarmup::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString path = m_store.path();
    if (m_keys->isLoaded() || path.isEmpty() || path == QLatin1String(":memory:")) {
        finish();
        return;
    }
    // Filled on the worker thread, read here after `finished` (queued, so ordered).
    auto loaded = std::make_shared<std::unique_ptr<SearchKeyIndex>>();
    auto* task = BackgroundTask::start(
        path,
        [loaded](Store& worker, TaskControl&, QString* error) -> QVariant {
            auto index = std::make_unique<SearchKeyIndex>(worker);
            if (!index->refresh(error))
                return false;
            index->detach(); // before the worker's connection closes
            *loaded = std::move(index);
            return true;
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, loaded] {
        if (*loaded)
            m_keys->adoptKeys(**loaded);
        finish();
    });
}

void SearchKeyWarmup::finish()
{
    m_ready = true;
    emit ready();
}

} // namespace hocvuso
