// Conflict and quarantine review: on the server (store + admin command) and on a laptop.
#include "SyncFixture.h"
#include "StoreRows.h"

#include "core/store/Hlc.h"
#include "core/store/Store.h"
#include "sync/client/SyncReview.h"
#include "sync/server/ServerCommand.h"

#include <QThread>

#include <algorithm>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

void requireOk(const sync::SyncReport& r)
{
    INFO(r.errorCode.toStdString() << ": " << r.error.toStdString());
    REQUIRE(r.ok);
}

// Two laptops rename the same resident while offline: one conflict on full_name.
QString makeConflict(ServerFixture& server, Store& a, Store& b)
{
    const QString hamlet = insertRow(a, QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp Chợ")}});
    const QString r = insertRow(a, QStringLiteral("residents"),
                                {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("full_name"), QStringLiteral("Võ Thị Hoa")}});
    requireOk(syncNow(a));
    requireOk(syncNow(b));
    StoreError e;
    REQUIRE(a.update(QStringLiteral("residents"), r, {{QStringLiteral("full_name"), QStringLiteral("Võ Thị Hoa A")}}, &e));
    QThread::msleep(5);
    REQUIRE(b.update(QStringLiteral("residents"), r, {{QStringLiteral("full_name"), QStringLiteral("Võ Thị Hoa B")}}, &e));
    requireOk(syncNow(a));
    requireOk(syncNow(b));
    requireOk(syncNow(a));
    (void)server;
    return r;
}

} // namespace

TEST_CASE("the server lists conflicts of a commune and marks them resolved", "[sync][review]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString resident = makeConflict(server, a->store(), b->store());
    QString error;

    auto pending = server.store().conflicts(QString::fromLatin1(ServerFixture::communeA), false, &error);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    const QJsonObject c = pending->at(0).toObject();
    CHECK(c.value(QStringLiteral("row_id")).toString() == resident);
    CHECK(c.value(QStringLiteral("field")).toString() == QStringLiteral("full_name"));
    CHECK(c.value(QStringLiteral("kept_value")).toString() == QStringLiteral("Võ Thị Hoa B"));
    CHECK(c.value(QStringLiteral("lost_value")).toString() == QStringLiteral("Võ Thị Hoa A"));
    CHECK(c.value(QStringLiteral("commune_code")).toString() == QString::fromLatin1(ServerFixture::communeA));
    CHECK(c.value(QStringLiteral("resolved_at")).toInteger() == 0);
    // The other commune has none; an unknown commune is an error, not an empty list.
    auto other = server.store().conflicts(QString::fromLatin1(ServerFixture::communeB), false, &error);
    REQUIRE(other);
    CHECK(other->isEmpty());
    CHECK_FALSE(server.store().conflicts(QStringLiteral("00000"), false, &error));
    CHECK(error.contains(QStringLiteral("00000")));

    const QString id = c.value(QStringLiteral("id")).toString();
    REQUIRE(server.store().resolveConflict(id, &error));
    CHECK_FALSE(server.store().resolveConflict(id, &error)); // already resolved
    CHECK(error.contains(id));
    CHECK_FALSE(server.store().resolveConflict(QStringLiteral("no-such-id"), &error));
    CHECK(server.store().conflicts({}, false, &error)->isEmpty());
    auto all = server.store().conflicts({}, true, &error);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).toObject().value(QStringLiteral("resolved_at")).toInteger() > 0);
    const QJsonObject summary = server.store().communeSummary(server.communeId(ServerFixture::communeA));
    CHECK(summary.value(QStringLiteral("pending_conflicts")).toInteger() == 0);
}

