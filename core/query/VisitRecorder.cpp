#include "core/query/VisitRecorder.h"

#include "core/query/VisitQuery.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace hocvuso {

namespace {
bool refuse(EditRefusal* refusal, const QString& reason, const QString& field, const QString& detail = {})
{
    if (refusal)
        *refusal = {reason, field, detail};
    return false;
}

QSet<QString> idsOf(Store& store, const QString& sql, const QString& bind)
{
    QSet<QString> ids;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(bind);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toString());
    return ids;
}

QStringList unique(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list)
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}
} // namespace

VisitRecorder::VisitRecorder(Store& store) : m_store(store) {}

bool VisitRecorder::check(const VisitInput& in, EditRefusal* refusal)
{
    if (in.householdId.isEmpty() || !m_store.get(QStringLiteral("households"), in.householdId))
        return refuse(refusal, QStringLiteral("no_household"), QStringLiteral("household_id"), in.householdId);
    if (!in.visitedOn.isValid())
        return refuse(refusal, QStringLiteral("bad_date"), QStringLiteral("visited_on"));
    if (in.visitedOn > QDate::currentDate())
        return refuse(refusal, QStringLiteral("future_date"), QStringLiteral("visited_on"),
                      in.visitedOn.toString(Qt::ISODate));
    if (!in.teamId.isEmpty()) {
        const auto team = m_store.get(QStringLiteral("teams"), in.teamId);
        if (!team)
            return refuse(refusal, QStringLiteral("no_team"), QStringLiteral("team_id"), in.teamId);
    }
    const QSet<QString> teamMembers =
        in.teamId.isEmpty() ? QSet<QString>()
                            : idsOf(m_store,
                                    QStringLiteral("SELECT tm.resident_id FROM team_members tm JOIN residents r"
                                                   " ON r.id = tm.resident_id AND r.deleted = 0"
                                                   " WHERE tm.team_id = ? AND tm.deleted = 0"),
                                    in.teamId);
    for (const QString& v : in.visitors)
        if (!teamMembers.contains(v))
            return refuse(refusal, QStringLiteral("visitor_not_in_team"), QStringLiteral("visitors"), v);
    const QSet<QString> members = idsOf(
        m_store, QStringLiteral("SELECT id FROM residents WHERE household_id = ? AND deleted = 0"), in.householdId);
    for (const QString& h : in.helped)
        if (!members.contains(h))
            return refuse(refusal, QStringLiteral("not_a_member"), QStringLiteral("helped"), h);
    const QStringList known = visit_tasks::all();
    for (const QString& t : in.tasks)
        if (!known.contains(t))
            return refuse(refusal, QStringLiteral("unknown_task"), QStringLiteral("tasks"), t);
    const QString note = in.followUp.trimmed();
    if (!note.isEmpty() && !in.followUpOn.isValid())
        return refuse(refusal, QStringLiteral("follow_up_date_missing"), QStringLiteral("follow_up_on"));
    if (note.isEmpty() && in.followUpOn.isValid())
        return refuse(refusal, QStringLiteral("follow_up_note_missing"), QStringLiteral("follow_up"));
    if (in.followUpOn.isValid() && in.followUpOn < in.visitedOn)
        return refuse(refusal, QStringLiteral("follow_up_before_visit"), QStringLiteral("follow_up_on"),
                      in.followUpOn.toString(Qt::ISODate));
    return true;
}

