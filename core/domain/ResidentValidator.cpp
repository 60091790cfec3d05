#include "core/domain/ResidentValidator.h"

#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"
#include "core/validation/Phone.h"

#include <QCoreApplication>

namespace hocvuso {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ResidentValidator", text);
}

// Accepts what people type for sex in Vietnamese or English.
std::optional<QChar> parseSex(const QString& raw)
{
    const QString s = text::fold(raw);
    if (s.isEmpty())
        return std::nullopt;
    if (s == QLatin1String("m") || s == QLatin1String("nam") || s == QLatin1String("male"))
        return QChar(QLatin1Char('M'));
    if (s == QLatin1String("f") || s == QLatin1String("nu") || s == QLatin1String("female") ||
        s == QLatin1String("n"))
        return QChar(QLatin1Char('F'));
    return QChar(); // present but unreadable
}
} // namespace

bool ValidationResult::hasErrors() const
{
    for (const auto& i : issues)
        if (i.isError())
            return true;
    return false;
}

bool ValidationResult::hasWarnings() const
{
    for (const auto& i : issues)
        if (!i.isError())
            return true;
    return false;
}

QString ValidationResult::firstError() const
{
    for (const auto& i : issues)
        if (i.isError())
            return i.message;
    return {};
}

ValidationResult ResidentValidator::validate(const QVariantMap& input) const
{
    ValidationResult r;
    r.values = input;
    auto error = [&](const char* field, const QString& message) {
        r.issues.push_back({QString::fromLatin1(field), message, FieldIssue::Severity::Error});
    };
    auto warning = [&](const char* field, const QString& message) {
        r.issues.push_back({QString::fromLatin1(field), message, FieldIssue::Severity::Warning});
    };

    const QString name = text::toNfc(input.value(QStringLiteral("full_name")).toString());
    if (name.isEmpty())
        error("full_name", tr("The full name is required."));
    r.values.insert(QStringLiteral("full_name"), name);

    std::optional<QChar> sex;
    const QString sexText = input.value(QStringLiteral("sex")).toString();
    if (!sexText.trimmed().isEmpty()) {
        sex = parseSex(sexText);
        if (sex && sex->isNull()) {
            error("sex", tr("Sex '%1' is not one of Nam/Nữ (M/F).").arg(sexText));
            sex.reset();
        }
    }
    r.values.insert(QStringLiteral("sex"), sex ? QVariant(QString(*sex)) : QVariant());

    // Birth: a full date, or a year alone (older lists often have only the year).
    std::optional<int> birthYear;
    const QVariant birthValue = input.value(QStringLiteral("birth_date"));
    if (birthValue.typeId() == QMetaType::QDate && birthValue.toDate().isValid()) {
        const QDate d = birthValue.toDate();
        QString why;
        if (!validation::plausibleBirthDate(d, m_today, &why))
            error("birth_date", why);
        r.values.insert(QStringLiteral("birth_date"), d.toString(Qt::ISODate));
        birthYear = d.year();
    } else if (!birthValue.toString().trimmed().isEmpty()) {
        const validation::ParsedDate parsed = validation::parseDate(birthValue.toString());
        QString why;
        if (!parsed.ok()) {
            error("birth_date", parsed.error);
        } else if (!validation::plausibleBirth(parsed, m_today, &why)) {
            error("birth_date", why);
        } else {
            r.values.insert(QStringLiteral("birth_date"),
                            parsed.date ? QVariant(parsed.date->toString(Qt::ISODate)) : QVariant());
            birthYear = parsed.year;
        }
    } else {
        r.values.insert(QStringLiteral("birth_date"), QVariant());
    }
    if (!birthYear && input.value(QStringLiteral("birth_year")).toInt() > 0)
        birthYear = input.value(QStringLiteral("birth_year")).toInt();
    r.values.insert(QStringLiteral("birth_year"), birthYear ? QVariant(*birthYear) : QVariant());

    const QString cccd = input.value(QStringLiteral("cccd")).toString().trimmed();
    if (!cccd.isEmpty()) {
        const validation::CccdCheck check = validation::checkCccd(cccd, sex, birthYear);
        if (!check.ok)
            error("cccd", check.error);
        for (const QString& w : check.warnings)
            warning("cccd", w);
        r.values.insert(QStringLiteral("cccd"), check.ok ? check.cccd : cccd);
    } else {
        r.values.insert(QStringLiteral("cccd"), QVariant());
    }

    const QString phone = input.value(QStringLiteral("phone")).toString().trimmed();
    if (!phone.isEmpty()) {
        const validation::PhoneCheck check = validation::checkPhone(phone);
        if (!check.ok)
            error("phone", check.error);
        for (const QString& w : check.warnings)
            warning("phone", w);
        r.values.insert(QStringLiteral("phone"), check.ok ? check.normalized : phone);
    } else {
        r.values.insert(QStringLiteral("phone"), QVariant());
    }

    for (const char* dateField : {"vneid_certified_on", "basic_skills_on"}) {
        const QString key = QString::fromLatin1(dateField);
        const QVariant v = input.value(key);
        if (v.typeId() == QMetaType::QDate || v.toString().trimmed().isEmpty()) {
            if (v.typeId() == QMetaType::QDate)
                r.values.insert(key, v.toDate().toString(Qt::ISODate));
            continue;
        }
        const validation::ParsedDate parsed = validation::parseDate(v.toString());
        QString why;
        if (!parsed.ok() || !parsed.date)
            error(dateField, parsed.ok() ? tr("'%1' is a year, a full date is needed.").arg(v.toString()) : parsed.error);
        else if (!validation::plausibleEventDate(*parsed.date, m_today, &why))
            error(dateField, why);
        else
            r.values.insert(key, parsed.date->toString(Qt::ISODate));
    }
    return r;
}

} // namespace hocvuso
