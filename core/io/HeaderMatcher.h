#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hocvuso {

// Maps the column headers of a commune's spreadsheet to canonical fields.
//
// Headers and aliases are compared by key(): Vietnamese folded (lower case,
// no diacritics, đ → d, via text::fold), every character that is not a
// letter or digit dropped, spaces included. So "Họ và tên", "HO VA TEN",
// "ho_va_ten", "HọVàTên" and "Số CCCD/CMND" vs "so cccd cmnd" all agree,
// and "S.T.T" equals "STT". A header that matches nothing as written is
// tried once more without its parenthesised notes: "Ngày sinh (dd/mm/yyyy)"
// and "Số điện thoại (nếu có)" still match "Ngày sinh" / "Số điện thoại".
class HeaderMatcher
{
public:
    struct Mapping
    {
        QVector<int> columnForField; // per field (addColumn order): header column, -1 if absent
        QStringList unknownHeaders;  // as written; empty header cells are ignored
        QStringList missingRequired; // canonical names
        QStringList duplicates;      // headers (as written) of a field already matched: first wins
    };

    // The canonical name is an alias too. An alias already used by an
    // earlier column stays with that column.
    void addColumn(const QString& canonical, const QStringList& aliases, bool required = false);

    Mapping match(const QStringList& headers) const;

    int fieldCount() const { return int(m_columns.size()); }
    // Index of a canonical field in Mapping::columnForField, -1 if unknown.
    int fieldIndex(const QString& canonical) const;
    QString canonicalName(int field) const { return m_columns.value(field).canonical; }

    // "Số CCCD/CMND" → "socccdcmnd": the comparison key.
    static QString key(const QString& header);

private:
    struct Column
    {
        QString canonical;
        bool required = false;
    };
    int fieldForKey(const QString& key) const { return m_fieldByKey.value(key, -1); }

    QVector<Column> m_columns;
    QHash<QString, int> m_fieldByKey;
};

} // namespace hocvuso
