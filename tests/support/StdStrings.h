#pragma once

#include <QStringList>

#include <string>
#include <vector>

namespace hocvuso::test {

// Plain std types in assertions: readable failures, and no StringMaker for Qt types needed.
inline std::string u8(const QString& s)
{
    return s.toStdString();
}

inline std::vector<std::string> u8(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace hocvuso::test
