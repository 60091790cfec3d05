#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

#include <functional>

namespace hocvuso {

class Store;

// One page of the main window. A page owns its widgets and talks to the
// store given at construction; the window asks it for its title and icon,
// tells it when it becomes visible and routes the shortcuts to it.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Store& store, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const;

    // Called every time the page is shown: reload what others may have changed.
    virtual void activated() {}
    virtual bool hasUnsavedChanges() const { return false; }
    // Saves pending edits (Ctrl+S, and Save when the window closes); false
    // when something was refused (the page shows why). Pages that write
    // every change at once only say so.
    virtual bool save();
    // Ctrl+F and Ctrl+N; pages without a search or a "new" action ignore them.
    virtual void focusSearch() {}
    virtual void createNew() {}

    Store& store() { return m_store; }

signals:
    // Something was written to the store: the window refreshes its counters.
    void storeWritten();
    // A message for the status bar.
    void statusMessage(const QString& text);
    // A delete the user can take back from the status bar.
    void undoOffered(const QString& text, const std::function<bool()>& undo);

private:
    Store& m_store;
};

} // namespace hocvuso