TEST_CASE("hocvuso-server admin conflicts lists, filters and resolves", "[sync][review][cli]")
{
    QTemporaryDir dir;
    const QString db = serverDbForTests(dir);
    QString error;
    QString deviceA = QStringLiteral("device-a"), deviceB = QStringLiteral("device-b");
    {
        auto spec = sync::ServerDbSpec::parse(db, &error);
        auto store = sync::ServerStore::open(*spec, &error);
        REQUIRE(store);
        REQUIRE(store->wipe(&error));
        REQUIRE(store->createProvince(QStringLiteral("79"), QStringLiteral("TP Hồ Chí Minh"), &error));
        auto commune = store->addCommune(QStringLiteral("26734"), QStringLiteral("Phường Sài Gòn"), &error);
        REQUIRE(commune);
        REQUIRE(store->addCommune(QStringLiteral("26737"), QStringLiteral("Phường Tân Định"), &error));
        for (const QString& d : {deviceA, deviceB})
            REQUIRE_FALSE(store->enroll(*store->createEnrollmentCode(QStringLiteral("26734"), 3600000, &error), d, d).error);
        // Both devices write the same hamlet's name without having seen each other.
        const QString row = QStringLiteral("0190a0a0-0000-7000-8000-000000000001");
        for (const QString& d : {deviceA, deviceB}) {
            sync::PushBatch batch;
            batch.deviceId = d;
            batch.fromSeq = batch.toSeq = 1;
            batch.batchId = d + QStringLiteral(":1-1");
            sync::Change ch;
            ch.seq = 1;
            ch.entity = QStringLiteral("hamlets");
            ch.rowId = row;
            ch.op = QStringLiteral("insert");
            ch.fields = {{QStringLiteral("name"), QString(QStringLiteral("Khu phố ") + d)}, {QStringLiteral("commune_id"), commune->id}};
            ch.hlc = Hlc::pack(store->now(), d == deviceA ? 1 : 2);
            ch.deviceId = d;
            batch.changes = {ch};
            const auto devices = store->devices();
            const auto info = std::find_if(devices.begin(), devices.end(),
                                           [&](const sync::DeviceInfo& i) { return i.id == d; });
            REQUIRE(info != devices.end());
            const auto outcome = store->push(*info, batch, 0);
            INFO(outcome.message.toStdString());
            REQUIRE_FALSE(outcome.error);
        }
    }
    auto admin = [&](const QStringList& args, QString* outText, QString* errText) {
        QString o, e;
        QTextStream out(&o), err(&e);
        const int code = sync::runServerCommand(QStringList{"--db", db, "admin"} + args, out, err);
        out.flush();
        err.flush();
        *outText = o;
        *errText = e;
        return code;
    };
    QString out, err;
    REQUIRE(admin({"conflicts", "--commune", "26734", "--json"}, &out, &err) == 0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject c = list.at(0).toObject();
    CHECK(c.value(QStringLiteral("kept_value")).toString() == QStringLiteral("Khu phố device-b"));
    CHECK(c.value(QStringLiteral("lost_device")).toString() == deviceA);
    const QString id = c.value(QStringLiteral("id")).toString();

    REQUIRE(admin({"conflicts", "--commune", "26737", "--json"}, &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().isEmpty());
    CHECK(admin({"conflicts", "--commune", "99999"}, &out, &err) != 0);
    CHECK(err.contains(QStringLiteral("99999")));

    REQUIRE(admin({"conflicts"}, &out, &err) == 0); // the text form names the row and both values
    CHECK(out.contains(id));
    CHECK(out.contains(QStringLiteral("Khu phố device-a")));

    REQUIRE(admin({"conflicts", "--resolve", id}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("resolved")));
    CHECK(admin({"conflicts", "--resolve", id}, &out, &err) != 0);
    CHECK(err.contains(id));
    REQUIRE(admin({"conflicts", "--json"}, &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().isEmpty());
    REQUIRE(admin({"conflicts", "--all", "--json"}, &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().size() == 1);
}

TEST_CASE("a laptop lists its conflicts and quarantined records and marks them reviewed", "[sync][review]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    makeConflict(server, a->store(), b->store());
    const QString hamlet = insertRow(a->store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Ấp Mới")}});
    const QString bad = insertRow(a->store(), QStringLiteral("residents"),
                                  {{QStringLiteral("hamlet_id"), hamlet},
                                   {QStringLiteral("full_name"), QStringLiteral("Đặng Văn Em")},
                                   {QStringLiteral("birth_date"), QStringLiteral("31/02/1990")}});
    requireOk(syncNow(a->store()));

    sync::SyncReview review(a->store());
    const auto conflicts = review.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].field == QStringLiteral("full_name"));
    CHECK(conflicts[0].keptValue == QStringLiteral("Võ Thị Hoa B"));
    CHECK(conflicts[0].lostValue == QStringLiteral("Võ Thị Hoa A"));
    CHECK_FALSE(conflicts[0].serverId.isEmpty());
    CHECK_FALSE(conflicts[0].reviewed);
    const auto quarantined = review.quarantined();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].rowId == bad);
    CHECK(quarantined[0].field == QStringLiteral("birth_date"));
    CHECK(quarantined[0].fields.value(QStringLiteral("full_name")).toString() == QStringLiteral("Đặng Văn Em"));
    CHECK(review.unreviewedCount() == 2);

    QString error;
    REQUIRE(review.markConflictReviewed(conflicts[0].id, &error));
    CHECK_FALSE(review.markConflictReviewed(conflicts[0].id, &error)); // only once
    CHECK_FALSE(error.isEmpty());
    CHECK(review.conflicts().isEmpty());
    REQUIRE(review.conflicts(true).size() == 1);
    CHECK(review.conflicts(true)[0].reviewed);
    CHECK(review.unreviewedCount() == 1);
    REQUIRE(review.markQuarantineReviewed(quarantined[0].id, &error));
    CHECK(review.quarantined().isEmpty());
    CHECK(review.unreviewedCount() == 0);
    // Reviewing writes nothing that syncs.
    CHECK(a->store().pendingChanges() == 0);
    // A later pull does not bring the reviewed conflict back as new.
    requireOk(syncNow(a->store()));
    CHECK(review.unreviewedCount() == 0);
}
