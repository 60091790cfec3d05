#include "core/domain/TargetGroup.h"

#include "core/text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <initializer_list>

namespace hocvuso::target_group {

namespace {

constexpr int kEveryone = -1;
constexpr int kNone = -2;
constexpr int kBlank = -3; // an empty part of a list ("NCT, , NKT")

struct Group
{
    const char* key;
    const char* label;          // English source of the translated label (the class dialog's names)
    const char16_t* vietnamese; // exports, and the way the demo and old imports wrote it
    std::initializer_list<const char16_t*> aliases; // other ways communes write it
};

const Group kGroups[] = {
    {"elderly", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Elderly (60+)"), u"Người cao tuổi",
     {u"Người cao tuổi (từ 60)", u"người già", u"NCT", u"Hội người cao tuổi", u"Hội viên hội người cao tuổi",
      u"the elderly", u"older people"}},
    {"disabled", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "People with disabilities"), u"Người khuyết tật",
     {u"NKT", u"khuyết tật", u"người tàn tật", u"disabled", u"disability", u"people with disability"}},
    {"ethnic_minority", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Ethnic minorities"), u"Đồng bào dân tộc thiểu số",
     {u"DTTS", u"đồng bào DTTS", u"dân tộc thiểu số", u"người dân tộc thiểu số", u"đồng bào dân tộc",
      u"ethnic minority"}},
    {"public_official", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Public officials"), u"Cán bộ, công chức, viên chức",
     {u"CBCCVC", u"CBCC", u"cán bộ", u"công chức", u"viên chức", u"cán bộ công chức", u"public official",
      u"civil servants"}},
    {"student", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Students"), u"Học sinh",
     {u"Học sinh, sinh viên", u"HSSV", u"sinh viên", u"student", u"pupils"}},
    {"enterprise_worker", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Enterprise workers"),
     u"Người lao động doanh nghiệp, HTX",
     {u"Người lao động trong doanh nghiệp", u"người lao động doanh nghiệp", u"người lao động", u"NLĐ",
      u"công nhân", u"công nhân lao động", u"HTX", u"hợp tác xã", u"enterprise worker", u"workers"}},
    {"small_trader", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Small traders"), u"Tiểu thương",
     {u"hộ kinh doanh", u"hộ kinh doanh cá thể", u"người buôn bán", u"small trader", u"traders"}},
    {"womens_union", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Women's Union members"), u"Hội viên phụ nữ",
     {u"Hội viên Hội Phụ nữ", u"Hội LHPN", u"LHPN", u"Hội phụ nữ", u"phụ nữ", u"chị em phụ nữ", u"women",
      u"women's union"}},
    {"youth_union", QT_TRANSLATE_NOOP("hocvuso::TargetGroup", "Youth Union members"), u"Đoàn viên thanh niên",
     {u"thanh niên", u"đoàn thanh niên", u"ĐVTN", u"đoàn viên", u"Đoàn TN", u"youth", u"youth union"}},
};

const char16_t* const kEveryoneWords[] = {u"Toàn dân", u"Everyone", u"Mọi người", u"Mọi người dân", u"Tất cả",
                                          u"người dân", u"all"};

// The form text is compared in: no diacritics, lower case, letters and
// digits only, so "Cán bộ,công chức" is "Cán bộ, công chức" and
// "Women's Union" is "womens union".
QString squashed(const QString& text)
{
    const QString folded = text::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

// Squashed text → index in kGroups, or kEveryone.
const QHash<QString, int>& words()
{
    static const QHash<QString, int> all = [] {
        QHash<QString, int> h;
        for (const char16_t* w : kEveryoneWords)
            h.insert(squashed(QString::fromUtf16(w)), kEveryone);
        for (int i = 0; i < int(std::size(kGroups)); ++i) {
            const Group& g = kGroups[i];
            h.insert(squashed(QString::fromLatin1(g.key)), i);
            h.insert(squashed(QString::fromUtf8(g.label)), i);
            h.insert(squashed(QString::fromUtf16(g.vietnamese)), i);
            for (const char16_t* a : g.aliases)
                h.insert(squashed(QString::fromUtf16(a)), i);
        }
        return h;
    }();
    return all;
}

int indexOfKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kGroups)); ++i)
        if (key == QLatin1String(kGroups[i].key))
            return i;
    return kNone;
}

// The labels of a stored value, each key's through `one`; text naming no
// group we list as it is.
template <typename LabelOf>
QString labelsOf(const QString& stored, const QString& everyone, LabelOf one)
{
    const auto keys = keyOf(stored);
    if (!keys)
        return stored;
    if (keys->isEmpty())
        return everyone;
    QStringList labels;
    for (const QString& key : keys->split(QLatin1Char(',')))
        labels << one(kGroups[indexOfKey(key)]);
    // "; " because the Vietnamese labels hold commas ("Cán bộ, công chức, viên chức").
    return labels.join(QStringLiteral("; "));
}

} // namespace

QStringList keys()
{
    QStringList out;
    for (const Group& g : kGroups)
        out << QString::fromLatin1(g.key);
    return out;
}

QString label(const QString& stored)
{
    return labelsOf(stored, QCoreApplication::translate("hocvuso::TargetGroup", "Everyone"),
                    [](const Group& g) { return QCoreApplication::translate("hocvuso::TargetGroup", g.label); });
}

QString vietnameseLabel(const QString& stored)
{
    return labelsOf(stored, QString(), [](const Group& g) { return QString::fromUtf16(g.vietnamese); });
}

std::optional<QString> keyOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    QVector<bool> named(int(std::size(kGroups)), false);
    bool everyone = false;
    bool any = false;
    // Longest run of parts first: a label may itself hold commas
    // ("Cán bộ, công chức, viên chức"), and so may a list of such labels.
    for (int from = 0; from < parts.size();) {
        int to = parts.size();
        int found = kNone;
        for (; to > from; --to) {
            const QString run = squashed(parts.mid(from, to - from).join(QString()));
            if (run.isEmpty() && to == from + 1) {
                found = kBlank;
                break;
            }
            found = words().value(run, kNone);
            if (found != kNone)
                break;
        }
        if (found == kNone)
            return std::nullopt;
        if (found == kEveryone)
            everyone = true;
        else if (found >= 0)
            named[found] = any = true;
        from = to;
    }
    if (everyone && any)
        return std::nullopt; // "Toàn dân, NCT": neither reading is safe, keep the words
    QStringList out;
    for (int i = 0; i < named.size(); ++i)
        if (named[i])
            out << QString::fromLatin1(kGroups[i].key);
    return out.join(QLatin1Char(','));
}

} // namespace hocvuso::target_group
