#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace hocvuso {

class SearchKeyIndex;
class Store;

// The residents whose search key holds what was typed in a list's search
// box (a name without diacritics, a CCCD, a phone): one pass over the
// in-memory keys of SearchKeyIndex instead of a scan of the table. Keeps the
// last answer while the keys have not changed, so that a list asking for
// its count and then page after page pays the pass once.
class ResidentTextMatch
{
public:
    struct Resident
    {
        qint64 rowid = 0;
        std::string_view key; // residents.search_key; valid until the keys change
    };

    explicit ResidentTextMatch(Store& store);
    ~ResidentTextMatch();
    ResidentTextMatch(const ResidentTextMatch&) = delete;
    ResidentTextMatch& operator=(const ResidentTextMatch&) = delete;

    // What a list searches the keys for: the digits of a typed number
    // ("0912.345.678" → "0912345678"), else the folded text; empty when
    // nothing was typed (no text filter).
    static QByteArray needleOf(const QString& typed);

    // The living residents (of `hamletId` unless empty) whose key holds
    // `needle`, in the order of the residents list (search_key, then rowid);
    // nullptr with *error when the keys could not be read.
    const std::vector<Resident>* find(const QByteArray& needle, const QString& hamletId, QString* error);

    // The rowids as a JSON array, for `rowid IN (SELECT value FROM json_each(?))`.
    static QString rowidsJson(std::vector<Resident>::const_iterator begin, std::vector<Resident>::const_iterator end);

private:
    std::shared_ptr<SearchKeyIndex> m_keys;
    QByteArray m_needle;
    QString m_hamletId;
    quint64 m_generation = 0;
    bool m_valid = false;
    std::vector<Resident> m_found;
};

} // namespace hocvuso
