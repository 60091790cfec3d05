#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <optional>

namespace hocvuso::sync {

// A scalar value of a pulled row's fields, as written in the page.
struct PulledValue
{
    // Nested: an object or array, skipped (no column of this schema takes
    // one; a newer server may send one for a field this client does not know).
    enum class Kind : quint8 { Null, Bool, Integer, Real, Text, Nested };
    Kind kind = Kind::Null;
    bool boolean = false;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text; // UTF-8, escapes decoded
};

struct PulledField
{
    QByteArrayView name; // UTF-8, escapes decoded
    PulledValue value;
};

// One row of a pull page: its entity, id, last writer and fields
// (PullPage::fieldsOf). Texts are UTF-8 views into the page.
struct PulledChange
{
    QByteArrayView entity;
    QByteArrayView rowId;
    QByteArrayView deviceId;
    qint64 hlc = 0;
    qsizetype firstField = 0;
    qsizetype fieldCount = 0;
};

struct PulledConflict
{
    QString id, entity, rowId, field, keptValue, keptDevice, lostValue, lostDevice;
    qint64 keptHlc = 0, lostHlc = 0, detectedAt = 0;
};

// The answer to GET /pull, read straight from its bytes without a
// QJsonDocument: a page of thousands of rows is most of a pull's CPU on the
// client otherwise. The reader is strict: text that is not JSON (truncated,
// invalid UTF-8, control characters, numbers out of double range), a member
// named twice in one object, a missing member or one of the wrong type
// refuses the whole page with an error naming the place. Members it does not
// know are checked and ignored (a newer server may add some).
class PullPage
{
public:
    static std::optional<PullPage> parse(QByteArray body, QString* error);
    // Whether `json` is one scalar value (string, number, true, false, null)
    // this reader accepts: what a server may pass on as it was received.
    static bool isStrictScalar(QByteArrayView json);

    QString cursor;
    bool more = false;
    QVector<PulledChange> changes;
    QVector<PulledConflict> conflicts;

    const PulledField* fieldsOf(const PulledChange& c) const { return m_fields.constData() + c.firstField; }

private:
    friend class PullPageReader;
    QByteArray m_body;    // the views point into it...
    QByteArray m_decoded; // ...or here, for strings with escapes (reserved once: never reallocated)
    QVector<PulledField> m_fields;
};

} // namespace hocvuso::sync
