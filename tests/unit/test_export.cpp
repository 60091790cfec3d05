#include "TempStore.h"

#include "core/io/ListColumns.h"
#include "core/io/ListExporter.h"
#include "core/io/ListImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::TempStore;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 liveRows(Store& s, const QString& table)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every list filled from the templates (two residents, one of everything else).
void fillFromTemplates(Store& store)
{
    for (const ListSpec& spec : ListColumns::all()) {
        const ImportReport r = ListImporter::import(
            store, spec.name, test::sourcePath(QStringLiteral("resources/templates/%1.csv").arg(spec.name)));
        INFO(spec.name.toStdString() << ": " << r.summary().toStdString());
        REQUIRE(r.committed);
    }
}

} // namespace

TEST_CASE("export writes UTF-8 with BOM, Vietnamese headers, readable values and live rows only", "[export]")
{
    TempStore t;
    fillFromTemplates(t.store());
    // A third resident, then deleted: exports leave tombstones out.
    StoreError e;
    auto gone = t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Người Đã Xóa")}}, &e);
    REQUIRE(gone);
    REQUIRE(t->remove(QStringLiteral("residents"), *gone, &e));

    const QString path = t.dir() + QStringLiteral("/residents.csv");
    QString error;
    qint64 rows = 0;
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("residents"), path, &error, {}, &rows));
    CHECK(rows == 2);
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("ID,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Thôn/Tổ dân phố,Mã hộ,Chủ hộ,")));
    const QStringList an = lines[1].split(QLatin1Char(','));
    CHECK(an.value(1) == QStringLiteral("Nguyễn Văn An"));
    CHECK(an.value(2) == QStringLiteral("15/03/1985"));
    CHECK(an.value(3) == QStringLiteral("Nam"));
    CHECK(an.value(4) == QStringLiteral("001085012345"));
    CHECK(an.value(5) == QStringLiteral("0912345678"));
    CHECK(an.value(6) == QStringLiteral("Thôn Đông"));
    CHECK(an.value(7) == QStringLiteral("HD001"));
    CHECK(an.value(8) == QStringLiteral("x"));
    CHECK(lines[2].split(QLatin1Char(',')).value(3) == QStringLiteral("Nữ"));
    CHECK(lines[2].split(QLatin1Char(',')).value(8).isEmpty());
    CHECK_FALSE(QString::fromUtf8(bytes).contains(QStringLiteral("Người Đã Xóa")));

    // A resident reference shows the id, the CCCD and the name.
    const QString mentors = t.dir() + QStringLiteral("/mentors.csv");
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("mentors"), mentors, &error));
    const QStringList m = QString::fromUtf8(readAll(mentors).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(m.size() == 2);
    CHECK(m[0] == QStringLiteral("Mã người dân,Số CCCD,Họ và tên,Từ ngày,Đang hoạt động,Ghi chú"));
    CHECK(m[1].endsWith(QStringLiteral(",001190012346,Trần Thị Bình,01/09/2025,x,")));
}

TEST_CASE("export then import round-trips every list, in the same store and into a new one", "[export][import]")
{
    TempStore a;
    fillFromTemplates(a.store());
    QDir dir(a.dir());
    dir.mkpath(QStringLiteral("a"));
    dir.mkpath(QStringLiteral("b"));
    QString error;
    for (const ListSpec& spec : ListColumns::all()) {
        INFO(spec.name.toStdString());
        REQUIRE(ListExporter::exportList(a.store(), spec.name, a.dir() + QStringLiteral("/a/%1.csv").arg(spec.name), &error));
    }

    // The same store: every row is found again, nothing changes, nothing is logged.
    const qint64 log = a->changeLogCount();
    for (const ListSpec& spec : ListColumns::all()) {
        const ImportReport r =
            ListImporter::import(a.store(), spec.name, a.dir() + QStringLiteral("/a/%1.csv").arg(spec.name));
        INFO(spec.name.toStdString() << ": " << r.summary().toStdString());
        for (const auto& i : r.issues)
            UNSCOPED_INFO(i.text().toStdString());
        CHECK(r.issues.isEmpty());
        CHECK(r.inserted == 0);
        CHECK(r.updated == 0);
        CHECK(r.unchanged == liveRows(a.store(), spec.table));
    }
    CHECK(a->changeLogCount() == log);

    // A new store (a commune moving from its spreadsheets): same rows, same ids, same export.
    TempStore b;
    for (const ListSpec& spec : ListColumns::all()) {
        const ImportReport r =
            ListImporter::import(b.store(), spec.name, a.dir() + QStringLiteral("/a/%1.csv").arg(spec.name));
        INFO(spec.name.toStdString() << ": " << r.summary().toStdString());
        for (const auto& i : r.issues)
            UNSCOPED_INFO(i.text().toStdString());
        CHECK(r.issues.isEmpty());
        CHECK(r.committed);
        CHECK(liveRows(b.store(), spec.table) == liveRows(a.store(), spec.table));
    }
    for (const ListSpec& spec : ListColumns::all()) {
        INFO(spec.name.toStdString());
        const QString bPath = a.dir() + QStringLiteral("/b/%1.csv").arg(spec.name);
        REQUIRE(ListExporter::exportList(b.store(), spec.name, bPath, &error));
        CHECK(readAll(bPath) == readAll(a.dir() + QStringLiteral("/a/%1.csv").arg(spec.name)));
    }
}

