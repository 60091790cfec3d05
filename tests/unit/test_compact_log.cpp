// An insert is logged without a copy of its row (fields = "*"): the outbox
// reader (ChangeLogReader) reads the row's values when the entry is pushed.
// A large import also rebuilds the table's secondary indexes once instead of
// keeping them row by row.
#include "SqlQueries.h"
#include "TempStore.h"

#include "core/io/ListImporter.h"
#include "core/store/BulkWriter.h"
#include "core/store/ChangeLogReader.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/CompactJson.h"
#include "core/store/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <limits>

using namespace hocvuso;
using hocvuso::test::queryValue;
using hocvuso::test::TempStore;

namespace {

// Every logged column of the stored row, as the insert trigger used to copy it.
QJsonObject storedFields(QSqlDatabase& db, const QString& table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 r WHERE id = ?")
                  .arg(ChangeLogTriggers::rowFieldsJson(db, table, QStringLiteral("r.")), table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QVector<LoggedChange> readAll(QSqlDatabase& db, qint64 after = 0, int limit = 0,
                              qint64 upTo = std::numeric_limits<qint64>::max())
{
    QString error;
    const auto log = ChangeLogReader(db).read(after, limit, &error, upTo);
    INFO(error.toStdString());
    REQUIRE(log);
    return *log;
}

// The secondary indexes of residents, as sqlite_master holds them.
QString residentIndexes(QSqlDatabase& db)
{
    return queryValue(db, QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                                     "type = 'index' AND tbl_name = 'residents' AND sql IS NOT NULL ORDER BY name)"))
        .toString();
}

QString writeResidentsCsv(const TempStore& t, int rows, bool lastRowBad)
{
    const QString path = t.dir() + QStringLiteral("/many.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Thôn/Tổ dân phố,Mã hộ,Chủ hộ\n");
    for (int i = 0; i < rows; ++i) {
        const bool bad = lastRowBad && i == rows - 1;
        f.write(QStringLiteral("Nguyễn Văn Bình %1,15/03/1985,Nam,%2,09%3,Thôn Đông,HD%4,%5\n")
                    .arg(i)
                    .arg(bad ? QStringLiteral("12345") : QStringLiteral("001085%1").arg(i, 6, 10, QLatin1Char('0')))
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i / 4)
                    .arg(i % 4 == 0 ? QStringLiteral("x") : QString())
                    .toUtf8());
    }
    return path;
}

} // namespace

