#include "ui/widgets/ListCombo.h"

#include "core/io/ListColumns.h"

#include <QCoreApplication>

namespace hocvuso {

namespace {
// The English titles of ListColumns, listed here so that lupdate collects them.
[[maybe_unused]] const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Hamlets"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Households"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Residents"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Classes"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Attendance"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Digital ambassadors"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Mentor pairs"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Community digital teams"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Team members"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Door-to-door visits"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Population baselines"),
    QT_TRANSLATE_NOOP("hocvuso::ListCombo", "Markets"),
};
} // namespace

ListCombo::ListCombo(QWidget* parent) : QComboBox(parent)
{
    for (const ListSpec& spec : ListColumns::all())
        addItem(listTitle(spec.title), spec.name);
    setCurrentList(QStringLiteral("residents"));
}

QString ListCombo::currentList() const
{
    return currentData().toString();
}

bool ListCombo::setCurrentList(const QString& name)
{
    const int index = findData(name);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

QString ListCombo::listTitle(const QString& englishTitle)
{
    return QCoreApplication::translate("hocvuso::ListCombo", englishTitle.toUtf8().constData());
}

} // namespace hocvuso
