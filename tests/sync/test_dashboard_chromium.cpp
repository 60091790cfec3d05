// The province dashboard (sync/server/web/, served at /dashboard/) in a real
// headless Chromium: the page loads, fetches /api/v1/province/kpis with the
// province token from the address fragment, and renders every commune and the
// province total. Skipped, with a warning, only where /usr/bin/chromium is absent.
#include "SyncFixture.h"

#include "core/demo/DemoCommune.h"
#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <vector>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");

// Runs Chromium while this thread's event loop keeps serving the in-process server.
QByteArray dumpDom(const QString& url)
{
    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(kChromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                               QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                               QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                               QStringLiteral("--user-data-dir=") + profile.path(),
                               // Wait for the page's fetches before the DOM is dumped.
                               QStringLiteral("--virtual-time-budget=15000"), QStringLiteral("--dump-dom"), url});
    QEventLoop loop;
    QObject::connect(&chromium, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&chromium, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (chromium.state() != QProcess::NotRunning)
        loop.exec();
    if (chromium.state() != QProcess::NotRunning) {
        chromium.kill();
        chromium.waitForFinished(5000);
    }
    INFO(chromium.readAllStandardError().toStdString());
    return chromium.readAllStandardOutput();
}

// The text of the element with this id, tags stripped.
QString textOf(const QString& html, const QString& openTag, const QString& closeTag)
{
    const int start = html.indexOf(openTag);
    if (start < 0)
        return {};
    const int end = html.indexOf(closeTag, start);
    QString inner = html.mid(start, end - start);
    inner.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return inner.simplified();
}

QByteArray fetchPlain(const QUrl& url)
{
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? reply->readAll()
                                                                                                      : QByteArray();
    delete reply;
    return body;
}

} // namespace

TEST_CASE("the dashboard files are served from the server's resources", "[province][dashboard]")
{
    ServerFixture server;
    const QByteArray index = fetchPlain(QUrl(server.url() + QStringLiteral("/dashboard/")));
    CHECK(index.contains("<table id=\"kpis\""));
    CHECK(index.contains("dashboard.js"));
    CHECK(fetchPlain(QUrl(server.url() + QStringLiteral("/dashboard/dashboard.js"))).contains("/api/v1/province/kpis"));
    CHECK(fetchPlain(QUrl(server.url() + QStringLiteral("/dashboard/style.css"))).contains("tfoot"));
    // Nothing else is reachable under /dashboard/.
    CHECK(fetchPlain(QUrl(server.url() + QStringLiteral("/dashboard/secret.txt"))).isEmpty());
}

