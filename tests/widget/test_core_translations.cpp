// Core's messages (import reasons, validation, the unsaved-changes question)
// reach the user in Vietnamese from the embedded translation, whatever
// context their file translates them under.
#include "WidgetFixtures.h"

#include "core/domain/ClassFormat.h"
#include "ui/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace hocvuso;

TEST_CASE("core messages are translated at run time", "[widget][translations]")
{
    REQUIRE(installTranslations(QStringLiteral("vi")));
    // Explicit contexts.
    CHECK(QCoreApplication::translate("Cccd", "The CCCD number is empty; it has 12 digits") ==
          QStringLiteral("Số CCCD đang trống; số CCCD có 12 chữ số"));
    CHECK(class_format::label(QStringLiteral("blended")) == QStringLiteral("Kết hợp"));
    // A file-wide helper's context ("ListImporter") that lupdate files under the class.
    CHECK(QCoreApplication::translate("ListImporter", "column not recognised: ignored") ==
          QStringLiteral("không nhận ra cột: bỏ qua"));
    CHECK(QCoreApplication::translate("ResidentValidator", "The full name is required.") ==
          QStringLiteral("Cần nhập họ và tên."));
    // A string nobody translated stays as it is.
    CHECK(QCoreApplication::translate("ListImporter", "no such sentence") == QStringLiteral("no such sentence"));
    installTranslations(QStringLiteral("en"));
    CHECK(class_format::label(QStringLiteral("blended")) == QStringLiteral("Blended"));
}
