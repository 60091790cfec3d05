#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace hocvuso {

class Store;
struct StoreError;

// Fills a store with a realistic synthetic commune for demos, training and
// benchmarks: hamlets, households, residents with Vietnamese names and valid
// CCCD/phone numbers, groups, digital-status facts, the skills catalogue,
// classes with attendance, mentors, community digital teams, door-to-door
// visits, markets and population baselines. The same seed and date give the
// same commune (ids and HLCs aside). Everything is written in one
// transaction: a failure leaves the store as it was.
class DemoCommune
{
public:
    struct Options
    {
        int residents = 2000;
        quint64 seed = 1;
        // "Today" for ages and activity dates (the last 18 months of classes).
        QDate today = QDate::currentDate();
        int provinceCode = 1;        // CCCD province code of most residents (1 = Hà Nội)
        double ethnicMinorityShare = 0.08;
        // Plans are seeded by the plan-template code, not here: it may plug
        // itself in through this hook, which runs inside the same transaction.
        std::function<bool(Store&, StoreError*)> seedPlans;
        // Called now and then with a short stage name and a 0–100 figure.
        std::function<void(const QString& stage, int percent)> progress;
    };

    // Rows written per table.
    using Counts = QMap<QString, qint64>;

    explicit DemoCommune(Store& store);

    // The store must already record a commune.
    std::optional<Counts> generate(const Options& options, StoreError* error);

private:
    Store& m_store;
};

} // namespace hocvuso
