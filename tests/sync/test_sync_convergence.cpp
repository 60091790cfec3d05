// Seeded random offline work on two and three laptops of one commune, synced
// in every order: every device and the server end with the same rows.
#include "SyncFixture.h"
#include "SyncProof.h"

#include "core/store/Store.h"

#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

const QStringList kNames = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                            QStringLiteral("Lê Hoàng Cường"), QStringLiteral("Phạm Thị Dung"),
                            QStringLiteral("Đặng Quốc Việt"), QStringLiteral("Hồ Thị Hương"),
                            QStringLiteral("Võ Minh Khôi"), QStringLiteral("Bùi Thị Lan")};

// Fields an officer edits, per entity, with a generator of new values.
struct EditableField
{
    QString table;
    QString field;
    std::function<QVariant(std::mt19937_64&)> value;
};

QVariant pick(std::mt19937_64& rng, const QStringList& from)
{
    return from.at(static_cast<int>(rng() % static_cast<quint64>(from.size())));
}

const std::vector<EditableField>& editableFields()
{
    static const std::vector<EditableField> fields = {
        {QStringLiteral("hamlets"), QStringLiteral("name"),
         [](std::mt19937_64& r) { return QVariant(QStringLiteral("Thôn %1").arg(r() % 1000)); }},
        {QStringLiteral("hamlets"), QStringLiteral("kind"),
         [](std::mt19937_64& r) { return pick(r, {QStringLiteral("thôn"), QStringLiteral("tổ dân phố"), QStringLiteral("ấp")}); }},
        {QStringLiteral("households"), QStringLiteral("address"),
         [](std::mt19937_64& r) { return QVariant(QStringLiteral("Số %1 đường Lê Lợi").arg(r() % 500)); }},
        {QStringLiteral("households"), QStringLiteral("poor"), [](std::mt19937_64& r) { return QVariant(int(r() % 2)); }},
        {QStringLiteral("residents"), QStringLiteral("full_name"), [](std::mt19937_64& r) { return pick(r, kNames); }},
        {QStringLiteral("residents"), QStringLiteral("phone"),
         [](std::mt19937_64& r) { return QVariant(QStringLiteral("09%1").arg(r() % 100000000, 8, 10, QLatin1Char('0'))); }},
        {QStringLiteral("residents"), QStringLiteral("notes"),
         [](std::mt19937_64& r) { return QVariant(QStringLiteral("ghi chú %1").arg(r() % 10000)); }},
        {QStringLiteral("residents"), QStringLiteral("has_smartphone"), [](std::mt19937_64& r) { return QVariant(int(r() % 2)); }},
        {QStringLiteral("residents"), QStringLiteral("vneid_level2"), [](std::mt19937_64& r) { return QVariant(int(r() % 2)); }},
        {QStringLiteral("residents"), QStringLiteral("birth_year"), [](std::mt19937_64& r) { return QVariant(int(1940 + r() % 70)); }},
        {QStringLiteral("classes"), QStringLiteral("title"),
         [](std::mt19937_64& r) { return QVariant(QStringLiteral("Lớp kỹ năng số %1").arg(r() % 100)); }},
        {QStringLiteral("classes"), QStringLiteral("place"),
         [](std::mt19937_64& r) { return pick(r, {QStringLiteral("Nhà văn hóa"), QStringLiteral("Trường tiểu học"), QStringLiteral("UBND xã")}); }},
        {QStringLiteral("attendance"), QStringLiteral("present"), [](std::mt19937_64& r) { return QVariant(int(r() % 2)); }},
        {QStringLiteral("attendance"), QStringLiteral("completed"), [](std::mt19937_64& r) { return QVariant(int(r() % 2)); }},
    };
    return fields;
}

// One laptop's random offline work; row choices come from the seeded
// generator over the rows this laptop can see.
class RandomOfficer
{
public:
    RandomOfficer(Store& store, std::mt19937_64& rng) : m_store(store), m_rng(rng) {}

