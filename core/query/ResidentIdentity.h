#pragma once

#include "core/query/EditRefusal.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace hocvuso {

class Store;

// Who a living resident is, in the words a question or a refusal names
// them: "Nguyễn Văn An, born 01/05/1980, Thôn Đông".
struct ResidentIdentityRow
{
    QString id;
    QString fullName;
    QDate birthDate;   // null when only the year (or nothing) is known
    int birthYear = 0; // 0 when unknown
    QString hamletName;
};

// Keeps one living resident per person: who already holds a CCCD, and who
// may be the person on a scanned ID card although registered without one.
class ResidentIdentity
{
public:
    explicit ResidentIdentity(Store& store);

    // The living resident holding this CCCD (12 digits), other than `exceptId`.
    std::optional<ResidentIdentityRow> holderOfCccd(const QString& cccd, const QString& exceptId = {});

    // Living residents without a CCCD whose name folds like `fullName` and
    // whose birth matches `birthDate`: the same date when theirs is known,
    // else the same year. Best first (a full date before a year only).
    QVector<ResidentIdentityRow> sameWithoutCccd(const QString& fullName, const QDate& birthDate);

    // Stores a card's CCCD on a resident registered without one. Refused
    // ("cccd_taken", detail: the holder's name) when another living resident
    // has it, or ("has_cccd") when this one already has a different one.
    bool linkCccd(const QString& residentId, const QString& cccd, EditRefusal* refusal);

    // SQLite error text of the last failed read (empty when none failed).
    const QString& lastError() const { return m_lastError; }

private:
    Store& m_store;
    QString m_lastError;
};

} // namespace hocvuso