TEST_CASE("hocvuso-cli export and export --template", "[export][cli]")
{
    TempStore t(false);
    const QString db = t.dir() + QStringLiteral("/cli.sqlite");
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--commune-code"),
                          QStringLiteral("00002"), QStringLiteral("--commune-name"), QStringLiteral("Phường Hai")})
                .exitCode == 0);
    const QString tpl = t.dir() + QStringLiteral("/hamlets-template.csv");
    auto r = test::runCli({QStringLiteral("export"), QStringLiteral("hamlets"), tpl, QStringLiteral("--template")});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(tpl) == readAll(test::sourcePath(QStringLiteral("resources/templates/hamlets.csv"))));

    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("hamlets"), tpl}).exitCode == 0);
    const QString out = t.dir() + QStringLiteral("/hamlets.csv");
    r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("hamlets"), out});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(readAll(out).startsWith("\xEF\xBB\xBF" "ID,Mã thôn,Tên thôn/Tổ dân phố,Loại\r\n"));

    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("nothing"), out}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("hamlets"), out}).exitCode == 3); // no --db
}

TEST_CASE("a value the export guards against formula injection re-imports unchanged", "[export][import]")
{
    TempStore t;
    StoreError error;
    const auto id = t->insert(QStringLiteral("residents"),
                              {{QStringLiteral("full_name"), QStringLiteral("=HYPERLINK(\"http://x\")")},
                               {QStringLiteral("notes"), QStringLiteral("-A1")}},
                              &error);
    REQUIRE(id);
    const auto other = t->insert(QStringLiteral("residents"),
                                 {{QStringLiteral("full_name"), QStringLiteral("'@cmd")},
                                  {QStringLiteral("notes"), QStringLiteral("'ghi chú")}},
                                 &error);
    REQUIRE(other);
    const QString path = t.dir() + QStringLiteral("/residents.csv");
    QString why;
    REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("residents"), path, &why));
    const QByteArray bytes = readAll(path);
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(bytes.contains(",'-A1\r\n"));
    CHECK(bytes.contains("''@cmd"));

    const qint64 log = t->changeLogCount();
    const ImportReport r = ListImporter::import(t.store(), QStringLiteral("residents"), path);
    INFO(r.summary().toStdString());
    CHECK(r.unchanged == 2);
    CHECK(r.updated == 0);
    CHECK(t->changeLogCount() == log);
    CHECK(t->get(QStringLiteral("residents"), *id)->value(QStringLiteral("full_name")).toString() ==
          QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(t->get(QStringLiteral("residents"), *other)->value(QStringLiteral("full_name")).toString() ==
          QStringLiteral("'@cmd"));
    CHECK(t->get(QStringLiteral("residents"), *other)->value(QStringLiteral("notes")).toString() ==
          QStringLiteral("'ghi chú"));
}

