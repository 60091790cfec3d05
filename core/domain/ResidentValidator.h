#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace hocvuso {

// One problem with one field of a record. Errors block the write; warnings
// (e.g. a CCCD whose sex digit disagrees with the sex entered) are shown
// and the user may save anyway.
struct FieldIssue
{
    enum class Severity { Error, Warning };
    QString field; // store column name
    QString message;
    Severity severity = Severity::Error;
    bool isError() const { return severity == Severity::Error; }
};

struct ValidationResult
{
    QVariantMap values; // normalised: NFC name, 12-digit CCCD, national phone form, ISO birth date + year
    QVector<FieldIssue> issues;
    bool hasErrors() const;
    bool hasWarnings() const;
    QString firstError() const;
};

// The rules a resident record must follow wherever it comes from: the edit
// form, a CSV import, a QR scan or a pulled change. Keys are store columns;
// `birth` may be given as text in `birth_date` (any format parseDate takes).
class ResidentValidator
{
public:
    explicit ResidentValidator(QDate today = QDate::currentDate()) : m_today(today) {}
    ValidationResult validate(const QVariantMap& input) const;

private:
    QDate m_today;
};

} // namespace hocvuso
