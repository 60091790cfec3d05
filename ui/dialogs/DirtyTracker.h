#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariant>

class QWidget;

namespace hocvuso {

// Knows whether the user changed a form: remembers the value of every input
// under a widget (line and text edits, combo boxes, check boxes, spin and
// date boxes, checkable list items) when the form is loaded, and compares
// the current values with those. Typing a letter and deleting it again is
// no change.
class DirtyTracker final
{
public:
    explicit DirtyTracker(QWidget* form);

    // Inputs that are not part of the record (a search box, a sticky choice).
    void exclude(QWidget* input);
    // Takes the current values as the loaded ones.
    void markClean();
    bool isDirty() const;
    // Object names of the changed inputs (for messages and tests).
    QStringList changedInputs() const;

private:
    QVector<QWidget*> inputs() const;
    static bool isInput(const QWidget* widget);
    static QVariant valueOf(const QWidget* input);

    QPointer<QWidget> m_form;
    QSet<const QWidget*> m_excluded;
    QHash<const QWidget*, QVariant> m_clean;
};

} // namespace hocvuso
