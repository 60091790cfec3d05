#pragma once

#include "core/query/EditRefusal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace hocvuso {

class Store;

// What the quick visit form collects.
struct VisitInput
{
    QString householdId;
    QString teamId;      // may be empty (a visit by the commune staff)
    QDate visitedOn;
    QStringList visitors; // resident ids, members of the team
    QStringList helped;   // resident ids, members of the household
    QStringList tasks;    // codes of visit_tasks
    QString followUp;     // what to come back for; empty: no follow-up
    QDate followUpOn;     // needed with a follow-up note, not before the visit
};

// Records a home visit: the visits row (tasks and helped as comma-separated
// codes / ids, informed when the household was told about the movement) and,
// in the same transaction, the digital facts its tasks give each resident
// helped (VNeID level 2, digital bank, online services, cashless). Everything
// is checked first; a refusal writes nothing.
class VisitRecorder
{
public:
    explicit VisitRecorder(Store& store);
    std::optional<QString> record(const VisitInput& input, EditRefusal* refusal);

private:
    bool check(const VisitInput& input, EditRefusal* refusal);
    Store& m_store;
};

// Tổ công nghệ số cộng đồng: a team per hamlet and its members.
class TeamEditor
{
public:
    explicit TeamEditor(Store& store);
    std::optional<QString> createTeam(const QString& hamletId, const QString& name, EditRefusal* refusal);
    // Adds a living resident (again, after a removal); returns the team_members id.
    std::optional<QString> addMember(const QString& teamId, const QString& residentId, const QString& role,
                                     EditRefusal* refusal);
    bool removeMember(const QString& teamId, const QString& residentId, EditRefusal* refusal);

private:
    Store& m_store;
};

} // namespace hocvuso
