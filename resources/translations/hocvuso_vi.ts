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
    <message>
        <source>Print the start-up time and peak memory once the window is ready, then quit.</source>
        <translation>In thời gian khởi động và bộ nhớ tối đa khi cửa sổ sẵn sàng, rồi thoát.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>The data file %1 chosen in Settings is missing (is its drive connected?). The default data file %2 opens instead.</source>
        <translation>Không tìm thấy tệp dữ liệu %1 đã chọn trong Cài đặt (ổ đĩa chứa tệp đã được cắm chưa?). Ứng dụng mở tệp dữ liệu mặc định %2 thay thế.</translation>
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
    <message>
        <source>Backing up the data...</source>
        <translation>Đang sao lưu dữ liệu...</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Đang kiểm tra bản sao lưu...</translation>
    </message>
</context>
<context>
    <name>Cccd</name>
    <message>
        <source>CCCD %1: the 4th digit says female born %2–%3 but the resident is male</source>
        <translation>CCCD %1: chữ số thứ 4 cho biết nữ sinh năm %2–%3 nhưng người dân là nam</translation>
    </message>
    <message>
        <source>CCCD %1: the 4th digit says male born %2–%3 but the resident is female</source>
        <translation>CCCD %1: chữ số thứ 4 cho biết nam sinh năm %2–%3 nhưng người dân là nữ</translation>
    </message>
    <message>
        <source>The CCCD number is empty; it has 12 digits</source>
        <translation>Số CCCD đang trống; số CCCD có 12 chữ số</translation>
    </message>
    <message>
        <source>CCCD '%1' contains '%2'; a CCCD number has only digits, 12 of them</source>
        <translation>CCCD '%1' có ký tự '%2'; số CCCD chỉ gồm 12 chữ số</translation>
    </message>
    <message>
        <source>'%1' has 9 digits: that is an old CMND number; the CCCD number has 12 digits</source>
        <translation>'%1' có 9 chữ số: đó là số CMND cũ; số CCCD có 12 chữ số</translation>
    </message>
    <message>
        <source>CCCD '%1' has %2 digits; a CCCD number has 12</source>
        <translation>CCCD '%1' có %2 chữ số; số CCCD có 12 chữ số</translation>
    </message>
    <message>
        <source>CCCD %1: the first 3 digits (%2) are not a province code</source>
        <translation>CCCD %1: 3 chữ số đầu (%2) không phải mã tỉnh</translation>
    </message>
    <message>
        <source>CCCD %1: digits 4–6 say born in %2 but the resident's birth year is %3</source>
        <translation>CCCD %1: chữ số 4–6 cho biết sinh năm %2 nhưng năm sinh của người dân là %3</translation>
    </message>
    <message>
        <source>CCCD %1: digits 4–6 say born in %2, which is in the future</source>
        <translation>CCCD %1: chữ số 4–6 cho biết sinh năm %2, là năm trong tương lai</translation>
    </message>
    <message>
        <source>CCCD '%1' is a number in scientific notation, as a spreadsheet shows a long number: its last digits are lost. Format the column as Text and type the numbers again</source>
        <translation>CCCD '%1' là số dạng lũy thừa (bảng tính hiển thị số dài như vậy): các chữ số cuối đã mất. Hãy định dạng cột là Văn bản (Text) và nhập lại các số</translation>
    </message>
    <message>
        <source>CCCD '%1' has %2 digits: its leading 0 is missing (a spreadsheet drops it when the column holds numbers). Format the column as Text and type the numbers again</source>
        <translation>CCCD '%1' có %2 chữ số: thiếu số 0 ở đầu (bảng tính bỏ số 0 đầu khi cột chứa số). Hãy định dạng cột là Văn bản (Text) và nhập lại các số</translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>The QR code has too few fields (%1) separated by '|'; a CCCD QR code has 7 (6 on some cards)</source>
        <translation>Mã QR có quá ít trường (%1) ngăn cách bởi '|'; mã QR trên CCCD có 7 trường (một số thẻ có 6)</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): '%2' is not a 12-digit number</source>
        <translation>trường %1 (số CCCD): '%2' không phải số có 12 chữ số</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): '%2' has %3 digits, expected 12</source>
        <translation>trường %1 (số CCCD): '%2' có %3 chữ số, cần 12</translation>
    </message>
    <message>
        <source>field %1 (CCCD number): the first 3 digits of %2 (%3) are not a province code</source>
        <translation>trường %1 (số CCCD): 3 chữ số đầu của %2 (%3) không phải mã tỉnh</translation>
    </message>
    <message>
        <source>field %1 (old ID number): '%2' is not a 9- or 12-digit number; kept as read</source>
        <translation>trường %1 (số CMND cũ): '%2' không phải số có 9 hoặc 12 chữ số; giữ nguyên như đã đọc</translation>
    </message>
    <message>
        <source>field %1 (name) is empty</source>
        <translation>trường %1 (họ tên) đang trống</translation>
    </message>
    <message>
        <source>field %1 (birth date): '%2' is not a valid date ddMMyyyy</source>
        <translation>trường %1 (ngày sinh): '%2' không phải ngày hợp lệ dạng ddMMyyyy</translation>
    </message>
    <message>
        <source>field %1 (birth date): %2 is in the future</source>
        <translation>trường %1 (ngày sinh): %2 là ngày trong tương lai</translation>
    </message>
    <message>
        <source>field %1 (birth date): %2 is before 1900</source>
        <translation>trường %1 (ngày sinh): %2 trước năm 1900</translation>
    </message>
    <message>
        <source>field %1 (sex): '%2' is neither 'Nam' nor 'Nữ'</source>
        <translation>trường %1 (giới tính): '%2' không phải 'Nam' hay 'Nữ'</translation>
    </message>
    <message>
        <source>field %1 (issue date): '%2' is not a valid date ddMMyyyy</source>
        <translation>trường %1 (ngày cấp): '%2' không phải ngày hợp lệ dạng ddMMyyyy</translation>
    </message>
    <message>
        <source>field %1 (issue date): %2 is not between the birth date %3 and today</source>
        <translation>trường %1 (ngày cấp): %2 không nằm giữa ngày sinh %3 và hôm nay</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>'%1' is not a date (dd/mm/yyyy hh:mm)</source>
        <translation>'%1' không phải ngày (dd/mm/yyyy hh:mm)</translation>
    </message>
    <message>
        <source>'%1' is not a time of day (hh:mm)</source>
        <translation>'%1' không phải giờ trong ngày (hh:mm)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>'%1' is not a date; write dd/mm/yyyy (e.g. 15/03/1985) or the year alone</source>
        <translation>'%1' không phải ngày; hãy viết dd/mm/yyyy (ví dụ 15/03/1985) hoặc chỉ năm</translation>
    </message>
    <message>
        <source>'%1' has a two-digit year; write the year in full (e.g. 15/03/1985)</source>
        <translation>'%1' có năm hai chữ số; hãy viết đủ năm (ví dụ 15/03/1985)</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: there is no year 0</source>
        <translation>'%1' không phải ngày hợp lệ: không có năm 0</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: there is no month %2</source>
        <translation>'%1' không phải ngày hợp lệ: không có tháng %2</translation>
    </message>
    <message>
        <source>'%1' is not a valid date: month %2/%3 has no day %4 (it has %5 days)</source>
        <translation>'%1' không phải ngày hợp lệ: tháng %2/%3 không có ngày %4 (tháng này có %5 ngày)</translation>
    </message>
    <message>
        <source>'%1' is not a valid year</source>
        <translation>'%1' không phải năm hợp lệ</translation>
    </message>
    <message>
        <source>The birth date is not a valid date</source>
        <translation>Ngày sinh không phải ngày hợp lệ</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future (today is %2)</source>
        <translation>Ngày sinh %1 là ngày trong tương lai (hôm nay là %2)</translation>
    </message>
    <message>
        <source>Birth date %1 is before 1900</source>
        <translation>Ngày sinh %1 trước năm 1900</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future (this is %2)</source>
        <translation>Năm sinh %1 là năm trong tương lai (năm nay là %2)</translation>
    </message>
    <message>
        <source>Birth year %1 is before 1900</source>
        <translation>Năm sinh %1 trước năm 1900</translation>
    </message>
    <message>
        <source>The date is not a valid date</source>
        <translation>Ngày không hợp lệ</translation>
    </message>
    <message>
        <source>Date %1 is before 2020</source>
        <translation>Ngày %1 trước năm 2020</translation>
    </message>
    <message>
        <source>Date %1 is more than a year from today (latest: %2)</source>
        <translation>Ngày %1 cách hôm nay hơn một năm (muộn nhất: %2)</translation>
    </message>
    <message>
        <source>'%1' is a date written as a number by Excel (%2?): format the column as a date (dd/mm/yyyy) in the spreadsheet and save the file again</source>
        <translation>'%1' là ngày bị Excel ghi thành số (%2?): hãy định dạng cột là ngày (dd/mm/yyyy) trong bảng tính rồi lưu lại tệp</translation>
    </message>
