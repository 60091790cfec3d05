#include "sync/server/FieldVersions.h"

#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hocvuso::sync {

namespace {

// Splits "hlc,device,seq" into its parts; false when it is not that.
bool parseVersion(QStringView head, qint64* hlc, QStringView* device, qint64* seq)
{
    const qsizetype first = head.indexOf(QLatin1Char(','));
    const qsizetype last = head.lastIndexOf(QLatin1Char(','));
    if (first <= 0 || last <= first)
        return false;
    bool ok1 = false, ok2 = false;
    *hlc = head.left(first).toLongLong(&ok1);
    *device = head.mid(first + 1, last - first - 1);
    *seq = head.mid(last + 1).toLongLong(&ok2);
    return ok1 && ok2;
}

// Calls `visit(hlc, device, seq)` for each group of a text form, in order,
// with the group's field list unread (`names`: "a,b" or "*"), while it
// returns true. False when a group is malformed (the groups after it are
// not read).
template <class Visit>
bool forEachGroupVersion(QStringView text, Visit visit)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(';'), start);
        if (end < 0)
            end = text.size();
        const QStringView group = text.mid(start, end - start);
        start = end + 1;
        const qsizetype colon = group.indexOf(QLatin1Char(':'));
        qint64 hlc = 0, seq = 0;
        QStringView device;
        if (colon <= 0 || !parseVersion(group.left(colon), &hlc, &device, &seq))
            return false;
        if (!visit(hlc, device, seq, group.mid(colon + 1)))
            break;
    }
    return true;
}

} // namespace

FieldVersions FieldVersions::parse(QStringView text, const QJsonObject& rowData, bool* ok)
{
    FieldVersions v;
    bool good = true;
    if (text.startsWith(QLatin1Char('{'))) {
        good = v.parseJson(text);
    } else {
        good = forEachGroupVersion(text, [&](qint64 hlc, QStringView device, qint64 seq, QStringView names) {
            v.m_versions.push_back({hlc, device.toString(), seq});
            const int index = int(v.m_versions.size()) - 1;
            if (names == QLatin1String("*")) { // the row's fields, as its data has them now
                for (auto it = rowData.begin(); it != rowData.end(); ++it)
                    v.m_fields.push_back({it.key(), index});
                return true;
            }
            qsizetype from = 0;
            while (from <= names.size()) {
                qsizetype comma = names.indexOf(QLatin1Char(','), from);
                if (comma < 0)
                    comma = names.size();
                if (comma > from)
                    v.m_fields.push_back({names.mid(from, comma - from).toString(), index});
                from = comma + 1;
            }
            return true;
        });
    }
    if (ok)
        *ok = good;
    return v;
}

bool FieldVersions::parseJson(QStringView text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        set(it.key(), hlcFromJson(a.at(0)), a.at(1).toString(), a.at(2).toInteger());
    }
    return true;
}

bool FieldVersions::isOneWrite() const
{
    if (m_fields.empty())
        return false;
    const int index = m_fields.front().version;
    for (const Entry& e : m_fields)
        if (e.version != index)
            return false;
    return true;
}

QString FieldVersions::toText(const QJsonObject& rowData) const
{
    if (!isOneWrite() || qsizetype(m_fields.size()) != rowData.size())
        return toText();
    for (const Entry& e : m_fields) // names are unique: same count and all in the data is the same set
        if (!rowData.contains(e.field))
            return toText();
    return starText();
}

QString FieldVersions::starText() const
{
    return wholeRowText(m_versions[size_t(m_fields.front().version)]);
}

QString FieldVersions::wholeRowText(const FieldVersion& v)
{
    QString out;
    out.reserve(48);
    out += QString::number(v.hlc);
    out += QLatin1Char(',');
    out += v.device;
    out += QLatin1Char(',');
    out += QString::number(v.seq);
    out += QLatin1String(":*");
    return out;
}

QString FieldVersions::toText() const
{
    QString out;
    out.reserve(64 + int(m_fields.size()) * 16);
    std::vector<bool> written(m_versions.size(), false);
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const int index = m_fields[i].version;
        if (written[size_t(index)])
            continue;
        written[size_t(index)] = true;
        const FieldVersion& v = m_versions[size_t(index)];
        if (!out.isEmpty())
            out += QLatin1Char(';');
        out += QString::number(v.hlc);
        out += QLatin1Char(',');
        out += v.device;
        out += QLatin1Char(',');
        out += QString::number(v.seq);
        out += QLatin1Char(':');
        bool firstField = true;
        for (size_t j = i; j < m_fields.size(); ++j) {
            if (m_fields[j].version != index)
                continue;
            if (!firstField)
                out += QLatin1Char(',');
            out += m_fields[j].field;
            firstField = false;
        }
    }
    return out;
}

const FieldVersion* FieldVersions::find(QStringView field) const
{
    for (const Entry& e : m_fields)
        if (e.field == field)
            return &m_versions[size_t(e.version)];
    return nullptr;
}

int FieldVersions::versionIndex(qint64 hlc, const QString& device, qint64 seq)
{
    // Fields of one push share their version; search from the newest.
    for (int i = int(m_versions.size()) - 1; i >= 0; --i) {
        const FieldVersion& v = m_versions[size_t(i)];
        if (v.hlc == hlc && v.seq == seq && v.device == device)
            return i;
    }
    m_versions.push_back({hlc, device, seq});
    return int(m_versions.size()) - 1;
}

void FieldVersions::set(const QString& field, qint64 hlc, const QString& device, qint64 seq)
{
    const int index = versionIndex(hlc, device, seq);
    for (Entry& e : m_fields) {
        if (e.field == field) {
            e.version = index;
            return;
        }
    }
    m_fields.push_back({field, index});
}

bool FieldVersions::onlyWrittenBy(QStringView device) const
{
    if (m_fields.empty())
        return false;
    for (const Entry& e : m_fields)
        if (m_versions[size_t(e.version)].device != device)
            return false;
    return true;
}

FieldVersion FieldVersions::latest() const
{
    FieldVersion best;
    for (const Entry& e : m_fields) {
        const FieldVersion& v = m_versions[size_t(e.version)];
        if (v.hlc > best.hlc || (v.hlc == best.hlc && v.device > best.device))
            best = v;
    }
    return best;
}

bool FieldVersions::textOnlyWrittenBy(QStringView text, QStringView device)
{
    if (text.isEmpty())
        return false;
    if (text.startsWith(QLatin1Char('{')))
        return parse(text, {}).onlyWrittenBy(device); // JSON has no "*"
    bool onlyDevice = true;
    const bool wellFormed = forEachGroupVersion(text, [&](qint64, QStringView writer, qint64, QStringView) {
        onlyDevice = writer == device;
        return onlyDevice;
    });
    return wellFormed && onlyDevice;
}

FieldVersion FieldVersions::textLatest(QStringView text)
{
    if (text.startsWith(QLatin1Char('{')))
        return parse(text, {}).latest(); // JSON has no "*"
    FieldVersion best;
    // As parse: the groups before a malformed one.
    forEachGroupVersion(text, [&best](qint64 hlc, QStringView device, qint64 seq, QStringView) {
        if (hlc > best.hlc || (hlc == best.hlc && device > QStringView(best.device)))
            best = {hlc, device.toString(), seq};
        return true;
    });
    return best;
}

} // namespace hocvuso::sync
