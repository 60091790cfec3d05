#include "StoreRows.h"
#include "TempStore.h"

#include "core/io/ListImporter.h"
#include "core/search/ResidentSearch.h"
#include "core/search/SearchKeyIndex.h"
#include "core/store/ChangeLogTriggers.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace hocvuso;
using hocvuso::test::insertRow;
using hocvuso::test::TempStore;

namespace {

// A small commune whose names exercise every ranking tier.
struct SearchFixture
{
    TempStore t;
    QString hamletA, hamletB, household;
    QHash<QString, QString> ids; // full name → id

    SearchFixture()
    {
        hamletA = insertRow(t.store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Đông")}});
        hamletB = insertRow(t.store(), QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Tây")}});
        household = insertRow(t.store(), QStringLiteral("households"),
                               {{QStringLiteral("hamlet_id"), hamletA}, {QStringLiteral("code"), QStringLiteral("HGD-0042")}});
        add(QStringLiteral("Nguyễn Văn An"), hamletA, QStringLiteral("001085012345"), QStringLiteral("0912345678"), household);
        add(QStringLiteral("Nguyễn Văn Anh"), hamletA, QStringLiteral("001190000001"), QStringLiteral("0987000111"), household);
        add(QStringLiteral("Trần Nguyễn Văn An"), hamletB, QStringLiteral("001085099999"), {}, {});
        add(QStringLiteral("Lê Thị Hoan"), hamletB, {}, QStringLiteral("0356000222"), {});      // "an" inside a word
        add(QStringLiteral("Đặng Thị Dung"), hamletB, QStringLiteral("038190001234"), {}, {});
        add(QStringLiteral("Phạm Đức Anh"), hamletA, {}, {}, {});
        add(QStringLiteral("O'Neil \"Jack\" 100%_x"), hamletA, {}, {}, {});
        const QString numbered = insertRow(t.store(), QStringLiteral("households"),
                                           {{QStringLiteral("hamlet_id"), hamletB}, {QStringLiteral("code"), QStringLiteral("778899")}});
        add(QStringLiteral("Vũ Thị Hạnh"), hamletB, {}, {}, numbered);
    }

    void add(const QString& name, const QString& hamlet, const QString& cccd, const QString& phone, const QString& hh)
    {
        QVariantMap v{{QStringLiteral("full_name"), name}, {QStringLiteral("hamlet_id"), hamlet}};
        if (!cccd.isEmpty())
            v.insert(QStringLiteral("cccd"), cccd);
        if (!phone.isEmpty())
            v.insert(QStringLiteral("phone"), phone);
        if (!hh.isEmpty())
            v.insert(QStringLiteral("household_id"), hh);
        ids.insert(name, insertRow(t.store(), QStringLiteral("residents"), v));
    }
};

QStringList names(const QVector<ResidentHit>& hits)
{
    QStringList out;
    for (const auto& h : hits)
        out << h.fullName;
    return out;
}

} // namespace

TEST_CASE("search ignores case and diacritics, and NFD input finds NFC data", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    const QString target = QStringLiteral("Nguyễn Văn An");
    const QString nfd = QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != target); // the test really types decomposed text
    for (const QString& q : {QStringLiteral("nguyen van an"), QStringLiteral("NGUYEN VAN AN"), nfd,
                             QStringLiteral("Nguyễn Văn An"), QStringLiteral("  nguyen   van an ")}) {
        INFO(q.toStdString());
        const auto hits = search.search(q);
        REQUIRE(!hits.isEmpty());
        CHECK(hits.first().fullName == target);
        CHECK(hits.first().match == MatchKind::ExactName);
        CHECK(search.lastError().isEmpty());
    }
    SECTION("đ is searched as d")
    {
        const auto hits = search.search(QStringLiteral("dang"));
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().fullName == QStringLiteral("Đặng Thị Dung"));
        CHECK(search.search(QStringLiteral("Đặng")).size() == 1);
        CHECK(names(search.search(QStringLiteral("duc"))) == QStringList{QStringLiteral("Phạm Đức Anh")});
    }
}

