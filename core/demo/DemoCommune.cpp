#include "core/demo/DemoCommune.h"

#include "core/store/BulkWriter.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace hocvuso {

namespace {

// The word lists are plain arrays, not resource files: they are small,
// fixed, compiled into the one static library that needs them (no
// Q_INIT_RESOURCE plumbing for every executable and test that links core),
// and their weights sit right beside the words.
struct Weighted
{
    const char16_t* text;
    int weight;
};

constexpr Weighted kSurnames[] = {
    {u"Nguyễn", 380}, {u"Trần", 110}, {u"Lê", 95}, {u"Phạm", 70}, {u"Hoàng", 30}, {u"Huỳnh", 21},
    {u"Phan", 45},    {u"Vũ", 25},    {u"Võ", 14}, {u"Đặng", 21}, {u"Bùi", 20},   {u"Đỗ", 14},
    {u"Hồ", 13},      {u"Ngô", 13},   {u"Dương", 10}, {u"Lý", 5}, {u"Đinh", 8},   {u"Trịnh", 6},
    {u"Mai", 5},      {u"Đào", 5},    {u"Cao", 4},  {u"Lưu", 3},  {u"Tạ", 2},     {u"Hà", 4},
    {u"Lương", 3},    {u"Chu", 2},    {u"Tô", 2},   {u"Quách", 1}, {u"Lâm", 3},   {u"Kiều", 1},
};

constexpr Weighted kMaleMiddle[] = {
    {u"Văn", 340}, {u"Đức", 90},  {u"Minh", 90}, {u"Quốc", 60}, {u"Hữu", 60},  {u"Thành", 50},
    {u"Công", 50}, {u"Xuân", 40}, {u"Ngọc", 30}, {u"Gia", 40},  {u"Hoàng", 40}, {u"Trọng", 40},
    {u"Quang", 40}, {u"Tiến", 20}, {u"Mạnh", 20}, {u"Đình", 30},
};

constexpr Weighted kFemaleMiddle[] = {
    {u"Thị", 480},  {u"Ngọc", 70}, {u"Thu", 60},  {u"Thanh", 60}, {u"Minh", 40}, {u"Phương", 40},
    {u"Hồng", 50},  {u"Kim", 40},  {u"Mai", 30},  {u"Bảo", 30},   {u"Khánh", 30}, {u"Thùy", 30},
    {u"Diệu", 20},  {u"Hải", 20},
};

constexpr const char16_t* kMaleGiven[] = {
    u"An",   u"Anh",  u"Bình", u"Cường", u"Chiến", u"Dũng",  u"Duy",  u"Đạt",   u"Đông", u"Giang",
    u"Hải",  u"Hiếu", u"Hoàng", u"Hùng", u"Huy",   u"Khánh", u"Khoa", u"Kiên",  u"Long", u"Minh",
    u"Nam",  u"Nghĩa", u"Phong", u"Phúc", u"Quân",  u"Quang", u"Sơn",  u"Tài",   u"Thắng", u"Thành",
    u"Tiến", u"Toàn", u"Trung", u"Tuấn", u"Tùng",  u"Việt",  u"Vinh", u"Bảo",   u"Lâm",  u"Hưng",
    u"Hậu",  u"Tú",   u"Thịnh", u"Lộc",  u"Đức",   u"Khôi",  u"Hoà",  u"Trí",
};

constexpr const char16_t* kFemaleGiven[] = {
    u"Anh",   u"Chi",   u"Dung",  u"Giang", u"Hà",    u"Hằng", u"Hạnh",  u"Hiền", u"Hoa",  u"Hồng",
    u"Huyền", u"Hương", u"Lan",   u"Liên",  u"Linh",  u"Loan", u"Ly",    u"Mai",  u"Nga",  u"Ngân",
    u"Nhung", u"Oanh",  u"Phương", u"Quỳnh", u"Tâm",   u"Thảo", u"Thơm",  u"Thủy", u"Trang", u"Trâm",
    u"Uyên",  u"Vân",   u"Yến",   u"Nhi",   u"Thư",   u"Vy",   u"Ngọc",  u"Diệp", u"Hậu",  u"Xuân",
};

constexpr const char16_t* kHamletNames[] = {
    u"Đông",     u"Tây",      u"Nam",       u"Bắc",      u"Thượng",    u"Hạ",        u"Trung",
    u"An Lạc",   u"An Phú",   u"Phú Mỹ",    u"Phú Thọ",  u"Tân Lập",   u"Tân Phong", u"Hòa Bình",
    u"Hòa Lạc",  u"Đồng Tâm", u"Đoài",      u"Cầu",      u"Chùa",      u"Ngọc Động", u"Văn Giáp",
    u"Lưu Khê",  u"Đại Đồng", u"Thanh Xuân", u"Vĩnh Thịnh", u"Yên Bình", u"Kim Châu",  u"Bình Minh",
    u"Quang Trung", u"Phú Lương", u"Đình Tổ", u"Hưng Long", u"Phương Đình", u"Đông Thái", u"Cựu Viên",
};

constexpr const char16_t* kMarketNames[] = {u"Chợ Đầu", u"Chợ Cầu", u"Chợ Mới", u"Chợ Chiều",
                                            u"Chợ Trung tâm", u"Chợ Đình", u"Chợ Gạo", u"Chợ Quán"};

constexpr const char16_t* kMinorities[] = {u"Tày", u"Thái", u"Mường", u"Khmer", u"H'Mông", u"Nùng", u"Dao", u"Hoa"};

// Other provinces of birth registration (CCCD codes) for people who moved in.
constexpr int kOtherProvinces[] = {22, 26, 27, 30, 31, 33, 34, 36, 38, 40, 42, 48, 75, 79, 92};

constexpr const char* kMobilePrefixes[] = {"090", "091", "093", "094", "096", "097", "098", "086", "088", "089",
                                           "032", "033", "034", "035", "036", "037", "038", "039", "070", "076",
                                           "077", "078", "079", "081", "082", "083", "084", "085", "056", "058"};

// Share of the population by five-year age band (0–4 … 75–79, 80+), Vietnam ~2024.
constexpr int kAgeBands[] = {73, 80, 80, 70, 68, 72, 82, 82, 73, 68, 60, 53, 46, 36, 24, 15, 18};

// The skills catalogue (KPIS.md); a province may extend it.
struct Skill
{
    const char* code;
    const char16_t* name;
    bool basic;
};
constexpr Skill kSkills[] = {
    {"smartphone_internet", u"Sử dụng điện thoại thông minh và Internet", true},
    {"vneid", u"Ứng dụng VNeID (cài đặt, định danh mức 2)", true},
    {"public_services", u"Dịch vụ công trực tuyến (Cổng dịch vụ công)", true},
    {"cashless_banking", u"Thanh toán không dùng tiền mặt, ngân hàng số", true},
    {"online_health", u"Chăm sóc sức khỏe trực tuyến", false},
    {"cyber_safety", u"An toàn trên không gian mạng, nhận diện tin giả", true},
    {"ecommerce", u"Thương mại điện tử, bán hàng trực tuyến", false},
    {"ai_tools", u"Sử dụng công cụ trí tuệ nhân tạo (AI)", false},
    {"online_learning", u"Học tập trực tuyến (nền tảng Bình dân học vụ số)", false},
};

enum class Group { Everyone, Elderly, Disabled, Women, Youth, Traders, Officials, Students, Workers };
// Stored keys (core/domain/TargetGroup.h), as the class dialog writes them;
// everyone is no key.
struct TargetGroup
{
    Group group;
    const char* key;
    int weight;
};
constexpr TargetGroup kTargetGroups[] = {
    {Group::Everyone, "", 30},           {Group::Elderly, "elderly", 15},   {Group::Disabled, "disabled", 5},
    {Group::Women, "womens_union", 12},  {Group::Youth, "youth_union", 10}, {Group::Traders, "small_trader", 8},
    {Group::Officials, "public_official", 6}, {Group::Students, "student", 7},
    {Group::Workers, "enterprise_worker", 7},
};

// Stored keys (core/domain/ClassFormat.h), as the class dialog writes them.
constexpr const char16_t* kFormats[] = {u"in_class", u"in_class", u"online", u"blended", u"mobile"};
constexpr const char16_t* kOrganisers[] = {u"UBND xã", u"Hội LHPN xã", u"Đoàn Thanh niên xã", u"Hội Người cao tuổi",
                                           u"Bưu điện xã", u"Trường THCS"};
constexpr const char16_t* kVisitTasks[] = {u"Cài đặt VNeID", u"Kích hoạt định danh điện tử mức 2",
                                           u"Mở tài khoản ngân hàng số", u"Nộp hồ sơ dịch vụ công trực tuyến",
                                           u"Tuyên truyền phong trào Bình dân học vụ số"};

// Deterministic on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <size_t N>
    QString weighted(const Weighted (&items)[N])
    {
        int total = 0;
        for (const auto& w : items)
            total += w.weight;
        int r = below(total);
        for (const auto& w : items) {
            if (r < w.weight)
                return QString::fromUtf16(w.text);
            r -= w.weight;
        }
        return QString::fromUtf16(items[0].text);
    }

private:
    quint64 m_state;
};

