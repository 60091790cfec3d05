#include "ui/widgets/FileField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hocvuso {

FileField::FileField(Mode mode, const QString& caption, const QString& filter, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_caption(caption), m_filter(filter)
{
    m_edit = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("browseFile"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    // The label of the field (its buddy) focuses the path, not the button.
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &FileField::browse);
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString& path)
{
    m_edit->setText(path);
    m_edit->setModified(true);
}

bool FileField::chosenByUser() const
{
    return m_edit->isModified();
}

void FileField::setSuggestion(const QString& path)
{
    if (!chosenByUser())
        m_edit->setText(path);
}

void FileField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void FileField::browse()
{
    const QString start = path();
    const QString chosen = m_mode == Mode::Open ? QFileDialog::getOpenFileName(this, m_caption, start, m_filter)
                                                : QFileDialog::getSaveFileName(this, m_caption, start, m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace hocvuso
