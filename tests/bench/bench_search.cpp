// Search latency on an existing store, e.g. one filled by
// `hocvuso-cli --db FILE demo --residents 300000`:
//   bench_search FILE [queries=1000] [seed=7]
// Queries are typed without diacritics: full names, surname + given name,
// given names, pieces of words, CCCD prefixes. Prints p50/p95/p99 (wall and
// thread CPU) per kind, then household codes typed whole, their first
// characters and a piece of their end (a separate mix, not in "all"), then
// the residents list filtered by some of the same texts (count + first page,
// as the page shows it). Figures only: no pass/fail.
#include "core/query/ResidentListQuery.h"
#include "core/search/ResidentSearch.h"
#include "core/search/SearchKeyIndex.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace hocvuso;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // An existing store only: Store::open would create a missing file (e.g. one named "--help").
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_search STORE [queries] [seed] (STORE: an existing store file)\n");
        return 2;
    }
    const int queries = args.size() > 2 ? args[2].toInt() : 1000;
    std::mt19937_64 rng(args.size() > 3 ? args[3].toULongLong() : 7);
    QString error;
    auto store = Store::open(args[1], &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QStringList names, cccds, codes;
    {
        QSqlQuery q(store->db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT full_name, ifnull(cccd, '') FROM residents WHERE deleted = 0"));
        while (q.next()) {
            names << q.value(0).toString();
            cccds << q.value(1).toString();
        }
        q.exec(QStringLiteral("SELECT code FROM households WHERE deleted = 0 AND length(code) >= 3"));
        while (q.next())
            codes << q.value(0).toString();
    }
    if (names.isEmpty()) {
        std::fprintf(stderr, "the store has no residents\n");
        return 1;
    }
    auto pick = [&](qsizetype n) { return int(rng() % quint64(n)); };
    QMap<QString, std::vector<double>> wall, cpu;
    std::vector<double> allWall, allCpu;
    ResidentSearch search(*store);
    QElapsedTimer timer;
    {
        // The first search after launch loads every key into memory
        // (SearchKeyIndex): timed apart (cold), and forced here so that no
        // timed query pays it (a query answered by the prefix lookup alone
        // never touches the keys).
        const auto keys = SearchKeyIndex::of(*store);
        timer.start();
        const double c0 = threadCpuMs();
        if (!keys->refresh(&error)) {
            std::fprintf(stderr, "loading the search keys: %s\n", qPrintable(error));
            return 1;
        }
        const double c = threadCpuMs() - c0;
        std::printf("cold key load: %.1f ms wall, %.1f ms CPU (%d residents, %d load)\n",
                    double(timer.nsecsElapsed()) / 1e6, c, int(keys->residentCount()), keys->fullLoads());
        search.search(QStringLiteral("nguyen van"), 50); // warms SQLite's statements and page cache
    }
    int done = 0, empty = 0;
    QStringList listTexts; // every 10th query, for the residents list below
    while (done < queries) {
        const int i = pick(names.size());
        const QStringList words = text::fold(names[i]).split(QLatin1Char(' '));
        QString query, kind;
        const int k = pick(100);
        if (k < 30) {
            query = words.join(QLatin1Char(' '));
            kind = QStringLiteral("full name");
        } else if (k < 50) {
            query = words.first() + QLatin1Char(' ') + words.last();
            kind = QStringLiteral("surname + given");
        } else if (k < 65) {
            query = words.last();
            kind = QStringLiteral("given name");
        } else if (k < 85) {
            const QString folded = words.join(QLatin1Char(' '));
            const int len = 3 + pick(4);
            query = folded.mid(pick(std::max<qsizetype>(1, folded.size() - len)), len);
            kind = QStringLiteral("partial word");
        } else if (!cccds[i].isEmpty()) {
            query = cccds[i].left(6 + pick(4));
            kind = QStringLiteral("CCCD prefix");
        } else {
            continue;
        }
        timer.start();
        const double c0 = threadCpuMs();
        const auto hits = search.search(query, 50);
        const double c = threadCpuMs() - c0;
        const double w = double(timer.nsecsElapsed()) / 1e6;
        wall[kind].push_back(w);
        cpu[kind].push_back(c);
        allWall.push_back(w);
        allCpu.push_back(c);
        empty += hits.isEmpty();
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE") && c > 10)
            std::printf("  slow: \"%s\" (%s) %.1f ms CPU, %d hits\n", qPrintable(query), qPrintable(kind), c,
                        int(hits.size()));
        if (done % 10 == 0)
            listTexts << query;
        ++done;
    }
    // Household codes, a separate mix: whole (as typed or lower case), the
    // first characters (as while typing), a piece of the end.
    QMap<QString, std::vector<double>> codeWall, codeCpu;
    int codeEmpty = 0;
    for (int n = 0; n < queries / 4 && !codes.isEmpty(); ++n) {
        const QString code = codes[pick(codes.size())];
        QString query, kind;
        const int k = pick(3);
        if (k == 0) {
            query = pick(2) ? code : code.toLower();
            kind = QStringLiteral("code whole");
        } else if (k == 1) {
            query = code.left(2 + pick(int(code.size()) - 2));
            kind = QStringLiteral("code prefix");
        } else {
            query = code.right(std::min<qsizetype>(code.size(), 3 + pick(2)));
            kind = QStringLiteral("code end");
        }
        timer.start();
        const double c0 = threadCpuMs();
        const auto hits = search.search(query, 50);
        codeCpu[kind].push_back(threadCpuMs() - c0);
        codeWall[kind].push_back(double(timer.nsecsElapsed()) / 1e6);
        codeEmpty += hits.isEmpty();
    }

    if (SearchKeyIndex::of(*store)->fullLoads() != 1)
        std::printf("warning: the keys were loaded again during the timed queries\n");

    // The residents list typed into: count + first page of 200 (ResidentListQuery).
    std::vector<double> listWall, listCpu;
    ResidentListQuery list(*store);
    for (const QString& typed : std::as_const(listTexts)) {
        ResidentListFilter filter;
        filter.search = typed;
        timer.start();
        const double c0 = threadCpuMs();
        list.count(filter);
        list.rows(filter, nullptr, 200);
        listCpu.push_back(threadCpuMs() - c0);
        listWall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("%d residents, %d queries (%d found nothing)\n", int(names.size()), done, empty);
    std::printf("%-20s %10s %10s %10s   %10s %10s %10s\n", "kind", "p50 wall", "p95 wall", "p99 wall", "p50 CPU",
                "p95 CPU", "p99 CPU");
    auto row = [](const char* label, const std::vector<double>& w, const std::vector<double>& c) {
        std::printf("%-20s %8.2fms %8.2fms %8.2fms   %8.2fms %8.2fms %8.2fms\n", label, percentile(w, .5),
                    percentile(w, .95), percentile(w, .99), percentile(c, .5), percentile(c, .95), percentile(c, .99));
    };
    row("all", allWall, allCpu);
    for (auto it = wall.cbegin(); it != wall.cend(); ++it)
        row(qPrintable(it.key()), it.value(), cpu[it.key()]);
    std::printf("household codes, %d queries (%d found nothing):\n", int(codes.isEmpty() ? 0 : queries / 4), codeEmpty);
    for (auto it = codeWall.cbegin(); it != codeWall.cend(); ++it)
        row(qPrintable(it.key()), it.value(), codeCpu[it.key()]);
    std::printf("residents list, count + first 200 rows, %d of the texts above:\n", int(listWall.size()));
    row("list filter", listWall, listCpu);
    return 0;
}
