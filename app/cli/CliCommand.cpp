#include "CliCommand.h"

#include "core/store/Store.h"

#include <QFileInfo>

namespace hocvuso::cli {

std::unique_ptr<Store> CliContext::openStore(QString* error, bool createIfMissing) const
{
    if (dbPath.isEmpty()) {
        if (error)
            *error = QStringLiteral("--db FILE is required");
        return nullptr;
    }
    if (!createIfMissing && !QFileInfo::exists(dbPath)) {
        if (error)
            *error = QStringLiteral("no store at %1 (create one with init or demo)").arg(dbPath);
        return nullptr;
    }
    return Store::open(dbPath, error);
}

QList<CliCommand>& CliRegistry::commands()
{
    static QList<CliCommand> list;
    return list;
}

const CliCommand* CliRegistry::find(const QString& name)
{
    for (const CliCommand& c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

CommandOptions::CommandOptions(const QStringList& args, const QStringList& flags, const QStringList& valued)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags << name;
        } else if (flags.contains(name)) {
            m_error = QStringLiteral("--%1 takes no value").arg(name);
            return;
        } else if (valued.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args[++i]);
            } else {
                m_error = QStringLiteral("--%1 needs a value").arg(name);
                return;
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

} // namespace hocvuso::cli