TEST_CASE("an insert is logged as a whole-row entry and read back with every field of the row", "[changelog][compactlog]")
{
    TempStore t;
    QSqlDatabase& db = t->db();
    StoreError e;
    const auto hamlet = t->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Đông")}}, &e);
    REQUIRE(hamlet);
    const qint64 afterHamlet = t->changeLogCount();
    const auto resident = t->insert(QStringLiteral("residents"),
                                    {{QStringLiteral("hamlet_id"), *hamlet},
                                     {QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị Lan")},
                                     {QStringLiteral("birth_year"), 1990},
                                     {QStringLiteral("has_smartphone"), true}},
                                    &e);
    REQUIRE(resident);
    const qint64 seq = queryValue(db, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
    CHECK(queryValue(db, QStringLiteral("SELECT fields FROM change_log WHERE seq = %1").arg(seq)).toString() ==
          ChangeLogTriggers::wholeRow());

    const auto log = readAll(db, seq - 1);
    REQUIRE(log.size() == 1);
    const LoggedChange& c = log.first();
    CHECK(c.seq == seq);
    CHECK(c.entity == QStringLiteral("residents"));
    CHECK(c.rowId == *resident);
    CHECK(c.op == QStringLiteral("insert"));
    CHECK(c.hlc == queryValue(db, QStringLiteral("SELECT updated_hlc FROM residents WHERE id = '%1'").arg(*resident)).toLongLong());
    CHECK(c.deviceId == t->deviceId());
    CHECK(c.fields == storedFields(db, QStringLiteral("residents"), *resident));
    CHECK(c.fields.value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(c.fields.value(QStringLiteral("birth_year")).toInteger() == 1990);
    CHECK(c.fields.value(QStringLiteral("has_smartphone")).toInteger() == 1);
    CHECK(c.fields.value(QStringLiteral("phone")).isNull());
    CHECK(c.fields.contains(QStringLiteral("deleted")));
    CHECK_FALSE(c.fields.contains(QStringLiteral("search_key"))); // local, never synced
    CHECK_FALSE(c.fields.contains(QStringLiteral("updated_hlc")));

    SECTION("inserted, then updated before the push: current values under the insert's HLC, then the update")
    {
        REQUIRE(t->update(QStringLiteral("residents"), *resident, {{QStringLiteral("phone"), QStringLiteral("0912345678")}}, &e));
        const auto both = readAll(db, seq - 1);
        REQUIRE(both.size() == 2);
        CHECK(both[0].op == QStringLiteral("insert"));
        CHECK(both[0].hlc == c.hlc);
        CHECK(both[0].fields.value(QStringLiteral("phone")).toString() == QStringLiteral("0912345678"));
        CHECK(both[1].op == QStringLiteral("update"));
        CHECK(both[1].hlc > both[0].hlc);
        CHECK(both[1].fields == QJsonObject{{QStringLiteral("phone"), QStringLiteral("0912345678")}});
    }
    SECTION("a range and a limit")
    {
        CHECK(readAll(db, 0, 1).size() == 1);
        CHECK(readAll(db, 0, 1).first().seq == queryValue(db, QStringLiteral("SELECT min(seq) FROM change_log")).toLongLong());
        const auto upTo = readAll(db, 0, 0, afterHamlet);
        CHECK(upTo.size() == afterHamlet);
        CHECK(upTo.last().rowId == *hamlet);
        CHECK(upTo.last().fields.value(QStringLiteral("name")).toString() == QStringLiteral("Thôn Đông"));
        CHECK(readAll(db, seq).isEmpty());
    }
}

TEST_CASE("entries logged before the compact log are read as they were written", "[changelog][compactlog]")
{
    TempStore t;
    QSqlDatabase& db = t->db();
    const QByteArray old = R"({"name":"Thôn Cũ","code":null,"kind":"thon","commune_id":"c1","deleted":0})";
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO change_log (entity, row_id, op, fields, hlc, device_id) VALUES "
                             "('hamlets', 'h-old', 'insert', ?, 42, 'dev-old')"));
    q.addBindValue(QString::fromUtf8(old));
    REQUIRE(q.exec());
    const auto log = readAll(db);
    REQUIRE(log.size() == t->changeLogCount());
    CHECK(log.last().rowId == QStringLiteral("h-old"));
    CHECK(log.last().fields == QJsonDocument::fromJson(old).object()); // no row needed: the copy is used
    CHECK(log.last().hlc == 42);
}

TEST_CASE("an insert entry whose row is gone is an error that names it", "[changelog][compactlog]")
{
    TempStore t;
    StoreError e;
    const auto hamlet = t->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Mất")}}, &e);
    REQUIRE(hamlet);
    REQUIRE(t->begin());
    {
        SuppressChangeLog quiet(t->db()); // the only way around the no-delete trigger
        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM hamlets WHERE id = '%1'").arg(*hamlet)));
    }
    QString error;
    CHECK_FALSE(ChangeLogReader(t->db()).read(0, 0, &error));
    CHECK(error.contains(*hamlet));
    CHECK(error.contains(QStringLiteral("hamlets")));
    t->rollback();
    CHECK(ChangeLogReader(t->db()).read(0, 0, &error));
}

TEST_CASE("upgrading to version 6 makes inserts log whole-row entries and keeps older entries readable",
          "[changelog][compactlog][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    QString error;
    QJsonObject oldEntry;
    {
        auto db = Database::open(path, &error, 5);
        INFO(error.toStdString());
        REQUIRE(db);
        QSqlQuery q(db->db());
        // The insert trigger as programs before version 6 installed it: a JSON copy of the row.
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER hamlets_log_insert")));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER hamlets_log_insert AFTER INSERT ON hamlets WHEN "
                                      "(SELECT suppress FROM log_ctl) = 0 BEGIN INSERT INTO change_log (entity, "
                                      "row_id, op, fields, hlc, device_id) VALUES ('hamlets', NEW.id, 'insert', %1, "
                                      "NEW.updated_hlc, NEW.device_id); END")
                           .arg(ChangeLogTriggers::rowFieldsJson(db->db(), QStringLiteral("hamlets"), QStringLiteral("NEW.")))));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO hamlets (id, commune_id, updated_hlc, device_id, name) "
                                      "VALUES ('h1', 'c1', 10, 'd1', 'Thôn Một')")));
        const QString fields = queryValue(db->db(), QStringLiteral("SELECT fields FROM change_log WHERE row_id = 'h1'")).toString();
        REQUIRE(fields != ChangeLogTriggers::wholeRow());
        oldEntry = QJsonDocument::fromJson(fields.toUtf8()).object();
        CHECK(oldEntry.value(QStringLiteral("name")).toString() == QStringLiteral("Thôn Một"));
    }
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(Migrations::versionOf(db->db()) == Migrations::currentVersion);
    QSqlQuery q(db->db());
    REQUIRE(q.exec(QStringLiteral("UPDATE hamlets SET name = 'Thôn Hai', updated_hlc = 11 WHERE id = 'h1'")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO hamlets (id, commune_id, updated_hlc, device_id, name) "
                                  "VALUES ('h2', 'c1', 12, 'd1', 'Thôn Ba')")));
    CHECK(queryValue(db->db(), QStringLiteral("SELECT fields FROM change_log WHERE row_id = 'h2'")).toString() ==
          ChangeLogTriggers::wholeRow());
    const auto log = readAll(db->db());
    REQUIRE(log.size() == 3);
    CHECK(log[0].fields == oldEntry); // the copy made at version 5, not the row as it is now
    CHECK(log[1].fields == QJsonObject{{QStringLiteral("name"), QStringLiteral("Thôn Hai")}});
    CHECK(log[2].fields.value(QStringLiteral("name")).toString() == QStringLiteral("Thôn Ba"));
}

