#pragma once

#include "core/query/EditRefusal.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hocvuso {

class Store;

// Writes of the Đại sứ số network, each checked first and written in one
// transaction: make a resident a mentor, pair a mentee, complete or end a pair.
class MentorEditor
{
public:
    explicit MentorEditor(Store& store);

    // Makes (or makes again) a living resident an active mentor. Returns the mentors row id.
    std::optional<QString> makeMentor(const QString& residentId, const QDate& since, EditRefusal* refusal);
    // Stops a mentor (active = 0). Refused while they still have active pairs.
    bool retireMentor(const QString& residentId, EditRefusal* refusal);
    // Pairs a mentee with an active mentor. Refused for the mentor themselves,
    // a mentee who already has an active pair, or one already trained by a
    // completed pair with this mentor. Returns the pair id (UUIDv5 of mentor + mentee).
    std::optional<QString> pair(const QString& mentorId, const QString& menteeId, const QDate& startedOn,
                                EditRefusal* refusal);
    // Closes an active pair: 'completed' (the mentee reached basic skills and
    // counts as trained) or 'ended' (stopped without that).
    bool complete(const QString& pairId, const QDate& on, EditRefusal* refusal);
    bool end(const QString& pairId, const QDate& on, EditRefusal* refusal);

private:
    bool close(const QString& pairId, const QString& status, const QDate& on, EditRefusal* refusal);

    Store& m_store;
};

} // namespace hocvuso
