#include "SqlQueries.h"
#include "TempStore.h"

#include "core/demo/DemoCommune.h"
#include "core/domain/TargetGroup.h"
#include "core/search/ResidentSearch.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "core/validation/Phone.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::queryNumber;
using hocvuso::test::TempStore;

namespace {

DemoCommune::Options options(int residents, quint64 seed = 7)
{
    DemoCommune::Options o;
    o.residents = residents;
    o.seed = seed;
    o.today = QDate(2025, 11, 20);
    return o;
}

// Everything about the people that a seed decides (ids and HLCs aside).
QStringList fingerprint(Store& s)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT r.full_name, r.birth_date, r.sex, ifnull(r.cccd,''), ifnull(r.phone,''), h.name, hh.code, r.is_head,"
        " r.disabled, r.has_smartphone, ifnull(r.basic_skills_on,'') FROM residents r JOIN hamlets h ON h.id = r.hamlet_id"
        " JOIN households hh ON hh.id = r.household_id ORDER BY hh.code, r.full_name, r.birth_date")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 11; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

TEST_CASE("the demo commune has every kind of record in plausible numbers", "[demo]")
{
    TempStore t;
    StoreError e;
    const auto counts = DemoCommune(t.store()).generate(options(3000), &e);
    INFO(e.text().toStdString());
    REQUIRE(counts);
    Store& s = t.store();
    CHECK(counts->value(QStringLiteral("residents")) == 3000);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) == 3000);
    const qint64 households = queryNumber(s, QStringLiteral("SELECT count(*) FROM households"));
    CHECK(households == counts->value(QStringLiteral("households")));
    const double perHousehold = 3000.0 / double(households);
    CHECK(perHousehold > 3.2);
    CHECK(perHousehold < 4.6);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM hamlets")) >= 3);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM skills")) == 9);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM classes")) >= 20);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM attendance")) >= 200);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM teams")) == queryNumber(s, QStringLiteral("SELECT count(*) FROM hamlets")));
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM team_members")) >= 15);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM visits")) >= households / 4);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM markets")) >= 1);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM baselines")) ==
          2 * queryNumber(s, QStringLiteral("SELECT count(*) FROM hamlets")));
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM plans")) == 0); // plans are another module's job

    // Surnames: Nguyễn is the most common by far (about 38%).
    const double nguyen = double(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE full_name LIKE 'Nguyễn %'"))) / 3000.0;
    CHECK(nguyen > 0.30);
    CHECK(nguyen < 0.46);
    // Groups the plans single out are all present.
    for (const char* column : {"disabled", "public_official", "student", "enterprise_worker", "small_trader",
                               "womens_union", "youth_union", "ethnic_minority", "has_smartphone", "vneid_level2",
                               "digital_bank"}) {
        INFO(column);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE %1 = 1").arg(QLatin1String(column))) > 0);
    }
    const double disabled = double(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE disabled = 1"))) / 3000.0;
    CHECK(disabled > 0.02);
    CHECK(disabled < 0.09);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE basic_skills_on IS NOT NULL")) > 0);
    // Elderly and children both exist; nobody is born in the future.
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE birth_year <= 1965")) > 150);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE birth_year >= 2015")) > 150);
    CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE birth_date > '2025-11-20'")) == 0);

    // Every write went through the change log, so the demo syncs like real data.
    CHECK(s.pendingChanges() >= 3000 + households);
}

