#include "core/store/Migrations.h"

#include "core/domain/ClassFormat.h"
#include "core/domain/TargetGroup.h"
#include "core/store/ChangeLogTriggers.h"
#include "core/store/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <optional>

namespace hocvuso {

namespace {

const char* const kSyncColumns = R"(
    id TEXT PRIMARY KEY NOT NULL,
    commune_id TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0)";

QString table(const QString& name, const QString& body)
{
    return QStringLiteral("CREATE TABLE %1 (%2,\n%3)").arg(name, QString::fromLatin1(kSyncColumns), body);
}

// Version 1: the entities, the change log and the device's own state.
// Frozen: a later change is a later step, never an edit here.
QStringList version1()
{
    const QString fk = QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
        QStringLiteral("CREATE TABLE change_log ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL,"
                       " fields TEXT NOT NULL, hlc INTEGER NOT NULL, device_id TEXT NOT NULL)"),
        // One row: set to 1 only while changes pulled from the server are
        // applied, so they are not logged again as local writes.
        QStringLiteral("CREATE TABLE log_ctl (suppress INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO log_ctl (suppress) VALUES (0)"),
        table("communes", "code TEXT NOT NULL, name TEXT NOT NULL, province_code TEXT, province_name TEXT"),
        table("hamlets", "code TEXT, name TEXT NOT NULL, kind TEXT"),
        table("households", "hamlet_id TEXT REFERENCES hamlets(id)" + fk +
                                ", code TEXT, head_name TEXT, address TEXT,"
                                " poor INTEGER NOT NULL DEFAULT 0, near_poor INTEGER NOT NULL DEFAULT 0"),
        table("residents",
              "hamlet_id TEXT REFERENCES hamlets(id)" + fk + ", household_id TEXT REFERENCES households(id)" + fk +
                  ", full_name TEXT NOT NULL, birth_date TEXT, birth_year INTEGER, sex TEXT,"
                  " cccd TEXT, phone TEXT, is_head INTEGER NOT NULL DEFAULT 0, ethnicity TEXT,"
                  " ethnic_minority INTEGER NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0,"
                  " public_official INTEGER NOT NULL DEFAULT 0, student INTEGER NOT NULL DEFAULT 0,"
                  " enterprise_worker INTEGER NOT NULL DEFAULT 0, small_trader INTEGER NOT NULL DEFAULT 0,"
                  " womens_union INTEGER NOT NULL DEFAULT 0, youth_union INTEGER NOT NULL DEFAULT 0,"
                  " influencer INTEGER NOT NULL DEFAULT 0, has_smartphone INTEGER NOT NULL DEFAULT 0,"
                  " vneid_level2 INTEGER NOT NULL DEFAULT 0, digital_bank INTEGER NOT NULL DEFAULT 0,"
                  " online_services INTEGER NOT NULL DEFAULT 0, cashless INTEGER NOT NULL DEFAULT 0,"
                  " vneid_certified_on TEXT, basic_skills_on TEXT, notes TEXT"),
        table("skills", "code TEXT NOT NULL, name TEXT NOT NULL, description TEXT"),
        table("classes", "hamlet_id TEXT REFERENCES hamlets(id)" + fk +
                             ", title TEXT NOT NULL, starts_at TEXT, ends_at TEXT, place TEXT, format TEXT,"
                             " target_group TEXT, organiser TEXT, instructors TEXT, skills TEXT,"
                             " basic_course INTEGER NOT NULL DEFAULT 1, notes TEXT"),
        table("attendance", "class_id TEXT NOT NULL REFERENCES classes(id)" + fk +
                                ", resident_id TEXT NOT NULL REFERENCES residents(id)" + fk +
                                ", present INTEGER NOT NULL DEFAULT 1, completed INTEGER NOT NULL DEFAULT 0"),
        table("mentors", "resident_id TEXT NOT NULL REFERENCES residents(id)" + fk +
                             ", since TEXT, active INTEGER NOT NULL DEFAULT 1, notes TEXT"),
        table("mentor_pairs", "mentor_id TEXT NOT NULL REFERENCES residents(id)" + fk +
                                  ", mentee_id TEXT NOT NULL REFERENCES residents(id)" + fk +
                                  ", started_on TEXT, ended_on TEXT, status TEXT NOT NULL DEFAULT 'active',"
                                  " skills TEXT"),
        table("teams", "hamlet_id TEXT REFERENCES hamlets(id)" + fk +
                           ", name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1"),
        table("team_members", "team_id TEXT NOT NULL REFERENCES teams(id)" + fk +
                                  ", resident_id TEXT NOT NULL REFERENCES residents(id)" + fk + ", role TEXT"),
        table("visits", "household_id TEXT NOT NULL REFERENCES households(id)" + fk +
                            ", team_id TEXT REFERENCES teams(id)" + fk +
                            ", visited_on TEXT NOT NULL, visitors TEXT, helped TEXT, tasks TEXT,"
                            " informed INTEGER NOT NULL DEFAULT 0, follow_up TEXT, follow_up_on TEXT"),
        table("markets", "hamlet_id TEXT REFERENCES hamlets(id)" + fk +
                             ", name TEXT NOT NULL, runs_4t INTEGER NOT NULL DEFAULT 0"),
        table("baselines", "hamlet_id TEXT NOT NULL REFERENCES hamlets(id)" + fk +
                               ", year INTEGER NOT NULL, adults INTEGER, people16 INTEGER, elderly INTEGER,"
                               " disabled INTEGER, households INTEGER, officials INTEGER, students INTEGER,"
                               " enterprise_workers INTEGER, markets INTEGER, women_members INTEGER"),
        table("plans", "code TEXT NOT NULL, name TEXT NOT NULL, description TEXT,"
                       " mentor_min INTEGER NOT NULL DEFAULT 3, class_cadence TEXT"),
        table("plan_targets", "plan_id TEXT NOT NULL REFERENCES plans(id)" + fk +
                                  ", indicator TEXT NOT NULL, year INTEGER NOT NULL, target REAL"),
        QStringLiteral("CREATE INDEX households_hamlet ON households(hamlet_id)"),
        QStringLiteral("CREATE INDEX residents_household ON residents(household_id)"),
        QStringLiteral("CREATE INDEX residents_hamlet ON residents(hamlet_id)"),
        QStringLiteral("CREATE INDEX residents_cccd ON residents(cccd)"),
        QStringLiteral("CREATE INDEX attendance_class ON attendance(class_id)"),
        QStringLiteral("CREATE INDEX attendance_resident ON attendance(resident_id)"),
        QStringLiteral("CREATE INDEX pairs_mentor ON mentor_pairs(mentor_id)"),
        QStringLiteral("CREATE INDEX pairs_mentee ON mentor_pairs(mentee_id)"),
        QStringLiteral("CREATE INDEX visits_household ON visits(household_id)"),
        QStringLiteral("CREATE INDEX team_members_team ON team_members(team_id)"),
        QStringLiteral("CREATE INDEX targets_plan ON plan_targets(plan_id)"),
    };
}