std::optional<QString> VisitRecorder::record(const VisitInput& input, EditRefusal* refusal)
{
    if (!check(input, refusal))
        return std::nullopt;
    const QStringList tasks = unique(input.tasks);
    const QStringList helped = unique(input.helped);
    const QString note = input.followUp.trimmed();

    StoreTransaction tx(m_store);
    StoreError error;
    auto failed = [&] {
        refuse(refusal, QStringLiteral("store_error"), error.field, error.displayText());
        return std::nullopt;
    };
    if (!tx.ok())
        return failed();
    const auto id = m_store.insert(
        QStringLiteral("visits"),
        {{QStringLiteral("household_id"), input.householdId},
         {QStringLiteral("team_id"), input.teamId.isEmpty() ? QVariant() : QVariant(input.teamId)},
         {QStringLiteral("visited_on"), input.visitedOn},
         {QStringLiteral("visitors"), unique(input.visitors).join(QLatin1Char(','))},
         {QStringLiteral("helped"), helped.join(QLatin1Char(','))},
         {QStringLiteral("tasks"), tasks.join(QLatin1Char(','))},
         {QStringLiteral("informed"), tasks.contains(QLatin1String(visit_tasks::informed))},
         {QStringLiteral("follow_up"), note.isEmpty() ? QVariant() : QVariant(note)},
         {QStringLiteral("follow_up_on"), note.isEmpty() ? QVariant() : QVariant(input.followUpOn)}},
        &error);
    if (!id)
        return failed();
    QVariantMap facts;
    for (const QString& t : tasks)
        if (const QString column = visit_tasks::residentFact(t); !column.isEmpty())
            facts.insert(column, true);
    if (!facts.isEmpty())
        for (const QString& resident : helped)
            if (!m_store.update(QStringLiteral("residents"), resident, facts, &error))
                return failed();
    if (!tx.commit()) {
        error = {QStringLiteral("visits"), {}, QCoreApplication::translate("hocvuso::StoreError", "commit failed")};
        return failed();
    }
    return id;
}

TeamEditor::TeamEditor(Store& store) : m_store(store) {}

std::optional<QString> TeamEditor::createTeam(const QString& hamletId, const QString& name, EditRefusal* refusal)
{
    if (name.trimmed().isEmpty()) {
        refuse(refusal, QStringLiteral("name_required"), QStringLiteral("name"));
        return std::nullopt;
    }
    if (hamletId.isEmpty() || !m_store.get(QStringLiteral("hamlets"), hamletId)) {
        refuse(refusal, QStringLiteral("no_hamlet"), QStringLiteral("hamlet_id"), hamletId);
        return std::nullopt;
    }
    StoreError error;
    auto id = m_store.insert(QStringLiteral("teams"),
                             {{QStringLiteral("hamlet_id"), hamletId}, {QStringLiteral("name"), name.trimmed()},
                              {QStringLiteral("active"), true}},
                             &error);
    if (!id)
        refuse(refusal, QStringLiteral("store_error"), error.field, error.displayText());
    return id;
}

std::optional<QString> TeamEditor::addMember(const QString& teamId, const QString& residentId, const QString& role,
                                             EditRefusal* refusal)
{
    if (!m_store.get(QStringLiteral("teams"), teamId)) {
        refuse(refusal, QStringLiteral("no_team"), QStringLiteral("team_id"), teamId);
        return std::nullopt;
    }
    if (!m_store.get(QStringLiteral("residents"), residentId)) {
        refuse(refusal, QStringLiteral("no_resident"), QStringLiteral("resident_id"), residentId);
        return std::nullopt;
    }
    StoreError error;
    auto id = m_store.insert(QStringLiteral("team_members"),
                             {{QStringLiteral("team_id"), teamId},
                              {QStringLiteral("resident_id"), residentId},
                              {QStringLiteral("role"), role.trimmed().isEmpty() ? QVariant() : QVariant(role.trimmed())}},
                             &error);
    if (!id)
        refuse(refusal, QStringLiteral("store_error"), error.field, error.displayText());
    return id;
}

bool TeamEditor::removeMember(const QString& teamId, const QString& residentId, EditRefusal* refusal)
{
    const QString id = Store::naturalId(EntityCatalog::get(QStringLiteral("team_members")),
                                        {{QStringLiteral("team_id"), teamId}, {QStringLiteral("resident_id"), residentId}});
    if (!m_store.get(QStringLiteral("team_members"), id))
        return refuse(refusal, QStringLiteral("not_in_team"), QStringLiteral("resident_id"), residentId);
    StoreError error;
    if (m_store.remove(QStringLiteral("team_members"), id, &error))
        return true;
    return refuse(refusal, QStringLiteral("store_error"), error.field, error.displayText());
}

} // namespace hocvuso
