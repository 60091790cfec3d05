#pragma once

#include <QStringList>
#include <QTextStream>

namespace hocvuso::sync {

// The command line of hocvuso-server, apart from main() so tests can drive it:
//   serve --db DB --listen HOST:PORT [--cert PEM --key PEM] [--max-body BYTES] [--max-skew 5m] [--workers N]
//     (--workers: request threads, default one per core; 1 serves on the main thread)
//   --db DB admin province create --code C --name N
//   --db DB admin commune add --code C --name N
//   --db DB admin enroll-code COMMUNE [--expires 7d]
//   --db DB admin devices [--commune C] [--revoke DEVICE]
//   --db DB admin status
//   --db DB admin conflicts [--commune C] [--all] [--resolve CONFLICT_ID] [--json]
//   --db DB admin quarantine [--commune C] [--json]
//   --db DB admin province-token [--label L]
//   --db DB admin reference put ENTITY ROW_ID JSON
//   --db DB admin plans list [--json] | show CODE [--json] | copy FROM TO [--name NAME]
//                 | set-target CODE INDICATOR YEAR PERCENT | set-mentor-min CODE N
//                 | include CODE INDICATOR... [--year Y] [--target PERCENT] | exclude CODE INDICATOR...
//                 | assign --commune COMMUNE PLAN
//   --db DB admin report --period P --format pdf|xlsx|csv --out FILE [--commune C] [--plan CODE] [--as-of DATE] [--lang vi|en]
// DB is a SQLite file or postgresql://user:password@host:port/database.
// Returns the exit code; `serve` returns -1 when the caller must run the event loop.
int runServerCommand(const QStringList& args, QTextStream& out, QTextStream& err);

// A PDF report draws (fonts, QPainter): main() then needs a QGuiApplication
// (offscreen) instead of a QCoreApplication.
bool serverCommandNeedsGui(const QStringList& args);

// "7d", "12h", "30m", "90s" → milliseconds; -1 when not a duration.
qint64 parseDuration(const QString& text);

} // namespace hocvuso::sync
