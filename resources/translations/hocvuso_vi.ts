<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AppStartup</name>
    <message>
        <source>Digital Literacy for All: commune office</source>
        <translation>Bình dân học vụ số: phần mềm cho cán bộ xã</translation>
    </message>
    <message>
        <source>Open this store file instead of the default one.</source>
        <translation>Mở tệp dữ liệu này thay cho tệp mặc định.</translation>
    </message>
    <message>
        <source>Load the demo commune if the store is empty.</source>
        <translation>Nạp xã mẫu nếu chưa có dữ liệu.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>Không mở được tệp dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>The demo could not be loaded: %1</source>
        <translation>Không nạp được dữ liệu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the data</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>hocvuso store (*.sqlite)</source>
        <translation>Tệp dữ liệu hocvuso (*.sqlite)</translation>
    </message>
    <message>
        <source>The data was copied to %1.</source>
        <translation>Đã sao lưu dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The data in %1 will replace the current data when the application restarts. The current data is kept as %2. Continue?</source>
        <translation>Dữ liệu trong %1 sẽ thay thế dữ liệu hiện tại khi khởi động lại ứng dụng. Dữ liệu hiện tại được giữ lại tại %2. Tiếp tục?</translation>
    </message>
    <message>
        <source>The backup is valid. Restart the application to use it.</source>
        <translation>Bản sao lưu hợp lệ. Hãy khởi động lại ứng dụng để sử dụng.</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Creating the demo commune: %1</source>
        <translation>Đang tạo xã mẫu: %1</translation>
    </message>
    <message>
        <source>Creating the demo commune...</source>
        <translation>Đang tạo xã mẫu...</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>The backup cannot replace the open store itself.</source>
        <translation>Không thể ghi bản sao lưu đè lên chính tệp dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the store.</source>
        <translation>Không sao chép được %1 vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>the file is damaged (integrity check failed)</source>
        <translation>tệp bị hỏng (kiểm tra toàn vẹn không đạt)</translation>
    </message>
    <message>
        <source>the file records no commune</source>
        <translation>tệp không có dữ liệu của xã nào</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 không phải bản sao lưu dùng được: %2</translation>
    </message>
    <message>
        <source>Cannot move the current store aside to %1.</source>
        <translation>Không chuyển được dữ liệu hiện tại sang %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored store into place at %1.</source>
        <translation>Không đặt được dữ liệu khôi phục vào %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::AttendanceModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>hocvuso::AttendanceSheet</name>
    <message>
        <source>Type a name without diacritics, or scan the ID card's QR code, then Enter</source>
        <translation>Gõ tên (không cần dấu) hoặc quét mã QR trên thẻ căn cước, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation><numerusform>Có %n người tham dự</numerusform></translation>
    </message>
    <message>
        <source>No resident has CCCD %1.</source>
        <translation>Không có người dân nào có CCCD %1.</translation>
    </message>
    <message>
        <source>Nobody matches "%1".</source>
        <translation>Không tìm thấy ai khớp với "%1".</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>Không đọc được thẻ: %1</translation>
    </message>
    <message>
        <source>Register a new resident from the ID card</source>
        <translation>Đăng ký người dân mới từ thẻ căn cước</translation>
    </message>
    <message>
        <source>Address on the ID card: %1</source>
        <translation>Địa chỉ trên thẻ căn cước: %1</translation>
    </message>
    <message>
        <source>Registration cancelled; nobody was marked present.</source>
        <translation>Đã hủy đăng ký; chưa điểm danh ai.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Chưa điểm danh được: %1</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>%1 đã được điểm danh trước đó.</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>Đã điểm danh %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::BaselineModel</name>
    <message>
        <source>%1, %2: "%3" is not a whole number of people.</source>
        <translation>%1, %2: "%3" không phải là số người (số nguyên).</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Người trưởng thành</translation>
    </message>
    <message>
        <source>People 16+</source>
        <translation>Người từ 16 tuổi</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Người lao động trong doanh nghiệp</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Hội viên Hội Phụ nữ</translation>
    </message>