</context>
<context>
    <name>DemoCommune</name>
    <message>
        <source>the demo needs at least one resident</source>
        <translation>dữ liệu mẫu cần ít nhất một người dân</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>dữ liệu chưa có xã (hãy khởi tạo xã trước)</translation>
    </message>
    <message>
        <source>cannot open a transaction</source>
        <translation>không mở được giao dịch</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>ghi dữ liệu không thành công: %1</translation>
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
    <name>EntityNames</name>
    <message>
        <source>Commune</source>
        <translation>Xã/Phường</translation>
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
        <source>Resident</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Mentor pair</source>
        <translation>Cặp kèm cặp</translation>
    </message>
    <message>
        <source>Digital team</source>
        <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Thành viên tổ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lượt thăm hộ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Population baseline</source>
        <translation>Số liệu dân số gốc</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Plan target</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <source>Commune settings</source>
        <translation>Thiết lập của xã</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Commune name</source>
        <translation>Tên xã</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Province name</source>
        <translation>Tên tỉnh</translation>
    </message>
    <message>
        <source>Hamlet code</source>
        <translation>Mã thôn/tổ</translation>
    </message>
    <message>
        <source>Hamlet name</source>
        <translation>Tên thôn/tổ</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Skill code</source>
        <translation>Mã kỹ năng</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Tên kỹ năng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tên tổ</translation>
    </message>
    <message>
        <source>Market name</source>
        <translation>Tên chợ</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>Mã kế hoạch</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Người được kèm cặp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
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
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Hamlet or residential group</source>
        <translation>Thôn hay tổ dân phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <source>Person with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>Skills taught</source>
        <translation>Kỹ năng được hướng dẫn</translation>
    </message>
    <message>
        <source>Digital ambassador</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>Tình trạng kèm cặp</translation>
    </message>
    <message>
        <source>Ambassador since</source>
        <translation>Làm Đại sứ số từ ngày</translation>
    </message>
    <message>
        <source>Active ambassador</source>
        <translation>Đại sứ số đang hoạt động</translation>
    </message>
    <message>
        <source>Team active</source>
        <translation>Tổ đang hoạt động</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong tổ</translation>
    </message>
    <message>
        <source>Runs the "Chợ số" 4T model</source>
        <translation>Triển khai mô hình "Chợ số" 4T</translation>
    </message>
    <message>
        <source>Adults (baseline)</source>
        <translation>Số người trưởng thành (số liệu nền)</translation>
    </message>
    <message>
        <source>People aged 16 and over (baseline)</source>
        <translation>Số người từ 16 tuổi (số liệu nền)</translation>
    </message>
    <message>
        <source>Elderly people (baseline)</source>
        <translation>Số người cao tuổi (số liệu nền)</translation>
    </message>
    <message>
        <source>People with disabilities (baseline)</source>
        <translation>Số người khuyết tật (số liệu nền)</translation>
    </message>
    <message>
        <source>Households (baseline)</source>
        <translation>Số hộ gia đình (số liệu nền)</translation>
    </message>
    <message>
        <source>Public officials (baseline)</source>
        <translation>Số cán bộ, công chức, viên chức (số liệu nền)</translation>
    </message>
    <message>
        <source>Students (baseline)</source>
        <translation>Số học sinh, sinh viên (số liệu nền)</translation>
    </message>
    <message>
        <source>Enterprise workers (baseline)</source>
        <translation>Số người lao động trong doanh nghiệp (số liệu nền)</translation>
    </message>
    <message>
        <source>Markets (baseline)</source>
        <translation>Số chợ (số liệu nền)</translation>
    </message>
    <message>
        <source>Women's Union members (baseline)</source>
        <translation>Số hội viên phụ nữ (số liệu nền)</translation>
    </message>
    <message>
        <source>Mentees per ambassador (minimum)</source>
        <translation>Số người mỗi Đại sứ số kèm cặp (tối thiểu)</translation>
    </message>
    <message>
        <source>Class cadence</source>
        <translation>Tần suất tổ chức lớp</translation>
    </message>
    <message>
        <source>Active plan</source>
        <translation>Kế hoạch đang áp dụng</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
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
        <source>Skills certified on VNeID on</source>
        <translation>Ngày được xác nhận kỹ năng số trên VNeID</translation>
    </message>
    <message>
        <source>Basic digital skills since</source>
        <translation>Có kỹ năng số cơ bản từ ngày</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
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
        <source>Target group</source>
        <translation>Đối tượng</translation>
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
        <source>Basic course</source>
        <translation>Lớp kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Completed the class</source>
        <translation>Hoàn thành lớp học</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Ngày đến hộ</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Người đến hộ</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Nội dung đã hỗ trợ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Informed about the movement</source>
        <translation>Tuyên truyền về phong trào</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần quay lại</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Ngày hẹn quay lại</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty</source>
        <translation>Số điện thoại đang trống</translation>
    </message>
    <message>
        <source>'%1' holds more than one phone number; enter one</source>
        <translation>'%1' có nhiều hơn một số điện thoại; hãy nhập một số</translation>
    </message>
    <message>
        <source>'%1' contains '%2', which is not part of a phone number</source>
        <translation>'%1' có ký tự '%2', không thuộc số điện thoại</translation>
    </message>
    <message>
        <source>'%1' has no digits</source>
        <translation>'%1' không có chữ số nào</translation>
    </message>
    <message>
        <source>'%1' is not a Vietnamese number: it should start with +84 or 0</source>
        <translation>'%1' không phải số Việt Nam: số phải bắt đầu bằng +84 hoặc 0</translation>
    </message>
    <message>
        <source>'%1' is a 1800/1900 hotline, not a personal phone number</source>
        <translation>'%1' là số tổng đài 1800/1900, không phải số điện thoại cá nhân</translation>
    </message>
    <message>
        <source>'%1' should start with 0 or +84: a mobile number has 10 digits (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</source>
        <translation>'%1' phải bắt đầu bằng 0 hoặc +84: số di động có 10 chữ số (0xxxxxxxxx), số cố định 11 chữ số (02xxxxxxxxx)</translation>
    </message>
    <message>
        <source>'%1' is an old 11-digit mobile number; since 2018 it is %2</source>
        <translation>'%1' là số di động 11 chữ số cũ; từ năm 2018 số này là %2</translation>
    </message>
    <message>
        <source>'%1' has 10 digits, but a landline number (02…) has 11</source>
        <translation>'%1' có 10 chữ số, nhưng số cố định (02…) có 11 chữ số</translation>
    </message>
    <message>
        <source>'%1': no mobile number starts with %2; mobile numbers start with 03, 05, 07, 08 or 09</source>
        <translation>'%1': không có số di động nào bắt đầu bằng %2; số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09</translation>
    </message>
    <message>
        <source>'%1' has %2 digits; a mobile number has 10 (0xxxxxxxxx), a landline 11 (02xxxxxxxxx)</source>
        <translation>'%1' có %2 chữ số; số di động có 10 chữ số (0xxxxxxxxx), số cố định 11 chữ số (02xxxxxxxxx)</translation>
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
    <name>StoreRelocation</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Dữ liệu đã nằm trong %1.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a data file (%2). Choose an empty folder; nothing was copied.</source>
        <translation>Thư mục %1 đã có tệp dữ liệu (%2). Hãy chọn một thư mục trống; chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose a folder you may write in.</source>
        <translation>Không ghi được vào thư mục %1. Hãy chọn một thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting for the restart. Restart the application first, then move the data.</source>
        <translation>Đang có một bản sao lưu chờ khôi phục khi khởi động lại. Hãy khởi động lại ứng dụng trước rồi mới chuyển dữ liệu.</translation>
    </message>
    <message>
        <source>the copy records no commune</source>
        <translation>bản sao không có xã/phường nào</translation>
    </message>
    <message>
        <source>The copy in %1 cannot be used: %2</source>
        <translation>Không dùng được bản sao tại %1: %2</translation>
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
        <source>%1 was already marked present.</source>
        <translation>%1 đã được điểm danh trước đó.</translation>
    </message>
    <message>
        <source>%1 marked present.</source>
        <translation>Đã điểm danh %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ điểm danh</translation>
    </message>
    <message>
        <source>Take the selected person off this class's attendance (Delete)</source>
        <translation>Bỏ người đang chọn khỏi danh sách điểm danh của lớp (Delete)</translation>
    </message>
    <message>
        <source>Is this %1, born %2?</source>
        <translation>Đây có phải là %1, sinh %2?</translation>
    </message>
    <message>
        <source>Is this %1, born %2, %3?</source>
        <translation>Đây có phải là %1, sinh %2, %3?</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Đã có trong danh sách?</translation>
    </message>
    <message>
        <source>This resident has no CCCD yet. Yes stores the card's CCCD on them and marks them present; No registers a new resident.</source>
        <translation>Người này chưa có số CCCD. Chọn Đúng để lưu số CCCD trên thẻ cho người này và điểm danh; chọn Không để đăng ký người dân mới.</translation>
    </message>
    <message>
        <source>&amp;Yes, it is</source>
        <translation>&amp;Đúng, là người này</translation>
    </message>
    <message>
        <source>&amp;No, someone else</source>
        <translation>&amp;Không, người khác</translation>
    </message>
    <message>
        <source>Select a person in the attendance list first.</source>
        <translation>Hãy chọn một người trong danh sách điểm danh trước.</translation>
    </message>
    <message>
        <source>Remove from attendance</source>
        <translation>Bỏ điểm danh</translation>
    </message>
    <message>
        <source>Remove %1 from this class's attendance? You can undo this from the status bar.</source>
        <translation>Bỏ %1 khỏi danh sách điểm danh của lớp? Có thể hoàn tác trên thanh trạng thái.</translation>
    </message>
    <message>
        <source>%1 removed from the attendance.</source>
        <translation>Đã bỏ %1 khỏi danh sách điểm danh.</translation>
    </message>
    <message>
        <source>Removed %1 from the attendance.</source>
        <translation>Đã bỏ %1 khỏi danh sách điểm danh.</translation>
    </message>
    <message>
        <source>%1 is marked present again.</source>
        <translation>Đã điểm danh lại %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attended</source>
        <translation><numerusform>Có %Ln người tham dự</numerusform></translation>
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
    <name>hocvuso::ClassFormat</name>
    <message>
        <source>In class</source>
        <translation>Tại lớp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Mobile (lưu động)</source>
        <translation>Lưu động</translation>
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
    <message>
        <source>Delete class</source>
        <translation>Xóa lớp học</translation>
    </message>
    <message>
        <source>Delete the class %1 and its attendance list? You can undo this from the status bar.</source>
        <translation>Xóa lớp học %1 cùng danh sách điểm danh? Có thể hoàn tác trên thanh trạng thái.</translation>
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
    <name>hocvuso::CsvReader</name>
    <message>
        <source>The file could not be read: it is not open.</source>
        <translation>Không đọc được tệp: tệp chưa được mở.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>A quoted field is not closed: the record starting at line %1 runs to the end of the file.</source>
        <translation>Một trường trong dấu ngoặc kép chưa được đóng: bản ghi bắt đầu ở dòng %1 kéo dài đến hết tệp.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Tệp trống: không có dòng tiêu đề.</translation>
    </message>
</context>
<context>
    <name>hocvuso::CsvWriter</name>
    <message>
        <source>The file is not open for writing.</source>
        <translation>Tệp chưa được mở để ghi.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>hocvuso::DashboardPage</name>
    <message>
        <source>Only the plan's indicators</source>
        <translation>Chỉ các chỉ tiêu của kế hoạch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Select an indicator to see it per hamlet.</source>
        <translation>Chọn một chỉ tiêu để xem theo từng thôn/tổ.</translation>
    </message>
    <message>
        <source>Who is counted...</source>
        <translation>Những ai đã đạt...</translation>
    </message>
    <message>
        <source>Who is missing...</source>
        <translation>Những ai chưa đạt...</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(không theo kế hoạch: tất cả chỉ tiêu)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>The plan could not be made active: %1</source>
        <translation>Không áp dụng được kế hoạch: %1</translation>
    </message>
    <message>
        <source>Some indicators could not be computed: %1</source>
        <translation>Không tính được một số chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>không theo kế hoạch</translation>
    </message>
    <message>
        <source>%1 — %2 (plan: %3)</source>
        <translation>%1 — %2 (kế hoạch: %3)</translation>
    </message>
    <message>
        <source>Denominators come from the population baselines of %1 (Settings).</source>
        <translation>Mẫu số lấy từ số liệu dân số nền năm %1 (mục Cài đặt).</translation>
    </message>
    <message>
        <source>Per hamlet: %1</source>
        <translation>Theo thôn/tổ: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>Tất cả người dân</translation>
    </message>
    <message>
        <source>Count only this group's residents. Indicators that are not about residents have no value for a group.</source>
        <translation>Chỉ tính người dân thuộc nhóm này. Các chỉ tiêu không tính theo người dân thì không có giá trị cho nhóm.</translation>
    </message>
    <message>
        <source>%1 — %2 (plan: %3) — group: %4</source>
        <translation>%1 — %2 (kế hoạch: %3) — nhóm: %4</translation>
    </message>
    <message>
        <source>For a group, the denominator is the group's baseline where it counts exactly the indicator's people, otherwise the group's residents recorded here.</source>
        <translation>Với một nhóm, mẫu số là số liệu nền của nhóm khi số đó đúng bằng đối tượng của chỉ tiêu, nếu không thì là số người của nhóm đã ghi nhận ở đây.</translation>
    </message>
    <message>
        <source>%1 is not about residents: it has no value and no list for a group.</source>
        <translation>%1 không tính theo người dân nên không có giá trị và danh sách cho nhóm.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Kế &amp;hoạch:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) have no birth date or year and are left out of the age-bound indicators.</source>
        <translation><numerusform>Có %Ln người dân chưa có ngày hoặc năm sinh nên không được tính vào các chỉ tiêu theo độ tuổi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync · last sync: %1</source>
        <translation><numerusform>%Ln thay đổi chờ đồng bộ · đồng bộ lần cuối: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::DeletedRecords</name>
    <message>
        <source>this record does not exist</source>
        <translation>bản ghi này không tồn tại</translation>
    </message>
    <message>
        <source>this record is not deleted</source>
        <translation>bản ghi này chưa bị xóa</translation>
    </message>
    <message>
        <source>it belongs to a deleted %1: restore that first</source>
        <translation>bản ghi thuộc về một %1 đã bị xóa: hãy khôi phục mục đó trước</translation>
    </message>
    <message>
        <source>%n household(s)</source>
        <translation>%n hộ</translation>
    </message>
    <message>
        <source>%n resident(s)</source>
        <translation>%n người dân</translation>
    </message>
    <message>
        <source>%n class(es)</source>
        <translation>%n lớp học</translation>
    </message>
    <message>
        <source>%n digital team(s)</source>
        <translation>%n tổ công nghệ số</translation>
    </message>
    <message>
        <source>%n visit(s)</source>
        <translation>%n lượt thăm hộ</translation>
    </message>
