#include "TempStore.h"

#include "core/io/ListColumns.h"
#include "core/io/ListExporter.h"
#include "core/io/ListImporter.h"
#include "core/store/BulkWriter.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

#include <atomic>

using namespace hocvuso;
using hocvuso::test::writeFile;
using hocvuso::test::TempStore;

namespace {

qint64 count(Store& s, const QString& table, bool liveOnly = true)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, liveOnly ? QStringLiteral(" WHERE deleted = 0") : QString())));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QVariantMap residentByCccd(Store& s, const QString& cccd)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT id FROM residents WHERE cccd = ?"));
    q.addBindValue(cccd);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    auto row = s.get(QStringLiteral("residents"), q.value(0).toString());
    REQUIRE(row);
    return *row;
}

struct Expected
{
    qint64 row;
    QString column;
    QString reason;
    ImportIssue::Severity severity = ImportIssue::Severity::Error;
};

void requireIssues(const ImportReport& r, const QVector<Expected>& expected)
{
    for (const ImportIssue& i : r.issues)
        UNSCOPED_INFO(i.text().toStdString());
    REQUIRE(r.issues.size() == expected.size());
    for (int k = 0; k < expected.size(); ++k) {
        INFO("issue " << k);
        CHECK(r.issues[k].row == expected[k].row);
        CHECK(r.issues[k].column.toStdString() == expected[k].column.toStdString());
        CHECK(r.issues[k].reason.toStdString() == expected[k].reason.toStdString());
        CHECK(r.issues[k].severity == expected[k].severity);
    }
}

// NFD "Nguyễn Văn An": what some Mac and web forms produce.
QByteArray nfdAn()
{
    return QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D).toUtf8();
}

// A messy Excel export: BOM, semicolons, CRLF, headers without diacritics,
// a quoted field with the separator and a new line, and bad rows.
QByteArray messyResidents()
{
    QByteArray csv = "\xEF\xBB\xBF";
    csv += "HO VA TEN;ngay sinh;Gioi tinh;So CCCD;Dien thoai;Thon/To dan pho;Ma ho;Chu ho;Ghi chu\r\n";
    csv += nfdAn() + ";15/03/1985;Nam;001085012345;0912 345 678;Th\xC3\xB4n \xC4\x90\xC3\xB4ng;HD001;x;\"note; with semicolon\r\nand newline\"\r\n"; // row 2
    csv += "Tr\xE1\xBA\xA7n Th\xE1\xBB\x8B B\xC3\xACnh;1990-01-20;N\xE1\xBB\xAF;001190012346;+84 987 654 321;thon dong;hd001;Nguy\xE1\xBB\x85n V\xC4\x83n An;\r\n"; // row 3
    csv += "L\xC3\xAA V\xC4\x83n C\xC6\xB0\xE1\xBB\x9Dng;32/13/1980;Nam;12345;;Th\xC3\xB4n T\xC3\xA2y;HD002;x;\r\n"; // row 4
    csv += "Ph\xE1\xBA\xA1m Th\xE1\xBB\x8B Dung;01/02/1990;N\xE1\xBB\xAF;001190012346;;Th\xC3\xB4n \xC4\x90\xC3\xB4ng;HD001;;\r\n"; // row 5
    csv += "Ho\xC3\xA0ng V\xC4\x83n Giang;01/02/1970;Kh\xC3\xA1\x63;;;Th\xC3\xB4n \xC4\x90\xC3\xB4ng;HD001;;\r\n"; // row 6
    csv += ";01/02/1970;Nam;;;Th\xC3\xB4n \xC4\x90\xC3\xB4ng;HD003;;\r\n"; // row 7
    csv += "V\xC5\xA9 Th\xE1\xBB\x8B Em;05/06/1985;N\xE1\xBB\xAF;001085012347;;Th\xC3\xB4n T\xC3\xA2y;HD002;x;\r\n"; // row 8
    return csv;
}

