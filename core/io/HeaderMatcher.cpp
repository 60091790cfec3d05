#include "core/io/HeaderMatcher.h"

#include "core/text/VietnameseText.h"

namespace hocvuso {

namespace {

// "Ngày sinh (dd/mm/yyyy)" → "Ngày sinh ": notes that officers add to a
// header. An unclosed "(" drops the rest.
QString withoutParenthesised(const QString& s)
{
    QString out;
    out.reserve(s.size());
    int depth = 0;
    for (const QChar c : s) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0)
            out.append(c);
    }
    return out;
}

} // namespace

QString HeaderMatcher::key(const QString& header)
{
    QString k = text::fold(header);
    // Punctuation ("/", ".", "_", "-", "(", ")") and spaces go: writers
    // disagree on both, the letters are what identify a column.
    k.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return k;
}

void HeaderMatcher::addColumn(const QString& canonical, const QStringList& aliases, bool required)
{
    const int field = int(m_columns.size());
    m_columns.append(Column{canonical, required});
    auto add = [&](const QString& name) {
        const QString k = key(name);
        if (!k.isEmpty() && !m_fieldByKey.contains(k))
            m_fieldByKey.insert(k, field);
    };
    add(canonical);
    for (const QString& alias : aliases)
        add(alias);
}

int HeaderMatcher::fieldIndex(const QString& canonical) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).canonical == canonical)
            return i;
    }
    return -1;
}

HeaderMatcher::Mapping HeaderMatcher::match(const QStringList& headers) const
{
    Mapping m;
    m.columnForField.fill(-1, m_columns.size());
    for (int col = 0; col < headers.size(); ++col) {
        const QString& header = headers.at(col);
        const QString k = key(header);
        if (k.isEmpty())
            continue; // an unnamed column: nothing to import, nothing to report
        int field = fieldForKey(k);
        if (field < 0 && header.contains(u'('))
            field = fieldForKey(key(withoutParenthesised(header)));
        if (field < 0)
            m.unknownHeaders.append(header);
        else if (m.columnForField.at(field) >= 0)
            m.duplicates.append(header);
        else
            m.columnForField[field] = col;
    }
    for (int f = 0; f < m_columns.size(); ++f) {
        if (m_columns.at(f).required && m.columnForField.at(f) < 0)
            m.missingRequired.append(m_columns.at(f).canonical);
    }
    return m;
}

} // namespace hocvuso
