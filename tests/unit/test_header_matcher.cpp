#include "core/io/HeaderMatcher.h"

#include <catch2/catch.hpp>

using hocvuso::HeaderMatcher;

namespace {

std::string dump(const QStringList& list)
{
    return QString(QLatin1Char('[') + list.join(QLatin1String("] [")) + QLatin1Char(']')).toStdString();
}

// The resident list as communes keep it; field indices follow addColumn order.
enum Field
{
    FullName,
    NationalId,
    Hamlet,
    BirthDate,
    Phone
};

HeaderMatcher residentMatcher()
{
    HeaderMatcher m;
    m.addColumn(QStringLiteral("full_name"),
                {QStringLiteral("Họ và tên"), QStringLiteral("Họ tên"), QStringLiteral("Full name")}, true);
    m.addColumn(QStringLiteral("national_id"),
                {QStringLiteral("Số CCCD"), QStringLiteral("Số CCCD/CMND"), QStringLiteral("CCCD")}, true);
    m.addColumn(QStringLiteral("hamlet"), {QStringLiteral("Thôn/Tổ dân phố"), QStringLiteral("Thôn")});
    m.addColumn(QStringLiteral("birth_date"),
                {QStringLiteral("Ngày sinh"), QStringLiteral("Ngày tháng năm sinh")}, true);
    m.addColumn(QStringLiteral("phone"), {QStringLiteral("Số điện thoại"), QStringLiteral("SĐT")});
    return m;
}

} // namespace

TEST_CASE("HeaderMatcher::key folds case, diacritics, đ and punctuation", "[header]")
{
    CHECK(HeaderMatcher::key(QStringLiteral("Họ và tên")) == QStringLiteral("hovaten"));
    CHECK(HeaderMatcher::key(QStringLiteral("HO VA TEN")) == QStringLiteral("hovaten"));
    CHECK(HeaderMatcher::key(QStringLiteral("ho_va_ten")) == QStringLiteral("hovaten"));
    CHECK(HeaderMatcher::key(QStringLiteral("  Họ  và\ttên\n")) == QStringLiteral("hovaten"));
    CHECK(HeaderMatcher::key(QStringLiteral("Ho\u0323 va\u0300 te\u0302n")) ==
          QStringLiteral("hovaten")); // NFD
    CHECK(HeaderMatcher::key(QStringLiteral("So CCCD/CMND")) == QStringLiteral("socccdcmnd"));
    CHECK(HeaderMatcher::key(QStringLiteral("Thôn/Tổ dân phố")) == QStringLiteral("thontodanpho"));
    CHECK(HeaderMatcher::key(QStringLiteral("ĐỊA CHỈ (thường trú)")) == QStringLiteral("diachithuongtru"));
    CHECK(HeaderMatcher::key(QStringLiteral("S.T.T")) == QStringLiteral("stt"));
    CHECK(HeaderMatcher::key(QStringLiteral("Ngày\u00A0sinh")) == QStringLiteral("ngaysinh")); // NBSP
    CHECK(HeaderMatcher::key(QStringLiteral(" - / ")) == QString());
}

TEST_CASE("HeaderMatcher recognises the spellings communes use", "[header]")
{
    const HeaderMatcher m = residentMatcher();
    REQUIRE(m.fieldCount() == 5);
    CHECK(m.fieldIndex(QStringLiteral("hamlet")) == Hamlet);
    CHECK(m.fieldIndex(QStringLiteral("nope")) == -1);
    CHECK(m.canonicalName(Phone) == QStringLiteral("phone"));

    for (const char* name : {"Họ và tên", "HO VA TEN", "ho_va_ten", "Full name", "FULL-NAME", "full_name",
                             "Họ tên", "HỌ VÀ TÊN"}) {
        INFO(name);
        const auto mapping = m.match({QStringLiteral("STT"), QString::fromUtf8(name)});
        CHECK(mapping.columnForField.at(FullName) == 1);
    }
    for (const char* name : {"Số CCCD", "So CCCD/CMND", "SỐ CCCD / CMND", "so_cccd", "CCCD"}) {
        INFO(name);
        CHECK(m.match({QString::fromUtf8(name)}).columnForField.at(NationalId) == 0);
    }

    const QStringList headers = {QStringLiteral("STT"),
                                 QStringLiteral("Họ và tên"),
                                 QStringLiteral("Ngày sinh"),
                                 QStringLiteral("Số CCCD"),
                                 QStringLiteral("Thôn/Tổ dân phố"),
                                 QStringLiteral("Số điện thoại (nếu có)")};
    const auto mapping = m.match(headers);
    CHECK(mapping.columnForField == QVector<int>{1, 3, 4, 2, 5});
    INFO("unknown: " << dump(mapping.unknownHeaders));
    CHECK(mapping.unknownHeaders == QStringList{QStringLiteral("STT")});
    CHECK(mapping.missingRequired.isEmpty());
    CHECK(mapping.duplicates.isEmpty());
}

TEST_CASE("HeaderMatcher reports unknown, duplicate and missing columns", "[header]")
{
    const HeaderMatcher m = residentMatcher();
    const QStringList headers = {
        QStringLiteral("Họ và tên"),       QStringLiteral("Giới tính"), QString(),
        QStringLiteral("HO VA TEN"),       QStringLiteral("Thôn"),      QStringLiteral("Ghi chú"),
        QStringLiteral("Thôn/Tổ dân phố"), QStringLiteral("  ")};
    const auto mapping = m.match(headers);
    CHECK(mapping.columnForField == QVector<int>{0, -1, 4, -1, -1});
    INFO("unknown: " << dump(mapping.unknownHeaders));
    INFO("duplicates: " << dump(mapping.duplicates));
    INFO("missing: " << dump(mapping.missingRequired));
    CHECK(mapping.unknownHeaders == QStringList{QStringLiteral("Giới tính"), QStringLiteral("Ghi chú")});
    CHECK(mapping.duplicates == QStringList{QStringLiteral("HO VA TEN"), QStringLiteral("Thôn/Tổ dân phố")});
    CHECK(mapping.missingRequired ==
          QStringList{QStringLiteral("national_id"), QStringLiteral("birth_date")});

    const auto none = m.match({});
    CHECK(none.columnForField == QVector<int>{-1, -1, -1, -1, -1});
    CHECK(none.missingRequired == QStringList{QStringLiteral("full_name"), QStringLiteral("national_id"),
                                              QStringLiteral("birth_date")});
}

TEST_CASE("HeaderMatcher: parenthesised notes and alias conflicts", "[header]")
{
    HeaderMatcher m = residentMatcher();
    // An exact match wins over the note-stripped form.
    m.addColumn(QStringLiteral("birth_year"), {QStringLiteral("Ngày sinh (năm)")});
    const auto mapping = m.match({QStringLiteral("Ngày sinh (dd/mm/yyyy)"), QStringLiteral("Ngày sinh (năm)"),
                                  QStringLiteral("Số CCCD (12 số"), QStringLiteral("(ghi chú)")});
    CHECK(mapping.columnForField == QVector<int>{-1, 2, -1, 0, -1, 1});
    CHECK(mapping.unknownHeaders == QStringList{QStringLiteral("(ghi chú)")});

    // "Thôn" already belongs to hamlet: a later column cannot take it.
    m.addColumn(QStringLiteral("village"), {QStringLiteral("Thôn"), QStringLiteral("Làng")});
    const auto second = m.match({QStringLiteral("Thôn"), QStringLiteral("Làng")});
    CHECK(second.columnForField.at(Hamlet) == 0);
    CHECK(second.columnForField.at(m.fieldIndex(QStringLiteral("village"))) == 1);
}