TEST_CASE("search ranks exact, then prefix, then word start, then substring", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    const auto hits = search.search(QStringLiteral("nguyen van an"));
    CHECK(names(hits) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh"),
                                     QStringLiteral("Trần Nguyễn Văn An")});
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].match == MatchKind::ExactName);
    CHECK(hits[1].match == MatchKind::NamePrefix);
    CHECK(hits[2].match == MatchKind::WordPrefix);

    // "an": word "An"/"Anh" starts vs "Hoan" contains.
    const auto an = search.search(QStringLiteral("an"));
    QStringList wordStarts, substrings;
    for (const auto& h : an) {
        if (h.match == MatchKind::WordPrefix)
            wordStarts << h.fullName;
        else if (h.match == MatchKind::Substring)
            substrings << h.fullName;
    }
    CHECK(wordStarts == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh"),
                                    QStringLiteral("Phạm Đức Anh"), QStringLiteral("Trần Nguyễn Văn An")});
    // "Đặng" (dang), "Hoan" and "Hạnh" hold "an" inside a word.
    CHECK(substrings == QStringList{QStringLiteral("Đặng Thị Dung"), QStringLiteral("Lê Thị Hoan"),
                                    QStringLiteral("Vũ Thị Hạnh")});
    CHECK(an.size() == 7);
    CHECK(an.last().fullName == QStringLiteral("Vũ Thị Hạnh"));

    SECTION("the limit keeps the best")
    {
        const auto two = search.search(QStringLiteral("nguyen van an"), 2);
        CHECK(names(two) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh")});
    }
    SECTION("details come with the hit")
    {
        const ResidentHit& top = hits[0];
        CHECK(top.id == f.ids.value(QStringLiteral("Nguyễn Văn An")));
        CHECK(top.hamletName == QStringLiteral("Thôn Đông"));
        CHECK(top.householdCode == QStringLiteral("HGD-0042"));
        CHECK(top.cccd == QStringLiteral("001085012345"));
        CHECK(ResidentSearch::maskCccd(top.cccd) == QStringLiteral("001******345"));
    }
}

