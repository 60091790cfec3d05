// The province's indicators: the server mirrors each commune's synced rows
// and runs the laptop's KpiEngine on them, so a commune's figures on its own
// laptop equal the server's after a sync, and the province total is the sum.
#include "SyncFixture.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/KpiJson.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "sync/client/SyncState.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

const QDate kToday(2025, 9, 30);
const QString kPeriod = QStringLiteral("2025-Q3");
const QString kPlan = QStringLiteral("002");

struct Reply
{
    int status = 0;
    QJsonObject json;
};

Reply getJson(const QUrl& url, const QString& token)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("X-Hocvuso-Protocol", "1");
    request.setRawHeader("X-Hocvuso-Schema", "3");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return r;
}

QUrl kpiUrl(ServerFixture& server, const QString& path, const QString& plan = kPlan)
{
    QUrl url = server.api(path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("period"), kPeriod);
    if (!plan.isEmpty())
        q.addQueryItem(QStringLiteral("plan"), plan);
    q.addQueryItem(QStringLiteral("as_of"), kToday.toString(Qt::ISODate));
    url.setQuery(q);
    return url;
}

// A laptop of `commune` with a demo commune (its own seed) and the seed plans, synced.
std::unique_ptr<TempStore> laptopWithData(ServerFixture& server, const char* commune, quint64 seed, int residents)
{
    auto laptop = server.device(commune);
    StoreError error;
    REQUIRE(kpi::PlanCatalog::installTemplates(laptop->store(), &error));
    DemoCommune::Options options;
    options.residents = residents;
    options.seed = seed;
    options.today = kToday;
    REQUIRE(DemoCommune(laptop->store()).generate(options, &error));
    const auto report = syncNow(laptop->store());
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    REQUIRE(report.pending == 0);
    return laptop;
}

QJsonObject laptopKpis(Store& store, const QString& plan = kPlan)
{
    kpi::KpiOptions options;
    options.asOf = kToday;
    options.planCode = plan;
    kpi::KpiEngine engine(store);
    const kpi::KpiTable table = engine.compute(kpi::Period::parse(kPeriod), options);
    REQUIRE(table.error.isEmpty());
    return kpi::toJson(table);
}