TEST_CASE("the dashboard shows every commune and the province total in headless Chromium", "[province][dashboard][chromium]")
{
    if (!QFileInfo::exists(kChromium)) {
        WARN("SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium) — the dashboard was not tested in a browser");
        return;
    }
    ServerFixture server;
    const QDate today(2025, 9, 30);
    std::vector<std::unique_ptr<TempStore>> laptops;
    quint64 seed = 3;
    for (const char* commune : {ServerFixture::communeA, ServerFixture::communeB}) {
        auto laptop = server.device(commune);
        StoreError error;
        REQUIRE(kpi::PlanCatalog::installTemplates(laptop->store(), &error));
        DemoCommune::Options options;
        options.residents = 250;
        options.seed = seed++;
        options.today = today;
        REQUIRE(DemoCommune(laptop->store()).generate(options, &error));
        REQUIRE(syncNow(laptop->store()).ok);
        laptops.push_back(std::move(laptop));
    }
    // The expected total, from the laptops' own engines.
    qint64 numerator = 0, denominator = 0;
    for (auto& laptop : laptops) {
        kpi::KpiOptions options;
        options.asOf = today;
        options.planCode = QStringLiteral("002");
        const kpi::KpiTable t = kpi::KpiEngine(laptop->store()).compute(kpi::Period::parse(QStringLiteral("2025-Q3")), options);
        const kpi::KpiRow* row = t.find(QStringLiteral("digital_identity"));
        REQUIRE(row);
        REQUIRE(row->total.denominator);
        numerator += row->total.numerator;
        denominator += *row->total.denominator;
    }
    QString error;
    const auto token = server.store().createProvinceToken(QStringLiteral("chromium"), &error);
    REQUIRE(token);

    const QString url = server.url() + QStringLiteral("/dashboard/#token=") + *token +
                        QStringLiteral("&period=2025-Q3&plan=002");
    // as_of is not in the page's form: the server measures today. Digital
    // identity is a flag without a date, ages are taken at the period's end
    // and baselines by its year, so its figures do not depend on the day.
    const QString dom = QString::fromUtf8(dumpDom(url));
    INFO(dom.left(4000).toStdString());
    REQUIRE(dom.contains(QStringLiteral("data-loaded=\"true\"")));
    // Token taken from the fragment, then removed from the address.
    CHECK_FALSE(dom.contains(*token));

    // The province total row: the sums for the digital identity indicator (in plan 002).
    const QString totalRow = dom.mid(dom.indexOf(QStringLiteral("id=\"province-total\"")));
    REQUIRE(dom.contains(QStringLiteral("id=\"province-total\"")));
    CHECK(textOf(dom, QStringLiteral("<tr id=\"province-total\""), QStringLiteral("</tr>")).startsWith(QStringLiteral("Toàn tỉnh (2 xã, phường)")));
    const QRegularExpression cell(QStringLiteral("data-indicator=\"digital_identity\" data-numerator=\"(\\d+)\" data-denominator=\"(\\d+)\""));
    const auto totalMatch = cell.match(totalRow);
    REQUIRE(totalMatch.hasMatch());
    CHECK(totalMatch.captured(1).toLongLong() == numerator);
    CHECK(totalMatch.captured(2).toLongLong() == denominator);
    const QString percent = QString::number(100.0 * double(numerator) / double(denominator), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
    CHECK(totalRow.contains(percent + QStringLiteral(" %")));

    // A row per commune, with its name.
    CHECK(dom.count(QStringLiteral("<tr class=\"commune\"")) == 2);
    CHECK(dom.contains(QStringLiteral("Phường Sài Gòn")));
    CHECK(dom.contains(QStringLiteral("Phường Tân Định")));
    CHECK(dom.contains(QStringLiteral("data-commune-id=\"") + server.communeId(ServerFixture::communeA)));

    // One group: the elderly's numbers, and "not applicable" for an indicator not about residents.
    qint64 elderlyNumerator = 0, elderlyDenominator = 0;
    for (auto& laptop : laptops) {
        kpi::KpiOptions options;
        options.asOf = today;
        options.planCode = QStringLiteral("002");
        options.group = QStringLiteral("elderly");
        const kpi::KpiTable t = kpi::KpiEngine(laptop->store()).compute(kpi::Period::parse(QStringLiteral("2025-Q3")), options);
        const kpi::KpiRow* row = t.find(QStringLiteral("digital_identity"));
        REQUIRE(row);
        REQUIRE(row->total.denominator);
        elderlyNumerator += row->total.numerator;
        elderlyDenominator += *row->total.denominator;
    }
    REQUIRE(elderlyNumerator < numerator);
    const QString groupDom = QString::fromUtf8(dumpDom(server.url() + QStringLiteral("/dashboard/#token=") + *token +
                                                       QStringLiteral("&period=2025-Q3&plan=002&group=elderly")));
    REQUIRE(groupDom.contains(QStringLiteral("data-loaded=\"true\"")));
    const auto groupMatch = cell.match(groupDom.mid(groupDom.indexOf(QStringLiteral("id=\"province-total\""))));
    REQUIRE(groupMatch.hasMatch());
    CHECK(groupMatch.captured(1).toLongLong() == elderlyNumerator);
    CHECK(groupMatch.captured(2).toLongLong() == elderlyDenominator);
    CHECK(groupDom.contains(QStringLiteral("data-applicable=\"false\">không áp dụng")));
    CHECK(groupDom.contains(QStringLiteral("Nhóm: Người cao tuổi")));
}