QVector<Expected> messyIssues()
{
    using S = ImportIssue::Severity;
    return {
        {4, QStringLiteral("ngay sinh"), validation::parseDate(QStringLiteral("32/13/1980")).error},
        {4, QStringLiteral("So CCCD"), validation::checkCccd(QStringLiteral("12345")).error},
        {5, QStringLiteral("So CCCD"), QStringLiteral("the same CCCD as row 3")},
        {6, QStringLiteral("Gioi tinh"), QStringLiteral("'Khác' is not Nam or Nữ")},
        {7, QStringLiteral("HO VA TEN"), QStringLiteral("is required")},
        {8, QStringLiteral("So CCCD"),
         validation::checkCccd(QStringLiteral("001085012347"), QChar(u'F'), 1985).warnings.value(0), S::Warning},
    };
}

} // namespace

TEST_CASE("all-or-nothing import of a messy file reports every bad row and writes nothing", "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("residents.csv"), messyResidents());
    const qint64 logBefore = t->changeLogCount();

    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    REQUIRE(r.fatalError.isEmpty());
    CHECK(r.rowsRead == 7);
    CHECK(r.rejected == 4);
    CHECK_FALSE(r.committed);
    requireIssues(r, messyIssues());
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(count(t.store(), QStringLiteral("households"), false) == 0);
    CHECK(count(t.store(), QStringLiteral("hamlets"), false) == 0);
    CHECK(t->changeLogCount() == logBefore);
    CHECK(r.issues[0].text() == QStringLiteral("row 4, ngay sinh: '32/13/1980' — ") + r.issues[0].reason);
}

TEST_CASE("a cell holding a NUL byte (a damaged or binary file) is reported at its row and column", "[import]")
{
    TempStore t;
    const QByteArray nul(1, '\0');
    QByteArray csv = QStringLiteral("Họ và tên,Ngày sinh,Giới tính,Thôn/Tổ dân phố\n").toUtf8();
    csv += QStringLiteral("Nguyễn Văn An,15/03/1985,Nam,Thôn Đông\n").toUtf8();                             // row 2
    csv += QStringLiteral("Trần Thị").toUtf8() + nul + QStringLiteral(" Bình,1990-01-20,Nữ,Thôn Đông\n").toUtf8(); // row 3
    csv += QStringLiteral("Lê Văn Cường,01/02/1980,Nam,Thôn").toUtf8() + nul + QStringLiteral(" Tây\n").toUtf8();   // row 4
    csv += QStringLiteral("Phạm Thị Dung,01/02/1990,Nữ,Thôn Tây\n").toUtf8();                                  // row 5
    const QString path = writeFile(t, QStringLiteral("nul.csv"), csv);
    const qint64 logBefore = t->changeLogCount();

    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    REQUIRE(r.fatalError.isEmpty());
    const QString reason = QStringLiteral("contains a NUL character: the file may be damaged or not a text file");
    requireIssues(r, {{3, QStringLiteral("Họ và tên"), reason}, {4, QStringLiteral("Thôn/Tổ dân phố"), reason}});
    CHECK_FALSE(r.committed);
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(t->changeLogCount() == logBefore);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportReport valid = ListImporter::import(t.store(), QStringLiteral("residents"), path, onlyValid);
    CHECK(valid.committed);
    CHECK(count(t.store(), QStringLiteral("residents")) == 2);
    CHECK(count(t.store(), QStringLiteral("hamlets")) == 2); // Thôn Đông, Thôn Tây: nothing named with the NUL
}

TEST_CASE("a cell longer than a field holds is an error of its row", "[import]")
{
    TempStore t;
    QByteArray csv = QStringLiteral("Họ và tên,Ngày sinh,Ghi chú\n").toUtf8();
    csv += QStringLiteral("Nguyễn Văn An,15/03/1985,ghi chú bình thường\n").toUtf8();             // row 2
    csv += "Tran Thi Binh,20/01/1990,\"" + QByteArray(kMaxTextLength + 1, 'x') + "\"\n"; // row 3
    csv += "Le Van Cuong,01/02/1980,\"" + QByteArray(kMaxTextLength, 'x') + "\"\n";      // row 4: the longest
    const QString path = writeFile(t, QStringLiteral("long.csv"), csv);
    const qint64 logBefore = t->changeLogCount();
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    REQUIRE(r.fatalError.isEmpty());
    REQUIRE(r.errorCount() == 1);
    CHECK(r.issues[0].row == 3);
    CHECK(r.issues[0].column == QStringLiteral("Ghi chú"));
    CHECK(r.issues[0].reason.startsWith(QStringLiteral("is 20001 characters long: a field holds at most 20000")));
    CHECK_FALSE(r.committed);
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(t->changeLogCount() == logBefore);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    CHECK(ListImporter::import(t.store(), QStringLiteral("residents"), path, onlyValid).committed);
    CHECK(count(t.store(), QStringLiteral("residents")) == 2);
}

