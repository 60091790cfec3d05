// "lupdate finds no unfinished string in the Vietnamese translation": runs
// the real lupdate over ui/, app/desktop and core/ into a temporary copy of
// hocvuso_vi.ts and lists every source string left unfinished or empty.
#include "TempStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace hocvuso::test;

namespace {
QString findLupdate()
{
    const QStringList candidates = {qEnvironmentVariable("HOCVUSO_LUPDATE"),
                                    QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                                    QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                                    QStandardPaths::findExecutable(QStringLiteral("lupdate"))};
    for (const QString& c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isExecutable())
            return c;
    return {};
}

// Source texts (with their context) whose translation is unfinished or empty.
QStringList untranslated(const QString& tsPath)
{
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList out;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                out << QStringLiteral("%1: \"%2\"").arg(context, source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}
} // namespace

TEST_CASE("lupdate finds no unfinished string in the Vietnamese translation", "[widget][translations]")
{
    const QString lupdate = findLupdate();
    INFO("lupdate not found: install qt6-l10n-tools or set HOCVUSO_LUPDATE");
    REQUIRE_FALSE(lupdate.isEmpty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("hocvuso_vi.ts"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("resources/translations/hocvuso_vi.ts")), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    const ProcessResult run = runProgram(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                                   QStringLiteral("-locations"), QStringLiteral("none"),
                                                   // Headers resolve from the root, as in the code: contexts get their namespace.
                                                   QStringLiteral("-I"), sourcePath(QStringLiteral(".")),
                                                   sourcePath(QStringLiteral("ui")),
                                                   sourcePath(QStringLiteral("app/desktop")),
                                                   // Core's messages (import reasons, validation) reach the user too.
                                                   sourcePath(QStringLiteral("core")), QStringLiteral("-ts"), ts});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QStringList missing = untranslated(ts);
    INFO("Untranslated (add them to resources/translations/tools/vi_ui.py, run lupdate and fill_ts.py):\n" +
         missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("the translation check sees a string that has no Vietnamese yet", "[widget][translations]")
{
    // The same check over a source file with a new string must fail: the test above can fail.
    const QString lupdate = findLupdate();
    REQUIRE_FALSE(lupdate.isEmpty());
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("hocvuso_vi.ts"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("resources/translations/hocvuso_vi.ts")), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QFile source(dir.filePath(QStringLiteral("NewPage.cpp")));
    REQUIRE(source.open(QIODevice::WriteOnly));
    source.write("#include <QCoreApplication>\n"
                 "QString f() { return QCoreApplication::translate(\"hocvuso::NewPage\", \"A brand-new label\"); }\n");
    source.close();
    const ProcessResult run =
        runProgram(lupdate, {QStringLiteral("-silent"), dir.path(), QStringLiteral("-ts"), ts});
    REQUIRE(run.exitCode == 0);
    const QStringList missing = untranslated(ts);
    CHECK(missing.contains(QStringLiteral("hocvuso::NewPage: \"A brand-new label\"")));
}
