// Inserts are logged without a copy of the row (fields = "*"); the client
// reads the row's values when it pushes. A row changed between its insert
// and the push must still reach every device exactly as it is.
#include "SyncFixture.h"
#include "StoreRows.h"
#include "SyncProof.h"

#include "core/store/ChangeLogReader.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/Store.h"
#include "sync/client/PullApplier.h"
#include "sync/client/SyncState.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

#include <QSqlQuery>

#include <algorithm>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

void updateRow(Store& s, const QString& table, const QString& id, const QVariantMap& values)
{
    StoreError e;
    INFO(e.text().toStdString());
    REQUIRE(s.update(table, id, values, &e));
}

void requireOk(const sync::SyncReport& r)
{
    INFO(r.errorCode.toStdString() << ": " << r.error.toStdString());
    REQUIRE(r.ok);
}

QVariant field(Store& s, const QString& table, const QString& id, const QString& column)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("a row inserted and then updated before the push reaches the other device as it is", "[sync][compactlog]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();

    const QString hamlet = insertRow(a->store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn 1")}});
    const QString resident = insertRow(a->store(), QStringLiteral("residents"),
                                       {{QStringLiteral("hamlet_id"), hamlet},
                                        {QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn An")},
                                        {QStringLiteral("phone"), QStringLiteral("0912000001")}});
    updateRow(a->store(), QStringLiteral("residents"), resident,
              {{QStringLiteral("phone"), QStringLiteral("0912000002")}, {QStringLiteral("notes"), QStringLiteral("đã cài VNeID")}});
    // Tombstoned before it was ever pushed: it must arrive deleted.
    const QString gone = insertRow(a->store(), QStringLiteral("residents"),
                                   {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("full_name"), QStringLiteral("Trần Thị Bé")}});
    updateRow(a->store(), QStringLiteral("residents"), gone, {{QStringLiteral("deleted"), true}});

    {
        QSqlQuery q(a->store().db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'insert' AND fields <> '*'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 0); // no insert carries a copy of its row
    }

    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    CHECK(field(b->store(), QStringLiteral("residents"), resident, QStringLiteral("phone")).toString() ==
          QStringLiteral("0912000002"));
    CHECK(field(b->store(), QStringLiteral("residents"), resident, QStringLiteral("notes")).toString() ==
          QStringLiteral("đã cài VNeID"));
    CHECK(field(b->store(), QStringLiteral("residents"), gone, QStringLiteral("deleted")).toInt() == 1);
    requireSameData(withoutCommunes(dumpStore(a->store())), withoutCommunes(dumpStore(b->store())), QStringLiteral("after one round"));

    // Edits on both sides afterwards still converge field by field.
    updateRow(b->store(), QStringLiteral("residents"), resident, {{QStringLiteral("phone"), QStringLiteral("0912000003")}});
    updateRow(a->store(), QStringLiteral("residents"), resident, {{QStringLiteral("notes"), QStringLiteral("cần hỗ trợ")}});
    requireOk(syncNow(b->store()));
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    CHECK(field(a->store(), QStringLiteral("residents"), resident, QStringLiteral("phone")).toString() ==
          QStringLiteral("0912000003"));
    CHECK(field(b->store(), QStringLiteral("residents"), resident, QStringLiteral("notes")).toString() ==
          QStringLiteral("cần hỗ trợ"));
    requireSameData(withoutCommunes(dumpStore(a->store())), withoutCommunes(dumpStore(b->store())), QStringLiteral("after edits on both"));
}

TEST_CASE("a pending insert keeps every field of its row against a pulled write of the same row", "[sync][compactlog]")
{
    // Attendance has a natural key: two laptops marking the same person make
    // the same row id, so B's pushed insert meets A's insert still pending.
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = insertRow(a->store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn 2")}});
    const QString resident = insertRow(a->store(), QStringLiteral("residents"),
                                       {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("full_name"), QStringLiteral("Lê Văn Cường")}});
    const QString klass = insertRow(a->store(), QStringLiteral("classes"),
                                    {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("title"), QStringLiteral("Lớp VNeID")}});
    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));

    const QString onB = insertRow(b->store(), QStringLiteral("attendance"),
                                  {{QStringLiteral("class_id"), klass}, {QStringLiteral("resident_id"), resident},
                                   {QStringLiteral("present"), 1}, {QStringLiteral("completed"), 0}});
    requireOk(syncNow(b->store()));
    const QString onA = insertRow(a->store(), QStringLiteral("attendance"),
                                  {{QStringLiteral("class_id"), klass}, {QStringLiteral("resident_id"), resident},
                                   {QStringLiteral("present"), 1}, {QStringLiteral("completed"), 1}});
    REQUIRE(onA == onB);
    updateRow(a->store(), QStringLiteral("attendance"), onA, {{QStringLiteral("present"), 0}});

    // B's insert as the server would hand it to A while A's insert (a
    // whole-row entry) is still pending: A must keep every field of its row.
    QString error;
    const auto logB = ChangeLogReader(b->store().db()).read(0, 0, &error);
    INFO(error.toStdString());
    REQUIRE(logB);
    const auto fromB = std::find_if(logB->cbegin(), logB->cend(), [&](const LoggedChange& c) { return c.rowId == onB; });
    REQUIRE(fromB != logB->cend());
    CHECK(fromB->fields.value(QStringLiteral("completed")).toInteger() == 0);
    sync::Change pulled;
    pulled.entity = fromB->entity;
    pulled.rowId = fromB->rowId;
    pulled.op = fromB->op;
    pulled.fields = fromB->fields;
    pulled.hlc = fromB->hlc;
    pulled.deviceId = fromB->deviceId;
    const auto applied = sync::PullApplier(a->store())
                             .apply(QJsonArray{pulled.toJson()}, {},
                                    a->store().meta(QString::fromLatin1(sync::state::cursor)));
    INFO(applied.error.toStdString());
    REQUIRE(applied.ok);
    // Every field B sent, but commune_id (a pull never writes it).
    CHECK(applied.keptPending == fromB->fields.size() - 1);
    CHECK(field(a->store(), QStringLiteral("attendance"), onA, QStringLiteral("completed")).toInt() == 1);
    CHECK(field(a->store(), QStringLiteral("attendance"), onA, QStringLiteral("present")).toInt() == 0);

    requireOk(syncNow(a->store()));
    requireOk(syncNow(b->store()));
    requireOk(syncNow(a->store()));
    // A wrote last (newer HLCs), so A's values win everywhere.
    CHECK(field(b->store(), QStringLiteral("attendance"), onA, QStringLiteral("completed")).toInt() == 1);
    CHECK(field(b->store(), QStringLiteral("attendance"), onA, QStringLiteral("present")).toInt() == 0);
    requireSameData(withoutCommunes(dumpStore(a->store())), withoutCommunes(dumpStore(b->store())), QStringLiteral("after both marked"));
}