TEST_CASE("only-valid import writes the good rows, creates hamlets and households, and re-import is idempotent",
          "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("residents.csv"), messyResidents());
    ImportOptions only;
    only.onlyValid = true;

    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path, only);
    REQUIRE(r.fatalError.isEmpty());
    CHECK(r.committed);
    CHECK(r.inserted == 3);
    CHECK(r.rejected == 4);
    requireIssues(r, messyIssues());
    CHECK(count(t.store(), QStringLiteral("residents")) == 3);
    CHECK(count(t.store(), QStringLiteral("hamlets")) == 2);    // Thôn Đông, Thôn Tây (made on the fly)
    CHECK(count(t.store(), QStringLiteral("households")) == 2); // HD001, HD002 (HD003 only on a bad row)

    const QVariantMap an = residentByCccd(t.store(), QStringLiteral("001085012345"));
    CHECK(an.value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn An")); // NFC
    CHECK(an.value(QStringLiteral("full_name")).toString() ==
          an.value(QStringLiteral("full_name")).toString().normalized(QString::NormalizationForm_C));
    CHECK(an.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1985-03-15"));
    CHECK(an.value(QStringLiteral("birth_year")).toInt() == 1985);
    CHECK(an.value(QStringLiteral("sex")).toString() == QStringLiteral("M"));
    CHECK(an.value(QStringLiteral("phone")).toString() == QStringLiteral("0912345678"));
    CHECK(an.value(QStringLiteral("is_head")).toInt() == 1);
    CHECK(an.value(QStringLiteral("notes")).toString() == QStringLiteral("note; with semicolon and newline"));
    CHECK(an.value(QStringLiteral("search_key")).toString() == QStringLiteral("nguyen van an 001085012345 0912345678"));

    const QVariantMap binh = residentByCccd(t.store(), QStringLiteral("001190012346"));
    CHECK(binh.value(QStringLiteral("is_head")).toInt() == 0);
    CHECK(binh.value(QStringLiteral("phone")).toString() == QStringLiteral("0987654321"));
    // "thon dong" and "hd001" found the hamlet and household the row above created.
    CHECK(binh.value(QStringLiteral("hamlet_id")) == an.value(QStringLiteral("hamlet_id")));
    CHECK(binh.value(QStringLiteral("household_id")) == an.value(QStringLiteral("household_id")));
    const auto household = t->get(QStringLiteral("households"), an.value(QStringLiteral("household_id")).toString());
    REQUIRE(household);
    CHECK(household->value(QStringLiteral("code")).toString() == QStringLiteral("HD001"));
    CHECK(household->value(QStringLiteral("head_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(household->value(QStringLiteral("hamlet_id")) == an.value(QStringLiteral("hamlet_id")));

    // Every written row is in the change log (what sync pushes).
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'residents' AND op = 'insert'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);

    SECTION("the same file again changes nothing")
    {
        const qint64 log = t->changeLogCount();
        const ImportReport again = ListImporter::import(t.store(), QStringLiteral("residents"), path, only);
        CHECK(again.committed);
        CHECK(again.inserted == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 3);
        CHECK(again.rejected == 4);
        CHECK(count(t.store(), QStringLiteral("residents"), false) == 3);
        CHECK(count(t.store(), QStringLiteral("households"), false) == 2);
        CHECK(count(t.store(), QStringLiteral("hamlets"), false) == 2);
        CHECK(t->changeLogCount() == log);
    }
    SECTION("a changed phone updates the same person")
    {
        QByteArray changed = messyResidents();
        changed.replace("0912 345 678", "0912 000 111");
        const QString path2 = writeFile(t, QStringLiteral("changed.csv"), changed);
        const qint64 log = t->changeLogCount();
        const ImportReport again = ListImporter::import(t.store(), QStringLiteral("residents"), path2, only);
        CHECK(again.inserted == 0);
        CHECK(again.updated == 1);
        CHECK(again.unchanged == 2);
        CHECK(count(t.store(), QStringLiteral("residents"), false) == 3);
        CHECK(t->changeLogCount() == log + 1);
        CHECK(residentByCccd(t.store(), QStringLiteral("001085012345")).value(QStringLiteral("search_key")).toString() ==
              QStringLiteral("nguyen van an 001085012345 0912000111"));
    }
}

TEST_CASE("English headers, commas, LF, no BOM, a person without CCCD is matched by name, birth and household",
          "[import]")
{
    TempStore t;
    const QByteArray first = "Full name,Date of birth,Sex,Phone,Hamlet,Household,Head of household\n"
                             "Nguyen Thi Hoa,1950,female,,Xom Moi,H-7,x\n"
                             "\"Do Van Khanh\",12/12/1948,male,0912345679,Xom Moi,H-7,Nguyen Thi Hoa\n";
    ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), writeFile(t, QStringLiteral("a.csv"), first));
    for (const auto& i : r.issues)
        UNSCOPED_INFO(i.text().toStdString());
    REQUIRE(r.committed);
    CHECK(r.issues.isEmpty());
    CHECK(r.inserted == 2);

    // Same people, different case and diacritics in the name; Khánh's phone changes.
    const QByteArray second = "full name,DOB,gender,phone,HAMLET,household,is head\n"
                              "NGUYỄN THỊ HOA,1950,F,,Xóm Mới,h-7,1\n"
                              "Đỗ Văn Khánh,12/12/1948,M,0987000111,Xóm Mới,H-7,\n";
    r = ListImporter::import(t.store(), QStringLiteral("residents"), writeFile(t, QStringLiteral("b.csv"), second));
    REQUIRE(r.committed);
    CHECK(r.inserted == 0);
    CHECK(r.updated == 2); // Hoa's name is now written with diacritics; Khánh's phone and name changed
    CHECK(count(t.store(), QStringLiteral("residents")) == 2);
    CHECK(count(t.store(), QStringLiteral("hamlets")) == 1);
    CHECK(count(t.store(), QStringLiteral("households")) == 1);
}

TEST_CASE("the same name and birth date in one household twice in a file: the second row is refused", "[import]")
{
    TempStore t;
    const QByteArray csv = "Họ và tên,Ngày sinh,Mã hộ\n"
                           "Lò Văn Sáng,01/01/2000,HX\n"
                           "Lò Văn Sáng,01/01/2000,HX\n"
                           "Lò Văn Sáng,01/01/2001,HX\n";
    ImportOptions only;
    only.onlyValid = true;
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"),
                                                writeFile(t, QStringLiteral("dup.csv"), csv), only);
    requireIssues(r, {{3, QStringLiteral("Họ và tên"), QStringLiteral("the same name, birth date and household as row 2")}});
    CHECK(r.inserted == 2);
}