</context>
<context>
    <name>hocvuso::DeletedRecordsDialog</name>
    <message>
        <source>Deleted records</source>
        <translation>Bản ghi đã xóa</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Xóa lúc</translation>
    </message>
    <message>
        <source>Deleting keeps a record aside, here, so that a mistake can be undone. A restored record comes back everywhere at the next sync.</source>
        <translation>Bản ghi bị xóa được giữ lại ở đây để có thể sửa khi xóa nhầm. Bản ghi được khôi phục sẽ trở lại trên mọi máy ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Chưa có bản ghi nào bị xóa.</translation>
    </message>
    <message>
        <source>Select the records to restore first.</source>
        <translation>Hãy chọn các bản ghi cần khôi phục trước.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation><numerusform>Đã khôi phục %Ln bản ghi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored. Not restored: %1</source>
        <translation><numerusform>Đã khôi phục %Ln bản ghi. Chưa khôi phục được: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::EditDialog</name>
    <message>
        <source>"%1" has changes that are not saved. Save them?</source>
        <translation>"%1" có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>hocvuso::ExportDialog</name>
    <message>
        <source>Export a list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>The file opens in Excel with the Vietnamese letters intact and can be imported back.</source>
        <translation>Tệp mở được bằng Excel, giữ nguyên chữ tiếng Việt và có thể nhập lại vào phần mềm.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>%1 rows written...</source>
        <translation>Đã ghi %1 dòng...</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Không xuất được danh sách: %1</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>Đang xuất danh sách...</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy xuất: chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
</context>
<context>
    <name>hocvuso::FileField</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn tệp...</translation>
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
    <name>hocvuso::HamletCombo</name>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
