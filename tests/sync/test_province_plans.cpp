// The province's plans: `hocvuso-server admin plans ...` writes plans, targets
// and per-commune assignments as reference rows; a laptop pulls them, lists
// the plan in its PlanCatalog, reports against the assigned plan, and the
// server's own indicators follow each commune's assignment.
#include "SyncFixture.h"

#include "core/kpi/KpiEngine.h"
#include "core/kpi/PlanCatalog.h"
#include "core/store/Store.h"
#include "sync/server/ProvinceKpis.h"
#include "sync/server/ServerCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

struct AdminRun
{
    int code = -1;
    QString out, err;
};

AdminRun admin(ServerFixture& server, const QStringList& args)
{
    AdminRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = sync::runServerCommand(QStringList{QStringLiteral("--db"), server.db(), QStringLiteral("admin"),
                                                QStringLiteral("plans")} +
                                        args,
                                    out, err);
    out.flush();
    err.flush();
    return r;
}

// Everything the province ever wrote as reference data: rows and their sequence.
QString referenceState(ServerFixture& server)
{
    QSqlQuery q(server.store().db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), coalesce(max(server_seq), 0) FROM sync_rows WHERE commune_id = '*'")));
    REQUIRE(q.next());
    QSqlQuery c(server.store().db());
    REQUIRE(c.exec(QStringLiteral("SELECT seq FROM seq_counters WHERE scope = '*'")));
    REQUIRE(c.next());
    return QStringLiteral("%1/%2/%3").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(c.value(0).toLongLong());
}

// A laptop of `commune` with the shipped templates, its own choice of plan, synced.
std::unique_ptr<TempStore> laptop(ServerFixture& server, const char* commune, const QString& ownPlan)
{
    auto t = server.device(commune);
    StoreError error;
    REQUIRE(kpi::PlanCatalog::installTemplates(t->store(), &error));
    REQUIRE(kpi::PlanCatalog::activate(t->store(), ownPlan, &error));
    const auto report = syncNow(t->store());
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    return t;
}

