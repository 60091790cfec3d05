#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace hocvuso {

class Store;

// How a resident matched a query, best first: results are ranked in this
// order, then by (folded) name.
enum class MatchKind {
    ExactName,     // the whole name equals the query
    ExactCccd,     // the 12-digit CCCD equals the query
    ExactPhone,    // the phone number equals the query
    HouseholdCode, // member of the household whose code equals the query (case and diacritics aside)
    NamePrefix,    // the name starts with the query
    CccdPrefix,    // the CCCD starts with the query
    PhonePrefix,   // the phone starts with the query
    HouseholdCodePrefix, // member of a household whose code starts with the query: "hd0000" → HD000012
    WordPrefix,    // a later word of the name starts with the query
    AllWords,      // every word typed starts a word of the name: "nguyen long" → Nguyễn Văn Long
    HouseholdCodeSubstring, // member of a household whose code holds the query later: "0045" → T3-0045
    Substring,     // the query is somewhere inside the name, CCCD or phone
};

QString matchKindName(MatchKind kind); // "exact_name", "name_prefix", ... (stable, for JSON)

// One resident found. The CCCD is kept whole: the page decides whether to
// mask it for display (see maskCccd).
struct ResidentHit
{
    QString id;
    QString fullName;
    QString birthDate; // ISO date, empty when only the year is known
    int birthYear = 0; // 0 when unknown
    QString sex;       // "M", "F" or empty
    QString cccd;
    QString phone;
    QString hamletId;
    QString hamletName;
    QString householdId;
    QString householdCode;
    MatchKind match = MatchKind::Substring;
};

// Narrows a search (empty = no restriction).
struct ResidentFilter
{
    QString hamletId;
};

class SearchKeyIndex;

// Diacritic- and case-insensitive search over the residents of a store: by
// name, CCCD, phone or household code (whole, its start or a part of it,
// for queries holding a digit). Built to run on every keystroke over
// 300,000 residents: the best-ranked tiers come from B-tree lookups with a
// LIMIT (the search_key and cccd indexes for prefixes), household codes and
// the word starts and substrings from the in-memory keys and codes of
// SearchKeyIndex (the names alone when the query holds no digit; refreshed
// before each search, so writes by any connection are seen), the members of
// a household found by the residents' household index, and only the small
// candidate set is read in full and ranked in C++. Tiers are gathered in
// rank order, so the limit keeps the best.
// Not thread-safe: one instance per Store (per thread); it keeps prepared
// statements on the Store's connection and must not outlive the Store.
class ResidentSearch
{
public:
    explicit ResidentSearch(Store& store);
    ~ResidentSearch();
    ResidentSearch(const ResidentSearch&) = delete;
    ResidentSearch& operator=(const ResidentSearch&) = delete;

    // At most `limit` living (not tombstoned) residents, best match first.
    // An empty or blank query finds nothing.
    QVector<ResidentHit> search(const QString& query, int limit = 50, const ResidentFilter& filter = {});

    // The living resident with this CCCD (spaces and dots typed inside are
    // ignored), e.g. after scanning the QR code of a chip ID card.
    std::optional<ResidentHit> findByCccd(const QString& cccd);

    // "001085012345" → "001******345": for lists shown over a shoulder.
    static QString maskCccd(const QString& cccd);

    // SQLite error text of the last failed lookup (empty when none failed).
    const QString& lastError() const { return m_lastError; }

private:
    struct Candidate
    {
        qint64 rowid = 0;
        std::optional<MatchKind> householdMatch; // how its household's code matched, if it did
        MatchKind kind = MatchKind::Substring;
    };
    using Candidates = QVector<Candidate>;

    void searchText(const QString& folded, int want, const ResidentFilter& filter, Candidates& out);
    // `folded`: the query as typed, folded, for household codes of digits ("045").
    void searchDigits(const QString& digits, const QString& folded, int want, const ResidentFilter& filter,
                      Candidates& out);
    void byPrefix(const QString& column, const QString& prefix, int want, const ResidentFilter& filter,
                  Candidates& out);
    // Keys holding the needle at a word start (a later name word, the CCCD,
    // the phone), then anywhere.
    enum class Where { WordStart, Anywhere };
    void bySubstring(const QString& needle, Where where, int want, const ResidentFilter& filter, Candidates& out);
    // Residents where every word typed starts a word of the name, up to a
    // few times `want` of them, so that ranking can still put the
    // word-aligned ones found late in index order ahead of the others.
    void byAllWords(const QStringList& words, int want, const ResidentFilter& filter, Candidates& out);
    // Members of the households whose folded code holds `folded` as `kind` says
    // (HouseholdCode, HouseholdCodePrefix or HouseholdCodeSubstring), head first.
    void byHouseholdCode(MatchKind kind, const QString& folded, int want, const ResidentFilter& filter,
                         Candidates& out);
    void collect(QSqlQuery& query, int want, Candidates& out, std::optional<MatchKind> householdMatch = {});
    bool keysReady();

    QSqlQuery& statement(const QString& sql);
    // The candidates still living, read in full, in candidate order.
    struct Found;
    QVector<Found> details(const Candidates& candidates);

    Store& m_store;
    std::shared_ptr<SearchKeyIndex> m_keys;
    bool m_keysFresh = false; // refreshed for the current search
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<qint64, int> m_seen; // rowid → index in the current candidate list
    QString m_lastError;
};

} // namespace hocvuso