</context>
<context>
    <name>hocvuso::HouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>Đăng ký hộ gia đình</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Sửa hộ gia đình</translation>
    </message>
    <message>
        <source>Hamlet *</source>
        <translation>Thôn/Tổ *</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <source>Choose the hamlet (add hamlets in Settings first).</source>
        <translation>Hãy chọn thôn/tổ (thêm thôn/tổ trong Cài đặt trước).</translation>
    </message>
    <message>
        <source>Enter the household code or the head of household: one of them tells the household apart.</source>
        <translation>Hãy nhập mã hộ hoặc tên chủ hộ: cần ít nhất một trong hai để phân biệt hộ.</translation>
    </message>
    <message>
        <source>A household is poor or near poor, not both.</source>
        <translation>Một hộ là hộ nghèo hoặc hộ cận nghèo, không thể cả hai.</translation>
    </message>
    <message>
        <source>Another household of this hamlet already has the code %1.</source>
        <translation>Một hộ khác trong thôn/tổ này đã có mã %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
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
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
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
    <message>
        <source>Delete household</source>
        <translation>Xóa hộ gia đình</translation>
    </message>
    <message>
        <source>Household %1 is not deleted: it still has %2. Move or delete them first.</source>
        <translation>Chưa xóa hộ %1: vẫn còn %2. Hãy chuyển đi hoặc xóa trước.</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Xóa %1? Có thể hoàn tác trên thanh trạng thái.</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>hộ %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Chưa xóa được: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>New household...</source>
        <translation>Thêm hộ...</translation>
    </message>
    <message>
        <source>Register a household (Ctrl+N)</source>
        <translation>Đăng ký hộ gia đình mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Sửa...</translation>
    </message>
    <message>
        <source>Household registered.</source>
        <translation>Đã đăng ký hộ gia đình.</translation>
    </message>
    <message>
        <source>Household saved.</source>
        <translation>Đã lưu hộ gia đình.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation><numerusform>%Ln hộ</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel (UTF-8)</source>
        <translation>Tệp CSV lưu từ Excel (UTF-8)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the list and the file, then check the file. Nothing is stored before you confirm.</source>
        <translation>Chọn danh sách và tệp, rồi kiểm tra tệp. Chưa có dữ liệu nào được lưu trước khi bạn xác nhận.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import only valid rows</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Không nhập gì</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>%1 rows checked...</source>
        <translation>Đã kiểm tra %1 dòng...</translation>
    </message>
    <message>
        <source>%1 rows imported...</source>
        <translation>Đã nhập %1 dòng...</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was stored.</source>
        <translation>Đã hủy kiểm tra. Không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Không nhập được tệp: %1</translation>
    </message>
    <message>
        <source>%1 row(s) checked: %2 valid, %3 with errors, %4 warning(s). Nothing has been stored yet.</source>
        <translation>Đã kiểm tra %1 dòng: %2 dòng hợp lệ, %3 dòng có lỗi, %4 cảnh báo. Chưa lưu dữ liệu nào.</translation>
    </message>
    <message>
        <source>Correct the file and check it again, import only the valid rows, or import nothing.</source>
        <translation>Hãy sửa tệp rồi kiểm tra lại, chỉ nhập các dòng hợp lệ, hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.</source>
        <translation>Đã nhập: %1 mới, %2 cập nhật, %3 không đổi, %4 dòng bị bỏ qua.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>Đã hủy nhập. Không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập dữ liệu nào: %1</translation>
    </message>
    <message>
        <source>the file has errors</source>
        <translation>tệp có lỗi</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportIssue</name>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>dòng %1, %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportReport</name>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>Đã đọc %1 dòng: %2 mới, %3 cập nhật, %4 không đổi, %5 bị từ chối</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Đã nhập %1. %2</translation>
    </message>
    <message>
        <source>Nothing imported (all or nothing): %1 row(s) have errors. %2</source>
        <translation>Không nhập dòng nào (nhập tất cả hoặc không nhập): %1 dòng có lỗi. %2</translation>
    </message>
    <message>
        <source>Checked %1 (dry run, nothing stored). %2</source>
        <translation>Đã kiểm tra %1 (chạy thử, không lưu gì). %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ImportRun</name>
    <message>
        <source>column not recognised: ignored</source>
        <translation>không nhận ra cột: bỏ qua</translation>
    </message>
    <message>
        <source>column appears twice: the first one is used</source>
        <translation>cột xuất hiện hai lần: dùng cột đầu tiên</translation>
    </message>
    <message>
        <source>the file has no column %1, which is required</source>
        <translation>tệp không có cột %1, là cột bắt buộc</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>'%1' is not an id exported by this program</source>
        <translation>'%1' không phải mã do phần mềm này xuất ra</translation>
    </message>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' không phải số nguyên</translation>
    </message>
    <message>
        <source>'%1' is not yes or no: write x for yes, leave it empty for no</source>
        <translation>'%1' không phải có hay không: ghi x nếu có, để trống nếu không</translation>
    </message>
    <message>
        <source>'%1' is only a year; a full date (dd/mm/yyyy) is needed</source>
        <translation>'%1' chỉ là năm; cần ngày đầy đủ (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>'%1' is not Nam or Nữ</source>
        <translation>'%1' không phải Nam hay Nữ</translation>
    </message>
    <message>
        <source>'%1' is not a class format: write Trực tiếp, Trực tuyến, Kết hợp or Lưu động</source>
        <translation>'%1' không phải hình thức lớp học: ghi Trực tiếp, Trực tuyến, Kết hợp hoặc Lưu động</translation>
    </message>
    <message>
        <source>two hamlets are called '%1': write the hamlet code instead</source>
        <translation>có hai thôn tên '%1': hãy ghi mã thôn</translation>
    </message>
    <message>
        <source>no hamlet is called '%1' (import the hamlets first)</source>
        <translation>không có thôn nào tên '%1' (hãy nhập danh sách thôn trước)</translation>
    </message>
    <message>
        <source>no household has the code '%1'</source>
        <translation>không có hộ nào mã '%1'</translation>
    </message>
    <message>
        <source>no record has the id '%1'</source>
        <translation>không có bản ghi nào mã '%1'</translation>
    </message>
    <message>
        <source>no resident has the CCCD '%1'</source>
        <translation>không có người dân nào có CCCD '%1'</translation>
    </message>
    <message>
        <source>two classes are called '%1': write the class id (Mã lớp) instead</source>
        <translation>có hai lớp tên '%1': hãy ghi mã lớp (Mã lớp)</translation>
    </message>
    <message>
        <source>two teams are called '%1': write the team id (Mã tổ) instead</source>
        <translation>có hai tổ tên '%1': hãy ghi mã tổ (Mã tổ)</translation>
    </message>
    <message>
        <source>no class is called '%1'</source>
        <translation>không có lớp nào tên '%1'</translation>
    </message>
    <message>
        <source>no team is called '%1'</source>
        <translation>không có tổ nào tên '%1'</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2: the extra cells are ignored</source>
        <translation>dòng có %1 ô nhưng tiêu đề chỉ có %2: các ô thừa bị bỏ qua</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>the same id as row %1</source>
        <translation>trùng mã với dòng %1</translation>
    </message>
    <message>
        <source>the same CCCD as row %1</source>
        <translation>trùng CCCD với dòng %1</translation>
    </message>
    <message>
        <source>the hamlet could not be created: %1</source>
        <translation>không tạo được thôn: %1</translation>
    </message>
    <message>
        <source>the household could not be created: %1</source>
        <translation>không tạo được hộ: %1</translation>
    </message>
    <message>
        <source>the same name, birth date and household as row %1</source>
        <translation>trùng họ tên, ngày sinh và hộ với dòng %1</translation>
    </message>
    <message>
        <source>the same record as row %1</source>
        <translation>trùng bản ghi với dòng %1</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>không lưu được: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>cannot start a transaction on the store</source>
        <translation>không bắt đầu được giao dịch trên dữ liệu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing was stored</source>
        <translation>đã hủy nhập: không lưu gì</translation>
    </message>
    <message>
        <source>the store refused the import: %1</source>
        <translation>dữ liệu từ chối việc nhập: %1</translation>
    </message>
    <message>
        <source>contains a NUL character: the file may be damaged or not a text file</source>
        <translation>chứa ký tự NUL: tệp có thể bị hỏng hoặc không phải tệp văn bản</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (it looks like UTF-16 without a byte order mark, or not a text file): save it from the spreadsheet as "CSV UTF-8"</source>
        <translation>tệp không phải văn bản UTF-8 (có vẻ là UTF-16 không có BOM, hoặc không phải tệp văn bản): hãy lưu từ bảng tính dưới dạng "CSV UTF-8"</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"</source>
        <translation>tệp không phải văn bản UTF-8: hãy lưu từ bảng tính dưới dạng "CSV UTF-8"</translation>
    </message>
    <message>
        <source>row 1 names none of the columns of this list: the column names must be in the first row (delete any title rows above them)</source>
        <translation>dòng 1 không có tên cột nào của danh sách này: tên các cột phải nằm ở dòng đầu tiên (hãy xóa các dòng tiêu đề phía trên)</translation>
    </message>
    <message>
        <source>'%1' is below zero: a count cannot be negative</source>
        <translation>'%1' nhỏ hơn 0: số lượng không thể âm</translation>
    </message>
    <message>
        <source>'%1' is not a year from %2 to %3: write the year in full</source>
        <translation>'%1' không phải năm từ %2 đến %3: hãy ghi đủ bốn chữ số của năm</translation>
    </message>
    <message>
        <source>'%1' is not a pair status: write Đang kèm cặp, Hoàn thành or Kết thúc</source>
        <translation>'%1' không phải trạng thái kèm cặp: hãy ghi Đang kèm cặp, Hoàn thành hoặc Kết thúc</translation>
    </message>
    <message>
        <source>this CCCD already belongs to another resident, %1</source>
        <translation>số CCCD này đã thuộc về một người dân khác: %1</translation>
    </message>
    <message>
        <source>'%1' is not one of the listed target groups: kept as written</source>
        <translation>'%1' không thuộc các nhóm đối tượng có sẵn: giữ nguyên như đã ghi</translation>
    </message>
    <message>
        <source>is %1 characters long: a field holds at most %2 (a missing closing quote can run a cell on over the rows below it)</source>
        <translation>dài %1 ký tự: mỗi trường chứa tối đa %2 ký tự (một dấu ngoặc kép mở mà không đóng có thể kéo ô này sang các dòng bên dưới)</translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiHamletModel</name>
    <message>
        <source>(no hamlet)</source>
        <translation>(chưa có thôn/tổ)</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Số liệu nền</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiMembersDialog</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Digital ambassador</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation>(chưa có thôn/tổ)</translation>
    </message>
    <message>
        <source>Export to CSV...</source>
        <translation>Xuất ra CSV...</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ: %1</translation>
    </message>
    <message>
        <source>"Still missing" lists only the people recorded in this application; the rest of the baseline is not known by name.</source>
        <translation>Danh sách "Chưa đạt" chỉ gồm những người đã có trong phần mềm; phần còn lại của số liệu nền chưa có tên cụ thể.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>Không ghi được danh sách: %1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Đang tải...</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
    <message>
        <source>Writing the list...</source>
        <translation>Đang ghi danh sách...</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Nhóm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in all.</source>
        <translation><numerusform>Tổng cộng %Ln.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::KpiTableModel</name>
    <message>
        <source>%1 points behind</source>
        <translation>còn thiếu %1 điểm</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>đạt mục tiêu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Counted / baseline</source>
        <translation>Đạt / số liệu nền</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>not applicable to a group</source>
        <translation>không áp dụng cho nhóm</translation>
    </message>
    <message>
        <source>This indicator is not about residents, so it has no value for a group.</source>
        <translation>Chỉ tiêu này không tính theo người dân nên không có giá trị cho nhóm.</translation>
    </message>
    <message>
        <source>Counted / population</source>
        <translation>Đạt / số đối tượng</translation>
    </message>
    <message>
        <source>Out of the group's residents recorded here: the baseline has no count of exactly these people.</source>
        <translation>Trên số người của nhóm đã ghi nhận ở đây: số liệu nền không có số đúng của những người này.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more counted where no baseline was entered for the year (not in the result)</source>
        <translation><numerusform>Thêm %Ln người được tính ở nơi chưa nhập số liệu nền của năm (không tính vào kết quả)</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::ListCombo</name>
    <message>
        <source>Hamlets</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Mentor pairs</source>
        <translation>Cặp đại sứ số – người được hỗ trợ</translation>
    </message>
    <message>
        <source>Community digital teams</source>
        <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Thành viên tổ</translation>
    </message>
    <message>
        <source>Door-to-door visits</source>
        <translation>Thăm hộ gia đình</translation>
    </message>
    <message>
        <source>Population baselines</source>
        <translation>Số liệu dân số nền</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Chợ</translation>
    </message>
</context>
<context>
    <name>hocvuso::ListExporter</name>
    <message>
        <source>unknown list '%1' (known: %2)</source>
        <translation>không có danh sách '%1' (các danh sách: %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>hocvuso::ListImporter</name>
    <message>
        <source>unknown list '%1' (known: %2)</source>
        <translation>không có danh sách '%1' (các danh sách: %2)</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>dữ liệu chưa có xã (hãy khởi tạo xã trước)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
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
        <source>The page "%1" has unsaved changes. Save them?</source>
        <translation>Trang "%1" có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>&amp;Import a list...</source>
        <translation>&amp;Nhập danh sách...</translation>
    </message>
    <message>
        <source>&amp;Export a list...</source>
        <translation>&amp;Xuất danh sách...</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Sync &amp;problems...</source>
        <translation>&amp;Vấn đề đồng bộ...</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Đã kết nối máy chủ</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Chưa kết nối được máy chủ</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Hủy đồng bộ</translation>
    </message>
    <message>
        <source>Cancelling the sync...</source>
        <translation>Đang hủy đồng bộ...</translation>
    </message>
    <message>
        <source>Changes the server refused or decided otherwise: click to review them.</source>
        <translation>Các thay đổi máy chủ đã từ chối hoặc quyết định khác: bấm để xem lại.</translation>
    </message>
    <message>
        <source>&amp;Deleted records...</source>
        <translation>&amp;Bản ghi đã xóa...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation><numerusform>%Ln thay đổi chờ đồng bộ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync problem(s)</source>
        <translation><numerusform>%Ln vấn đề đồng bộ</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::MentorTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Guides %1 mentee(s); the plan asks for at least %2.</source>
        <translation>Đang kèm cặp %1 người; kế hoạch yêu cầu tối thiểu %2.</translation>
    </message>
    <message>
        <source>Guides %1 mentee(s): the plan's minimum of %2 is met.</source>
        <translation>Đang kèm cặp %1 người: đã đạt mức tối thiểu %2 của kế hoạch.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Mentor since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Mentees / minimum</source>
        <translation>Số người / tối thiểu</translation>
    </message>
    <message>
        <source>Trained to completion</source>
        <translation>Đã hoàn thành</translation>
    </message>
</context>
<context>
    <name>hocvuso::MentorsPage</name>
    <message>
        <source>&amp;Hamlet:</source>
        <translation>T&amp;hôn/Tổ:</translation>
    </message>
    <message>
        <source>Digital ambassadors</source>
        <translation>Đại sứ số</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Người được kèm cặp</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>&amp;Completed: reached basic skills</source>
        <translation>Hoàn thành: đạt &amp;kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>&amp;End pair</source>
        <translation>&amp;Dừng kèm cặp</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Người được kèm cặp</translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Type a name (diacritics optional), CCCD or phone</source>
        <translation>Gõ tên (không cần dấu), số CCCD hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Make a &amp;mentor</source>
        <translation>Chọn &amp;làm đại sứ số</translation>
    </message>
    <message>
        <source>&amp;Pair with the selected mentor</source>
        <translation>&amp;Ghép với đại sứ đang chọn</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Tìm người dân</translation>
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
        <source>Poor or near-poor households</source>
        <translation>Hộ nghèo, cận nghèo</translation>
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
        <source>Residents 16 or older (or of unknown age) of the hamlet and group, not trained yet, with no active mentor and not ambassadors themselves.</source>
        <translation>Người dân từ 16 tuổi (hoặc chưa rõ tuổi) thuộc thôn và nhóm đã chọn, chưa được đào tạo, chưa có người kèm cặp và không phải là đại sứ số.</translation>
    </message>
    <message>
        <source>Pair with the &amp;selected mentor</source>
        <translation>Ghép với đại &amp;sứ đang chọn</translation>
    </message>
    <message>
        <source>Who still needs a mentor</source>
        <translation>Người còn cần được kèm cặp</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Select a resident in the list first.</source>
        <translation>Hãy chọn một người trong danh sách trước.</translation>
    </message>
    <message>
        <source>Enter: make the highlighted resident a digital ambassador.</source>
        <translation>Enter: chọn người đang được đánh dấu làm đại sứ số.</translation>
    </message>
    <message>
        <source>Enter: pair the highlighted resident with %1.</source>
        <translation>Enter: ghép người đang được đánh dấu với %1.</translation>
    </message>
    <message>
        <source>Select a mentor in the list, then type the mentee's name and press Enter.</source>
        <translation>Chọn một đại sứ trong danh sách, rồi gõ tên người được kèm cặp và nhấn Enter.</translation>
    </message>
    <message>
        <source>Each ambassador should guide at least %1 mentee(s) (plan %2).</source>
        <translation>Mỗi đại sứ số cần kèm cặp tối thiểu %1 người (kế hoạch %2).</translation>
    </message>
    <message>
        <source>Each ambassador should guide at least %1 mentee(s) (no plan chosen: default).</source>
        <translation>Mỗi đại sứ số cần kèm cặp tối thiểu %1 người (chưa chọn kế hoạch: mặc định).</translation>
    </message>
    <message>
        <source>%1 ambassador(s), %2 below the minimum.</source>
        <translation>%1 đại sứ số, %2 người chưa đạt mức tối thiểu.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang kèm cặp</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Mentees of %1</source>
        <translation>Những người do %1 kèm cặp</translation>
    </message>
    <message>
        <source>Select an ambassador to see their mentees.</source>
        <translation>Chọn một đại sứ để xem những người được kèm cặp.</translation>
    </message>
    <message>
        <source>%1 is now a digital ambassador.</source>
        <translation>%1 đã trở thành đại sứ số.</translation>
    </message>
    <message>
        <source>%1 now guides %2.</source>
        <translation>%1 bắt đầu kèm cặp %2.</translation>
    </message>
    <message>
        <source>Select a mentee in the list first.</source>
        <translation>Hãy chọn một người được kèm cặp trong danh sách trước.</translation>
    </message>
    <message>
        <source>%1 completed the mentoring and counts as trained.</source>
        <translation>%1 đã hoàn thành kèm cặp và được tính là đã có kỹ năng số.</translation>
    </message>
    <message>
        <source>The pair with %1 was ended.</source>
        <translation>Đã dừng kèm cặp %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::Page</name>
    <message>
        <source>Everything on this page is saved.</source>
        <translation>Mọi thay đổi trên trang này đã được lưu.</translation>
    </message>
</context>
<context>
    <name>hocvuso::PeriodSelector</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
</context>
<context>
    <name>hocvuso::RefusalText</name>
    <message>
        <source>This resident is not in the store (deleted?).</source>
        <translation>Không tìm thấy người dân này trong dữ liệu (đã bị xóa?).</translation>
    </message>
    <message>
        <source>The date is missing, invalid or in the future.</source>
        <translation>Ngày bị thiếu, không hợp lệ hoặc ở tương lai.</translation>
    </message>
    <message>
        <source>Choose an active digital ambassador first.</source>
        <translation>Hãy chọn một đại sứ số đang hoạt động trước.</translation>
    </message>
    <message>
        <source>This ambassador still guides mentees: end or complete those pairs first.</source>
        <translation>Đại sứ này vẫn đang kèm cặp: hãy dừng hoặc hoàn thành các cặp đó trước.</translation>
    </message>
    <message>
        <source>An ambassador cannot be their own mentee.</source>
        <translation>Đại sứ số không thể tự kèm cặp chính mình.</translation>
    </message>
    <message>
        <source>This resident already has a mentor: %1.</source>
        <translation>Người này đã có người kèm cặp: %1.</translation>
    </message>
    <message>
        <source>This ambassador already guided this resident to completion (%1).</source>
        <translation>Đại sứ này đã kèm cặp người này đến hoàn thành (%1).</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>Cặp kèm cặp này không còn nữa.</translation>
    </message>
    <message>
        <source>This pair is already closed.</source>
        <translation>Cặp kèm cặp này đã kết thúc.</translation>
    </message>
    <message>
        <source>A pair cannot end before it started.</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose the household that was visited.</source>
        <translation>Hãy chọn hộ gia đình đã đến thăm.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>Ngày thăm %1 ở tương lai.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>Tổ này không còn nữa.</translation>
    </message>
    <message>
        <source>A visitor is not a member of the chosen team.</source>
        <translation>Có người đi thăm không thuộc tổ đã chọn.</translation>
    </message>
    <message>
        <source>A resident helped is not a member of this household.</source>
        <translation>Có người được hỗ trợ không thuộc hộ này.</translation>
    </message>
    <message>
        <source>Unknown task "%1".</source>
        <translation>Không rõ công việc "%1".</translation>
    </message>
    <message>
        <source>A follow-up needs a date.</source>
        <translation>Hẹn quay lại cần có ngày.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>Hãy ghi rõ việc cần quay lại.</translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the visit.</source>
        <translation>Ngày hẹn quay lại %1 trước ngày thăm.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Tổ cần có tên.</translation>
    </message>
    <message>
        <source>Choose the hamlet of the team first.</source>
        <translation>Hãy chọn thôn/tổ của tổ công nghệ số trước.</translation>
    </message>
    <message>
        <source>This resident is not a member of the team.</source>
        <translation>Người này không phải thành viên của tổ.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>This class is not in the store (deleted?).</source>
        <translation>Không tìm thấy lớp học này trong dữ liệu (đã bị xóa?).</translation>
    </message>
    <message>
        <source>This resident is not marked present at this class.</source>
        <translation>Người dân này chưa được điểm danh ở lớp này.</translation>
    </message>
    <message>
        <source>This resident already has another CCCD (%1).</source>
        <translation>Người dân này đã có số CCCD khác (%1).</translation>
    </message>
    <message>
        <source>This CCCD already belongs to %1.</source>
        <translation>Số CCCD này đã thuộc về %1.</translation>
    </message>
</context>
<context>
    <name>hocvuso::ReportsPage</name>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Bảng tính Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Lưu...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <source>Choose a period and a plan, then press Preview.</source>
        <translation>Chọn kỳ báo cáo và kế hoạch, rồi nhấn Xem trước.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(không theo kế hoạch: tất cả chỉ tiêu)</translation>
    </message>
    <message>
        <source>The period is not valid: the start must come before the end.</source>
        <translation>Kỳ không hợp lệ: ngày bắt đầu phải trước ngày kết thúc.</translation>
    </message>
    <message>
        <source>Assembling the report for %1...</source>
        <translation>Đang lập báo cáo %1...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The report could not be assembled: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <source>Report for %1, %2.</source>
        <translation>Báo cáo của %1, %2.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Không hiển thị được bản xem trước: %1</translation>
    </message>
    <message>
        <source>No report has been assembled yet.</source>
        <translation>Chưa lập báo cáo nào.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bao-cao</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Không in được báo cáo: %1</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Kế &amp;hoạch:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
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
    <message>
        <source>Another resident already has this CCCD: %1.</source>
        <translation>Số CCCD này đã thuộc về người dân khác: %1.</translation>
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
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
</context>
<context>
    <name>hocvuso::ResidentValidator</name>
    <message>
        <source>The full name is required.</source>
        <translation>Cần nhập họ và tên.</translation>
    </message>
    <message>
        <source>Sex '%1' is not one of Nam/Nữ (M/F).</source>
        <translation>Giới tính '%1' không phải Nam/Nữ (M/F).</translation>
    </message>
    <message>
        <source>'%1' is a year, a full date is needed.</source>
        <translation>'%1' là năm, cần ngày đầy đủ.</translation>
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
    <message>
        <source>Residents</source>
        <translation>Người dân</translation>
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
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation><numerusform>%Ln người dân</numerusform></translation>
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
        <source>A hamlet needs a name.</source>
        <translation>Cần nhập tên thôn/tổ.</translation>
    </message>
    <message>
        <source>Hamlet %1 added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>Province server</source>
        <translation>Máy chủ của tỉnh</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>Chưa đăng ký được: %1</translation>
    </message>
    <message>
        <source>Sync with the province server is not available in this window.</source>
        <translation>Cửa sổ này không đồng bộ được với máy chủ của tỉnh.</translation>
    </message>
    <message>
        <source>Enrolled as device %1.</source>
        <translation>Đã đăng ký, mã thiết bị %1.</translation>
    </message>
    <message>
        <source>Not enrolled yet: enter the server address and the code from the province.</source>
        <translation>Máy chưa đăng ký: hãy nhập địa chỉ máy chủ và mã đăng ký do tỉnh cấp.</translation>
    </message>
    <message>
        <source>Enter both the server address and the enrolment code.</source>
        <translation>Hãy nhập cả địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Đang đăng ký...</translation>
    </message>
    <message>
        <source>Delete hamlet</source>
        <translation>Xóa thôn/tổ</translation>
    </message>
    <message>
        <source>Select a hamlet first.</source>
        <translation>Hãy chọn một thôn/tổ trước.</translation>
    </message>
    <message>
        <source>%1 is not deleted: it still has %2. Move or delete them first.</source>
        <translation>Chưa xóa %1: vẫn còn %2. Hãy chuyển đi hoặc xóa trước.</translation>
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
        <source>Hamlet %1 deleted.</source>
        <translation>Đã xóa thôn/tổ %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>The code the province knows the commune by; it cannot be changed.</source>
        <translation>Mã xã/phường mà tỉnh dùng để nhận biết; không thể thay đổi.</translation>
    </message>
    <message>
        <source>Save commune</source>
        <translation>Lưu xã/phường</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Commune &amp;name</source>
        <translation>Tên &amp;xã/phường</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>Tỉnh/Thành &amp;phố</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Active plan:</source>
        <translation>Kế hoạch đ&amp;ang áp dụng:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Move data to another folder...</source>
        <translation>Chuyển dữ liệu sang thư mục khác...</translation>
    </message>
    <message>
        <source>Not saved: the commune needs a name.</source>
        <translation>Chưa lưu: xã/phường cần có tên.</translation>
    </message>
    <message>
        <source>Commune %1 saved.</source>
        <translation>Đã lưu xã/phường %1.</translation>
    </message>
    <message>
        <source>(no plan: all indicators)</source>
        <translation>(không theo kế hoạch: tất cả chỉ tiêu)</translation>
    </message>
    <message>
        <source>The plan could not be made active: %1</source>
        <translation>Không áp dụng được kế hoạch: %1</translation>
    </message>
    <message>
        <source>No plan is active: the overview shows every indicator, with no targets.</source>
        <translation>Chưa áp dụng kế hoạch nào: trang Tổng quan hiển thị mọi chỉ số, không có chỉ tiêu.</translation>
    </message>
    <message>
        <source>Each digital ambassador guides at least %1 people.</source>
        <translation>Mỗi đại sứ số hướng dẫn ít nhất %1 người.</translation>
    </message>
    <message>
        <source>Community classes every week.</source>
        <translation>Lớp học cộng đồng hằng tuần.</translation>
    </message>
    <message>
        <source>Community classes every month.</source>
        <translation>Lớp học cộng đồng hằng tháng.</translation>
    </message>
    <message>
        <source>The targets come with the plan (set by the province); they are read-only here.</source>
        <translation>Chỉ tiêu đi kèm kế hoạch (do tỉnh giao); tại đây chỉ xem, không sửa.</translation>
    </message>
    <message>
        <source>Move data to another folder</source>
        <translation>Chuyển dữ liệu sang thư mục khác</translation>
    </message>
    <message>
        <source>The data was not moved: %1</source>
        <translation>Chưa chuyển dữ liệu: %1</translation>
    </message>
    <message>
        <source>Copying the data to %1...</source>
        <translation>Đang sao chép dữ liệu sang %1...</translation>
    </message>
    <message>
        <source>The data was copied to %1. Restart the application now: it opens the new file from then on. Until the restart it keeps working in %2, which stays where it is; changes made before the restart do not reach the new file.</source>
        <translation>Đã sao chép dữ liệu sang %1. Hãy khởi động lại ứng dụng ngay: từ đó ứng dụng mở tệp mới. Trước khi khởi động lại, ứng dụng vẫn làm việc trên %2 (tệp này được giữ nguyên); những thay đổi trước khi khởi động lại sẽ không có trong tệp mới.</translation>
    </message>
</context>
<context>
    <name>hocvuso::StoreError</name>
    <message>
        <source>commit failed</source>
        <translation>không ghi được dữ liệu</translation>
    </message>
    <message>
        <source>unknown entity</source>
        <translation>không có loại bản ghi này</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>không có trường này</translation>
    </message>
    <message>
        <source>the store has no commune yet (run init first)</source>
        <translation>dữ liệu chưa có xã (hãy khởi tạo xã trước)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>ghi dữ liệu không thành công: %1</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>không có bản ghi mã %1</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000)</source>
        <translation>chứa ký tự NUL (U+0000), không lưu được</translation>
    </message>
    <message>
        <source>is %1 characters long: a field holds at most %2</source>
        <translation>dài %1 ký tự: mỗi trường chứa tối đa %2 ký tự</translation>
    </message>
</context>
<context>
    <name>hocvuso::StoredValueText</name>
    <message>
        <source>Active</source>
        <translation>Đang kèm cặp</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
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
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncBackendAdapter</name>
    <message>
        <source>Sending changes</source>
        <translation>Đang gửi thay đổi</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Đang nhận thay đổi</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an enrolment is already running</source>
        <translation>đang đăng ký, vui lòng chờ</translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation>Đang đồng bộ...</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received.</source>
        <translation>Đồng bộ xong: đã gửi %1, đã nhận %2.</translation>
    </message>
    <message>
        <source>Not synchronised: enrol this laptop in Settings first.</source>
        <translation>Chưa đồng bộ: hãy đăng ký máy này trong Cài đặt trước.</translation>
    </message>
    <message>
        <source>Not synchronised: the province server needs a newer version of this application.</source>
        <translation>Chưa đồng bộ: máy chủ của tỉnh yêu cầu phiên bản mới hơn của phần mềm.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Đồng bộ không thành công: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to review (File &gt; Sync problems).</source>
        <translation><numerusform>Có %Ln vấn đề cần xem lại (Tệp &gt; Vấn đề đồng bộ).</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Vấn đề đồng bộ</translation>
    </message>
    <message>
        <source>Records the province server refused need correcting: edit them and sync again. Conflicts were decided by the latest edit; check that the kept value is right.</source>
        <translation>Các bản ghi bị máy chủ của tỉnh từ chối cần được sửa: hãy sửa rồi đồng bộ lại. Các xung đột đã được giải quyết theo lần sửa sau cùng; hãy kiểm tra giá trị được giữ có đúng không.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Đánh dấu đã xem</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Không còn gì cần xem lại.</translation>
    </message>
    <message>
        <source>Select the problems you have checked first.</source>
        <translation>Hãy chọn trước những vấn đề bạn đã kiểm tra.</translation>
    </message>
    <message>
        <source>Could not mark: %1</source>
        <translation>Không đánh dấu được: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) marked reviewed.</source>
        <translation><numerusform>Đã đánh dấu %Ln vấn đề là đã xem.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::SyncProblemsModel</name>
    <message>
        <source>kept "%1", replaced "%2"</source>
        <translation>giữ "%1", thay cho "%2"</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Máy chủ từ chối</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là chữ</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>phải là số</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>phải là Có hoặc Không</translation>
    </message>
    <message>
        <source>must be a valid date</source>
        <translation>phải là ngày hợp lệ</translation>
    </message>
    <message>
        <source>must be a valid date and time</source>
        <translation>phải là ngày giờ hợp lệ</translation>
    </message>
    <message>
        <source>contains an invalid character (NUL)</source>
        <translation>chứa ký tự không hợp lệ (NUL)</translation>
    </message>
    <message>
        <source>the record's id is invalid (1 to 64 characters)</source>
        <translation>mã bản ghi không hợp lệ (phải có từ 1 đến 64 ký tự)</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>loại bản ghi không xác định "%1"</translation>
    </message>
    <message>
        <source>%1 records are written by the province only</source>
        <translation>Bản ghi loại %1 chỉ do tỉnh cập nhật</translation>
    </message>
    <message>
        <source>unknown operation "%1"</source>
        <translation>thao tác không xác định "%1"</translation>
    </message>
    <message>
        <source>no such field in a %1 record</source>
        <translation>bản ghi loại %1 không có trường này</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dài quá %1 ký tự</translation>
    </message>
