#include "core/search/ResidentSearch.h"

#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Phone.h"

#include <QSet>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

namespace hocvuso {

namespace {

// A one- or two-letter query can't use the trigram index: besides the
// prefix lookup it scans at most this many residents (the user types a
// third letter long before this matters).
constexpr int kShortScanRows = 20000;
// How many residents the trigram frequency sample reads, and how many of a
// long query's rarest trigrams go to FTS5 (the rest is checked by instr()).
constexpr int kSampleChunks = 8;
constexpr int kSampleChunkRows = 400;
constexpr int kTrigramsPerQuery = 4;
// Residents an all-words query reads at most, to keep `limit` of them.
constexpr int kAllWordsCandidates = 1000;
constexpr int kAllWordsKeepFactor = 4;

const QString kColumns = QStringLiteral("r.rowid, r.full_name, r.cccd, r.phone");

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

QStringList trigramsOf(const QString& s)
{
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= s.size(); ++i) {
        const QString g = s.mid(i, 3);
        if (!grams.contains(g))
            grams << g;
    }
    return grams;
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

struct Ranked
{
    int candidate;
    MatchKind kind;
    QString foldedName;
};

MatchKind classify(const QString& foldedName, const QString& query, const QString& digits, const QString& cccd,
                   const QString& phone, bool householdMatch, MatchKind fallback)
{
    if (!query.isEmpty() && foldedName == query)
        return MatchKind::ExactName;
    if (!digits.isEmpty() && cccd == digits)
        return MatchKind::ExactCccd;
    if (!digits.isEmpty() && phone == digits)
        return MatchKind::ExactPhone;
    if (householdMatch)
        return MatchKind::HouseholdCode;
    if (!query.isEmpty() && foldedName.startsWith(query))
        return MatchKind::NamePrefix;
    if (!digits.isEmpty() && cccd.startsWith(digits))
        return MatchKind::CccdPrefix;
    if (!digits.isEmpty() && phone.startsWith(digits))
        return MatchKind::PhonePrefix;
    if (!query.isEmpty() && foldedName.contains(QLatin1Char(' ') + query))
        return MatchKind::WordPrefix;
    if (!query.isEmpty() && foldedName.contains(query))
        return MatchKind::Substring;
    return fallback; // all words (checked when found), or the query inside the CCCD/phone
}

// Every query word starts some word of the name ("nguyen long" → "nguyen van long").
bool wordsStartNameWords(const QStringList& queryWords, const QString& foldedName)
{
    const QStringList nameWords = foldedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<bool> used(nameWords.size(), false);
    for (const QString& q : queryWords) {
        bool found = false;
        for (int i = 0; i < nameWords.size() && !found; ++i) {
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
    case MatchKind::WordPrefix:
        return QStringLiteral("word_prefix");
    case MatchKind::AllWords:
        return QStringLiteral("all_words");
    case MatchKind::Substring:
        return QStringLiteral("substring");
    }
    return QStringLiteral("substring");
}

ResidentSearch::ResidentSearch(Store& store) : m_store(store) {}

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

void ResidentSearch::collect(QSqlQuery& q, int want, Candidates& out, bool householdMatch)
{
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return;
    }
    while (out.size() < want && q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        auto seen = m_seen.constFind(rowid);
        if (seen != m_seen.constEnd()) {
            if (householdMatch)
                out[*seen].householdMatch = true;
            continue;
        }
        m_seen.insert(rowid, int(out.size()));
        out.push_back({rowid, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), householdMatch,
                       MatchKind::Substring});
    }
    // Releases the read snapshot at once: a statement left open would pin the WAL.
    q.finish();
}

void ResidentSearch::byPrefix(const QString& column, const QString& prefix, int want, const ResidentFilter& filter,
                              Candidates& out)
{
    // The range [prefix, prefix + U+10FFFF) is one B-tree seek in the index on `column`.
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM residents r WHERE r.%2 >= :lo AND r.%2 < :hi || "
                                            "char(1114111) AND r.deleted = 0%3 ORDER BY r.%2 LIMIT :n")
                                 .arg(kColumns, column, hamletCondition(filter)));
    q.bindValue(QStringLiteral(":lo"), prefix);
    q.bindValue(QStringLiteral(":hi"), prefix);
    q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
    bindFilter(q, filter);
    collect(q, want, out);
}