</context>
<context>
    <name>hocvuso::ClassDialog</name>
    <message>
        <source>Using a smartphone and the internet</source>
        <translation>Sử dụng điện thoại thông minh và Internet</translation>
    </message>
    <message>
        <source>VNeID (install, level 2)</source>
        <translation>VNeID (cài đặt, định danh mức 2)</translation>
    </message>
    <message>
        <source>Online public services</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Cashless payment and digital banking</source>
        <translation>Thanh toán không dùng tiền mặt và ngân hàng số</translation>
    </message>
    <message>
        <source>Online health care</source>
        <translation>Chăm sóc sức khỏe trực tuyến</translation>
    </message>
    <message>
        <source>Cyber safety and fake news</source>
        <translation>An toàn mạng và nhận diện tin giả</translation>
    </message>
    <message>
        <source>E-commerce and selling online</source>
        <translation>Thương mại điện tử và bán hàng trực tuyến</translation>
    </message>
    <message>
        <source>AI tools</source>
        <translation>Công cụ trí tuệ nhân tạo (AI)</translation>
    </message>
    <message>
        <source>Online learning platforms</source>
        <translation>Nền tảng học tập trực tuyến</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>Tại lớp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Mobile (lưu động)</source>
        <translation>Lưu động</translation>
    </message>
    <message>
        <source>Plan a class</source>
        <translation>Lên kế hoạch lớp học</translation>
    </message>
    <message>
        <source>Edit class</source>
        <translation>Sửa lớp học</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tên lớp *</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người dân</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>Người cao tuổi (từ 60)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Người lao động trong doanh nghiệp</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Tiểu thương</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Hội viên Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Đoàn viên thanh niên</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>(whole commune)</source>
        <translation>(toàn xã)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Người hướng dẫn</translation>
    </message>
    <message>
        <source>Basic digital-skills course (completing it counts as trained)</source>
        <translation>Lớp kỹ năng số cơ bản (hoàn thành được tính là đã được tập huấn)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Cần nhập tên lớp.</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Ngày bắt đầu: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::ClassesPage</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Plan a class</source>
        <translation>Lên kế hoạch lớp học</translation>
    </message>
    <message>
        <source>Edit class</source>
        <translation>Sửa lớp học</translation>
    </message>
    <message>
        <source>Select a class to take attendance.</source>
        <translation>Chọn một lớp để điểm danh.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Điểm danh: %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
</context>
<context>
    <name>hocvuso::FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>This computer has no data yet. Create your commune to start, or load a demo commune to try the application.</source>
        <translation>Máy tính này chưa có dữ liệu. Hãy tạo xã của bạn để bắt đầu, hoặc nạp xã mẫu để dùng thử ứng dụng.</translation>
    </message>
    <message>
        <source>Create my commune</source>
        <translation>Tạo xã của tôi</translation>
    </message>
    <message>
        <source>e.g. 10279</source>
        <translation>ví dụ: 10279</translation>
    </message>
    <message>
        <source>e.g. Xã Ứng Hòa</source>
        <translation>ví dụ: Xã Ứng Hòa</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>ví dụ: Hà Nội</translation>
    </message>
    <message>
        <source>Commune code *</source>
        <translation>Mã xã *</translation>
    </message>
    <message>
        <source>Commune name *</source>
        <translation>Tên xã *</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Load the demo commune</source>
        <translation>Nạp xã mẫu</translation>
    </message>
    <message>
        <source>Enter the commune code and name.</source>
        <translation>Hãy nhập mã xã và tên xã.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Chưa tạo được: %1</translation>
    </message>
    <message>
        <source>The demo could not be loaded: %1</source>
        <translation>Không nạp được dữ liệu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Digital family</source>
        <translation>Gia đình số</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdsPage</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Đã được tập huấn</translation>
    </message>
    <message>
        <source>Search household code or a member's name</source>
        <translation>Tìm theo mã hộ hoặc tên thành viên</translation>
    </message>
    <message>
        <source>Select a household to see its members.</source>
        <translation>Chọn một hộ để xem các thành viên.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation><numerusform>%n hộ</numerusform></translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
    <message>
        <source>Household %1 — %2</source>
        <translation>Hộ %1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message numerus="yes">
        <source>Digital family (Gia đình số): yes — %n trained member(s).</source>
        <translation><numerusform>Gia đình số: đạt — %n thành viên đã được tập huấn.</numerusform></translation>
    </message>
    <message>
        <source>Digital family (Gia đình số): not yet — no member has been trained.</source>
        <translation>Gia đình số: chưa đạt — chưa có thành viên nào được tập huấn.</translation>
    </message>
