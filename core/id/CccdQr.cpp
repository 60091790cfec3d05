#include "core/id/CccdQr.h"

#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"

#include <QCoreApplication>
#include <optional>

namespace hocvuso::id {

namespace {

// Where each field sits (0-based), -1 when the variant lacks it.
struct Layout
{
    int oldId, name, birth, sex, address, issue;
};
constexpr Layout kStandard{1, 2, 3, 4, 5, 6};
constexpr Layout kNoOldId{-1, 1, 2, 3, 4, 5};
constexpr Layout kNoIssueDate{1, 2, 3, 4, 5, -1};

constexpr int kMinFields = 6;

// Removes what a keyboard-wedge scanner adds around or inside the text:
// CR/LF/TAB suffixes (and any other control character), zero-width
// characters; then the surrounding spaces.
QString cleaned(const QString& scanned)
{
    QString out = scanned;
    out.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7F || u == 0x200B || u == 0x2060 || u == 0xFEFF;
    });
    return out.trimmed();
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The card writes dates as exactly 8 digits, ddMMyyyy.
std::optional<QDate> cardDate(QStringView s)
{
    if (s.size() != 8 || !allDigits(s))
        return std::nullopt;
    const QDate d(s.mid(4, 4).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

// 'M', 'F', or null. fold() makes "Nữ", its NFD form, "NỮ" and "Nu" equal.
QChar sexOf(const QString& field)
{
    const QString key = text::fold(field);
    if (key == u"nam")
        return u'M';
    if (key == u"nu")
        return u'F';
    return {};
}

QString number(int index)
{
    return QString::number(index + 1); // messages count fields from 1
}

Layout layoutFor(const QStringList& fields)
{
    if (fields.size() > kMinFields)
        return kStandard;
    // Six fields: either the old number or the issue date is missing. The
    // old number is digits (or empty); a name never is.
    const QString second = fields.at(1).trimmed();
    return second.isEmpty() || allDigits(second) ? kNoIssueDate : kNoOldId;
}

} // namespace

bool looksLikeQr(const QString& text)
{
    const QString s = cleaned(text);
    return s.contains(u'|') && s.size() >= 12 && allDigits(QStringView(s).left(12));
}

CccdQr parseCccdQr(const QString& scanned, QDate today)
{
    CccdQr r;
    const QStringList fields = cleaned(scanned).split(u'|');
    r.fieldCount = static_cast<int>(fields.size());
    if (fields.size() < kMinFields) {
        r.error =
            QCoreApplication::translate("CccdQr", "The QR code has too few fields (%1) separated by '|'; "
                                                  "a CCCD QR code has 7 (6 on some cards)")
                .arg(r.fieldCount);
        return r;
    }
    const auto field = [&fields](int i) { return fields.at(i).trimmed(); };
    const Layout at = layoutFor(fields);

    // Field 1: the CCCD number, strictly 12 digits (a scan has no typing slips to forgive).
    r.cccd = field(0);
    if (!allDigits(r.cccd)) {
        r.error =
            QCoreApplication::translate("CccdQr", "field %1 (CCCD number): '%2' is not a 12-digit number")
                .arg(number(0), r.cccd);
        return r;
    }
    if (r.cccd.size() != 12) {
        r.error =
            QCoreApplication::translate("CccdQr", "field %1 (CCCD number): '%2' has %3 digits, expected 12")
                .arg(number(0), r.cccd, QString::number(r.cccd.size()));
        return r;
    }
    if (validation::cccdProvinceName(QStringView(r.cccd).left(3).toInt()).isEmpty()) {
        r.error =
            QCoreApplication::translate("CccdQr", "field %1 (CCCD number): the first 3 digits of %2 (%3) are "
                                                  "not a province code")
                .arg(number(0), r.cccd, r.cccd.left(3));
        return r;
    }

    if (at.oldId >= 0) {
        r.oldId = field(at.oldId);
        if (!r.oldId.isEmpty() && !(allDigits(r.oldId) && (r.oldId.size() == 9 || r.oldId.size() == 12))) {
            r.warnings << QCoreApplication::translate("CccdQr",
                                                      "field %1 (old ID number): '%2' is not a 9- or "
                                                      "12-digit number; kept as read")
                              .arg(number(at.oldId), r.oldId);
        }
    }

    r.fullName = text::toNfc(field(at.name));
    if (r.fullName.isEmpty()) {
        r.error = QCoreApplication::translate("CccdQr", "field %1 (name) is empty").arg(number(at.name));
        return r;
    }

    const QString birthText = field(at.birth);
    const auto birth = cardDate(birthText);
    if (!birth) {
        r.error =
            QCoreApplication::translate("CccdQr", "field %1 (birth date): '%2' is not a valid date ddMMyyyy")
                .arg(number(at.birth), birthText);
        return r;
    }
    if (*birth > today) {
        r.error = QCoreApplication::translate("CccdQr", "field %1 (birth date): %2 is in the future")
                      .arg(number(at.birth), validation::formatDate(*birth));
        return r;
    }
    if (birth->year() < 1900) {
        r.error = QCoreApplication::translate("CccdQr", "field %1 (birth date): %2 is before 1900")
                      .arg(number(at.birth), validation::formatDate(*birth));
        return r;
    }
    r.birthDate = *birth;

    const QString sexText = field(at.sex);
    r.sex = sexOf(sexText);
    if (r.sex.isNull()) {
        r.error = QCoreApplication::translate("CccdQr", "field %1 (sex): '%2' is neither 'Nam' nor 'Nữ'")
                      .arg(number(at.sex), sexText);
        return r;
    }

    r.address = text::toNfc(field(at.address));

    if (at.issue >= 0) {
        const QString issueText = field(at.issue);
        if (!issueText.isEmpty()) {
            const auto issue = cardDate(issueText);
            if (!issue) {
                r.error =
                    QCoreApplication::translate("CccdQr", "field %1 (issue date): '%2' is not a valid date "
                                                          "ddMMyyyy")
                        .arg(number(at.issue), issueText);
                return r;
            }
            r.issueDate = *issue;
            if (r.issueDate < r.birthDate || r.issueDate > today) {
                r.warnings << QCoreApplication::translate("CccdQr",
                                                          "field %1 (issue date): %2 is not between the "
                                                          "birth date %3 and today")
                                  .arg(number(at.issue), validation::formatDate(r.issueDate),
                                       validation::formatDate(r.birthDate));
            }
        }
    }

    // Digits 4–6 of the CCCD encode sex and birth year: a mismatch is worth a look, not a refusal.
    r.warnings << validation::checkCccd(r.cccd, r.sex, r.birthDate.year()).warnings;
    r.ok = true;
    return r;
}

} // namespace hocvuso::id
