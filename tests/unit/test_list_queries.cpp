#include "StoreRows.h"
#include "TempStore.h"

#include "core/query/ClassQuery.h"
#include "core/query/HouseholdListQuery.h"
#include "core/query/Lookups.h"
#include "core/query/ResidentListQuery.h"

#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::insertRow;
using hocvuso::test::TempStore;

namespace {

// Two hamlets, two households, residents of every list filter, one basic class.
struct ListFixture
{
    TempStore t;
    QString east, west, household, other;
    QHash<QString, QString> ids; // full name → id

    ListFixture()
    {
        east = insertRow(t.store(), QStringLiteral("hamlets"),
                         {{QStringLiteral("name"), QStringLiteral("Thôn Đông")}, {QStringLiteral("code"), QStringLiteral("01")}});
        west = insertRow(t.store(), QStringLiteral("hamlets"),
                         {{QStringLiteral("name"), QStringLiteral("Thôn Tây")}, {QStringLiteral("code"), QStringLiteral("02")}});
        household = insertRow(t.store(), QStringLiteral("households"),
                              {{QStringLiteral("hamlet_id"), east},
                               {QStringLiteral("code"), QStringLiteral("HGD-0042")},
                               {QStringLiteral("head_name"), QStringLiteral("Nguyễn Văn An")}});
        other = insertRow(t.store(), QStringLiteral("households"),
                          {{QStringLiteral("hamlet_id"), west},
                           {QStringLiteral("code"), QStringLiteral("HGD-0100")},
                           {QStringLiteral("head_name"), QStringLiteral("Lê Thị Hoan")}});
        add(QStringLiteral("Nguyễn Văn An"), east, {{QStringLiteral("cccd"), QStringLiteral("001085012345")},
                                                    {QStringLiteral("phone"), QStringLiteral("0912345678")},
                                                    {QStringLiteral("household_id"), household},
                                                    {QStringLiteral("is_head"), 1},
                                                    {QStringLiteral("birth_date"), QStringLiteral("1985-03-15")},
                                                    {QStringLiteral("has_smartphone"), 1}});
        add(QStringLiteral("Nguyễn Thị Bình"), east, {{QStringLiteral("household_id"), household},
                                                      {QStringLiteral("birth_year"), 1950},
                                                      {QStringLiteral("basic_skills_on"), QStringLiteral("2026-01-10")}});
        add(QStringLiteral("Lê Thị Hoan"), west, {{QStringLiteral("household_id"), other},
                                                  {QStringLiteral("is_head"), 1},
                                                  {QStringLiteral("phone"), QStringLiteral("0356000222")},
                                                  {QStringLiteral("digital_bank"), 1}});
        add(QStringLiteral("Đặng Văn Dũng"), west, {{QStringLiteral("youth_union"), 1}});
        add(QStringLiteral("Trần Anh"), west, {});
    }

    QString add(const QString& name, const QString& hamlet, QVariantMap values)
    {
        values.insert(QStringLiteral("full_name"), name);
        values.insert(QStringLiteral("hamlet_id"), hamlet);
        const QString id = insertRow(t.store(), QStringLiteral("residents"), values);
        ids.insert(name, id);
        return id;
    }
};

QStringList names(const QVector<ResidentListRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.fullName;
    return out;
}

QStringList listed(ResidentListQuery& q, const ResidentListFilter& f)
{
    INFO(q.lastError().toStdString());
    const QStringList all = names(q.rows(f, nullptr, 1000));
    CHECK(q.count(f) == all.size());
    CHECK(q.lastError().isEmpty());
    return all;
}

ResidentListFilter searching(const QString& text)
{
    ResidentListFilter f;
    f.search = text;
    return f;
}

} // namespace

