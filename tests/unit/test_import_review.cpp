// Hostile review of the list import (issue 2): each case failed before its fix.
#include "SqlQueries.h"
#include "TempStore.h"

#include "core/io/ListExporter.h"
#include "core/io/ListImporter.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::queryNumber;
using hocvuso::test::writeFile;
using hocvuso::test::TempStore;

namespace {

QString residentId(Store& s, const QString& cccd)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT id FROM residents WHERE cccd = ?"));
    q.addBindValue(cccd);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

void logIssues(const ImportReport& r)
{
    for (const ImportIssue& i : r.issues)
        UNSCOPED_INFO(i.text().toStdString());
}

} // namespace

TEST_CASE("a row matched by its id cannot take the CCCD of another living resident", "[import]")
{
    TempStore t;
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("residents"),
                                 writeFile(t, QStringLiteral("r.csv"),
                                           "Họ và tên,Ngày sinh,Giới tính,Số CCCD\n"
                                           "Nguyễn Văn An,15/03/1985,Nam,001085012345\n"
                                           "Trần Thị Bình,20/01/1990,Nữ,001190012346\n"))
                .committed);
    const QString an = residentId(t.store(), QStringLiteral("001085012345"));
    const qint64 logBefore = t->changeLogCount();

    // An's row (by its ID) now carrying Bình's CCCD: two people, one CCCD.
    const QByteArray swapped = "ID,Họ và tên,Ngày sinh,Giới tính,Số CCCD\n" + an.toUtf8() +
                               ",Nguyễn Văn An,15/03/1985,Nam,001190012346\n";
    for (const bool onlyValid : {false, true}) {
        ImportOptions options;
        options.onlyValid = onlyValid;
        const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"),
                                                    writeFile(t, QStringLiteral("s.csv"), swapped), options);
        logIssues(r);
        CHECK(r.rejected == 1);
        CHECK(r.updated == 0);
        REQUIRE(r.errorCount() == 1);
        CHECK(r.issues.last().column == QStringLiteral("Số CCCD"));
        CHECK(r.issues.last().reason.contains(QStringLiteral("Trần Thị Bình")));
        CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents WHERE cccd = '001190012346'")) == 1);
        CHECK(t->changeLogCount() == logBefore);
    }

    // Its own CCCD, or one nobody holds, still updates it.
    const QByteArray fresh = "ID,Họ và tên,Ngày sinh,Giới tính,Số CCCD\n" + an.toUtf8() +
                             ",Nguyễn Văn An,15/03/1985,Nam,001085099999\n";
    const ImportReport ok = ListImporter::import(t.store(), QStringLiteral("residents"),
                                                 writeFile(t, QStringLiteral("f.csv"), fresh));
    logIssues(ok);
    CHECK(ok.committed);
    CHECK(ok.updated == 1);
    CHECK(residentId(t.store(), QStringLiteral("001085099999")) == an);
}

TEST_CASE("a baseline's year must be a full plausible year and its counts not negative", "[import]")
{
    TempStore t;
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("hamlets"),
                                 writeFile(t, QStringLiteral("h.csv"), "Tên thôn/Tổ dân phố\nThôn Đông\n"))
                .committed);
    ImportOptions only;
    only.onlyValid = true;
    const ImportReport r = ListImporter::import(
        t.store(), QStringLiteral("baselines"),
        writeFile(t, QStringLiteral("b.csv"),
                  "Thôn/Tổ dân phố;Năm;Số hộ\nThôn Đông;25;10\nThôn Đông;2025;-5\nThôn Đông;20251;5\nThôn Đông;2026;0\n"),
        only);
    logIssues(r);
    REQUIRE(r.errorCount() == 3);
    CHECK(r.issues[0].row == 2);
    CHECK(r.issues[0].column == QStringLiteral("Năm"));
    CHECK(r.issues[0].reason == QStringLiteral("'25' is not a year from 2000 to 2100: write the year in full"));
    CHECK(r.issues[1].row == 3);
    CHECK(r.issues[1].column == QStringLiteral("Số hộ"));
    CHECK(r.issues[1].reason == QStringLiteral("'-5' is below zero: a count cannot be negative"));
    CHECK(r.issues[2].row == 4);
    CHECK(r.inserted == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM baselines WHERE year = 2026 AND households = 0")) == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM baselines")) == 1);
}

