#include "core/kpi/Indicators.h"

#include <QCoreApplication>

namespace hocvuso::kpi {

namespace {
using S = Subject;
using Sc = Scope;
using D = DenominatorKind;

QVector<IndicatorDef> makeIndicators()
{
    // clang-format off
    return {
        {"adult_basic_skills",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Adults with basic digital knowledge and skills"),
         QStringLiteral("Người trưởng thành có kiến thức, kỹ năng số cơ bản"),
         S::Resident, Sc::Cumulative, D::Baseline, "adults",
         "Residents 18+ at the period end who are trained (basic class completed, mentored to completion or "
         "certified) on or before the period end / baseline adults."},
        {"adult_vneid_certified",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Adults certified on VNeID at the universal digital-skills level"),
         QStringLiteral("Người trưởng thành được xác nhận trên VNeID đạt kỹ năng số phổ cập"),
         S::Resident, Sc::Cumulative, D::Baseline, "adults",
         "Residents 18+ with vneid_certified_on on or before the period end / baseline adults."},
        {"smartphone",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Adults owning a smartphone"),
         QStringLiteral("Người trưởng thành sở hữu điện thoại thông minh"),
         S::Resident, Sc::Cumulative, D::Baseline, "adults",
         "Residents 18+ with has_smartphone (current flag) / baseline adults."},
        {"digital_identity",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Citizens 16+ with a digital identity (VNeID level 2)"),
         QStringLiteral("Công dân từ 16 tuổi có định danh điện tử mức 2"),
         S::Resident, Sc::Cumulative, D::Baseline, "people16",
         "Residents 16+ with vneid_level2 (current flag) / baseline people 16+."},
        {"digital_bank",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Citizens 16+ with a digital bank account"),
         QStringLiteral("Công dân từ 16 tuổi có tài khoản ngân hàng số"),
         S::Resident, Sc::Cumulative, D::Baseline, "people16",
         "Residents 16+ with digital_bank (current flag) / baseline people 16+."},
        {"public_officials",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Public officials with digital skills"),
         QStringLiteral("Cán bộ, công chức, viên chức có kỹ năng số"),
         S::Resident, Sc::Cumulative, D::Baseline, "officials",
         "Residents flagged public_official who are trained by the period end / baseline officials."},
        {"students",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Pupils and students equipped with digital skills"),
         QStringLiteral("Học sinh, sinh viên được trang bị kỹ năng số"),
         S::Resident, Sc::Cumulative, D::Baseline, "students",
         "Residents flagged student who are trained by the period end / baseline students."},
        {"enterprise_workers",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Enterprise and co-operative workers with basic digital skills"),
         QStringLiteral("Người lao động trong doanh nghiệp, hợp tác xã có kỹ năng số cơ bản"),
         S::Resident, Sc::Cumulative, D::Baseline, "enterprise_workers",
         "Residents flagged enterprise_worker who are trained by the period end / baseline enterprise workers."},
        {"digital_household",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Digital households (at least one trained member)"),
         QStringLiteral("Hộ gia đình số (có ít nhất một thành viên có kỹ năng số)"),
         S::Household, Sc::Cumulative, D::Baseline, "households",
         "Households with at least one live member (any age) trained by the period end / baseline households."},
        {"households_informed",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Households informed of the movement"),
         QStringLiteral("Hộ gia đình được tuyên truyền về phong trào"),
         S::Household, Sc::Cumulative, D::Baseline, "households",
         "Households with a visit marked informed on or before the period end / baseline households."},
        {"elderly_attended",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Elderly (60+) who attended a class"),
         QStringLiteral("Người cao tuổi (từ 60 tuổi) tham gia lớp học"),
         S::Resident, Sc::InPeriod, D::Baseline, "elderly",
         "Residents 60+ at the period end present at a class starting within the period / baseline elderly."},
        {"disabled_attended",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "People with disabilities who attended a specialised class"),
         QStringLiteral("Người khuyết tật tham gia lớp học chuyên biệt"),
         S::Resident, Sc::InPeriod, D::Baseline, "disabled",
         "Residents flagged disabled present at a class with target group 'disabled' (or written "
         "'Người khuyết tật' / 'people with disabilities') starting within the period / baseline people with "
         "disabilities."},
        {"mentor_load",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Digital ambassadors guiding at least N mentees"),
         QStringLiteral("Đại sứ số kèm cặp tối thiểu N người"),
         S::Mentor, Sc::Cumulative, D::ActiveMentors, "",
         "Mentors active at the period end with at least N (the plan's mentor minimum) pairs active at the "
         "period end (started on or before it, not ended by it) / mentors active at the period end."},
        {"hamlet_team",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Hamlets with an active community digital technology team"),
         QStringLiteral("Thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động"),
         S::Hamlet, Sc::InPeriod, D::Hamlets, "",
         "Hamlets with an active team that logged at least one visit within the period / number of hamlets."},
        {"hamlet_influencer",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Hamlets with at least one influencer promoting the movement"),
         QStringLiteral("Thôn, tổ dân phố có người có ảnh hưởng tham gia lan tỏa phong trào"),
         S::Hamlet, Sc::Cumulative, D::Hamlets, "",
         "Hamlets with at least one live resident flagged influencer / number of hamlets."},
        {"market_4t",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Markets running the \"Chợ số\" 4T model"),
         QStringLiteral("Chợ triển khai mô hình \"Chợ số\" 4T"),
         S::Market, Sc::Cumulative, D::Baseline, "markets",
         "Markets marked runs_4t (current flag) / baseline markets."},
        {"class_cadence",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Weeks or months with at least one community class"),
         QStringLiteral("Số tuần/tháng có tổ chức lớp Bình dân học vụ số"),
         S::Cadence, Sc::InPeriod, D::ElapsedPeriods, "",
         "Weeks (plan cadence 'weekly', 7-day blocks from the period start) or calendar months ('monthly') "
         "of the period elapsed by the as-of date with at least one class starting in them / the number of "
         "those weeks or months elapsed."},
        {"women_members_reached",
         QT_TRANSLATE_NOOP("hocvuso::kpi::Indicator", "Women's Union members 18+ reached by training or outreach"),
         QStringLiteral("Hội viên phụ nữ từ 18 tuổi được tiếp cận qua tập huấn, tuyên truyền"),
         S::Resident, Sc::InPeriod, D::Baseline, "women_members",
         "Residents 18+ flagged womens_union present at a class within the period, or whose household had a "
         "visit within the period / baseline women's-union members."},
    };
    // clang-format on
}