const QHash<QString, int>& ResidentSearch::trigramSample()
{
    // How common each trigram is, from a few slices of the table: enough to
    // tell "ngu" (a third of the commune) from "dat", and cheap (a few ms).
    // Taken again only when the table has grown by a quarter (an import).
    // Two statements: SQLite answers a lone min() or max() of the rowid
    // from the B-tree's edge, but scans the table for both in one SELECT.
    auto edge = [&](const QString& sql) {
        QSqlQuery q(m_store.db());
        const qint64 v = q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return v;
    };
    const qint64 hi = edge(QStringLiteral("SELECT max(rowid) FROM residents"));
    if (m_trigramCounts && hi <= m_sampledMaxRowid + m_sampledMaxRowid / 4 + 64)
        return *m_trigramCounts;
    m_sampledMaxRowid = hi;
    const qint64 lo = edge(QStringLiteral("SELECT min(rowid) FROM residents"));
    QHash<QString, int> counts;
    QSqlQuery slice(m_store.db());
    slice.setForwardOnly(true);
    slice.prepare(QStringLiteral("SELECT search_key FROM residents WHERE rowid >= ? ORDER BY rowid LIMIT %1")
                      .arg(kSampleChunkRows));
    for (int i = 0; i < kSampleChunks && hi > 0; ++i) {
        slice.bindValue(0, lo + (hi - lo) * i / kSampleChunks);
        if (!slice.exec())
            break;
        while (slice.next()) {
            for (const QString& g : trigramsOf(slice.value(0).toString()))
                ++counts[g];
        }
        slice.finish();
    }
    m_trigramCounts = std::move(counts);
    return *m_trigramCounts;
}

QString ResidentSearch::ftsExpression(const QString& needle)
{
    QStringList grams = trigramsOf(needle);
    if (grams.size() > kTrigramsPerQuery) {
        // FTS5 reads the whole posting list of every term: asking for the
        // rarest few and checking the rest with instr() is several times
        // faster than the full phrase for long, common-looking names.
        const QHash<QString, int>& counts = trigramSample();
        std::stable_sort(grams.begin(), grams.end(),
                         [&](const QString& a, const QString& b) { return counts.value(a) < counts.value(b); });
        grams = grams.mid(0, kTrigramsPerQuery);
    }
    QStringList terms;
    for (QString g : grams)
        terms << QLatin1Char('"') + g.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return terms.join(QStringLiteral(" AND "));
}

void ResidentSearch::byTrigrams(const QString& needle, int want, const ResidentFilter& filter, Candidates& out)
{
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM residents_fts f JOIN residents r ON r.rowid = f.rowid "
                                            "WHERE residents_fts MATCH :match AND instr(r.search_key, :needle) > 0 "
                                            "AND r.deleted = 0%2 LIMIT :n")
                                 .arg(kColumns, hamletCondition(filter)));
    q.bindValue(QStringLiteral(":match"), ftsExpression(needle));
    q.bindValue(QStringLiteral(":needle"), needle);
    q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
    bindFilter(q, filter);
    collect(q, want, out);
}