TEST_CASE("dry run counts and writes nothing, a missing required column is fatal", "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("r.csv"), "Họ và tên;Số CCCD\r\nA Páo;001085012345\r\n");
    ImportOptions dry;
    dry.dryRun = true;
    const qint64 log = t->changeLogCount();
    ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path, dry);
    CHECK(r.inserted == 1);
    CHECK_FALSE(r.committed);
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(t->changeLogCount() == log);

    const QString noName = writeFile(t, QStringLiteral("n.csv"), "Ngày sinh,Nickname\n01/01/1990,Bo\n");
    r = ListImporter::import(t.store(), QStringLiteral("residents"), noName);
    CHECK_FALSE(r.fatalError.isEmpty());
    requireIssues(r, {{1, QStringLiteral("Nickname"), QStringLiteral("column not recognised: ignored"), ImportIssue::Severity::Warning},
                      {1, QString(), QStringLiteral("the file has no column 'Họ và tên', which is required")}});
    CHECK(r.rowsRead == 0);
}

TEST_CASE("a cancelled import leaves nothing written", "[import]")
{
    TempStore t;
    QByteArray csv = "Họ và tên,Ngày sinh,Thôn\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Người Số %1,01/01/1980,Thôn Một\n").arg(i).toUtf8();
    const QString path = writeFile(t, QStringLiteral("big.csv"), csv);
    std::atomic_bool cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    qint64 lastRows = 0;
    options.progress = [&](qint64 rows, qint64 bytes, qint64 total) {
        lastRows = rows;
        CHECK(bytes <= total);
        if (rows >= 1024)
            cancel = true;
    };
    const qint64 log = t->changeLogCount();
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path, options);
    CHECK(r.cancelled);
    CHECK_FALSE(r.committed);
    CHECK(r.rowsRead == 1024);
    CHECK(lastRows == 1024);
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(count(t.store(), QStringLiteral("hamlets"), false) == 0);
    CHECK(t->changeLogCount() == log);
}