TEST_CASE("search finds CCCD, phone and household code", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());

    auto exact = search.search(QStringLiteral("001 085 012345"));
    REQUIRE(!exact.isEmpty());
    CHECK(exact.first().fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(exact.first().match == MatchKind::ExactCccd);

    auto prefix = search.search(QStringLiteral("001085"));
    CHECK(names(prefix) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Nguyễn Văn An")});
    for (const auto& h : prefix)
        CHECK(h.match == MatchKind::CccdPrefix);

    auto phone = search.search(QStringLiteral("0912.345.678"));
    REQUIRE(phone.size() == 1);
    CHECK(phone.first().match == MatchKind::ExactPhone);
    auto intl = search.search(QStringLiteral("+84 912 345 678"));
    REQUIRE(intl.size() == 1);
    CHECK(intl.first().fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(intl.first().match == MatchKind::ExactPhone);
    auto phonePrefix = search.search(QStringLiteral("0356"));
    REQUIRE(phonePrefix.size() == 1);
    CHECK(phonePrefix.first().match == MatchKind::PhonePrefix);
    auto inner = search.search(QStringLiteral("6000"));
    CHECK(names(inner) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(inner.first().match == MatchKind::Substring);

    for (const QString& code : {QStringLiteral("HGD-0042"), QStringLiteral("hgd-0042")}) {
        auto members = search.search(code);
        CHECK(names(members) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh")});
        for (const auto& h : members)
            CHECK(h.match == MatchKind::HouseholdCode);
    }

    // A code of digits only: found when no CCCD or phone holds those digits.
    auto numbered = search.search(QStringLiteral("778899"));
    CHECK(names(numbered) == QStringList{QStringLiteral("Vũ Thị Hạnh")});
    REQUIRE(!numbered.isEmpty());
    CHECK(numbered.first().match == MatchKind::HouseholdCode);

    auto byCard = search.findByCccd(QStringLiteral("038.190.001234"));
    REQUIRE(byCard);
    CHECK(byCard->fullName == QStringLiteral("Đặng Thị Dung"));
    CHECK(byCard->match == MatchKind::ExactCccd);
    CHECK(!search.findByCccd(QStringLiteral("038190009999")));
    CHECK(!search.findByCccd(QString()));
}

TEST_CASE("surname and given name without the middle name find the resident", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    const auto hits = search.search(QStringLiteral("nguyen an"));
    CHECK(names(hits) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh"),
                                     QStringLiteral("Trần Nguyễn Văn An")});
    for (const auto& h : hits)
        CHECK(h.match == MatchKind::AllWords);
    CHECK(names(search.search(QStringLiteral("PHAM ANH"))) == QStringList{QStringLiteral("Phạm Đức Anh")});
    CHECK(names(search.search(QStringLiteral("tran an"))) == QStringList{QStringLiteral("Trần Nguyễn Văn An")});
    // Two-letter words alone: "vu ha" is Vũ Thị Hạnh.
    CHECK(names(search.search(QStringLiteral("vu ha"))) == QStringList{QStringLiteral("Vũ Thị Hạnh")});
    CHECK(names(search.search(QStringLiteral("VU TH"))) == QStringList{QStringLiteral("Vũ Thị Hạnh")});
    // Every word must start a word of the name: "le an" is not "Lê Thị Hoan".
    CHECK(search.search(QStringLiteral("le an")).isEmpty());
    CHECK(search.search(QStringLiteral("nguyen long")).isEmpty());
}

TEST_CASE("search skips tombstoned residents and finds them again after restore", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    const QString id = f.ids.value(QStringLiteral("Đặng Thị Dung"));
    StoreError e;
    REQUIRE(f.t->remove(QStringLiteral("residents"), id, &e));
    CHECK(search.search(QStringLiteral("dang")).isEmpty());
    CHECK(search.search(QStringLiteral("thi dung")).isEmpty());
    CHECK(!names(search.search(QStringLiteral("d"))).contains(QStringLiteral("Đặng Thị Dung")));
    CHECK(search.search(QStringLiteral("038190001234")).isEmpty());
    CHECK(!search.findByCccd(QStringLiteral("038190001234")));
    REQUIRE(f.t->restore(QStringLiteral("residents"), id, &e));
    CHECK(search.search(QStringLiteral("dang")).size() == 1);
}

TEST_CASE("short queries use prefix and a bounded scan", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    const auto one = search.search(QStringLiteral("t"));
    REQUIRE(!one.isEmpty());
    CHECK(one.first().fullName == QStringLiteral("Trần Nguyễn Văn An"));
    CHECK(one.first().match == MatchKind::NamePrefix);
    // "Thị" is a later word of two names.
    QStringList words;
    for (const auto& h : one)
        if (h.match == MatchKind::WordPrefix)
            words << h.fullName;
    CHECK(words == QStringList{QStringLiteral("Đặng Thị Dung"), QStringLiteral("Lê Thị Hoan"),
                               QStringLiteral("Vũ Thị Hạnh")});

    const auto two = search.search(QStringLiteral("oa"));
    CHECK(names(two) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(search.search(QStringLiteral("x")).size() == 1);   // "100%_x"
    CHECK(search.search(QStringLiteral("zz")).isEmpty());
}

TEST_CASE("quotes, % and _ in a query are literal text", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    for (const QString& q : {QStringLiteral("\"jack\""), QStringLiteral("o'neil"), QStringLiteral("100%"),
                             QStringLiteral("%_x"), QStringLiteral("\"")}) {
        INFO(q.toStdString());
        const auto hits = search.search(q);
        CHECK(search.lastError().isEmpty());
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().fullName.startsWith(QStringLiteral("O'Neil")));
    }
    // Wildcards never act as wildcards, FTS5 syntax never acts as syntax.
    for (const QString& q : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("n%n"), QStringLiteral("ng_yen"),
                             QStringLiteral("an OR van"), QStringLiteral("NEAR(an van)"), QStringLiteral("an*"),
                             QStringLiteral("'; DROP TABLE residents; --")}) {
        INFO(q.toStdString());
        const auto hits = search.search(q);
        CHECK(search.lastError().isEmpty());
        for (const auto& h : hits)
            CHECK(h.fullName.startsWith(QStringLiteral("O'Neil")));
    }
    CHECK(search.search(QStringLiteral("nguyen")).size() == 3); // the table is still there
    CHECK(search.search(QString()).isEmpty());
    CHECK(search.search(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("a hamlet filter narrows the search", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    ResidentFilter west;
    west.hamletId = f.hamletB;
    CHECK(names(search.search(QStringLiteral("nguyen van an"), 50, west)) ==
          QStringList{QStringLiteral("Trần Nguyễn Văn An")});
    CHECK(names(search.search(QStringLiteral("anh"), 50, west)) == QStringList{QStringLiteral("Vũ Thị Hạnh")});
    CHECK(names(search.search(QStringLiteral("an"), 50, west)) ==
          QStringList{QStringLiteral("Trần Nguyễn Văn An"), QStringLiteral("Đặng Thị Dung"), QStringLiteral("Lê Thị Hoan"),
                      QStringLiteral("Vũ Thị Hạnh")});
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("search finds a resident whose name was edited, under the new name only", "[search]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    StoreError e;
    REQUIRE(f.t->update(QStringLiteral("residents"), f.ids.value(QStringLiteral("Phạm Đức Anh")),
                        {{QStringLiteral("full_name"), QStringLiteral("Phạm Đức Long")}}, &e));
    CHECK(search.search(QStringLiteral("pham duc anh")).isEmpty());
    CHECK(names(search.search(QStringLiteral("duc long"))) == QStringList{QStringLiteral("Phạm Đức Long")});
}

TEST_CASE("cli search prints hits as JSON and refuses a missing query", "[search][cli]")
{
    SearchFixture f;
    const QString db = f.t.path();
    f.t.close();
    auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"),
                           QStringLiteral("NGUYEN VAN AN"), QStringLiteral("--limit"), QStringLiteral("2")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].toObject().value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(hits[0].toObject().value(QStringLiteral("match")).toString() == QStringLiteral("exact_name"));
    CHECK(hits[1].toObject().value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn Anh"));

    auto text = test::runCli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("dang")});
    CHECK(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Đặng Thị Dung")));
    CHECK(!QString::fromUtf8(text.out).contains(QStringLiteral("038190001234"))); // masked in text output

    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("search")}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("an"),
                        QStringLiteral("--limit"), QStringLiteral("zero")})
              .exitCode == 2);
}

// Freshness: the in-memory key index follows every write, whichever
// connection made it, before the next search.

TEST_CASE("search sees inserts, edits, tombstones, restores and moves made by another connection",
          "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(names(search.search(QStringLiteral("dang"))) == QStringList{QStringLiteral("Đặng Thị Dung")}); // loaded now

    QString error;
    auto other = Store::open(f.t.path(), &error); // a second connection, as a worker thread or the sync applier has
    INFO(error.toStdString());
    REQUIRE(other);
    StoreError e;
    const auto xuan = other->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Hồ Văn Xuân")},
                                                                  {QStringLiteral("hamlet_id"), f.hamletA},
                                                                  {QStringLiteral("phone"), QStringLiteral("0977123456")}},
                                    &e);
    REQUIRE(xuan);
    CHECK(names(search.search(QStringLiteral("van xuan"))) == QStringList{QStringLiteral("Hồ Văn Xuân")});
    CHECK(names(search.search(QStringLiteral("7123"))) == QStringList{QStringLiteral("Hồ Văn Xuân")});
    CHECK(names(search.search(QStringLiteral("ho xuan"))) == QStringList{QStringLiteral("Hồ Văn Xuân")});

    REQUIRE(other->update(QStringLiteral("residents"), *xuan, {{QStringLiteral("full_name"), QStringLiteral("Hồ Văn Thu")}}, &e));
    CHECK(search.search(QStringLiteral("xuan")).isEmpty());
    CHECK(names(search.search(QStringLiteral("van thu"))) == QStringList{QStringLiteral("Hồ Văn Thu")});

    ResidentFilter west;
    west.hamletId = f.hamletB;
    CHECK(search.search(QStringLiteral("van thu"), 50, west).isEmpty());
    REQUIRE(other->update(QStringLiteral("residents"), *xuan, {{QStringLiteral("hamlet_id"), f.hamletB}}, &e));
    CHECK(names(search.search(QStringLiteral("van thu"), 50, west)) == QStringList{QStringLiteral("Hồ Văn Thu")});

    REQUIRE(other->remove(QStringLiteral("residents"), *xuan, &e));
    CHECK(search.search(QStringLiteral("van thu")).isEmpty());
    CHECK(search.search(QStringLiteral("7123")).isEmpty());
    REQUIRE(other->restore(QStringLiteral("residents"), *xuan, &e));
    CHECK(names(search.search(QStringLiteral("van thu"))) == QStringList{QStringLiteral("Hồ Văn Thu")});

    // And the connection's own writes, as before.
    REQUIRE(f.t->update(QStringLiteral("residents"), *xuan, {{QStringLiteral("cccd"), QStringLiteral("079199004321")}}, &e));
    CHECK(names(search.search(QStringLiteral("9900432"))) == QStringList{QStringLiteral("Hồ Văn Thu")});
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("search finds residents imported in bulk by another connection", "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(search.search(QStringLiteral("quang")).isEmpty());
    const auto keys = SearchKeyIndex::of(f.t.store());
    const int loads = keys->fullLoads();

    const QString csv = f.t.dir() + QStringLiteral("/more.csv");
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Họ và tên,Ngày sinh,Giới tính,Số CCCD,Số điện thoại,Thôn/Tổ dân phố,Mã hộ,Chủ hộ\n");
        for (int i = 0; i < 30; ++i)
            file.write(QStringLiteral("Lý Quang Vinh %1,15/03/1985,Nam,0011850%2,,Thôn Đông,LQ%3,\n")
                           .arg(i)
                           .arg(i, 5, 10, QLatin1Char('0'))
                           .arg(i)
                           .toUtf8());
    }
    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    const ImportReport report = ListImporter::import(*other, QStringLiteral("residents"), csv);
    INFO(report.summary().toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.inserted == 30);

    CHECK(search.search(QStringLiteral("ly quang")).size() == 30);
    CHECK(names(search.search(QStringLiteral("quang vinh 17"))) == QStringList{QStringLiteral("Lý Quang Vinh 17")});
    CHECK(keys->fullLoads() == loads + 1); // one reload for the whole import
    CHECK(search.search(QStringLiteral("nguyen van an")).size() == 3); // the old residents are still there
}

