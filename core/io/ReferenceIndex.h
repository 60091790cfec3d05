#pragma once

#include "core/store/BulkWriter.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace hocvuso {

// Looks up the records a list row refers to (a hamlet by name or code, a
// household by code, a resident by CCCD, a class or team by title) and
// the readable label of a referenced id, loading each table once, on first
// use. Records created during an import are added so later rows find them.
class ReferenceIndex
{
public:
    explicit ReferenceIndex(BulkWriter& writer) : m_writer(writer) {}

    struct Household
    {
        QString id;
        QString code;
        QString hamletId;
        QString headName;
    };

    // Ids of live records; empty when unknown. A name shared by two records is
    // ambiguous: *ambiguous is set and the id is empty.
    QString hamlet(const QString& nameOrCode, bool* ambiguous = nullptr);
    Household* household(const QString& code);
    QString classByTitle(const QString& title, bool* ambiguous);
    QString teamByName(const QString& name, bool* ambiguous);
    // A resident (deleted ones too: see residentDeleted) by CCCD.
    QString residentByCccd(const QString& cccd);
    // By folded name + birth + household code (see residentNameKey).
    QString residentByNameKey(const QString& key);
    bool residentDeleted(const QString& id);
    bool exists(const QString& table, const QString& id, bool includeDeleted = false);

    static QString residentNameKey(const QString& fullName, const QString& birth, const QString& householdCode);
    // The same, for a caller that has folded the name already.
    static QString residentNameKeyFolded(const QString& foldedName, const QString& birth, const QString& householdCode);

    void addHamlet(const QString& id, const QString& name, const QString& code);
    void addHousehold(const Household& h);
    void addResident(const QString& id, const QString& cccd, const QString& nameKey);
    // Room for n more residents in the lookups (saves rehashing in a large import).
    void reserveResidents(qsizetype n);
    void forgetResidentKeys(const QString& cccd, const QString& nameKey);

    // Labels for exports.
    QString hamletName(const QString& id);
    QString householdCode(const QString& id);
    QString classTitle(const QString& id);
    QString teamName(const QString& id);
    QString residentName(const QString& id);
    QString residentCccd(const QString& id);

private:
    void loadHamlets();
    void loadHouseholds();
    void loadClasses();
    void loadTeams();
    void loadResidents();
    QString field(const QString& table, const QString& id, const QString& column);

    BulkWriter& m_writer;
    bool m_hamletsLoaded = false, m_householdsLoaded = false, m_classesLoaded = false, m_teamsLoaded = false,
         m_residentsLoaded = false;
    QHash<QString, QString> m_hamletByKey;  // folded name, and "#"+folded code → id ("" = ambiguous)
    QHash<QString, QString> m_hamletNames;  // id → name
    QHash<QString, Household> m_households; // folded code → household
    QHash<QString, QString> m_householdCodes; // id → code
    QHash<QString, QString> m_classByTitle, m_classTitles;
    QHash<QString, QString> m_teamByName, m_teamNames;
    QHash<QString, QString> m_residentByCccd, m_residentByNameKey;
    QSet<QString> m_deletedResidents;
    QHash<QString, QVariantMap> m_fetched; // "table:id" → row, for labels
};

} // namespace hocvuso
