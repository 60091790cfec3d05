#include "ui/pages/HouseholdsPage.h"

#include "core/query/HouseholdListQuery.h"
#include "core/query/DeletedRecords.h"
#include "core/query/Lookups.h"
#include "core/store/Store.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/HouseholdTableModel.h"
#include "ui/models/RowListModel.h"

#include "ui/dialogs/HouseholdDialog.h"
#include "ui/widgets/HamletCombo.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hocvuso {

HouseholdsPage::HouseholdsPage(Store& store, QWidget* parent) : Page(store, parent)
{
    m_model = new HouseholdTableModel(store, this);
    m_members = new RowListModel({tr("Full name"), tr("Born"), tr("Head"), tr("Trained")}, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("Search household code or a member's name"));
    m_search->setClearButtonEnabled(true);
    m_hamlet = new HamletCombo(this);
    m_hamlet->setObjectName(QStringLiteral("hamletFilter"));
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("householdsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    m_heading = new QLabel(tr("Select a household to see its members."), detail);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_digital = new QLabel(detail);
    m_digital->setObjectName(QStringLiteral("digitalFamilyLabel"));
    m_digital->setWordWrap(true);
    m_memberView = new QTableView(detail);
    m_memberView->setObjectName(QStringLiteral("membersView"));
    m_memberView->setModel(m_members);
    m_memberView->verticalHeader()->hide();
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setColumnWidth(0, 200);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_digital);
    detailLayout->addWidget(m_memberView);
    m_deleteButton = new QPushButton(tr("Delete household"), detail);
    m_deleteButton->setObjectName(QStringLiteral("deleteHouseholdButton"));
    m_deleteButton->setEnabled(false);
    auto* detailButtons = new QHBoxLayout;
    detailButtons->addStretch();
    detailButtons->addWidget(m_deleteButton);
    detailLayout->addLayout(detailButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* add = new QPushButton(tr("New household..."), this);
    add->setObjectName(QStringLiteral("newHouseholdButton"));
    add->setToolTip(tr("Register a household (Ctrl+N)"));
    auto* editButton = new QPushButton(tr("Edit..."), this);
    editButton->setObjectName(QStringLiteral("editHouseholdButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_hamlet, 1);
    top->addWidget(m_count);
    top->addWidget(add);
    top->addWidget(editButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &HouseholdsPage::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_hamlet, &QComboBox::activated, this, &HouseholdsPage::applyFilterNow);
    connect(add, &QPushButton::clicked, this, &HouseholdsPage::createNew);
    connect(editButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            editHousehold(m_model->idAt(current.row()));
    });
    // Double click or Enter (keyboard first).
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { editHousehold(m_model->idAt(index.row())); });
    connect(m_model, &HouseholdTableModel::totalChanged, this,
            [this](qint64 total) { m_count->setText(tr("%Ln household(s)", nullptr, int(total))); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showHousehold(m_model->idAt(current.row())); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            deleteHousehold(m_model->idAt(current.row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The view's selection model survives resets; reconnecting is not needed.
        showHousehold({});
    });

    m_hamlet->reload(store);
    m_count->setText(tr("%Ln household(s)", nullptr, int(m_model->totalCount())));
}

QString HouseholdsPage::title() const
{
    return tr("Households");
}

QIcon HouseholdsPage::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
}

void HouseholdsPage::activated()
{
    m_hamlet->reload(store());
    m_model->reload();
}

void HouseholdsPage::createNew()
{
    editHousehold({});
}

bool HouseholdsPage::editHousehold(const QString& id)
{
    HouseholdDialog dialog(store(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit storeWritten();
    m_model->reload();
    showHousehold(dialog.savedId());
    emit statusMessage(id.isEmpty() ? tr("Household registered.") : tr("Household saved."));
    return true;
}

void HouseholdsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void HouseholdsPage::applyFilterNow()
{
    m_debounce->stop();
    m_model->setFilter(m_hamlet->currentData().toString(), m_search->text());
}

void HouseholdsPage::showHousehold(const QString& id)
{
    const auto household = id.isEmpty() ? std::nullopt : store().get(QStringLiteral("households"), id);
    m_deleteButton->setEnabled(household.has_value());
    if (!household) {
        m_heading->setText(tr("Select a household to see its members."));
        m_digital->clear();
        m_members->setRows({});
        return;
    }
    m_heading->setText(tr("Household %1 — %2")
                           .arg(household->value(QStringLiteral("code")).toString(),
                                household->value(QStringLiteral("head_name")).toString()));
    QVector<RowListModel::Row> rows;
    int trained = 0;
    for (const HouseholdMemberRow& m : HouseholdListQuery(store()).members(id)) {
        trained += m.trained ? 1 : 0;
        rows.push_back({m.residentId,
                        {m.fullName, m.birthYear > 0 ? QString::number(m.birthYear) : QString(),
                         m.isHead ? tr("Yes") : QString(), m.trained ? tr("Yes") : tr("No")}});
    }
    m_members->setRows(rows);
    m_digital->setText(trained > 0 ? tr("Digital family (Gia đình số): yes — %n trained member(s).", nullptr, trained)
                                   : tr("Digital family (Gia đình số): not yet — no member has been trained."));
}

bool HouseholdsPage::deleteHousehold(const QString& id, bool ask)
{
    const auto household = store().get(QStringLiteral("households"), id);
    if (!household)
        return false;
    const QString code = household->value(QStringLiteral("code")).toString();
    const QStringList using_ = DeletedRecords(store()).stillUsing(QStringLiteral("households"), id);
    if (!using_.isEmpty()) {
        emit statusMessage(tr("Household %1 is not deleted: it still has %2. Move or delete them first.")
                               .arg(code, using_.join(QStringLiteral(", "))));
        return false;
    }
    if (ask && !confirmDelete(this, tr("Delete household"),
                              tr("Delete %1? You can undo this from the status bar.").arg(tr("household %1").arg(code))))
        return false;
    StoreError error;
    if (!store().remove(QStringLiteral("households"), id, &error)) {
        emit statusMessage(tr("Not deleted: %1").arg(error.displayText()));
        return false;
    }
    emit storeWritten();
    applyFilterNow();
    emit undoOffered(tr("Deleted %1.").arg(tr("household %1").arg(code)), [this, id] {
        StoreError restoreError;
        const bool ok = store().restore(QStringLiteral("households"), id, &restoreError);
        emit storeWritten();
        applyFilterNow();
        return ok;
    });
    return true;
}

} // namespace hocvuso
