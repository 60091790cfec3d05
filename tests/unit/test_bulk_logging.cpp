#include "SqlQueries.h"
#include "TempStore.h"

#include "core/io/ListImporter.h"
#include "core/search/SearchKeyIndex.h"
#include "core/store/BulkWriter.h"
#include "core/store/ChangeLogReader.h"
#include "core/store/ChangeLogTriggers.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// A bulk import drops the residents' per-row change-log and search-change
// insert triggers inside its transaction and logs the new rows in one
// statement (and records one "reload" entry for search): the store must end
// up exactly as if the triggers had run, and search must find the new rows.

using namespace hocvuso;
using hocvuso::test::queryValue;
using hocvuso::test::TempStore;

namespace {

QString insertTriggers(Store& s)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = "
                                  "'trigger' AND name IN ('residents_search_insert', 'residents_log_insert') ORDER BY name)")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Residents whose change-log rows are not exactly one insert (a whole-row
// entry) with the row's HLC and device, or whose entry the outbox reader
// does not read as every logged column of the row as stored.
qint64 residentsLoggedWrongly(Store& s)
{
    QStringList pairs;
    for (const QString& c : ChangeLogTriggers::loggedColumns(s.db(), QStringLiteral("residents")))
        pairs << QStringLiteral("'%1', r.%1").arg(c);
    qint64 wrong = queryValue(s, QStringLiteral("SELECT count(*) FROM residents r WHERE (SELECT count(*) FROM change_log c "
                                            "WHERE c.row_id = r.id AND c.entity = 'residents' AND c.op = 'insert' "
                                            "AND c.hlc = r.updated_hlc AND c.device_id = r.device_id "
                                            "AND c.fields = '%1') != 1 "
                                            "OR (SELECT count(*) FROM change_log c WHERE c.row_id = r.id) != 1")
                                 .arg(ChangeLogTriggers::wholeRow()))
                       .toLongLong();
    QHash<QString, QJsonObject> stored;
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT r.id, json_object(%1) FROM residents r").arg(pairs.join(QStringLiteral(", ")))));
    while (q.next())
        stored.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    QString error;
    const auto log = ChangeLogReader(s.db()).read(0, 0, &error);
    INFO(error.toStdString());
    REQUIRE(log);
    for (const LoggedChange& c : *log)
        if (c.entity == QLatin1String("residents") && (c.fields.isEmpty() || c.fields != stored.value(c.rowId)))
            ++wrong;
    return wrong;
}

qint64 countMatches(const SearchKeyIndex& keys, const QString& needle)
{
    qint64 n = 0;
    keys.scan(needle.toUtf8(), {}, [&](qint64, QByteArrayView) { return ++n > 0; });
    return n;
}

// Residents whose key holds `needle`, by the connection's shared key index
// (kept up to date incrementally when a test holds it from the start).
qint64 keyMatches(Store& s, const QString& needle)
{
    auto keys = SearchKeyIndex::of(s);
    QString error;
    INFO(error.toStdString());
    REQUIRE(keys->refresh(&error));
    return countMatches(*keys, needle);
}

// The shared index agrees with one loaded from scratch.
void checkSearchKeys(Store& s)
{
    auto shared = SearchKeyIndex::of(s);
    SearchKeyIndex fresh(s);
    REQUIRE(shared->refresh());
    REQUIRE(fresh.refresh());
    CHECK(shared->residentCount() == fresh.residentCount());
    CHECK(shared->residentCount() == queryValue(s, QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")).toLongLong());
    for (const QString& needle : {QStringLiteral("a"), QStringLiteral("n"), QStringLiteral(" "), QStringLiteral("0")})
        CHECK(countMatches(*shared, needle) == countMatches(fresh, needle));
}

QString writeCsv(const TempStore& t, const QByteArray& body)
{
    const QString path = t.dir() + QStringLiteral("/residents.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Thôn/Tổ dân phố,Mã hộ,Chủ hộ\n");
    f.write(body);
    return path;
}

} // namespace

TEST_CASE("a bulk import logs and indexes every new resident exactly as the per-row triggers would",
          "[import][bulklog]")
{
    TempStore t;
    const auto keys = SearchKeyIndex::of(t.store()); // loaded before the import, then follows it
    REQUIRE(keys->refresh());
    const QString before = insertTriggers(t.store());
    REQUIRE(before.contains(QStringLiteral("residents_search_insert")));
    REQUIRE(before.contains(QStringLiteral("residents_log_insert")));
    // A resident written the ordinary way first: its log row must stay alone.
    StoreError error;
    REQUIRE(t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Đỗ Thị Hoa")}}, &error));

    QByteArray rows;
    for (int i = 0; i < 40; ++i)
        rows += QStringLiteral("Nguyễn Văn Bình %1,15/03/1985,Nam,00108500%2,09123456%3,Thôn Đông,HD%4,%5\n")
                    .arg(i)
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(i / 4)
                    .arg(i % 4 == 0 ? QStringLiteral("x") : QString())
                    .toUtf8();
    ImportOptions options;
    options.onlyValid = true;
    const ImportReport report = ListImporter::import(t.store(), QStringLiteral("residents"), writeCsv(t, rows), options);
    INFO(report.summary().toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.inserted == 40);

    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 41);
    CHECK(residentsLoggedWrongly(t.store()) == 0);
    // The log keeps the order of the writes: the residents' rows in rowid order.
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM change_log a JOIN residents ra ON ra.id = a.row_id "
                                           "JOIN change_log b ON b.seq > a.seq JOIN residents rb ON rb.id = b.row_id "
                                           "WHERE rb.rowid < ra.rowid"))
              .toLongLong() == 0);
    // Households made by the import are logged in bulk too, one entry each,
    // and before any resident that lives in them.
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'households'")).toLongLong() == 10);
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM households h WHERE (SELECT count(*) FROM change_log c "
                                           "WHERE c.row_id = h.id AND c.op = 'insert' AND c.fields = '*' "
                                           "AND c.hlc = h.updated_hlc AND c.device_id = h.device_id) != 1"))
              .toLongLong() == 0);
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM residents r JOIN change_log cr ON cr.row_id = r.id "
                                           "JOIN change_log ch ON ch.row_id = r.household_id WHERE ch.seq > cr.seq"))
              .toLongLong() == 0);
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                           "AND name = 'households_log_insert'"))
              .toLongLong() == 1);
    CHECK(keyMatches(t.store(), QStringLiteral("van binh 17")) == 1);
    CHECK(keys->fullLoads() == 2); // the import left one "reload" entry, not 40 row entries
    CHECK(keyMatches(t.store(), QStringLiteral("0912345617")) == 1);
    CHECK(keyMatches(t.store(), QStringLiteral("thi hoa")) == 1);
    checkSearchKeys(t.store());

    // The triggers are back, word for word, and work for the next write.
    CHECK(insertTriggers(t.store()) == before);
    const qint64 logged = t->changeLogCount();
    REQUIRE(t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Lê Văn Tám")}}, &error));
    CHECK(t->changeLogCount() == logged + 1);
    CHECK(keyMatches(t.store(), QStringLiteral("van tam")) == 1);
    CHECK(keys->fullLoads() == 2); // an ordinary write is read incrementally
}

