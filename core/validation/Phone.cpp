#include "core/validation/Phone.h"

#include <QCoreApplication>
#include <iterator>

namespace hocvuso::validation {

namespace {

// The 2018 conversion of 11-digit mobile numbers: old 4-digit prefix → new 3-digit prefix.
struct PrefixChange
{
    const char16_t* from;
    const char16_t* to;
};
constexpr PrefixChange kOldMobilePrefixes[] = {
    // Viettel
    {u"0162", u"032"},
    {u"0163", u"033"},
    {u"0164", u"034"},
    {u"0165", u"035"},
    {u"0166", u"036"},
    {u"0167", u"037"},
    {u"0168", u"038"},
    {u"0169", u"039"},
    // MobiFone
    {u"0120", u"070"},
    {u"0121", u"079"},
    {u"0122", u"077"},
    {u"0126", u"076"},
    {u"0128", u"078"},
    // VinaPhone
    {u"0123", u"083"},
    {u"0124", u"084"},
    {u"0125", u"085"},
    {u"0127", u"081"},
    {u"0129", u"082"},
    // Vietnamobile, Gmobile
    {u"0186", u"056"},
    {u"0188", u"058"},
    {u"0199", u"059"},
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')';
}

// Separators people put between two numbers in one spreadsheet cell.
bool isListSeparator(QChar c)
{
    return c == u'/' || c == u',' || c == u';' || c == u'|';
}

bool isMobileSecondDigit(QChar c)
{
    return c == u'3' || c == u'5' || c == u'7' || c == u'8' || c == u'9';
}

// The number in national form (leading 0), or the bare digits when no rule applies.
QString toNational(const QString& digits, bool plus)
{
    QString rest;
    if (plus || digits.startsWith(u"0084"))
        rest = digits.mid(plus ? 2 : 4);
    else if (digits.startsWith(u"84") && (digits.size() == 11 || digits.size() == 12))
        rest = digits.mid(2);
    else if (!digits.startsWith(u'0') && ((digits.size() == 9 && isMobileSecondDigit(digits.at(0))) ||
                                          (digits.size() == 10 && digits.at(0) == u'2')))
        return u'0' + digits; // a spreadsheet stored it as a number
    else
        return digits;
    // "+84 (0) 912..." keeps its national 0; "+84 912..." gets one.
    if (rest.startsWith(u'0'))
        return rest;
    return u'0' + rest;
}

} // namespace

PhoneCheck checkPhone(const QString& input)
{
    PhoneCheck r;
    const QString shown = input.trimmed();
    if (shown.isEmpty()) {
        r.error = QCoreApplication::translate("Phone", "The phone number is empty");
        return r;
    }

    QString digits;
    digits.reserve(shown.size()); // one allocation, not one per few digits
    bool plus = false;
    for (const QChar c : shown) {
        if (c >= u'0' && c <= u'9') {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (isListSeparator(c)) {
            r.error = QCoreApplication::translate("Phone", "'%1' holds more than one phone number; enter one")
                          .arg(shown);
            return r;
        } else if (!isSeparator(c)) {
            r.error = QCoreApplication::translate("Phone",
                                                  "'%1' contains '%2', which is not part of a phone number")
                          .arg(shown, QString(c));
            return r;
        }
    }
    if (digits.isEmpty()) {
        r.error = QCoreApplication::translate("Phone", "'%1' has no digits").arg(shown);
        return r;
    }
    if (plus && !digits.startsWith(u"84")) {
        r.error = QCoreApplication::translate(
                      "Phone", "'%1' is not a Vietnamese number: it should start with +84 or 0")
                      .arg(shown);
        return r;
    }
    if (!plus && (digits.startsWith(u"1800") || digits.startsWith(u"1900"))) {
        r.error =
            QCoreApplication::translate("Phone", "'%1' is a 1800/1900 hotline, not a personal phone number")
                .arg(shown);
        return r;
    }

    const QString national = toNational(digits, plus);
    if (!national.startsWith(u'0')) {
        r.error = QCoreApplication::translate(
                      "Phone", "'%1' should start with 0 or +84: a mobile number has 10 digits "
                               "(0xxxxxxxxx), a landline 11 (02xxxxxxxxx)")
                      .arg(shown);
        return r;
    }
    if (national.size() == 10 && isMobileSecondDigit(national.at(1))) {
        r.ok = true;
        r.normalized = national;
        r.kind = PhoneKind::Mobile;
        return r;
    }
    if (national.size() == 11 && national.at(1) == u'2') {
        r.ok = true;
        r.normalized = national;
        r.kind = PhoneKind::Landline;
        return r;
    }
    if (national.size() == 11 && national.at(1) == u'1') {
        for (const auto& change : kOldMobilePrefixes) {
            const QString from = QString::fromUtf16(change.from);
            if (national.startsWith(from)) {
                r.ok = true;
                r.normalized = QString::fromUtf16(change.to) + national.mid(from.size());
                r.kind = PhoneKind::Mobile;
                r.warnings << QCoreApplication::translate("Phone",
                                                          "'%1' is an old 11-digit mobile number; since 2018 "
                                                          "it is %2")
                                  .arg(shown, r.normalized);
                return r;
            }
        }
    }
    if (national.size() == 10 && national.at(1) == u'2') {
        r.error =
            QCoreApplication::translate("Phone", "'%1' has 10 digits, but a landline number (02…) has 11")
                .arg(shown);
        return r;
    }
    if (national.size() == 10) {
        r.error = QCoreApplication::translate("Phone",
                                              "'%1': no mobile number starts with %2; mobile numbers start "
                                              "with 03, 05, 07, 08 or 09")
                      .arg(shown, national.left(2));
        return r;
    }
    r.error = QCoreApplication::translate("Phone", "'%1' has %2 digits; a mobile number has 10 (0xxxxxxxxx), "
                                                   "a landline 11 (02xxxxxxxxx)")
                  .arg(shown)
                  .arg(national.size());
    return r;
}

} // namespace hocvuso::validation
