#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace hocvuso {

// A file path typed in, or chosen with "Browse..." from the file dialog of
// the field's mode (open an existing file, or save a new one). The dialogs
// that read or write a list share it so they behave the same way.
class FileField final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Open, Save };

    FileField(Mode mode, const QString& caption, const QString& filter, QWidget* parent = nullptr);

    QString path() const; // trimmed
    void setPath(const QString& path);
    // Set when the user typed or chose a path, not when setSuggestion put it there.
    bool chosenByUser() const;
    // A path offered until the user chooses one.
    void setSuggestion(const QString& path);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void pathChanged(const QString& path);

private:
    void browse();

    Mode m_mode;
    QString m_caption;
    QString m_filter;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_browse = nullptr;
};

} // namespace hocvuso
