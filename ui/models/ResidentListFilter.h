#pragma once

#include <QString>
#include <QVariantList>

namespace hocvuso {

// What the residents list shows: a search typed without diacritics plus the
// page's filters. Turned into one SQL condition over `residents r`.
struct ResidentListFilter
{
    QString search;   // name, CCCD or phone, any case, with or without diacritics
    QString hamletId; // empty: every hamlet
    QString group;    // empty, or a group key (see groupKeys)
    QString digital;  // empty, or a digital-status key (see digitalKeys)
    int trained = -1; // -1 any, 0 not trained, 1 trained

    static QStringList groupKeys();
    static QStringList digitalKeys();

    // SQL condition (never empty) and its bound values, in order.
    QString whereClause(QVariantList* binds) const;
};

// SQL condition that a resident `alias` counts as trained: completed a basic
// class, completed a mentor pair, or has basic_skills_on recorded.
QString trainedCondition(const QString& alias);

} // namespace hocvuso