QJsonObject indicatorOf(const QJsonObject& table, const QString& id)
{
    for (const QJsonValue& v : table.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QJsonObject cliKpis(TempStore& store)
{
    const ProcessResult r = runCli({QStringLiteral("--db"), store.path(), QStringLiteral("kpis"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

void requireOk(const AdminRun& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE("The province copies plan 002, edits and assigns it to commune A: A's laptop reports against it, B's "
          "keeps its own",
          "[sync][plans]")
{
    ServerFixture server;
    auto a = laptop(server, ServerFixture::communeA, QStringLiteral("001"));
    auto b = laptop(server, ServerFixture::communeB, QStringLiteral("001"));
    // Reference rows are the province's: the laptops' template installs were not pushed (nor quarantined).
    CHECK(referenceState(server) == QStringLiteral("0/0/0"));

    // The server starts from the shipped templates.
    AdminRun list = admin(server, {QStringLiteral("list"), QStringLiteral("--json")});
    requireOk(list);
    const QJsonArray templates = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(templates.size() == 4);
    for (const QJsonValue& v : templates)
        CHECK(v.toObject().value(QStringLiteral("source")).toString() == QStringLiteral("template"));

    requireOk(admin(server, {QStringLiteral("copy"), QStringLiteral("002"), QStringLiteral("002-HN"), QStringLiteral("--name"),
                             QStringLiteral("Kế hoạch Hà Nội")}));
    requireOk(admin(server, {QStringLiteral("set-target"), QStringLiteral("002-HN"), QStringLiteral("adult_basic_skills"),
                             QStringLiteral("2025"), QStringLiteral("75")}));
    requireOk(admin(server, {QStringLiteral("set-mentor-min"), QStringLiteral("002-HN"), QStringLiteral("4")}));
    requireOk(admin(server, {QStringLiteral("exclude"), QStringLiteral("002-HN"), QStringLiteral("class_cadence")}));
    requireOk(admin(server, {QStringLiteral("include"), QStringLiteral("002-HN"), QStringLiteral("smartphone"),
                             QStringLiteral("--target"), QStringLiteral("90")}));
    requireOk(admin(server, {QStringLiteral("assign"), QStringLiteral("--commune"), QString::fromLatin1(ServerFixture::communeA),
                             QStringLiteral("002-HN")}));

    AdminRun show = admin(server, {QStringLiteral("show"), QStringLiteral("002-HN"), QStringLiteral("--json")});
    requireOk(show);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("name")).toString() == QStringLiteral("Kế hoạch Hà Nội"));
    CHECK(shown.value(QStringLiteral("mentor_min")).toInt() == 4);
    CHECK(shown.value(QStringLiteral("source")).toString() == QStringLiteral("province"));
    CHECK(shown.value(QStringLiteral("communes")).toArray() == QJsonArray{QString::fromLatin1(ServerFixture::communeA)});
    // The template it came from is unchanged.
    AdminRun template002 = admin(server, {QStringLiteral("show"), QStringLiteral("002")});
    requireOk(template002);
    CHECK(template002.out.contains(QStringLiteral("adult_basic_skills  2025  70 %")));

    for (TempStore* t : {a.get(), b.get()}) {
        const auto report = syncNow(t->store());
        INFO(report.error.toStdString());
        REQUIRE(report.ok);
        CHECK(report.quarantined == 0);
    }

    // Commune A: the plan arrived whole, edited, and it is the active plan.
    const auto plan = kpi::PlanCatalog::load(a->store(), QStringLiteral("002-HN"));
    REQUIRE(plan);
    CHECK(plan->name == QStringLiteral("Kế hoạch Hà Nội"));
    CHECK(plan->mentorMin == 4);
    CHECK(plan->target(QStringLiteral("adult_basic_skills"), 2025) == 75.0);
    CHECK(plan->target(QStringLiteral("adult_basic_skills"), 2026) == 100.0);
    CHECK(plan->target(QStringLiteral("digital_bank"), 2025) == 100.0);
    CHECK_FALSE(plan->applies(QStringLiteral("class_cadence")));
    CHECK(plan->target(QStringLiteral("smartphone"), 2025) == 90.0);
    CHECK(plan->target(QStringLiteral("smartphone"), 2026) == 90.0);
    CHECK(kpi::PlanCatalog::activeCode(a->store()) == QStringLiteral("002-HN"));
    CHECK(kpi::PlanCatalog::load(a->store(), QStringLiteral("002"))->target(QStringLiteral("adult_basic_skills"), 2025) == 70.0);

    const QJsonObject kpisA = cliKpis(*a);
    CHECK(kpisA.value(QStringLiteral("plan")).toString() == QStringLiteral("002-HN"));
    CHECK(kpisA.value(QStringLiteral("mentor_min")).toInt() == 4);
    CHECK(indicatorOf(kpisA, QStringLiteral("adult_basic_skills")).value(QStringLiteral("target")).toDouble() == 75.0);
    CHECK(indicatorOf(kpisA, QStringLiteral("class_cadence")).value(QStringLiteral("in_plan")).toBool() == false);

    // Commune B: the plan is listed (reference rows reach every commune) but B keeps its own choice.
    CHECK(kpi::PlanCatalog::load(b->store(), QStringLiteral("002-HN")));
    CHECK(kpi::PlanCatalog::assignedCode(b->store()).isEmpty());
    CHECK(kpi::PlanCatalog::activeCode(b->store()) == QStringLiteral("001"));
    const QJsonObject kpisB = cliKpis(*b);
    CHECK(kpisB.value(QStringLiteral("plan")).toString() == QStringLiteral("001"));
    CHECK(indicatorOf(kpisB, QStringLiteral("adult_basic_skills")).value(QStringLiteral("target")).toDouble() == 85.0);

    // A's own later choice wins over the older assignment; a newer assignment wins again.
    StoreError storeError;
    REQUIRE(kpi::PlanCatalog::activate(a->store(), QStringLiteral("001"), &storeError));
    CHECK(kpi::PlanCatalog::activeCode(a->store()) == QStringLiteral("001"));
    REQUIRE(syncNow(a->store()).ok); // the old assignment pulled again changes nothing
    CHECK(kpi::PlanCatalog::activeCode(a->store()) == QStringLiteral("001"));
    QThread::msleep(20); // the province's clock moves past the laptop's choice
    requireOk(admin(server, {QStringLiteral("assign"), QStringLiteral("--commune"), QString::fromLatin1(ServerFixture::communeA),
                             QStringLiteral("002-HN")}));
    REQUIRE(syncNow(a->store()).ok);
    CHECK(kpi::PlanCatalog::activeCode(a->store()) == QStringLiteral("002-HN"));

    // The server's own indicators and report: each commune's assigned plan when no plan is given.
    sync::ProvinceKpis kpis(server.store());
    QString error;
    kpi::KpiOptions options;
    options.asOf = QDate(2025, 12, 31);
    const auto tableA = kpis.commune(QString::fromLatin1(ServerFixture::communeA), kpi::Period::year(2025), options, &error);
    INFO(error.toStdString());
    REQUIRE(tableA);
    REQUIRE(tableA->plan);
    CHECK(tableA->plan->code == QStringLiteral("002-HN"));
    CHECK(tableA->mentorMin == 4);
    const auto tableB = kpis.commune(QString::fromLatin1(ServerFixture::communeB), kpi::Period::year(2025), options, &error);
    REQUIRE(tableB);
    CHECK_FALSE(tableB->plan); // the server does not know B's local choice

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    AdminRun report;
    {
        QTextStream out(&report.out), err(&report.err);
        report.code = sync::runServerCommand({QStringLiteral("--db"), server.db(), QStringLiteral("admin"), QStringLiteral("report"),
                                              QStringLiteral("--period"), QStringLiteral("2025"), QStringLiteral("--commune"),
                                              QString::fromLatin1(ServerFixture::communeA), QStringLiteral("--out"), csv},
                                             out, err);
    }
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("002-HN")));
}

TEST_CASE("Bad admin plans commands are refused with a clear message and write nothing", "[sync][plans]")
{
    ServerFixture server;
    requireOk(admin(server, {QStringLiteral("copy"), QStringLiteral("001"), QStringLiteral("001-X")}));
    const QString before = referenceState(server);
    CHECK(before != QStringLiteral("0/0/0"));

    struct Case
    {
        QStringList args;
        QString message; // part of the error
    };
    const QString communeA = QString::fromLatin1(ServerFixture::communeA);
    const QVector<Case> cases = {
        {{"show", "999"}, "no plan with code '999'"},
        {{"copy", "999", "NEW"}, "no plan with code '999'"},
        {{"copy", "002", "001"}, "exists already"},
        {{"copy", "002", "001-X"}, "exists already"},
        {{"copy", "002", "a b"}, "plan code"},
        {{"set-target", "999", "digital_bank", "2025", "50"}, "no plan with code '999'"},
        {{"set-target", "001-X", "no_such", "2025", "50"}, "unknown indicator 'no_such'"},
        {{"set-target", "001-X", "digital_bank", "1990", "50"}, "year"},
        {{"set-target", "001-X", "digital_bank", "twenty", "50"}, "year"},
        {{"set-target", "001-X", "digital_bank", "2025", "140"}, "0 to 100"},
        {{"set-target", "001-X", "digital_bank", "2025", "-5"}, "0 to 100"},
        {{"set-target", "001-X", "digital_bank", "2025", "lots"}, "percentage"},
        {{"set-mentor-min", "001-X", "0"}, "mentor minimum"},
        {{"set-mentor-min", "001-X", "three"}, "mentor minimum"},
        {{"set-mentor-min", "999", "3"}, "no plan with code '999'"},
        {{"include", "001-X", "digital_bank"}, "already"},
        {{"include", "001-X", "no_such"}, "unknown indicator 'no_such'"},
        {{"include", "001-X", "hamlet_team", "--target", "120"}, "0 to 100"},
        {{"include", "001-X", "hamlet_team", "--year", "3000"}, "year"},
        {{"exclude", "001-X", "hamlet_team"}, "does not apply"},
        {{"exclude", "001-X", "no_such"}, "unknown indicator 'no_such'"},
        {{"assign", "--commune", "99999", "001-X"}, "no commune '99999'"},
        {{"assign", "--commune", communeA, "999"}, "no plan with code '999'"},
        {{"assign", "001-X"}, "--commune"},
        {{"frobnicate"}, "usage"},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const AdminRun r = admin(server, c.args);
        INFO(r.err.toStdString());
        CHECK(r.code != 0);
        CHECK(r.err.contains(c.message));
        CHECK(referenceState(server) == before);
    }
    // A refused include names the first bad indicator and writes none of the good ones.
    CHECK(admin(server, {QStringLiteral("include"), QStringLiteral("001-X"), QStringLiteral("hamlet_team"),
                         QStringLiteral("no_such")})
              .code != 0);
    CHECK(referenceState(server) == before);
    const AdminRun shown = admin(server, {QStringLiteral("show"), QStringLiteral("001-X"), QStringLiteral("--json")});
    requireOk(shown);
    CHECK_FALSE(shown.out.contains(QStringLiteral("hamlet_team")));
}