TEST_CASE("a write rolled back is not found once the transaction is over", "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(search.search(QStringLiteral("dung")).size() == 1);
    StoreError e;
    REQUIRE(f.t->begin());
    const auto tam = f.t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Mai Văn Tám")}}, &e);
    REQUIRE(tam);
    REQUIRE(f.t->update(QStringLiteral("residents"), f.ids.value(QStringLiteral("Đặng Thị Dung")),
                        {{QStringLiteral("full_name"), QStringLiteral("Đặng Thị Dịu")}}, &e));
    // Inside the transaction the connection sees its own writes.
    CHECK(names(search.search(QStringLiteral("van tam"))) == QStringList{QStringLiteral("Mai Văn Tám")});
    CHECK(names(search.search(QStringLiteral("thi diu"))) == QStringList{QStringLiteral("Đặng Thị Dịu")});
    f.t->rollback();
    CHECK(search.search(QStringLiteral("van tam")).isEmpty());
    CHECK(search.search(QStringLiteral("thi diu")).isEmpty());
    CHECK(names(search.search(QStringLiteral("thi dung"))) == QStringList{QStringLiteral("Đặng Thị Dung")});
    // The next write is seen as usual.
    REQUIRE(f.t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Mai Văn Chín")}}, &e));
    CHECK(names(search.search(QStringLiteral("van chin"))) == QStringList{QStringLiteral("Mai Văn Chín")});
}

TEST_CASE("a search far behind the record of changes reloads instead of missing some", "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(search.search(QStringLiteral("hanh")).size() == 1);
    const auto keys = SearchKeyIndex::of(f.t.store());
    const int loads = keys->fullLoads();

    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    StoreError e;
    REQUIRE(other->update(QStringLiteral("residents"), f.ids.value(QStringLiteral("Vũ Thị Hạnh")),
                          {{QStringLiteral("full_name"), QStringLiteral("Vũ Thị Hồng")}}, &e));
    // More changes than the record keeps (as after a large sync pull): the
    // entry for the rename above is pruned away.
    QSqlQuery q(other->db());
    REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 21000) "
                                  "INSERT INTO resident_search_changes (resident_rowid) SELECT -i FROM n")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM resident_search_changes WHERE resident_rowid > 0")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toLongLong() == 0);

    CHECK(search.search(QStringLiteral("hanh")).isEmpty());
    CHECK(names(search.search(QStringLiteral("thi hong"))) == QStringList{QStringLiteral("Vũ Thị Hồng")});
    CHECK(keys->fullLoads() == loads + 1);
}

