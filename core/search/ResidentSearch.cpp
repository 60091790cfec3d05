#include "core/search/ResidentSearch.h"

#include "core/search/SearchKeyIndex.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Phone.h"

#include <QSqlError>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace hocvuso {

namespace {

// Residents an all-words query keeps at most, so that ranking can still put
// word-aligned matches found late in index order ahead of the others.
constexpr int kAllWordsKeepFactor = 4;

QString onlyDigits(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9')
            out += c;
    }
    return out;
}

bool hasDigit(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString hamletCondition(const ResidentFilter& filter)
{
    return filter.hamletId.isEmpty() ? QString() : QStringLiteral(" AND r.hamlet_id = :hamlet");
}

void bindFilter(QSqlQuery& q, const ResidentFilter& filter)
{
    if (!filter.hamletId.isEmpty())
        q.bindValue(QStringLiteral(":hamlet"), filter.hamletId);
}

MatchKind classify(const QString& foldedName, const QString& query, const QString& digits, const QString& cccd,
                   const QString& phone, std::optional<MatchKind> household, MatchKind fallback)
{
    if (!query.isEmpty() && foldedName == query)
        return MatchKind::ExactName;
    if (!digits.isEmpty() && cccd == digits)
        return MatchKind::ExactCccd;
    if (!digits.isEmpty() && phone == digits)
        return MatchKind::ExactPhone;
    if (household == MatchKind::HouseholdCode)
        return MatchKind::HouseholdCode;
    if (!query.isEmpty() && foldedName.startsWith(query))
        return MatchKind::NamePrefix;
    if (!digits.isEmpty() && cccd.startsWith(digits))
        return MatchKind::CccdPrefix;
    if (!digits.isEmpty() && phone.startsWith(digits))
        return MatchKind::PhonePrefix;
    if (household == MatchKind::HouseholdCodePrefix)
        return MatchKind::HouseholdCodePrefix;
    if (!query.isEmpty() && foldedName.contains(QLatin1Char(' ') + query))
        return MatchKind::WordPrefix;
    if (household == MatchKind::HouseholdCodeSubstring && fallback != MatchKind::AllWords)
        return MatchKind::HouseholdCodeSubstring;
    if (!query.isEmpty() && foldedName.contains(query))
        return MatchKind::Substring;
    return fallback; // all words (checked when found), or the query inside the CCCD/phone
}

using Words = QVarLengthArray<QByteArrayView, 16>;

Words splitWords(QByteArrayView text)
{
    Words words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            if (i > start)
                words.push_back(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

// Every query word starts a different word of the name ("nguyen long" → "nguyen van long").
bool wordsStartNameWords(const Words& queryWords, QByteArrayView foldedName)
{
    const Words nameWords = splitWords(foldedName);
    QVarLengthArray<bool, 16> used(nameWords.size(), false);
    for (const QByteArrayView q : queryWords) {
        bool found = false;
        for (qsizetype i = 0; i < nameWords.size() && !found; ++i) {
            if (!used[i] && nameWords[i].startsWith(q)) {
                used[i] = true;
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace

struct ResidentSearch::Found
{
    ResidentHit hit;
    std::optional<MatchKind> householdMatch;
    QString foldedName;
};

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::ExactName:
        return QStringLiteral("exact_name");
    case MatchKind::ExactCccd:
        return QStringLiteral("exact_cccd");
    case MatchKind::ExactPhone:
        return QStringLiteral("exact_phone");
    case MatchKind::HouseholdCode:
        return QStringLiteral("household_code");
    case MatchKind::NamePrefix:
        return QStringLiteral("name_prefix");
    case MatchKind::CccdPrefix:
        return QStringLiteral("cccd_prefix");
    case MatchKind::PhonePrefix:
        return QStringLiteral("phone_prefix");
    case MatchKind::HouseholdCodePrefix:
        return QStringLiteral("household_code_prefix");
    case MatchKind::HouseholdCodeSubstring:
        return QStringLiteral("household_code_substring");
    case MatchKind::WordPrefix:
        return QStringLiteral("word_prefix");
    case MatchKind::AllWords:
        return QStringLiteral("all_words");
    case MatchKind::Substring:
        return QStringLiteral("substring");
    }
    return QStringLiteral("substring");
}

ResidentSearch::ResidentSearch(Store& store) : m_store(store), m_keys(SearchKeyIndex::of(store)) {}

ResidentSearch::~ResidentSearch() = default;

QString ResidentSearch::maskCccd(const QString& cccd)
{
    if (cccd.size() <= 6)
        return QString(cccd.size(), QLatin1Char('*'));
    return cccd.left(3) + QString(cccd.size() - 6, QLatin1Char('*')) + cccd.right(3);
}

QSqlQuery& ResidentSearch::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_store.db());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            m_lastError = q->lastError().text();
        it = m_statements.insert(sql, q);
    }
    return **it;
}

void ResidentSearch::collect(QSqlQuery& q, int want, Candidates& out, std::optional<MatchKind> householdMatch)
{
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    while (out.size() < want && q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        auto seen = m_seen.constFind(rowid);
        if (seen != m_seen.constEnd()) {
            std::optional<MatchKind>& had = out[*seen].householdMatch;
            if (householdMatch && (!had || *householdMatch < *had))
                had = householdMatch;
            continue;
        }
        m_seen.insert(rowid, int(out.size()));
        out.push_back({rowid, householdMatch, MatchKind::Substring});
    }
    // Releases the read snapshot at once: a statement left open would pin the WAL.
    q.finish();
}

bool ResidentSearch::keysReady()
{
    if (!m_keysFresh) {
        QString error;
        m_keysFresh = m_keys->refresh(&error);
        if (!m_keysFresh)
            m_lastError = error;
    }
    return m_keysFresh;
}

void ResidentSearch::byPrefix(const QString& column, const QString& prefix, int want, const ResidentFilter& filter,
                              Candidates& out)
{
    // The range [prefix, prefix + U+10FFFF) is one B-tree seek in the index on `column`.
    QSqlQuery& q = statement(QStringLiteral("SELECT r.rowid FROM residents r WHERE r.%1 >= :lo AND r.%1 < :hi || "
                                            "char(1114111) AND r.deleted = 0%2 ORDER BY r.%1 LIMIT :n")
                                 .arg(column, hamletCondition(filter)));
    q.bindValue(QStringLiteral(":lo"), prefix);
    q.bindValue(QStringLiteral(":hi"), prefix);
    q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
    bindFilter(q, filter);
    collect(q, want, out);
}

void ResidentSearch::bySubstring(const QString& needle, Where where, int want, const ResidentFilter& filter,
                                 Candidates& out)
{
    if (out.size() >= want || !keysReady())
        return;
    // Keys where the needle starts a word (a later name word, the CCCD, the
    // phone) come first, then the other holders of the needle fill what is
    // left, in index order. Two passes: the first looks for the rarer
    // " needle" through every key; the second usually stops after a few
    // hundred keys, as soon as enough are found.
    const QByteArray any = needle.toUtf8();
    // Without a digit the needle can only be in the name: half the bytes to read.
    const auto field = hasDigit(needle) ? SearchKeyIndex::Field::Key : SearchKeyIndex::Field::Name;
    auto take = [&](const SearchKeyIndex::Match& m) {
        if (!m_seen.contains(m.rowid)) {
            m_seen.insert(m.rowid, int(out.size()));
            out.push_back({m.rowid, std::nullopt, MatchKind::Substring});
        }
        return out.size() < want;
    };
    m_keys->scan(field, where == Where::WordStart ? ' ' + any : any, filter.hamletId, take);
}

void ResidentSearch::byAllWords(const QStringList& words, int want, const ResidentFilter& filter, Candidates& out)
{
    if (!keysReady())
        return;
    // One pass for the rarest word start typed; every hit is then checked
    // for all of the words starting different words of the name.
    QVector<QByteArray> starts;
    for (const QString& w : words)
        starts << ' ' + w.toUtf8();
    Words queryWords;
    for (const QByteArray& w : std::as_const(starts))
        queryWords.push_back(QByteArrayView(w).sliced(1));
    const auto field = SearchKeyIndex::Field::Name;
    QByteArrayView anchor;
    int anchorCount = 0;
    for (const QByteArray& w : std::as_const(starts)) {
        const int count = m_keys->sampleCount(field, w);
        if (anchor.isEmpty() || count < anchorCount || (count == anchorCount && w.size() > anchor.size())) {
            anchor = w;
            anchorCount = count;
        }
    }
    const int keep = want * kAllWordsKeepFactor;
    m_keys->scan(field, anchor, filter.hamletId, [&](const SearchKeyIndex::Match& m) {
        if (!m_seen.contains(m.rowid) && wordsStartNameWords(queryWords, m.name)) {
            m_seen.insert(m.rowid, int(out.size()));
            out.push_back({m.rowid, std::nullopt, MatchKind::AllWords});
        }
        return out.size() < keep;
    });
}

void ResidentSearch::byHouseholdCode(MatchKind kind, const QString& folded, int want, const ResidentFilter& filter,
                                     Candidates& out)
{
    if (out.size() >= want || !keysReady())
        return;
    using CodeMatch = SearchKeyIndex::CodeMatch;
    const CodeMatch how = kind == MatchKind::HouseholdCode         ? CodeMatch::Exact
                          : kind == MatchKind::HouseholdCodePrefix ? CodeMatch::Prefix
                                                                   : CodeMatch::Substring;
    // Each household's members by the residents' household index. deleted
    // again: a household tombstoned since the codes were read is not shown.
    QSqlQuery& q = statement(QStringLiteral("SELECT r.rowid FROM households h CROSS JOIN residents r "
                                            "ON r.household_id = h.id "
                                            "WHERE h.rowid = :h AND h.deleted = 0 AND r.deleted = 0%1 "
                                            "ORDER BY r.is_head DESC, r.birth_year LIMIT :n")
                                 .arg(hamletCondition(filter)));
    // One query per household: a short needle ("1") matches most of them,
    // and households with no living member (in the filtered hamlet) add
    // nothing, so a search reads at most this many per tier (~10 ms): a
    // longer needle narrows the households before the cap matters.
    constexpr int kMaxHouseholdsPerTier = 1000;
    int read = 0;
    m_keys->scanCodes(how, folded.toUtf8(), filter.hamletId, [&](qint64 household) {
        q.bindValue(QStringLiteral(":h"), household);
        q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
        bindFilter(q, filter);
        collect(q, want, out, kind);
        return out.size() < want && m_lastError.isEmpty() && ++read < kMaxHouseholdsPerTier;
    });
}

void ResidentSearch::searchText(const QString& folded, int want, const ResidentFilter& filter, Candidates& out)
{
    // Names hold no digits: only a query with one may be (part of) a household code.
    const bool code = hasDigit(folded);
    if (code)
        byHouseholdCode(MatchKind::HouseholdCode, folded, want, filter, out);
    if (out.size() < want)
        byPrefix(QStringLiteral("search_key"), folded, want, filter, out);
    if (code)
        byHouseholdCode(MatchKind::HouseholdCodePrefix, folded, want, filter, out);
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (out.size() < want && words.size() >= 2) {
        // Every name-prefix or word-start match of several words is also an
        // all-words match: one pass over the residents holding the rarest
        // word start finds them all, unless there were too many to keep.
        byAllWords(words, want, filter, out);
    }
    bySubstring(folded, Where::WordStart, want, filter, out);
    if (code)
        byHouseholdCode(MatchKind::HouseholdCodeSubstring, folded, want, filter, out);
    bySubstring(folded, Where::Anywhere, want, filter, out);
}

void ResidentSearch::searchDigits(const QString& digits, const QString& folded, int want,
                                  const ResidentFilter& filter, Candidates& out)
{
    // Tiers in rank order: an exact household code ("045"), CCCDs, then in
    // the search key the CCCD and the phone each follow a space: those
    // starting with the digits (phone prefixes) come before codes starting
    // with or holding them, and those only holding the digits come last.
    byHouseholdCode(MatchKind::HouseholdCode, folded, want, filter, out);
    byPrefix(QStringLiteral("cccd"), digits, want, filter, out);
    bySubstring(digits, Where::WordStart, want, filter, out);
    byHouseholdCode(MatchKind::HouseholdCodePrefix, folded, want, filter, out);
    byHouseholdCode(MatchKind::HouseholdCodeSubstring, folded, want, filter, out);
    bySubstring(digits, Where::Anywhere, want, filter, out);
}

QVector<ResidentHit> ResidentSearch::search(const QString& query, int limit, const ResidentFilter& filter)
{
    m_lastError.clear();
    m_seen.clear();
    m_keysFresh = false;
    const QString folded = text::fold(query);
    if (folded.isEmpty() || limit <= 0)
        return {};
    const QString raw = text::toNfc(query);
    const bool numeric = text::looksLikeDigits(query);
    QString digits = numeric ? onlyDigits(query) : QString();
    // "+84 912 345 678" is stored as 0912345678 (no CCCD starts with 84).
    if (numeric && (raw.trimmed().startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("84")))) {
        const validation::PhoneCheck check = validation::checkPhone(raw);
        if (check.ok)
            digits = check.normalized;
    }

    Candidates candidates;
    candidates.reserve(limit);
    if (numeric)
        searchDigits(digits, folded, limit, filter, candidates);
    else
        searchText(folded, limit, filter, candidates);

    QVector<Found> found = details(candidates);
    for (Found& f : found) {
        f.foldedName = text::fold(f.hit.fullName);
        f.hit.match = classify(f.foldedName, numeric ? QString() : folded, digits, f.hit.cccd, f.hit.phone,
                               f.householdMatch, f.hit.match);
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.hit.match != b.hit.match)
            return a.hit.match < b.hit.match;
        if (a.foldedName != b.foldedName)
            return a.foldedName < b.foldedName;
        if (a.hit.fullName != b.hit.fullName)
            return a.hit.fullName < b.hit.fullName;
        return a.hit.id < b.hit.id;
    });
    if (found.size() > limit)
        found.resize(limit);
    QVector<ResidentHit> hits;
    hits.reserve(found.size());
    for (Found& f : found)
        hits.push_back(std::move(f.hit));
    return hits;
}

