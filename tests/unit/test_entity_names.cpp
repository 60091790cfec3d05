// What a person reads for a synced field and its stored value: the sync
// problems list names every field and shows values as labels, not keys.
#include "TempStore.h"

#include "core/domain/EntityCatalog.h"
#include "core/domain/EntityNames.h"
#include "core/query/StoredValueText.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace hocvuso;
using hocvuso::test::TempStore;

TEST_CASE("every column of every synced entity has a field title, not its stored key", "[entity-names]")
{
    int columns = 0;
    for (const EntityDef& entity : EntityCatalog::all()) {
        QSet<QString> titles;
        for (const ColumnDef& column : entity.columns) {
            ++columns;
            const QString title = fieldTitle(entity.table, column.name);
            INFO(entity.table.toStdString() << "." << column.name.toStdString() << " → " << title.toStdString());
            CHECK(title != column.name);
            CHECK_FALSE(title.contains(QLatin1Char('_')));
            CHECK_FALSE(title.isEmpty());
            // Two fields of one record never read the same.
            CHECK_FALSE(titles.contains(title));
            titles.insert(title);
        }
        CHECK(entityTitle(entity.table) != entity.table);
    }
    CHECK(columns > 100);
    CHECK(fieldTitle(QStringLiteral("residents"), QStringLiteral("deleted")) != QStringLiteral("deleted"));
}

TEST_CASE("stored values read as labels: flags, dates, keys and the names of referenced rows", "[entity-names]")
{
    TempStore temp;
    StoreError error;
    const auto hamlet = temp->insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), QStringLiteral("Thôn Đông")}}, &error);
    REQUIRE(hamlet);
    const auto resident = temp->insert(QStringLiteral("residents"),
                                       {{QStringLiteral("hamlet_id"), *hamlet},
                                        {QStringLiteral("full_name"), QStringLiteral("Lê Thị Hồng")}},
                                       &error);
    REQUIRE(resident);
    const auto mentor =
        temp->insert(QStringLiteral("mentors"), {{QStringLiteral("resident_id"), *resident}}, &error);
    REQUIRE(mentor);

    const StoredValueText values(&temp.store());
    auto text = [&](const char* entity, const char* field, const QString& stored) {
        return values.text(QString::fromLatin1(entity), QString::fromLatin1(field), stored);
    };
    CHECK(text("residents", "has_smartphone", QStringLiteral("1")) == QStringLiteral("Yes"));
    CHECK(text("residents", "has_smartphone", QStringLiteral("0")) == QStringLiteral("No"));
    CHECK(text("residents", "deleted", QStringLiteral("true")) == QStringLiteral("Yes"));
    CHECK(text("residents", "birth_date", QStringLiteral("1987-03-14")) == QStringLiteral("14/03/1987"));
    CHECK(text("classes", "starts_at", QStringLiteral("2026-12-06T08:00:00")) == QStringLiteral("06/12/2026 08:00"));
    CHECK(text("classes", "format", QStringLiteral("in_class")) != QStringLiteral("in_class"));
    CHECK(text("classes", "target_group", QStringLiteral("elderly")) != QStringLiteral("elderly"));
    CHECK(text("mentor_pairs", "status", QStringLiteral("active")) == QStringLiteral("Active"));
    CHECK(text("mentor_pairs", "status", QStringLiteral("ended")) == QStringLiteral("Ended"));
    CHECK(text("residents", "sex", QStringLiteral("F")) == QStringLiteral("Female"));
    CHECK(text("residents", "hamlet_id", *hamlet) == QStringLiteral("Thôn Đông"));
    CHECK(text("attendance", "resident_id", *resident) == QStringLiteral("Lê Thị Hồng"));
    CHECK(text("mentor_pairs", "mentor_id", *mentor) == QStringLiteral("Lê Thị Hồng"));
    CHECK(text("residents", "full_name", QString()) == QStringLiteral("(empty)"));
    // What this store does not hold stays as sent.
    CHECK(text("residents", "hamlet_id", QStringLiteral("no-such-row")) == QStringLiteral("no-such-row"));
    CHECK(text("residents", "full_name", QStringLiteral("An")) == QStringLiteral("An"));
    CHECK(StoredValueText().text(QStringLiteral("residents"), QStringLiteral("hamlet_id"), *hamlet) == *hamlet);
}
