#include "ui/pages/ResidentsPage.h"

#include "core/domain/TargetGroup.h"
#include "core/store/Store.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "core/query/Lookups.h"
#include "ui/models/ResidentTableModel.h"

#include "ui/widgets/HamletCombo.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hocvuso {

ResidentsPage::ResidentsPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_model = new ResidentTableModel(store, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("Search name, CCCD or phone (diacritics optional)"));
    m_search->setClearButtonEnabled(true);
    m_hamlet = new HamletCombo(this);
    m_hamlet->setObjectName(QStringLiteral("hamletFilter"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->addItem(tr("All groups"), QString());
    for (const QString& key : ResidentListFilter::groupKeys())
        m_group->addItem(target_group::label(key), key);
    m_digital = new QComboBox(this);
    m_digital->setObjectName(QStringLiteral("digitalFilter"));
    m_digital->addItem(tr("Any digital status"), QString());
    const QStringList digitalNames = {tr("Has a smartphone"), tr("No smartphone"), tr("VNeID level 2"),
                                      tr("No VNeID level 2"),  tr("Digital bank"),   tr("No digital bank")};
    const QStringList digitalKeys = ResidentListFilter::digitalKeys();
    for (int i = 0; i < digitalKeys.size(); ++i)
        m_digital->addItem(digitalNames.value(i), digitalKeys[i]);
    m_trained = new QComboBox(this);
    m_trained->setObjectName(QStringLiteral("trainedFilter"));
    m_trained->addItem(tr("Trained or not"), -1);
    m_trained->addItem(tr("Trained"), 1);
    m_trained->addItem(tr("Not trained yet"), 0);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("residentCount"));

    auto* add = new QPushButton(tr("New resident"), this);
    auto* edit = new QPushButton(tr("Edit"), this);
    auto* remove = new QPushButton(tr("Delete"), this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("residentsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Fixed row heights: the view never measures 300,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ResidentTableModel::Name, 220);
    m_view->setColumnWidth(ResidentTableModel::Digital, 200);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_hamlet, 1);
    filters->addWidget(m_group, 1);
    filters->addWidget(m_digital, 1);
    filters->addWidget(m_trained, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch();
    actions->addWidget(add);
    actions->addWidget(edit);
    actions->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addLayout(actions);

    // Search as the user types, once a short pause shows the word is done.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &ResidentsPage::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* box : {static_cast<QComboBox*>(m_hamlet), m_group, m_digital, m_trained})
        connect(box, &QComboBox::activated, this, &ResidentsPage::applyFilterNow);
    connect(m_model, &ResidentTableModel::totalChanged, this,
            [this](qint64 total) { m_count->setText(tr("%Ln resident(s)", nullptr, int(total))); });
    connect(add, &QPushButton::clicked, this, &ResidentsPage::createNew);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            editResident(selectedId());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            deleteResident(selectedId());
    });
    // Double click or Enter (keyboard first).
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { editResident(m_model->idAt(index.row())); });

    m_hamlet->reload(store);
    m_count->setText(tr("%Ln resident(s)", nullptr, int(m_model->totalCount())));
}

QString ResidentsPage::title() const
{
    return tr("Residents");
}

QIcon ResidentsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void ResidentsPage::activated()
{
    m_hamlet->reload(store());
    m_model->reload();
}

void ResidentsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ResidentsPage::applyFilterNow()
{
    m_debounce->stop();
    ResidentListFilter filter;
    filter.search = m_search->text();
    filter.hamletId = m_hamlet->currentData().toString();
    filter.group = m_group->currentData().toString();
    filter.digital = m_digital->currentData().toString();
    filter.trained = m_trained->currentData().toInt();
    m_model->setFilter(filter);
}

QString ResidentsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void ResidentsPage::createNew()
{
    ResidentDialog dialog(store(), {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        emit storeWritten();
        emit statusMessage(tr("Resident added."));
    }
}

void ResidentsPage::editResident(const QString& id)
{
    if (id.isEmpty())
        return;
    ResidentDialog dialog(store(), id, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        emit storeWritten();
        emit statusMessage(tr("Resident saved."));
    }
}

bool ResidentsPage::deleteResident(const QString& id, bool ask)
{
    const auto row = store().get(QStringLiteral("residents"), id);
    if (!row)
        return false;
    const QString name = row->value(QStringLiteral("full_name")).toString();
    if (ask && !confirmDelete(this, tr("Delete resident"), tr("Delete %1? You can undo this from the status bar.").arg(name)))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("residents"), id, &error)) {
        QMessageBox::warning(this, tr("Delete resident"), tr("Not deleted: %1").arg(error.displayText()));
        return false;
    }
    m_model->reload();
    emit storeWritten();
    emit undoOffered(tr("Deleted %1.").arg(name), [this, id] {
        StoreError restoreError;
        const bool ok = store().restore(QStringLiteral("residents"), id, &restoreError);
        m_model->reload();
        emit storeWritten();
        return ok;
    });
    return true;
}

} // namespace hocvuso
