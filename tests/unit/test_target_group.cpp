// Class target groups: stored as the keys the class dialog writes; the lists
// import the commune's words as keys (other words as written) and export
// Vietnamese labels. Migration 9 rewrites the words older imports and the
// demo stored, silently on every device (see version9() in
// core/store/Migrations.cpp).
#include "SqlQueries.h"
#include "TempStore.h"

#include "core/domain/TargetGroup.h"
#include "core/io/ListExporter.h"
#include "core/io/ListImporter.h"
#include "core/query/ResidentListQuery.h"
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

QStringList titlesAndGroups(QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT title, target_group FROM classes ORDER BY title")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('=') + (q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString());
    return out;
}

void writeFile(const QString& path, const QByteArray& body)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(body);
}

} // namespace

TEST_CASE("target group words map to keys (labels, aliases, lists), other words do not", "[target_group]")
{
    using target_group::keyOf;
    const std::optional<QString> everyone = QString();
    struct Case
    {
        const char* text;
        std::optional<QString> key;
    };
    const Case cases[] = {
        // Labels, Vietnamese and English, any case, with or without diacritics.
        {"Người cao tuổi", QStringLiteral("elderly")},
        {"nguoi cao tuoi", QStringLiteral("elderly")},
        {"  NGƯỜI CAO TUỔI ", QStringLiteral("elderly")},
        {"Elderly (60+)", QStringLiteral("elderly")},
        {"Người cao tuổi (từ 60)", QStringLiteral("elderly")}, // the dialog's Vietnamese label
        {"Người khuyết tật", QStringLiteral("disabled")},
        {"People with disabilities", QStringLiteral("disabled")},
        {"Hội viên phụ nữ", QStringLiteral("womens_union")},
        {"Women's Union members", QStringLiteral("womens_union")},
        {"Đoàn viên thanh niên", QStringLiteral("youth_union")},
        {"Tiểu thương", QStringLiteral("small_trader")},
        {"Cán bộ, công chức, viên chức", QStringLiteral("public_official")},
        {"Cán bộ,công chức,viên chức", QStringLiteral("public_official")},
        {"Học sinh", QStringLiteral("student")},
        {"Học sinh, sinh viên", QStringLiteral("student")},
        {"Người lao động doanh nghiệp, HTX", QStringLiteral("enterprise_worker")},
        {"Đồng bào dân tộc thiểu số", QStringLiteral("ethnic_minority")},
        // The keys themselves.
        {"elderly", QStringLiteral("elderly")},
        {"ethnic_minority", QStringLiteral("ethnic_minority")},
        // What communes write.
        {"người già", QStringLiteral("elderly")},
        {"NCT", QStringLiteral("elderly")},
        {"nkt", QStringLiteral("disabled")},
        {"Hội LHPN", QStringLiteral("womens_union")},
        {"phụ nữ", QStringLiteral("womens_union")},
        {"thanh niên", QStringLiteral("youth_union")},
        {"CBCCVC", QStringLiteral("public_official")},
        {"công nhân", QStringLiteral("enterprise_worker")},
        {"DTTS", QStringLiteral("ethnic_minority")},
        // Everyone.
        {"Toàn dân", everyone},
        {"toan dan", everyone},
        {"Everyone", everyone},
        {"Mọi người", everyone},
        {"", everyone},
        {"   ", everyone},
        // Several groups: their keys in keys() order, each once.
        {"Người cao tuổi, Người khuyết tật", QStringLiteral("elderly,disabled")},
        {"NKT; NCT", QStringLiteral("elderly,disabled")},
        {"Cán bộ, công chức, viên chức; Hội LHPN", QStringLiteral("public_official,womens_union")},
        {"Học sinh, sinh viên, Đoàn viên thanh niên", QStringLiteral("student,youth_union")},
        {"elderly,disabled", QStringLiteral("elderly,disabled")},
        {"NCT, người già", QStringLiteral("elderly")},
        // Words naming no group we list, alone or in a list, and everyone mixed with a group.
        {"Nông dân", std::nullopt},
        {"Người cao tuổi, Nông dân", std::nullopt},
        {"Toàn dân, NCT", std::nullopt},
        {"Người cao tuổii", std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(keyOf(QString::fromUtf8(c.text)) == c.key);
    }
    for (const QString& key : target_group::keys()) {
        INFO(key.toStdString());
        CHECK(keyOf(key) == key);
        CHECK(keyOf(target_group::vietnameseLabel(key)) == key);
        CHECK(keyOf(target_group::label(key)) == key);
    }
}

TEST_CASE("target group labels of stored values, and the residents filter has the same nine groups", "[target_group]")
{
    CHECK(ResidentListFilter::groupKeys() == target_group::keys());
    CHECK(target_group::keys().size() == 9);
    CHECK(target_group::vietnameseLabel(QStringLiteral("disabled")) == QStringLiteral("Người khuyết tật"));
    CHECK(target_group::vietnameseLabel(QStringLiteral("elderly,public_official")) ==
          QStringLiteral("Người cao tuổi; Cán bộ, công chức, viên chức"));
    CHECK(target_group::vietnameseLabel(QString()).isEmpty());
    CHECK(target_group::vietnameseLabel(QStringLiteral("Nông dân")) == QStringLiteral("Nông dân"));
    CHECK(target_group::vietnameseLabel(QStringLiteral("NKT")) == QStringLiteral("Người khuyết tật"));
    // Without a translator: the English source.
    CHECK(target_group::label(QStringLiteral("disabled")) == QStringLiteral("People with disabilities"));
    CHECK(target_group::label(QStringLiteral("Người cao tuổi")) == QStringLiteral("Elderly (60+)"));
    CHECK(target_group::label(QString()) == QStringLiteral("Everyone"));
    CHECK(target_group::label(QStringLiteral("Nông dân")) == QStringLiteral("Nông dân"));
}

TEST_CASE("class lists import target group words as keys, export Vietnamese labels, re-import the same keys",
          "[import][target_group]")
{
    test::TempStore t;
    const QString in = t.dir() + QStringLiteral("/classes.csv");
    writeFile(in, "Tên lớp,Bắt đầu,Đối tượng\n"
                  "Lớp 1,10/10/2025 08:00,Người cao tuổi\n"
                  "Lớp 2,11/10/2025 08:00,nkt\n"
                  "Lớp 3,12/10/2025 08:00,\"Cán bộ, công chức, viên chức; Hội LHPN\"\n"
                  "Lớp 4,13/10/2025 08:00,Toàn dân\n"
                  "Lớp 5,14/10/2025 08:00,Nông dân\n"
                  "Lớp 6,15/10/2025 08:00,\n");
    // A group we do not list is the commune's own word: kept, with a warning, the row not refused.
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("classes"), in);
    REQUIRE(r.committed);
    CHECK(r.inserted == 6);
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues[0].severity == ImportIssue::Severity::Warning);
    CHECK(r.issues[0].row == 6);
    CHECK(r.issues[0].column == QStringLiteral("Đối tượng"));
    CHECK(r.issues[0].reason.contains(QStringLiteral("'Nông dân' is not one of the listed target groups")));
    const QStringList imported = {QStringLiteral("Lớp 1=elderly"),
                                  QStringLiteral("Lớp 2=disabled"),
                                  QStringLiteral("Lớp 3=public_official,womens_union"),
                                  QStringLiteral("Lớp 4=NULL"),
                                  QStringLiteral("Lớp 5=Nông dân"),
                                  QStringLiteral("Lớp 6=NULL")};
    CHECK(titlesAndGroups(t->db()) == imported);

    const QString out = t.dir() + QStringLiteral("/out.csv");
    QString error;
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("classes"), out, &error));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral(",Người cao tuổi,")));
    CHECK(text.contains(QStringLiteral(",Người khuyết tật,")));
    CHECK(text.contains(QStringLiteral("\"Cán bộ, công chức, viên chức; Hội viên phụ nữ\"")));
    CHECK(text.contains(QStringLiteral(",Nông dân,")));
    CHECK_FALSE(text.contains(QStringLiteral("elderly")));
    CHECK_FALSE(text.contains(QStringLiteral("womens_union")));

    // The export re-imported (its ids land on the same rows) changes nothing.
    const ImportReport again = ListImporter::import(t.store(), QStringLiteral("classes"), out);
    REQUIRE(again.committed);
    CHECK(again.inserted == 0);
    CHECK(titlesAndGroups(t->db()) == imported);
    // Into a fresh store, too.
    test::TempStore fresh;
    REQUIRE(ListImporter::import(fresh.store(), QStringLiteral("classes"), out).committed);
    CHECK(titlesAndGroups(fresh->db()) == imported);
}

