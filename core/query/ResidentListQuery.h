#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <memory>

namespace hocvuso {

class ResidentTextMatch;
class Store;

// What the residents list shows: a search typed without diacritics plus the
// page's filters.
struct ResidentListFilter
{
    QString search;   // name, CCCD or phone, any case, with or without diacritics
    QString hamletId; // empty: every hamlet
    QString group;    // empty, or a group key (see groupKeys)
    QString digital;  // empty, or a digital-status key (see digitalKeys)
    int trained = -1; // -1 any, 0 not trained, 1 trained

    static QStringList groupKeys();
    static QStringList digitalKeys();
};

// One resident of the list.
struct ResidentListRow
{
    qint64 rowid = 0;
    QString id;
    QString sortKey; // residents.search_key: the list's order, with rowid
    QString fullName;
    QString birthDate; // ISO date, empty when unknown
    int birthYear = 0; // 0 when unknown
    QString sex;       // "M", "F" or empty
    QString cccd;
    QString phone;
    QString hamletName;
    bool smartphone = false;
    bool vneidLevel2 = false;
    bool digitalBank = false;
    bool trained = false;
};

// Reads the residents list a page at a time, in (folded name, rowid) order,
// by key set: the next page starts after the last row shown, so opening a
// 300,000-resident commune reads one page and one count. The search text is
// matched in the in-memory keys (ResidentTextMatch), the other filters in SQL.
class ResidentListQuery
{
public:
    explicit ResidentListQuery(Store& store);
    ~ResidentListQuery();
    ResidentListQuery(const ResidentListQuery&) = delete;
    ResidentListQuery& operator=(const ResidentListQuery&) = delete;

    // At most `limit` residents matching `filter`, after `after` (the last
    // row of the previous page) when given.
    QVector<ResidentListRow> rows(const ResidentListFilter& filter, const ResidentListRow* after, int limit);
    // Every resident matching `filter`; -1 when the store refused.
    qint64 count(const ResidentListFilter& filter);

    // SQLite error text of the last failed read (empty when none failed).
    const QString& lastError() const { return m_lastError; }

private:
    // The filters other than the search text, as one SQL condition over `residents r`.
    static QString sqlCondition(const ResidentListFilter& filter, QVariantList* binds);
    static bool onlyTextAndHamlet(const ResidentListFilter& filter);
    QVector<ResidentListRow> read(const QString& where, const QVariantList& binds, int limit);

    Store& m_store;
    std::unique_ptr<ResidentTextMatch> m_text;
    QString m_lastError;
};

} // namespace hocvuso
