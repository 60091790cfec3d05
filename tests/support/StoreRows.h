#pragma once

#include "core/store/Store.h"

#include <catch2/catch.hpp>

namespace hocvuso::test {

// Inserts one row for a fixture; a refused row fails the test with the store's reason.
inline QString insertRow(Store& s, const QString& table, const QVariantMap& values)
{
    StoreError e;
    auto id = s.insert(table, values, &e);
    INFO(e.text().toStdString());
    REQUIRE(id);
    return *id;
}

} // namespace hocvuso::test
