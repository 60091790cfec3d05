#include "ui/AppSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace hocvuso {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kState = QStringLiteral("ui/state");
const QString kStorePath = QStringLiteral("data/store");
const QString kDefaultLanguage = QStringLiteral("vi");
} // namespace

QString AppSettings::language()
{
    const QString code = QSettings().value(kLanguage, kDefaultLanguage).toString();
    return code == QLatin1String("en") ? code : kDefaultLanguage;
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code == QLatin1String("en") ? code : kDefaultLanguage);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QString AppSettings::defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("hocvuso.sqlite"));
}

QString AppSettings::chosenStorePath()
{
    return QSettings().value(kStorePath).toString();
}

void AppSettings::setChosenStorePath(const QString& path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(kStorePath);
    else
        settings.setValue(kStorePath, path);
}

} // namespace hocvuso
