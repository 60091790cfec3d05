#pragma once

#include <QByteArray>
#include <QString>

namespace hocvuso {

// The desktop app's own settings (QSettings), with their defaults in one place.
class AppSettings
{
public:
    // "vi" (default) or "en".
    static QString language();
    static void setLanguage(const QString& code);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);

    // The store file opened by default: hocvuso.sqlite in the app's data folder.
    static QString defaultStorePath();
    // The store file chosen in Settings (moved to another folder); empty when none.
    static QString chosenStorePath();
    static void setChosenStorePath(const QString& path);
};

} // namespace hocvuso
