#pragma once

#include <QObject>

#include <memory>

namespace hocvuso {

class SearchKeyIndex;
class Store;

// Loads the residents' search keys on a worker connection once the window is
// up and hands them to the GUI connection's index, so that the first
// search-as-you-type (attendance sheet, residents filter) does not pay that
// load on the GUI thread (about half a second at 300,000 residents). It also
// holds the GUI connection's index, so the keys stay loaded between searches.
class SearchKeyWarmup final : public QObject
{
    Q_OBJECT
public:
    explicit SearchKeyWarmup(Store& store, QObject* parent = nullptr);
    ~SearchKeyWarmup() override;

    // Starts the load unless the keys are loaded already; `ready` follows
    // either way (also when the worker failed: searches then load the keys
    // themselves, as without a warm-up).
    void start();
    bool isReady() const { return m_ready; }

signals:
    void ready();

private:
    void finish();

    Store& m_store;
    std::shared_ptr<SearchKeyIndex> m_keys;
    bool m_ready = false;
    bool m_started = false;
};

} // namespace hocvuso
