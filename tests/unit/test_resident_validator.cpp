#include "core/domain/ResidentValidator.h"

#include <catch2/catch.hpp>

using namespace hocvuso;

namespace {
const QDate kToday(2025, 9, 1);

QVariantMap resident(std::initializer_list<std::pair<const char*, QVariant>> fields)
{
    QVariantMap m;
    for (const auto& [k, v] : fields)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

const FieldIssue* issueFor(const ValidationResult& r, const char* field)
{
    for (const auto& i : r.issues)
        if (i.field == QLatin1String(field))
            return &i;
    return nullptr;
}
} // namespace

TEST_CASE("a well-formed resident is normalised", "[validator]")
{
    const auto r = ResidentValidator(kToday).validate(resident({{"full_name", QStringLiteral("  Nguyễn   Văn An ")},
                                                                {"sex", QStringLiteral("Nam")},
                                                                {"birth_date", QStringLiteral("15/03/1985")},
                                                                {"cccd", QStringLiteral("001085012345")},
                                                                {"phone", QStringLiteral("+84 912 345 678")}}));
    CHECK_FALSE(r.hasErrors());
    CHECK_FALSE(r.hasWarnings());
    CHECK(r.values.value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Văn An"));
    CHECK(r.values.value(QStringLiteral("sex")).toString() == QStringLiteral("M"));
    CHECK(r.values.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1985-03-15"));
    CHECK(r.values.value(QStringLiteral("birth_year")).toInt() == 1985);
    CHECK(r.values.value(QStringLiteral("phone")).toString() == QStringLiteral("0912345678"));
}

TEST_CASE("a year alone is a valid birth", "[validator]")
{
    const auto r = ResidentValidator(kToday).validate(
        resident({{"full_name", QStringLiteral("Lê Thị Hoa")}, {"birth_date", QStringLiteral("1956")}}));
    CHECK_FALSE(r.hasErrors());
    CHECK(r.values.value(QStringLiteral("birth_date")).isNull());
    CHECK(r.values.value(QStringLiteral("birth_year")).toInt() == 1956);
}

TEST_CASE("bad fields are named", "[validator]")
{
    const auto r = ResidentValidator(kToday).validate(resident({{"full_name", QString()},
                                                                {"sex", QStringLiteral("khác")},
                                                                {"birth_date", QStringLiteral("31/02/1990")},
                                                                {"cccd", QStringLiteral("12345")},
                                                                {"phone", QStringLiteral("12345")}}));
    CHECK(r.hasErrors());
    for (const char* f : {"full_name", "sex", "birth_date", "cccd", "phone"}) {
        INFO(f);
        const FieldIssue* i = issueFor(r, f);
        REQUIRE(i);
        CHECK(i->isError());
        CHECK_FALSE(i->message.isEmpty());
    }
}

TEST_CASE("a CCCD that disagrees with sex or birth year is a warning the user may override", "[validator]")
{
    // 4th digit 1 = female born 1900-1999; the resident is entered as male.
    const auto r = ResidentValidator(kToday).validate(resident({{"full_name", QStringLiteral("Trần Văn Bình")},
                                                                {"sex", QStringLiteral("M")},
                                                                {"birth_date", QStringLiteral("1985")},
                                                                {"cccd", QStringLiteral("001185012345")}}));
    CHECK_FALSE(r.hasErrors());
    REQUIRE(r.hasWarnings());
    CHECK(issueFor(r, "cccd")->severity == FieldIssue::Severity::Warning);
}

TEST_CASE("a birth in the future is refused", "[validator]")
{
    const auto r = ResidentValidator(kToday).validate(
        resident({{"full_name", QStringLiteral("Bé Na")}, {"birth_date", QStringLiteral("01/01/2030")}}));
    REQUIRE(issueFor(r, "birth_date"));
    CHECK(issueFor(r, "birth_date")->isError());
}
