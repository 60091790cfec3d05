#include "ui/pages/ClassesPage.h"

#include "core/query/ClassQuery.h"
#include "core/store/Store.h"
#include "ui/dialogs/ClassDialog.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/RowListModel.h"
#include "ui/widgets/AttendanceSheet.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

ClassesPage::ClassesPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_classes = new RowListModel({tr("Date"), tr("Title"), tr("Place"), tr("Format"), tr("Attended")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("classesView"));
    m_view->setModel(m_classes);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Date, format and attendance count take what they need; the title and
    // place share the rest (elided at worst), so nothing needs a scroll bar.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* add = new QPushButton(tr("Plan a class"), this);
    add->setObjectName(QStringLiteral("newClassButton"));
    auto* edit = new QPushButton(tr("Edit class"), this);
    auto* remove = new QPushButton(tr("Delete class"), this);
    remove->setObjectName(QStringLiteral("deleteClassButton"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(tr("Select a class to take attendance."), right);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_sheet = new AttendanceSheet(store, right);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_sheet, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The list is what a person scans: it gets the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &ClassesPage::createNew);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            editClass(m_classes->idAt(current.row()));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            deleteClass(m_classes->idAt(current.row()));
    });
    // Delete on the list works like the button (the attendance list has its own Delete: Remove).
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, remove, &QPushButton::click);
    // Double click or Enter (keyboard first).
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { editClass(m_classes->idAt(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString id = m_classes->idAt(current.row());
        const auto row = id.isEmpty() ? std::nullopt : this->store().get(QStringLiteral("classes"), id);
        m_heading->setText(row ? tr("Attendance: %1").arg(row->value(QStringLiteral("title")).toString())
                               : tr("Select a class to take attendance."));
        m_sheet->setClass(row ? id : QString());
        if (row)
            m_sheet->input()->setFocus();
    });
    connect(m_sheet, &AttendanceSheet::undoOffered, this, &Page::undoOffered);
    connect(m_sheet, &AttendanceSheet::written, this, [this] {
        emit storeWritten();
        // The attended count in the list follows the sheet.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            const QString id = m_classes->idAt(current.row());
            reloadClasses();
            selectClass(id);
        }
    });
    reloadClasses();
}

QString ClassesPage::title() const
{
    return tr("Classes");
}

QIcon ClassesPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_FileDialogListView);
}

void ClassesPage::activated()
{
    const QModelIndex current = m_view->currentIndex();
    const QString keep = current.isValid() ? m_classes->idAt(current.row()) : QString();
    reloadClasses();
    if (!keep.isEmpty())
        selectClass(keep);
}

void ClassesPage::focusSearch()
{
    m_sheet->input()->setFocus();
}

void ClassesPage::reloadClasses()
{
    QVector<RowListModel::Row> rows;
    for (const ClassListRow& c : ClassQuery(store()).classes()) {
        const QDateTime starts = QDateTime::fromString(c.startsAt, Qt::ISODate);
        rows.push_back({c.id,
                        {starts.isValid() ? starts.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString(), c.title,
                         c.place, ClassDialog::formatLabel(c.format), QString::number(c.attended)}});
    }
    // Reset clears the selection; the sheet follows.
    m_classes->setRows(rows);
}

void ClassesPage::selectClass(const QString& classId)
{
    for (int i = 0; i < m_classes->rowCount(); ++i) {
        if (m_classes->idAt(i) == classId) {
            m_view->selectRow(i);
            m_view->setCurrentIndex(m_classes->index(i, 0));
            return;
        }
    }
}

void ClassesPage::createNew()
{
    ClassDialog dialog(store(), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit storeWritten();
    reloadClasses();
    selectClass(dialog.savedId());
}

bool ClassesPage::deleteClass(const QString& classId, bool ask)
{
    const auto row = classId.isEmpty() ? std::nullopt : store().get(QStringLiteral("classes"), classId);
    if (!row)
        return false;
    const QString title = row->value(QStringLiteral("title")).toString();
    // Its attendance stays with it: an undo (or File > Deleted records) brings the class back whole.
    if (ask && !confirmDelete(this, tr("Delete class"),
                              tr("Delete the class %1 and its attendance list? You can undo this from the status bar.")
                                  .arg(title)))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("classes"), classId, &error)) {
        emit statusMessage(tr("Not deleted: %1").arg(error.displayText()));
        return false;
    }
    emit storeWritten();
    reloadClasses();
    emit undoOffered(tr("Deleted %1.").arg(title), [this, classId] {
        StoreError restoreError;
        const bool ok = store().restore(QStringLiteral("classes"), classId, &restoreError);
        emit storeWritten();
        reloadClasses();
        selectClass(classId);
        return ok;
    });
    return true;
}

void ClassesPage::editClass(const QString& classId)
{
    if (classId.isEmpty())
        return;
    ClassDialog dialog(store(), classId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit storeWritten();
    reloadClasses();
    selectClass(classId);
}

} // namespace hocvuso
