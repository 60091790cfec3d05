#include "core/domain/ClassFormat.h"

#include "core/text/VietnameseText.h"

#include <QCoreApplication>

namespace hocvuso::class_format {

namespace {
struct Format
{
    const char* key;
    const char* label;        // English source of the translated label
    const char16_t* vietnamese; // exports and the demo's vocabulary
    // Other ways people write it (folded: lower case, no diacritics).
    QStringList aliases;
};

const QVector<Format>& formats()
{
    static const QVector<Format> all = {
        {"in_class", QT_TRANSLATE_NOOP("hocvuso::ClassFormat", "In class"), u"Trực tiếp",
         {QStringLiteral("in person"), QStringLiteral("face to face"), QStringLiteral("tai lop"),
          QStringLiteral("tap trung"), QStringLiteral("cam tay chi viec")}},
        {"online", QT_TRANSLATE_NOOP("hocvuso::ClassFormat", "Online"), u"Trực tuyến",
         {QStringLiteral("truc tuyen"), QStringLiteral("online"), QStringLiteral("tu xa")}},
        {"blended", QT_TRANSLATE_NOOP("hocvuso::ClassFormat", "Blended"), u"Kết hợp",
         {QStringLiteral("ket hop"), QStringLiteral("hybrid"), QStringLiteral("blended learning")}},
        {"mobile", QT_TRANSLATE_NOOP("hocvuso::ClassFormat", "Mobile (lưu động)"), u"Lưu động",
         {QStringLiteral("luu dong"), QStringLiteral("mobile"), QStringLiteral("mobile (luu dong)")}},
    };
    return all;
}
} // namespace

QStringList keys()
{
    QStringList out;
    for (const Format& f : formats())
        out << QString::fromLatin1(f.key);
    return out;
}

QString label(const QString& key)
{
    for (const Format& f : formats())
        if (key == QLatin1String(f.key))
            return QCoreApplication::translate("hocvuso::ClassFormat", f.label);
    return key;
}

QString vietnameseLabel(const QString& key)
{
    for (const Format& f : formats())
        if (key == QLatin1String(f.key))
            return QString::fromUtf16(f.vietnamese);
    return key;
}

std::optional<QString> keyOf(const QString& text)
{
    const QString folded = text::fold(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const Format& f : formats()) {
        const QString key = QString::fromLatin1(f.key);
        if (folded == key || folded == text::fold(QString::fromUtf8(f.label)) ||
            folded == text::fold(QString::fromUtf16(f.vietnamese)) || f.aliases.contains(folded))
            return key;
    }
    return std::nullopt;
}

} // namespace hocvuso::class_format