</context>
<context>
    <name>hocvuso::TargetGroup</name>
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
        <source>Everyone</source>
        <translation>Mọi người dân</translation>
    </message>
</context>
<context>
    <name>hocvuso::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>hocvuso::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>hocvuso::VisitForm</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
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
        <source>Household code or a member's name, then Enter</source>
        <translation>Mã hộ hoặc tên một thành viên, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>No household chosen yet.</source>
        <translation>Chưa chọn hộ gia đình.</translation>
    </message>
    <message>
        <source>Installed VNeID</source>
        <translation>Cài đặt VNeID</translation>
    </message>
    <message>
        <source>Activated VNeID level 2</source>
        <translation>Kích hoạt định danh điện tử mức 2</translation>
    </message>
    <message>
        <source>Opened a digital bank account</source>
        <translation>Mở tài khoản ngân hàng số</translation>
    </message>
    <message>
        <source>Submitted an online public service</source>
        <translation>Nộp hồ sơ dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Set up cashless payment</source>
        <translation>Cài đặt thanh toán không dùng tiền mặt</translation>
    </message>
    <message>
        <source>Informed about the movement</source>
        <translation>Tuyên truyền về phong trào</translation>
    </message>
    <message>
        <source>What to come back for (leave empty when nothing)</source>
        <translation>Việc cần quay lại hỗ trợ (để trống nếu không có)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>vào ngày</translation>
    </message>
    <message>
        <source>&amp;Save visit (Enter)</source>
        <translation>&amp;Lưu lượt thăm (Enter)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>Người đ&amp;i thăm:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Đã làm:</translation>
    </message>
    <message>
        <source>(no team: commune staff)</source>
        <translation>(không theo tổ: cán bộ xã)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visiting %1 — %2 (%3)</source>
        <translation>Thăm hộ %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Visit to %1 saved.</source>
        <translation>Đã lưu lượt thăm hộ %1.</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tổ công nghệ &amp;số:</translation>
    </message>
    <message>
        <source>Residents hel&amp;ped:</source>
        <translation>Người được hỗ t&amp;rợ:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Hẹn &amp;quay lại:</translation>
    </message>