TEST_CASE("bulk mode can drop a table's secondary indexes and builds them again before commit", "[import][indexes]")
{
    TempStore t;
    QSqlDatabase& db = t->db();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE UNIQUE INDEX test_residents_unique ON residents(phone)")));
    const QString before = residentIndexes(db);
    REQUIRE(before.contains(QStringLiteral("residents_cccd")));

    REQUIRE(t->begin());
    BulkWriter writer(t.store());
    StoreError error;
    CHECK_FALSE(writer.deferIndexes(&error)); // needs bulk mode first
    REQUIRE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
    REQUIRE(writer.deferIndexes(&error));
    // Only the UNIQUE index stays: it must refuse a duplicate when the row comes.
    CHECK(residentIndexes(db) == QStringLiteral("CREATE UNIQUE INDEX test_residents_unique ON residents(phone)"));
    const int stmt = writer.prepareInsert(QStringLiteral("residents"),
                                          {QStringLiteral("full_name"), QStringLiteral("cccd"), QStringLiteral("phone")}, &error);
    REQUIRE(stmt >= 0);
    for (int i = 0; i < 50; ++i)
        REQUIRE(writer.insert(stmt, {QStringLiteral("Trần Văn %1").arg(i), QStringLiteral("0010850000%1").arg(i, 2, 10, QLatin1Char('0')),
                                     QStringLiteral("09000000%1").arg(i, 2, 10, QLatin1Char('0'))},
                              &error));
    CHECK_FALSE(writer.insert(stmt, {QStringLiteral("Trùng Số"), QVariant(), QStringLiteral("0900000001")}, &error));

    SECTION("finishing builds them again, word for word, over every row")
    {
        REQUIRE(writer.finishDeferred(&error));
        REQUIRE(t->commit());
        CHECK(residentIndexes(db) == before);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM residents INDEXED BY residents_cccd WHERE cccd = '001085000017'"))
                  .toLongLong() == 1);
    }
    SECTION("a rollback brings them back")
    {
        t->rollback();
        CHECK(residentIndexes(db) == before);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
    }
}