struct Person
{
    int hamlet = 0;
    int household = 0;
    QString fullName;
    QChar sex;
    QDate birth;
    QString cccd, phone, ethnicity;
    bool head = false, minority = false, disabled = false, official = false, student = false, worker = false,
         trader = false, women = false, youth = false, influencer = false, smartphone = false, vneid = false,
         bank = false, online = false, cashless = false;
    QDate vneidCertified, basicSkills;
    QString id;
};

struct Household
{
    int hamlet = 0;
    QString code, address, id;
    bool poor = false, nearPoor = false;
    QVector<int> members;
};

struct Hamlet
{
    QString name, code, kind, id;
    QVector<int> people;
    QVector<int> households;
    int markets = 0;
};

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (QDate(day.year(), birth.month(), std::min(birth.day(), 28)) > day)
        --age;
    return age;
}

// Composes the whole commune in memory, then writes it in one pass.
class Generator
{
public:
    Generator(Store& store, const DemoCommune::Options& o) : m_store(store), m_opt(o), m_rng(o.seed) {}

    std::optional<DemoCommune::Counts> run(StoreError* error);

private:
    int ageFromPyramid(int minAge, int maxAge);
    QString givenName(QChar sex);
    int addPerson(int household, const QString& surname, QChar sex, int age);
    void makeHamlets();
    void makePeople();
    void makeFacts(Person& p);
    QString makeCccd(const Person& p, int index);
    QString makePhone();
    bool write(StoreError* error);
    bool writeActivities(BulkWriter& w, StoreError* error);
    void progress(const QString& stage, int percent)
    {
        if (m_opt.progress)
            m_opt.progress(stage, percent);
    }

