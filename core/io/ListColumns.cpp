#include "core/io/ListColumns.h"

namespace hocvuso {

namespace {
using K = FieldKind;

ListField idField()
{
    return {QStringLiteral("id"), QStringLiteral("ID"), {QStringLiteral("Mã hệ thống"), QStringLiteral("UUID")},
            K::Id, {}, false, {}};
}

ListField hamletField(bool required, const QString& example = QStringLiteral("Thôn Đông"))
{
    return {QStringLiteral("hamlet"),
            QStringLiteral("Thôn/Tổ dân phố"),
            {QStringLiteral("Thôn"), QStringLiteral("Tổ dân phố"), QStringLiteral("Thôn/Tổ"), QStringLiteral("Thôn, tổ dân phố"),
             QStringLiteral("Thôn/Xóm"), QStringLiteral("Tên thôn"), QStringLiteral("Hamlet"), QStringLiteral("Village")},
            K::HamletRef,
            QStringLiteral("hamlet_id"),
            required,
            example};
}

ListField boolField(const QString& column, const QString& header, const QStringList& aliases,
                    const QString& example = {})
{
    return {column, header, aliases, K::Bool, column, false, example};
}

ListField textField(const QString& column, const QString& header, const QStringList& aliases,
                    const QString& example = {}, bool required = false)
{
    return {column, header, aliases, K::Text, column, required, example};
}

ListField dateField(const QString& column, const QString& header, const QStringList& aliases,
                    const QString& example = {}, bool required = false)
{
    return {column, header, aliases, K::Date, column, required, example};
}

ListField intField(const QString& column, const QString& header, const QStringList& aliases,
                   const QString& example = {})
{
    return {column, header, aliases, K::Integer, column, false, example};
}

// A resident named by id or by CCCD (one of them), with the name for people to read.
QVector<ListField> residentRef(const QString& prefix, const QString& column, const QString& who,
                               const QStringList& whoAliases, const QString& exampleCccd,
                               const QString& exampleName)
{
    QStringList idAliases, cccdAliases, nameAliases;
    for (const QString& w : whoAliases) {
        idAliases << QStringLiteral("%1 id").arg(w);
        cccdAliases << QStringLiteral("%1 CCCD").arg(w) << QStringLiteral("CCCD %1").arg(w);
        nameAliases << QStringLiteral("%1 name").arg(w);
    }
    const QString p = prefix.isEmpty() ? QString() : prefix + QLatin1Char('_');
    return {
        {p + QStringLiteral("resident_id"), QStringLiteral("Mã %1").arg(who), idAliases, K::ResidentId, column, true, {}},
        {p + QStringLiteral("cccd"), prefix.isEmpty() ? QStringLiteral("Số CCCD") : QStringLiteral("Số CCCD %1").arg(who),
         cccdAliases + (prefix.isEmpty() ? QStringList{QStringLiteral("CCCD"), QStringLiteral("Căn cước công dân"),
                                                       QStringLiteral("Số định danh cá nhân"), QStringLiteral("ID number")}
                                         : QStringList{}),
         K::ResidentCccd, column, true, exampleCccd},
        {p + QStringLiteral("name"), prefix.isEmpty() ? QStringLiteral("Họ và tên") : who.left(1).toUpper() + who.mid(1),
         nameAliases + (prefix.isEmpty() ? QStringList{QStringLiteral("Họ tên"), QStringLiteral("Full name")}
                                         : QStringList{}),
         K::Label, {}, false, exampleName},
    };
}

QVector<ListSpec> makeLists()
{
    QVector<ListSpec> lists;

    lists.append({QStringLiteral("hamlets"), QStringLiteral("hamlets"), QStringLiteral("Hamlets"),
                  {idField(),
                   textField(QStringLiteral("code"), QStringLiteral("Mã thôn"),
                             {QStringLiteral("Mã thôn/Tổ dân phố"), QStringLiteral("Mã tổ dân phố"), QStringLiteral("Code")},
                             QStringLiteral("T01")),
                   textField(QStringLiteral("name"), QStringLiteral("Tên thôn/Tổ dân phố"),
                             {QStringLiteral("Thôn/Tổ dân phố"), QStringLiteral("Tên thôn"), QStringLiteral("Thôn"),
                              QStringLiteral("Tổ dân phố"), QStringLiteral("Hamlet"), QStringLiteral("Name")},
                             QStringLiteral("Thôn Đông"), true),
                   textField(QStringLiteral("kind"), QStringLiteral("Loại"), {QStringLiteral("Kind"), QStringLiteral("Type")},
                             QStringLiteral("Thôn"))}});

    lists.append({QStringLiteral("households"), QStringLiteral("households"), QStringLiteral("Households"),
                  {idField(),
                   textField(QStringLiteral("code"), QStringLiteral("Mã hộ"),
                             {QStringLiteral("Mã hộ gia đình"), QStringLiteral("Số hộ"), QStringLiteral("Household code"),
                              QStringLiteral("Household")},
                             QStringLiteral("HD001"), true),
                   hamletField(false),
                   textField(QStringLiteral("head_name"), QStringLiteral("Chủ hộ"),
                             {QStringLiteral("Họ tên chủ hộ"), QStringLiteral("Tên chủ hộ"), QStringLiteral("Head of household"),
                              QStringLiteral("Head name")},
                             QStringLiteral("Nguyễn Văn An")),
                   textField(QStringLiteral("address"), QStringLiteral("Địa chỉ"), {QStringLiteral("Address")},
                             QStringLiteral("Số 5, ngõ 12")),
                   boolField(QStringLiteral("poor"), QStringLiteral("Hộ nghèo"), {QStringLiteral("Poor")}),
                   boolField(QStringLiteral("near_poor"), QStringLiteral("Hộ cận nghèo"), {QStringLiteral("Near poor")})}});
    lists.last().createsHamlets = true;

    ListSpec residents{QStringLiteral("residents"), QStringLiteral("residents"), QStringLiteral("Residents"), {}};
    residents.createsHamlets = true;
    residents.createsHouseholds = true;
    residents.fields = {
        idField(),
        textField(QStringLiteral("full_name"), QStringLiteral("Họ và tên"),
                  {QStringLiteral("Họ tên"), QStringLiteral("Tên"), QStringLiteral("Họ và tên người dân"),
                   QStringLiteral("Full name"), QStringLiteral("Name")},
                  QStringLiteral("Nguyễn Văn An"), true),
        {QStringLiteral("birth_date"), QStringLiteral("Ngày sinh"),
         {QStringLiteral("Ngày tháng năm sinh"), QStringLiteral("Năm sinh"), QStringLiteral("Sinh ngày"),
          QStringLiteral("Date of birth"), QStringLiteral("Birth date"), QStringLiteral("DOB")},
         K::BirthDate, QStringLiteral("birth_date"), false, QStringLiteral("15/03/1985")},
        {QStringLiteral("sex"), QStringLiteral("Giới tính"), {QStringLiteral("Sex"), QStringLiteral("Gender")}, K::Sex,
         QStringLiteral("sex"), false, QStringLiteral("Nam")},
        {QStringLiteral("cccd"), QStringLiteral("Số CCCD"),
         {QStringLiteral("CCCD"), QStringLiteral("Số CCCD/CMND"), QStringLiteral("Căn cước công dân"),
          QStringLiteral("Số căn cước"), QStringLiteral("Số định danh"), QStringLiteral("Số định danh cá nhân"),
          QStringLiteral("ID number"), QStringLiteral("Citizen ID")},
         K::Cccd, QStringLiteral("cccd"), false, QStringLiteral("001085012345")},
        {QStringLiteral("phone"), QStringLiteral("Số điện thoại"),
         {QStringLiteral("Điện thoại"), QStringLiteral("SĐT"), QStringLiteral("Số ĐT"), QStringLiteral("Phone"),
          QStringLiteral("Mobile"), QStringLiteral("Phone number")},
         K::Phone, QStringLiteral("phone"), false, QStringLiteral("0912345678")},
        hamletField(false),
        {QStringLiteral("household"), QStringLiteral("Mã hộ"),
         {QStringLiteral("Mã hộ gia đình"), QStringLiteral("Số hộ"), QStringLiteral("Household code"),
          QStringLiteral("Household")},
         K::HouseholdRef, QStringLiteral("household_id"), false, QStringLiteral("HD001")},
        {QStringLiteral("head"), QStringLiteral("Chủ hộ"),
         {QStringLiteral("Là chủ hộ"), QStringLiteral("Head of household"),
          QStringLiteral("Household head"), QStringLiteral("Is head")},
         K::HeadMark, QStringLiteral("is_head"), false, QStringLiteral("x")},
        textField(QStringLiteral("ethnicity"), QStringLiteral("Dân tộc"), {QStringLiteral("Ethnicity")},
                  QStringLiteral("Kinh")),
        boolField(QStringLiteral("ethnic_minority"), QStringLiteral("Dân tộc thiểu số"),
                  {QStringLiteral("DTTS"), QStringLiteral("Ethnic minority")}),
        boolField(QStringLiteral("disabled"), QStringLiteral("Người khuyết tật"),
                  {QStringLiteral("Khuyết tật"), QStringLiteral("NKT"), QStringLiteral("Disabled"),
                   QStringLiteral("Disability")}),
        boolField(QStringLiteral("public_official"), QStringLiteral("Cán bộ, công chức, viên chức"),
                  {QStringLiteral("CBCCVC"), QStringLiteral("Công chức"), QStringLiteral("Public official")}),
        boolField(QStringLiteral("student"), QStringLiteral("Học sinh, sinh viên"),
                  {QStringLiteral("HSSV"), QStringLiteral("Học sinh"), QStringLiteral("Student")}),
        boolField(QStringLiteral("enterprise_worker"), QStringLiteral("Lao động doanh nghiệp, HTX"),
                  {QStringLiteral("Người lao động"), QStringLiteral("Công nhân"), QStringLiteral("Enterprise worker")}),
        boolField(QStringLiteral("small_trader"), QStringLiteral("Tiểu thương"), {QStringLiteral("Small trader")}),
        boolField(QStringLiteral("womens_union"), QStringLiteral("Hội viên phụ nữ"),
                  {QStringLiteral("Hội LHPN"), QStringLiteral("Hội viên Hội LHPN"), QStringLiteral("Women's union")}),
        boolField(QStringLiteral("youth_union"), QStringLiteral("Đoàn viên thanh niên"),
                  {QStringLiteral("Đoàn viên"), QStringLiteral("Youth union")}),
        boolField(QStringLiteral("influencer"), QStringLiteral("Người có ảnh hưởng"), {QStringLiteral("Influencer")}),
        boolField(QStringLiteral("has_smartphone"), QStringLiteral("Có điện thoại thông minh"),
                  {QStringLiteral("Điện thoại thông minh"), QStringLiteral("Smartphone")}, QStringLiteral("x")),
        boolField(QStringLiteral("vneid_level2"), QStringLiteral("VNeID mức 2"),
                  {QStringLiteral("Định danh điện tử mức 2"), QStringLiteral("VNeID level 2")}, QStringLiteral("x")),
        boolField(QStringLiteral("digital_bank"), QStringLiteral("Tài khoản ngân hàng số"),
                  {QStringLiteral("Ngân hàng số"), QStringLiteral("Digital bank account"), QStringLiteral("Digital bank")}),
        boolField(QStringLiteral("online_services"), QStringLiteral("Dịch vụ công trực tuyến"),
                  {QStringLiteral("DVC trực tuyến"), QStringLiteral("Online public services")}),
        boolField(QStringLiteral("cashless"), QStringLiteral("Thanh toán không dùng tiền mặt"),
                  {QStringLiteral("TTKDTM"), QStringLiteral("Cashless")}),
        dateField(QStringLiteral("vneid_certified_on"), QStringLiteral("Ngày xác nhận kỹ năng số trên VNeID"),
                  {QStringLiteral("Ngày xác nhận VNeID"), QStringLiteral("VNeID certified on")}),
        dateField(QStringLiteral("basic_skills_on"), QStringLiteral("Ngày hoàn thành kỹ năng số cơ bản"),
                  {QStringLiteral("Ngày hoàn thành"), QStringLiteral("Basic skills on")}),
        textField(QStringLiteral("notes"), QStringLiteral("Ghi chú"), {QStringLiteral("Notes")}),
    };
    residents.secondExample = {{QStringLiteral("full_name"), QStringLiteral("Trần Thị Bình")},
                               {QStringLiteral("birth_date"), QStringLiteral("20/01/1990")},
                               {QStringLiteral("sex"), QStringLiteral("Nữ")},
                               {QStringLiteral("cccd"), QStringLiteral("001190012346")},
                               {QStringLiteral("phone"), QStringLiteral("0987654321")},
                               {QStringLiteral("hamlet"), QStringLiteral("Thôn Đông")},
                               {QStringLiteral("household"), QStringLiteral("HD001")},
                               {QStringLiteral("womens_union"), QStringLiteral("x")},
                               {QStringLiteral("has_smartphone"), QStringLiteral("x")},
                               {QStringLiteral("vneid_level2"), QStringLiteral("x")},
                               {QStringLiteral("digital_bank"), QStringLiteral("x")},
                               {QStringLiteral("basic_skills_on"), QStringLiteral("10/10/2025")}};
    lists.append(residents);

    lists.append({QStringLiteral("classes"), QStringLiteral("classes"), QStringLiteral("Classes"),
                  {idField(),
                   textField(QStringLiteral("title"), QStringLiteral("Tên lớp"),
                             {QStringLiteral("Lớp"), QStringLiteral("Tên lớp học"), QStringLiteral("Class"), QStringLiteral("Title")},
                             QStringLiteral("Lớp kỹ năng số cơ bản khóa 1"), true),
                   hamletField(false),
                   {QStringLiteral("starts_at"), QStringLiteral("Bắt đầu"),
                    {QStringLiteral("Thời gian bắt đầu"), QStringLiteral("Ngày học"), QStringLiteral("Ngày bắt đầu"),
                     QStringLiteral("Starts at"), QStringLiteral("Start")},
                    K::DateTime, QStringLiteral("starts_at"), false, QStringLiteral("10/10/2025 08:00")},
                   {QStringLiteral("ends_at"), QStringLiteral("Kết thúc"),
                    {QStringLiteral("Thời gian kết thúc"), QStringLiteral("Ends at"), QStringLiteral("End")}, K::DateTime,
                    QStringLiteral("ends_at"), false, QStringLiteral("10/10/2025 11:00")},
                   textField(QStringLiteral("place"), QStringLiteral("Địa điểm"), {QStringLiteral("Place")},
                             QStringLiteral("Nhà văn hóa thôn Đông")),
                   {QStringLiteral("format"), QStringLiteral("Hình thức"), {QStringLiteral("Format")}, K::ClassFormat,
                    QStringLiteral("format"), false, QStringLiteral("Trực tiếp")},
                   {QStringLiteral("target_group"), QStringLiteral("Đối tượng"),
                    {QStringLiteral("Nhóm đối tượng"), QStringLiteral("Target group")}, K::TargetGroup,
                    QStringLiteral("target_group"), false, QStringLiteral("Người cao tuổi")},
                   textField(QStringLiteral("organiser"), QStringLiteral("Đơn vị tổ chức"), {QStringLiteral("Organiser")},
                             QStringLiteral("Hội LHPN xã")),
                   textField(QStringLiteral("instructors"), QStringLiteral("Người hướng dẫn"),
                             {QStringLiteral("Giảng viên"), QStringLiteral("Instructors")}, QStringLiteral("Trần Thị Bình")),
                   textField(QStringLiteral("skills"), QStringLiteral("Kỹ năng"), {QStringLiteral("Nội dung"), QStringLiteral("Skills")},
                             QStringLiteral("VNeID; Dịch vụ công trực tuyến")),
                   boolField(QStringLiteral("basic_course"), QStringLiteral("Lớp kỹ năng số cơ bản"),
                             {QStringLiteral("Kỹ năng cơ bản"), QStringLiteral("Basic course")}, QStringLiteral("x")),
                   textField(QStringLiteral("notes"), QStringLiteral("Ghi chú"), {QStringLiteral("Notes")})}});

    {
        ListSpec s{QStringLiteral("attendance"), QStringLiteral("attendance"), QStringLiteral("Attendance"), {}};
        s.fields = {
            {QStringLiteral("class_id"), QStringLiteral("Mã lớp"), {QStringLiteral("Class id")}, K::ClassId,
             QStringLiteral("class_id"), true, {}},
            {QStringLiteral("class_title"), QStringLiteral("Tên lớp"), {QStringLiteral("Lớp"), QStringLiteral("Class")},
             K::ClassTitle, QStringLiteral("class_id"), true, QStringLiteral("Lớp kỹ năng số cơ bản khóa 1")},
        };
        s.fields += residentRef({}, QStringLiteral("resident_id"), QStringLiteral("người dân"),
                                {QStringLiteral("Resident")}, QStringLiteral("001085012345"), QStringLiteral("Nguyễn Văn An"));
        s.fields += {boolField(QStringLiteral("present"), QStringLiteral("Có mặt"), {QStringLiteral("Present")},
                               QStringLiteral("x")),
                     boolField(QStringLiteral("completed"), QStringLiteral("Hoàn thành"),
                               {QStringLiteral("Đã hoàn thành"), QStringLiteral("Completed")}, QStringLiteral("x"))};
        lists.append(s);
    }
    {
        ListSpec s{QStringLiteral("mentors"), QStringLiteral("mentors"), QStringLiteral("Digital ambassadors"), {}};
        s.fields = residentRef({}, QStringLiteral("resident_id"), QStringLiteral("người dân"), {QStringLiteral("Resident")},
                               QStringLiteral("001190012346"), QStringLiteral("Trần Thị Bình"));
        s.fields += {dateField(QStringLiteral("since"), QStringLiteral("Từ ngày"), {QStringLiteral("Ngày bắt đầu"), QStringLiteral("Since")},
                               QStringLiteral("01/09/2025")),
                     boolField(QStringLiteral("active"), QStringLiteral("Đang hoạt động"), {QStringLiteral("Active")},
                               QStringLiteral("x")),
                     textField(QStringLiteral("notes"), QStringLiteral("Ghi chú"), {QStringLiteral("Notes")})};
        lists.append(s);
    }
    {
        ListSpec s{QStringLiteral("mentor_pairs"), QStringLiteral("mentor_pairs"), QStringLiteral("Mentor pairs"), {}};
        s.fields = residentRef(QStringLiteral("mentor"), QStringLiteral("mentor_id"), QStringLiteral("Đại sứ số"),
                               {QStringLiteral("Mentor")}, QStringLiteral("001190012346"), QStringLiteral("Trần Thị Bình"));
        s.fields += residentRef(QStringLiteral("mentee"), QStringLiteral("mentee_id"), QStringLiteral("người được hỗ trợ"),
                                {QStringLiteral("Mentee")}, QStringLiteral("001085012345"), QStringLiteral("Nguyễn Văn An"));
        s.fields += {dateField(QStringLiteral("started_on"), QStringLiteral("Ngày bắt đầu"), {QStringLiteral("Started on")},
                               QStringLiteral("15/09/2025")),
                     dateField(QStringLiteral("ended_on"), QStringLiteral("Ngày kết thúc"), {QStringLiteral("Ended on")}),
                     {QStringLiteral("status"), QStringLiteral("Trạng thái"), {QStringLiteral("Status")}, K::PairStatus,
                      QStringLiteral("status"), false, QStringLiteral("active")},
                     textField(QStringLiteral("skills"), QStringLiteral("Kỹ năng"), {QStringLiteral("Skills")},
                               QStringLiteral("VNeID"))};
        lists.append(s);
    }
    lists.append({QStringLiteral("teams"), QStringLiteral("teams"), QStringLiteral("Community digital teams"),
                  {idField(),
                   textField(QStringLiteral("name"), QStringLiteral("Tên tổ"),
                             {QStringLiteral("Tổ công nghệ số cộng đồng"), QStringLiteral("Tên tổ công nghệ số"), QStringLiteral("Team"),
                              QStringLiteral("Team name")},
                             QStringLiteral("Tổ CNSCĐ thôn Đông"), true),
                   hamletField(false),
                   boolField(QStringLiteral("active"), QStringLiteral("Đang hoạt động"), {QStringLiteral("Active")},
                             QStringLiteral("x"))}});
    {
        ListSpec s{QStringLiteral("team_members"), QStringLiteral("team_members"), QStringLiteral("Team members"), {}};
        s.fields = {{QStringLiteral("team_id"), QStringLiteral("Mã tổ"), {QStringLiteral("Team id")}, K::TeamId,
                     QStringLiteral("team_id"), true, {}},
                    {QStringLiteral("team_name"), QStringLiteral("Tên tổ"),
                     {QStringLiteral("Tổ công nghệ số cộng đồng"), QStringLiteral("Team"), QStringLiteral("Team name")},
                     K::TeamName, QStringLiteral("team_id"), true, QStringLiteral("Tổ CNSCĐ thôn Đông")}};
        s.fields += residentRef({}, QStringLiteral("resident_id"), QStringLiteral("người dân"), {QStringLiteral("Resident")},
                                QStringLiteral("001190012346"), QStringLiteral("Trần Thị Bình"));
        s.fields += textField(QStringLiteral("role"), QStringLiteral("Vai trò"), {QStringLiteral("Chức vụ"), QStringLiteral("Role")},
                              QStringLiteral("Tổ trưởng"));
        lists.append(s);
    }
    lists.append({QStringLiteral("visits"), QStringLiteral("visits"), QStringLiteral("Door-to-door visits"),
                  {idField(),
                   {QStringLiteral("household"), QStringLiteral("Mã hộ"),
                    {QStringLiteral("Mã hộ gia đình"), QStringLiteral("Household code"), QStringLiteral("Household")},
                    K::HouseholdRef, QStringLiteral("household_id"), true, QStringLiteral("HD001")},
                   {QStringLiteral("team_id"), QStringLiteral("Mã tổ"), {QStringLiteral("Team id")}, K::TeamId,
                    QStringLiteral("team_id"), false, {}},
                   {QStringLiteral("team_name"), QStringLiteral("Tên tổ"),
                    {QStringLiteral("Tổ công nghệ số cộng đồng"), QStringLiteral("Team"), QStringLiteral("Team name")},
                    K::TeamName, QStringLiteral("team_id"), false, QStringLiteral("Tổ CNSCĐ thôn Đông")},
                   dateField(QStringLiteral("visited_on"), QStringLiteral("Ngày thăm"),
                             {QStringLiteral("Ngày"), QStringLiteral("Ngày đến"), QStringLiteral("Visited on"), QStringLiteral("Date")},
                             QStringLiteral("12/10/2025"), true),
                   textField(QStringLiteral("visitors"), QStringLiteral("Người đi"),
                             {QStringLiteral("Thành viên đi"), QStringLiteral("Visitors")}, QStringLiteral("Trần Thị Bình")),
                   textField(QStringLiteral("helped"), QStringLiteral("Người được hỗ trợ"),
                             {QStringLiteral("Người được giúp"), QStringLiteral("Helped")}, QStringLiteral("Nguyễn Văn An")),
                   textField(QStringLiteral("tasks"), QStringLiteral("Việc đã làm"),
                             {QStringLiteral("Nội dung hỗ trợ"), QStringLiteral("Tasks")},
                             QStringLiteral("Cài VNeID; kích hoạt mức 2")),
                   boolField(QStringLiteral("informed"), QStringLiteral("Đã tuyên truyền"),
                             {QStringLiteral("Tuyên truyền"), QStringLiteral("Informed")}, QStringLiteral("x")),
                   textField(QStringLiteral("follow_up"), QStringLiteral("Việc cần làm tiếp"),
                             {QStringLiteral("Cần hỗ trợ tiếp"), QStringLiteral("Follow up")}, QStringLiteral("Mở tài khoản ngân hàng số")),
                   dateField(QStringLiteral("follow_up_on"), QStringLiteral("Hẹn ngày"),
                             {QStringLiteral("Ngày hẹn"), QStringLiteral("Follow up on")}, QStringLiteral("19/10/2025"))}});
    lists.append({QStringLiteral("baselines"), QStringLiteral("baselines"), QStringLiteral("Population baselines"),
                  {hamletField(true),
                   {QStringLiteral("year"), QStringLiteral("Năm"), {QStringLiteral("Year")}, K::Integer, QStringLiteral("year"),
                    true, QStringLiteral("2025")},
                   intField(QStringLiteral("adults"), QStringLiteral("Số người từ 18 tuổi"),
                            {QStringLiteral("Người trưởng thành"), QStringLiteral("Số người trưởng thành"), QStringLiteral("Adults")},
                            QStringLiteral("820")),
                   intField(QStringLiteral("people16"), QStringLiteral("Số người từ 16 tuổi"),
                            {QStringLiteral("Từ 16 tuổi"), QStringLiteral("People 16+")}, QStringLiteral("870")),
                   intField(QStringLiteral("elderly"), QStringLiteral("Số người cao tuổi"),
                            {QStringLiteral("Người cao tuổi"), QStringLiteral("Elderly")}, QStringLiteral("140")),
                   intField(QStringLiteral("disabled"), QStringLiteral("Số người khuyết tật"),
                            {QStringLiteral("Người khuyết tật"), QStringLiteral("Disabled")}, QStringLiteral("12")),
                   intField(QStringLiteral("households"), QStringLiteral("Số hộ"), {QStringLiteral("Hộ gia đình"), QStringLiteral("Households")},
                            QStringLiteral("310")),
                   intField(QStringLiteral("officials"), QStringLiteral("Số cán bộ, công chức, viên chức"),
                            {QStringLiteral("CBCCVC"), QStringLiteral("Officials")}, QStringLiteral("25")),
                   intField(QStringLiteral("students"), QStringLiteral("Số học sinh, sinh viên"),
                            {QStringLiteral("HSSV"), QStringLiteral("Students")}, QStringLiteral("190")),
                   intField(QStringLiteral("enterprise_workers"), QStringLiteral("Số lao động doanh nghiệp, HTX"),
                            {QStringLiteral("Lao động doanh nghiệp"), QStringLiteral("Enterprise workers")}, QStringLiteral("95")),
                   intField(QStringLiteral("markets"), QStringLiteral("Số chợ"), {QStringLiteral("Chợ"), QStringLiteral("Markets")},
                            QStringLiteral("1")),
                   intField(QStringLiteral("women_members"), QStringLiteral("Số hội viên phụ nữ"),
                            {QStringLiteral("Hội viên phụ nữ"), QStringLiteral("Women members")}, QStringLiteral("260"))}});
    lists.append({QStringLiteral("markets"), QStringLiteral("markets"), QStringLiteral("Markets"),
                  {idField(),
                   textField(QStringLiteral("name"), QStringLiteral("Tên chợ"), {QStringLiteral("Chợ"), QStringLiteral("Market"), QStringLiteral("Name")},
                             QStringLiteral("Chợ Đông"), true),
                   hamletField(false),
                   boolField(QStringLiteral("runs_4t"), QStringLiteral("Chợ số 4T"),
                             {QStringLiteral("Mô hình 4T"), QStringLiteral("4T"), QStringLiteral("Runs 4T")}, QStringLiteral("x"))}});
    return lists;
}
} // namespace

int ListSpec::fieldIndex(const QString& field) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == field)
            return i;
    return -1;
}

