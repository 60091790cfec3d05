#include "core/query/ResidentTextMatch.h"

#include "core/search/SearchKeyIndex.h"
#include "core/text/VietnameseText.h"

#include <algorithm>

namespace hocvuso {

ResidentTextMatch::ResidentTextMatch(Store& store) : m_keys(SearchKeyIndex::of(store)) {}

ResidentTextMatch::~ResidentTextMatch() = default;

QByteArray ResidentTextMatch::needleOf(const QString& typed)
{
    if (!text::looksLikeDigits(typed))
        return text::fold(typed).toUtf8();
    QByteArray digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits += char(c.unicode());
    }
    return digits;
}

const std::vector<ResidentTextMatch::Resident>* ResidentTextMatch::find(const QByteArray& needle,
                                                                        const QString& hamletId, QString* error)
{
    if (!m_keys->refresh(error))
        return nullptr;
    if (m_valid && m_generation == m_keys->generation() && m_needle == needle && m_hamletId == hamletId)
        return &m_found;
    m_found.clear();
    // Without a digit the needle can only be in the name: half the bytes to read.
    const bool digits = std::any_of(needle.cbegin(), needle.cend(), [](char c) { return c >= '0' && c <= '9'; });
    m_keys->scan(digits ? SearchKeyIndex::Field::Key : SearchKeyIndex::Field::Name, needle, hamletId,
                 [this](const SearchKeyIndex::Match& m) {
                     m_found.push_back({m.rowid, std::string_view(m.key.data(), size_t(m.key.size()))});
                     return true;
                 });
    // string_view compares bytes as unsigned, as SQLite's BINARY collation does.
    std::sort(m_found.begin(), m_found.end(), [](const Resident& a, const Resident& b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : a.rowid < b.rowid;
    });
    m_needle = needle;
    m_hamletId = hamletId;
    m_generation = m_keys->generation();
    m_valid = true;
    return &m_found;
}

QString ResidentTextMatch::rowidsJson(std::vector<Resident>::const_iterator begin,
                                      std::vector<Resident>::const_iterator end)
{
    QByteArray json;
    json.reserve(qsizetype(end - begin) * 8 + 2);
    json += '[';
    for (auto it = begin; it != end; ++it) {
        if (it != begin)
            json += ',';
        json += QByteArray::number(it->rowid);
    }
    json += ']';
    return QString::fromLatin1(json);
}

} // namespace hocvuso
