#include "core/store/SearchIndex.h"

#include "core/store/ChangeLogTriggers.h"
#include "core/text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace hocvuso {

QString SearchIndex::residentKey(const QString& fullName, const QString& cccd, const QString& phone)
{
    return residentKeyOfFolded(text::fold(fullName), cccd, phone);
}

QString SearchIndex::residentKeyOfFolded(const QString& foldedName, const QString& cccd, const QString& phone)
{
    QString key = foldedName;
    key.reserve(foldedName.size() + cccd.size() + phone.size() + 2);
    if (!cccd.isEmpty())
        key += QLatin1Char(' ') + cccd;
    if (!phone.isEmpty())
        key += QLatin1Char(' ') + phone;
    return key;
}

QStringList SearchIndex::createStatements()
{
    return {
        QStringLiteral("ALTER TABLE residents ADD COLUMN search_key TEXT"),
        // Prefix lookups (the best-ranked matches) use this index.
        QStringLiteral("CREATE INDEX residents_search_key ON residents(search_key)"),
        QStringLiteral("CREATE VIRTUAL TABLE residents_fts USING fts5(search_key, content='residents', "
                       "content_rowid='rowid', tokenize='trigram')"),
    };
}

// Created after the backfill: an external-content FTS table must never be
// told to delete an entry it was not given (that corrupts it).
static QStringList ftsTriggerStatements()
{
    return {
        QStringLiteral("CREATE TRIGGER residents_fts_insert AFTER INSERT ON residents BEGIN "
                       "INSERT INTO residents_fts (rowid, search_key) VALUES (NEW.rowid, NEW.search_key); END"),
        QStringLiteral("CREATE TRIGGER residents_fts_delete AFTER DELETE ON residents BEGIN "
                       "INSERT INTO residents_fts (residents_fts, rowid, search_key) "
                       "VALUES ('delete', OLD.rowid, OLD.search_key); END"),
        QStringLiteral("CREATE TRIGGER residents_fts_update AFTER UPDATE OF search_key ON residents BEGIN "
                       "INSERT INTO residents_fts (residents_fts, rowid, search_key) "
                       "VALUES ('delete', OLD.rowid, OLD.search_key); "
                       "INSERT INTO residents_fts (rowid, search_key) VALUES (NEW.rowid, NEW.search_key); END"),
    };
}

bool SearchIndex::backfill(QSqlDatabase& db, QString* error)
{
    struct Row
    {
        qint64 rowid;
        QString key;
    };
    QVector<Row> rows;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT rowid, full_name, cccd, phone FROM residents"))) {
        if (error)
            *error = read.lastError().text();
        return false;
    }
    while (read.next())
        rows.push_back({read.value(0).toLongLong(),
                        residentKey(read.value(1).toString(), read.value(2).toString(), read.value(3).toString())});

    // The key is derived locally: filling it is not a change to sync.
    SuppressChangeLog quiet(db);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE residents SET search_key = ? WHERE rowid = ?"));
    for (const Row& r : rows) {
        write.bindValue(0, r.key);
        write.bindValue(1, r.rowid);
        if (!write.exec()) {
            if (error)
                *error = write.lastError().text();
            return false;
        }
    }
    QStringList finish = {QStringLiteral("INSERT INTO residents_fts (residents_fts) VALUES ('rebuild')")};
    finish << ftsTriggerStatements();
    for (const QString& sql : finish) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString SearchIndex::insertTriggerName()
{
    return QStringLiteral("residents_search_insert");
}

QString SearchIndex::recordInsertsSql()
{
    return QStringLiteral("INSERT INTO resident_search_changes (resident_rowid) SELECT NULL WHERE ?1 < ?2");
}

QString SearchIndex::householdInsertTriggerName()
{
    return QStringLiteral("households_search_insert");
}

QStringList SearchIndex::version10Statements()
{
    const QString record =
        QStringLiteral("INSERT INTO resident_search_changes (resident_rowid, household_rowid) VALUES (NULL, %1.rowid);");
    return {
        QStringLiteral("ALTER TABLE resident_search_changes ADD COLUMN household_rowid INTEGER"),
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON households BEGIN %2 END")
            .arg(householdInsertTriggerName(), record.arg(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER households_search_update AFTER UPDATE OF code, deleted, hamlet_id "
                       "ON households BEGIN %1 END")
            .arg(record.arg(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER households_search_delete AFTER DELETE ON households BEGIN %1 END")
            .arg(record.arg(QStringLiteral("OLD"))),
        // Indexes loaded before the upgrade hold no codes: "load everything".
        QStringLiteral("INSERT INTO resident_search_changes (resident_rowid) VALUES (NULL)"),
    };
}

QStringList SearchIndex::version4Statements()
{
    const QString record = QStringLiteral("INSERT INTO resident_search_changes (resident_rowid) VALUES (%1.rowid);");
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS residents_fts_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS residents_fts_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS residents_fts_update"),
        QStringLiteral("DROP TABLE IF EXISTS residents_fts"),
        // AUTOINCREMENT: a seq is never reused after a prune. A rolled-back
        // entry's seq may come again, which is harmless: readers move past
        // committed entries only, outside a transaction.
        QStringLiteral("CREATE TABLE resident_search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "resident_rowid INTEGER)"),
        // The first entry says "load everything" and keeps the table from ever being empty.
        QStringLiteral("INSERT INTO resident_search_changes (resident_rowid) VALUES (NULL)"),
        QStringLiteral("CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN %1 END")
            .arg(record.arg(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER residents_search_update AFTER UPDATE OF search_key, deleted, hamlet_id "
                       "ON residents BEGIN %1 END")
            .arg(record.arg(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER residents_search_delete AFTER DELETE ON residents BEGIN %1 END")
            .arg(record.arg(QStringLiteral("OLD"))),
        // Keeps the latest 16k-20k entries; a reader further behind sees the
        // gap (its last seq is gone) and reloads.
        QStringLiteral("CREATE TRIGGER resident_search_changes_prune AFTER INSERT ON resident_search_changes "
                       "WHEN NEW.seq % 4096 = 0 BEGIN "
                       "DELETE FROM resident_search_changes WHERE seq <= NEW.seq - 16384; END"),
    };
}

} // namespace hocvuso
