#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace hocvuso {

class Store;

// The tasks a home visit can record, as stable codes stored comma-separated
// in visits.tasks. Four of them also set a digital fact of the residents helped.
namespace visit_tasks {
inline constexpr auto vneidInstalled = "vneid_installed";
inline constexpr auto vneidLevel2 = "vneid_level2";      // → residents.vneid_level2
inline constexpr auto digitalBank = "digital_bank";      // → residents.digital_bank
inline constexpr auto onlineService = "online_service";  // → residents.online_services
inline constexpr auto cashless = "cashless";             // → residents.cashless
inline constexpr auto informed = "informed";             // → visits.informed (households_informed)
QStringList all();
// The resident column a task sets to 1 for everyone helped; empty for none.
QString residentFact(const QString& task);
} // namespace visit_tasks

// A Tổ công nghệ số cộng đồng.
struct TeamInfo
{
    QString id;
    QString name;
    QString hamletId;
    QString hamletName;
    int members = 0;
};

struct TeamMemberInfo
{
    QString rowId; // team_members id
    QString residentId;
    QString fullName;
    QString role;
};

struct HouseholdInfo
{
    QString id;
    QString code;
    QString headName;
    QString hamletId;
    QString hamletName;
    QString address;
};

struct HouseholdMemberInfo
{
    QString residentId;
    QString fullName;
    int birthYear = 0;
    bool vneidLevel2 = false;
    bool digitalBank = false;
    bool onlineServices = false;
    bool cashless = false;
};

struct FollowUpInfo
{
    QString visitId;
    QString householdId;
    QString householdCode;
    QString headName;
    QString visitedOn;
    QString followUp;
    QString followUpOn;
};

// One recorded visit, for the list of recent visits.
struct VisitSummary
{
    QString id;
    QString householdId;
    QString householdCode;
    QString headName;
    QString visitedOn;
    QString teamName;
    QString tasks; // comma-separated visit_tasks codes
    QString followUp;
};

// Reads for the home-visit (Thăm hộ) page: teams and members, households
// found by code or by a member's name, the members of a household, the
// households never visited and the follow-ups due.
class VisitQuery
{
public:
    explicit VisitQuery(Store& store);
    ~VisitQuery();
    VisitQuery(const VisitQuery&) = delete;
    VisitQuery& operator=(const VisitQuery&) = delete;

    // Active teams (of one hamlet when given), by hamlet and name.
    QVector<TeamInfo> teams(const QString& hamletId = {});
    QVector<TeamMemberInfo> teamMembers(const QString& teamId);

    // Households whose code starts with the query, then those with a member
    // whose name matches it (diacritics optional, via ResidentSearch).
    QVector<HouseholdInfo> findHouseholds(const QString& text, const QString& hamletId = {}, int limit = 20);
    std::optional<HouseholdInfo> household(const QString& householdId);
    QVector<HouseholdMemberInfo> householdMembers(const QString& householdId);

    // Living households (of a hamlet when given) with no living visit, by
    // code, a page at a time; and how many there are.
    QVector<HouseholdInfo> neverVisited(const QString& hamletId, int offset, int limit);
    qint64 neverVisitedCount(const QString& hamletId);
    // Follow-ups due: the latest visit of a household asks for a follow-up
    // on or before `today` (a later visit of the household clears it).
    // Oldest first.
    QVector<FollowUpInfo> followUpsDue(const QString& hamletId, const QDate& today, int limit = 500);

    // Living visits (to households of a hamlet when given), newest first.
    QVector<VisitSummary> recentVisits(const QString& hamletId, int limit = 200);

    const QString& lastError() const { return m_lastError; }

private:
    struct Searcher;
    Store& m_store;
    std::unique_ptr<Searcher> m_searcher;
    QString m_lastError;
};

} // namespace hocvuso