    std::optional<QString> put(BulkWriter& w, const QString& table, const QVariantMap& row, StoreError* error)
    {
        auto id = w.insert(table, row, error);
        if (id)
            ++m_counts[table];
        return id;
    }

    Store& m_store;
    const DemoCommune::Options& m_opt;
    Rng m_rng;
    QVector<Hamlet> m_hamlets;
    QVector<Household> m_households;
    QVector<Person> m_people;
    DemoCommune::Counts m_counts;
};

int Generator::ageFromPyramid(int minAge, int maxAge)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        int total = 0;
        for (int w : kAgeBands)
            total += w;
        int r = m_rng.below(total);
        int band = 0;
        while (r >= kAgeBands[band]) {
            r -= kAgeBands[band];
            ++band;
        }
        const int age = band == 16 ? m_rng.between(80, 97) : band * 5 + m_rng.below(5);
        if (age >= minAge && age <= maxAge)
            return age;
    }
    return m_rng.between(minAge, maxAge);
}

QString Generator::givenName(QChar sex)
{
    return QString::fromUtf16(sex == u'M' ? m_rng.pick(kMaleGiven) : m_rng.pick(kFemaleGiven));
}

int Generator::addPerson(int household, const QString& surname, QChar sex, int age)
{
    Person p;
    p.household = household;
    p.hamlet = m_households[household].hamlet;
    p.sex = sex;
    const QString middle = sex == u'M' ? m_rng.weighted(kMaleMiddle) : m_rng.weighted(kFemaleMiddle);
    p.fullName = surname + QLatin1Char(' ') + middle + QLatin1Char(' ') + givenName(sex);
    p.birth = m_opt.today.addYears(-age).addDays(-m_rng.below(365));
    m_people.push_back(p);
    const int index = int(m_people.size()) - 1;
    m_households[household].members.push_back(index);
    m_hamlets[p.hamlet].people.push_back(index);
    return index;
}

