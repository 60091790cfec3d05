// A list export can be stopped midway: the progress callback says so, the
// export returns "cancelled" and leaves no file behind (nor touches one
// that was there).
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/io/ListExporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace hocvuso;
using hocvuso::test::TempStore;

namespace {
QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("a list export stops when its progress callback says so", "[export]")
{
    TempStore t;
    DemoCommune::Options o;
    o.residents = 9000; // a few progress reports' worth of rows
    StoreError se;
    REQUIRE(DemoCommune(t.store()).generate(o, &se));
    const QString path = t.dir() + QStringLiteral("/residents.csv");
    QString error;

    SECTION("cancelled after the first rows: no file")
    {
        QVector<qint64> reports;
        const bool ok = ListExporter::exportList(t.store(), QStringLiteral("residents"), path, &error,
                                                 [&](qint64 written) {
                                                     reports << written;
                                                     return written < 4096;
                                                 });
        CHECK_FALSE(ok);
        CHECK(error == QStringLiteral("cancelled"));
        CHECK(reports == QVector<qint64>{0, 4096}); // nothing reported after the cancel
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("cancelled before the first row: an existing file stays as it was")
    {
        {
            QFile old(path);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("earlier export\n");
        }
        CHECK_FALSE(ListExporter::exportList(t.store(), QStringLiteral("residents"), path, &error,
                                             [](qint64) { return false; }));
        CHECK(error == QStringLiteral("cancelled"));
        CHECK(contents(path) == QByteArray("earlier export\n"));
    }

    SECTION("not cancelled: every row, and the final count reported")
    {
        qint64 last = -1, rows = 0;
        REQUIRE(ListExporter::exportList(t.store(), QStringLiteral("residents"), path, &error,
                                         [&](qint64 written) {
                                             last = written;
                                             return true;
                                         },
                                         &rows));
        QSqlQuery live(t->db());
        REQUIRE(live.exec(QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")));
        REQUIRE(live.next());
        CHECK(rows == live.value(0).toLongLong());
        CHECK(rows >= 9000);
        CHECK(last == rows);
    }
}
