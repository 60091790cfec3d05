#include "ui/widgets/SearchPicker.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

SearchPicker::SearchPicker(const QStringList& headers, Search search, QWidget* parent)
    : QWidget(parent), m_search(std::move(search))
{
    m_input = new QLineEdit(this);
    m_input->setClearButtonEnabled(true);
    m_model = new RowListModel(headers, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // The box keeps the focus: Up/Down in the box move through the matches.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(110);
    setFocusProxy(m_input);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_view, 1);

    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &SearchPicker::refresh);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_view->selectRow(index.row());
        pickCurrent();
    });
}

void SearchPicker::setPlaceholderText(const QString& text)
{
    m_input->setPlaceholderText(text);
}

void SearchPicker::clear()
{
    m_input->clear(); // refresh empties the matches
}

void SearchPicker::refresh()
{
    const QString text = m_input->text();
    m_model->setRows(text.trimmed().isEmpty() ? QVector<RowListModel::Row>() : m_search(text));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

int SearchPicker::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.row();
    return m_model->rowCount() > 0 ? 0 : -1;
}

QString SearchPicker::currentId() const
{
    return m_model->idAt(currentRow());
}

QString SearchPicker::currentLabel() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->rowAt(row).cells.value(0);
}

bool SearchPicker::pickCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    emit picked(id, currentLabel());
    return true;
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_view->selectRow(std::clamp(currentRow() + step, 0, rows - 1));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Picking is what Enter means here: it never reaches a form around the box.
            pickCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hocvuso