</context>
<context>
    <name>hocvuso::VisitsPage</name>
    <message>
        <source>&amp;Hamlet:</source>
        <translation>T&amp;hôn/Tổ:</translation>
    </message>
    <message>
        <source>&amp;Log a visit</source>
        <translation>&amp;Ghi lượt thăm</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>Tổ &amp;công nghệ số</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Việc cần làm</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Đã lưu lượt thăm.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Name of the new team, then Enter</source>
        <translation>Tên tổ mới, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Create team in this hamlet</source>
        <translation>&amp;Lập tổ ở thôn/tổ này</translation>
    </message>
    <message>
        <source>Community digital technology teams</source>
        <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Bớt thành viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Add a member: type a name (diacritics optional), then Enter</source>
        <translation>Thêm thành viên: gõ tên (không cần dấu), rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Members of the selected team</source>
        <translation>Thành viên của tổ đang chọn</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Households never visited</source>
        <translation>Hộ chưa được đến thăm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Ngày thăm</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc cần quay lại</translation>
    </message>
    <message>
        <source>Follow-ups due (today or earlier)</source>
        <translation>Hộ cần quay lại (đến hạn hôm nay hoặc trước đó)</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Thăm hộ</translation>
    </message>
    <message>
        <source>Team %1 created. Add its members below.</source>
        <translation>Đã lập tổ %1. Thêm thành viên ở bên dưới.</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>%1 đã vào tổ.</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>Hãy chọn một thành viên trong danh sách trước.</translation>
    </message>
    <message>
        <source>%1 left the team.</source>
        <translation>%1 đã rời tổ.</translation>
    </message>
    <message>
        <source>&amp;Recent visits</source>
        <translation>Các lần thă&amp;m gần đây</translation>
    </message>
    <message>
        <source>&amp;Delete team</source>
        <translation>&amp;Xóa tổ</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Không có gì cần lưu.</translation>
    </message>
    <message>
        <source>The visit being logged is not saved. Save it?</source>
        <translation>Lần thăm hộ đang nhập chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <source>Remove %1 from the team? You can undo this from the status bar.</source>
        <translation>Bỏ %1 khỏi tổ? Có thể hoàn tác ở thanh trạng thái.</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>Đã bỏ %1 khỏi tổ.</translation>
    </message>
    <message>
        <source>Select a team in the list first.</source>
        <translation>Hãy chọn một tổ trong danh sách trước.</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Xóa tổ</translation>
    </message>
    <message>
        <source>Delete the team %1? Its visits stay recorded. You can undo this from the status bar.</source>
        <translation>Xóa tổ %1? Các lần thăm hộ của tổ vẫn được giữ lại. Có thể hoàn tác ở thanh trạng thái.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Chưa xóa được: %1</translation>
    </message>
    <message>
        <source>Team %1 deleted.</source>
        <translation>Đã xóa tổ %1.</translation>
    </message>
    <message>
        <source>Deleted the team %1.</source>
        <translation>Đã xóa tổ %1.</translation>
    </message>
    <message>
        <source>the visit to %1 on %2</source>
        <translation>lần thăm hộ %1 ngày %2</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Xóa lần thăm hộ</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this from the status bar.</source>
        <translation>Xóa %1? Có thể hoàn tác trên thanh trạng thái.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã làm</translation>
    </message>
    <message>
        <source>&amp;Delete visit</source>
        <translation>&amp;Xóa lần thăm</translation>
    </message>
    <message>
        <source>The latest visits of the hamlet, newest first. Del deletes the selected one.</source>
        <translation>Các lần thăm hộ gần nhất của thôn, mới nhất ở trên. Phím Del xóa lần thăm đang chọn.</translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation>Hãy chọn một lần thăm trong danh sách trước.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation><numerusform>%Ln việc</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s) never visited.</source>
        <translation><numerusform>%Ln hộ chưa được đến thăm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due.</source>
        <translation><numerusform>%Ln hộ đến hạn quay lại.</numerusform></translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi</name>
    <message>
        <source>could not commit the plan</source>
        <translation>không lưu được kế hoạch</translation>
    </message>
    <message>
        <source>no plan with code '%1'</source>
        <translation>không có kế hoạch mã '%1'</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Group</name>
    <message>
        <source>Elderly (60+)</source>
        <translation>Người cao tuổi (từ 60)</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Phụ nữ</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Poor and near-poor households</source>
        <translation>Hộ nghèo và cận nghèo</translation>
    </message>
    <message>
        <source>Enterprise and co-operative workers</source>
        <translation>Người lao động trong doanh nghiệp, hợp tác xã</translation>
    </message>
    <message>
        <source>Small traders</source>
        <translation>Tiểu thương</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Pupils and students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Women's Union members</source>
        <translation>Hội viên Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Youth Union members</source>
        <translation>Đoàn viên thanh niên</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Indicator</name>
    <message>
        <source>Adults with basic digital knowledge and skills</source>
        <translation>Người trưởng thành có kiến thức, kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Adults certified on VNeID at the universal digital-skills level</source>
        <translation>Người trưởng thành được chứng nhận kỹ năng số phổ cập trên VNeID</translation>
    </message>
    <message>
        <source>Adults owning a smartphone</source>
        <translation>Người trưởng thành sở hữu điện thoại thông minh</translation>
    </message>
    <message>
        <source>Citizens 16+ with a digital identity (VNeID level 2)</source>
        <translation>Công dân từ 16 tuổi có định danh điện tử (VNeID mức 2)</translation>
    </message>
    <message>
        <source>Citizens 16+ with a digital bank account</source>
        <translation>Công dân từ 16 tuổi có tài khoản ngân hàng số</translation>
    </message>
    <message>
        <source>Public officials with digital skills</source>
        <translation>Cán bộ, công chức, viên chức có kỹ năng số</translation>
    </message>
    <message>
        <source>Pupils and students equipped with digital skills</source>
        <translation>Học sinh, sinh viên được trang bị kỹ năng số</translation>
    </message>
    <message>
        <source>Enterprise and co-operative workers with basic digital skills</source>
        <translation>Người lao động trong doanh nghiệp, hợp tác xã có kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Digital households (at least one trained member)</source>
        <translation>Gia đình số (ít nhất một thành viên đã được tập huấn)</translation>
    </message>
    <message>
        <source>Households informed of the movement</source>
        <translation>Hộ gia đình được tuyên truyền về phong trào</translation>
    </message>
    <message>
        <source>Elderly (60+) who attended a class</source>
        <translation>Người cao tuổi (60+) đã tham gia lớp học</translation>
    </message>
    <message>
        <source>People with disabilities who attended a specialised class</source>
        <translation>Người khuyết tật đã tham gia lớp học chuyên biệt</translation>
    </message>
    <message>
        <source>Digital ambassadors guiding at least N mentees</source>
        <translation>Đại sứ số hướng dẫn ít nhất N người</translation>
    </message>
    <message>
        <source>Hamlets with an active community digital technology team</source>
        <translation>Thôn có Tổ công nghệ số cộng đồng hoạt động</translation>
    </message>
    <message>
        <source>Hamlets with at least one influencer promoting the movement</source>
        <translation>Thôn có ít nhất một người có uy tín lan tỏa phong trào</translation>
    </message>
    <message>
        <source>Markets running the "Chợ số" 4T model</source>
        <translation>Chợ áp dụng mô hình "Chợ số" 4T</translation>
    </message>
    <message>
        <source>Weeks or months with at least one community class</source>
        <translation>Tuần hoặc tháng có ít nhất một lớp học cộng đồng</translation>
    </message>
    <message>
        <source>Women's Union members 18+ reached by training or outreach</source>
        <translation>Hội viên Hội Phụ nữ từ 18 tuổi được tập huấn hoặc tuyên truyền</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::Period</name>
    <message>
        <source>month %1 does not exist in '%2'</source>
        <translation>không có tháng %1 trong '%2'</translation>
    </message>
    <message>
        <source>'%1' holds a date that does not exist</source>
        <translation>'%1' có ngày không tồn tại</translation>
    </message>
    <message>
        <source>'%1' ends before it starts</source>
        <translation>'%1' kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>'%1' is not a period (use 2025, 2025-Q3, 2025-H1, 2025-07 or 2025-01-01..2025-06-30)</source>
        <translation>'%1' không phải kỳ báo cáo (dùng 2025, 2025-Q3, 2025-H1, 2025-07 hoặc 2025-01-01..2025-06-30)</translation>
    </message>