TEST_CASE("migration 9 rewrites stored target group words to keys without logging them", "[migrations][target_group]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    QString error;
    qint64 loggedBefore = 0;
    const QStringList groups = {QStringLiteral("Người cao tuổi"), QStringLiteral("Người khuyết tật"),
                                QStringLiteral("Toàn dân"),       QStringLiteral("Cán bộ, công chức, viên chức"),
                                QStringLiteral("NCT; NKT"),       QStringLiteral("disabled"),
                                QStringLiteral("Nông dân"),       QString()};
    {
        auto old = Database::open(path, &error, 8);
        INFO(error.toStdString());
        REQUIRE(old);
        REQUIRE(Migrations::versionOf(old->db()) == 8);
        const QString cols = QStringLiteral("id, commune_id, updated_hlc, device_id");
        exec(old->db(), QStringLiteral("INSERT INTO communes (%1, code, name) VALUES ('c1', 'c1', 100, 'd1', '26734', 'Xã Cũ')")
                            .arg(cols));
        for (int i = 0; i < groups.size(); ++i)
            exec(old->db(),
                 QStringLiteral("INSERT INTO classes (%1, title, target_group) VALUES ('k%2', 'c1', %3, 'd1', 'Lớp %2', %4)")
                     .arg(cols)
                     .arg(i)
                     .arg(200 + i)
                     .arg(groups[i].isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + groups[i] + QLatin1Char('\'')));
        loggedBefore = queryValue(old->db(), QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        REQUIRE(loggedBefore == 1 + groups.size());
    }

    auto upgraded = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(upgraded);
    QSqlDatabase& db = upgraded->db();
    CHECK(Migrations::versionOf(db) == Migrations::currentVersion);
    auto group = [&db](int i) { return queryValue(db, QStringLiteral("SELECT target_group FROM classes WHERE id = 'k%1'").arg(i)); };
    CHECK(group(0).toString() == QStringLiteral("elderly"));
    CHECK(group(1).toString() == QStringLiteral("disabled"));
    CHECK(group(2).isNull()); // everyone
    CHECK(group(3).toString() == QStringLiteral("public_official"));
    CHECK(group(4).toString() == QStringLiteral("elderly,disabled"));
    CHECK(group(5).toString() == QStringLiteral("disabled"));
    CHECK(group(6).toString() == QStringLiteral("Nông dân")); // nobody can map it: kept, not lost
    CHECK(group(7).isNull());
    // The same fix runs on every device: nothing new to sync, HLCs untouched.
    CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == loggedBefore);
    CHECK(queryValue(db, QStringLiteral("SELECT updated_hlc FROM classes WHERE id = 'k0'")).toLongLong() == 200);
    // And the log is on again afterwards: a real write to a class is logged.
    CHECK(queryValue(db, QStringLiteral("SELECT suppress FROM log_ctl")).toInt() == 0);
    exec(db, QStringLiteral("UPDATE classes SET target_group = 'student', updated_hlc = 300 WHERE id = 'k6'"));
    CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == loggedBefore + 1);
}
