#include "TempStore.h"

#include "core/io/ListImporter.h"
#include "core/store/BulkWriter.h"
#include "core/store/ChangeLogTriggers.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// A bulk import drops the residents' per-row change-log and FTS insert
// triggers inside its transaction and logs/indexes the new rows in one
// statement each: the store must end up exactly as if the triggers had run.

using namespace hocvuso;
using hocvuso::test::TempStore;

namespace {

QVariant scalar(Store& s, const QString& sql)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QString insertTriggers(Store& s)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = "
                                  "'trigger' AND name IN ('residents_fts_insert', 'residents_log_insert') ORDER BY name)")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Residents whose change-log rows are not exactly one insert carrying
// every logged column of the row as stored, its HLC and its device.
qint64 residentsLoggedWrongly(Store& s)
{
    QStringList pairs;
    for (const QString& c : ChangeLogTriggers::loggedColumns(s.db(), QStringLiteral("residents")))
        pairs << QStringLiteral("'%1', r.%1").arg(c);
    return scalar(s, QStringLiteral("SELECT count(*) FROM residents r WHERE (SELECT count(*) FROM change_log c "
                                     "WHERE c.row_id = r.id AND c.entity = 'residents' AND c.op = 'insert' "
                                     "AND c.hlc = r.updated_hlc AND c.device_id = r.device_id "
                                     "AND json(c.fields) = json_object(%1)) != 1 "
                                     "OR (SELECT count(*) FROM change_log c WHERE c.row_id = r.id) != 1")
                             .arg(pairs.join(QStringLiteral(", "))))
        .toLongLong();
}

qint64 ftsMatches(Store& s, const QString& needle)
{
    return scalar(s, QStringLiteral("SELECT count(*) FROM residents_fts WHERE residents_fts MATCH '\"%1\"'").arg(needle))
        .toLongLong();
}

void checkFtsIntegrity(Store& s)
{
    QSqlQuery q(s.db());
    CHECK(q.exec(QStringLiteral("INSERT INTO residents_fts(residents_fts) VALUES ('integrity-check')")));
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
    const QString before = insertTriggers(t.store());
    REQUIRE(before.contains(QStringLiteral("residents_fts_insert")));
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

    CHECK(scalar(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 41);
    CHECK(residentsLoggedWrongly(t.store()) == 0);
    // The log keeps the order of the writes: the residents' rows in rowid order.
    CHECK(scalar(t.store(), QStringLiteral("SELECT count(*) FROM change_log a JOIN residents ra ON ra.id = a.row_id "
                                           "JOIN change_log b ON b.seq > a.seq JOIN residents rb ON rb.id = b.row_id "
                                           "WHERE rb.rowid < ra.rowid"))
              .toLongLong() == 0);
    // Households and hamlets made by the import are logged by their own triggers.
    CHECK(scalar(t.store(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'households'")).toLongLong() == 10);
    CHECK(ftsMatches(t.store(), QStringLiteral("van binh 17")) == 1);
    CHECK(ftsMatches(t.store(), QStringLiteral("0912345617")) == 1);
    CHECK(ftsMatches(t.store(), QStringLiteral("thi hoa")) == 1);
    checkFtsIntegrity(t.store());

    // The triggers are back, word for word, and work for the next write.
    CHECK(insertTriggers(t.store()) == before);
    const qint64 logged = t->changeLogCount();
    REQUIRE(t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Lê Văn Tám")}}, &error));
    CHECK(t->changeLogCount() == logged + 1);
    CHECK(ftsMatches(t.store(), QStringLiteral("van tam")) == 1);
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
    CHECK(scalar(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
    CHECK(ftsMatches(t.store(), QStringLiteral("van an")) == 0);
    checkFtsIntegrity(t.store());

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

        QSqlQuery q(t->db());
        REQUIRE(q.exec(QStringLiteral("SELECT row_id, op, json_extract(fields, '$.full_name') FROM change_log "
                                      "WHERE entity = 'residents' ORDER BY seq")));
        QStringList log;
        while (q.next())
            log << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                       q.value(2).toString();
        CHECK(log == QStringList{*a + QStringLiteral(" insert Phạm Văn Một"), *b + QStringLiteral(" insert Phạm Văn Hai"),
                                 *b + QStringLiteral(" update Phạm Văn Ba"), *c + QStringLiteral(" insert Phạm Văn Bốn")});
        CHECK(ftsMatches(t.store(), QStringLiteral("van ba")) == 1);
        CHECK(ftsMatches(t.store(), QStringLiteral("van hai")) == 0);
        CHECK(ftsMatches(t.store(), QStringLiteral("van bon")) == 1);
        checkFtsIntegrity(t.store());
        CHECK(insertTriggers(t.store()) == before);
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
        CHECK(scalar(t.store(), QStringLiteral("SELECT count(*) FROM residents")).toLongLong() == 0);
        checkFtsIntegrity(t.store());
    }

    SECTION("bulk mode needs a transaction")
    {
        BulkWriter writer(t.store());
        CHECK_FALSE(writer.deferInsertLogging(QStringLiteral("residents"), &error));
        CHECK(insertTriggers(t.store()) == before);
    }
}
