#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace hocvuso::sync {

// The version of one field of a merged row: who wrote it, when, and the
// commune sequence of the push that stored it.
struct FieldVersion
{
    qint64 hlc = 0;
    QString device;
    qint64 seq = 0;
};

// The per-field versions of one row on the server, in the compact text the
// server stores in sync_rows.versions: groups of fields sharing a version,
// "hlc,device,seq:field,field;hlc,device,seq:field". A push writes most
// fields of a row with one version, so a row is one short group, read and
// written without JSON. The JSON of earlier servers
// ({"field":["hlc","device",seq]}) is still read.
class FieldVersions
{
public:
    static FieldVersions parse(QStringView text, bool* ok = nullptr);
    QString toText() const;

    // Null when the field has no version yet.
    const FieldVersion* find(QStringView field) const;
    void set(const QString& field, qint64 hlc, const QString& device, qint64 seq);
    bool isEmpty() const { return m_fields.empty(); }
    int size() const { return int(m_fields.size()); }

    // True when every field was last written by `device` (and there is one).
    bool onlyWrittenBy(QStringView device) const;
    // The greatest (hlc, device) over the fields: the row's last writer.
    FieldVersion latest() const;

    // Without parsing a whole row: whether every version in `text` names
    // `device` (pull skips the asking device's own rows with it).
    static bool textOnlyWrittenBy(QStringView text, QStringView device);

private:
    struct Entry
    {
        QString field;
        int version; // index into m_versions
    };
    int versionIndex(qint64 hlc, const QString& device, qint64 seq);
    bool parseJson(QStringView text);

    std::vector<FieldVersion> m_versions;
    std::vector<Entry> m_fields;
};

} // namespace hocvuso::sync