</context>
<context>
    <name>hocvuso::MainWindow</name>
    <message>
        <source>Digital Literacy for All</source>
        <translation>Bình dân học vụ số</translation>
    </message>
    <message>
        <source>Digital Literacy for All — %1</source>
        <translation>Bình dân học vụ số — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The dashboard (engineer building Dashboard) will appear here.</source>
        <translation>Trang tổng quan (đang được xây dựng) sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>The Digital ambassadors page (engineer building Mentors) will appear here.</source>
        <translation>Trang Đại sứ số (đang được xây dựng) sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Thăm hộ</translation>
    </message>
    <message>
        <source>The Home visits page (engineer building Visits) will appear here.</source>
        <translation>Trang Thăm hộ (đang được xây dựng) sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The reports page (engineer building Reports) will appear here.</source>
        <translation>Trang Báo cáo (đang được xây dựng) sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up the data...</source>
        <translation>&amp;Sao lưu dữ liệu...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n thay đổi chờ đồng bộ</numerusform></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Đồng bộ lần cuối: chưa bao giờ</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Đã khôi phục.</translation>
    </message>
    <message>
        <source>Could not undo.</source>
        <translation>Không hoàn tác được.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The page "%1" has unsaved changes. Save them?</source>
        <translation>Trang "%1" có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentDialog</name>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Public official</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Enterprise / co-operative worker</source>
        <translation>Lao động trong doanh nghiệp / hợp tác xã</translation>
    </message>
    <message>
        <source>Small trader</source>
        <translation>Tiểu thương</translation>
    </message>
    <message>
        <source>Women's Union member</source>
        <translation>Hội viên Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Youth Union member</source>
        <translation>Đoàn viên thanh niên</translation>
    </message>
    <message>
        <source>Influencer for the movement</source>
        <translation>Người có ảnh hưởng tuyên truyền phong trào</translation>
    </message>
    <message>
        <source>Owns a smartphone</source>
        <translation>Có điện thoại thông minh</translation>
    </message>
    <message>
        <source>VNeID level 2</source>
        <translation>Định danh VNeID mức 2</translation>
    </message>
    <message>
        <source>Digital bank account</source>
        <translation>Có tài khoản ngân hàng số</translation>
    </message>
    <message>
        <source>Uses online public services</source>
        <translation>Sử dụng dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Pays cashless</source>
        <translation>Thanh toán không dùng tiền mặt</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Thêm người dân</translation>
    </message>
    <message>
        <source>Edit resident</source>
        <translation>Sửa thông tin người dân</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or a year</source>
        <translation>dd/mm/yyyy hoặc năm sinh</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Basic digital skills since</source>
        <translation>Có kỹ năng số cơ bản từ ngày</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <source>Digital status</source>
        <translation>Tình trạng số</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Cần nhập họ và tên.</translation>
    </message>
    <message>
        <source>Enter the full date (day, month and year).</source>
        <translation>Hãy nhập đủ ngày, tháng, năm.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Ngày này ở tương lai.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentTableModel</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Điện thoại thông minh</translation>
    </message>
    <message>
        <source>VNeID 2</source>
        <translation>VNeID mức 2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng số</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Digital status</source>
        <translation>Tình trạng số</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Đã được tập huấn</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentsPage</name>
    <message>
        <source>Search name, CCCD or phone (diacritics optional)</source>
        <translation>Tìm theo tên, CCCD hoặc số điện thoại (không cần dấu)</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả nhóm</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>Người cao tuổi (từ 60)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Enterprise workers</source>
        <translation>Người lao động trong doanh nghiệp</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Tiểu thương</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Hội viên Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Đoàn viên thanh niên</translation>
    </message>
    <message>
        <source>Any digital status</source>
        <translation>Mọi tình trạng số</translation>
    </message>
    <message>
        <source>Has a smartphone</source>
        <translation>Có điện thoại thông minh</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>Chưa có điện thoại thông minh</translation>
    </message>
    <message>
        <source>VNeID level 2</source>
        <translation>Định danh VNeID mức 2</translation>
    </message>
    <message>
        <source>No VNeID level 2</source>
        <translation>Chưa có VNeID mức 2</translation>
    </message>
    <message>
        <source>Digital bank</source>
        <translation>Có ngân hàng số</translation>
    </message>
    <message>
        <source>No digital bank</source>
        <translation>Chưa có ngân hàng số</translation>
    </message>
    <message>
        <source>Trained or not</source>
        <translation>Đã/chưa tập huấn</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Đã được tập huấn</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>Chưa được tập huấn</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Thêm người dân</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation><numerusform>%n người dân</numerusform></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
    <message>
        <source>Resident added.</source>
        <translation>Đã thêm người dân.</translation>
    </message>
    <message>
        <source>Resident saved.</source>
        <translation>Đã lưu thông tin người dân.</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>Xóa người dân</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Xóa %1? Có thể hoàn tác trên thanh trạng thái.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Chưa xóa được: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::SettingsPage</name>
    <message>
        <source>Commune and hamlets</source>
        <translation>Xã và các thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Add hamlet...</source>
        <translation>Thêm thôn/tổ...</translation>
    </message>
    <message>
        <source>Rename hamlet...</source>
        <translation>Đổi tên thôn/tổ...</translation>
    </message>
    <message>
        <source>Population baselines (denominators of the indicators)</source>
        <translation>Số liệu dân số nền (mẫu số của các chỉ tiêu)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <source>Back up the data...</source>
        <translation>Sao lưu dữ liệu...</translation>
    </message>
    <message>
        <source>Restore from a backup...</source>
        <translation>Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <source>Add hamlet</source>
        <translation>Thêm thôn/tổ</translation>
    </message>
    <message>
        <source>Name of the hamlet (thôn / tổ dân phố):</source>
        <translation>Tên thôn / tổ dân phố:</translation>
    </message>
    <message>
        <source>Rename hamlet</source>
        <translation>Đổi tên thôn/tổ</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>The language changes the next time the application starts.</source>
        <translation>Ngôn ngữ sẽ thay đổi khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Commune: %1 (code %2), %3</source>
        <translation>Xã: %1 (mã %2), %3</translation>
    </message>
    <message>
        <source>A hamlet needs a name.</source>
        <translation>Cần nhập tên thôn/tổ.</translation>
    </message>
    <message>
        <source>Hamlet %1 added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>