#pragma once

#include "core/query/EditRefusal.h"

#include <QString>

#include <optional>

namespace hocvuso {

class Store;

// Marks residents present at a class and takes wrong marks back. A mark's
// id is the UUIDv5 of class + resident, so there is one row per pair:
// marking someone again after a removal brings that row back (the store's
// natural-key insert clears the tombstone) with "completed" cleared, since
// the mark removed was a mistake; marking someone already present writes
// nothing. Removing tombstones the row, and restore() (the Undo) brings it
// back as it was.
class AttendanceRecorder
{
public:
    enum class Mark { Marked, AlreadyPresent };

    explicit AttendanceRecorder(Store& store);

    std::optional<Mark> markPresent(const QString& classId, const QString& residentId, EditRefusal* refusal);
    // Returns the id of the attendance row removed (for restore()).
    std::optional<QString> remove(const QString& classId, const QString& residentId, EditRefusal* refusal);
    bool restore(const QString& attendanceId, EditRefusal* refusal);

    static QString attendanceId(const QString& classId, const QString& residentId);

private:
    Store& m_store;
};

} // namespace hocvuso
