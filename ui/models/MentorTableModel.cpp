#include "ui/models/MentorTableModel.h"

#include "core/validation/Dates.h"

#include <QColor>

namespace hocvuso {

MentorTableModel::MentorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MentorTableModel::setMentors(QVector<MentorLoad> mentors, int minimum)
{
    beginResetModel();
    m_mentors = std::move(mentors);
    m_minimum = std::max(1, minimum);
    endResetModel();
}

int MentorTableModel::belowMinimumCount() const
{
    return int(std::count_if(m_mentors.cbegin(), m_mentors.cend(),
                             [this](const MentorLoad& m) { return m.activeMentees < m_minimum; }));
}

QString MentorTableModel::idAt(int row) const
{
    return row >= 0 && row < m_mentors.size() ? m_mentors[row].residentId : QString();
}

int MentorTableModel::rowOf(const QString& residentId) const
{
    for (int i = 0; i < m_mentors.size(); ++i)
        if (m_mentors[i].residentId == residentId)
            return i;
    return -1;
}

int MentorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mentors.size());
}

int MentorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MentorLoad& m = m_mentors[index.row()];
    const bool below = m.activeMentees < m_minimum;
    switch (role) {
    case IdRole:
        return m.residentId;
    case BelowMinimumRole:
        return below;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.fullName;
        case Hamlet:
            return m.hamletName;
        case Since:
            return validation::formatDate(QDate::fromString(m.since, Qt::ISODate));
        case Load:
            return tr("%1 / %2").arg(m.activeMentees).arg(m_minimum);
        case Completed:
            return m.completedMentees;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Load)
            return below ? tr("Guides %1 mentee(s); the plan asks for at least %2.").arg(m.activeMentees).arg(m_minimum)
                         : tr("Guides %1 mentee(s): the plan's minimum of %2 is met.").arg(m.activeMentees).arg(m_minimum);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Load)
            return below ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xdc, 0xf5, 0xdc);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Load)
            return below ? QColor(0xa4, 0x1e, 0x1e) : QColor(0x1d, 0x6b, 0x2b);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Load || index.column() == Completed)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant MentorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Mentor");
    case Hamlet:
        return tr("Hamlet");
    case Since:
        return tr("Mentor since");
    case Load:
        return tr("Mentees / minimum");
    case Completed:
        return tr("Trained to completion");
    default:
        return {};
    }
}

} // namespace hocvuso
