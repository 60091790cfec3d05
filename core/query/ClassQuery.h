#pragma once

#include <QString>
#include <QVector>

namespace hocvuso {

class Store;

// One planned class ("lớp Bình dân học vụ số") of the classes list.
struct ClassListRow
{
    QString id;
    QString startsAt; // ISO date-time as stored
    QString title;
    QString place;
    QString format; // stored code, see ClassDialog::formatLabel
    int attended = 0; // living attendance marked present
};

// One resident marked present at a class.
struct AttendeeRow
{
    QString attendanceId;
    QString residentId;
    QString fullName;
    int birthYear = 0; // 0 when unknown
    QString cccd;
    bool completed = false;
};

// Reads for the classes page: the classes, and who attended one. Reads
// resident names, so it lives in core.
class ClassQuery
{
public:
    explicit ClassQuery(Store& store);

    // Living classes, the latest first.
    QVector<ClassListRow> classes();
    // The living residents marked present at a class, by name.
    QVector<AttendeeRow> attendees(const QString& classId);

    // SQLite error text of the last failed read (empty when none failed).
    const QString& lastError() const { return m_lastError; }

private:
    Store& m_store;
    QString m_lastError;
};

} // namespace hocvuso
