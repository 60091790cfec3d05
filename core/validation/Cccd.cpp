#include "core/validation/Cccd.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <iterator>
#include <string>

namespace hocvuso::validation {

namespace {

struct Province
{
    int code;
    const char16_t* name;
};

// The codes the Ministry of Public Security assigned to the 63 provinces
// before the 2025 merger. Numbers already issued keep them for life, so
// entries are never removed.
constexpr Province kProvinces[] = {
    {1, u"Hà Nội"},
    {2, u"Hà Giang"},
    {4, u"Cao Bằng"},
    {6, u"Bắc Kạn"},
    {8, u"Tuyên Quang"},
    {10, u"Lào Cai"},
    {11, u"Điện Biên"},
    {12, u"Lai Châu"},
    {14, u"Sơn La"},
    {15, u"Yên Bái"},
    {17, u"Hòa Bình"},
    {19, u"Thái Nguyên"},
    {20, u"Lạng Sơn"},
    {22, u"Quảng Ninh"},
    {24, u"Bắc Giang"},
    {25, u"Phú Thọ"},
    {26, u"Vĩnh Phúc"},
    {27, u"Bắc Ninh"},
    {30, u"Hải Dương"},
    {31, u"Hải Phòng"},
    {33, u"Hưng Yên"},
    {34, u"Thái Bình"},
    {35, u"Hà Nam"},
    {36, u"Nam Định"},
    {37, u"Ninh Bình"},
    {38, u"Thanh Hóa"},
    {40, u"Nghệ An"},
    {42, u"Hà Tĩnh"},
    {44, u"Quảng Bình"},
    {45, u"Quảng Trị"},
    {46, u"Thừa Thiên Huế"},
    {48, u"Đà Nẵng"},
    {49, u"Quảng Nam"},
    {51, u"Quảng Ngãi"},
    {52, u"Bình Định"},
    {54, u"Phú Yên"},
    {56, u"Khánh Hòa"},
    {58, u"Ninh Thuận"},
    {60, u"Bình Thuận"},
    {62, u"Kon Tum"},
    {64, u"Gia Lai"},
    {66, u"Đắk Lắk"},
    {67, u"Đắk Nông"},
    {68, u"Lâm Đồng"},
    {70, u"Bình Phước"},
    {72, u"Tây Ninh"},
    {74, u"Bình Dương"},
    {75, u"Đồng Nai"},
    {77, u"Bà Rịa - Vũng Tàu"},
    {79, u"Hồ Chí Minh"},
    {80, u"Long An"},
    {82, u"Tiền Giang"},
    {83, u"Bến Tre"},
    {84, u"Trà Vinh"},
    {86, u"Vĩnh Long"},
    {87, u"Đồng Tháp"},
    {89, u"An Giang"},
    {91, u"Kiên Giang"},
    {92, u"Cần Thơ"},
    {93, u"Hậu Giang"},
    {94, u"Sóc Trăng"},
    {95, u"Bạc Liêu"},
    {96, u"Cà Mau"},
};
static_assert(std::size(kProvinces) == 63);

// 4th digit → first year of the century; even = male, odd = female.
// Circular 07/2016/TT-BCA, art. 7: 0/1 the 20th century (1900-1999), 2/3
// the 21st, 4/5 the 22nd, 6/7 the 23rd, 8/9 the 24th (2300-2399); no
// digit stands for the 1800s.
int centuryOf(int digit)
{
    static constexpr int kCenturies[5] = {1900, 2000, 2100, 2200, 2300};
    return kCenturies[digit / 2];
}

// "001 085.012345" or "001-085-012345" → "001085012345"; letters are kept
// so they can be reported.
QString compact(const QString& s)
{
    // The usual cell is the 12 digits alone: shared, not copied.
    if (std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return s;
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!c.isSpace() && c != u'.' && c != u'-')
            out += c;
    }
    return out;
}

// "1.23457E+11" or "1,23457E+11" (spaces and dots already taken out):
// how a spreadsheet shows a 12-digit number in a General column.
bool looksLikeScientificNotation(const QString& compacted)
{
    const qsizetype e = compacted.indexOf(u'E', 0, Qt::CaseInsensitive);
    if (e <= 0 || e + 1 >= compacted.size())
        return false;
    const auto digits = [](QStringView v, bool commaToo) {
        return !v.isEmpty() && std::all_of(v.begin(), v.end(), [&](QChar c) {
            return (c >= u'0' && c <= u'9') || (commaToo && c == u',');
        });
    };
    QStringView exponent = QStringView(compacted).sliced(e + 1);
    if (exponent.front() == u'+')
        exponent = exponent.sliced(1);
    return digits(QStringView(compacted).left(e), true) && digits(exponent, false);
}

QString sexMismatch(const CccdCheck& r)
{
    const QString from = QString::number(r.century);
    const QString to = QString::number(r.century + 99);
    if (r.sex == u'F')
        return QCoreApplication::translate(
                   "Cccd", "CCCD %1: the 4th digit says female born %2–%3 but the resident is male")
            .arg(r.cccd, from, to);
    return QCoreApplication::translate(
               "Cccd", "CCCD %1: the 4th digit says male born %2–%3 but the resident is female")
        .arg(r.cccd, from, to);
}

} // namespace