QJsonObject indicator(const QJsonObject& table, const QString& id)
{
    for (const QJsonValue& v : table.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QJsonObject communeEntry(const QJsonObject& province, const QString& communeId)
{
    for (const QJsonValue& v : province.value(QStringLiteral("communes")).toArray())
        if (v.toObject().value(QStringLiteral("commune_id")).toString() == communeId)
            return v.toObject();
    return {};
}

QString deviceToken(Store& store)
{
    return store.meta(QString::fromLatin1(sync::state::token));
}

} // namespace

TEST_CASE("a commune's indicators on the server equal those on its laptop after a sync", "[province][sync]")
{
    ServerFixture server;
    auto a = laptopWithData(server, ServerFixture::communeA, 11, 400);
    auto b = laptopWithData(server, ServerFixture::communeB, 29, 300);
    const QString idA = server.communeId(ServerFixture::communeA);
    const QString idB = server.communeId(ServerFixture::communeB);
    QString error;
    const auto provinceToken = server.store().createProvinceToken(QStringLiteral("dashboard"), &error);
    REQUIRE(provinceToken);

    const QJsonObject laptopA = laptopKpis(a->store());
    const QJsonObject laptopB = laptopKpis(b->store());
    // The data is not trivial: some indicator has a numerator and a denominator.
    REQUIRE(indicator(laptopA, QStringLiteral("smartphone")).value(QStringLiteral("numerator")).toInteger() > 0);
    REQUIRE(indicator(laptopA, QStringLiteral("smartphone")).value(QStringLiteral("denominator")).toInteger() > 0);
    REQUIRE(laptopA.value(QStringLiteral("indicators")).toArray().size() >= 10);

    SECTION("the commune endpoint, read by the commune's own device")
    {
        const Reply r = getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(idA)), deviceToken(a->store()));
        REQUIRE(r.status == 200);
        CHECK(r.json == laptopA);
        // By code too, and with the province token.
        const Reply byCode = getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(QLatin1String(ServerFixture::communeB))),
                                     *provinceToken);
        REQUIRE(byCode.status == 200);
        CHECK(byCode.json == laptopB);
    }

    SECTION("the province endpoint: each commune's row equals its laptop, the total is the sums")
    {
        const Reply r = getJson(kpiUrl(server, QStringLiteral("province/kpis")), *provinceToken);
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("period")).toString() == kPeriod);
        CHECK(r.json.value(QStringLiteral("plan")).toString() == kPlan);
        REQUIRE(r.json.value(QStringLiteral("communes")).toArray().size() == 2);
        CHECK(communeEntry(r.json, idA) == laptopA);
        CHECK(communeEntry(r.json, idB) == laptopB);

        const QJsonObject total = r.json.value(QStringLiteral("total")).toObject();
        const QJsonArray rows = laptopA.value(QStringLiteral("indicators")).toArray();
        REQUIRE(total.value(QStringLiteral("indicators")).toArray().size() == rows.size());
        int withDenominator = 0;
        for (const QJsonValue& v : rows) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            INFO(id.toStdString());
            const QJsonObject ia = indicator(laptopA, id), ib = indicator(laptopB, id), it = indicator(total, id);
            const qint64 num = ia.value(QStringLiteral("numerator")).toInteger() + ib.value(QStringLiteral("numerator")).toInteger();
            CHECK(it.value(QStringLiteral("numerator")).toInteger() == num);
            const QJsonValue da = ia.value(QStringLiteral("denominator")), db = ib.value(QStringLiteral("denominator"));
            if (da.isNull() && db.isNull()) {
                CHECK(it.value(QStringLiteral("denominator")).isNull());
                CHECK(it.value(QStringLiteral("percent")).isNull());
                continue;
            }
            const qint64 den = da.toInteger() + db.toInteger();
            CHECK(it.value(QStringLiteral("denominator")).toInteger() == den);
            if (den > 0) {
                ++withDenominator;
                // A percent of the sums, not the average of the two percents.
                CHECK(it.value(QStringLiteral("percent")).toDouble() == Approx(100.0 * double(num) / double(den)));
            }
            CHECK(it.value(QStringLiteral("target")) == ia.value(QStringLiteral("target")));
        }
        CHECK(withDenominator >= 5);
    }

    SECTION("new data reaches the server's figures with the next sync")
    {
        // Give a smartphone to one adult who has none, on laptop A.
        QSqlQuery q(a->store().db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM residents WHERE deleted = 0 AND has_smartphone = 0 "
                                      "AND birth_date <= '1990-01-01' LIMIT 1")));
        REQUIRE(q.next());
        const QString resident = q.value(0).toString();
        // The server computes once (its mirror is now current), then the laptop changes.
        const Reply before = getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(idA)), *provinceToken);
        REQUIRE(before.status == 200);
        StoreError storeError;
        REQUIRE(a->store().update(QStringLiteral("residents"), resident, {{QStringLiteral("has_smartphone"), true}},
                                  &storeError));
        REQUIRE(syncNow(a->store()).ok);
        const QJsonObject laptopAfter = laptopKpis(a->store());
        CHECK(indicator(laptopAfter, QStringLiteral("smartphone")).value(QStringLiteral("numerator")).toInteger() ==
              indicator(before.json, QStringLiteral("smartphone")).value(QStringLiteral("numerator")).toInteger() + 1);
        const Reply after = getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(idA)), *provinceToken);
        REQUIRE(after.status == 200);
        CHECK(after.json == laptopAfter);
    }

    SECTION("who may read what, and bad arguments")
    {
        // A device reads only its own commune.
        CHECK(getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(idB)), deviceToken(a->store())).status == 403);
        // The province view needs the province token, not a device's.
        CHECK(getJson(kpiUrl(server, QStringLiteral("province/kpis")), deviceToken(a->store())).status == 403);
        CHECK(getJson(kpiUrl(server, QStringLiteral("province/kpis")), QString()).status == 401);
        CHECK(getJson(kpiUrl(server, QStringLiteral("communes/%1/kpis").arg(idA)), QStringLiteral("nonsense")).status == 401);
        // Period missing or malformed, unknown plan, unknown commune.
        const Reply noPeriod = getJson(server.api(QStringLiteral("province/kpis")), *provinceToken);
        CHECK(noPeriod.status == 400);
        CHECK(noPeriod.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
            QStringLiteral("period")));
        QUrl badPeriod = server.api(QStringLiteral("province/kpis"));
        badPeriod.setQuery(QStringLiteral("period=2025-Q7"));
        CHECK(getJson(badPeriod, *provinceToken).status == 400);
        CHECK(getJson(kpiUrl(server, QStringLiteral("province/kpis"), QStringLiteral("999")), *provinceToken).status == 404);
        CHECK(getJson(kpiUrl(server, QStringLiteral("communes/99999/kpis")), *provinceToken).status == 404);
    }
}

namespace {

// A province server on a SQLite file this test can name (the admin command
// below opens the same file from another process).
struct FileServer
{
    QTemporaryDir dir;
    std::unique_ptr<sync::ServerStore> store;
    std::unique_ptr<sync::SyncService> service;
    std::unique_ptr<sync::HttpTransport> transport;
    quint16 port = 0;