void Generator::makeHamlets()
{
    const int count = std::clamp(m_opt.residents / 1200, 3, 120);
    const int named = int(std::size(kHamletNames));
    for (int i = 0; i < count; ++i) {
        Hamlet h;
        // Most communes mix rural thôn with urban tổ dân phố.
        if (i % 10 < 7) {
            const int n = i / 10 * 7 + i % 10;
            h.name = QStringLiteral("Thôn ") + QString::fromUtf16(kHamletNames[n % named]);
            if (n >= named)
                h.name += QLatin1Char(' ') + QString::number(n / named + 1);
            h.kind = QStringLiteral("thon");
        } else {
            h.name = QStringLiteral("Tổ dân phố số %1").arg(i / 10 * 3 + i % 10 - 6);
            h.kind = QStringLiteral("to_dan_pho");
        }
        h.code = QStringLiteral("T%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        m_hamlets.push_back(h);
    }
}

void Generator::makePeople()
{
    // Household sizes 1–7, about 3.8 people on average.
    constexpr int kSizeWeights[] = {8, 14, 21, 27, 17, 9, 4};
    while (m_people.size() < m_opt.residents) {
        int r = m_rng.below(100), size = 1;
        for (int w : kSizeWeights) {
            if (r < w)
                break;
            r -= w;
            ++size;
        }
        size = std::min(size, int(m_opt.residents - m_people.size()));

        Household hh;
        hh.hamlet = m_rng.below(int(m_hamlets.size()));
        hh.code = QStringLiteral("HD%1").arg(m_households.size() + 1, 6, 10, QLatin1Char('0'));
        hh.poor = m_rng.chance(0.035);
        hh.nearPoor = !hh.poor && m_rng.chance(0.045);
        hh.address = QStringLiteral("Số %1, %2").arg(m_rng.between(1, 250)).arg(m_hamlets[hh.hamlet].name);
        m_households.push_back(hh);
        const int house = int(m_households.size()) - 1;
        m_hamlets[hh.hamlet].households.push_back(house);

        const QChar headSex = m_rng.chance(0.72) ? u'M' : u'F';
        const int headAge = size == 1 ? ageFromPyramid(20, 97) : ageFromPyramid(24, 85);
        const QString family = m_rng.weighted(kSurnames);
        const int head = addPerson(house, family, headSex, headAge);
        m_people[head].head = true;
        QString childSurname = family;
        int placed = 1;
        if (size >= 2 && m_rng.chance(0.82)) {
            const QChar other = headSex == u'M' ? u'F' : u'M';
            const QString spouseSurname = m_rng.weighted(kSurnames);
            addPerson(house, spouseSurname, other, std::clamp(headAge + m_rng.between(-6, 4), 18, 97));
            if (headSex == u'F')
                childSurname = spouseSurname;
            ++placed;
        }
        for (; placed < size; ++placed) {
            const QChar sex = m_rng.chance(0.51) ? u'M' : u'F';
            int age;
            if (headAge < 60 && headAge >= 45 && m_rng.chance(0.12))
                age = std::min(97, headAge + m_rng.between(22, 32)); // an elderly parent
            else if (headAge >= 58 && m_rng.chance(0.5))
                age = m_rng.between(0, 20); // a grandchild
            else
                age = std::max(0, headAge - m_rng.between(20, 40));
            addPerson(house, age > headAge ? m_rng.weighted(kSurnames) : childSurname, sex, age);
        }
    }
    for (int i = 0; i < m_households.size(); ++i) {
        const bool minority = m_rng.chance(m_opt.ethnicMinorityShare);
        const QString ethnicity =
            minority ? QString::fromUtf16(m_rng.pick(kMinorities)) : QStringLiteral("Kinh");
        for (int member : m_households[i].members) {
            m_people[member].minority = minority;
            m_people[member].ethnicity = ethnicity;
            makeFacts(m_people[member]);
            m_people[member].cccd = makeCccd(m_people[member], member);
        }
    }
}

void Generator::makeFacts(Person& p)
{
    const int age = ageOn(p.birth, m_opt.today);
    const bool adult = age >= 18;
    p.disabled = m_rng.chance(age >= 70 ? 0.16 : age >= 50 ? 0.06 : 0.025);
    p.official = age >= 22 && age <= 60 && m_rng.chance(0.035);
    p.student = (age >= 6 && age <= 18 && m_rng.chance(0.95)) || (age >= 19 && age <= 22 && m_rng.chance(0.35));
    p.worker = !p.official && !p.student && age >= 18 && age <= 55 && m_rng.chance(0.22);
    p.trader = !p.official && age >= 20 && age <= 68 && m_rng.chance(0.06);
    p.women = p.sex == u'F' && adult && m_rng.chance(0.62);
    p.youth = age >= 16 && age <= 30 && m_rng.chance(0.4);
    p.influencer = adult && age <= 60 && m_rng.chance(0.004);
    const double phoneRate = age < 12 ? 0.0 : age < 18 ? 0.55 : age < 60 ? 0.88 : age < 75 ? 0.5 : 0.2;
    p.smartphone = m_rng.chance(p.minority ? phoneRate * 0.8 : phoneRate);
    if (age >= 14 && m_rng.chance(age < 70 ? 0.92 : 0.65))
        p.phone = makePhone();
    if (age >= 16) {
        p.vneid = m_rng.chance(p.smartphone ? 0.82 : 0.25);
        p.bank = m_rng.chance(p.smartphone ? 0.7 : 0.1);
        p.online = adult && m_rng.chance(p.smartphone ? 0.4 : 0.05);
        p.cashless = p.bank && m_rng.chance(0.75);
        if (adult && p.vneid && m_rng.chance(0.25))
            p.vneidCertified = m_opt.today.addDays(-m_rng.below(365));
    }
}

QString Generator::makeCccd(const Person& p, int index)
{
    // Everyone has a personal ID number from birth registration; the commune
    // has recorded it for most adults and about half of the children.
    const int age = ageOn(p.birth, m_opt.today);
    if (!m_rng.chance(age >= 14 ? 0.95 : 0.55))
        return {};
    const int province = m_rng.chance(0.88) ? m_opt.provinceCode : m_rng.pick(kOtherProvinces);
    const int year = p.birth.year();
    const int centuryDigit = (year >= 2000 ? 2 : 0) + (p.sex == u'F' ? 1 : 0);
    // (index × a prime coprime to 10⁶ + offset) mod 10⁶ never repeats below 10⁶ residents.
    const quint64 serial = (quint64(index) * 7919u + m_opt.seed * 104729u) % 1000000u;
    return QStringLiteral("%1%2%3%4")
        .arg(province, 3, 10, QLatin1Char('0'))
        .arg(centuryDigit)
        .arg(year % 100, 2, 10, QLatin1Char('0'))
        .arg(serial, 6, 10, QLatin1Char('0'));
}

QString Generator::makePhone()
{
    return QString::fromLatin1(m_rng.pick(kMobilePrefixes)) +
           QStringLiteral("%1").arg(m_rng.below(10000000), 7, 10, QLatin1Char('0'));
}

std::optional<DemoCommune::Counts> Generator::run(StoreError* error)
{
    if (m_opt.residents < 1) {
        if (error)
            *error = {QStringLiteral("residents"), {},
                      QCoreApplication::translate("DemoCommune", "the demo needs at least one resident")};
        return std::nullopt;
    }
    if (!m_store.hasCommune()) {
        if (error)
            *error = {QStringLiteral("communes"), {},
                      QCoreApplication::translate("DemoCommune", "the store has no commune yet (run init first)")};
        return std::nullopt;
    }
    progress(QStringLiteral("people"), 0);
    makeHamlets();
    makePeople();
    if (!write(error))
        return std::nullopt;
    progress(QStringLiteral("done"), 100);
    return m_counts;
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool Generator::write(StoreError* error)
{
    StoreTransaction tx(m_store);
    BulkWriter w(m_store);
    if (!tx.ok() || !w.isValid()) {
        if (error)
            *error = {QStringLiteral("residents"), {}, QCoreApplication::translate("DemoCommune", "cannot open a transaction")};
        return false;
    }
    for (const Skill& s : kSkills) {
        if (!put(w, QStringLiteral("skills"),
                 {{QStringLiteral("code"), QString::fromLatin1(s.code)}, {QStringLiteral("name"), QString::fromUtf16(s.name)}},
                 error))
            return false;
    }
    for (Hamlet& h : m_hamlets) {
        auto id = put(w, QStringLiteral("hamlets"),
                      {{QStringLiteral("name"), h.name}, {QStringLiteral("code"), h.code}, {QStringLiteral("kind"), h.kind}},
                      error);
        if (!id)
            return false;
        h.id = *id;
    }
    progress(QStringLiteral("households"), 5);
    const int houseStmt = w.prepareInsert(QStringLiteral("households"),
                                          {QStringLiteral("hamlet_id"), QStringLiteral("code"), QStringLiteral("head_name"),
                                           QStringLiteral("address"), QStringLiteral("poor"), QStringLiteral("near_poor")},
                                          error);
    if (houseStmt < 0)
        return false;
    for (Household& hh : m_households) {
        auto id = w.insert(houseStmt,
                           {m_hamlets[hh.hamlet].id, hh.code, m_people[hh.members.first()].fullName, hh.address,
                            hh.poor, hh.nearPoor},
                           error);
        if (!id)
            return false;
        hh.id = *id;
    }
    m_counts[QStringLiteral("households")] = m_households.size();

    // Classes decide who completed the basic course: plan them before residents are written.
    if (!writeActivities(w, error))
        return false;
    if (tx.commit())
        return true;
    if (error)
        *error = {QStringLiteral("residents"), {},
                  QCoreApplication::translate("DemoCommune", "commit failed: %1").arg(m_store.db().lastError().text())};
    return false;
}

bool Generator::writeActivities(BulkWriter& w, StoreError* error)
{
    const QDate today = m_opt.today;
    // --- classes and attendance, planned in memory first
    struct PlannedClass
    {
        int hamlet;
        QString title, format, group, organiser, skills;
        bool basic;
        QDateTime starts;
        QVector<int> attendees;
        QVector<bool> completed;
        QString id;
    };
    QVector<PlannedClass> classes;
    const int classCount = std::max(4, m_opt.residents / 150);
    int groupTotal = 0;
    for (const auto& g : kTargetGroups)
        groupTotal += g.weight;
    for (int c = 0; c < classCount; ++c) {
        PlannedClass k;
        k.hamlet = m_people[m_rng.below(int(m_people.size()))].hamlet;
        int r = m_rng.below(groupTotal);
        const TargetGroup* group = &kTargetGroups[0];
        for (const auto& g : kTargetGroups) {
            if (r < g.weight) {
                group = &g;
                break;
            }
            r -= g.weight;
        }
        QStringList skills;
        const int nSkills = m_rng.between(1, 3);
        for (int s = 0; s < nSkills; ++s) {
            const QString code = QString::fromLatin1(m_rng.pick(kSkills).code);
            if (!skills.contains(code))
                skills << code;
        }
        k.basic = std::any_of(std::begin(kSkills), std::end(kSkills),
                              [&](const Skill& s) { return s.basic && s.code == skills.first(); });
        k.skills = skills.join(QStringLiteral("; "));
        k.group = QString::fromLatin1(group->key);
        k.format = QString::fromUtf16(m_rng.pick(kFormats));
        k.organiser = QString::fromUtf16(m_rng.pick(kOrganisers));
        static constexpr int kHours[] = {8, 14, 19};
        k.starts = QDateTime(today.addDays(-m_rng.below(540)), QTime(m_rng.pick(kHours), 0));
        k.title = QStringLiteral("Lớp Bình dân học vụ số số %1 – %2").arg(c + 1).arg(m_hamlets[k.hamlet].name);

        QVector<int> pool;
        for (int idx : m_hamlets[k.hamlet].people) {
            const Person& p = m_people[idx];
            const int age = ageOn(p.birth, k.starts.date());
            bool fits = age >= 12;
            switch (group->group) {
            case Group::Everyone: fits = age >= 15; break;
            case Group::Elderly: fits = age >= 60; break;
            case Group::Disabled: fits = p.disabled && age >= 12; break;
            case Group::Women: fits = p.women; break;
            case Group::Youth: fits = p.youth; break;
            case Group::Traders: fits = p.trader; break;
            case Group::Officials: fits = p.official; break;
            case Group::Students: fits = p.student && age >= 10; break;
            case Group::Workers: fits = p.worker; break;
            }
            if (fits)
                pool.push_back(idx);
        }
        const int size = std::min(int(pool.size()), m_rng.between(12, 35));
        for (int i = 0; i < size; ++i) {
            std::swap(pool[i], pool[i + m_rng.below(int(pool.size()) - i)]);
            k.attendees.push_back(pool[i]);
            const bool done = m_rng.chance(0.78);
            k.completed.push_back(done);
            Person& p = m_people[pool[i]];
            if (done && k.basic && (!p.basicSkills.isValid() || p.basicSkills > k.starts.date()))
                p.basicSkills = k.starts.date();
        }
        classes.push_back(k);
    }

    // --- residents
    progress(QStringLiteral("residents"), 10);
    const QStringList columns = {
        QStringLiteral("hamlet_id"),      QStringLiteral("household_id"),   QStringLiteral("full_name"),
        QStringLiteral("birth_date"),     QStringLiteral("birth_year"),     QStringLiteral("sex"),
        QStringLiteral("cccd"),           QStringLiteral("phone"),          QStringLiteral("is_head"),
        QStringLiteral("ethnicity"),      QStringLiteral("ethnic_minority"), QStringLiteral("disabled"),
        QStringLiteral("public_official"), QStringLiteral("student"),       QStringLiteral("enterprise_worker"),
        QStringLiteral("small_trader"),   QStringLiteral("womens_union"),   QStringLiteral("youth_union"),
        QStringLiteral("influencer"),     QStringLiteral("has_smartphone"), QStringLiteral("vneid_level2"),
        QStringLiteral("digital_bank"),   QStringLiteral("online_services"), QStringLiteral("cashless"),
        QStringLiteral("vneid_certified_on"), QStringLiteral("basic_skills_on")};
    const int personStmt = w.prepareInsert(QStringLiteral("residents"), columns, error);
    if (personStmt < 0)
        return false;
    for (int i = 0; i < m_people.size(); ++i) {
        Person& p = m_people[i];
        auto id = w.insert(personStmt,
                           {m_hamlets[p.hamlet].id, m_households[p.household].id, p.fullName,
                            p.birth.toString(Qt::ISODate), p.birth.year(), QString(p.sex), textOrNull(p.cccd),
                            textOrNull(p.phone), p.head, p.ethnicity, p.minority, p.disabled, p.official, p.student,
                            p.worker, p.trader, p.women, p.youth, p.influencer, p.smartphone, p.vneid, p.bank,
                            p.online, p.cashless, dateOrNull(p.vneidCertified), dateOrNull(p.basicSkills)},
                           error);
        if (!id)
            return false;
        p.id = *id;
        if (i % 20000 == 0)
            progress(QStringLiteral("residents"), 10 + int(70.0 * i / m_people.size()));
    }
    m_counts[QStringLiteral("residents")] = m_people.size();

    progress(QStringLiteral("classes"), 80);
    const int attendStmt = w.prepareInsert(QStringLiteral("attendance"),
                                           {QStringLiteral("class_id"), QStringLiteral("resident_id"),
                                            QStringLiteral("present"), QStringLiteral("completed")},
                                           error);
    if (attendStmt < 0)
        return false;
    for (PlannedClass& k : classes) {
        auto id = put(w, QStringLiteral("classes"),
                      {{QStringLiteral("hamlet_id"), m_hamlets[k.hamlet].id},
                       {QStringLiteral("title"), k.title},
                       {QStringLiteral("starts_at"), k.starts.toString(Qt::ISODate)},
                       {QStringLiteral("ends_at"), k.starts.addSecs(3 * 3600).toString(Qt::ISODate)},
                       {QStringLiteral("place"), QString(QStringLiteral("Nhà văn hóa ") + m_hamlets[k.hamlet].name)},
                       {QStringLiteral("format"), k.format},
                       {QStringLiteral("target_group"), k.group.isEmpty() ? QVariant() : QVariant(k.group)},
                       {QStringLiteral("organiser"), k.organiser},
                       {QStringLiteral("skills"), k.skills},
                       {QStringLiteral("basic_course"), k.basic}},
                      error);
        if (!id)
            return false;
        k.id = *id;
        for (int i = 0; i < k.attendees.size(); ++i) {
            if (!w.insert(attendStmt, {k.id, m_people[k.attendees[i]].id, true, k.completed[i]}, error))
                return false;
            ++m_counts[QStringLiteral("attendance")];
        }
    }

    // --- mentors ("Đại sứ số") with 2–6 mentees each, from their own hamlet
    progress(QStringLiteral("mentors"), 88);
    for (const Hamlet& h : m_hamlets) {
        QVector<int> mentorPool, menteePool;
        for (int idx : h.people) {
            const Person& p = m_people[idx];
            const int age = ageOn(p.birth, today);
            if (age >= 20 && age <= 55 && p.smartphone)
                mentorPool.push_back(idx);
            if (age >= 40 && !p.basicSkills.isValid())
                menteePool.push_back(idx);
        }
        const int mentors = std::min(int(mentorPool.size()), std::max(1, int(h.people.size()) / 250));
        QSet<int> taken;
        for (int m = 0; m < mentors; ++m) {
            std::swap(mentorPool[m], mentorPool[m + m_rng.below(int(mentorPool.size()) - m)]);
            const Person& mentor = m_people[mentorPool[m]];
            taken.insert(mentorPool[m]);
            const QDate since = today.addDays(-m_rng.between(30, 400));
            if (!put(w, QStringLiteral("mentors"),
                     {{QStringLiteral("resident_id"), mentor.id}, {QStringLiteral("since"), since.toString(Qt::ISODate)}},
                     error))
                return false;
            const int mentees = m_rng.between(2, 6);
            for (int k = 0, tries = 0; k < mentees && tries < 50 && !menteePool.isEmpty(); ++tries) {
                const int idx = menteePool[m_rng.below(int(menteePool.size()))];
                if (taken.contains(idx))
                    continue;
                taken.insert(idx);
                ++k;
                const bool finished = m_rng.chance(0.15);
                const QDate started = since.addDays(m_rng.below(30));
                QVariantMap pair{{QStringLiteral("mentor_id"), mentor.id},
                                 {QStringLiteral("mentee_id"), m_people[idx].id},
                                 {QStringLiteral("started_on"), started.toString(Qt::ISODate)},
                                 {QStringLiteral("status"), finished ? QStringLiteral("completed") : QStringLiteral("active")},
                                 {QStringLiteral("skills"), QStringLiteral("smartphone_internet; vneid")}};
                if (finished)
                    pair.insert(QStringLiteral("ended_on"), std::min(today, started.addDays(60)).toString(Qt::ISODate));
                if (!put(w, QStringLiteral("mentor_pairs"), pair, error))
                    return false;
            }
        }
    }

    // --- one community digital technology team per hamlet, its door-to-door visits
    progress(QStringLiteral("teams"), 92);
    for (Hamlet& h : m_hamlets) {
        auto team = put(w, QStringLiteral("teams"),
                        {{QStringLiteral("hamlet_id"), h.id},
                         {QStringLiteral("name"), QString(QStringLiteral("Tổ công nghệ số cộng đồng ") + h.name)}},
                        error);
        if (!team)
            return false;
        QVector<int> pool;
        for (int idx : h.people) {
            const int age = ageOn(m_people[idx].birth, today);
            if (age >= 18 && age <= 60 && m_people[idx].smartphone)
                pool.push_back(idx);
        }
        const int members = std::min(int(pool.size()), m_rng.between(5, 8));
        QStringList names;
        for (int i = 0; i < members; ++i) {
            std::swap(pool[i], pool[i + m_rng.below(int(pool.size()) - i)]);
            names << m_people[pool[i]].fullName;
            if (!put(w, QStringLiteral("team_members"),
                     {{QStringLiteral("team_id"), *team},
                      {QStringLiteral("resident_id"), m_people[pool[i]].id},
                      {QStringLiteral("role"), i == 0 ? QStringLiteral("Tổ trưởng") : QStringLiteral("Tổ viên")}},
                     error))
                return false;
        }
        for (int house : h.households) {
            if (!m_rng.chance(0.4))
                continue;
            const Household& hh = m_households[house];
            const int visits = m_rng.chance(0.25) ? 2 : 1;
            for (int v = 0; v < visits; ++v) {
                const QDate on = today.addDays(-m_rng.below(365));
                QStringList tasks;
                const int nTasks = m_rng.between(1, 3);
                for (int t = 0; t < nTasks; ++t) {
                    const QString task = QString::fromUtf16(m_rng.pick(kVisitTasks));
                    if (!tasks.contains(task))
                        tasks << task;
                }
                QVariantMap visit{{QStringLiteral("household_id"), hh.id},
                                  {QStringLiteral("team_id"), *team},
                                  {QStringLiteral("visited_on"), on.toString(Qt::ISODate)},
                                  {QStringLiteral("visitors"), names.mid(0, 2).join(QStringLiteral(", "))},
                                  {QStringLiteral("helped"), m_people[hh.members[m_rng.below(int(hh.members.size()))]].fullName},
                                  {QStringLiteral("tasks"), tasks.join(QStringLiteral("; "))},
                                  {QStringLiteral("informed"), m_rng.chance(0.9)}};
                if (m_rng.chance(0.15)) {
                    visit.insert(QStringLiteral("follow_up"), QStringLiteral("Quay lại hướng dẫn kích hoạt mức 2"));
                    visit.insert(QStringLiteral("follow_up_on"), on.addDays(14).toString(Qt::ISODate));
                }
                if (!put(w, QStringLiteral("visits"), visit, error))
                    return false;
            }
        }
    }

    // --- markets ("Chợ số" 4T)
    const int markets = std::max(1, int(m_hamlets.size()) / 4);
    for (int i = 0; i < markets; ++i) {
        const int hamlet = (i * 4) % int(m_hamlets.size());
        QString name = QString::fromUtf16(kMarketNames[i % std::size(kMarketNames)]);
        if (i >= int(std::size(kMarketNames)))
            name += QLatin1Char(' ') + m_hamlets[hamlet].name;
        if (!put(w, QStringLiteral("markets"),
                 {{QStringLiteral("hamlet_id"), m_hamlets[hamlet].id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("runs_4t"), m_rng.chance(0.4)}},
                 error))
            return false;
        ++m_hamlets[hamlet].markets;
    }

    // --- population baselines: the census holds a few more people than the store reached
    progress(QStringLiteral("baselines"), 96);
    for (const Hamlet& h : m_hamlets) {
        const double uplift = 1.02 + 0.06 * m_rng.unit();
        for (int year : {2025, 2026}) {
            qint64 adults = 0, people16 = 0, elderly = 0, disabled = 0, officials = 0, students = 0, workers = 0,
                   women = 0;
            for (int idx : h.people) {
                const Person& p = m_people[idx];
                const int age = year - p.birth.year(); // age reached during the year
                adults += age >= 18;
                people16 += age >= 16;
                elderly += age >= 60;
                disabled += p.disabled;
                officials += p.official;
                students += p.student;
                workers += p.worker;
                women += p.women && age >= 18;
            }
            auto census = [&](qint64 n) { return qint64(std::ceil(double(n) * uplift)); };
            if (!put(w, QStringLiteral("baselines"),
                     {{QStringLiteral("hamlet_id"), h.id},
                      {QStringLiteral("year"), year},
                      {QStringLiteral("adults"), census(adults)},
                      {QStringLiteral("people16"), census(people16)},
                      {QStringLiteral("elderly"), census(elderly)},
                      {QStringLiteral("disabled"), census(disabled)},
                      {QStringLiteral("households"), census(h.households.size())},
                      {QStringLiteral("officials"), census(officials)},
                      {QStringLiteral("students"), census(students)},
                      {QStringLiteral("enterprise_workers"), census(workers)},
                      {QStringLiteral("markets"), qint64(h.markets)},
                      {QStringLiteral("women_members"), census(women)}},
                     error))
                return false;
        }
    }
    if (m_opt.seedPlans && !m_opt.seedPlans(m_store, error))
        return false;
    return true;
}

} // namespace

DemoCommune::DemoCommune(Store& store) : m_store(store) {}

std::optional<DemoCommune::Counts> DemoCommune::generate(const Options& options, StoreError* error)
{
    Generator generator(m_store, options);
    return generator.run(error);
}

} // namespace hocvuso
