#include "core/query/StoredValueText.h"

#include "core/domain/ClassFormat.h"
#include "core/domain/EntityCatalog.h"
#include "core/domain/TargetGroup.h"
#include "core/store/Store.h"
#include "core/validation/Dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace hocvuso {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("hocvuso::StoredValueText", text);
}

// The table a reference column points to.
QString referencedTable(const QString& field)
{
    if (field == QLatin1String("hamlet_id"))
        return QStringLiteral("hamlets");
    if (field == QLatin1String("household_id"))
        return QStringLiteral("households");
    if (field == QLatin1String("resident_id") || field == QLatin1String("mentee_id"))
        return QStringLiteral("residents");
    if (field == QLatin1String("class_id"))
        return QStringLiteral("classes");
    if (field == QLatin1String("team_id"))
        return QStringLiteral("teams");
    if (field == QLatin1String("mentor_id"))
        return QStringLiteral("mentors");
    if (field == QLatin1String("plan_id"))
        return QStringLiteral("plans");
    return {};
}

QString pairStatus(const QString& stored)
{
    if (stored == QLatin1String("active"))
        return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Active"));
    if (stored == QLatin1String("completed"))
        return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Completed"));
    if (stored == QLatin1String("ended"))
        return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Ended"));
    return stored;
}

} // namespace

StoredValueText::StoredValueText(Store* store) : m_store(store) {}

QString StoredValueText::text(const QString& entity, const QString& field, const QString& stored) const
{
    if (stored.isEmpty())
        return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "(empty)"));
    const EntityDef* def = EntityCatalog::find(entity);
    const ColumnType type = field == QLatin1String(sync_columns::deleted) ? ColumnType::Bool
                            : def && def->hasColumn(field)                ? def->typeOf(field)
                                                                          : ColumnType::Text;
    if (type == ColumnType::Bool) {
        if (stored == QLatin1String("1") || stored == QLatin1String("true"))
            return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Yes"));
        if (stored == QLatin1String("0") || stored == QLatin1String("false"))
            return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "No"));
        return stored;
    }
    if (type == ColumnType::Date) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? validation::formatDate(date) : stored;
    }
    if (type == ColumnType::DateTime) {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
        return at.isValid() ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : stored;
    }
    if (entity == QLatin1String("classes") && field == QLatin1String("format"))
        return class_format::label(stored);
    if (field == QLatin1String("target_group"))
        return target_group::label(stored);
    if (entity == QLatin1String("mentor_pairs") && field == QLatin1String("status"))
        return pairStatus(stored);
    if (field == QLatin1String("sex")) {
        if (stored == QLatin1String("M"))
            return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Male"));
        if (stored == QLatin1String("F"))
            return translated(QT_TRANSLATE_NOOP("hocvuso::StoredValueText", "Female"));
        return stored;
    }
    if (!referencedTable(field).isEmpty())
        return referenceName(field, stored);
    return stored;
}

QString StoredValueText::referenceName(const QString& field, const QString& id) const
{
    if (!m_store)
        return id;
    const QString table = referencedTable(field);
    // Deleted rows too: a conflict may be about a row deleted since.
    const auto row = m_store->get(table, id, true);
    if (!row)
        return id;
    auto value = [&](const char* column) { return row->value(QLatin1String(column)).toString(); };
    QString name;
    if (table == QLatin1String("residents"))
        name = value("full_name");
    else if (table == QLatin1String("classes"))
        name = value("title");
    else if (table == QLatin1String("households"))
        name = QStringList{value("code"), value("head_name")}.filter(QRegularExpression(QStringLiteral("\\S"))).join(
            QStringLiteral(" - "));
    else if (table == QLatin1String("mentors"))
        return referenceName(QStringLiteral("resident_id"), value("resident_id"));
    else if (table == QLatin1String("plans"))
        name = QStringList{value("code"), value("name")}.filter(QRegularExpression(QStringLiteral("\\S"))).join(
            QStringLiteral(" — "));
    else
        name = value("name");
    return name.isEmpty() ? id : name;
}

} // namespace hocvuso
