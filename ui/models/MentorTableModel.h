#pragma once

#include "core/query/MentorQuery.h"

#include <QAbstractTableModel>

namespace hocvuso {

// The active mentors with their load against the plan's minimum: the load
// cell is red below the minimum and green at or above it.
class MentorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Hamlet, Since, Load, Completed, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, BelowMinimumRole };

    explicit MentorTableModel(QObject* parent = nullptr);
    void setMentors(QVector<MentorLoad> mentors, int minimum);
    int minimum() const { return m_minimum; }
    int belowMinimumCount() const;
    QString idAt(int row) const;
    int rowOf(const QString& residentId) const;
    const MentorLoad& mentorAt(int row) const { return m_mentors.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<MentorLoad> m_mentors;
    int m_minimum = 3;
};

} // namespace hocvuso