TEST_CASE("a large import rebuilds the indexes, a failed one leaves indexes, rows and log as they were", "[import][indexes]")
{
    TempStore t;
    QSqlDatabase& db = t->db();
    const QString before = residentIndexes(db);
    const qint64 logged = t->changeLogCount();
    constexpr int rows = 25000; // above the importer's threshold for rebuilding

    SECTION("a failed import")
    {
        const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), writeResidentsCsv(t, rows, true));
        CHECK_FALSE(r.committed);
        REQUIRE(r.errorCount() == 1);
        const auto bad = std::find_if(r.issues.cbegin(), r.issues.cend(),
                                      [](const ImportIssue& i) { return i.severity == ImportIssue::Severity::Error; });
        REQUIRE(bad != r.issues.cend());
        CHECK(bad->row == rows + 1); // the header is row 1
        CHECK(residentIndexes(db) == before);
        CHECK(t->changeLogCount() == logged);
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM households")).toLongLong() == 0);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    SECTION("a cancelled import")
    {
        std::atomic_bool cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 read, qint64, qint64) {
            if (read >= 12288)
                cancel = true;
        };
        const ImportReport r =
            ListImporter::import(t.store(), QStringLiteral("residents"), writeResidentsCsv(t, rows, false), options);
        CHECK(r.cancelled);
        CHECK_FALSE(r.committed);
        CHECK(r.rowsRead == 12288);
        CHECK(r.inserted == 12288); // written, then rolled back
        CHECK(residentIndexes(db) == before);
        CHECK(t->changeLogCount() == logged);
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM households")).toLongLong() == 0);
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                        "('residents_log_insert', 'residents_search_insert', 'households_log_insert')"))
                  .toLongLong() == 3);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        // The store takes the next import as if nothing had happened.
        const ImportReport next = ListImporter::import(t.store(), QStringLiteral("residents"), writeResidentsCsv(t, rows, false));
        REQUIRE(next.committed);
        CHECK(next.inserted == rows);
        CHECK(residentIndexes(db) == before);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    SECTION("an import that commits")
    {
        const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), writeResidentsCsv(t, rows, false));
        INFO(r.summary().toStdString());
        REQUIRE(r.committed);
        CHECK(r.inserted == rows);
        CHECK(residentIndexes(db) == before);
        CHECK(queryValue(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'residents' AND fields = '*'"))
                  .toLongLong() == rows);
        // The WAL was checkpointed and truncated after the bulk write.
        CHECK(QFile(t.path() + QStringLiteral("-wal")).size() == 0);

        const qint64 afterFirst = t->changeLogCount();
        const ImportReport again =
            ListImporter::import(t.store(), QStringLiteral("residents"), writeResidentsCsv(t, rows, false));
        CHECK(again.inserted == 0);
        CHECK(t->changeLogCount() == afterFirst);
        CHECK(residentIndexes(db) == before);
    }
}