TEST_CASE("the residents list is ordered by folded name and filtered by text, hamlet and groups", "[listquery]")
{
    ListFixture f;
    ResidentListQuery q(f.t.store());
    CHECK(listed(q, {}) == QStringList{QStringLiteral("Đặng Văn Dũng"), QStringLiteral("Lê Thị Hoan"),
                                       QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Nguyễn Văn An"),
                                       QStringLiteral("Trần Anh")});
    // Text anywhere in the key, without diacritics, any case; numbers by their digits.
    CHECK(listed(q, searching(QStringLiteral("NGUYEN"))) ==
          QStringList{QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Nguyễn Văn An")});
    CHECK(listed(q, searching(QStringLiteral("an"))) ==
          QStringList{QStringLiteral("Đặng Văn Dũng"), QStringLiteral("Lê Thị Hoan"), QStringLiteral("Nguyễn Văn An"),
                      QStringLiteral("Trần Anh")});
    CHECK(listed(q, searching(QStringLiteral("Dũng"))) == QStringList{QStringLiteral("Đặng Văn Dũng")});
    CHECK(listed(q, searching(QStringLiteral("0912.345"))) == QStringList{QStringLiteral("Nguyễn Văn An")});
    CHECK(listed(q, searching(QStringLiteral("6000"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(listed(q, searching(QStringLiteral("%"))).isEmpty()); // literal text, never a wildcard
    CHECK(listed(q, searching(QStringLiteral("zzz"))).isEmpty());

    ResidentListFilter west = searching(QStringLiteral("an"));
    west.hamletId = f.west;
    CHECK(listed(q, west) ==
          QStringList{QStringLiteral("Đặng Văn Dũng"), QStringLiteral("Lê Thị Hoan"), QStringLiteral("Trần Anh")});

    ResidentListFilter elderly;
    elderly.group = QStringLiteral("elderly");
    CHECK(listed(q, elderly) == QStringList{QStringLiteral("Nguyễn Thị Bình")});
    ResidentListFilter youth = searching(QStringLiteral("dung"));
    youth.group = QStringLiteral("youth_union");
    CHECK(listed(q, youth) == QStringList{QStringLiteral("Đặng Văn Dũng")});
    ResidentListFilter bank;
    bank.digital = QStringLiteral("bank");
    CHECK(listed(q, bank) == QStringList{QStringLiteral("Lê Thị Hoan")});
    ResidentListFilter noSmartphone = searching(QStringLiteral("nguyen"));
    noSmartphone.digital = QStringLiteral("no_smartphone");
    CHECK(listed(q, noSmartphone) == QStringList{QStringLiteral("Nguyễn Thị Bình")});
    ResidentListFilter trained = searching(QStringLiteral("nguyen"));
    trained.trained = 1;
    CHECK(listed(q, trained) == QStringList{QStringLiteral("Nguyễn Thị Bình")});
    trained.trained = 0;
    CHECK(listed(q, trained) == QStringList{QStringLiteral("Nguyễn Văn An")});

    const auto an = q.rows(searching(QStringLiteral("nguyen van an")), nullptr, 10);
    REQUIRE(an.size() == 1);
    CHECK(an[0].id == f.ids.value(QStringLiteral("Nguyễn Văn An")));
    CHECK(an[0].birthDate == QStringLiteral("1985-03-15"));
    CHECK(an[0].cccd == QStringLiteral("001085012345"));
    CHECK(an[0].hamletName == QStringLiteral("Thôn Đông"));
    CHECK(an[0].smartphone);
    CHECK(!an[0].trained);
}

TEST_CASE("the residents list's elderly are the dashboard's: 60 by the full birth date when it is known", "[listquery]")
{
    ListFixture f;
    const QDate today = QDate::currentDate();
    // Born in the year that makes 60 this year, but after today: not 60 yet.
    f.add(QStringLiteral("Võ Văn Sáu"), f.east, {{QStringLiteral("birth_date"), today.addYears(-60).addDays(1).toString(Qt::ISODate)},
                                                 {QStringLiteral("birth_year"), today.year() - 60}});
    f.add(QStringLiteral("Võ Thị Bảy"), f.east, {{QStringLiteral("birth_date"), today.addYears(-60).toString(Qt::ISODate)}});
    ResidentListQuery q(f.t.store());
    ResidentListFilter elderly;
    elderly.group = QStringLiteral("elderly");
    CHECK(listed(q, elderly) == QStringList{QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Võ Thị Bảy")});
}

TEST_CASE("the residents list pages by key set, with and without a search", "[listquery]")
{
    ListFixture f;
    // Enough namesakes that a filtered search takes several rounds of SQL.
    StoreError e;
    REQUIRE(f.t->begin());
    for (int i = 0; i < 700; ++i) {
        QVariantMap v{{QStringLiteral("full_name"), QStringLiteral("Phạm Văn Tư %1").arg(i, 3, 10, QLatin1Char('0'))},
                      {QStringLiteral("hamlet_id"), i % 2 ? f.east : f.west}};
        if (i % 97 == 0)
            v.insert(QStringLiteral("basic_skills_on"), QStringLiteral("2026-02-01"));
        REQUIRE(f.t->insert(QStringLiteral("residents"), v, &e));
    }
    REQUIRE(f.t->commit());
    ResidentListQuery q(f.t.store());
    for (ResidentListFilter filter : {ResidentListFilter{}, searching(QStringLiteral("pham van")),
                                      searching(QStringLiteral("tu 0"))}) {
        for (int trained : {-1, 1}) {
            filter.trained = trained;
            INFO(filter.search.toStdString() << " trained " << trained);
            const auto whole = q.rows(filter, nullptr, 10000);
            CHECK(q.count(filter) == whole.size());
            QVector<ResidentListRow> paged;
            for (;;) {
                const auto page = q.rows(filter, paged.isEmpty() ? nullptr : &paged.constLast(), 7);
                REQUIRE(page.size() <= 7);
                paged += page;
                if (page.size() < 7)
                    break;
            }
            CHECK(names(paged) == names(whole));
        }
    }
    ResidentListFilter rare = searching(QStringLiteral("pham van"));
    rare.trained = 1;
    CHECK(q.count(rare) == 8); // every 97th of 700
    CHECK(names(q.rows(rare, nullptr, 3)) == QStringList{QStringLiteral("Phạm Văn Tư 000"), QStringLiteral("Phạm Văn Tư 097"),
                                                         QStringLiteral("Phạm Văn Tư 194")});
}

TEST_CASE("the residents list follows writes made on another connection", "[listquery][fresh]")
{
    ListFixture f;
    ResidentListQuery q(f.t.store());
    const ResidentListFilter xuan = searching(QStringLiteral("xuan"));
    CHECK(q.count(xuan) == 0);
    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    StoreError e;
    const auto id = other->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Hồ Văn Xuân")},
                                                                {QStringLiteral("hamlet_id"), f.east}},
                                  &e);
    REQUIRE(id);
    CHECK(listed(q, xuan) == QStringList{QStringLiteral("Hồ Văn Xuân")});
    REQUIRE(other->update(QStringLiteral("residents"), *id, {{QStringLiteral("full_name"), QStringLiteral("Hồ Văn Thu")}}, &e));
    CHECK(listed(q, xuan).isEmpty());
    CHECK(listed(q, searching(QStringLiteral("van thu"))) == QStringList{QStringLiteral("Hồ Văn Thu")});
    REQUIRE(other->remove(QStringLiteral("residents"), *id, &e));
    CHECK(listed(q, searching(QStringLiteral("van thu"))).isEmpty());
}

TEST_CASE("the households list finds a code or a member, with members and digital family", "[listquery]")
{
    ListFixture f;
    HouseholdListQuery q(f.t.store());
    auto codes = [&](const HouseholdListFilter& filter) {
        QStringList out;
        for (const auto& r : q.rows(filter, nullptr, 100))
            out << r.code;
        CHECK(q.count(filter) == out.size());
        CHECK(q.lastError().isEmpty());
        return out;
    };
    CHECK(codes({}) == QStringList{QStringLiteral("HGD-0042"), QStringLiteral("HGD-0100")});
    CHECK(codes({f.west, {}}) == QStringList{QStringLiteral("HGD-0100")});
    CHECK(codes({{}, QStringLiteral("0042")}) == QStringList{QStringLiteral("HGD-0042")});
    CHECK(codes({{}, QStringLiteral("binh")}) == QStringList{QStringLiteral("HGD-0042")}); // a member, not the head
    CHECK(codes({{}, QStringLiteral("Hoàn")}) == QStringList{QStringLiteral("HGD-0100")});
    CHECK(codes({{}, QStringLiteral("0356000")}) == QStringList{QStringLiteral("HGD-0100")});
    CHECK(codes({f.west, QStringLiteral("binh")}).isEmpty());
    CHECK(codes({{}, QStringLiteral("dung")}).isEmpty()); // Đặng Văn Dũng has no household

    const auto first = q.rows({}, nullptr, 1);
    REQUIRE(first.size() == 1);
    CHECK(first[0].headName == QStringLiteral("Nguyễn Văn An"));
    CHECK(first[0].hamletName == QStringLiteral("Thôn Đông"));
    CHECK(first[0].members == 2);
    CHECK(first[0].digitalFamily); // Nguyễn Thị Bình is trained
    const auto next = q.rows({}, &first[0], 5);
    REQUIRE(next.size() == 1);
    CHECK(next[0].code == QStringLiteral("HGD-0100"));
    CHECK(!next[0].digitalFamily);

    const auto members = q.members(f.household);
    REQUIRE(members.size() == 2);
    CHECK(members[0].fullName == QStringLiteral("Nguyễn Văn An")); // the head first
    CHECK(members[0].isHead);
    CHECK(!members[0].trained);
    CHECK(members[1].fullName == QStringLiteral("Nguyễn Thị Bình"));
    CHECK(members[1].birthYear == 1950);
    CHECK(members[1].trained);
}

TEST_CASE("the classes list counts who attended, and the attendance lists them by name", "[listquery]")
{
    ListFixture f;
    const QString early = insertRow(f.t.store(), QStringLiteral("classes"),
                                    {{QStringLiteral("title"), QStringLiteral("Dùng VNeID")},
                                     {QStringLiteral("starts_at"), QStringLiteral("2026-03-14T08:00:00")},
                                     {QStringLiteral("place"), QStringLiteral("Nhà văn hóa")}});
    const QString late = insertRow(f.t.store(), QStringLiteral("classes"),
                                   {{QStringLiteral("title"), QStringLiteral("Ngân hàng số")},
                                    {QStringLiteral("starts_at"), QStringLiteral("2026-04-01T08:00:00")}});
    auto attend = [&](const QString& klass, const QString& name, const QVariantMap& more = {}) {
        QVariantMap v{{QStringLiteral("class_id"), klass}, {QStringLiteral("resident_id"), f.ids.value(name)}};
        v.insert(more);
        return insertRow(f.t.store(), QStringLiteral("attendance"), v);
    };
    attend(early, QStringLiteral("Trần Anh"));
    attend(early, QStringLiteral("Lê Thị Hoan"), {{QStringLiteral("completed"), 1}});
    attend(early, QStringLiteral("Nguyễn Văn An"), {{QStringLiteral("present"), 0}});
    attend(early, QStringLiteral("Đặng Văn Dũng"));
    StoreError e;
    REQUIRE(f.t->remove(QStringLiteral("residents"), f.ids.value(QStringLiteral("Đặng Văn Dũng")), &e));

    ClassQuery q(f.t.store());
    const auto classes = q.classes();
    REQUIRE(classes.size() == 2);
    CHECK(classes[0].id == late); // the latest first
    CHECK(classes[0].attended == 0);
    CHECK(classes[1].title == QStringLiteral("Dùng VNeID"));
    CHECK(classes[1].place == QStringLiteral("Nhà văn hóa"));
    CHECK(classes[1].attended == 3); // present, tombstoned resident or not

    const auto attendees = q.attendees(early);
    REQUIRE(attendees.size() == 2); // not the absent one, not the tombstoned one
    CHECK(attendees[0].fullName == QStringLiteral("Lê Thị Hoan"));
    CHECK(attendees[0].completed);
    CHECK(attendees[1].fullName == QStringLiteral("Trần Anh"));
    CHECK(!attendees[1].completed);
    CHECK(q.attendees(late).isEmpty());
    CHECK(q.lastError().isEmpty());
}

TEST_CASE("lookups list hamlets, the households of a hamlet and the commune name", "[listquery]")
{
    ListFixture f;
    const auto hamlets = loadHamlets(f.t.store());
    REQUIRE(hamlets.size() == 2);
    CHECK(hamlets[0].name == QStringLiteral("Thôn Đông"));
    CHECK(hamlets[1].id == f.west);
    const auto households = loadHouseholds(f.t.store(), f.east);
    REQUIRE(households.size() == 1);
    CHECK(households[0].name == QStringLiteral("HGD-0042 - Nguyễn Văn An"));
    CHECK(!communeName(f.t.store()).isEmpty());
}
