// demo: fill the store with a realistic synthetic commune.
#include "CliCommand.h"

#include "core/demo/DemoCommune.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <limits>

namespace hocvuso::cli {
namespace {

bool positiveNumber(const QString& text, qint64 max, qint64* out)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0 || n > max)
        return false;
    *out = n;
    return true;
}

CliResult runDemo(CliContext& ctx)
{
    CommandOptions opts(ctx.args, {},
                        {QStringLiteral("residents"), QStringLiteral("seed"), QStringLiteral("commune-code"),
                         QStringLiteral("commune-name"), QStringLiteral("date")});
    if (!opts.ok())
        return CliResult::fail(ExitUsage, opts.error());
    if (!opts.positional().isEmpty())
        return CliResult::fail(ExitUsage, QCoreApplication::translate("cli", "demo takes no argument \"%1\"")
                                              .arg(opts.positional().first()));
    qint64 residents = 0, seed = 1;
    if (!positiveNumber(opts.value(QStringLiteral("residents")), 1000000, &residents))
        return CliResult::fail(ExitUsage,
                               QCoreApplication::translate("cli", "demo needs --residents N (1 to 1000000), not \"%1\"")
                                   .arg(opts.value(QStringLiteral("residents"))));
    if (opts.has(QStringLiteral("seed")) &&
        !positiveNumber(opts.value(QStringLiteral("seed")), std::numeric_limits<qint64>::max(), &seed))
        return CliResult::fail(ExitUsage, QCoreApplication::translate("cli", "--seed must be a positive number"));
    DemoCommune::Options options;
    options.residents = int(residents);
    options.seed = quint64(seed);
    if (opts.has(QStringLiteral("date"))) {
        options.today = QDate::fromString(opts.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.today.isValid())
            return CliResult::fail(ExitUsage, QCoreApplication::translate("cli", "--date must be YYYY-MM-DD"));
    }

    QString error;
    auto store = ctx.openStore(&error, true);
    if (!store)
        return CliResult::fail(ExitStore, error);
    if (!store->hasCommune()) {
        const QString code = opts.value(QStringLiteral("commune-code"), QStringLiteral("DEMO"));
        const QString name = opts.value(QStringLiteral("commune-name"), QStringLiteral("Xã Bình Dân (demo)"));
        StoreError storeError;
        if (!store->createCommune(code, name, &storeError))
            return CliResult::fail(ExitInput, storeError.text());
    } else if (opts.has(QStringLiteral("commune-code"))) {
        return CliResult::fail(ExitRefused, QCoreApplication::translate("cli", "%1 already records a commune; "
                                                                               "leave out --commune-code")
                                                .arg(ctx.dbPath));
    }

    QElapsedTimer timer;
    timer.start();
    StoreError storeError;
    const auto counts = DemoCommune(*store).generate(options, &storeError);
    if (!counts)
        return CliResult::fail(ExitStore, storeError.text());
    QJsonObject json;
    QString text;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        json.insert(it.key(), it.value());
        text += QStringLiteral("%1 %2\n").arg(it.key(), -14).arg(it.value());
    }
    const qint64 ms = timer.elapsed();
    text += QCoreApplication::translate("cli", "demo commune written in %1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return CliResult::ok({{QStringLiteral("counts"), json},
                          {QStringLiteral("seed"), seed},
                          {QStringLiteral("commune_id"), store->communeId()},
                          {QStringLiteral("elapsed_ms"), ms}},
                         text);
}

const CliRegistration registration({QStringLiteral("demo"),
                                    QStringLiteral("Fill the store with a realistic synthetic commune."),
                                    QStringLiteral("demo --residents N [--seed S] [--date YYYY-MM-DD] "
                                                   "[--commune-code C --commune-name N]"),
                                    true, runDemo});

} // namespace
} // namespace hocvuso::cli