TEST_CASE("hocvuso-cli: a --db that does not exist is refused, not created empty, except by init and demo",
          "[export][cli]")
{
    TempStore t(false);
    const QString typo = t.dir() + QStringLiteral("/typo.sqlite");
    const QString out = t.dir() + QStringLiteral("/residents.csv");
    for (const QStringList& command : {QStringList{QStringLiteral("export"), QStringLiteral("residents"), out},
                                       QStringList{QStringLiteral("stats")},
                                       QStringList{QStringLiteral("search"), QStringLiteral("an")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("residents"), out}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto r = test::runCli(QStringList{QStringLiteral("--db"), typo} + command);
        CHECK(r.exitCode == 3);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("typo.sqlite")));
        CHECK_FALSE(QFile::exists(typo));
        CHECK_FALSE(QFile::exists(out));
    }
    // A command takes no argument it does not know.
    REQUIRE(test::runCli({QStringLiteral("--db"), typo, QStringLiteral("init"), QStringLiteral("--commune-code"),
                          QStringLiteral("00003"), QStringLiteral("--commune-name"), QStringLiteral("Xã Ba")})
                .exitCode == 0);
    CHECK(test::runCli({QStringLiteral("--db"), typo, QStringLiteral("stats"), QStringLiteral("--residents")}).exitCode == 2);
    const auto flagValue = test::runCli({QStringLiteral("--db"), typo, QStringLiteral("import"), QStringLiteral("residents"),
                                         out, QStringLiteral("--only-valid=1")});
    CHECK(flagValue.exitCode == 2);
    CHECK(QString::fromUtf8(flagValue.err).contains(QStringLiteral("--only-valid takes no value")));
}

TEST_CASE("two stored records that look alike (one visit per person helped, namesakes) round-trip by their ids",
          "[export][import]")
{
    // A team visits one household on one day and helps two people: two
    // visits with the same household, date and team. Two residents of one
    // household with the same name and birth year and no CCCD. The export
    // carries their ids: re-imported they are still two, unchanged.
    TempStore a;
    StoreError error;
    const auto household = a->insert(QStringLiteral("households"), {{QStringLiteral("code"), QStringLiteral("HD1")}}, &error);
    const auto team = a->insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("Tổ 1")}}, &error);
    REQUIRE(household);
    REQUIRE(team);
    for (const char* helped : {"Trần Ngọc Hồng", "Trần Công Lâm"})
        REQUIRE(a->insert(QStringLiteral("visits"),
                          {{QStringLiteral("household_id"), *household},
                           {QStringLiteral("team_id"), *team},
                           {QStringLiteral("visited_on"), QStringLiteral("2025-02-08")},
                           {QStringLiteral("helped"), QString::fromUtf8(helped)}},
                          &error));
    for (const char* notes : {"con", "cháu"})
        REQUIRE(a->insert(QStringLiteral("residents"),
                          {{QStringLiteral("full_name"), QStringLiteral("Lê Văn Nam")},
                           {QStringLiteral("birth_year"), 1990},
                           {QStringLiteral("household_id"), *household},
                           {QStringLiteral("notes"), QString::fromUtf8(notes)}},
                          &error));
    const QStringList lists = {QStringLiteral("households"), QStringLiteral("residents"), QStringLiteral("teams"),
                               QStringLiteral("visits")};
    QString why;
    for (const QString& list : lists)
        REQUIRE(ListExporter::exportList(a.store(), list, a.dir() + QStringLiteral("/%1.csv").arg(list), &why));

    TempStore b;
    for (Store* store : {&a.store(), &b.store()}) {
        for (const QString& list : lists) {
            const ImportReport r = ListImporter::import(*store, list, a.dir() + QStringLiteral("/%1.csv").arg(list));
            INFO(list.toStdString() << ": " << r.summary().toStdString());
            for (const auto& i : r.issues)
                UNSCOPED_INFO(i.text().toStdString());
            CHECK(r.issues.isEmpty());
            CHECK(r.committed);
            CHECK(r.updated == 0);
        }
        CHECK(liveRows(*store, QStringLiteral("visits")) == 2);
        CHECK(liveRows(*store, QStringLiteral("residents")) == 2);
    }
    for (const QString& list : lists) {
        INFO(list.toStdString());
        const QString again = b.dir() + QStringLiteral("/%1.csv").arg(list);
        REQUIRE(ListExporter::exportList(b.store(), list, again, &why));
        CHECK(readAll(again) == readAll(a.dir() + QStringLiteral("/%1.csv").arg(list)));
    }
}