TEST_CASE("readCompact writes each entry's fields byte for byte as Qt writes them", "[changelog][compactlog]")
{
    TempStore t;
    QSqlDatabase& db = t->db();
    StoreError e;
    const auto hamlet = t->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn \"Đông\" \\ 1")}}, &e);
    REQUIRE(hamlet);
    // Text that needs every kind of escape, non-BMP characters and no value at all.
    const QString awkward = QStringLiteral("Lê\tThị\n\"Lan\" \\ \x01\x1f\x7f 🌾 ") + QChar(0x2028);
    const auto resident = t->insert(QStringLiteral("residents"),
                                    {{QStringLiteral("hamlet_id"), *hamlet},
                                     {QStringLiteral("full_name"), awkward},
                                     {QStringLiteral("birth_year"), 1990},
                                     {QStringLiteral("notes"), QStringLiteral("/ </script> é")},
                                     {QStringLiteral("has_smartphone"), true}},
                                    &e);
    REQUIRE(resident);
    REQUIRE(t->update(QStringLiteral("residents"), *resident, {{QStringLiteral("phone"), QStringLiteral("0912345678")}}, &e));
    {
        // Storage classes the catalogue does not promise: a real, a large integer.
        REQUIRE(t->begin());
        SuppressChangeLog quiet(db);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE residents SET birth_year = 1990.25, influencer = 9007199254740993 "
                                      "WHERE id = '%1'")
                           .arg(*resident)));
        REQUIRE(t->commit());
    }

    const QVector<LoggedChange> expected = readAll(db);
    QString error;
    ChangeLogReader reader(db);
    const auto compact = reader.readCompact(0, 0, &error);
    INFO(error.toStdString());
    REQUIRE(compact);
    REQUIRE(compact->size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const LoggedChange& want = expected[i];
        const LoggedChange& got = (*compact)[i];
        INFO("seq " << want.seq << " " << want.entity.toStdString());
        CHECK(got.seq == want.seq);
        CHECK(got.entity == want.entity);
        CHECK(got.rowId == want.rowId);
        CHECK(got.op == want.op);
        CHECK(got.hlc == want.hlc);
        CHECK(got.deviceId == want.deviceId);
        CHECK(got.fields.isEmpty());
        CHECK(got.fieldsJson.toStdString() == QJsonDocument(want.fields).toJson(QJsonDocument::Compact).toStdString());
    }
    const LoggedChange& insert = *std::find_if(compact->begin(), compact->end(), [&](const LoggedChange& c) {
        return c.rowId == *resident && c.op == QLatin1String("insert");
    });
    const QJsonObject parsed = QJsonDocument::fromJson(insert.fieldsJson).object();
    CHECK(parsed.value(QStringLiteral("full_name")).toString() ==
          queryValue(db, QStringLiteral("SELECT full_name FROM residents WHERE id = '%1'").arg(*resident)).toString());
    CHECK(parsed.value(QStringLiteral("full_name")).toString().contains(QStringLiteral("\"Lan\" \\")));
    CHECK(parsed.value(QStringLiteral("birth_year")).toDouble() == 1990.25);
    CHECK(parsed.value(QStringLiteral("influencer")).toInteger() == 9007199254740993LL);

    SECTION("a range and a limit, read again with the same statements")
    {
        const auto two = reader.readCompact(1, 2, &error, 100);
        REQUIRE(two);
        REQUIRE(two->size() == 2);
        CHECK(two->first().seq == expected[1].seq);
        CHECK(two->last().fieldsJson == QJsonDocument(expected[2].fields).toJson(QJsonDocument::Compact));
        CHECK(reader.readCompact(expected.last().seq, 0, &error)->isEmpty());
    }
}

TEST_CASE("readCompact names an insert entry whose row is gone", "[changelog][compactlog]")
{
    TempStore t;
    StoreError e;
    const auto hamlet = t->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Mất")}}, &e);
    REQUIRE(hamlet);
    REQUIRE(t->begin());
    {
        SuppressChangeLog quiet(t->db());
        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM hamlets WHERE id = '%1'").arg(*hamlet)));
    }
    QString error;
    ChangeLogReader reader(t->db());
    CHECK_FALSE(reader.readCompact(0, 0, &error));
    CHECK(error.contains(*hamlet));
    CHECK(error.contains(QStringLiteral("hamlets")));
    t->rollback();
    error.clear();
    CHECK(reader.readCompact(0, 0, &error)); // the reader recovers: its statements were reset
    CHECK(error.isEmpty());
}

