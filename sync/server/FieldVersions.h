#pragma once

#include <QJsonObject>
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
// written without JSON. When that one group covers exactly the fields of
// the row's data, its list is written "*" ("hlc,device,seq:*"): the names
// are in the data already. "*" stands for the fields the stored data has,
// never for any field: a field the data lacks has no version. The JSON of
// earlier servers ({"field":["hlc","device",seq]}) is still read.
class FieldVersions
{
public:
    // `rowData` is the row's data stored with `text`: "*" is its members.
    static FieldVersions parse(QStringView text, const QJsonObject& rowData, bool* ok = nullptr);
    // Every field named (the form any reader takes).
    QString toText() const;
    // "*" for the field list when every field has one version and the
    // fields are exactly the members of `rowData`, the data stored with it.
    QString toText(const QJsonObject& rowData) const;
    // The text of a row whose every stored field took `version` (a new
    // row stored as received): "hlc,device,seq:*".
    static QString wholeRowText(const FieldVersion& version);

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
    // latest() without the field names (every group of a text has a field).
    static FieldVersion textLatest(QStringView text);

private:
    struct Entry
    {
        QString field;
        int version; // index into m_versions
    };
    int versionIndex(qint64 hlc, const QString& device, qint64 seq);
    bool parseJson(QStringView text);
    bool isOneWrite() const;
    QString starText() const;

    std::vector<FieldVersion> m_versions;
    std::vector<Entry> m_fields;
};

} // namespace hocvuso::sync
