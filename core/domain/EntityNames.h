#pragma once

#include <QString>

namespace hocvuso {

// What a person calls a kind of record (in the language installed) ("Resident", "Class"), translated,
// for the store's table name ("residents", "classes"); the table name itself
// when it has no name of its own.
QString entityTitle(const QString& table);

// What a person calls a field of a record (translated) ("Full name",
// "Commune code"), for messages that name it; a reference names the kind of
// record it points to; the column name itself when it has no name of its own.
QString fieldTitle(const QString& table, const QString& column);

} // namespace hocvuso
