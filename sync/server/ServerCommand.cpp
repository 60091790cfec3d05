#include "sync/server/ServerCommand.h"

#include "core/kpi/Indicators.h"
#include "core/render/PdfReport.h"
#include "core/report/CsvReport.h"
#include "core/report/XlsxReport.h"
#include "sync/server/HttpTransport.h"
#include "sync/server/ProvinceKpis.h"
#include "sync/server/ProvincePlans.h"
#include "sync/server/ServerStore.h"
#include "sync/server/ServerWorkers.h"
#include "sync/server/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <cmath>

#include <memory>

namespace hocvuso::sync {

namespace {

struct Args
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString error;
};

Args parse(const QStringList& args)
{
    static const QStringList valued = {"db", "listen", "cert", "key", "code", "name", "expires", "revoke",
                                       "commune", "label", "max-body", "max-skew", "resolve", "workers",
                                       "period", "format", "out", "plan", "as-of", "lang", "year", "target", "group"};
    static const QStringList flags = {"json", "all"};
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString& s = args[i];
        if (s.startsWith(QLatin1String("--"))) {
            const QString name = s.mid(2);
            if (valued.contains(name)) {
                if (i + 1 >= args.size()) {
                    a.error = QStringLiteral("%1 needs a value").arg(s);
                    return a;
                }
                a.values.insert(name, args[++i]);
            } else if (flags.contains(name)) {
                a.flags << name;
            } else {
                a.error = QStringLiteral("unknown option %1").arg(s);
                return a;
            }
        } else {
            a.positional << s;
        }
    }
    return a;
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QStringLiteral("never");
}

// The running server: kept alive for the event loop of main().
struct Running
{
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<ServerWorkers> workers; // --workers N > 1
};

int serve(const Args& a, const ServerDbSpec& spec, std::unique_ptr<ServerStore> store, QTextStream& out,
          QTextStream& err)
{
    const QString listen = a.values.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        err << "hocvuso-server: --listen wants HOST:PORT (e.g. 127.0.0.1:8443), got " << listen << '\n';
        return 2;
    }
    const TlsFiles tls{a.values.value(QStringLiteral("cert")), a.values.value(QStringLiteral("key"))};
    if (tls.certificate.isEmpty() != tls.key.isEmpty()) {
        err << "hocvuso-server: --cert and --key go together\n";
        return 2;
    }
    if (!tls.enabled() && !address.isLoopback())
        err << "hocvuso-server: warning: serving plain HTTP on a non-loopback address; use --cert/--key "
               "or a TLS reverse proxy\n";
    ServiceLimits limits;
    if (a.values.contains(QStringLiteral("max-body")))
        limits.maxBodyBytes = a.values.value(QStringLiteral("max-body")).toLongLong();
    std::optional<qint64> maxSkewMs;
    if (a.values.contains(QStringLiteral("max-skew"))) {
        maxSkewMs = parseDuration(a.values.value(QStringLiteral("max-skew")));
        store->setMaxClockSkewMs(*maxSkewMs);
    }
    // One worker per core by default: a push is mostly CPU (zstd, JSON, merge).
    int workers = QThread::idealThreadCount();
    if (a.values.contains(QStringLiteral("workers"))) {
        bool ok = false;
        workers = a.values.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || workers < 1 || workers > 256) {
            err << "hocvuso-server: --workers wants a number from 1 to 256, got " << a.values.value(QStringLiteral("workers"))
                << '\n';
            return 2;
        }
    }
    static Running running; // lives until exit
    if (workers > 1) {
        store.reset(); // it made the schema; each worker opens its own connection
        QString error;
        running.workers = ServerWorkers::start({spec, limits, tls, maxSkewMs, workers}, address, quint16(port), &error);
        if (!running.workers) {
            err << "hocvuso-server: " << error << '\n';
            return 3;
        }
        // The workers' threads and connections close before the application object goes.
        if (auto* app = QCoreApplication::instance())
            QObject::connect(app, &QCoreApplication::aboutToQuit, [] { running.workers.reset(); });
        out << "listening on " << address.toString() << ':' << running.workers->port() << (tls.enabled() ? " (TLS)" : "")
            << " with " << workers << " workers" << Qt::endl;
        return -1;
    }
    running.store = std::move(store);
    running.service = std::make_unique<SyncService>(*running.store, limits);
    SyncService* service = running.service.get();
    running.transport = std::make_unique<HttpTransport>([service](const HttpRequest& r) { return service->handle(r); },
                                                        limits.maxBodyBytes);
    QString error;
    const quint16 bound = running.transport->listen(address, quint16(port), tls, &error);
    if (bound == 0) {
        err << "hocvuso-server: " << error << '\n';
        return 3;
    }
    // Tests and scripts read this line to learn the port (with --listen HOST:0).
    out << "listening on " << address.toString() << ':' << bound << (tls.enabled() ? " (TLS)" : "") << Qt::endl;
    return -1;
}