QVector<GroupDef> makeGroups()
{
    return {
        {"elderly", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Elderly (60+)"), QStringLiteral("Người cao tuổi"),
         "elderly"},
        {"disabled", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "People with disabilities"),
         QStringLiteral("Người khuyết tật"), "disabled"},
        {"women", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Women"), QStringLiteral("Phụ nữ")},
        {"ethnic_minority", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Ethnic minorities"),
         QStringLiteral("Đồng bào dân tộc thiểu số")},
        {"poor_household", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Poor and near-poor households"),
         QStringLiteral("Hộ nghèo, cận nghèo")},
        {"enterprise_worker", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Enterprise and co-operative workers"),
         QStringLiteral("Người lao động doanh nghiệp, HTX"), "enterprise_workers"},
        {"small_trader", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Small traders"), QStringLiteral("Tiểu thương")},
        {"public_official", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Public officials"),
         QStringLiteral("Cán bộ, công chức, viên chức"), "officials"},
        {"student", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Pupils and students"),
         QStringLiteral("Học sinh, sinh viên"), "students"},
        {"womens_union", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Women's Union members"),
         QStringLiteral("Hội viên phụ nữ"), "women_members"},
        {"youth_union", QT_TRANSLATE_NOOP("hocvuso::kpi::Group", "Youth Union members"),
         QStringLiteral("Đoàn viên thanh niên")},
    };
}
} // namespace

const QVector<IndicatorDef>& Indicators::all()
{
    static const QVector<IndicatorDef> table = makeIndicators();
    return table;
}

bool Indicators::holdsCurrentStatus(const QString& id)
{
    static const QStringList flagOnly = {QStringLiteral("smartphone"), QStringLiteral("digital_identity"),
                                         QStringLiteral("digital_bank"), QStringLiteral("hamlet_influencer"),
                                         QStringLiteral("market_4t")};
    return flagOnly.contains(id);
}

const IndicatorDef* Indicators::find(const QString& id)
{
    for (const auto& d : all())
        if (d.id == id)
            return &d;
    return nullptr;
}

QString Indicators::name(const IndicatorDef& def)
{
    return QCoreApplication::translate("hocvuso::kpi::Indicator", def.nameEn);
}

const QVector<GroupDef>& Groups::all()
{
    static const QVector<GroupDef> table = makeGroups();
    return table;
}

const GroupDef* Groups::find(const QString& id)
{
    for (const auto& g : all())
        if (g.id == id)
            return &g;
    return nullptr;
}

QString Groups::name(const GroupDef& def)
{
    return QCoreApplication::translate("hocvuso::kpi::Group", def.nameEn);
}

QString Groups::idList()
{
    QStringList ids;
    for (const auto& g : all())
        ids << g.id;
    return ids.join(QStringLiteral(", "));
}

QString Groups::unknownMessage(const QString& id)
{
    return QStringLiteral("unknown group '%1'; valid groups: %2").arg(id, idList());
}

} // namespace hocvuso::kpi
