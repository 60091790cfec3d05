#include "core/query/AttendanceRecorder.h"

#include "core/domain/EntityCatalog.h"
#include "core/store/Store.h"

namespace hocvuso {

namespace {
const QString kAttendance = QStringLiteral("attendance");

bool refuse(EditRefusal* refusal, const QString& reason, const QString& field, const QString& detail = {})
{
    if (refusal)
        *refusal = {reason, field, detail};
    return false;
}
} // namespace

AttendanceRecorder::AttendanceRecorder(Store& store) : m_store(store) {}

QString AttendanceRecorder::attendanceId(const QString& classId, const QString& residentId)
{
    return Store::naturalId(EntityCatalog::get(kAttendance),
                            {{QStringLiteral("class_id"), classId}, {QStringLiteral("resident_id"), residentId}});
}

std::optional<AttendanceRecorder::Mark> AttendanceRecorder::markPresent(const QString& classId,
                                                                         const QString& residentId,
                                                                         EditRefusal* refusal)
{
    if (!m_store.get(QStringLiteral("classes"), classId)) {
        refuse(refusal, QStringLiteral("no_class"), QStringLiteral("class_id"), classId);
        return std::nullopt;
    }
    if (!m_store.get(QStringLiteral("residents"), residentId)) {
        refuse(refusal, QStringLiteral("no_resident"), QStringLiteral("resident_id"), residentId);
        return std::nullopt;
    }
    const auto living = m_store.get(kAttendance, attendanceId(classId, residentId));
    if (living && living->value(QStringLiteral("present")).toInt() == 1)
        return Mark::AlreadyPresent;
    QVariantMap values{{QStringLiteral("class_id"), classId},
                       {QStringLiteral("resident_id"), residentId},
                       {QStringLiteral("present"), true}};
    if (!living)
        values.insert(QStringLiteral("completed"), false); // a removed mark does not come back completed
    StoreError error;
    if (!m_store.insert(kAttendance, values, &error)) {
        refuse(refusal, QStringLiteral("store_error"), error.field, error.text());
        return std::nullopt;
    }
    return Mark::Marked;
}

std::optional<QString> AttendanceRecorder::remove(const QString& classId, const QString& residentId,
                                                  EditRefusal* refusal)
{
    const QString id = attendanceId(classId, residentId);
    if (!m_store.get(kAttendance, id)) {
        refuse(refusal, QStringLiteral("not_marked"), QStringLiteral("resident_id"), residentId);
        return std::nullopt;
    }
    StoreError error;
    if (!m_store.remove(kAttendance, id, &error)) {
        refuse(refusal, QStringLiteral("store_error"), error.field, error.text());
        return std::nullopt;
    }
    return id;
}

bool AttendanceRecorder::restore(const QString& attendanceId, EditRefusal* refusal)
{
    StoreError error;
    if (m_store.restore(kAttendance, attendanceId, &error))
        return true;
    return refuse(refusal, QStringLiteral("store_error"), error.field, error.text());
}

} // namespace hocvuso
