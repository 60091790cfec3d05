#include "core/io/ReferenceIndex.h"

#include "core/text/VietnameseText.h"

namespace hocvuso {

namespace {
const QString kLive = QStringLiteral("deleted = 0");

// An entry for a key two records share becomes "" (ambiguous).
void addUnique(QHash<QString, QString>& map, const QString& key, const QString& id)
{
    if (key.isEmpty())
        return;
    auto it = map.find(key);
    if (it == map.end())
        map.insert(key, id);
    else if (*it != id)
        *it = QString();
}

QString lookup(const QHash<QString, QString>& map, const QString& key, bool* ambiguous)
{
    auto it = map.constFind(key);
    if (ambiguous)
        *ambiguous = it != map.constEnd() && it->isEmpty();
    return it == map.constEnd() ? QString() : *it;
}
} // namespace

QString ReferenceIndex::residentNameKey(const QString& fullName, const QString& birth, const QString& householdCode)
{
    // A name alone is not enough to say two rows are one person.
    if (birth.isEmpty() && householdCode.isEmpty())
        return {};
    return residentNameKeyFolded(text::fold(fullName), birth, householdCode);
}

QString ReferenceIndex::residentNameKeyFolded(const QString& foldedName, const QString& birth,
                                              const QString& householdCode)
{
    if (birth.isEmpty() && householdCode.isEmpty())
        return {};
    return foldedName + QLatin1Char('|') + birth + QLatin1Char('|') + text::fold(householdCode);
}

void ReferenceIndex::loadHamlets()
{
    if (m_hamletsLoaded)
        return;
    m_hamletsLoaded = true;
    m_writer.scan(QStringLiteral("hamlets"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code")}, kLive,
                  [this](const QVariantList& r) { addHamlet(r[0].toString(), r[1].toString(), r[2].toString()); });
}

void ReferenceIndex::addHamlet(const QString& id, const QString& name, const QString& code)
{
    addUnique(m_hamletByKey, text::fold(name), id);
    if (!code.isEmpty())
        addUnique(m_hamletByKey, QLatin1Char('#') + text::fold(code), id);
    m_hamletNames.insert(id, name);
}

QString ReferenceIndex::hamlet(const QString& nameOrCode, bool* ambiguous)
{
    loadHamlets();
    const QString key = text::fold(nameOrCode);
    // A code wins over a name: "T01" is more specific than a hamlet called "T01".
    bool codeAmbiguous = false;
    const QString byCode = lookup(m_hamletByKey, QLatin1Char('#') + key, &codeAmbiguous);
    if (!byCode.isEmpty()) {
        if (ambiguous)
            *ambiguous = false;
        return byCode;
    }
    return lookup(m_hamletByKey, key, ambiguous);
}

QString ReferenceIndex::hamletName(const QString& id)
{
    loadHamlets();
    return m_hamletNames.value(id);
}

void ReferenceIndex::loadHouseholds()
{
    if (m_householdsLoaded)
        return;
    m_householdsLoaded = true;
    m_writer.scan(QStringLiteral("households"),
                  {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("hamlet_id"), QStringLiteral("head_name")},
                  kLive, [this](const QVariantList& r) {
                      addHousehold({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()});
                  });
}

void ReferenceIndex::addHousehold(const Household& h)
{
    if (!h.code.isEmpty())
        m_households.insert(text::fold(h.code), h);
    m_householdCodes.insert(h.id, h.code);
}

ReferenceIndex::Household* ReferenceIndex::household(const QString& code)
{
    loadHouseholds();
    auto it = m_households.find(text::fold(code));
    return it == m_households.end() ? nullptr : &*it;
}

QString ReferenceIndex::householdCode(const QString& id)
{
    loadHouseholds();
    return m_householdCodes.value(id);
}

void ReferenceIndex::loadClasses()
{
    if (m_classesLoaded)
        return;
    m_classesLoaded = true;
    m_writer.scan(QStringLiteral("classes"), {QStringLiteral("id"), QStringLiteral("title")}, kLive,
                  [this](const QVariantList& r) {
                      addUnique(m_classByTitle, text::fold(r[1].toString()), r[0].toString());
                      m_classTitles.insert(r[0].toString(), r[1].toString());
                  });
}

QString ReferenceIndex::classByTitle(const QString& title, bool* ambiguous)
{
    loadClasses();
    return lookup(m_classByTitle, text::fold(title), ambiguous);
}

QString ReferenceIndex::classTitle(const QString& id)
{
    loadClasses();
    return m_classTitles.value(id);
}

void ReferenceIndex::loadTeams()
{
    if (m_teamsLoaded)
        return;
    m_teamsLoaded = true;
    m_writer.scan(QStringLiteral("teams"), {QStringLiteral("id"), QStringLiteral("name")}, kLive,
                  [this](const QVariantList& r) {
                      addUnique(m_teamByName, text::fold(r[1].toString()), r[0].toString());
                      m_teamNames.insert(r[0].toString(), r[1].toString());
                  });
}

QString ReferenceIndex::teamByName(const QString& name, bool* ambiguous)
{
    loadTeams();
    return lookup(m_teamByName, text::fold(name), ambiguous);
}

QString ReferenceIndex::teamName(const QString& id)
{
    loadTeams();
    return m_teamNames.value(id);
}

void ReferenceIndex::loadResidents()
{
    if (m_residentsLoaded)
        return;
    m_residentsLoaded = true;
    loadHouseholds();
    m_residentByCccd.reserve(1024);
    m_writer.scan(QStringLiteral("residents"),
                  {QStringLiteral("id"), QStringLiteral("cccd"), QStringLiteral("full_name"), QStringLiteral("birth_date"),
                   QStringLiteral("birth_year"), QStringLiteral("household_id"), QStringLiteral("deleted")},
                  {}, [this](const QVariantList& r) {
                      const QString id = r[0].toString();
                      const QString birth = r[3].isNull() ? r[4].toString() : r[3].toString();
                      addResident(id, r[1].toString(),
                                  residentNameKey(r[2].toString(), birth, m_householdCodes.value(r[5].toString())));
                      if (r[6].toLongLong() != 0)
                          m_deletedResidents.insert(id);
                  });
}

void ReferenceIndex::addResident(const QString& id, const QString& cccd, const QString& nameKey)
{
    if (!cccd.isEmpty())
        m_residentByCccd.insert(cccd, id);
    if (!nameKey.isEmpty())
        m_residentByNameKey.insert(nameKey, id);
    m_deletedResidents.remove(id);
}

void ReferenceIndex::reserveResidents(qsizetype n)
{
    m_residentByCccd.reserve(m_residentByCccd.size() + n);
    m_residentByNameKey.reserve(m_residentByNameKey.size() + n);
}

void ReferenceIndex::forgetResidentKeys(const QString& cccd, const QString& nameKey)
{
    if (!cccd.isEmpty())
        m_residentByCccd.remove(cccd);
    m_residentByNameKey.remove(nameKey);
}

QString ReferenceIndex::residentByCccd(const QString& cccd)
{
    loadResidents();
    return m_residentByCccd.value(cccd);
}

QString ReferenceIndex::residentByNameKey(const QString& key)
{
    loadResidents();
    return m_residentByNameKey.value(key);
}

bool ReferenceIndex::residentDeleted(const QString& id)
{
    loadResidents();
    return m_deletedResidents.contains(id);
}

bool ReferenceIndex::exists(const QString& table, const QString& id, bool includeDeleted)
{
    const auto row = m_writer.fetch(table, id);
    return row && (includeDeleted || row->value(QStringLiteral("deleted")).toLongLong() == 0);
}

QString ReferenceIndex::field(const QString& table, const QString& id, const QString& column)
{
    const QString key = table + QLatin1Char(':') + id;
    auto it = m_fetched.constFind(key);
    if (it == m_fetched.constEnd()) {
        if (m_fetched.size() > 50000)
            m_fetched.clear(); // a label cache, not a copy of the table
        it = m_fetched.insert(key, m_writer.fetch(table, id).value_or(QVariantMap()));
    }
    return it->value(column).toString();
}

QString ReferenceIndex::residentName(const QString& id)
{
    return field(QStringLiteral("residents"), id, QStringLiteral("full_name"));
}

QString ReferenceIndex::residentCccd(const QString& id)
{
    return field(QStringLiteral("residents"), id, QStringLiteral("cccd"));
}

} // namespace hocvuso