QVector<ResidentSearch::Found> ResidentSearch::details(const Candidates& candidates)
{
    if (candidates.isEmpty())
        return {};
    QStringList rowids;
    rowids.reserve(candidates.size());
    for (const Candidate& c : candidates)
        rowids << QString::number(c.rowid);
    // Row ids are integers we read ourselves: safe to inline. deleted = 0
    // again: a tombstone written since the candidate was found is not shown.
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.rowid, r.id, r.full_name, r.birth_date, r.birth_year, r.sex, r.cccd, "
                               "r.phone, r.hamlet_id, h.name, r.household_id, hh.code FROM residents r "
                               "LEFT JOIN hamlets h ON h.id = r.hamlet_id "
                               "LEFT JOIN households hh ON hh.id = r.household_id "
                               "WHERE r.rowid IN (%1) AND r.deleted = 0")
                    .arg(rowids.join(QLatin1Char(','))))) {
        m_lastError = q.lastError().text();
        return {};
    }
    QHash<qint64, ResidentHit> byRowid;
    while (q.next()) {
        ResidentHit h;
        h.id = q.value(1).toString();
        h.fullName = q.value(2).toString();
        h.birthDate = q.value(3).toString();
        h.birthYear = q.value(4).toInt();
        if (h.birthYear == 0 && h.birthDate.size() >= 4)
            h.birthYear = h.birthDate.left(4).toInt();
        h.sex = q.value(5).toString();
        h.cccd = q.value(6).toString();
        h.phone = q.value(7).toString();
        h.hamletId = q.value(8).toString();
        h.hamletName = q.value(9).toString();
        h.householdId = q.value(10).toString();
        h.householdCode = q.value(11).toString();
        byRowid.insert(q.value(0).toLongLong(), h);
    }
    QVector<Found> found;
    found.reserve(candidates.size());
    for (const Candidate& c : candidates) {
        auto it = byRowid.constFind(c.rowid);
        if (it != byRowid.constEnd()) {
            found.push_back({*it, c.householdMatch, {}});
            found.back().hit.match = c.kind;
        }
    }
    return found;
}

std::optional<ResidentHit> ResidentSearch::findByCccd(const QString& cccd)
{
    m_lastError.clear();
    m_seen.clear();
    const QString digits = onlyDigits(cccd);
    if (digits.isEmpty())
        return std::nullopt;
    QSqlQuery& q = statement(QStringLiteral("SELECT r.rowid FROM residents r WHERE r.cccd = :cccd AND r.deleted = 0 "
                                            "ORDER BY r.rowid LIMIT 1"));
    q.bindValue(QStringLiteral(":cccd"), digits);
    Candidates found;
    collect(q, 1, found);
    if (found.isEmpty())
        return std::nullopt;
    found.first().kind = MatchKind::ExactCccd;
    const QVector<Found> hits = details(found);
    if (hits.isEmpty())
        return std::nullopt;
    return hits.first().hit;
}

} // namespace hocvuso
