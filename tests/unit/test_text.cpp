#include "core/text/VietnameseText.h"

#include <catch2/catch.hpp>
#include <string>

using namespace hocvuso;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

QString nfd(const QString& s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

TEST_CASE("text::fold removes diacritics and case", "[text][fold]")
{
    const QString nfc = QStringLiteral("Nguyễn Văn An");
    REQUIRE(nfd(nfc) != nfc); // the NFD form really is different text
    CHECK(u8(text::fold(nfc)) == "nguyen van an");
    CHECK(u8(text::fold(nfd(nfc))) == "nguyen van an");
    CHECK(u8(text::fold(QStringLiteral("NGUYỄN VĂN AN"))) == "nguyen van an");
    CHECK(u8(text::fold(nfd(QStringLiteral("NGUYỄN VĂN AN")))) == "nguyen van an");
    CHECK(u8(text::fold(QStringLiteral("Đặng"))) == "dang");
    CHECK(u8(text::fold(QStringLiteral("đặng thị đào"))) == "dang thi dao");
}

TEST_CASE("text::fold maps every Vietnamese letter to its base", "[text][fold]")
{
    const QString lower = QStringLiteral("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ "
                                         "uùúủũụ ưừứửữự yỳýỷỹỵ đ");
    const std::string expected = "aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo oooooo "
                                 "uuuuuu uuuuuu yyyyyy d";
    CHECK(u8(text::fold(lower)) == expected);
    CHECK(u8(text::fold(lower.toUpper())) == expected);
    CHECK(u8(text::fold(nfd(lower))) == expected);
    CHECK(u8(text::fold(nfd(lower.toUpper()))) == expected);
}

TEST_CASE("text::fold trims and collapses whitespace", "[text][fold]")
{
    CHECK(u8(text::fold(QStringLiteral("  Nguyễn   Văn\tAn \n"))) == "nguyen van an");
    CHECK(u8(text::fold(QStringLiteral("Nguyễn\u00A0Văn\u3000An"))) ==
          "nguyen van an");                                                 // NBSP, ideographic space
    CHECK(u8(text::fold(QStringLiteral("Hello  World"))) == "hello world"); // ASCII
    CHECK(u8(text::fold(QString())) == "");
    CHECK(u8(text::fold(QStringLiteral(" \t "))) == "");
}

TEST_CASE("text::fold handles legacy and odd input", "[text][fold]")
{
    // Ð (U+00D0, Icelandic eth) looks exactly like Đ and comes from old converters.
    CHECK(u8(text::fold(QStringLiteral("\u00D0\u1EB6NG"))) == "dang");
    // Combining marks typed in non-canonical order ("tổ hợp" input methods).
    CHECK(u8(text::fold(QStringLiteral("Nguye\u0302\u0303n"))) == "nguyen");
    CHECK(u8(text::fold(QStringLiteral("Nguye\u0303\u0302n"))) == "nguyen");
    // Zero-width space and BOM left by copy/paste or a CSV file.
    CHECK(u8(text::fold(QStringLiteral("\uFEFFNguy\u200Bễn"))) == "nguyen");
    // Digits and punctuation are kept.
    CHECK(u8(text::fold(QStringLiteral("Tổ 3, ấp Bình-Hòa"))) == "to 3, ap binh-hoa");
}

TEST_CASE("text::fold gives NFC and NFD forms the same key for every BMP character", "[text][fold]")
{
    int mismatches = 0;
    QString first;
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString s = QStringLiteral("x") + QChar(static_cast<char16_t>(c)) + QStringLiteral("y");
        if (text::fold(s) != text::fold(nfd(s)) ||
            text::fold(s) != text::fold(s.normalized(QString::NormalizationForm_C))) {
            if (mismatches++ == 0)
                first = QString::number(static_cast<uint>(c), 16);
        }
    }
    INFO("first mismatch at U+" << u8(first));
    CHECK(mismatches == 0);
}

TEST_CASE("text::fold folds Hangul composed and decomposed alike", "[text][fold]")
{
    const QString hangul = QStringLiteral("한국");
    CHECK(text::fold(hangul) == text::fold(nfd(hangul)));
}

TEST_CASE("text::toNfc normalizes, trims and collapses", "[text][nfc]")
{
    const QString nfc = QStringLiteral("Nguyễn Văn An");
    CHECK(u8(text::toNfc(nfd(nfc))) == "Nguyễn Văn An");
    CHECK(text::toNfc(nfd(nfc)).size() == nfc.size());
    CHECK(u8(text::toNfc(QStringLiteral("  Nguyễn  Văn \t An  "))) == "Nguyễn Văn An");
    CHECK(u8(text::toNfc(QStringLiteral("Nguyễn\u00A0Văn\r\nAn"))) == "Nguyễn Văn An");
    CHECK(u8(text::toNfc(QStringLiteral("\uFEFFNguy\u200Bễn"))) == "Nguyễn");
    CHECK(u8(text::toNfc(QString())) == "");
    // Case is kept: this is the stored form, not the search key.
    CHECK(u8(text::toNfc(QStringLiteral("NGUYỄN văn AN"))) == "NGUYỄN văn AN");
}

TEST_CASE("text::looksLikeDigits tells numbers from names", "[text]")
{
    CHECK(text::looksLikeDigits(QStringLiteral("001085012345")));
    CHECK(text::looksLikeDigits(QStringLiteral("0912 345 678")));
    CHECK(text::looksLikeDigits(QStringLiteral("+84 912-345-678")));
    CHECK(text::looksLikeDigits(QStringLiteral("(024) 3812.3456")));
    CHECK(text::looksLikeDigits(QStringLiteral(" 0912 ")));
    CHECK_FALSE(text::looksLikeDigits(QStringLiteral("An")));
    CHECK_FALSE(text::looksLikeDigits(QStringLiteral("Tổ 3")));
    CHECK_FALSE(text::looksLikeDigits(QStringLiteral("0912a")));
    CHECK_FALSE(text::looksLikeDigits(QString()));
    CHECK_FALSE(text::looksLikeDigits(QStringLiteral(" - ")));
    CHECK_FALSE(text::looksLikeDigits(QStringLiteral("٣"))); // Arabic-Indic digit: not ASCII
}

TEST_CASE("text::capitalizeName writes names the Vietnamese way", "[text]")
{
    CHECK(u8(text::capitalizeName(QStringLiteral("nguyễn văn  an"))) == "Nguyễn Văn An");
    CHECK(u8(text::capitalizeName(QStringLiteral("NGUYỄN VĂN AN"))) == "Nguyễn Văn An");
    CHECK(u8(text::capitalizeName(QStringLiteral("đặng thị ánh"))) == "Đặng Thị Ánh");
    CHECK(u8(text::capitalizeName(nfd(QStringLiteral("ỷ lan")))) == "Ỷ Lan");
    CHECK(u8(text::capitalizeName(QStringLiteral("h'hen niê"))) == "H'Hen Niê");
    CHECK(u8(text::capitalizeName(QStringLiteral("y-moan ênuôl"))) == "Y-Moan Ênuôl");
    CHECK(u8(text::capitalizeName(QStringLiteral("  "))) == "");
}