QString tr(const char* s)
{
    return QCoreApplication::translate("hocvuso::sync::ServerCommand", s);
}

// --format, or the extension of --out.
QString reportFormat(const Args& a)
{
    const QString format = a.values.value(QStringLiteral("format"));
    return format.isEmpty() ? QFileInfo(a.values.value(QStringLiteral("out"))).suffix().toLower() : format.toLower();
}

// admin report --period P --format pdf|xlsx|csv --out FILE [--commune ID] [--plan CODE] [--group ID] [--as-of DATE] [--lang vi|en]
int report(const Args& a, ServerStore& store, QTextStream& out, QTextStream& err)
{
    auto fail = [&](const QString& why, int code) {
        err << "hocvuso-server: " << why << '\n';
        return code;
    };
    const QString path = a.values.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(tr("--out FILE is required"), 2);
    const QString format = reportFormat(a);
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return fail(tr("--format must be pdf, xlsx or csv, not '%1'").arg(format), 2);
    QString error;
    const kpi::Period period = kpi::Period::parse(a.values.value(QStringLiteral("period")), &error);
    if (!period.isValid())
        return fail(tr("--period (e.g. 2025-Q3): %1").arg(error), 2);
    report::ReportOptions options;
    options.planCode = a.values.value(QStringLiteral("plan"));
    options.group = a.values.value(QStringLiteral("group"));
    if (a.values.contains(QStringLiteral("group")) && !kpi::Groups::find(options.group))
        return fail(kpi::Groups::unknownMessage(options.group), 2);
    const QString lang = a.values.value(QStringLiteral("lang"), QStringLiteral("vi"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return fail(tr("--lang must be vi or en"), 2);
    options.language = lang == QLatin1String("en") ? report::Language::English : report::Language::Vietnamese;
    if (a.values.contains(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(a.values.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail(tr("--as-of must be a date YYYY-MM-DD"), 2);
    }
    ProvinceKpis kpis(store);
    const auto data = kpis.report(period, options, a.values.value(QStringLiteral("commune")), &error);
    if (!data)
        return fail(error, 4);
    bool written = false;
    if (format == QLatin1String("pdf"))
        written = render::PdfReport::write(*data, path, &error);
    else if (format == QLatin1String("xlsx"))
        written = report::XlsxReport::write(*data, path, &error);
    else
        written = report::CsvReport::write(*data, path, &error);
    if (!written)
        return fail(error, 4);
    out << tr("Wrote %1 (%2, %3 communes, %4 bytes)")
               .arg(path, data->periodLabel)
               .arg(data->kpis.hamlets.isEmpty() ? 1 : data->kpis.hamlets.size())
               .arg(QFileInfo(path).size())
        << '\n';
    return 0;
}

QJsonObject planJson(const kpi::Plan& p, bool stored, const QStringList& communes)
{
    QJsonArray targets;
    for (auto it = p.targets.cbegin(); it != p.targets.cend(); ++it)
        targets.append(QJsonObject{{QStringLiteral("indicator"), it.key().first},
                                   {QStringLiteral("year"), it.key().second},
                                   {QStringLiteral("target"), it.value()}});
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("mentor_min"), p.mentorMin},
            {QStringLiteral("class_cadence"), p.classCadence},
            {QStringLiteral("source"), stored ? QStringLiteral("province") : QStringLiteral("template")},
            {QStringLiteral("communes"), QJsonArray::fromStringList(communes)},
            {QStringLiteral("targets"), targets}};
}

// A whole number from the command line, or nullopt.
std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

const char* const kPlansUsage =
    "admin plans (list [--json] | show CODE [--json] | copy FROM TO [--name NAME] | "
    "set-target CODE INDICATOR YEAR PERCENT | set-mentor-min CODE N | "
    "include CODE INDICATOR... [--year Y] [--target PERCENT] | exclude CODE INDICATOR... | "
    "assign --commune COMMUNE PLAN)";

// admin plans ...: the province's plans as reference rows (ProvincePlans).
int plansCommand(const Args& a, ServerStore& store, QTextStream& out, QTextStream& err)
{
    const QStringList p = a.positional.mid(2); // after "admin plans"
    const bool json = a.flags.contains(QStringLiteral("json"));
    auto fail = [&](const QString& why, int code = 4) {
        err << "hocvuso-server: " << why << '\n';
        return code;
    };
    auto usage = [&]() { return fail(QStringLiteral("usage: %1").arg(QLatin1String(kPlansUsage)), 2); };
    ProvincePlans plans(store);
    QString error;
    const QString action = p.value(0, QStringLiteral("list"));
    // Commune codes per plan, for list and show.
    auto communesOf = [&](const QString& code) {
        QStringList codes;
        const auto assigned = plans.assignments(&error);
        if (assigned)
            for (auto it = assigned->cbegin(); it != assigned->cend(); ++it)
                if (it.value() == code)
                    if (const auto c = store.commune(it.key()))
                        codes << c->code;
        codes.sort();
        return codes;
    };
    if (action == QLatin1String("list") && p.size() <= 1) {
        const auto list = plans.plans(&error);
        if (!list)
            return fail(error);
        QJsonArray array;
        for (const kpi::Plan& plan : *list) {
            const bool stored = plans.isStored(plan.code);
            const QStringList communes = communesOf(plan.code);
            array.append(planJson(plan, stored, communes));
            QSet<QString> indicators;
            for (auto it = plan.targets.cbegin(); it != plan.targets.cend(); ++it)
                indicators.insert(it.key().first);
            if (!json)
                out << plan.code << "  " << (stored ? "province" : "template") << "  mentor min " << plan.mentorMin
                    << "  indicators " << indicators.size()
                    << (communes.isEmpty() ? QString() : QStringLiteral("  communes ") + communes.join(QLatin1Char(',')))
                    << "  " << plan.name << '\n';
        }
        if (json)
            out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (action == QLatin1String("show") && p.size() == 2) {
        const auto plan = plans.find(p[1], &error);
        if (!plan)
            return fail(error.isEmpty() ? QStringLiteral("no plan with code '%1' (see 'admin plans list')").arg(p[1]) : error);
        const QJsonObject o = planJson(*plan, plans.isStored(plan->code), communesOf(plan->code));
        if (json) {
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        out << plan->code << "  " << plan->name << '\n'
            << "source " << o.value(QStringLiteral("source")).toString() << "  mentor min " << plan->mentorMin
            << "  class cadence " << (plan->classCadence.isEmpty() ? QStringLiteral("-") : plan->classCadence) << '\n';
        const QStringList communes = communesOf(plan->code);
        if (!communes.isEmpty())
            out << "assigned to " << communes.join(QStringLiteral(", ")) << '\n';
        for (auto it = plan->targets.cbegin(); it != plan->targets.cend(); ++it)
            out << "  " << it.key().first << "  " << it.key().second << "  " << it.value() << " %\n";
        return 0;
    }
    if (action == QLatin1String("copy") && p.size() == 3) {
        if (!plans.copy(p[1], p[2], a.values.value(QStringLiteral("name")), &error))
            return fail(error);
        out << "plan " << p[1] << " copied to " << p[2].trimmed() << '\n';
        return 0;
    }
    if (action == QLatin1String("set-target") && p.size() == 5) {
        const auto year = wholeNumber(p[3]);
        const auto value = number(p[4]);
        if (!year)
            return fail(QStringLiteral("the year must be a number such as 2025, not '%1'").arg(p[3]), 2);
        if (!value)
            return fail(QStringLiteral("the target must be a percentage such as 85, not '%1'").arg(p[4]), 2);
        if (!plans.setTarget(p[1], p[2], *year, *value, &error))
            return fail(error);
        out << "plan " << p[1] << ": " << p[2] << " " << *year << " target " << *value << " %\n";
        return 0;
    }
    if (action == QLatin1String("set-mentor-min") && p.size() == 3) {
        const auto n = wholeNumber(p[2]);
        if (!n)
            return fail(QStringLiteral("the mentor minimum must be a whole number, not '%1'").arg(p[2]), 2);
        if (!plans.setMentorMin(p[1], *n, &error))
            return fail(error);
        out << "plan " << p[1] << ": mentor minimum " << *n << '\n';
        return 0;
    }
    if (action == QLatin1String("include") && p.size() >= 3) {
        QVector<int> years;
        if (a.values.contains(QStringLiteral("year"))) {
            const auto year = wholeNumber(a.values.value(QStringLiteral("year")));
            if (!year)
                return fail(QStringLiteral("--year must be a number such as 2025, not '%1'")
                                .arg(a.values.value(QStringLiteral("year"))),
                            2);
            years << *year;
        }
        const auto target = number(a.values.value(QStringLiteral("target"), QStringLiteral("100")));
        if (!target)
            return fail(QStringLiteral("--target must be a percentage such as 85, not '%1'")
                            .arg(a.values.value(QStringLiteral("target"))),
                        2);
        if (!plans.include(p[1], p.mid(2), years, *target, &error))
            return fail(error);
        out << "plan " << p[1] << ": " << p.mid(2).join(QLatin1Char(' ')) << " included\n";
        return 0;
    }
    if (action == QLatin1String("exclude") && p.size() >= 3) {
        if (!plans.exclude(p[1], p.mid(2), &error))
            return fail(error);
        out << "plan " << p[1] << ": " << p.mid(2).join(QLatin1Char(' ')) << " excluded\n";
        return 0;
    }
    if (action == QLatin1String("assign") && p.size() == 2) {
        const QString commune = a.values.value(QStringLiteral("commune"));
        if (commune.isEmpty())
            return fail(QStringLiteral("assign needs --commune COMMUNE"), 2);
        if (!plans.assign(commune, p[1], &error))
            return fail(error);
        out << "commune " << commune << " reports against plan " << p[1] << '\n';
        return 0;
    }
    return usage();
}

int admin(const Args& a, ServerStore& store, QTextStream& out, QTextStream& err)
{
    const QStringList p = a.positional.mid(1); // after "admin"
    const bool json = a.flags.contains(QStringLiteral("json"));
    QString error;
    auto fail = [&](const QString& why, int code = 4) {
        err << "hocvuso-server: " << why << '\n';
        return code;
    };
    const QString what = p.value(0);
    if (what == QLatin1String("province") && p.value(1) == QLatin1String("create")) {
        if (!store.createProvince(a.values.value(QStringLiteral("code")), a.values.value(QStringLiteral("name")), &error))
            return fail(error);
        out << "province " << a.values.value(QStringLiteral("code")) << " ready\n";
        return 0;
    }
    if (what == QLatin1String("commune") && p.value(1) == QLatin1String("add")) {
        auto c = store.addCommune(a.values.value(QStringLiteral("code")), a.values.value(QStringLiteral("name")), &error);
        if (!c)
            return fail(error);
        out << "commune " << c->code << " added, id " << c->id << '\n';
        return 0;
    }
    if (what == QLatin1String("enroll-code")) {
        const qint64 validFor = parseDuration(a.values.value(QStringLiteral("expires"), QStringLiteral("7d")));
        if (validFor <= 0)
            return fail(QStringLiteral("--expires wants a duration such as 7d, 12h or 30m"), 2);
        auto code = store.createEnrollmentCode(p.value(1), validFor, &error);
        if (!code)
            return fail(error);
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("code"), *code},
                                             {QStringLiteral("commune"), p.value(1)},
                                             {QStringLiteral("expires_at"), store.now() + validFor}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << *code << '\n';
        return 0;
    }
    if (what == QLatin1String("devices")) {
        if (a.values.contains(QStringLiteral("revoke"))) {
            if (!store.revokeDevice(a.values.value(QStringLiteral("revoke")), &error))
                return fail(error);
            out << "device " << a.values.value(QStringLiteral("revoke")) << " revoked\n";
            return 0;
        }
        for (const DeviceInfo& d : store.devices(a.values.value(QStringLiteral("commune"))))
            out << d.id << "  commune " << d.communeCode << "  " << (d.revoked ? "REVOKED" : "active")
                << "  acked " << d.highWater << "  last push " << when(d.lastPushAt) << "  skew " << d.lastSkewMs
                << " ms  " << d.name << '\n';
        return 0;
    }
    if (what == QLatin1String("status")) {
        const QJsonObject summary = store.provinceSummary();
        if (json) {
            out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        for (const QJsonValue& v : summary.value(QStringLiteral("communes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QJsonObject info = c.value(QStringLiteral("commune")).toObject();
            out << info.value(QStringLiteral("code")).toString() << "  " << info.value(QStringLiteral("name")).toString()
                << "  devices " << c.value(QStringLiteral("devices")).toArray().size() << "  last sync "
                << when(c.value(QStringLiteral("last_sync_at")).toInteger()) << "  pending conflicts "
                << c.value(QStringLiteral("pending_conflicts")).toInteger() << "  quarantined "
                << c.value(QStringLiteral("quarantined")).toInteger() << '\n';
        }
        return 0;
    }
    if (what == QLatin1String("conflicts")) {
        if (a.values.contains(QStringLiteral("resolve"))) {
            const QString id = a.values.value(QStringLiteral("resolve"));
            if (!store.resolveConflict(id, &error))
                return fail(error);
            out << "conflict " << id << " marked resolved\n";
            return 0;
        }
        const auto list = store.conflicts(a.values.value(QStringLiteral("commune")),
                                          a.flags.contains(QStringLiteral("all")), &error);
        if (!list)
            return fail(error);
        if (json) {
            out << QJsonDocument(*list).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        // One line per conflict; field values are the commune's data, shown to the operator who reviews them.
        for (const QJsonValue& v : *list) {
            const QJsonObject c = v.toObject();
            out << c.value(QStringLiteral("id")).toString() << "  commune " << c.value(QStringLiteral("commune_code")).toString()
                << "  " << c.value(QStringLiteral("entity")).toString() << '/' << c.value(QStringLiteral("row_id")).toString()
                << '.' << c.value(QStringLiteral("field")).toString() << "  kept \"" << c.value(QStringLiteral("kept_value")).toString()
                << "\" (" << c.value(QStringLiteral("kept_device")).toString() << ")  lost \""
                << c.value(QStringLiteral("lost_value")).toString() << "\" (" << c.value(QStringLiteral("lost_device")).toString()
                << ")  " << when(c.value(QStringLiteral("detected_at")).toInteger())
                << (c.value(QStringLiteral("resolved_at")).toInteger() > 0 ? "  resolved" : "") << '\n';
        }
        if (list->isEmpty())
            out << "no conflicts to review\n";
        return 0;
    }
    if (what == QLatin1String("quarantine")) {
        const auto list = store.quarantined(a.values.value(QStringLiteral("commune")), &error);
        if (!list)
            return fail(error);
        if (json) {
            out << QJsonDocument(*list).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        for (const QJsonValue& v : *list) {
            const QJsonObject q = v.toObject();
            out << "commune " << q.value(QStringLiteral("commune_code")).toString() << "  device "
                << q.value(QStringLiteral("device_id")).toString() << "  seq " << q.value(QStringLiteral("seq")).toInteger()
                << "  " << q.value(QStringLiteral("entity")).toString() << '/' << q.value(QStringLiteral("row_id")).toString()
                << "  " << q.value(QStringLiteral("field")).toString() << ": " << q.value(QStringLiteral("reason")).toString()
                << '\n';
        }
        return 0;
    }
    if (what == QLatin1String("report"))
        return report(a, store, out, err);
    if (what == QLatin1String("plans"))
        return plansCommand(a, store, out, err);
    if (what == QLatin1String("province-token")) {
        auto token = store.createProvinceToken(a.values.value(QStringLiteral("label")), &error);
        if (!token)
            return fail(error);
        out << *token << '\n';
        return 0;
    }
    if (what == QLatin1String("reference") && p.value(1) == QLatin1String("put") && p.size() == 5) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(4).toUtf8());
        if (!doc.isObject())
            return fail(QStringLiteral("the fields must be a JSON object"), 2);
        if (!store.putReference(p.value(2), p.value(3), doc.object(), &error))
            return fail(error);
        out << p.value(2) << ' ' << p.value(3) << " stored\n";
        return 0;
    }
    return fail(QStringLiteral("unknown admin command (province create | commune add | enroll-code | devices | "
                               "status | conflicts [--commune C] [--all] [--resolve ID] | quarantine [--commune C] | province-token | "
                               "reference put | plans ... | report --period P --format pdf|xlsx|csv --out FILE [--commune C])"),
                2);
}

} // namespace

bool serverCommandNeedsGui(const QStringList& args)
{
    const Args a = parse(args);
    return a.error.isEmpty() && a.positional.value(0) == QLatin1String("admin") &&
           a.positional.value(1) == QLatin1String("report") && reportFormat(a) == QLatin1String("pdf");
}

qint64 parseDuration(const QString& text)
{
    if (text.size() < 2)
        return -1;
    bool ok = false;
    const qint64 n = text.left(text.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return -1;
    switch (text.back().toLatin1()) {
    case 'd': return n * 24 * 3600 * 1000;
    case 'h': return n * 3600 * 1000;
    case 'm': return n * 60 * 1000;
    case 's': return n * 1000;
    default: return -1;
    }
}

int runServerCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parse(args);
    if (!a.error.isEmpty()) {
        err << "hocvuso-server: " << a.error << '\n';
        return 2;
    }
    const QString command = a.positional.value(0);
    if (command != QLatin1String("serve") && command != QLatin1String("admin")) {
        err << "usage: hocvuso-server serve --db DB --listen HOST:PORT [--cert PEM --key PEM] [--max-body BYTES] "
               "[--max-skew 5m] [--workers N]\n"
               "       hocvuso-server --db DB admin (province create | commune add | enroll-code COMMUNE "
               "[--expires 7d] | devices [--revoke ID] | status | conflicts [--commune C] [--all] [--resolve ID] | "
               "quarantine [--commune C] | province-token | reference put ENTITY ID JSON | plans ... | "
               "report --period P --format pdf|xlsx|csv --out FILE [--commune C] [--plan CODE] [--as-of DATE] [--lang vi|en])\n"
               "DB: a SQLite file or postgresql://user:password@host:port/database\n";
        return 2;
    }
    QString error;
    auto spec = ServerDbSpec::parse(a.values.value(QStringLiteral("db")), &error);
    if (!spec) {
        err << "hocvuso-server: " << error << '\n';
        return 2;
    }
    auto store = ServerStore::open(*spec, &error);
    if (!store) {
        err << "hocvuso-server: " << error << '\n';
        return 3;
    }
    if (command == QLatin1String("serve"))
        return serve(a, *spec, std::move(store), out, err);
    return admin(a, *store, out, err);
}

} // namespace hocvuso::sync
