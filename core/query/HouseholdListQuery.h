#pragma once

#include <QString>
#include <QVector>

#include <memory>

namespace hocvuso {

class ResidentTextMatch;
class Store;

struct HouseholdListFilter
{
    QString hamletId; // empty: every hamlet
    QString search;   // household code, or any member's name, CCCD or phone (diacritics optional)
};

// One household of the list.
struct HouseholdListRow
{
    qint64 rowid = 0;
    QString id;
    QString code; // empty when none
    QString headName;
    QString hamletName;
    QString address;
    int members = 0;            // living members
    bool digitalFamily = false; // "Gia đình số": at least one trained, living member
};

// A member of one household.
struct HouseholdMemberRow
{
    QString residentId;
    QString fullName;
    int birthYear = 0; // 0 when unknown
    bool isHead = false;
    bool trained = false;
};

// Reads the households list a page at a time, in (code, rowid) order by key
// set, and the members of one household.
class HouseholdListQuery
{
public:
    explicit HouseholdListQuery(Store& store);
    ~HouseholdListQuery();
    HouseholdListQuery(const HouseholdListQuery&) = delete;
    HouseholdListQuery& operator=(const HouseholdListQuery&) = delete;

    // At most `limit` households matching `filter`, after `after` (the last
    // row of the previous page) when given.
    QVector<HouseholdListRow> rows(const HouseholdListFilter& filter, const HouseholdListRow* after, int limit);
    // Every household matching `filter`; -1 when the store refused.
    qint64 count(const HouseholdListFilter& filter);
    // The living members of a household: the head first, then by birth year.
    QVector<HouseholdMemberRow> members(const QString& householdId);

    // SQLite error text of the last failed read (empty when none failed).
    const QString& lastError() const { return m_lastError; }

private:
    // One SQL condition over `households h`; false when the keys could not be read.
    bool condition(const HouseholdListFilter& filter, QString* where, QVariantList* binds);

    Store& m_store;
    std::unique_ptr<ResidentTextMatch> m_text;
    QString m_lastError;
};

} // namespace hocvuso