TEST_CASE("lists that refer to residents, classes and households resolve them and report unknown ones", "[import]")
{
    TempStore t;
    ImportOptions only;
    only.onlyValid = true;
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("residents"),
                                 writeFile(t, QStringLiteral("r.csv"),
                                           "Họ và tên,Số CCCD,Thôn\nNguyễn Văn An,001085012345,Thôn Đông\n"))
                .committed);
    REQUIRE(ListImporter::import(t.store(), QStringLiteral("classes"),
                                 writeFile(t, QStringLiteral("c.csv"), "Tên lớp,Bắt đầu,Thôn\nLớp 1,10/10/2025 08:00,Thôn Đông\n"))
                .committed);
    const QByteArray attendance = "Ten lop,So CCCD,Co mat,Hoan thanh\n"
                                  "lop 1,001085012345,x,\n"
                                  "Lớp 1,001085099999,x,\n"
                                  "Lớp 2,001085012345,x,maybe\n";
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("attendance"),
                                                writeFile(t, QStringLiteral("a.csv"), attendance), only);
    requireIssues(r, {{3, QStringLiteral("So CCCD"), QStringLiteral("no resident has the CCCD '001085099999'")},
                      {4, QStringLiteral("Ten lop"), QStringLiteral("no class is called 'Lớp 2'")},
                      {4, QStringLiteral("Hoan thanh"),
                       QStringLiteral("'maybe' is not yes or no: write x for yes, leave it empty for no")}});
    CHECK(r.inserted == 1);
    CHECK(count(t.store(), QStringLiteral("attendance")) == 1);

    // Baselines need an existing hamlet; visits an existing household.
    const ImportReport b = ListImporter::import(
        t.store(), QStringLiteral("baselines"),
        writeFile(t, QStringLiteral("b.csv"), "Thôn/Tổ dân phố;Năm;Số người từ 18 tuổi\nThôn Đông;2025;1.234\nThôn Bắc;2025;10\nThôn Đông;2025;9\n"),
        only);
    requireIssues(b, {{3, QStringLiteral("Thôn/Tổ dân phố"), QStringLiteral("no hamlet is called 'Thôn Bắc' (import the hamlets first)")},
                      {4, QString(), QStringLiteral("the same record as row 2")}});
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT adults FROM baselines")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1234);
}

TEST_CASE("every template imports cleanly, in list order, into a new commune", "[import]")
{
    TempStore t;
    for (const ListSpec& spec : ListColumns::all()) {
        INFO(spec.name.toStdString());
        const QString path = test::sourcePath(QStringLiteral("resources/templates/%1.csv").arg(spec.name));
        REQUIRE(QFile::exists(path));
        const ImportReport r = ListImporter::import(t.store(), spec.name, path);
        for (const auto& i : r.issues)
            UNSCOPED_INFO(i.text().toStdString());
        CHECK(r.issues.isEmpty());
        CHECK(r.committed);
        CHECK(r.inserted == spec.exampleRows().size());
    }
}