bool ResidentSearch::byAllWords(const QStringList& words, int want, const ResidentFilter& filter, Candidates& out)
{
    // FTS5 narrows to residents holding each word of 3+ letters; C++ then
    // checks that every word typed starts a different word of the name.
    QStringList terms;
    for (const QString& w : words) {
        if (w.size() >= 3)
            terms << QLatin1Char('(') + ftsExpression(w) + QLatin1Char(')');
    }
    if (terms.isEmpty()) {
        // Only short words ("vu ly"): a two-letter name word is the first
        // word (a space follows) or a later one (a space precedes).
        for (const QString& w : words) {
            if (w.size() == 2 && !w.contains(QLatin1Char('"')))
                terms << QStringLiteral("(\" %1\" OR \"%1 \")").arg(w);
        }
    }
    if (terms.isEmpty())
        return false;
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM residents_fts f JOIN residents r ON r.rowid = f.rowid "
                                            "WHERE residents_fts MATCH :match AND r.deleted = 0%2 LIMIT :n")
                                 .arg(kColumns, hamletCondition(filter)));
    q.bindValue(QStringLiteral(":match"), terms.join(QStringLiteral(" AND ")));
    q.bindValue(QStringLiteral(":n"), kAllWordsCandidates);
    bindFilter(q, filter);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    // Keeps more than `want`, so that ranking can still put word-aligned
    // matches found late in row order ahead of the others.
    const int keep = want * kAllWordsKeepFactor;
    int read = 0;
    while (out.size() < keep && q.next()) {
        ++read;
        const qint64 rowid = q.value(0).toLongLong();
        if (m_seen.contains(rowid))
            continue;
        const QString name = q.value(1).toString();
        if (!wordsStartNameWords(words, text::fold(name)))
            continue;
        m_seen.insert(rowid, int(out.size()));
        out.push_back({rowid, name, q.value(2).toString(), q.value(3).toString(), false, MatchKind::AllWords});
    }
    const bool complete = read < kAllWordsCandidates && out.size() < keep;
    q.finish();
    return complete;
}

void ResidentSearch::byBoundedScan(const QString& needle, int want, const ResidentFilter& filter, Candidates& out)
{
    QSqlQuery& q = statement(QStringLiteral("SELECT * FROM (SELECT %1, r.search_key FROM residents r "
                                            "WHERE r.deleted = 0%2 LIMIT %3) WHERE instr(search_key, :needle) > 0 "
                                            "LIMIT :n")
                                 .arg(kColumns, hamletCondition(filter))
                                 .arg(kShortScanRows));
    q.bindValue(QStringLiteral(":needle"), needle);
    q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
    bindFilter(q, filter);
    collect(q, want, out);
}

void ResidentSearch::byHouseholdCode(const QString& raw, int want, const ResidentFilter& filter, Candidates& out)
{
    // Codes are stored as typed; accept the query as typed, upper or lower case.
    // CROSS JOIN: read the (few) matching households first, then their
    // members by index; never scan the residents for a household code.
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM households h CROSS JOIN residents r ON r.household_id = h.id "
                                            "WHERE h.code IN (:a, :b, :c) AND h.deleted = 0 AND r.deleted = 0%2 "
                                            "ORDER BY r.is_head DESC, r.birth_year LIMIT :n")
                                 .arg(kColumns, hamletCondition(filter)));
    q.bindValue(QStringLiteral(":a"), raw);
    q.bindValue(QStringLiteral(":b"), raw.toUpper());
    q.bindValue(QStringLiteral(":c"), raw.toLower());
    q.bindValue(QStringLiteral(":n"), want + int(m_seen.size()));
    bindFilter(q, filter);
    collect(q, want, out, true);
}

void ResidentSearch::searchText(const QString& folded, const QString& raw, int want, const ResidentFilter& filter,
                                Candidates& out)
{
    if (hasDigit(folded) && folded.size() >= 3)
        byHouseholdCode(raw, want, filter, out);
    if (out.size() < want)
        byPrefix(QStringLiteral("search_key"), folded, want, filter, out);
    const QString wordStart = QLatin1Char(' ') + folded;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (out.size() < want && words.size() >= 2) {
        // Every name-prefix or word-start match of several words is also an
        // all-words match: one pass over the residents holding every word
        // finds them all, unless there were too many to read.
        const bool complete = byAllWords(words, want, filter, out);
        const auto wordAligned = std::count_if(out.cbegin(), out.cend(), [&](const Candidate& c) {
            const QString name = text::fold(c.fullName);
            return name.startsWith(folded) || name.contains(wordStart);
        });
        if (!complete && wordAligned < want)
            byTrigrams(wordStart, want, filter, out);
    } else if (out.size() < want) {
        if (wordStart.size() >= 3)
            byTrigrams(wordStart, want, filter, out);
        else
            byBoundedScan(wordStart, want, filter, out);
    }
    if (out.size() < want) {
        if (folded.size() >= 3)
            byTrigrams(folded, want, filter, out);
        else
            byBoundedScan(folded, want, filter, out);
    }
}

