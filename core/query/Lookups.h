#pragma once

#include <QString>
#include <QVector>

namespace hocvuso {

class Store;

// Small id/name lists the forms and filters offer.
struct IdName
{
    QString id;
    QString name;
};

// Living hamlets by code, then name.
QVector<IdName> loadHamlets(Store& store);
// Living households of a hamlet by code, named "code - head of household".
QVector<IdName> loadHouseholds(Store& store, const QString& hamletId);
// The skills catalogue by code; empty when no catalogue has reached this store yet.
QVector<IdName> loadSkills(Store& store);
QString communeName(Store& store);

} // namespace hocvuso