// Version 3: the sync client's own records (never synced): conflicts the
// server reported and changes it quarantined, for a person to review.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE sync_conflicts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, server_id TEXT UNIQUE,"
                       " entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,"
                       " kept_value TEXT, kept_hlc INTEGER, kept_device TEXT,"
                       " lost_value TEXT, lost_hlc INTEGER, lost_device TEXT,"
                       " detected_at TEXT NOT NULL, reviewed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sync_quarantine ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL UNIQUE,"
                       " entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT, reason TEXT NOT NULL,"
                       " fields TEXT, reported_at TEXT NOT NULL, reviewed INTEGER NOT NULL DEFAULT 0)"),
    };
}

// Rewrites one column of every class as `rewrite` says (nullopt: kept as
// it is), silently: the change log is suppressed, for the reasons given at
// version 5 below. Runs inside runStep's transaction, so a failure rolls the
// suppression flag back too.
bool rewriteClassColumn(QSqlDatabase& db, int version, const QString& column, QString* error,
                        const std::function<std::optional<QVariant>(const QString&)>& rewrite)
{
    SuppressChangeLog quiet(db);
    auto fail = [&](const QSqlQuery& q) {
        if (error)
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(q.lastError().text());
        return false;
    };
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT id, %1 FROM classes WHERE %1 IS NOT NULL AND %1 <> ''").arg(column)))
        return fail(read);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE classes SET %1 = ? WHERE id = ?").arg(column));
    while (read.next()) {
        const auto value = rewrite(read.value(1).toString());
        if (!value)
            continue;
        write.addBindValue(*value);
        write.addBindValue(read.value(0));
        if (!write.exec())
            return fail(write);
    }
    return true;
}

// Version 5: classes.format holds a key (in_class, online, blended, mobile);
// earlier versions and the demo stored Vietnamese labels. Applied silently
// (change log suppressed) on every device rather than logged for sync:
// every store that upgrades derives the same keys from the same labels,
// so there is nothing another device needs to be told; logging it would
// make each laptop push an update of every class (N devices, N competing
// HLCs for one identical value), and a migration has no device clock to
// stamp a real write with. Labels still arriving from laptops not upgraded
// yet are read through class_format::keyOf wherever a format is shown.
bool version5(QSqlDatabase& db, QString* error)
{
    return rewriteClassColumn(db, 5, QStringLiteral("format"), error, [](const QString& stored) -> std::optional<QVariant> {
        const auto key = class_format::keyOf(stored);
        if (!key || *key == stored)
            return std::nullopt; // already a key, or a word nobody can map: kept as it is
        return *key;
    });
}