    int ops = 0;

    void act()
    {
        const int roll = int(m_rng() % 100);
        if (roll < 8 || ids(QStringLiteral("hamlets")).isEmpty())
            insertHamlet();
        else if (roll < 16)
            insertHousehold();
        else if (roll < 32)
            insertResident();
        else if (roll < 38)
            insertClass();
        else if (roll < 48)
            markAttendance();
        else if (roll < 80)
            editRandomField(false);
        else if (roll < 88)
            removeRandomRow();
        else if (roll < 94)
            restoreRandomRow();
        else
            editRandomField(true);
        ++ops;
    }

    // Sets `field` of row `id` to a value only this laptop writes.
    void editSame(const EditableField& f, const QString& id)
    {
        StoreError e;
        const bool ok = m_store.update(f.table, id, {{f.field, f.value(m_rng)}}, &e);
        INFO(f.table.toStdString() << "." << f.field.toStdString() << ": " << e.text().toStdString());
        REQUIRE(ok);
        ++ops;
    }

    QStringList ids(const QString& table, const QString& where = QStringLiteral("1"))
    {
        QStringList out;
        QSqlQuery q(m_store.db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id").arg(table, where)));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    QString any(const QString& table, const QString& where = QStringLiteral("deleted = 0"))
    {
        const QStringList all = ids(table, where);
        return all.isEmpty() ? QString() : all.at(int(m_rng() % quint64(all.size())));
    }

    void insert(const QString& table, const QVariantMap& values)
    {
        StoreError e;
        const auto id = m_store.insert(table, values, &e);
        INFO(table.toStdString() << ": " << e.text().toStdString());
        REQUIRE(id);
    }

    void insertHamlet() { insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp %1").arg(m_rng() % 100)}}); }

    void insertHousehold()
    {
        insert(QStringLiteral("households"), {{QStringLiteral("hamlet_id"), any(QStringLiteral("hamlets"))},
                                              {QStringLiteral("head_name"), pick(m_rng, kNames)},
                                              {QStringLiteral("address"), QStringLiteral("Hẻm %1").arg(m_rng() % 90)}});
    }

    void insertResident()
    {
        QVariantMap v{{QStringLiteral("hamlet_id"), any(QStringLiteral("hamlets"))},
                      {QStringLiteral("full_name"), pick(m_rng, kNames)},
                      {QStringLiteral("birth_year"), int(1940 + m_rng() % 70)}};
        const QString household = any(QStringLiteral("households"));
        if (!household.isEmpty() && m_rng() % 2)
            v.insert(QStringLiteral("household_id"), household);
        insert(QStringLiteral("residents"), v);
    }

    void insertClass()
    {
        insert(QStringLiteral("classes"), {{QStringLiteral("hamlet_id"), any(QStringLiteral("hamlets"))},
                                           {QStringLiteral("title"), QStringLiteral("Sử dụng VNeID %1").arg(m_rng() % 50)},
                                           {QStringLiteral("starts_at"), QStringLiteral("2025-10-10T08:00:00")}});
    }

    // Natural key: two laptops marking the same person converge on one row.
    void markAttendance()
    {
        const QString klass = any(QStringLiteral("classes")), resident = any(QStringLiteral("residents"));
        if (klass.isEmpty() || resident.isEmpty())
            return insertResident();
        insert(QStringLiteral("attendance"), {{QStringLiteral("class_id"), klass},
                                              {QStringLiteral("resident_id"), resident},
                                              {QStringLiteral("present"), 1},
                                              {QStringLiteral("completed"), int(m_rng() % 2)}});
    }

    void editRandomField(bool ofDeletedRow)
    {
        const auto& fields = editableFields();
        const EditableField& f = fields[m_rng() % fields.size()];
        const QString id = any(f.table, ofDeletedRow ? QStringLiteral("deleted = 1") : QStringLiteral("deleted = 0"));
        if (id.isEmpty())
            return insertResident();
        StoreError e;
        const bool ok = m_store.update(f.table, id, {{f.field, f.value(m_rng)}}, &e);
        INFO(f.table.toStdString() << "." << f.field.toStdString() << ": " << e.text().toStdString());
        REQUIRE(ok);
    }

    void removeRandomRow()
    {
        static const QStringList tables = {QStringLiteral("residents"), QStringLiteral("households"),
                                           QStringLiteral("classes"), QStringLiteral("attendance")};
        const QString table = tables.at(int(m_rng() % quint64(tables.size())));
        const QString id = any(table);
        if (id.isEmpty())
            return insertHamlet();
        StoreError e;
        REQUIRE(m_store.remove(table, id, &e));
    }

    void restoreRandomRow()
    {
        static const QStringList tables = {QStringLiteral("residents"), QStringLiteral("households"),
                                           QStringLiteral("classes"), QStringLiteral("attendance")};
        const QString table = tables.at(int(m_rng() % quint64(tables.size())));
        const QString id = any(table, QStringLiteral("deleted = 1"));
        if (id.isEmpty())
            return removeRandomRow();
        StoreError e;
        REQUIRE(m_store.restore(table, id, &e));
    }

    Store& m_store;
    std::mt19937_64& m_rng;
};

void requireOk(const sync::SyncReport& r, const QString& who)
{
    INFO(who.toStdString() << ": " << r.errorCode.toStdString() << ": " << r.error.toStdString());
    REQUIRE(r.ok);
}

// Syncs the devices in `order`; true when nobody pushed or pulled anything.
bool syncInOrder(std::vector<std::unique_ptr<TempStore>>& devices, const std::vector<int>& order)
{
    bool quiet = true;
    for (int i : order) {
        const auto r = syncNow(devices[size_t(i)]->store());
        requireOk(r, QStringLiteral("device %1").arg(i));
        quiet = quiet && r.pushed == 0 && r.pulled == 0;
    }
    return quiet;
}

// Repeats full passes in `order` until one pass moves nothing.
void syncUntilQuiet(std::vector<std::unique_ptr<TempStore>>& devices, const std::vector<int>& order)
{
    for (int pass = 0; pass < 6; ++pass)
        if (syncInOrder(devices, order))
            return;
    FAIL("the devices never stopped exchanging changes");
}

QSet<QString> conflictIds(Store& store)
{
    QSet<QString> ids;
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT server_id FROM sync_conflicts")));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

void runConvergence(int deviceCount, int rounds, int opsPerRound, quint64 seed)
{
    std::mt19937_64 rng(seed);
    ServerFixture server;
    std::vector<std::unique_ptr<TempStore>> devices;
    for (int i = 0; i < deviceCount; ++i)
        devices.push_back(server.device());

    std::vector<int> order(static_cast<size_t>(deviceCount));
    std::iota(order.begin(), order.end(), 0);
    std::vector<std::vector<int>> permutations;
    do
        permutations.push_back(order);
    while (std::next_permutation(order.begin(), order.end()));

    int ops = 0, sameRowEdits = 0;
    for (int round = 0; round < rounds; ++round) {
        // Offline: each laptop works on its own.
        for (auto& d : devices) {
            RandomOfficer officer(d->store(), rng);
            for (int k = 0; k < opsPerRound; ++k)
                officer.act();
            ops += officer.ops;
        }
        // Concurrent edits of one field of a row every laptop already has
        // (seen after the last round's sync), some of it deleted.
        if (round > 0) {
            const auto& fields = editableFields();
            for (int n = 0; n < 3; ++n) {
                const EditableField& f = fields[rng() % fields.size()];
                RandomOfficer first(devices[0]->store(), rng);
                QStringList shared = first.ids(f.table);
                for (size_t i = 1; i < devices.size(); ++i) {
                    const QStringList other = RandomOfficer(devices[i]->store(), rng).ids(f.table);
                    shared.erase(std::remove_if(shared.begin(), shared.end(), [&](const QString& id) { return !other.contains(id); }),
                                 shared.end());
                }
                if (shared.isEmpty())
                    continue;
                const QString id = shared.at(int(rng() % quint64(shared.size())));
                for (auto& d : devices) {
                    RandomOfficer o(d->store(), rng);
                    o.editSame(f, id);
                    ops += o.ops;
                }
                ++sameRowEdits;
            }
        }
        // Back online, in this round's order (every permutation in turn).
        syncInOrder(devices, permutations[size_t(round) % permutations.size()]);
    }
    WARN(deviceCount << " devices: " << ops << " operations, " << sameRowEdits << " rows edited on every device at once");
    REQUIRE(sameRowEdits > 0);
    for (const auto& p : permutations)
        syncUntilQuiet(devices, p);

    // A fresh laptop of the commune pulls the server's view ...
    auto fresh = server.device();
    requireOk(syncNow(fresh->store()), QStringLiteral("fresh device"));
    requireSameData(withoutCommunes(dumpStore(devices[0]->store())), withoutCommunes(dumpStore(fresh->store())),
                    QStringLiteral("fresh device after its first pull"));
    // ... and its own copy of the commune row goes round once more.
    devices.push_back(std::move(fresh));
    std::vector<int> everyone(devices.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    syncUntilQuiet(devices, everyone);

    const StoreDump reference = dumpStore(devices[0]->store());
    REQUIRE(rowCount(reference) > 50);
    const QSet<QString> conflicts = conflictIds(devices[0]->store());
    CHECK(!conflicts.isEmpty()); // the same-row edits were concurrent
    for (size_t i = 0; i < devices.size(); ++i) {
        Store& s = devices[i]->store();
        const QString who = i + 1 == devices.size() ? QStringLiteral("fresh device") : QStringLiteral("device %1").arg(i);
        requireSameData(reference, dumpStore(s), who + QStringLiteral(" against device 0"));
        CHECK(s.pendingChanges() == 0);
        requireIntegrity(s, who);
        INFO(who.toStdString());
        CHECK(conflictIds(s) == conflicts);
    }
    // The server stores every row once: as many as each device has.
    QMap<QString, qint64> expected;
    for (auto t = reference.cbegin(); t != reference.cend(); ++t)
        if (!t.value().isEmpty())
            expected.insert(t.key(), t.value().size());
    CHECK(serverRowCounts(server.store(), devices[0]->store().communeId()) == expected);
    // Every device's changes were applied once each.
    for (size_t i = 0; i + 1 < devices.size(); ++i) {
        Store& s = devices[i]->store();
        const qint64 lastSeq = scalar(s.db(), QStringLiteral("SELECT max(seq) FROM change_log"));
        CHECK(scalar(server.store().db(), QStringLiteral("SELECT high_water FROM devices WHERE id = ?"), {s.deviceId()}) == lastSeq);
        CHECK(scalar(server.store().db(), QStringLiteral("SELECT coalesce(sum(changes), 0) FROM batches WHERE device_id = ?"),
                     {s.deviceId()}) == lastSeq);
    }
}

} // namespace

TEST_CASE("two devices editing offline converge whatever the sync order", "[sync][convergence]")
{
    runConvergence(2, 8, 20, testSeed("convergence/2", 20250101));
}

TEST_CASE("three devices editing offline converge whatever the sync order", "[sync][convergence]")
{
    runConvergence(3, 7, 14, testSeed("convergence/3", 31337));
}

TEST_CASE("convergence holds for other seeds", "[sync][convergence]")
{
    const quint64 base = testSeed("convergence/seeds", 7);
    for (quint64 s = base; s < base + 3; ++s) {
        INFO("seed " << s);
        runConvergence(3, 4, 12, s);
    }
}