HeaderMatcher ListSpec::matcher() const
{
    // Required columns are checked by the importer: alternatives (id or CCCD) share one.
    HeaderMatcher m;
    for (const ListField& f : fields)
        m.addColumn(f.name, QStringList{f.header} + f.aliases, false);
    return m;
}

QStringList ListSpec::headers() const
{
    QStringList h;
    for (const ListField& f : fields)
        h << f.header;
    return h;
}

QList<QStringList> ListSpec::exampleRows() const
{
    QList<QStringList> rows(1);
    for (const ListField& f : fields)
        rows[0] << f.example;
    if (!secondExample.isEmpty()) {
        rows.append(QStringList());
        for (const ListField& f : fields)
            rows[1] << secondExample.value(f.name);
    }
    return rows;
}

const QVector<ListSpec>& ListColumns::all()
{
    static const QVector<ListSpec> lists = makeLists();
    return lists;
}

const ListSpec* ListColumns::find(const QString& list)
{
    for (const ListSpec& s : all())
        if (s.name == list)
            return &s;
    return nullptr;
}

namespace {
QString formatOf(FieldKind kind)
{
    switch (kind) {
    case K::Id: return QStringLiteral("id from an export (keep it to update the same row)");
    case K::Text: return QStringLiteral("text");
    case K::Integer: return QStringLiteral("whole number (1.234 or 1234)");
    case K::Bool: return QStringLiteral("x = yes, empty = no (also 1/0, có/không, yes/no)");
    case K::Date: return QStringLiteral("date dd/mm/yyyy");
    case K::BirthDate: return QStringLiteral("date dd/mm/yyyy, or the year alone");
    case K::DateTime: return QStringLiteral("dd/mm/yyyy hh:mm (time optional)");
    case K::Sex: return QStringLiteral("Nam / Nữ");
    case K::ClassFormat: return QStringLiteral("Trực tiếp / Trực tuyến / Kết hợp / Lưu động");
    case K::TargetGroup:
        return QStringLiteral("empty or Toàn dân = everyone; Người cao tuổi (NCT), Người khuyết tật (NKT), "
                              "Đồng bào dân tộc thiểu số (DTTS), Cán bộ, công chức, viên chức (CBCCVC), Học sinh, "
                              "Người lao động doanh nghiệp, HTX, Tiểu thương, Hội viên phụ nữ (Hội LHPN), "
                              "Đoàn viên thanh niên; several separated by ';'; other words are kept as written");
    case K::PairStatus: return QStringLiteral("active / completed / ended (Đang kèm cặp / Hoàn thành / Kết thúc); empty = active for a new pair, unchanged for a stored one");
    case K::Cccd: return QStringLiteral("12 digits, checked");
    case K::Phone: return QStringLiteral("phone, stored as 0xxxxxxxxx");
    case K::HamletRef: return QStringLiteral("hamlet name or code");
    case K::HouseholdRef: return QStringLiteral("household code");
    case K::HeadMark: return QStringLiteral("x if this person is the head, or the head's name");
    case K::ResidentId: return QStringLiteral("resident id (from an export)");
    case K::ResidentCccd: return QStringLiteral("CCCD of a resident already imported");
    case K::ClassId: return QStringLiteral("class id (from an export)");
    case K::ClassTitle: return QStringLiteral("class name (must be unique)");
    case K::TeamId: return QStringLiteral("team id (from an export)");
    case K::TeamName: return QStringLiteral("team name (must be unique)");
    case K::Label: return QStringLiteral("for reading only: ignored on import");
    }
    return {};
}
} // namespace

QString ListColumns::markdownTable(const ListSpec& spec)
{
    QString md = QStringLiteral("| Header | Also accepted | Required | Format | Example |\n|---|---|---|---|---|\n");
    for (const ListField& f : spec.fields) {
        QStringList alternatives;
        for (const ListField& other : spec.fields)
            if (other.required && f.required && &other != &f && other.column == f.column)
                alternatives << other.header;
        const QString required = !f.required ? QString()
                                 : alternatives.isEmpty()
                                     ? QStringLiteral("yes")
                                     : QStringLiteral("yes, or %1").arg(alternatives.join(QStringLiteral(", ")));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(f.header, (QStringList{f.name} + f.aliases).join(QStringLiteral("; ")), required,
                       formatOf(f.kind), f.example);
    }
    return md;
}

QStringList ListColumns::names()
{
    QStringList n;
    for (const ListSpec& s : all())
        n << s.name;
    return n;
}

} // namespace hocvuso