TEST_CASE("the committed templates are what ListColumns describes", "[import]")
{
    TempStore t;
    for (const ListSpec& spec : ListColumns::all()) {
        INFO(spec.name.toStdString());
        const QString fresh = t.dir() + QStringLiteral("/%1.csv").arg(spec.name);
        QString error;
        REQUIRE(ListExporter::writeTemplate(spec.name, fresh, &error));
        QFile a(fresh), b(test::sourcePath(QStringLiteral("resources/templates/%1.csv").arg(spec.name)));
        REQUIRE(a.open(QIODevice::ReadOnly));
        REQUIRE(b.open(QIODevice::ReadOnly));
        CHECK(a.readAll() == b.readAll());
    }
}

TEST_CASE("hocvuso-cli import: exit codes, text and JSON report", "[import][cli]")
{
    TempStore t(false);
    const QString db = t.dir() + QStringLiteral("/cli.sqlite");
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--commune-code"),
                          QStringLiteral("00001"), QStringLiteral("--commune-name"), QStringLiteral("Xã Một")})
                .exitCode == 0);
    const QString path = writeFile(t, QStringLiteral("residents.csv"), messyResidents());

    auto all = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                             QStringLiteral("residents"), path});
    CHECK(all.exitCode == 4);
    QJsonObject o = QJsonDocument::fromJson(all.out).object();
    CHECK(o.value(QStringLiteral("ok")).toBool() == false);
    CHECK(o.value(QStringLiteral("committed")).toBool() == false);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 4);
    const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
    REQUIRE(issues.size() == 6);
    CHECK(issues[2].toObject().value(QStringLiteral("row")).toInt() == 5);
    CHECK(issues[2].toObject().value(QStringLiteral("column")).toString() == QStringLiteral("So CCCD"));
    CHECK(issues[2].toObject().value(QStringLiteral("value")).toString() == QStringLiteral("001190012346"));
    CHECK(issues[2].toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("the same CCCD as row 3"));
    CHECK(issues[5].toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));

    auto text = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"), path});
    CHECK(text.exitCode == 4);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("row 6, Gioi tinh: 'Khác' — 'Khác' is not Nam or Nữ\n")));

    auto only = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                              QStringLiteral("residents"), path, QStringLiteral("--only-valid")});
    CHECK(only.exitCode == 0);
    o = QJsonDocument::fromJson(only.out).object();
    CHECK(o.value(QStringLiteral("inserted")).toInt() == 3);
    CHECK(o.value(QStringLiteral("committed")).toBool());

    auto dry = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                             QStringLiteral("residents"), path, QStringLiteral("--only-valid"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("unchanged")).toInt() == 3);

    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), path}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("residents"),
                        t.dir() + QStringLiteral("/missing.csv")})
              .exitCode == 4);
}

TEST_CASE("docs/IMPORT.md documents the columns of every list as ListColumns has them", "[import]")
{
    QFile doc(test::sourcePath(QStringLiteral("docs/IMPORT.md")));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const ListSpec& spec : ListColumns::all()) {
        INFO(spec.name.toStdString());
        CHECK(text.contains(QStringLiteral("### %1\n\n").arg(spec.name) + ListColumns::markdownTable(spec)));
    }
}

