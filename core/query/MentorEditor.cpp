#include "core/query/MentorEditor.h"

#include "core/query/MentorQuery.h"
#include "core/store/Store.h"

namespace hocvuso {

namespace {
const QString kMentors = QStringLiteral("mentors");
const QString kPairs = QStringLiteral("mentor_pairs");
const QString kResidents = QStringLiteral("residents");

bool refuse(EditRefusal* refusal, const QString& reason, const QString& field, const QString& detail = {})
{
    if (refusal)
        *refusal = {reason, field, detail};
    return false;
}

void storeFailed(EditRefusal* refusal, const StoreError& error)
{
    refuse(refusal, QStringLiteral("store_error"), error.field, error.displayText());
}
} // namespace

MentorEditor::MentorEditor(Store& store) : m_store(store) {}

std::optional<QString> MentorEditor::makeMentor(const QString& residentId, const QDate& since, EditRefusal* refusal)
{
    if (!m_store.get(kResidents, residentId)) {
        refuse(refusal, QStringLiteral("no_resident"), QStringLiteral("resident_id"), residentId);
        return std::nullopt;
    }
    if (!since.isValid()) {
        refuse(refusal, QStringLiteral("bad_date"), QStringLiteral("since"));
        return std::nullopt;
    }
    const QString id = Store::naturalId(EntityCatalog::get(kMentors), {{QStringLiteral("resident_id"), residentId}});
    if (MentorQuery(m_store).isActiveMentor(residentId))
        return id; // already one: nothing to change
    StoreError error;
    auto written = m_store.insert(
        kMentors, {{QStringLiteral("resident_id"), residentId}, {QStringLiteral("since"), since}, {QStringLiteral("active"), true}},
        &error);
    if (!written)
        storeFailed(refusal, error);
    return written;
}

bool MentorEditor::retireMentor(const QString& residentId, EditRefusal* refusal)
{
    MentorQuery query(m_store);
    if (!query.isActiveMentor(residentId))
        return refuse(refusal, QStringLiteral("not_a_mentor"), QStringLiteral("mentor_id"), residentId);
    if (!query.pairsOf(residentId, false).isEmpty())
        return refuse(refusal, QStringLiteral("has_active_pairs"), QStringLiteral("mentor_id"));
    const QString id = Store::naturalId(EntityCatalog::get(kMentors), {{QStringLiteral("resident_id"), residentId}});
    StoreError error;
    if (m_store.update(kMentors, id, {{QStringLiteral("active"), false}}, &error))
        return true;
    storeFailed(refusal, error);
    return false;
}

std::optional<QString> MentorEditor::pair(const QString& mentorId, const QString& menteeId, const QDate& startedOn,
                                          EditRefusal* refusal)
{
    MentorQuery query(m_store);
    if (!query.isActiveMentor(mentorId)) {
        refuse(refusal, QStringLiteral("not_a_mentor"), QStringLiteral("mentor_id"), mentorId);
        return std::nullopt;
    }
    if (!m_store.get(kResidents, menteeId)) {
        refuse(refusal, QStringLiteral("no_resident"), QStringLiteral("mentee_id"), menteeId);
        return std::nullopt;
    }
    if (mentorId == menteeId) {
        refuse(refusal, QStringLiteral("same_person"), QStringLiteral("mentee_id"));
        return std::nullopt;
    }
    if (!startedOn.isValid() || startedOn > QDate::currentDate()) {
        refuse(refusal, QStringLiteral("bad_date"), QStringLiteral("started_on"), startedOn.toString(Qt::ISODate));
        return std::nullopt;
    }
    if (const auto current = query.activePairOfMentee(menteeId)) {
        refuse(refusal, QStringLiteral("already_paired"), QStringLiteral("mentee_id"), current->mentorName);
        return std::nullopt;
    }
    const QVariantMap key = {{QStringLiteral("mentor_id"), mentorId}, {QStringLiteral("mentee_id"), menteeId}};
    const QString id = Store::naturalId(EntityCatalog::get(kPairs), key);
    // Re-pairing reuses the row of the same two people: a completed one
    // would lose the completion that makes the mentee count as trained.
    if (const auto old = m_store.get(kPairs, id); old && old->value(QStringLiteral("status")) == QLatin1String("completed")) {
        refuse(refusal, QStringLiteral("already_completed"), QStringLiteral("mentee_id"),
               old->value(QStringLiteral("ended_on")).toString());
        return std::nullopt;
    }
    QVariantMap row = key;
    row.insert(QStringLiteral("started_on"), startedOn);
    row.insert(QStringLiteral("ended_on"), QVariant());
    row.insert(QStringLiteral("status"), QStringLiteral("active"));
    StoreError error;
    auto written = m_store.insert(kPairs, row, &error);
    if (!written)
        storeFailed(refusal, error);
    return written;
}

bool MentorEditor::complete(const QString& pairId, const QDate& on, EditRefusal* refusal)
{
    return close(pairId, QStringLiteral("completed"), on, refusal);
}

bool MentorEditor::end(const QString& pairId, const QDate& on, EditRefusal* refusal)
{
    return close(pairId, QStringLiteral("ended"), on, refusal);
}

bool MentorEditor::close(const QString& pairId, const QString& status, const QDate& on, EditRefusal* refusal)
{
    const auto pair = m_store.get(kPairs, pairId);
    if (!pair)
        return refuse(refusal, QStringLiteral("no_pair"), QStringLiteral("id"), pairId);
    if (pair->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return refuse(refusal, QStringLiteral("not_active"), QStringLiteral("status"),
                      pair->value(QStringLiteral("status")).toString());
    const QDate started = QDate::fromString(pair->value(QStringLiteral("started_on")).toString(), Qt::ISODate);
    if (!on.isValid() || (started.isValid() && on < started))
        return refuse(refusal, QStringLiteral("before_start"), QStringLiteral("ended_on"), on.toString(Qt::ISODate));
    StoreError error;
    if (m_store.update(kPairs, pairId, {{QStringLiteral("status"), status}, {QStringLiteral("ended_on"), on}}, &error))
        return true;
    storeFailed(refusal, error);
    return false;
}

} // namespace hocvuso