</context>
<context>
    <name>hocvuso::kpi::PlanCatalog</name>
    <message>
        <source>could not commit the plan templates</source>
        <translation>không lưu được các mẫu kế hoạch</translation>
    </message>
    <message>
        <source>the new plan needs a code</source>
        <translation>kế hoạch mới cần có mã</translation>
    </message>
    <message>
        <source>a plan with code '%1' exists already</source>
        <translation>đã có kế hoạch mã '%1'</translation>
    </message>
    <message>
        <source>unknown indicator '%1'</source>
        <translation>không có chỉ tiêu '%1'</translation>
    </message>
    <message>
        <source>a target is a percentage from 0 to 100, not %1</source>
        <translation>chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100, không phải %1</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>không ghi được</translation>
    </message>
    <message>
        <source>the year must be from 2000 to 2100, not %1</source>
        <translation>năm phải từ 2000 đến 2100, không phải %1</translation>
    </message>
    <message>
        <source>the mentor minimum must be from 1 to 100, not %1</source>
        <translation>số người tối thiểu mỗi người kèm cặp phải từ 1 đến 100, không phải %1</translation>
    </message>
    <message>
        <source>a plan code has at most 32 characters</source>
        <translation>mã kế hoạch dài tối đa 32 ký tự</translation>
    </message>
    <message>
        <source>a plan code has only letters, digits and - _ . (not '%1')</source>
        <translation>mã kế hoạch chỉ gồm chữ, số và - _ . (không phải '%1')</translation>
    </message>