TEST_CASE("demo records are valid: CCCD, phones, heads, mentors, baselines", "[demo]")
{
    TempStore t;
    StoreError e;
    REQUIRE(DemoCommune(t.store()).generate(options(2500), &e));
    Store& s = t.store();

    SECTION("every CCCD is valid, unique and agrees with sex and birth year; every phone is valid")
    {
        QSqlQuery q(s.db());
        REQUIRE(q.exec(QStringLiteral("SELECT cccd, sex, birth_year, phone, full_name FROM residents")));
        int withCccd = 0, withPhone = 0;
        QSet<QString> seen;
        while (q.next()) {
            const QString name = q.value(4).toString();
            CHECK(name == text::toNfc(name));
            CHECK(name.count(QLatin1Char(' ')) >= 2);
            const QString cccd = q.value(0).toString();
            if (!cccd.isEmpty()) {
                ++withCccd;
                const auto check = validation::checkCccd(cccd, q.value(1).toString().at(0), q.value(2).toInt());
                INFO(cccd.toStdString());
                CHECK(check.ok);
                CHECK(check.warnings.isEmpty());
                CHECK(!seen.contains(cccd));
                seen.insert(cccd);
            }
            const QString phone = q.value(3).toString();
            if (!phone.isEmpty()) {
                ++withPhone;
                const auto check = validation::checkPhone(phone);
                INFO(phone.toStdString());
                CHECK(check.ok);
                CHECK(check.normalized == phone);
            }
        }
        CHECK(withCccd > 1800);
        CHECK(withPhone > 1200);
    }
    SECTION("every household has exactly one head, who lives in it")
    {
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM households hh WHERE (SELECT count(*) FROM residents r "
                                       "WHERE r.household_id = hh.id AND r.is_head = 1) <> 1")) == 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM households hh WHERE head_name IS NULL OR head_name <> "
                                       "(SELECT full_name FROM residents r WHERE r.household_id = hh.id AND r.is_head = 1)")) == 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents r JOIN households hh ON hh.id = r.household_id "
                                       "WHERE hh.hamlet_id <> r.hamlet_id")) == 0);
        // Heads are adults.
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM residents WHERE is_head = 1 AND birth_year > 2007")) == 0);
    }
    SECTION("mentors guide 2–6 mentees of their own hamlet, never themselves")
    {
        const qint64 mentors = queryNumber(s, QStringLiteral("SELECT count(*) FROM mentors"));
        CHECK(mentors >= 2);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM (SELECT mentor_id, count(*) n FROM mentor_pairs GROUP BY mentor_id) "
                                       "WHERE n < 2 OR n > 6")) == 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(DISTINCT mentor_id) FROM mentor_pairs")) == mentors);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM mentor_pairs WHERE mentor_id = mentee_id")) == 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM mentor_pairs p JOIN residents a ON a.id = p.mentor_id "
                                       "JOIN residents b ON b.id = p.mentee_id WHERE a.hamlet_id <> b.hamlet_id")) == 0);
    }
    SECTION("baselines are at least the people the store counts, for each hamlet and year")
    {
        QSqlQuery q(s.db());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT b.year, b.adults, b.people16, b.elderly, b.disabled, b.households, b.women_members,"
            " (SELECT count(*) FROM residents r WHERE r.hamlet_id = b.hamlet_id AND r.birth_year <= b.year - 18),"
            " (SELECT count(*) FROM residents r WHERE r.hamlet_id = b.hamlet_id AND r.birth_year <= b.year - 16),"
            " (SELECT count(*) FROM residents r WHERE r.hamlet_id = b.hamlet_id AND r.birth_year <= b.year - 60),"
            " (SELECT count(*) FROM residents r WHERE r.hamlet_id = b.hamlet_id AND r.disabled = 1),"
            " (SELECT count(*) FROM households h WHERE h.hamlet_id = b.hamlet_id),"
            " (SELECT count(*) FROM residents r WHERE r.hamlet_id = b.hamlet_id AND r.womens_union = 1"
            "   AND r.birth_year <= b.year - 18)"
            " FROM baselines b")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            INFO("year " << q.value(0).toInt());
            for (int i = 1; i <= 6; ++i) {
                INFO("column " << i);
                CHECK(q.value(i).toLongLong() >= q.value(i + 6).toLongLong());
                CHECK(q.value(i).toLongLong() <= q.value(i + 6).toLongLong() * 11 / 10 + 1); // close to it
            }
        }
        CHECK(rows >= 6);
    }
    SECTION("attendance only names residents of the class's hamlet")
    {
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM attendance a JOIN classes c ON c.id = a.class_id "
                                       "JOIN residents r ON r.id = a.resident_id WHERE r.hamlet_id <> c.hamlet_id")) == 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM attendance a JOIN classes c ON c.id = a.class_id "
                                       "JOIN residents r ON r.id = a.resident_id "
                                       "WHERE c.target_group = 'elderly' AND r.birth_year > 1967")) == 0);
    }
    SECTION("classes name their target group by the class dialog's keys, never by a label")
    {
        QSqlQuery q(s.db());
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT target_group FROM classes WHERE target_group IS NOT NULL")));
        QStringList groups;
        while (q.next())
            groups << q.value(0).toString();
        INFO(groups.join(QStringLiteral(" | ")).toStdString());
        CHECK(groups.size() >= 3);
        for (const QString& g : groups)
            CHECK(target_group::keys().contains(g));
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM classes WHERE target_group = 'elderly'")) > 0);
        CHECK(queryNumber(s, QStringLiteral("SELECT count(*) FROM classes WHERE target_group IS NULL")) > 0); // everyone
    }
    SECTION("demo residents are searchable")
    {
        ResidentSearch search(s);
        QSqlQuery q(s.db());
        REQUIRE(q.exec(QStringLiteral("SELECT full_name FROM residents WHERE full_name LIKE 'Đặng%' LIMIT 1")));
        REQUIRE(q.next());
        const QString name = q.value(0).toString();
        const auto hits = search.search(text::fold(name));
        REQUIRE(!hits.isEmpty());
        CHECK(hits.first().fullName == name);
        CHECK(hits.first().match == MatchKind::ExactName);
    }
}