TEST_CASE("CompactJsonWriter writes what QJsonDocument writes", "[changelog][compactlog]")
{
    const QList<QByteArray> texts = {"",
                                     "plain",
                                     "Nguyễn Thị Lan",
                                     "quote \" backslash \\ slash /",
                                     "\b\f\n\r\t\x01\x1f\x7f",
                                     "🌾 \xe2\x80\xa8",
                                     "broken \xff \xc3 \xed\xa0\x80 \xc0\xaf" " end"}; // invalid UTF-8: U+FFFD, as Qt reads it
    for (const QByteArray& text : texts) {
        INFO(text.toHex().toStdString());
        QByteArray ours;
        {
            CompactJsonWriter json(ours);
            json.beginObject();
            json.key("a");
            json.string(text);
            json.key("b");
            json.integer(std::numeric_limits<qint64>::min());
            json.key("c");
            json.real(0.1);
            json.key("d");
            json.null();
            json.key("e");
            json.beginArray();
            json.integer(-7);
            json.real(1e300);
            json.raw("{}");
            json.endArray();
            json.endObject();
        } // the writer trims `ours` to the text when it goes
        const QJsonObject qt{{QStringLiteral("a"), QString::fromUtf8(text)},
                             {QStringLiteral("b"), std::numeric_limits<qint64>::min()},
                             {QStringLiteral("c"), 0.1},
                             {QStringLiteral("d"), QJsonValue::Null},
                             {QStringLiteral("e"), QJsonArray{-7, 1e300, QJsonObject{}}}};
        CHECK(ours.toStdString() == QJsonDocument(qt).toJson(QJsonDocument::Compact).toStdString());
    }
}

TEST_CASE("CompactJsonWriter escapes long and unusual text as Qt does, from UTF-8 or UTF-16", "[changelog][compactlog]")
{
    // Long runs cross the 8-bytes-at-a-time path; what needs a second look
    // sits at every offset of a block, at the end, or after a long plain run.
    QList<QByteArray> texts = {"0123456789abcdef\"",
                               "01234567\\89abcdef",
                               "0123456\x1f" "89abcdef",
                               "abcdefg\x7f" "Ph\xe1\xbb\x9f" "ng v\xc3\xa0 l\xc3\xa0ng",
                               "xxxxxxxxxxxxxxxxxxxxxxxx\xf0\x9f\x8c\xbe\xf0\x9f\x8c\xbe",
                               "xxxxxxxxxxxxxxxxxxxxxxx\xf0\x9f\x8c", // a 4-byte sequence cut short at the end
                               "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\xed\xbf\xbf tail \"q\"",
                               "\xf4\x90\x80\x80 past U+10FFFF, \xe0\x80\xaf overlong",
                               QByteArray(100000, 'a') + "\n" + QByteArray(50000, '"')};
    for (int offset = 0; offset < 9; ++offset)
        texts << QByteArray(offset, 'p') + "\t" + QByteArray(16, 'q') + "\xc3\xa9" + QByteArray(offset, '\\');
    for (const QByteArray& text : texts) {
        INFO(text.left(80).toHex().toStdString());
        const QString asText = QString::fromUtf8(text);
        QByteArray fromUtf8 = "prefix:", fromUtf16 = "prefix:";
        appendJsonString(fromUtf8, text);
        {
            CompactJsonWriter json(fromUtf16);
            json.string(QStringView(asText));
            CHECK(json.written() == QByteArrayView(fromUtf8)); // readable before the writer goes
        }
        const QByteArray qt = QJsonDocument(QJsonArray{asText}).toJson(QJsonDocument::Compact);
        const QByteArray expected = "prefix:" + qt.sliced(1, qt.size() - 2);
        CHECK(fromUtf8.toStdString() == expected.toStdString());
        CHECK(fromUtf16.toStdString() == expected.toStdString());
    }
}

TEST_CASE("CompactJsonWriter writes an integer as a string and goes on after finish()", "[changelog][compactlog]")
{
    QByteArray out;
    out.reserve(4); // too small: the writer grows it
    CompactJsonWriter json(out);
    json.beginArray();
    json.integerString(std::numeric_limits<qint64>::min());
    json.integerString(0);
    json.finish();
    CHECK(out == "[\"-9223372036854775808\",\"0\"");
    json.integerString((qint64(1) << 60) + 1);
    json.endArray();
    json.finish();
    CHECK(out == "[\"-9223372036854775808\",\"0\",\"1152921504606846977\"]");
}
