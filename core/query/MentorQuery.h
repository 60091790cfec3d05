#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace hocvuso {

class Store;

// An active mentor (Đại sứ số) and how many mentees they guide now.
struct MentorLoad
{
    QString residentId;
    QString fullName;
    QString hamletName;
    QString since;
    int activeMentees = 0;    // pairs with status 'active' and a living mentee
    int completedMentees = 0; // pairs completed (mentee reached basic skills)
};

// One mentor → mentee pair.
struct MentorPairInfo
{
    QString id;
    QString mentorId;
    QString mentorName;
    QString menteeId;
    QString menteeName;
    QString startedOn;
    QString endedOn;
    QString status; // active, completed, ended
};

// A resident who still needs a mentor (see MentorQuery::needingMentor).
struct MenteeCandidate
{
    QString residentId;
    QString fullName;
    int birthYear = 0;
    QString hamletName;
    QString householdCode;
};

struct NeedsMentorFilter
{
    QString hamletId; // empty: every hamlet
    QString group;    // empty, or a key of query::groupKeys()
    QDate today = QDate::currentDate();
};

// Reads of the Đại sứ số network: mentors with their load, their pairs, and
// who still needs a mentor. Reads resident names, so it lives in core.
class MentorQuery
{
public:
    explicit MentorQuery(Store& store);

    // plans.mentor_min of the active plan; 3 when no plan is active.
    int mentorMinimum();
    // Active, living mentors (of one hamlet when given), by name.
    QVector<MentorLoad> mentors(const QString& hamletId = {});
    bool isActiveMentor(const QString& residentId);
    // The pairs of a mentor: active first, then completed and ended, newest first.
    QVector<MentorPairInfo> pairsOf(const QString& mentorId, bool includeClosed = true);
    std::optional<MentorPairInfo> pair(const QString& pairId);
    // The active pair in which a resident is the mentee, if any.
    std::optional<MentorPairInfo> activePairOfMentee(const QString& menteeId);

    // Who still needs a mentor: living residents aged 16 or more (or of
    // unknown age), not trained (no basic_skills_on, no completed basic
    // class, no completed pair), not in an active pair as mentee and not an
    // active mentor themselves; of the filter's hamlet and group. Ordered by
    // name (the folded search key), read a page at a time.
    QVector<MenteeCandidate> needingMentor(const NeedsMentorFilter& filter, int offset, int limit);

    const QString& lastError() const { return m_lastError; }

private:
    Store& m_store;
    QString m_lastError;
};

} // namespace hocvuso
