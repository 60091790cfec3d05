#include "sync/server/DashboardFiles.h"

#include <QFile>
#include <QHash>

// Q_INIT_RESOURCE must be used outside any namespace; the library is static,
// so the resource is registered explicitly rather than by a static initialiser.
static void initDashboardResource()
{
    Q_INIT_RESOURCE(dashboard);
}

namespace hocvuso::sync {

namespace {
const QString kRoot = QStringLiteral("/dashboard");

const QHash<QString, QByteArray>& servedFiles()
{
    // Only these names: no path from a request ever reaches the resource system unchecked.
    static const QHash<QString, QByteArray> files{
        {QStringLiteral("index.html"), QByteArrayLiteral("text/html; charset=utf-8")},
        {QStringLiteral("dashboard.js"), QByteArrayLiteral("text/javascript; charset=utf-8")},
        {QStringLiteral("style.css"), QByteArrayLiteral("text/css; charset=utf-8")},
    };
    return files;
}

HttpReply textReply(int status, const QByteArray& text)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}
} // namespace

DashboardFiles::DashboardFiles()
{
    initDashboardResource();
}

bool DashboardFiles::handles(const QString& path)
{
    return path == kRoot || path.startsWith(kRoot + QLatin1Char('/'));
}

HttpReply DashboardFiles::serve(const HttpRequest& request) const
{
    if (request.method != "GET" && request.method != "HEAD")
        return textReply(405, "method not allowed\n");
    if (request.path == kRoot) {
        HttpReply r = textReply(301, "moved to /dashboard/\n");
        r.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("/dashboard/")});
        return r;
    }
    QString name = request.path.mid(kRoot.size() + 1);
    if (name.isEmpty())
        name = QStringLiteral("index.html");
    const auto type = servedFiles().constFind(name);
    if (type == servedFiles().constEnd())
        return textReply(404, "not found\n");
    QFile file(QStringLiteral(":/hocvuso/dashboard/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return textReply(500, "the dashboard files are missing from this build\n");
    HttpReply r;
    r.contentType = *type;
    r.body = file.readAll();
    // The page shows data only with a token; keep the token out of referrers
    // and the page out of frames of other sites.
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    r.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    r.headers.append({QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")});
    r.headers.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    return r;
}

} // namespace hocvuso::sync
