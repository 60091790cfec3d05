#pragma once

#include "ui/models/RowListModel.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QTableView;

namespace hocvuso {

// A search box with its matches below, for picking one resident or
// household with the keyboard: type (diacritics optional), Up/Down to move,
// Enter picks the highlighted match (the top one by default). The matches
// update on every keystroke. What is searched comes from the page.
class SearchPicker final : public QWidget
{
    Q_OBJECT
public:
    using Search = std::function<QVector<RowListModel::Row>(const QString& text)>;

    SearchPicker(const QStringList& headers, Search search, QWidget* parent = nullptr);

    QLineEdit* input() const { return m_input; }
    QTableView* results() const { return m_view; }
    RowListModel* model() const { return m_model; }
    void setPlaceholderText(const QString& text);
    void clear();
    // The highlighted match, else the top one; empty when nothing matches.
    QString currentId() const;
    QString currentLabel() const;
    // Emits picked for the current match; false when there is none.
    bool pickCurrent();
    // Searches again with the same text (after the data changed).
    void refresh();

signals:
    void picked(const QString& id, const QString& label);

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    int currentRow() const;

    Search m_search;
    QLineEdit* m_input = nullptr;
    QTableView* m_view = nullptr;
    RowListModel* m_model = nullptr;
};

} // namespace hocvuso