TEST_CASE("a write another connection rolls back is never found, its committed writes are", "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(search.search(QStringLiteral("dung")).size() == 1);
    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    StoreError e;
    REQUIRE(other->begin());
    REQUIRE(other->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Mai Văn Tám")}}, &e));
    REQUIRE(other->update(QStringLiteral("residents"), f.ids.value(QStringLiteral("Đặng Thị Dung")),
                          {{QStringLiteral("full_name"), QStringLiteral("Đặng Thị Dịu")}}, &e));
    CHECK(search.search(QStringLiteral("van tam")).isEmpty()); // not committed yet
    CHECK(search.search(QStringLiteral("thi diu")).isEmpty());
    other->rollback();
    CHECK(search.search(QStringLiteral("van tam")).isEmpty());
    CHECK(names(search.search(QStringLiteral("thi dung"))) == QStringList{QStringLiteral("Đặng Thị Dung")});
    REQUIRE(other->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Mai Văn Chín")}}, &e));
    CHECK(names(search.search(QStringLiteral("van chin"))) == QStringList{QStringLiteral("Mai Văn Chín")});
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("search follows a row deleted outright and a CCCD or phone changed alone", "[search][fresh]")
{
    SearchFixture f;
    ResidentSearch search(f.t.store());
    REQUIRE(names(search.search(QStringLiteral("hoan"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    const auto keys = SearchKeyIndex::of(f.t.store());
    const int loads = keys->fullLoads();

    // The name is told apart from the CCCD and phone after it: digits
    // changed alone leave the name found by its words, and only the new
    // digits find the resident.
    StoreError e;
    const QString hoan = f.ids.value(QStringLiteral("Lê Thị Hoan"));
    REQUIRE(f.t->update(QStringLiteral("residents"), hoan,
                        {{QStringLiteral("phone"), QStringLiteral("0398765432")},
                         {QStringLiteral("cccd"), QStringLiteral("036190005555")}},
                        &e));
    CHECK(names(search.search(QStringLiteral("le hoan"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(names(search.search(QStringLiteral("thi hoan"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(names(search.search(QStringLiteral("98765"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(names(search.search(QStringLiteral("19000555"))) == QStringList{QStringLiteral("Lê Thị Hoan")});
    CHECK(search.search(QStringLiteral("6000222")).isEmpty());

    // A DELETE (not a tombstone), as a purge of old records does, with the change log quiet.
    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    REQUIRE(other->begin());
    {
        SuppressChangeLog quiet(other->db());
        QSqlQuery q(other->db());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM residents WHERE id = '%1'").arg(hoan)));
    }
    REQUIRE(other->commit());
    CHECK(search.search(QStringLiteral("hoan")).isEmpty());
    CHECK(search.search(QStringLiteral("98765")).isEmpty());
    CHECK(keys->fullLoads() == loads); // followed row by row, no reload
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("the key index tells names from numbers and word starts from the rest", "[search]")
{
    SearchFixture f;
    const auto keys = SearchKeyIndex::of(f.t.store());
    REQUIRE(keys->refresh());
    auto matches = [&](SearchKeyIndex::Field field, QByteArrayView needle) {
        QStringList found;
        keys->scan(field, needle, {}, [&](const SearchKeyIndex::Match& m) {
            found << QString::fromUtf8(m.name);
            return true;
        });
        found.sort();
        return found;
    };
    using Field = SearchKeyIndex::Field;
    // " an": a word starting with "an", the first word too.
    CHECK(matches(Field::Name, " an") == QStringList{QStringLiteral("nguyen van an"), QStringLiteral("nguyen van anh"),
                                                     QStringLiteral("pham duc anh"), QStringLiteral("tran nguyen van an")});
    CHECK(matches(Field::Name, " nguyen") == QStringList{QStringLiteral("nguyen van an"), QStringLiteral("nguyen van anh"),
                                                         QStringLiteral("tran nguyen van an")});
    CHECK(matches(Field::Name, "0912").isEmpty()); // the phone is not part of the name
    CHECK(matches(Field::Key, "0912") == QStringList{QStringLiteral("nguyen van an")});
    CHECK(matches(Field::Key, " 0356") == QStringList{QStringLiteral("le thi hoan")});
    CHECK(matches(Field::Name, "100%_x") == QStringList{QStringLiteral("o'neil \"jack\" 100%_x")}); // digits in a name stay
    CHECK(matches(Field::Name, "an 0").isEmpty());  // no match runs from a name into its numbers
    CHECK(matches(Field::Key, QByteArrayView("an\0", 3)).isEmpty()); // a needle never holds '\0'
    int seen = 0;
    keys->scan(Field::Key, "a", {}, [&](const SearchKeyIndex::Match&) { return ++seen < 2; });
    CHECK(seen == 2); // stops when told
    CHECK(keys->sampleCount(Field::Name, " nguyen") == 3);
}

TEST_CASE("keys loaded on a worker connection are handed over and then follow every change", "[search][fresh]")
{
    SearchFixture f;
    QString error;
    auto worker = Store::open(f.t.path(), &error);
    REQUIRE(worker);
    auto loaded = std::make_unique<SearchKeyIndex>(*worker);
    REQUIRE(loaded->refresh(&error));
    loaded->detach();
    worker.reset(); // the worker's connection closes; its keys live on

    // Written after the worker read the keys, before the hand-over.
    StoreError e;
    const auto tam = f.t->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Mai Văn Tám")}}, &e);
    REQUIRE(tam);
    REQUIRE(f.t->remove(QStringLiteral("residents"), f.ids.value(QStringLiteral("Đặng Thị Dung")), &e));

    const auto keys = SearchKeyIndex::of(f.t.store());
    REQUIRE_FALSE(keys->isLoaded());
    REQUIRE(keys->adoptKeys(*loaded));
    CHECK_FALSE(loaded->isLoaded()); // moved, not copied
    ResidentSearch search(f.t.store());
    CHECK(names(search.search(QStringLiteral("van tam"))) == QStringList{QStringLiteral("Mai Văn Tám")});
    CHECK(search.search(QStringLiteral("thi dung")).isEmpty());
    CHECK(search.search(QStringLiteral("nguyen van an")).size() == 3);
    CHECK(keys->fullLoads() == 0); // the GUI connection never loaded them itself

    // An index that has keys already keeps its own.
    auto again = Store::open(f.t.path(), &error);
    REQUIRE(again);
    SearchKeyIndex late(*again);
    REQUIRE(late.refresh(&error));
    late.detach();
    CHECK_FALSE(keys->adoptKeys(late));
    CHECK(late.isLoaded());
}

TEST_CASE("keys read inside a transaction are not handed over", "[search][fresh]")
{
    SearchFixture f;
    QString error;
    auto worker = Store::open(f.t.path(), &error);
    REQUIRE(worker);
    SearchKeyIndex loaded(*worker);
    REQUIRE(worker->begin());
    REQUIRE(loaded.refresh(&error));
    worker->rollback();
    loaded.detach();
    SearchKeyIndex gui(f.t.store());
    CHECK_FALSE(gui.adoptKeys(loaded));
    CHECK_FALSE(gui.isLoaded());
}

// Household codes: whole, by their start, or by a part, case aside.

namespace {

struct CodeFixture : SearchFixture
{
    QHash<QString, QString> households; // code → id

    CodeFixture()
    {
        // Names chosen so that the tier, not the name, puts H7's member first.
        member(QStringLiteral("H7"), hamletA, QStringLiteral("Vi Văn Bảy"));
        member(QStringLiteral("H70"), hamletA, QStringLiteral("An Thị Bảy Mươi"));
        member(QStringLiteral("HD000012"), hamletB, QStringLiteral("Tô Thị Mười Hai"));
        member(QStringLiteral("T3-0045"), hamletB, QStringLiteral("Khổng Văn Bốn"));
        member(QStringLiteral("Xm-5a"), hamletA, QStringLiteral("Hà Văn Năm"));
    }

    void member(const QString& code, const QString& hamlet, const QString& name)
    {
        const QString hh = households.value(code);
        households.insert(code, hh.isEmpty() ? insertRow(t.store(), QStringLiteral("households"),
                                                         {{QStringLiteral("hamlet_id"), hamlet}, {QStringLiteral("code"), code}})
                                             : hh);
        add(name, hamlet, {}, {}, households.value(code));
    }
};

} // namespace

TEST_CASE("household codes are found whole, by their start and by a part, the whole code first", "[search]")
{
    CodeFixture f;
    ResidentSearch search(f.t.store());
    for (const QString& q : {QStringLiteral("H7"), QStringLiteral("h7")}) {
        INFO(q.toStdString());
        const auto hits = search.search(q);
        REQUIRE(names(hits) == QStringList{QStringLiteral("Vi Văn Bảy"), QStringLiteral("An Thị Bảy Mươi")});
        CHECK(hits[0].match == MatchKind::HouseholdCode);
        CHECK(hits[0].householdCode == QStringLiteral("H7"));
        CHECK(hits[1].match == MatchKind::HouseholdCodePrefix);
    }
    for (const QString& q : {QStringLiteral("hd0000"), QStringLiteral("HD0000"), QStringLiteral("hd00001")}) {
        INFO(q.toStdString());
        const auto hits = search.search(q);
        REQUIRE(names(hits) == QStringList{QStringLiteral("Tô Thị Mười Hai")});
        CHECK(hits[0].match == MatchKind::HouseholdCodePrefix);
    }
    CHECK(search.search(QStringLiteral("hd000012")).value(0).match == MatchKind::HouseholdCode);
    // Digits only: a part of "T3-0045", found though no CCCD or phone holds them.
    const auto part = search.search(QStringLiteral("0045"));
    REQUIRE(names(part) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    CHECK(part[0].match == MatchKind::HouseholdCodeSubstring);
    CHECK(names(search.search(QStringLiteral("3-004"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    CHECK(names(search.search(QStringLiteral("t3-0045"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    // A mixed-case code, typed in another case.
    CHECK(names(search.search(QStringLiteral("XM-5A"))) == QStringList{QStringLiteral("Hà Văn Năm")});
    CHECK(names(search.search(QStringLiteral("m-5"))) == QStringList{QStringLiteral("Hà Văn Năm")});
    // The fixture's "HGD-0042": a part of it, and a code is no name match.
    CHECK(names(search.search(QStringLiteral("d-004"))) ==
          QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh")});
    CHECK(search.search(QStringLiteral("hd")).isEmpty()); // no digit: names only
    // CCCDs and phones keep their place before codes holding the digits.
    const QString cccdHolder = f.ids.value(QStringLiteral("Đặng Thị Dung"));
    StoreError e;
    REQUIRE(f.t->update(QStringLiteral("residents"), cccdHolder, {{QStringLiteral("cccd"), QStringLiteral("004512345678")}}, &e));
    const auto mixed = search.search(QStringLiteral("0045"));
    REQUIRE(names(mixed) == QStringList{QStringLiteral("Đặng Thị Dung"), QStringLiteral("Khổng Văn Bốn")});
    CHECK(mixed[0].match == MatchKind::CccdPrefix);
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("a hamlet filter and tombstones apply to household code matches", "[search]")
{
    CodeFixture f;
    ResidentSearch search(f.t.store());
    ResidentFilter east, west;
    east.hamletId = f.hamletA;
    west.hamletId = f.hamletB;
    CHECK(names(search.search(QStringLiteral("0045"), 50, west)) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    CHECK(search.search(QStringLiteral("0045"), 50, east).isEmpty());
    CHECK(search.search(QStringLiteral("h7"), 50, west).isEmpty());
    CHECK(names(search.search(QStringLiteral("h7"), 50, east)) ==
          QStringList{QStringLiteral("Vi Văn Bảy"), QStringLiteral("An Thị Bảy Mươi")});

    StoreError e;
    REQUIRE(f.t->remove(QStringLiteral("households"), f.households.value(QStringLiteral("H70")), &e));
    CHECK(names(search.search(QStringLiteral("h7"))) == QStringList{QStringLiteral("Vi Văn Bảy")});
    CHECK(search.search(QStringLiteral("h70")).isEmpty());
    CHECK(names(search.search(QStringLiteral("bay muoi"))) == QStringList{QStringLiteral("An Thị Bảy Mươi")}); // still a resident
    REQUIRE(f.t->restore(QStringLiteral("households"), f.households.value(QStringLiteral("H70")), &e));
    CHECK(names(search.search(QStringLiteral("h70"))) == QStringList{QStringLiteral("An Thị Bảy Mươi")});

    // A household of no hamlet: its members are filtered by their own hamlet,
    // whichever way the code is typed.
    const QString loose = insertRow(f.t.store(), QStringLiteral("households"), {{QStringLiteral("code"), QStringLiteral("LH-8801")}});
    f.add(QStringLiteral("Mạc Văn Tám"), f.hamletB, {}, {}, loose);
    for (const QString& q : {QStringLiteral("lh-8801"), QStringLiteral("lh-88"), QStringLiteral("8801")}) {
        INFO(q.toStdString());
        CHECK(names(search.search(q, 50, west)) == QStringList{QStringLiteral("Mạc Văn Tám")});
        CHECK(search.search(q, 50, east).isEmpty());
    }
    CHECK(search.lastError().isEmpty());
}

TEST_CASE("a household code edited here or by another connection is found by its new code only, at once",
          "[search][fresh]")
{
    CodeFixture f;
    ResidentSearch search(f.t.store());
    const auto keys = SearchKeyIndex::of(f.t.store());
    REQUIRE(names(search.search(QStringLiteral("0045"))) == QStringList{QStringLiteral("Khổng Văn Bốn")}); // loaded
    const int loads = keys->fullLoads();
    const QString t3 = f.households.value(QStringLiteral("T3-0045"));
    StoreError e;
    REQUIRE(f.t->update(QStringLiteral("households"), t3, {{QStringLiteral("code"), QStringLiteral("T4-0099")}}, &e));
    CHECK(search.search(QStringLiteral("0045")).isEmpty());
    CHECK(search.search(QStringLiteral("t3-0")).isEmpty());
    CHECK(names(search.search(QStringLiteral("t4-0"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});

    QString error;
    auto other = Store::open(f.t.path(), &error);
    REQUIRE(other);
    REQUIRE(other->update(QStringLiteral("households"), t3, {{QStringLiteral("code"), QStringLiteral("T5-0100")}}, &e));
    CHECK(search.search(QStringLiteral("t4-0")).isEmpty());
    CHECK(names(search.search(QStringLiteral("T5-01"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    // A new household by another connection; a household moved to another hamlet.
    const auto fresh = other->insert(QStringLiteral("households"),
                                     {{QStringLiteral("hamlet_id"), f.hamletA}, {QStringLiteral("code"), QStringLiteral("NEW-1")}}, &e);
    REQUIRE(fresh);
    REQUIRE(other->insert(QStringLiteral("residents"), {{QStringLiteral("full_name"), QStringLiteral("Lò Văn Mới")},
                                                        {QStringLiteral("hamlet_id"), f.hamletA},
                                                        {QStringLiteral("household_id"), *fresh}},
                          &e));
    CHECK(names(search.search(QStringLiteral("new-1"))) == QStringList{QStringLiteral("Lò Văn Mới")});
    // Rolled back: the code it had is found again.
    REQUIRE(f.t->begin());
    REQUIRE(f.t->update(QStringLiteral("households"), t3, {{QStringLiteral("code"), QStringLiteral("T6-0200")}}, &e));
    CHECK(names(search.search(QStringLiteral("t6-02"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    f.t->rollback();
    CHECK(search.search(QStringLiteral("t6-02")).isEmpty());
    CHECK(names(search.search(QStringLiteral("t5-01"))) == QStringList{QStringLiteral("Khổng Văn Bốn")});
    CHECK(keys->fullLoads() == loads); // followed household by household, no reload
    CHECK(search.lastError().isEmpty());
}
