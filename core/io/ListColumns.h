#pragma once

#include "core/io/HeaderMatcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hocvuso {

// How a cell of an imported/exported list maps to the store.
enum class FieldKind {
    Id,           // the row's own id: exports carry it so a re-import lands on the same rows
    Text,         // NFC text
    Integer,      // whole number ("1.234" and "1 234" accepted)
    Bool,         // "x", "1", "có", "yes", "true" = yes; empty, "0", "không", "no" = no; exported as "x" / ""
    Date,         // dd/MM/yyyy (see validation/Dates.h); stored ISO
    BirthDate,    // a date or a year alone; fills birth_date and birth_year
    DateTime,     // dd/MM/yyyy HH:mm (time optional)
    Sex,          // "Nam"/"Nữ" (also M/F, male/female); stored M/F
    ClassFormat,  // "Trực tiếp"/"Trực tuyến"/"Kết hợp"/"Lưu động" (or the English); stored as a key (domain/ClassFormat.h)
    TargetGroup,  // "Người cao tuổi", "NKT; Hội LHPN", ...; stored as keys, other words as written (domain/TargetGroup.h)
    PairStatus,   // a mentor pair's active/completed/ended, or its Vietnamese label (CellFormat.h)
    Cccd,         // 12-digit CCCD, checked (validation/Cccd.h)
    Phone,        // Vietnamese phone, normalised (validation/Phone.h)
    HamletRef,    // a hamlet by name or code
    HouseholdRef, // a household by code
    HeadMark,     // residents' "Chủ hộ": a mark (x/1/có) or the head's name
    ResidentId,   // a resident by id
    ResidentCccd, // a resident by CCCD
    ClassId,      // a class by id
    ClassTitle,   // a class by title (must be unique)
    TeamId,       // a team by id
    TeamName,     // a team by name (must be unique)
    Label,        // a readable name in exports (e.g. the resident's name); ignored on import
};

struct ListField
{
    QString name;        // canonical name, also an accepted header
    QString header;      // the Vietnamese header of templates and exports
    QStringList aliases; // other accepted headers (compared without diacritics, case, spaces, punctuation)
    FieldKind kind = FieldKind::Text;
    QString column;      // the store column it fills; fields that name the same column are alternatives
    bool required = false;
    QString example;     // the value in the template's example row
};

// One importable/exportable list and its columns.
struct ListSpec
{
    ListSpec() = default;
    ListSpec(QString list, QString storeTable, QString listTitle, QVector<ListField> listFields)
        : name(std::move(list)), table(std::move(storeTable)), title(std::move(listTitle)), fields(std::move(listFields))
    {
    }

    QString name;  // residents, households, ...
    QString table; // the store table
    QString title; // English title (translated in the UI)
    QVector<ListField> fields;
    // Hamlets/households named in a row that do not exist yet are created.
    bool createsHamlets = false;
    bool createsHouseholds = false;
    // A second example row for the template (field name → value), when one row cannot show the list.
    QHash<QString, QString> secondExample;

    int fieldIndex(const QString& name) const;
    // The header matcher of this list: field i of the matcher is fields[i].
    HeaderMatcher matcher() const;
    QStringList headers() const;
    QList<QStringList> exampleRows() const;
};

class ListColumns
{
public:
    static const QVector<ListSpec>& all();
    static const ListSpec* find(const QString& list);
    static QStringList names();
    // The columns of a list as a Markdown table (header, other accepted
    // headers, required, format, example): docs/IMPORT.md is made of these.
    static QString markdownTable(const ListSpec& spec);
};

} // namespace hocvuso
