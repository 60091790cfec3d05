#include "KpiFixture.h"

#include "core/kpi/PlanCatalog.h"

#include <stdexcept>

namespace hocvuso::test {

namespace {
class Builder
{
public:
    Builder(Store& store, KpiFixture& f) : m_store(store), m_f(f) {}
    QString add(const char* key, const char* table, QVariantMap values)
    {
        StoreError error;
        auto id = m_store.insert(QString::fromLatin1(table), values, &error);
        if (!id)
            throw std::runtime_error(QStringLiteral("fixture %1: %2").arg(QString::fromLatin1(key), error.text()).toStdString());
        if (key && *key)
            m_f.ids.insert(QString::fromLatin1(key), *id);
        return *id;
    }
    void remove(const char* table, const QString& id)
    {
        StoreError error;
        if (!m_store.remove(QString::fromLatin1(table), id, &error))
            throw std::runtime_error(error.text().toStdString());
    }

private:
    Store& m_store;
    KpiFixture& m_f;
};

using M = QVariantMap;
} // namespace

// Period 2025-Q3 (end 2025-09-30) answers, plan 001 active (mentor minimum 3,
// monthly cadence), baselines 2025: H1 adults 10, H2 adults 5 (see the test).
KpiFixture buildKpiFixture(Store& store)
{
    KpiFixture f;
    Builder b(store, f);
    StoreTransaction tx(store);
    const QString h1 = b.add("H1", "hamlets", {{"code", "01"}, {"name", QStringLiteral("Thôn Đông")}});
    const QString h2 = b.add("H2", "hamlets", {{"code", "02"}, {"name", QStringLiteral("Thôn Đoài")}});
    b.add("", "baselines",
          {{"hamlet_id", h1}, {"year", 2025}, {"adults", 10}, {"people16", 12}, {"elderly", 4}, {"disabled", 2},
           {"households", 5}, {"officials", 2}, {"students", 3}, {"enterprise_workers", 2}, {"markets", 0},
           {"women_members", 4}});
    b.add("", "baselines",
          {{"hamlet_id", h2}, {"year", 2025}, {"adults", 5}, {"people16", 5}, {"elderly", 0}, {"disabled", 0},
           {"households", 3}, {"officials", 0}, {"students", 0}, {"enterprise_workers", 0}, {"markets", 0},
           {"women_members", 0}});
    // A 2024 baseline must not be mixed in.
    b.add("", "baselines", {{"hamlet_id", h1}, {"year", 2024}, {"adults", 1000}, {"people16", 1000}});

    const QString hh1 = b.add("HH1", "households", {{"hamlet_id", h1}, {"code", "HH1"}, {"head_name", QStringLiteral("Nguyễn Văn An")}});
    const QString hh2 = b.add("HH2", "households", {{"hamlet_id", h1}, {"code", "HH2"}, {"head_name", QStringLiteral("Phạm Thị Dung")}, {"poor", 1}});
    const QString hh3 = b.add("HH3", "households", {{"hamlet_id", h2}, {"code", "HH3"}, {"head_name", QStringLiteral("Bùi Thị Hoa")}});
    const QString hh4 = b.add("HH4", "households", {{"hamlet_id", h1}, {"code", "HH4"}, {"head_name", QStringLiteral("Lý Thị Lan")}});
    const QString hh5 = b.add("HH5", "households", {{"hamlet_id", h2}, {"code", "HH5"}, {"head_name", QStringLiteral("Đỗ Văn Inh")}});

    auto resident = [&](const char* key, const QString& hamlet, const QString& household, const QString& name,
                        M extra) {
        extra.insert("hamlet_id", hamlet);
        extra.insert("household_id", household);
        extra.insert("full_name", name);
        return b.add(key, "residents", extra);
    };
    const QString r1 = resident("R1", h1, hh1, QStringLiteral("Nguyễn Văn An"),
                                {{"birth_date", "1980-05-01"}, {"sex", "M"}, {"has_smartphone", 1}, {"vneid_level2", 1},
                                 {"public_official", 1}, {"digital_bank", 1}});
    // Turns 18 on 2025-08-15, inside Q3; certified basic skills on 2025-09-01.
    const QString r2 = resident("R2", h1, hh1, QStringLiteral("Trần Thị Bình"),
                                {{"birth_date", "2007-08-15"}, {"sex", "F"}, {"womens_union", 1},
                                 {"basic_skills_on", "2025-09-01"}});
    // Turns 18 on 2025-10-15, after Q3: 16+ but not an adult at the Q3 end.
    const QString r3 = resident("R3", h1, hh2, QStringLiteral("Lê Văn Cường"),
                                {{"birth_date", "2007-10-15"}, {"sex", "M"}, {"vneid_level2", 1}, {"student", 1}});
    // No birth date and no birth year: unknown age.
    const QString r4 = resident("R4", h1, hh2, QStringLiteral("Phạm Thị Dung"), {{"sex", "F"}, {"enterprise_worker", 1}});
    // Birth year only: 60 in 2025 (birthday taken as 1 January).
    const QString r5 = resident("R5", h1, hh2, QStringLiteral("Hoàng Văn Em"), {{"birth_year", 1965}, {"sex", "M"}});
    // Turns 60 on 2025-10-01, after Q3.
    const QString r6 = resident("R6", h1, hh4, QStringLiteral("Vũ Thị Phương"),
                                {{"birth_date", "1965-10-01"}, {"sex", "F"}, {"womens_union", 1}});
    // Deleted: counts nowhere although trained and adult.
    const QString r7 = resident("R7", h1, hh1, QStringLiteral("Đặng Văn Giang"),
                                {{"birth_date", "1970-01-01"}, {"sex", "M"}, {"basic_skills_on", "2025-01-01"},
                                 {"has_smartphone", 1}, {"influencer", 1}});
    const QString r8 = resident("R8", h2, hh3, QStringLiteral("Bùi Thị Hoa"),
                                {{"birth_date", "1990-01-01"}, {"sex", "F"}, {"disabled", 1},
                                 {"vneid_certified_on", "2025-09-30"}});
    const QString r9 = resident("R9", h2, hh5, QStringLiteral("Đỗ Văn Inh"),
                                {{"birth_date", "1985-03-03"}, {"sex", "M"}, {"vneid_certified_on", "2025-10-01"},
                                 {"basic_skills_on", "2025-03-01"}});
    const QString r10 = resident("R10", h1, hh4, QStringLiteral("Ngô Văn Khánh"),
                                 {{"birth_date", "1970-06-06"}, {"sex", "M"}, {"influencer", 1}});
    resident("R11", h1, hh4, QStringLiteral("Lý Thị Lan"), {{"birth_date", "1975-02-02"}, {"sex", "F"}, {"womens_union", 1}});
    b.remove("residents", r7);
    b.remove("households", hh5);

    const QString c1 = b.add("C1", "classes",
                             {{"hamlet_id", h1}, {"title", QStringLiteral("Lớp kỹ năng số cơ bản")},
                              {"starts_at", "2025-07-10T08:00:00"}, {"basic_course", 1}});
    const QString c2 = b.add("C2", "classes",
                             {{"hamlet_id", h2}, {"title", QStringLiteral("Lớp cho người khuyết tật")},
                              {"starts_at", "2025-08-05T08:00:00"}, {"basic_course", 0}, {"target_group", "disabled"}});
    const QString c3 = b.add("C3", "classes",
                             {{"hamlet_id", h1}, {"title", QStringLiteral("Lớp đã hủy")},
                              {"starts_at", "2025-09-01T08:00:00"}, {"basic_course", 1}});
    const QString c4 = b.add("C4", "classes",
                             {{"hamlet_id", h1}, {"title", QStringLiteral("Lớp tháng Mười")},
                              {"starts_at", "2025-10-05T08:00:00"}, {"basic_course", 1}});
    auto attend = [&](const QString& cls, const QString& res, int completed) {
        b.add("", "attendance", {{"class_id", cls}, {"resident_id", res}, {"present", 1}, {"completed", completed}});
    };
    attend(c1, r1, 1);
    attend(c1, r3, 1);
    attend(c1, r4, 1);
    attend(c1, r5, 0);
    attend(c1, r6, 0);
    attend(c2, r8, 0);
    attend(c3, r5, 1); // the class is deleted below
    attend(c4, r6, 1); // after Q3
    b.remove("classes", c3);

    b.add("", "mentors", {{"resident_id", r9}, {"since", "2025-01-01"}, {"active", 1}});
    b.add("", "mentors", {{"resident_id", r10}, {"since", "2025-01-01"}, {"active", 1}});
    auto pair = [&](const QString& mentor, const QString& mentee, const char* status, const char* ended) {
        M v{{"mentor_id", mentor}, {"mentee_id", mentee}, {"started_on", "2025-07-01"}, {"status", status}};
        if (ended)
            v.insert("ended_on", ended);
        return b.add("", "mentor_pairs", v);
    };
    pair(r9, r1, "active", nullptr);
    pair(r9, r3, "active", nullptr);
    pair(r9, r5, "completed", "2025-10-15"); // still active at the Q3 end
    pair(r10, r6, "active", nullptr);
    pair(r10, r8, "completed", "2025-08-20"); // trains R8; no longer active at the Q3 end
    b.remove("mentor_pairs", pair(r10, r2, "active", nullptr));

    const QString t1 = b.add("T1", "teams", {{"hamlet_id", h1}, {"name", QStringLiteral("Tổ CNSCĐ Thôn Đông")}, {"active", 1}});
    const QString t2 = b.add("T2", "teams", {{"hamlet_id", h2}, {"name", QStringLiteral("Tổ CNSCĐ Thôn Đoài")}, {"active", 1}});
    b.add("V1", "visits", {{"household_id", hh1}, {"team_id", t1}, {"visited_on", "2025-08-01"}, {"informed", 1}});
    b.add("V2", "visits", {{"household_id", hh4}, {"team_id", t1}, {"visited_on", "2025-10-10"}, {"informed", 1}});
    b.add("V3", "visits", {{"household_id", hh3}, {"team_id", t2}, {"visited_on", "2025-05-01"}, {"informed", 0}});
    b.remove("visits", b.add("V4", "visits", {{"household_id", hh2}, {"team_id", t1}, {"visited_on", "2025-07-15"}, {"informed", 1}}));

    b.add("M1", "markets", {{"hamlet_id", h1}, {"name", QStringLiteral("Chợ Đông")}, {"runs_4t", 1}});
    b.add("M2", "markets", {{"hamlet_id", h1}, {"name", QStringLiteral("Chợ Tây")}, {"runs_4t", 0}});

    StoreError error;
    if (!kpi::PlanCatalog::installTemplates(store, &error) || !kpi::PlanCatalog::activate(store, QStringLiteral("001"), &error))
        throw std::runtime_error(error.text().toStdString());
    if (!tx.commit())
        throw std::runtime_error("fixture commit failed");
    return f;
}

} // namespace hocvuso::test