</context>
<context>
    <name>hocvuso::report</name>
    <message>
        <source>Progress against target</source>
        <translation>Tiến độ so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Diễn biến theo tháng</translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation>(chưa có thôn/tổ)</translation>
    </message>
    <message>
        <source>%1: no baseline for %2, so no result.</source>
        <translation>%1: chưa có số liệu nền cho %2 nên chưa có kết quả.</translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3, %4 points behind</source>
        <translation>%1: đạt %2 so với chỉ tiêu %3, còn thiếu %4 điểm</translation>
    </message>
    <message>
        <source> (%1 more needed)</source>
        <translation> (cần thêm %1)</translation>
    </message>
    <message>
        <source>; lowest in %1 (%2)</source>
        <translation>; thấp nhất ở %1 (%2)</translation>
    </message>
    <message>
        <source>Every indicator of the plan is on or above its target.</source>
        <translation>Mọi chỉ tiêu của kế hoạch đều đạt hoặc vượt.</translation>
    </message>
    <message>
        <source>%1 indicator(s) of the plan are behind target:</source>
        <translation>%1 chỉ tiêu của kế hoạch chưa đạt:</translation>
    </message>
    <message>
        <source>%1 resident(s) have no birth date or year and are left out of age-bound indicators.</source>
        <translation>%1 người dân chưa có ngày hoặc năm sinh nên không được tính trong các chỉ tiêu theo độ tuổi.</translation>
    </message>
    <message>
        <source>no plan selected</source>
        <translation>chưa chọn kế hoạch</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Some hamlets have no baseline for %1: the people counted there appear in the per-hamlet table but not in the percentages.</source>
        <translation>Một số thôn/tổ chưa có số liệu nền năm %1: người được tính ở đó có trong bảng theo thôn/tổ nhưng không tính vào tỷ lệ.</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (phần %2/%3)</translation>
    </message>
</context>
</TS>