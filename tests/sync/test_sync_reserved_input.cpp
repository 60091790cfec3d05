// Input the province must refuse because it cannot store it or would read it
// wrongly: a U+0000 in any string value (PostgreSQL text cannot hold it, and
// a conflict logs the value as text in conflicts.kept_value / lost_value,
// failing the whole push there), in an enrolling device's name, and the
// device id "province" (the writer name of reference rows).
#include "SyncFixture.h"

#include "core/store/Hlc.h"
#include "core/store/Uuid.h"
#include "sync/protocol/Protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

using NulDevice = ServerFixture::EnrolledDevice;

NulDevice enrollNulDevice(ServerFixture& server)
{
    return server.enrolled(uuid::v7(), ServerFixture::communeA, QStringLiteral("nul"));
}

sync::PushBatch nulBatch(const NulDevice& d, qint64 seq, const sync::Change& c)
{
    sync::PushBatch b;
    b.deviceId = d.id;
    b.fromSeq = b.toSeq = seq;
    b.batchId = QStringLiteral("%1:%2").arg(d.id).arg(seq);
    b.changes = {c};
    return b;
}

sync::Change resident(const NulDevice& d, qint64 seq, const QString& rowId, const QString& op, const QJsonObject& fields,
                      qint64 hlc)
{
    sync::Change c;
    c.seq = seq;
    c.entity = QStringLiteral("residents");
    c.rowId = rowId;
    c.op = op;
    c.fields = fields;
    c.hlc = hlc;
    c.deviceId = d.id;
    return c;
}

} // namespace

TEST_CASE("a date value carrying U+0000 is quarantined, never stored nor logged in a conflict", "[sync][input]")
{
    ServerFixture server;
    const NulDevice a = enrollNulDevice(server), b = enrollNulDevice(server);
    const qint64 hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
    const QString rowId = uuid::v7();
    const QString withNul = QStringLiteral("2024-05-01") + QChar(0) + QStringLiteral("x");

    // Device A stores the row; device B, which never pulled, writes the date with a NUL.
    auto first = server.store().push(
        a.info, nulBatch(a, 1, resident(a, 1, rowId, QStringLiteral("insert"),
                                         {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn A")},
                                          {QStringLiteral("birth_date"), QStringLiteral("2024-04-30")}},
                                         hlc)),
        0);
    REQUIRE_FALSE(first.error);
    auto second = server.store().push(
        b.info, nulBatch(b, 1, resident(b, 1, rowId, QStringLiteral("update"), {{QStringLiteral("birth_date"), withNul}},
                                         hlc + 1)),
        0);
    INFO(QJsonDocument(second.body).toJson().toStdString());
    REQUIRE_FALSE(second.error); // on PostgreSQL: fails here, on the conflict's text (and at every retry)
    CHECK(second.body.value(QStringLiteral("quarantined")).toArray().size() == 1);
    CHECK(second.body.value(QStringLiteral("conflicts")).toArray().isEmpty());
}

TEST_CASE("a date with text after YYYY-MM-DD is quarantined, not stored", "[sync][input]")
{
    ServerFixture server;
    const NulDevice a = enrollNulDevice(server);
    const qint64 hlc = Hlc::pack(QDateTime::currentMSecsSinceEpoch() - 60000, 0);
    int seq = 0;
    for (const QString& date : {QStringLiteral("2024-05-01 not a date"), QStringLiteral("2024-05-01T08:00:00"),
                                QStringLiteral("2024-5-1"), QStringLiteral("2024-05-01")}) {
        INFO(date.toStdString());
        ++seq;
        auto pushed = server.store().push(
            a.info, nulBatch(a, seq, resident(a, seq, uuid::v7(), QStringLiteral("insert"),
                                              {{QStringLiteral("full_name"), QStringLiteral("Trần Thị B")},
                                               {QStringLiteral("birth_date"), date}},
                                              hlc + seq)),
            0);
        REQUIRE_FALSE(pushed.error);
        const QJsonArray quarantined = pushed.body.value(QStringLiteral("quarantined")).toArray();
        if (date.size() == 10 && date != QLatin1String("2024-5-1")) {
            CHECK(quarantined.isEmpty());
            CHECK(pushed.body.value(QStringLiteral("applied")).toInteger() == 1);
        } else {
            REQUIRE(quarantined.size() == 1);
            CHECK(quarantined[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("birth_date"));
            CHECK(pushed.body.value(QStringLiteral("applied")).toInteger() == 0);
        }
    }
}

TEST_CASE("an enrollment whose device name holds U+0000 is refused as a bad request, stores nothing",
          "[sync][input]")
{
    ServerFixture server;
    const QString id = uuid::v7();
    auto o = server.store().enroll(server.code(), id, QStringLiteral("laptop") + QChar(0) + QStringLiteral("x"));
    INFO(o.message.toStdString()); // PostgreSQL: the INSERT fails ("unavailable"); SQLite: the name is stored
    REQUIRE(o.error);
    CHECK(*o.error == sync::ErrorCode::BadRequest);
}

TEST_CASE("the device id 'province' (the writer of reference rows) is refused at enrollment",
          "[sync][input]")
{
    // Reference rows are versioned as written by device "province": a device
    // of that id would skip them in every pull, taken for its own writes.
    ServerFixture server;
    auto o = server.store().enroll(server.code(), QStringLiteral("province"), QStringLiteral("laptop"));
    REQUIRE(o.error);
    CHECK(*o.error == sync::ErrorCode::BadRequest);
}