TEST_CASE("a mentor pair's status is read from its label and an unknown one is refused", "[import]")
{
    TempStore t;
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("residents"),
                                 writeFile(t, QStringLiteral("r.csv"),
                                           "Họ và tên,Ngày sinh,Giới tính,Số CCCD\n"
                                           "Trần Thị Bình,20/01/1990,Nữ,001190012346\n"
                                           "Nguyễn Văn An,15/03/1985,Nam,001085012345\n"
                                           "Lê Văn Cường,01/02/1980,Nam,001080012347\n"
                                           "Phạm Văn Dũng,01/02/1981,Nam,001081012348\n"
                                           "Võ Văn Em,01/02/1982,Nam,001082012349\n"))
                .committed);
    // A pair whose status is not one the program knows is in no list and no
    // indicator: neither active nor completed.
    ImportOptions only;
    only.onlyValid = true;
    const ImportReport r = ListImporter::import(
        t.store(), QStringLiteral("mentor_pairs"),
        writeFile(t, QStringLiteral("p.csv"),
                  "Số CCCD Đại sứ số;Số CCCD người được hỗ trợ;Ngày bắt đầu;Trạng thái\n"
                  "001190012346;001085012345;01/02/2026;Hoàn thành\n"
                  "001190012346;001080012347;01/02/2026;ĐANG KÈM CẶP\n"
                  "001190012346;001081012348;01/02/2026;\n"
                  "001190012346;001082012349;01/02/2026;đã xong rồi\n"),
        only);
    logIssues(r);
    REQUIRE(r.errorCount() == 1);
    CHECK(r.issues[0].row == 5);
    CHECK(r.issues[0].column == QStringLiteral("Trạng thái"));
    CHECK(r.inserted == 3);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE status = 'completed'")) == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE status = 'active'")) == 2);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs")) == 3);

    // Exported as the officer reads it, and read back to the same statuses.
    const QString exported = t.dir() + QStringLiteral("/pairs-out.csv");
    QString error;
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("mentor_pairs"), exported, &error));
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    CHECK(text.count(QStringLiteral("Hoàn thành")) == 1);
    CHECK(text.count(QStringLiteral("Đang kèm cặp")) == 2);
    CHECK_FALSE(text.contains(QStringLiteral("completed")));
    CHECK_FALSE(text.contains(QStringLiteral("active")));
    const ImportReport reread = ListImporter::import(t.store(), QStringLiteral("mentor_pairs"), exported);
    logIssues(reread);
    CHECK(reread.committed);
    CHECK(reread.unchanged == 3);

    // An empty status cell leaves a stored pair's status as it is (no NOT
    // NULL failure, no finished pair reopened).
    const ImportReport again = ListImporter::import(
        t.store(), QStringLiteral("mentor_pairs"),
        writeFile(t, QStringLiteral("p2.csv"),
                  "Số CCCD Đại sứ số;Số CCCD người được hỗ trợ;Ngày bắt đầu;Trạng thái\n"
                  "001190012346;001085012345;01/02/2026;\n"));
    logIssues(again);
    CHECK(again.committed);
    CHECK(again.unchanged == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE status = 'completed'")) == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE status = 'active'")) == 2);
}

TEST_CASE("the summary of a dry run with bad rows says it was a dry run", "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("r.csv"),
                                   "Họ và tên,Ngày sinh\nNguyễn Văn An,15/03/1985\nTrần Thị Bình,32/01/1990\n");
    for (const bool onlyValid : {false, true}) {
        ImportOptions options;
        options.dryRun = true;
        options.onlyValid = onlyValid;
        const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path, options);
        CHECK(r.errorCount() == 1);
        CHECK_FALSE(r.committed);
        // Not "Nothing imported (all or nothing)": --only-valid would have written row 2.
        CHECK(r.summary().toStdString() ==
              "Checked residents (dry run, nothing stored). 2 rows read: 1 new, 0 updated, 0 unchanged, 1 rejected");
    }
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
}