TEST_CASE("an import that writes nothing leaves the triggers, the log and the index as they were", "[import][bulklog]")
{
    TempStore t;
    const QString before = insertTriggers(t.store());
    const qint64 logged = t->changeLogCount();
    // All or nothing: one bad birth date refuses the whole file.
    const QString path = writeCsv(t, "Trần Văn An,15/03/1985,Nam,,,Thôn Đông,HD1,x\n"
                                     "Trần Văn Ba,31/02/1985,Nam,,,Thôn Đông,HD1,\n");
    const ImportReport report = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    REQUIRE_FALSE(report.committed);
    CHECK(report.errorCount() == 1);
    CHECK(insertTriggers(t.store()) == before);
    CHECK(t->changeLogCount() == logged);
    CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
    CHECK(keyMatches(t.store(), QStringLiteral("van an")) == 0);
    checkSearchKeys(t.store());

    SECTION("a dry run too")
    {
        ImportOptions options;
        options.dryRun = true;
        options.onlyValid = true;
        const ImportReport dry = ListImporter::import(t.store(), QStringLiteral("residents"), path, options);
        CHECK_FALSE(dry.committed);
        CHECK(dry.inserted == 1);
        CHECK(insertTriggers(t.store()) == before);
        CHECK(t->changeLogCount() == logged);
    }
}