TEST_CASE("an outbox batch of unusual text is the body Qt writes, and the other device gets the same values",
          "[sync][compactlog]")
{
    ServerFixture server;
    auto a = server.device();
    auto b = server.device();
    const QString hamlet = insertRow(a->store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn 1")}});
    const QStringList notes = {QStringLiteral("quote \" backslash \\ slash / newline \n tab \t bell \x07 \x1f end"),
                               QStringLiteral("non-BMP 🌾𝔸 and Vietnamese Phạm Thị Ngọc Ánh"),
                               QString(19000, QLatin1Char('x')) + QStringLiteral(" \"very\" long ") + QString(900, QChar(0x1EA1)), // the server takes 20,000 characters
                               QStringLiteral("{\"looks\":{\"like\":[\"nested\",{\"json\":1}]}}"),
                               QString()};
    QStringList residents;
    for (const QString& n : notes)
        residents << insertRow(a->store(), QStringLiteral("residents"),
                               {{QStringLiteral("hamlet_id"), hamlet},
                                {QStringLiteral("full_name"), QStringLiteral("Lê \"Bé\" 🌾")},
                                {QStringLiteral("notes"), n}});
    updateRow(a->store(), QStringLiteral("residents"), residents[0], {{QStringLiteral("phone"), QStringLiteral("\\\"09\"\n")}});

    // The body from the outbox as push sends it, against Qt's own writing of
    // the same entries read through SQLite's JSON: byte for byte.
    ChangeLogReader reader(a->store().db());
    QString error;
    const auto compact = reader.readCompact(0, 0, &error);
    const auto viaQt = reader.read(0, 0, &error);
    REQUIRE(compact);
    REQUIRE(viaQt);
    REQUIRE(compact->size() == viaQt->size());
    sync::PushBatch batch;
    batch.batchId = QStringLiteral("dev:1-%1").arg(compact->size());
    batch.deviceId = a->store().deviceId();
    batch.fromSeq = 1;
    batch.toSeq = compact->last().seq;
    batch.pullCursor = QStringLiteral("0.0");
    QJsonArray reference;
    for (qsizetype i = 0; i < compact->size(); ++i) {
        const LoggedChange& l = (*compact)[i];
        sync::Change c;
        c.seq = l.seq;
        c.entity = l.entity;
        c.rowId = l.rowId;
        c.op = l.op;
        c.fieldsJson = l.fieldsJson;
        c.hlc = l.hlc;
        c.deviceId = l.deviceId;
        batch.changes.push_back(c);
        c.fieldsJson.clear();
        c.fields = (*viaQt)[i].fields;
        reference.append(c.toJson());
    }
    const QByteArray rest = QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), batch.batchId},
                                                      {QStringLiteral("device_id"), batch.deviceId},
                                                      {QStringLiteral("from_seq"), batch.fromSeq},
                                                      {QStringLiteral("to_seq"), batch.toSeq},
                                                      {QStringLiteral("pull_cursor"), batch.pullCursor},
                                                      {QStringLiteral("checksum"), sync::batchChecksum(reference)}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray expected = "{\"changes\":" + QJsonDocument(reference).toJson(QJsonDocument::Compact) + "," + rest.sliced(1);
    CHECK(batch.toJsonBytes() == expected);

    // Text that is not UTF-8 in a row (written around the store) travels as U+FFFD.
    const QByteArray broken = "Nguy\xe1\xbb" " \xff\xfe n\xc3";
    {
        SuppressChangeLog quiet(a->store().db());
        QSqlQuery q(a->store().db());
        q.prepare(QStringLiteral("UPDATE residents SET notes = CAST(? AS TEXT) WHERE id = ?"));
        q.addBindValue(broken);
        q.addBindValue(residents[4]);
        REQUIRE(q.exec());
    }
    const sync::SyncReport pushed = syncNow(a->store());
    requireOk(pushed);
    CHECK(pushed.quarantined == 0);
    requireOk(syncNow(b->store()));
    for (int i = 0; i < 4; ++i) {
        INFO(i);
        const QString sent = field(a->store(), QStringLiteral("residents"), residents[i], QStringLiteral("notes")).toString();
        INFO(sent.left(100).toStdString());
        CHECK(field(b->store(), QStringLiteral("residents"), residents[i], QStringLiteral("notes")).toString() == sent);
        CHECK(field(b->store(), QStringLiteral("residents"), residents[i], QStringLiteral("full_name")).toString() ==
              QStringLiteral("Lê \"Bé\" 🌾"));
    }
    CHECK(field(b->store(), QStringLiteral("residents"), residents[0], QStringLiteral("phone")).toString() ==
          field(a->store(), QStringLiteral("residents"), residents[0], QStringLiteral("phone")).toString());
    CHECK(field(b->store(), QStringLiteral("residents"), residents[4], QStringLiteral("notes")).toString() ==
          QString::fromUtf8(broken));
}