// Rows read and written in batches of a few hundred (as a two-thread import
// would, see the import-speed branch history) must not show in the report:
// rows, columns, reasons and their order as one pass over the file gives.
TEST_CASE("bad rows around multiples of 256 rows are reported at their exact rows, in order", "[import][pipeline]")
{
    TempStore t;
    constexpr int rows = 1300; // records 2..1301: five 256-row batches and a bit
    QByteArray csv = "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Thôn/Tổ dân phố,Mã hộ\n";
    for (int record = 2; record <= rows + 1; ++record) {
        QString name = QStringLiteral("Người Thứ %1").arg(record);
        QString birth = QStringLiteral("01/01/1980");
        QString sex = QStringLiteral("Nam");
        QString cccd = QStringLiteral("0010800%1").arg(record, 5, 10, QLatin1Char('0'));
        if (record == 257 || record == 258 || record == 513) // the last of a batch, the first of the next, another
            birth = QStringLiteral("31/02/1980");
        if (record == 700)
            cccd = QStringLiteral("0010800%1").arg(3, 5, 10, QLatin1Char('0')); // row 3's, a batch earlier
        if (record == 1000) {
            sex = QStringLiteral("Khác");
            cccd = QStringLiteral("12345");
        }
        if (record == rows + 1)
            name.clear();
        csv += QStringLiteral("%1,%2,%3,%4,Thôn Một,HD%5\n").arg(name, birth, sex, cccd).arg(record / 3).toUtf8();
    }
    const QString path = writeFile(t, QStringLiteral("batches.csv"), csv);
    const QString badDate = validation::parseDate(QStringLiteral("31/02/1980")).error;
    const QVector<Expected> expected = {
        {257, QStringLiteral("Ngày sinh"), badDate},
        {258, QStringLiteral("Ngày sinh"), badDate},
        {513, QStringLiteral("Ngày sinh"), badDate},
        {700, QStringLiteral("Số CCCD"), QStringLiteral("the same CCCD as row 3")},
        {1000, QStringLiteral("Giới tính"), QStringLiteral("'Khác' is not Nam or Nữ")},
        {1000, QStringLiteral("Số CCCD"), validation::checkCccd(QStringLiteral("12345")).error},
        {rows + 1, QStringLiteral("Họ và tên"), QStringLiteral("is required")},
    };

    const ImportReport all = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    requireIssues(all, expected);
    CHECK(all.rowsRead == rows);
    CHECK(all.rejected == 6);
    CHECK_FALSE(all.committed);
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
    CHECK(count(t.store(), QStringLiteral("households"), false) == 0);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportReport valid = ListImporter::import(t.store(), QStringLiteral("residents"), path, onlyValid);
    requireIssues(valid, expected);
    REQUIRE(valid.committed);
    CHECK(valid.inserted == rows - 6);
    CHECK(count(t.store(), QStringLiteral("residents")) == rows - 6);

    // The same file again: nothing new, the same report.
    const ImportReport again = ListImporter::import(t.store(), QStringLiteral("residents"), path, onlyValid);
    requireIssues(again, expected);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == rows - 6);
    CHECK(count(t.store(), QStringLiteral("residents")) == rows - 6);
}

TEST_CASE("a row's issues keep the order of its columns whether they need the store or not", "[import][pipeline]")
{
    TempStore t;
    // Visits: the household and team are looked up in the store, the date
    // needs nothing but the cell (a reading thread could check it first).
    const QString path = writeFile(t, QStringLiteral("visits.csv"),
                                   "Ngày thăm,Mã hộ,Tên tổ,Người đi\n"
                                   "31/02/2025,HDX,Tổ Không Có,An\n"
                                   "01/03/2025,HDY,,Bình\n");
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("visits"), path);
    // In the list's field order (household, team, date), not the file's.
    requireIssues(r, {{2, QStringLiteral("Mã hộ"), QStringLiteral("no household has the code 'HDX'")},
                      {2, QStringLiteral("Tên tổ"), QStringLiteral("no team is called 'Tổ Không Có'")},
                      {2, QStringLiteral("Ngày thăm"), validation::parseDate(QStringLiteral("31/02/2025")).error},
                      {3, QStringLiteral("Mã hộ"), QStringLiteral("no household has the code 'HDY'")}});
    CHECK_FALSE(r.committed);
}