void ResidentSearch::searchDigits(const QString& digits, const QString& raw, int want, const ResidentFilter& filter,
                                  Candidates& out)
{
    byPrefix(QStringLiteral("cccd"), digits, want, filter, out);
    // In the search key the CCCD and the phone each follow a space.
    const QString numberStart = QLatin1Char(' ') + digits;
    if (out.size() < want)
        byTrigrams(numberStart, want, filter, out);
    if (out.size() < want) {
        if (digits.size() >= 3)
            byTrigrams(digits, want, filter, out);
        else
            byBoundedScan(digits, want, filter, out);
    }
    // Households have no index on their code: an all-digit code is looked up
    // (one scan of the households) only when no CCCD or phone matched.
    if (out.isEmpty() && digits.size() >= 3)
        byHouseholdCode(raw, want, filter, out);
}

QVector<ResidentHit> ResidentSearch::search(const QString& query, int limit, const ResidentFilter& filter)
{
    m_lastError.clear();
    m_seen.clear();
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
        searchDigits(digits, raw, limit, filter, candidates);
    else
        searchText(folded, raw, limit, filter, candidates);

    QVector<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        const QString name = text::fold(c.fullName);
        ranked.push_back({i, classify(name, numeric ? QString() : folded, digits, c.cccd, c.phone, c.householdMatch, c.kind),
                          name});
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.foldedName != b.foldedName)
            return a.foldedName < b.foldedName;
        const Candidate& ca = candidates[a.candidate];
        const Candidate& cb = candidates[b.candidate];
        if (ca.fullName != cb.fullName)
            return ca.fullName < cb.fullName;
        return ca.rowid < cb.rowid;
    });

    if (ranked.size() > limit)
        ranked.resize(limit);
    Candidates ordered;
    ordered.reserve(ranked.size());
    for (const Ranked& r : ranked) {
        ordered.push_back(candidates[r.candidate]);
        ordered.back().kind = r.kind;
    }
    return details(ordered);
}

QVector<ResidentHit> ResidentSearch::details(const Candidates& ranked)
{
    if (ranked.isEmpty())
        return {};
    QStringList ids;
    ids.reserve(ranked.size());
    for (const Candidate& c : ranked)
        ids << QString::number(c.rowid);
    // Row ids are integers we read ourselves: safe to inline.
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.rowid, r.id, r.full_name, r.birth_date, r.birth_year, r.sex, r.cccd, "
                               "r.phone, r.hamlet_id, h.name, r.household_id, hh.code FROM residents r "
                               "LEFT JOIN hamlets h ON h.id = r.hamlet_id "
                               "LEFT JOIN households hh ON hh.id = r.household_id WHERE r.rowid IN (%1)")
                    .arg(ids.join(QLatin1Char(','))))) {
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
    QVector<ResidentHit> hits;
    hits.reserve(ranked.size());
    for (const Candidate& c : ranked) {
        auto it = byRowid.constFind(c.rowid);
        if (it != byRowid.constEnd()) {
            hits.push_back(*it);
            hits.back().match = c.kind;
        }
    }
    return hits;
}

std::optional<ResidentHit> ResidentSearch::findByCccd(const QString& cccd)
{
    m_lastError.clear();
    m_seen.clear();
    const QString digits = onlyDigits(cccd);
    if (digits.isEmpty())
        return std::nullopt;
    QSqlQuery& q = statement(QStringLiteral("SELECT %1 FROM residents r WHERE r.cccd = :cccd AND r.deleted = 0 "
                                            "ORDER BY r.rowid LIMIT 1")
                                 .arg(kColumns));
    q.bindValue(QStringLiteral(":cccd"), digits);
    Candidates found;
    collect(q, 1, found);
    if (found.isEmpty())
        return std::nullopt;
    found.first().kind = MatchKind::ExactCccd;
    const QVector<ResidentHit> hits = details(found);
    if (hits.isEmpty())
        return std::nullopt;
    return hits.first();
}

} // namespace hocvuso
