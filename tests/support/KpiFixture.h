#pragma once

#include "core/store/Store.h"

#include <QHash>
#include <QString>

namespace hocvuso::test {

// A small commune with known indicator answers (see KpiFixture.cpp for the
// people and the expected numbers). Used by the KPI, report and CLI tests.
struct KpiFixture
{
    QHash<QString, QString> ids; // "R1", "H1", "HH1", "C1", ... → row id
    QString id(const char* key) const { return ids.value(QString::fromLatin1(key)); }
};

// Fills `store` (which has a commune) and installs the plan templates with
// 001 active. Throws std::runtime_error on any refused write.
KpiFixture buildKpiFixture(Store& store);

} // namespace hocvuso::test
