#pragma once

#include "core/io/ListImporter.h"

#include <QAbstractTableModel>

namespace hocvuso {

// The issues of an import check, one per row: spreadsheet row, column,
// value as written, reason, severity (errors in red).
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, ColumnName, Value, Reason, Severity, ColumnCount };

    explicit ImportIssueModel(QObject* parent = nullptr);
    void setIssues(QVector<ImportIssue> issues);
    const ImportIssue& issueAt(int row) const { return m_issues.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ImportIssue> m_issues;
};

} // namespace hocvuso