TEST_CASE("a title row above the header is named as the reason the file is refused", "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("r.csv"),
                                   "DANH SÁCH DÂN CƯ XÃ THỬ;;;\r\n;;;\r\nHọ và tên;Ngày sinh;Giới tính;Số CCCD\r\n"
                                   "Nguyễn Văn An;15/03/1985;Nam;001085012345\r\n");
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    logIssues(r);
    CHECK_FALSE(r.committed);
    // Not "the file has no column 'Họ và tên'": it has, two rows below.
    CHECK(r.fatalError.toStdString() ==
          "row 1 names none of the columns of this list: the column names must be in the first row "
          "(delete any title rows above them)");
    CHECK(r.errorCount() == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
}

TEST_CASE("imported event dates are held to the range the dialogs accept", "[import]")
{
    TempStore t;
    const QDate today = QDate::currentDate();
    const QByteArray nextYearAndMore = today.addYears(2).toString(QStringLiteral("dd/MM/yyyy")).toUtf8();
    ImportOptions only;
    only.onlyValid = true;
    // A birth date typed in the completion column would count the resident
    // as trained in 1985; the resident dialog refuses it.
    const ImportReport r = ListImporter::import(
        t.store(), QStringLiteral("residents"),
        writeFile(t, QStringLiteral("r.csv"),
                  "Họ và tên,Ngày sinh,Ngày hoàn thành kỹ năng số cơ bản\n"
                  "Nguyễn Văn An,15/03/1985,15/03/1985\n"
                  "Trần Thị Bình,20/01/1990," + nextYearAndMore + "\n"
                  "Lê Văn Cường,01/02/1980,01/10/2025\n"),
        only);
    logIssues(r);
    REQUIRE(r.errorCount() == 2);
    CHECK(r.issues[0].row == 2);
    CHECK(r.issues[0].column == QStringLiteral("Ngày hoàn thành kỹ năng số cơ bản"));
    CHECK(r.issues[1].row == 3);
    CHECK(r.inserted == 1);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents WHERE basic_skills_on = '2025-10-01'")) == 1);

    // The same for a class's start (a date and time).
    const ImportReport c = ListImporter::import(
        t.store(), QStringLiteral("classes"),
        writeFile(t, QStringLiteral("c.csv"), "Tên lớp,Bắt đầu\nLớp 1,10/10/1925 08:00\nLớp 2,10/10/2025 08:00\n"), only);
    logIssues(c);
    REQUIRE(c.errorCount() == 1);
    CHECK(c.issues[0].row == 2);
    CHECK(c.issues[0].column == QStringLiteral("Bắt đầu"));
    CHECK(c.inserted == 1);
}

TEST_CASE("a reference by a CCCD the spreadsheet mangled says how the number was mangled", "[import]")
{
    TempStore t;
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("residents"),
                                 writeFile(t, QStringLiteral("r.csv"),
                                           "Họ và tên,Ngày sinh,Giới tính,Số CCCD\n"
                                           "Trần Thị Bình,20/01/1990,Nữ,001190012346\n"
                                           "Nguyễn Văn An,15/03/1985,Nam,001085012345\n"))
                .committed);
    ImportOptions only;
    only.onlyValid = true;
    const ImportReport r = ListImporter::import(
        t.store(), QStringLiteral("mentors"),
        writeFile(t, QStringLiteral("m.csv"),
                  "Số CCCD;Từ ngày\n"
                  "1190012346;01/09/2025\n"      // the leading 0 dropped by a number column
                  "1.19001E+11;01/09/2025\n"     // shown in scientific notation
                  "001-085-012345;01/09/2025\n"  // typed with dashes: found
                  "001099012345;01/09/2025\n"),  // a well-formed number nobody has
        only);
    logIssues(r);
    REQUIRE(r.errorCount() == 3);
    CHECK(r.issues[0].row == 2);
    CHECK(r.issues[0].reason.contains(QStringLiteral("leading 0 is missing")));
    CHECK(r.issues[1].row == 3);
    CHECK(r.issues[1].reason.contains(QStringLiteral("scientific notation")));
    CHECK(r.issues[2].row == 5);
    CHECK(r.issues[2].reason == QStringLiteral("no resident has the CCCD '001099012345'"));
    CHECK(r.inserted == 1);
}
