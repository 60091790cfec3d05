#include "ui/dialogs/SyncProblemsDialog.h"

#include "core/domain/EntityNames.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

SyncProblemsModel::SyncProblemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SyncProblemsModel::load(const QVector<SyncQuarantineItem>& quarantined, const QVector<SyncConflictItem>& conflicts)
{
    beginResetModel();
    m_rows.clear();
    for (const SyncQuarantineItem& q : quarantined)
        m_rows.append({false, q.id, q.entity, q.rowId, q.field, refusalText(q.reason)});
    for (const SyncConflictItem& c : conflicts)
        m_rows.append({true, c.id, c.entity, c.rowId, c.field,
                       tr("kept \"%1\", replaced \"%2\"")
                           .arg(m_values.text(c.entity, c.field, c.keptValue),
                                m_values.text(c.entity, c.field, c.lostValue))});
    endResetModel();
}

QString SyncProblemsModel::refusalText(const QString& reason)
{
    // The fixed reasons of sync/server (ServerStore: checkValue, validate).
    static const QHash<QString, const char*> fixed = {
        {QStringLiteral("must be text"), QT_TR_NOOP("must be text")},
        {QStringLiteral("must be a whole number"), QT_TR_NOOP("must be a whole number")},
        {QStringLiteral("must be a number"), QT_TR_NOOP("must be a number")},
        {QStringLiteral("must be 0 or 1"), QT_TR_NOOP("must be yes or no")},
        {QStringLiteral("must be a date YYYY-MM-DD"), QT_TR_NOOP("must be a valid date")},
        {QStringLiteral("must be an ISO 8601 date and time"), QT_TR_NOOP("must be a valid date and time")},
        {QStringLiteral("contains the character U+0000 (NUL)"), QT_TR_NOOP("contains an invalid character (NUL)")},
        {QStringLiteral("row id must be 1 to 64 characters"), QT_TR_NOOP("the record's id is invalid (1 to 64 characters)")},
    };
    if (const char* text = fixed.value(reason))
        return tr(text);
    // The reasons that name an entity or an operation.
    static const QRegularExpression unknownEntity(QStringLiteral("^unknown entity '(.*)'$"));
    static const QRegularExpression referenceData(QStringLiteral("^(\\S+) is reference data, written by the province only$"));
    static const QRegularExpression unknownOperation(QStringLiteral("^unknown operation '(.*)'$"));
    static const QRegularExpression noSuchField(QStringLiteral("^no such field in (\\S+)$"));
    static const QRegularExpression tooLong(QStringLiteral("^is longer than (\\d+) characters$"));
    if (const auto m = tooLong.match(reason); m.hasMatch())
        return tr("is longer than %1 characters").arg(QLocale().toString(m.captured(1).toLongLong()));
    if (const auto m = unknownEntity.match(reason); m.hasMatch())
        return tr("unknown record type \"%1\"").arg(m.captured(1));
    if (const auto m = referenceData.match(reason); m.hasMatch())
        return tr("%1 records are written by the province only").arg(entityTitle(m.captured(1)));
    if (const auto m = unknownOperation.match(reason); m.hasMatch())
        return tr("unknown operation \"%1\"").arg(m.captured(1));
    if (const auto m = noSuchField.match(reason); m.hasMatch())
        return tr("no such field in a %1 record").arg(entityTitle(m.captured(1)));
    return reason;
}

int SyncProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return row.rowId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn: return row.conflict ? tr("Conflict") : tr("Refused by the server");
    case EntityColumn: return entityTitle(row.entity);
    case FieldColumn: return row.field.isEmpty() ? QString() : fieldTitle(row.entity, row.field);
    case DetailColumn: return row.detail;
    default: return {};
    }
}

QVariant SyncProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Problem");
    case EntityColumn: return tr("Record type");
    case FieldColumn: return tr("Field");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

SyncProblemsDialog::SyncProblemsDialog(SyncBackend& backend, QWidget* parent, Store* store)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    m_model = new SyncProblemsModel(this);
    m_model->setStore(store);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("syncProblemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto* intro = new QLabel(tr("Records the province server refused need correcting: edit them and sync again. "
                                "Conflicts were decided by the latest edit; check that the kept value is right."),
                             this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncProblemsMessage"));
    m_markButton = new QPushButton(tr("Mark reviewed"), this);
    m_markButton->setObjectName(QStringLiteral("markReviewedButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_markButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markButton, &QPushButton::clicked, this, &SyncProblemsDialog::markSelectedReviewed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void SyncProblemsDialog::reload()
{
    m_model->load(m_backend.quarantined(), m_backend.conflicts());
    m_markButton->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0)
        m_message->setText(tr("Nothing waits for review."));
}

int SyncProblemsDialog::markSelectedReviewed()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_message->setText(tr("Select the problems you have checked first."));
        return 0;
    }
    int marked = 0;
    QStringList errors;
    for (const QModelIndex& index : rows) {
        const SyncProblemsModel::Row row = m_model->rowAt(index.row());
        QString error;
        const bool ok = row.conflict ? m_backend.markConflictReviewed(row.id, &error)
                                     : m_backend.markQuarantineReviewed(row.id, &error);
        if (ok)
            ++marked;
        else
            errors.append(error);
    }
    reload();
    m_message->setText(errors.isEmpty() ? tr("%Ln problem(s) marked reviewed.", nullptr, marked)
                                        : tr("Could not mark: %1").arg(errors.join(QStringLiteral("; "))));
    return marked;
}

} // namespace hocvuso