QString cccdProvinceName(int code)
{
    const auto it = std::lower_bound(std::begin(kProvinces), std::end(kProvinces), code,
                                     [](const Province& p, int c) { return p.code < c; });
    if (it == std::end(kProvinces) || it->code != code)
        return {};
    // The names are static: no copy (a CCCD is checked per imported row).
    return QString::fromRawData(reinterpret_cast<const QChar*>(it->name),
                                qsizetype(std::char_traits<char16_t>::length(it->name)));
}

// This year in UTC, cheaply (no time zone lookup): an import checks a CCCD
// per row. The local year is never below it by more than one, so a birth
// year below it is never in the future; QDate::currentDate() is asked only
// for the others.
static int utcYear()
{
    return QDate::fromJulianDay(2440588 + QDateTime::currentMSecsSinceEpoch() / 86400000).year();
}

CccdCheck checkCccd(const QString& input, std::optional<QChar> sex, std::optional<int> birthYear)
{
    CccdCheck r;
    r.cccd = compact(input);
    if (r.cccd.isEmpty()) {
        r.error = QCoreApplication::translate("Cccd", "The CCCD number is empty; it has 12 digits");
        return r;
    }
    if (looksLikeScientificNotation(r.cccd)) {
        r.error = QCoreApplication::translate(
                      "Cccd", "CCCD '%1' is a number in scientific notation, as a spreadsheet shows a long number: "
                              "its last digits are lost. Format the column as Text and type the numbers again")
                      .arg(input.trimmed());
        return r;
    }
    for (const QChar c : std::as_const(r.cccd)) {
        if (c < u'0' || c > u'9') {
            r.error = QCoreApplication::translate(
                          "Cccd", "CCCD '%1' contains '%2'; a CCCD number has only digits, 12 of them")
                          .arg(input.trimmed(), QString(c));
            return r;
        }
    }
    if (r.cccd.size() == 9) {
        r.error = QCoreApplication::translate(
                      "Cccd", "'%1' has 9 digits: that is an old CMND number; the CCCD number has 12 digits")
                      .arg(r.cccd);
        return r;
    }
    if ((r.cccd.size() == 10 || r.cccd.size() == 11) && r.cccd.front() != u'0' &&
        !cccdProvinceName(QString(12 - r.cccd.size(), u'0').append(r.cccd).left(3).toInt()).isEmpty()) {
        r.error = QCoreApplication::translate(
                      "Cccd", "CCCD '%1' has %2 digits: its leading 0 is missing (a spreadsheet drops it when the "
                              "column holds numbers). Format the column as Text and type the numbers again")
                      .arg(r.cccd)
                      .arg(r.cccd.size());
        return r;
    }
    if (r.cccd.size() != 12) {
        r.error = QCoreApplication::translate("Cccd", "CCCD '%1' has %2 digits; a CCCD number has 12")
                      .arg(r.cccd)
                      .arg(r.cccd.size());
        return r;
    }

    // Decode everything first: the caller may still want it after an error.
    r.provinceCode = QStringView(r.cccd).left(3).toInt();
    r.provinceName = cccdProvinceName(r.provinceCode);
    const int genderDigit = r.cccd.at(3).digitValue();
    r.century = centuryOf(genderDigit);
    r.sex = genderDigit % 2 == 0 ? QChar(u'M') : QChar(u'F');
    r.birthYearTwoDigits = QStringView(r.cccd).mid(4, 2).toInt();

    if (r.provinceName.isEmpty()) {
        r.error =
            QCoreApplication::translate("Cccd", "CCCD %1: the first 3 digits (%2) are not a province code")
                .arg(r.cccd, r.cccd.left(3));
        return r;
    }
    r.ok = true;

    if (sex) {
        const QChar given = sex->toUpper();
        if ((given == u'M' || given == u'F') && given != r.sex)
            r.warnings << sexMismatch(r);
    }
    if (birthYear && *birthYear != r.birthYear()) {
        r.warnings << QCoreApplication::translate(
                          "Cccd", "CCCD %1: digits 4–6 say born in %2 but the resident's birth year is %3")
                          .arg(r.cccd)
                          .arg(r.birthYear())
                          .arg(*birthYear);
    } else if (r.birthYear() >= utcYear() && r.birthYear() > QDate::currentDate().year()) {
        r.warnings << QCoreApplication::translate(
                          "Cccd", "CCCD %1: digits 4–6 say born in %2, which is in the future")
                          .arg(r.cccd)
                          .arg(r.birthYear());
    }
    return r;
}

} // namespace hocvuso::validation
