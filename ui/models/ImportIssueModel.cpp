#include "ui/models/ImportIssueModel.h"

#include <QColor>

namespace hocvuso {

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(QVector<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue& issue = m_issues[index.row()];
    const bool error = issue.severity == ImportIssue::Severity::Error;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Row:
            return issue.row > 0 ? QVariant(issue.row) : QVariant(QStringLiteral("—"));
        case ColumnName:
            return issue.column;
        case Value:
            return issue.value;
        case Reason:
            return issue.reason;
        case Severity:
            return error ? tr("Error") : tr("Warning");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return error ? QColor(0xC6, 0x28, 0x28) : QColor(0xB2, 0x6A, 0x00);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    case Severity:
        return tr("Severity");
    default:
        return {};
    }
}

} // namespace hocvuso