TEST_CASE("BulkWriter's deferred logging keeps insert-before-update order and survives a rollback",
          "[bulklog]")
{
    TempStore t;
    const QString before = insertTriggers(t.store());
    StoreError error;

    SECTION("an update of a row inserted in bulk mode is logged after its insert")
    {
        REQUIRE(t->begin());
        BulkWriter writer(t.store());
        REQUIRE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
        CHECK(insertTriggers(t.store()).isEmpty());
        const int stmt = writer.prepareInsert(QStringLiteral("residents"), {QStringLiteral("full_name")}, &error);
        REQUIRE(stmt >= 0);
        const auto a = writer.insert(stmt, {QStringLiteral("Phạm Văn Một")}, &error);
        const auto b = writer.insert(stmt, {QStringLiteral("Phạm Văn Hai")}, &error);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(writer.update(QStringLiteral("residents"), *b, {{QStringLiteral("full_name"), QStringLiteral("Phạm Văn Ba")}},
                              &error));
        const auto c = writer.insert(stmt, {QStringLiteral("Phạm Văn Bốn")}, &error);
        REQUIRE(c);
        REQUIRE(writer.finishDeferred(&error));
        CHECK_FALSE(writer.isDeferring());
        REQUIRE(t->commit());

        // As pushed: an insert carries the row as it is now (b's new name
        // under the insert's HLC), and the update follows with its newer HLC.
        QString readError;
        const auto entries = ChangeLogReader(t->db()).read(0, 0, &readError);
        REQUIRE(entries);
        QStringList log;
        for (const LoggedChange& e : *entries)
            if (e.entity == QLatin1String("residents"))
                log << e.rowId + QLatin1Char(' ') + e.op + QLatin1Char(' ') +
                           e.fields.value(QStringLiteral("full_name")).toString();
        CHECK(log == QStringList{*a + QStringLiteral(" insert Phạm Văn Một"), *b + QStringLiteral(" insert Phạm Văn Ba"),
                                 *b + QStringLiteral(" update Phạm Văn Ba"), *c + QStringLiteral(" insert Phạm Văn Bốn")});
        CHECK(keyMatches(t.store(), QStringLiteral("van ba")) == 1);
        CHECK(keyMatches(t.store(), QStringLiteral("van hai")) == 0);
        CHECK(keyMatches(t.store(), QStringLiteral("van bon")) == 1);
        checkSearchKeys(t.store());
        CHECK(insertTriggers(t.store()) == before);
    }

    SECTION("with households and residents both in bulk mode, an update logs what came before it, parents first")
    {
        REQUIRE(t->begin());
        BulkWriter writer(t.store());
        REQUIRE(writer.deferInsertLogging(QStringLiteral("households"), &error));
        REQUIRE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
        CHECK_FALSE(writer.deferInsertLogging(QStringLiteral("residents"), &error)); // once per table
        const int house = writer.prepareInsert(QStringLiteral("households"), {QStringLiteral("code")}, &error);
        const int person = writer.prepareInsert(QStringLiteral("residents"),
                                                {QStringLiteral("full_name"), QStringLiteral("household_id")}, &error);
        REQUIRE(house >= 0);
        REQUIRE(person >= 0);
        const auto h1 = writer.insertNormalised(house, {QStringLiteral("HD-1")}, &error);
        REQUIRE(h1);
        const auto a = writer.insertNormalised(person, {QStringLiteral("Phạm Văn Một"), *h1}, &error);
        const auto h2 = writer.insertNormalised(house, {QStringLiteral("HD-2")}, &error);
        REQUIRE(a);
        REQUIRE(h2);
        // An existing row's update would point at the new household: both inserts go first.
        REQUIRE(writer.update(QStringLiteral("residents"), *a, {{QStringLiteral("household_id"), *h2}}, &error));
        const auto b = writer.insertNormalised(person, {QStringLiteral("Phạm Văn Hai"), *h2}, &error);
        REQUIRE(b);
        REQUIRE(writer.finishDeferred(&error));
        REQUIRE(t->commit());

        QString readError;
        const auto entries = ChangeLogReader(t->db()).read(0, 0, &readError);
        REQUIRE(entries);
        QStringList log;
        for (const LoggedChange& e : *entries)
            if (e.entity != QLatin1String("communes"))
                log << e.entity + QLatin1Char(' ') + e.op + QLatin1Char(' ') + e.rowId;
        CHECK(log == QStringList{QStringLiteral("households insert ") + *h1, QStringLiteral("households insert ") + *h2,
                                 QStringLiteral("residents insert ") + *a, QStringLiteral("residents update ") + *a,
                                 QStringLiteral("residents insert ") + *b});
        CHECK(insertTriggers(t.store()) == before);
        checkSearchKeys(t.store());
    }

    SECTION("a rollback brings the triggers back with everything else")
    {
        const qint64 logged = t->changeLogCount();
        REQUIRE(t->begin());
        {
            BulkWriter writer(t.store());
            REQUIRE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
            const int stmt = writer.prepareInsert(QStringLiteral("residents"), {QStringLiteral("full_name")}, &error);
            REQUIRE(writer.insert(stmt, {QStringLiteral("Vũ Văn Năm")}, &error));
            t->rollback();
        }
        CHECK(insertTriggers(t.store()) == before);
        CHECK(t->changeLogCount() == logged);
        CHECK(queryValue(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
        checkSearchKeys(t.store());
    }

    SECTION("bulk mode needs a transaction")
    {
        BulkWriter writer(t.store());
        CHECK_FALSE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
        CHECK(insertTriggers(t.store()) == before);
    }
}
