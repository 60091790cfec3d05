#pragma once

#include <QString>

namespace hocvuso {

// What a person calls a kind of record (in the language installed) ("Resident", "Class"), translated,
// for the store's table name ("residents", "classes"); the table name itself
// when it has no name of its own.
QString entityTitle(const QString& table);

} // namespace hocvuso
