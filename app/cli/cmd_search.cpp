// search: find residents by name (without diacritics), CCCD, phone or household code.
#include "CliCommand.h"

#include "core/search/ResidentSearch.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocvuso::cli {
namespace {

QJsonObject hitJson(const ResidentHit& h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("full_name"), h.fullName},
            {QStringLiteral("birth_date"), h.birthDate},
            {QStringLiteral("birth_year"), h.birthYear},
            {QStringLiteral("sex"), h.sex},
            {QStringLiteral("cccd"), h.cccd},
            {QStringLiteral("phone"), h.phone},
            {QStringLiteral("hamlet_id"), h.hamletId},
            {QStringLiteral("hamlet"), h.hamletName},
            {QStringLiteral("household_id"), h.householdId},
            {QStringLiteral("household_code"), h.householdCode},
            {QStringLiteral("match"), matchKindName(h.match)}};
}

CliResult runSearch(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {}, {QStringLiteral("limit"), QStringLiteral("hamlet")});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    const QString query = opts.positional().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return CliResult::fail(ExitUsage, QCoreApplication::translate("cli", "search needs a text to look for"));
    bool limitOk = true;
    const int limit = opts.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return CliResult::fail(ExitUsage,
                               QCoreApplication::translate("cli", "--limit must be a positive number, not \"%1\"")
                                   .arg(opts.value(QStringLiteral("limit"))));
    QString error;
    auto store = ctx.openStore(&error);
    if (!store)
        return CliResult::fail(ExitStore, error);

    ResidentSearch search(*store);
    ResidentFilter filter;
    filter.hamletId = opts.value(QStringLiteral("hamlet"));
    const QVector<ResidentHit> hits = search.search(query, limit, filter);
    if (!search.lastError().isEmpty())
        return CliResult::fail(ExitStore, search.lastError());

    QJsonArray list;
    QString text;
    for (const ResidentHit& h : hits) {
        list.append(hitJson(h));
        // The text form is read over a shoulder: the CCCD is masked there.
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(h.fullName, -28)
                    .arg(h.birthYear > 0 ? QString::number(h.birthYear) : QStringLiteral("----"))
                    .arg(h.hamletName, -18)
                    .arg(ResidentSearch::maskCccd(h.cccd), -12)
                    .arg(matchKindName(h.match));
    }
    text += QCoreApplication::translate("cli", "%n resident(s) found", nullptr, int(hits.size()));
    return CliResult::ok({{QStringLiteral("query"), query},
                          {QStringLiteral("count"), int(hits.size())},
                          {QStringLiteral("hits"), list}},
                         text);
}

const CliRegistration registration({QStringLiteral("search"),
                                    QStringLiteral("Find residents by name, CCCD, phone or household code."),
                                    QStringLiteral("search TEXT [--limit N] [--hamlet ID]"), true, runSearch});

} // namespace
} // namespace hocvuso::cli
