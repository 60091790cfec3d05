// Class formats: the lists import labels as keys and export labels.
// Migration 5: the class formats stored as labels (the demo and imports of
// earlier versions) become the keys the class dialog writes; silently, on
// every device (see version5() in core/store/Migrations.cpp).
#include "SqlQueries.h"
#include "TempStore.h"

#include "core/domain/ClassFormat.h"
#include "core/io/ListExporter.h"
#include "core/io/ListImporter.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::queryValue;
using hocvuso::test::exec;

namespace {

} // namespace

TEST_CASE("class format labels map to keys, other words do not", "[migrations][class_format]")
{
    using class_format::keyOf;
    CHECK(keyOf(QStringLiteral("Trực tiếp")) == QStringLiteral("in_class"));
    CHECK(keyOf(QStringLiteral("truc tiep")) == QStringLiteral("in_class"));
    CHECK(keyOf(QStringLiteral("  TRỰC TUYẾN ")) == QStringLiteral("online"));
    CHECK(keyOf(QStringLiteral("Kết hợp")) == QStringLiteral("blended"));
    CHECK(keyOf(QStringLiteral("Cầm tay chỉ việc")) == QStringLiteral("in_class"));
    CHECK(keyOf(QStringLiteral("Lưu động")) == QStringLiteral("mobile"));
    CHECK(keyOf(QStringLiteral("In class")) == QStringLiteral("in_class"));
    CHECK(keyOf(QStringLiteral("Mobile (lưu động)")) == QStringLiteral("mobile"));
    CHECK(keyOf(QStringLiteral("online")) == QStringLiteral("online"));
    CHECK_FALSE(keyOf(QStringLiteral("Qua Zalo nhóm")));
    CHECK_FALSE(keyOf(QString()));
    for (const QString& key : class_format::keys())
        CHECK(keyOf(class_format::vietnameseLabel(key)) == key);
}

TEST_CASE("migration 5 rewrites stored class format labels to keys without logging them", "[migrations][class_format]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    QString error;
    qint64 loggedBefore = 0;
    {
        auto old = Database::open(path, &error, 4);
        INFO(error.toStdString());
        REQUIRE(old);
        REQUIRE(Migrations::versionOf(old->db()) == 4);
        const QString cols = QStringLiteral("id, commune_id, updated_hlc, device_id");
        exec(old->db(), QStringLiteral("INSERT INTO communes (%1, code, name) VALUES ('c1', 'c1', 100, 'd1', '26734', 'Xã Cũ')")
                            .arg(cols));
        const QStringList formats = {QStringLiteral("Trực tiếp"), QStringLiteral("Trực tuyến"), QStringLiteral("Kết hợp"),
                                     QStringLiteral("Cầm tay chỉ việc"), QStringLiteral("online"),
                                     QStringLiteral("Qua Zalo nhóm"), QString()};
        for (int i = 0; i < formats.size(); ++i)
            exec(old->db(), QStringLiteral("INSERT INTO classes (%1, title, format) VALUES ('k%2', 'c1', %3, 'd1', 'Lớp %2', %4)")
                                .arg(cols)
                                .arg(i)
                                .arg(200 + i)
                                .arg(formats[i].isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + formats[i] + QLatin1Char('\'')));
        loggedBefore = queryValue(old->db(), QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        REQUIRE(loggedBefore == 8);
    }

    auto upgraded = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(upgraded);
    QSqlDatabase& db = upgraded->db();
    CHECK(Migrations::versionOf(db) == Migrations::currentVersion);
    auto format = [&db](int i) {
        return queryValue(db, QStringLiteral("SELECT format FROM classes WHERE id = 'k%1'").arg(i));
    };
    CHECK(format(0).toString() == QStringLiteral("in_class"));
    CHECK(format(1).toString() == QStringLiteral("online"));
    CHECK(format(2).toString() == QStringLiteral("blended"));
    CHECK(format(3).toString() == QStringLiteral("in_class"));
    CHECK(format(4).toString() == QStringLiteral("online"));
    CHECK(format(5).toString() == QStringLiteral("Qua Zalo nhóm")); // nobody can map it: kept, not lost
    CHECK(format(6).isNull());
    // The same fix runs on every device: nothing new to sync, HLCs untouched.
    CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == loggedBefore);
    CHECK(queryValue(db, QStringLiteral("SELECT updated_hlc FROM classes WHERE id = 'k0'")).toLongLong() == 200);
    // And the log is on again afterwards: a real write to a class is logged.
    CHECK(queryValue(db, QStringLiteral("SELECT suppress FROM log_ctl")).toInt() == 0);
    exec(db, QStringLiteral("UPDATE classes SET format = 'mobile', updated_hlc = 300 WHERE id = 'k5'"));
    CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == loggedBefore + 1);
}

TEST_CASE("class lists import format labels as keys and export them as Vietnamese labels", "[import][class_format]")
{
    test::TempStore t;
    const QString in = t.dir() + QStringLiteral("/classes.csv");
    {
        QFile f(in);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Tên lớp,Bắt đầu,Hình thức\n"
                "Lớp 1,10/10/2025 08:00,Trực tuyến\n"
                "Lớp 2,11/10/2025 08:00,ket hop\n"
                "Lớp 3,12/10/2025 08:00,In class\n"
                "Lớp 4,13/10/2025 08:00,qua Zalo\n");
    }
    // All or nothing: the unknown format refuses the file, naming its row and column.
    const ImportReport refused = ListImporter::import(t.store(), QStringLiteral("classes"), in);
    CHECK_FALSE(refused.committed);
    REQUIRE(refused.issues.size() == 1);
    CHECK(refused.issues[0].row == 5);
    CHECK(refused.issues[0].column == QStringLiteral("Hình thức"));
    CHECK(refused.issues[0].reason.contains(QStringLiteral("'qua Zalo' is not a class format")));
    QSqlQuery none(t->db());
    REQUIRE(none.exec(QStringLiteral("SELECT count(*) FROM classes")));
    REQUIRE(none.next());
    CHECK(none.value(0).toInt() == 0);

    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("classes"), in, onlyValid);
    REQUIRE(r.committed);
    CHECK(r.inserted == 3);
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT title, format FROM classes ORDER BY title")));
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    CHECK(stored == QStringList{QStringLiteral("Lớp 1=online"), QStringLiteral("Lớp 2=blended"),
                                QStringLiteral("Lớp 3=in_class")});

    const QString out = t.dir() + QStringLiteral("/out.csv");
    QString error;
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("classes"), out, &error));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("Trực tuyến")));
    CHECK(text.contains(QStringLiteral("Kết hợp")));
    CHECK(text.contains(QStringLiteral("Trực tiếp")));
    CHECK_FALSE(text.contains(QStringLiteral("blended")));
}
