#pragma once

#include "sync/server/HttpTransport.h"

namespace hocvuso::sync {

// The read-only province dashboard: static files (sync/server/web/, built
// into the library as Qt resources) served under /dashboard/. The page asks
// for nothing but the files; its data comes from /api/v1/province/kpis with
// the province token the user types in (kept in sessionStorage only).
class DashboardFiles
{
public:
    DashboardFiles();
    // True for /dashboard and everything under it.
    static bool handles(const QString& path);
    HttpReply serve(const HttpRequest& request) const;
};

} // namespace hocvuso::sync