    FileServer()
    {
        QString error;
        store = sync::ServerStore::open(*sync::ServerDbSpec::parse(path(), &error), &error);
        REQUIRE(store);
        REQUIRE(store->createProvince(QStringLiteral("70"), QStringLiteral("Tỉnh Bình Phước"), &error));
        REQUIRE(store->addCommune(QStringLiteral("25222"), QStringLiteral("Phường Đồng Xoài"), &error));
        REQUIRE(store->addCommune(QStringLiteral("25225"), QStringLiteral("Xã Đồng Tâm"), &error));
        service = std::make_unique<sync::SyncService>(*store);
        auto* s = service.get();
        transport = std::make_unique<sync::HttpTransport>([s](const sync::HttpRequest& r) { return s->handle(r); },
                                                          8 * 1024 * 1024);
        port = transport->listen(QHostAddress::LocalHost, 0, {}, &error);
        REQUIRE(port != 0);
    }
    QString path() const { return dir.filePath(QStringLiteral("province.sqlite")); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    std::unique_ptr<TempStore> laptop(const QString& communeCode, quint64 seed, int residents)
    {
        QString error;
        auto code = store->createEnrollmentCode(communeCode, 3600 * 1000, &error);
        REQUIRE(code);
        auto t = std::make_unique<TempStore>(false);
        sync::SyncClient client(t->store());
        const auto enrolled = client.enroll(QUrl(url()), *code, QStringLiteral("laptop"));
        REQUIRE(enrolled.ok);
        StoreError storeError;
        REQUIRE(kpi::PlanCatalog::installTemplates(t->store(), &storeError));
        DemoCommune::Options options;
        options.residents = residents;
        options.seed = seed;
        options.today = kToday;
        REQUIRE(DemoCommune(t->store()).generate(options, &storeError));
        REQUIRE(syncNow(t->store()).ok);
        return t;
    }
};

// Cells of the CSV line whose second cell is `name` (the indicator table:
// No., Indicator, Target, Counted, Baseline, ...; no quoted commas in these rows).
QStringList csvIndicatorLine(const QString& csv, const QString& name)
{
    for (const QString& line : csv.split(QLatin1Char('\n'))) {
        const QStringList cells = line.trimmed().split(QLatin1Char(','));
        if (cells.size() > 4 && cells.at(1) == name)
            return cells;
    }
    return {};
}

} // namespace

TEST_CASE("hocvuso-server admin report writes the province report from the synced data", "[province][report]")
{
    FileServer server;
    auto a = server.laptop(QStringLiteral("25222"), 5, 300);
    auto b = server.laptop(QStringLiteral("25225"), 6, 200);
    const QJsonObject laptopA = laptopKpis(a->store());
    const QJsonObject laptopB = laptopKpis(b->store());
    const QString out = server.dir.filePath(QStringLiteral("province.csv"));
    const QStringList common{QStringLiteral("--db"), server.path(), QStringLiteral("admin"), QStringLiteral("report"),
                             QStringLiteral("--period"), kPeriod, QStringLiteral("--plan"), kPlan,
                             QStringLiteral("--as-of"), kToday.toString(Qt::ISODate), QStringLiteral("--lang"),
                             QStringLiteral("en")};

    SECTION("CSV: one row per commune and the province total")
    {
        const auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH), common + QStringList{QStringLiteral("--format"),
                                                                                           QStringLiteral("csv"),
                                                                                           QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        CHECK(csv.contains(QStringLiteral("Tỉnh Bình Phước")));
        CHECK(csv.contains(QStringLiteral("Phường Đồng Xoài")));
        CHECK(csv.contains(QStringLiteral("Xã Đồng Tâm")));
        // The indicator table of the report holds the province total: the sums of both communes.
        // digital_identity is in plan 002 (smartphone is not, so the report leaves it out).
        const QJsonObject sa = indicator(laptopA, QStringLiteral("digital_identity"));
        const QJsonObject sb = indicator(laptopB, QStringLiteral("digital_identity"));
        const qint64 num = sa.value(QStringLiteral("numerator")).toInteger() + sb.value(QStringLiteral("numerator")).toInteger();
        const qint64 den =
            sa.value(QStringLiteral("denominator")).toInteger() + sb.value(QStringLiteral("denominator")).toInteger();
        REQUIRE(den > 0);
        const QString name = sa.value(QStringLiteral("name")).toString();
        const QStringList row = csvIndicatorLine(csv, name);
        INFO(csv.left(3000).toStdString());
        REQUIRE(row.size() > 4);
        CHECK(row.at(3) == QString::number(num)); // Counted
        CHECK(row.at(4) == QString::number(den)); // Baseline
        // The per-commune table lists both communes.
        CHECK(csv.count(QStringLiteral("Phường Đồng Xoài,")) >= 2); // indicators by commune, activity by commune
    }

    SECTION("PDF and XLSX are written too; one commune's report on its own")
    {
        const QString pdf = server.dir.filePath(QStringLiteral("province.pdf"));
        auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                            common + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile p(pdf);
        REQUIRE(p.open(QIODevice::ReadOnly));
        CHECK(p.read(5) == "%PDF-");
        const QString xlsx = server.dir.filePath(QStringLiteral("one.xlsx"));
        r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                       common + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx,
                                            QStringLiteral("--commune"), QStringLiteral("25225")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile x(xlsx);
        REQUIRE(x.open(QIODevice::ReadOnly));
        CHECK(x.read(2) == "PK");
    }

    SECTION("bad arguments are refused with the reason, and nothing is written")
    {
        auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                            common + QStringList{QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("--format"));
        r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                       common + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                            QStringLiteral("--commune"), QStringLiteral("nowhere")});
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains("nowhere"));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("the province report speaks of the province and its communes and has the monthly trend", "[province][report]")
{
    FileServer server;
    auto a = server.laptop(QStringLiteral("25222"), 5, 300);
    auto b = server.laptop(QStringLiteral("25225"), 6, 200);
    // A dated indicator: those counted from undated flags have no monthly trend.
    const QJsonObject sa = indicator(laptopKpis(a->store()), QStringLiteral("adult_vneid_certified"));
    const QJsonObject sb = indicator(laptopKpis(b->store()), QStringLiteral("adult_vneid_certified"));
    const qint64 num = sa.value(QStringLiteral("numerator")).toInteger() + sb.value(QStringLiteral("numerator")).toInteger();
    const qint64 den = sa.value(QStringLiteral("denominator")).toInteger() + sb.value(QStringLiteral("denominator")).toInteger();
    REQUIRE(den > 0);
    REQUIRE(num > 0); // the trend has something to show
    const QString name = sa.value(QStringLiteral("name")).toString();
    // September ends the quarter: the trend's last point is the quarter's province percent.
    const QString september = QString::number(100.0 * double(num) / double(den), 'f', 1);
    const QStringList common{QStringLiteral("--db"), server.path(), QStringLiteral("admin"), QStringLiteral("report"),
                             QStringLiteral("--period"), kPeriod, QStringLiteral("--plan"), kPlan,
                             QStringLiteral("--as-of"), kToday.toString(Qt::ISODate), QStringLiteral("--lang"),
                             QStringLiteral("en")};

    SECTION("PDF: pdftotext finds the province wording, the summed numbers and the trend")
    {
        const QString pdf = server.dir.filePath(QStringLiteral("province.pdf"));
        const auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                                  common + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                       QStringLiteral("--out"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const auto text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        const QString t = QString::fromUtf8(text.out);
        INFO(t.left(4000).toStdString());
        CHECK(t.contains(QStringLiteral("Province")));
        CHECK(t.contains(QStringLiteral("Tỉnh Bình Phước")));
        CHECK(t.contains(QStringLiteral("Communes reporting")));
        CHECK(t.contains(QStringLiteral("By commune")));
        CHECK(t.contains(QStringLiteral("Whole province")));
        CHECK(t.contains(QStringLiteral("Activity by commune")));
        CHECK(t.contains(QStringLiteral("Phường Đồng Xoài")));
        CHECK(t.contains(QStringLiteral("Xã Đồng Tâm")));
        CHECK(t.contains(QStringLiteral("Monthly trend")));
        CHECK(t.contains(QStringLiteral("09/2025")));
        CHECK(t.contains(QString::number(num)));
        CHECK(t.contains(QString::number(den)));
        CHECK(t.contains(september + QStringLiteral(" %")));
        CHECK_FALSE(t.contains(QStringLiteral("By hamlet")));
        CHECK_FALSE(t.contains(QStringLiteral("Whole commune")));
        CHECK_FALSE(t.contains(QStringLiteral("Commune:")));
    }

    SECTION("CSV: the trend's months are the sums of both communes' months")
    {
        const QString out = server.dir.filePath(QStringLiteral("province.csv"));
        const auto r = runProgram(QStringLiteral(HOCVUSO_SERVER_PATH),
                                  common + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                       QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        int column = -1;
        QStringList sept, july;
        for (const QString& line : lines) {
            const QStringList cells = line.trimmed().split(QLatin1Char(','));
            if (cells.value(0) == QStringLiteral("Month"))
                column = int(cells.indexOf(name + QStringLiteral(" (%)")));
            if (cells.value(0) == QStringLiteral("07/2025"))
                july = cells;
            if (cells.value(0) == QStringLiteral("09/2025"))
                sept = cells;
        }
        REQUIRE(column > 0);
        REQUIRE(sept.size() > column);
        CHECK(sept.at(column).toDouble() == Approx(100.0 * double(num) / double(den)).margin(0.05));
        // A cumulative indicator never falls over the quarter.
        REQUIRE(july.size() > column);
        CHECK(july.at(column).toDouble() <= sept.at(column).toDouble());
    }
}