TEST_CASE("the same seed gives the same commune, another seed another", "[demo]")
{
    TempStore a, b, c;
    StoreError e;
    REQUIRE(DemoCommune(a.store()).generate(options(800, 42), &e));
    REQUIRE(DemoCommune(b.store()).generate(options(800, 42), &e));
    REQUIRE(DemoCommune(c.store()).generate(options(800, 43), &e));
    const QStringList fa = fingerprint(a.store());
    CHECK(fa.size() == 800);
    CHECK(fa == fingerprint(b.store()));
    CHECK(fa != fingerprint(c.store()));
    for (const char* table : {"classes", "attendance", "mentor_pairs", "visits", "team_members", "markets"}) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        CHECK(queryNumber(a.store(), sql) == queryNumber(b.store(), sql));
    }
}

TEST_CASE("the demo refuses a store without a commune and writes nothing on failure", "[demo]")
{
    TempStore bare(false);
    StoreError e;
    CHECK(!DemoCommune(bare.store()).generate(options(100), &e));
    CHECK(e.message.contains(QStringLiteral("commune")));

    TempStore t;
    const qint64 logBefore = t->changeLogCount();
    auto o = options(300);
    o.seedPlans = [](Store&, StoreError* error) {
        *error = {QStringLiteral("plans"), {}, QStringLiteral("plan templates missing")};
        return false;
    };
    CHECK(!DemoCommune(t.store()).generate(o, &e));
    CHECK(e.message == QStringLiteral("plan templates missing"));
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(queryNumber(t.store(), QStringLiteral("SELECT count(*) FROM households")) == 0);
    CHECK(t->changeLogCount() == logBefore);
}

TEST_CASE("cli demo creates the commune, prints counts and refuses bad options", "[demo][cli]")
{
    TempStore t(false);
    const QString db = t.path();
    t.close();
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"),
                           QStringLiteral("--residents"), QStringLiteral("400"), QStringLiteral("--seed"),
                           QStringLiteral("5"), QStringLiteral("--commune-code"), QStringLiteral("26734"),
                           QStringLiteral("--commune-name"), QStringLiteral("Xã Ứng Hòa")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("residents")).toInt() == 400);
    CHECK(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("households")).toInt() > 50);
    CHECK(!o.value(QStringLiteral("commune_id")).toString().isEmpty());

    auto stats = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    CHECK(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("counts")).toObject()
              .value(QStringLiteral("residents")).toInt() == 400);

    // A second run adds to the same commune; naming another commune is refused.
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--residents"),
                        QStringLiteral("10"), QStringLiteral("--commune-code"), QStringLiteral("X")})
              .exitCode == 6);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--residents"),
                        QStringLiteral("-3")})
              .exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--residents"),
                        QStringLiteral("10"), QStringLiteral("--date"), QStringLiteral("yesterday")})
              .exitCode == 2);
}