TEST_CASE("a file in a legacy encoding or UTF-16 without BOM is refused as a whole, naming the encoding", "[import]")
{
    TempStore t;
    // "Họ và tên,Ngày sinh" saved as Windows-1258 (Excel's "CSV (Comma delimited)" on a Vietnamese Windows).
    const QByteArray cp1258 = "Ho\xF2 v\xE0 t\xEAn,Ng\xE0y sinh,M\xE3 h\xF4\xF2\r\nA,01/02/1990,HD1\r\n";
    const QByteArray utf16le =
        QByteArray(reinterpret_cast<const char*>(QStringLiteral("Họ và tên,Ngày sinh\r\nA,01/02/1990\r\n").utf16()),
                   2 * QStringLiteral("Họ và tên,Ngày sinh\r\nA,01/02/1990\r\n").size());
    for (const auto& [name, bytes] : {std::pair{"cp1258.csv", cp1258}, std::pair{"utf16.csv", utf16le}}) {
        INFO(name);
        const QString path = writeFile(t, QString::fromLatin1(name), bytes);
        const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
        CHECK_FALSE(r.committed);
        CHECK(r.fatalError.contains(QStringLiteral("UTF-8")));
        CHECK_FALSE(r.fatalError.contains(QStringLiteral("no column")));
        // The garbled headers are not listed as unknown columns.
        CHECK(r.issues.isEmpty());
        CHECK(r.rowsRead == 0);
    }
    CHECK(count(t.store(), QStringLiteral("residents"), false) == 0);
}

TEST_CASE("a row refused as a repeat in the file creates no hamlet, even with --only-valid", "[import]")
{
    TempStore t;
    ImportOptions only;
    only.onlyValid = true;
    const QString households =
        writeFile(t, QStringLiteral("households.csv"), "M\xC3\xA3 h\xE1\xBB\x99,Th\xC3\xB4n\nHD1,Th\xC3\xB4n A\nHD1,Th\xC3\xB4n B\n");
    const ImportReport h = ListImporter::import(t.store(), QStringLiteral("households"), households, only);
    CHECK(h.committed);
    CHECK(h.inserted == 1);
    CHECK(h.rejected == 1);
    CHECK(count(t.store(), QStringLiteral("hamlets"), false) == 1);

    const QString residents = writeFile(t, QStringLiteral("residents.csv"),
                                        "H\xE1\xBB\x8D t\xC3\xAAn,Ng\xC3\xA0y sinh,M\xC3\xA3 h\xE1\xBB\x99,Th\xC3\xB4n\n"
                                        "Le Van A,01/02/1990,HD1,Th\xC3\xB4n A\n"
                                        "Le Van A,01/02/1990,HD1,Th\xC3\xB4n C\n");
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), residents, only);
    CHECK(r.committed);
    CHECK(r.inserted == 1);
    CHECK(r.rejected == 1);
    CHECK(count(t.store(), QStringLiteral("hamlets"), false) == 1);
}

TEST_CASE("cells Excel turned into numbers are refused with the reason and the fix", "[import]")
{
    TempStore t;
    const QString path = writeFile(t, QStringLiteral("residents.csv"),
                                   "Ho ten,Ngay sinh,So CCCD\n"
                                   "A,32874,\n"              // 01/01/1990 as an Excel date number
                                   "B,01/01/1990,1.23457E+11\n" // a CCCD in scientific notation
                                   "C,01/01/1990,79090012345\n" // 079... without its leading 0
                                   "D,01/01/1990,1090012345\n"   // 001... without its leading 0s
                                   "E,01/01/1990,00109001234\n"); // a digit short: no hint
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    for (const ImportIssue& i : r.issues)
        UNSCOPED_INFO(i.text().toStdString());
    REQUIRE(r.issues.size() == 5);
    CHECK(r.issues[0].row == 2);
    CHECK(r.issues[0].reason.contains(QStringLiteral("01/01/1990")));
    CHECK(r.issues[0].reason.contains(QStringLiteral("Excel")));
    CHECK(r.issues[1].row == 3);
    CHECK(r.issues[1].reason.contains(QStringLiteral("scientific")));
    CHECK(r.issues[2].row == 4);
    CHECK(r.issues[2].reason.contains(QStringLiteral("leading 0")));
    CHECK(r.issues[3].row == 5);
    CHECK(r.issues[3].reason.contains(QStringLiteral("10 digits")));
    CHECK(r.issues[3].reason.contains(QStringLiteral("leading 0")));
    CHECK(r.issues[4].reason == validation::checkCccd(QStringLiteral("00109001234")).error);
    CHECK_FALSE(r.issues[4].reason.contains(QStringLiteral("leading 0")));
    CHECK_FALSE(r.committed);
}