// Version 7: the province's per-commune settings (the assigned plan), a reference table.
QStringList version7()
{
    return {table("commune_settings", "commune TEXT NOT NULL, active_plan TEXT")};
}

// Version 8: the residents' hamlet index also holds `deleted`, so the
// residents list's count (every live resident, or a hamlet's) reads this
// small index instead of the whole table: 300 ms → 60 ms to open the list of
// a 300,000-resident commune.
QStringList version8()
{
    return {QStringLiteral("DROP INDEX IF EXISTS residents_hamlet"),
            QStringLiteral("CREATE INDEX residents_hamlet ON residents(hamlet_id, deleted)")};
}

// Version 9: classes.target_group holds keys (elderly, disabled, ...; several
// joined by ','; empty = everyone) as the class dialog writes them; imports
// and the demo of earlier versions stored the commune's words ("Người cao
// tuổi", "NKT; Hội LHPN", "Toàn dân"). Silent for the reasons of version 5:
// every device derives the same keys from the same words, so there is
// nothing to sync, and logging it would make every laptop push an update of
// every class. Words that name no group we list ("Nông dân") stay as they
// are; words still arriving from laptops not upgraded yet are read through
// target_group::keyOf wherever a group is shown, and the KPI still matches
// labels (core/kpi/FactsSnapshot.cpp).
bool version9(QSqlDatabase& db, QString* error)
{
    return rewriteClassColumn(db, 9, QStringLiteral("target_group"), error,
                              [](const QString& stored) -> std::optional<QVariant> {
                                  const auto keys = target_group::keyOf(stored);
                                  if (!keys || *keys == stored)
                                      return std::nullopt; // already keys, or words nobody can map: kept as they are
                                  // Everyone: no group, as the dialog saves it.
                                  return keys->isEmpty() ? QVariant() : QVariant(*keys);
                              });
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("migration failed: %1 [%2]").arg(q.lastError().text(), sql.left(120));
    return false;
}

bool runStep(QSqlDatabase& db, int version, const QStringList& statements, QString* error)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (const QString& sql : statements) {
        if (!exec(db, sql, error)) {
            ok = false;
            break;
        }
    }
    // Step 2 needs C++ (the folded search keys), so it runs inside the same transaction.
    if (ok && version == 2)
        ok = SearchIndex::backfill(db, error);
    if (ok && version == 5)
        ok = version5(db, error);
    if (ok && version == 9)
        ok = version9(db, error);
    if (ok)
        ok = ChangeLogTriggers::install(db, version, error);
    if (ok)
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace

int Migrations::versionOf(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Migrations::migrate(QSqlDatabase& db, QString* error, int target)
{
    const int from = versionOf(db);
    if (from < 0) {
        if (error)
            *error = QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (from > currentVersion) {
        if (error)
            *error = QStringLiteral("this store has schema version %1, newer than this program (%2)")
                         .arg(from)
                         .arg(currentVersion);
        return false;
    }
    if (from < 1 && target >= 1 && !runStep(db, 1, version1(), error))
        return false;
    if (from < 2 && target >= 2 && !runStep(db, 2, SearchIndex::createStatements(), error))
        return false;
    if (from < 3 && target >= 3 && !runStep(db, 3, version3(), error))
        return false;
    // Version 4: resident search moves to an in-memory index that follows a
    // trigger-kept record of changed rows (the FTS5 index cost seconds per import).
    if (from < 4 && target >= 4 && !runStep(db, 4, SearchIndex::version4Statements(), error))
        return false;
    if (from < 5 && target >= 5 && !runStep(db, 5, {}, error))
        return false;
    // Version 6: an insert's change-log entry carries no copy of the row
    // (ChangeLogReader reads the row when it is pushed). Only the triggers
    // change, and runStep reinstalls them; entries logged before stay readable.
    if (from < 6 && target >= 6 && !runStep(db, 6, {}, error))
        return false;
    if (from < 7 && target >= 7 && !runStep(db, 7, version7(), error))
        return false;
    if (from < 8 && target >= 8 && !runStep(db, 8, version8(), error))
        return false;
    if (from < 9 && target >= 9 && !runStep(db, 9, {}, error))
        return false;
    // Version 10: household codes are searched in part, from the in-memory
    // index, which follows households through the same record of changes.
    if (from < 10 && target >= 10 && !runStep(db, 10, SearchIndex::version10Statements(), error))
        return false;
    return true;
}

} // namespace hocvuso
