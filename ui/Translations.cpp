#include "ui/Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hocvuso {

namespace {
// Some core files translate through a file-wide helper whose context is not
// the class lupdate files the string under (ListImporter.cpp's helper says
// "ListImporter"; lupdate sees hocvuso::ImportRun, ImportIssue, ...). A miss
// in the helper's context is looked up again in the contexts lupdate used.
class CoreContextTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        const QString found = QTranslator::translate(context, source, disambiguation, n);
        if (!found.isEmpty() || !context)
            return found;
        static const QHash<QByteArray, QList<QByteArray>> aliases = {
            {"ListImporter",
             {"hocvuso::ImportRun", "hocvuso::ImportIssue", "hocvuso::ImportReport", "hocvuso::ListImporter"}},
            {"ListExporter", {"hocvuso::ListExporter"}},
            {"ResidentValidator", {"hocvuso::ResidentValidator"}},
            {"hocvuso::kpi::PlanCatalog", {"hocvuso::kpi"}},
        };
        for (const QByteArray& alias : aliases.value(QByteArray(context))) {
            const QString again = QTranslator::translate(alias.constData(), source, disambiguation, n);
            if (!again.isEmpty())
                return again;
        }
        return {};
    }
};
} // namespace

bool installTranslations(const QString& language)
{
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("vi_VN")));
    app = new CoreContextTranslator;
    const bool loaded = app->load(QStringLiteral(":/i18n/hocvuso_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(app);
    // English is Qt's source language: no translator. Otherwise Qt's own
    // qtbase_<lang>.qm when the system has it, else the one embedded here
    // (Debian ships no Vietnamese one).
    if (language != QLatin1String("en")) {
        qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language)))
            QCoreApplication::installTranslator(qt);
    }
    return loaded;
}

} // namespace hocvuso
