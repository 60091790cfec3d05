#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace hocvuso {

class Store;
struct StoreError;

// A record someone deleted (a tombstone), as the "Deleted records" list shows it.
struct DeletedRecord
{
    QString table; // residents, households, classes, ...
    QString id;
    QString label; // what a person recognises it by: a name, a class title and date
    QDateTime deletedAt; // local time of the delete (from the row's clock)
};

// Deletes are soft everywhere (they sync as tombstones); this lists the
// tombstones of the tables an officer edits, newest first, and brings one
// back. A record whose parent is itself deleted (the attendance of a deleted
// class) waits for the parent: restoring it alone would show nowhere.
class DeletedRecords
{
public:
    explicit DeletedRecords(Store& store);

    // The tables listed, parents before children (hamlets, households, residents, ...).
    static QStringList tables();
    // Newest first; `table` empty: every table. At most `limit` records.
    QVector<DeletedRecord> list(const QString& table = {}, int limit = 500) const;
    // What still refers to a living record and would be orphaned by its
    // delete ("3 households", "12 residents"): empty when it may go. Hamlets
    // and households only; other records carry nothing that depends on them.
    QStringList stillUsing(const QString& table, const QString& id) const;
    // Restores one record (logged and synced as any write); false with the
    // reason when it is not deleted, unknown, or its parent is deleted.
    bool restore(const QString& table, const QString& id, StoreError* error);

private:
    Store& m_store;
};

} // namespace hocvuso
