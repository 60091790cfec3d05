#include "ui/dialogs/DeletedRecordsDialog.h"

#include "core/query/DeletedRecords.h"
#include "core/store/Store.h"
#include "core/domain/EntityNames.h"
#include "ui/models/RowListModel.h"
#include "ui/widgets/BuddyLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hocvuso {

DeletedRecordsDialog::DeletedRecordsDialog(Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("deletedRecordsDialog"));
    setWindowTitle(tr("Deleted records"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("deletedKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& table : DeletedRecords::tables())
        m_kind->addItem(entityTitle(table), table);
    auto* kindLabel = buddyLabel(tr("&Kind:"), m_kind, this);

    m_model = new RowListModel({tr("Kind"), tr("Record"), tr("Deleted on")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deletedRecordsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    auto* intro = new QLabel(tr("Deleting keeps a record aside, here, so that a mistake can be undone. "
                                "A restored record comes back everywhere at the next sync."),
                             this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deletedRecordsMessage"));
    m_message->setWordWrap(true);
    m_restoreButton = new QPushButton(tr("&Restore"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &DeletedRecordsDialog::restoreSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeletedRecordsDialog::reload);

    auto* filter = new QHBoxLayout;
    filter->addWidget(kindLabel);
    filter->addWidget(m_kind);
    filter->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);
    reload();
}

void DeletedRecordsDialog::reload()
{
    QVector<RowListModel::Row> rows;
    const QLocale locale;
    for (const DeletedRecord& r : DeletedRecords(m_store).list(m_kind->currentData().toString())) {
        // The id carries the table too: a restore needs both.
        rows.append({r.table + QLatin1Char('/') + r.id,
                     {entityTitle(r.table), r.label, locale.toString(r.deletedAt, QLocale::ShortFormat)}});
    }
    m_model->setRows(rows);
    m_restoreButton->setEnabled(!rows.isEmpty());
    m_message->setText(rows.isEmpty() ? tr("Nothing has been deleted.") : QString());
}

int DeletedRecordsDialog::restoreSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_message->setText(tr("Select the records to restore first."));
        return 0;
    }
    // Parents before children: a household restored in the same go lets its visits come back too.
    QStringList keys;
    for (const QModelIndex& index : selected)
        keys << m_model->idAt(index.row());
    const QStringList order = DeletedRecords::tables();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString& a, const QString& b) {
        return order.indexOf(a.section(QLatin1Char('/'), 0, 0)) < order.indexOf(b.section(QLatin1Char('/'), 0, 0));
    });
    DeletedRecords records(m_store);
    int restored = 0;
    QStringList errors;
    for (const QString& key : keys) {
        StoreError error;
        if (records.restore(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), &error))
            ++restored;
        else
            errors << error.message;
    }
    reload();
    if (restored > 0)
        emit storeWritten();
    m_message->setText(errors.isEmpty() ? tr("%Ln record(s) restored.", nullptr, restored)
                                        : tr("%Ln record(s) restored. Not restored: %1", nullptr, restored)
                                              .arg(errors.join(QStringLiteral("; "))));
    return restored;
}

} // namespace hocvuso
