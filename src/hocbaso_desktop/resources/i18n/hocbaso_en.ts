<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>Giới thiệu Học bạ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="56"/>
        <source>Học bạ số — phiên bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="58"/>
        <source>Tệp nhật ký: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>&amp;Tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="66"/>
        <source>Bấm “Tự kiểm tra” để kiểm tra cài đặt: cơ sở dữ liệu, phông chữ, tạo PDF, thiết bị ký, danh sách tin cậy, máy chủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Đang kiểm tra ({0}/{1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin_views.py" line="41"/>
        <source>Thời điểm (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="41"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="42"/>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="42"/>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="42"/>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="46"/>
        <source>Tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="62"/>
        <source>Chuỗi nhật ký nguyên vẹn ({0} mục).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="63"/>
        <source>CẢNH BÁO: nhật ký bị sửa hoặc xoá từ mục {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleUploadDialog</name>
    <message>
        <location filename="../../ui/bundle_upload.py" line="39"/>
        <source>Tải gói đồng bộ lên hệ thống trung tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="48"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="49"/>
        <source>Địa chỉ máy chủ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="50"/>
        <source>Mã truy cập (API token) của trường:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="52"/>
        <source>Tải lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="53"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="65"/>
        <source>Cần nhập địa chỉ máy chủ và mã truy cập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="70"/>
        <source>Đang tải gói đồng bộ lên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="77"/>
        <source>Đã gửi {n} học bạ ({d} đã được hệ thống nhận). Biên nhận được lưu tại {p} — hãy mang tệp này về trường và nhập vào chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates_view.py" line="50"/>
        <source>Đọc thiết bị ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="53"/>
        <source>Thư viện PKCS#11:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="56"/>
        <location filename="../../ui/certificates_view.py" line="75"/>
        <source>Thiết bị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="56"/>
        <source>Chủ thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="56"/>
        <source>Tổ chức cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="57"/>
        <source>Hiệu lực đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="57"/>
        <source>Khoá ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="61"/>
        <source>Gán chứng thư đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="65"/>
        <source>Cho tài khoản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="65"/>
        <source>Vai trò ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="69"/>
        <source>Thiết bị ký và chứng thư số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="74"/>
        <source>Tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="74"/>
        <source>Vai trò ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="74"/>
        <source>Chứng thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="75"/>
        <source>Gán lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="76"/>
        <source>Chứng thư gốc tin cậy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="76"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="76"/>
        <source>Thêm bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="77"/>
        <source>Thêm chứng thư CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="79"/>
        <source>Đã gán và danh sách tin cậy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="117"/>
        <source>Đang đọc thiết bị ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="125"/>
        <source>Tìm thấy {0} thiết bị, {1} chứng thư có khoá ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="135"/>
        <source>Hãy chọn một chứng thư và một tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="143"/>
        <source>Đã gán chứng thư cho tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="149"/>
        <source>Chọn chứng thư CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="161"/>
        <source>Đã thêm {0} chứng thư gốc; {1} chứng thư CA trung gian dùng khi gán.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/data_view.py" line="67"/>
        <source>Nhập từ Excel (chạy thử trước, chưa ghi gì)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="69"/>
        <source>Tệp Excel danh sách học sinh, phân công hoặc bảng điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="71"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="73"/>
        <source>&amp;Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="76"/>
        <source>&amp;Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="80"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="83"/>
        <source>Chọn tệp rồi bấm “Kiểm tra”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="85"/>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="85"/>
        <source>Trang tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="85"/>
        <source>Ô</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="85"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="88"/>
        <source>Những gì sẽ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="101"/>
        <source>Mẫu nhập liệu và xuất dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="103"/>
        <source>Mẫu danh sách học sinh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="105"/>
        <source>Bảng điểm của lớp (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="107"/>
        <source>Xuất các lớp và điểm (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="109"/>
        <source>Xuất toàn bộ (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="111"/>
        <source>Nhập từ JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="117"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="139"/>
        <source>Chọn tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="150"/>
        <source>Đang kiểm tra {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="152"/>
        <source>Đang kiểm tra tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="157"/>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="158"/>
        <source>Cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="161"/>
        <source>Không có lỗi: bấm “Nhập” để ghi vào cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="162"/>
        <source>Có {0} lỗi: sửa tệp rồi kiểm tra lại (chưa nhập được).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="176"/>
        <location filename="../../ui/data_view.py" line="227"/>
        <source>Đang nhập dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="181"/>
        <source>Đã nhập {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="194"/>
        <source>Lưu tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="211"/>
        <source>Đang xuất dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="215"/>
        <source>Đã lưu {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="220"/>
        <source>Chọn tệp JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="231"/>
        <source>Đã nhập: {0} học sinh, {1} lớp, {2} mục đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeEntryPage</name>
    <message>
        <location filename="../../ui/grade_entry.py" line="36"/>
        <source>Chưa mở bảng điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="49"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="49"/>
        <source>Môn/mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="50"/>
        <source>Kì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="59"/>
        <source>Enter: xuống dòng · Tab: sang phải · Delete: xoá · Ctrl+V: dán từ Excel · Ctrl+S: lưu ngay · rê chuột lên kết quả để xem lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="79"/>
        <source>Lớp {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="84"/>
        <source>Bạn chưa được phân công lớp nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="92"/>
        <source>{0} (xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="121"/>
        <source>Đang tải…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="138"/>
        <source>{0} học sinh có học bạ đã khoá để ký hoặc đã phát hành: các dòng đó chỉ xem được (rê chuột lên để xem lý do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="142"/>
        <source>Đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="151"/>
        <source>Chưa lưu ({0} ô)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="162"/>
        <source>Đang lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="173"/>
        <source>Đã lưu lúc {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="179"/>
        <source>Lưu thất bại — chưa lưu {0} ô</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeTableModel</name>
    <message>
        <location filename="../../ui/grade_model.py" line="77"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="79"/>
        <source>Kết quả (tự tính)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="113"/>
        <source> (đã khoá)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockConfirmDialog</name>
    <message>
        <location filename="../../ui/lock_confirm.py" line="20"/>
        <source>Xác nhận khoá học bạ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="23"/>
        <source>Sẽ khoá {0} học bạ của lớp {1}. Sau khi khoá, điểm và nhận xét của các học sinh này không sửa được nữa (muốn sửa phải thu hồi và lập phiên bản mới).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="33"/>
        <source>{0} học bạ đã khoá hoặc đã ký từ trước (giữ nguyên).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="38"/>
        <source>Khoá và lập danh sách ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="39"/>
        <source>Không khoá</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="66"/>
        <source>Màn hình đã khoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="68"/>
        <source>Người dùng: {0}. Nhập mật khẩu để tiếp tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="74"/>
        <source>Mở khoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="76"/>
        <source>Đăng xuất</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Học bạ số — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>{0} — {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Khoá màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Đăng xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Giới thiệu và tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="28"/>
        <source>Nhập điểm, nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="31"/>
        <source>Kết quả và rà soát lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="32"/>
        <source>Ký học bạ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="33"/>
        <source>Học sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="35"/>
        <source>Báo cáo của trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="37"/>
        <source>Nhập, xuất dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="41"/>
        <source>Chuyển trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="42"/>
        <source>Trích lục học bạ giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="44"/>
        <source>In học bạ, bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="45"/>
        <source>Đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="46"/>
        <source>Nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="47"/>
        <source>Tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="48"/>
        <source>Chứng thư số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="49"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="25"/>
        <source>Nhập mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="28"/>
        <source>Thiết bị ký: {0} (số sê-ri {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="37"/>
        <source>Ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="38"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="40"/>
        <source>Thiết bị chỉ còn 1 lần thử mã PIN. Chương trình không thử để tránh khoá thiết bị; hãy liên hệ nhà cung cấp chứng thư số để mở khoá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="46"/>
        <source>Còn {0} lần thử.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/print_view.py" line="93"/>
        <source>Học bạ (trang năm học)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="94"/>
        <source>Bản sao, bản chuyển đổi (đã phát hành)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="105"/>
        <source>In… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="105"/>
        <source>Lưu PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="110"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="110"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="161"/>
        <source>Đang tạo bản xem trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="191"/>
        <source>{0}: {1} trang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="205"/>
        <source>Lưu PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="227"/>
        <source>Đang chuẩn bị in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="244"/>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_view.py" line="53"/>
        <source>Đang lập báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="55"/>
        <source>Tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="57"/>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="59"/>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="73"/>
        <source>Mức đạt theo môn, khối:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="78"/>
        <location filename="../../ui/reports_view.py" line="79"/>
        <location filename="../../ui/reports_view.py" line="81"/>
        <source>Lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="78"/>
        <source>Học sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="78"/>
        <source>Cần lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="79"/>
        <source>Môn/mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="79"/>
        <source>Giáo viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <source>Cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <source>Tỉ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="81"/>
        <source>Sĩ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="81"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="83"/>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="84"/>
        <source>Kết quả theo lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="85"/>
        <source>Học sinh cần lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="86"/>
        <source>Tiến độ nhập điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="100"/>
        <source>Đang lập báo cáo của trường…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="106"/>
        <source>{0} — năm học {1}: {2} lớp, {3} học sinh; {4} học sinh cần lưu ý; {5} bảng điểm chưa nhập đủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="112"/>
        <source>Kết quả cả năm theo lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="117"/>
        <source>Khối {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="134"/>
        <source>Mức đạt được theo môn — khối {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="140"/>
        <source>Lưu báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="153"/>
        <source>Đang xuất báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="157"/>
        <source>Đã lưu báo cáo {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_view.py" line="52"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="52"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="52"/>
        <source>Lý do chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="55"/>
        <source>Môn/mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="55"/>
        <source>Kì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="55"/>
        <source>Giáo viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="55"/>
        <source>Ô còn trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="57"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="97"/>
        <source>Đang tính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="118"/>
        <source>Chưa nhập xong (theo môn, theo kì):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="119"/>
        <source>Tất cả giáo viên đã nhập xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="121"/>
        <source>Sĩ số {0}. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin_views.py" line="86"/>
        <source>để trống: giữ mã đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="91"/>
        <source>Cài đặt chung (quản trị viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="93"/>
        <source>Địa chỉ máy chủ trung tâm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="94"/>
        <source>Mã truy cập (API token):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="95"/>
        <source>Thư viện PKCS#11 của USB token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="96"/>
        <source>Máy chủ cấp dấu thời gian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="97"/>
        <source>Danh sách tin cậy (thư mục chứng thư gốc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="98"/>
        <source>Khoá màn hình sau (phút):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="99"/>
        <source>Lưu cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="103"/>
        <source>Đợt nhập điểm (hiệu trưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="108"/>
        <source>Mở nhập {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="131"/>
        <source>đã lưu — để trống: giữ nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="132"/>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="141"/>
        <source>Đợt nhập điểm năm học {0} (hiệu trưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="158"/>
        <source>Đã lưu cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="165"/>
        <source>Tạo trường mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="169"/>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="170"/>
        <source>Tiếp &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="171"/>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="172"/>
        <source>Hoàn tất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="187"/>
        <source>Đang tạo cơ sở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Giáo viên chủ nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Hiệu trưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Con dấu của trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="53"/>
        <source>Khoá học bạ và lập danh sách ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="54"/>
        <source>Lập danh sách ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="58"/>
        <source>Học sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="58"/>
        <source>Mã học bạ, phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="59"/>
        <source>SHA-256 dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="65"/>
        <source>Ký tất cả (một lần nhập PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="68"/>
        <source>Dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="72"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="73"/>
        <source>Ký với vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="74"/>
        <source>Chứng thư số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="75"/>
        <source>Thiết bị ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="104"/>
        <source>Không có lớp nào để ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="127"/>
        <source>Đang lập danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="129"/>
        <source>Đang khoá và lập danh sách học bạ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="139"/>
        <source> {0} học bạ còn chờ người ký trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="141"/>
        <source>Sẽ ký {0} học bạ của lớp {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="162"/>
        <source>Chưa thấy thiết bị ký: hãy cắm USB token rồi bấm “Lập danh sách ký”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="175"/>
        <source>Đang ký… Cửa sổ vẫn dùng được; bấm “Dừng” để dừng sau học bạ đang ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="193"/>
        <source>Đã ký {0} học bạ; phát hành {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="196"/>
        <source>Đã dừng theo yêu cầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="197"/>
        <source>Còn {0} học bạ: cắm lại thiết bị và bấm “Ký tất cả” để ký tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../ui/charts.py" line="75"/>
        <source>Chưa có số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="65"/>
        <source>Học bạ số — Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="66"/>
        <source>Học bạ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="77"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="81"/>
        <source>Tạo trường mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="83"/>
        <source>Mở trường mẫu (dùng thử)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="90"/>
        <source>Cơ sở dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="91"/>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="92"/>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="107"/>
        <source>Chọn cơ sở dữ liệu của trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="108"/>
        <source>Học bạ số (*.hocbaso);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="116"/>
        <source>Hãy chọn cơ sở dữ liệu và nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="119"/>
        <source>Đang mở khoá cơ sở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../ui/people_views.py" line="123"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="123"/>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="123"/>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="123"/>
        <source>Mã học sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="124"/>
        <source>Dân tộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="124"/>
        <source>Nơi sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="126"/>
        <source>Lớp:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_view.py" line="93"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="93"/>
        <source>Số học bạ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="96"/>
        <source>Đồng bộ ngay (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="99"/>
        <source>Dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="102"/>
        <source>Xuất gói ra USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="102"/>
        <source>Nhập biên nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="106"/>
        <source>Máy chủ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="107"/>
        <source>Liên lạc gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="126"/>
        <source>(chưa cấu hình — xem Cài đặt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="132"/>
        <source> (thành công gần nhất: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="135"/>
        <source>Đồng hồ máy tính lệch {0} giây so với máy chủ: hãy chỉnh lại giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>Đang đồng bộ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="157"/>
        <source>Đã gửi {0}; còn chờ gửi {1}; cần người xử lý {2}; tin nhận về {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="173"/>
        <source>Xuất gói đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="176"/>
        <source>Đã ghi {0} mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="180"/>
        <source>Nhập biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../../ui/transfer_view.py" line="67"/>
        <source>Chuyển đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="71"/>
        <source>Tên trường nơi đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="73"/>
        <source>Tạo gói chuyển trường…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="81"/>
        <source>Lớp, học sinh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="82"/>
        <source>Nơi đến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="83"/>
        <source>Ngày chuyển:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="89"/>
        <source>Nhận vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="92"/>
        <source>Chọn gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="94"/>
        <source>Kiểm tra gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="100"/>
        <source>Chọn gói chuyển trường rồi bấm “Kiểm tra gói”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="102"/>
        <source>Năm học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="102"/>
        <source>Học bạ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="102"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="103"/>
        <source>Xác thực chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="106"/>
        <source>Nhận học sinh vào lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="110"/>
        <source>Vào lớp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="110"/>
        <source>Ngày nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="159"/>
        <source>Lưu gói chuyển trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="167"/>
        <source>Đang tạo gói chuyển trường…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="170"/>
        <source>Đã ghi {0}: học sinh {1}, {2} học bạ đã phát hành, {3} mục điểm của năm chưa phát hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="178"/>
        <source>Chọn gói chuyển trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="187"/>
        <source>Đang xác thực học bạ trong gói…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="193"/>
        <source>Tất cả học bạ xác thực được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="194"/>
        <source>CÓ HỌC BẠ KHÔNG XÁC THỰC ĐƯỢC: không nhận được (kiểm tra danh sách tin cậy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="195"/>
        <source>Học sinh {0}, từ {1}, ngày chuyển {2}: {3} học bạ đã phát hành, {4} mục điểm, {5} dòng quá trình học tập. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="209"/>
        <source>Đang nhận học sinh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="213"/>
        <source>Đã nhận {0}: {1} học bạ, {2} dòng quá trình học tập, {3} mục điểm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>{0}: chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/people_views.py" line="50"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="50"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="50"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="50"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="56"/>
        <source>Thêm tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="58"/>
        <source>Khoá tài khoản đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="61"/>
        <source>Tài khoản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="63"/>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="64"/>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="65"/>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="66"/>
        <source>Mật khẩu ban đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="86"/>
        <source>Đã khoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="86"/>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="97"/>
        <source>Đã thêm tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="105"/>
        <source>Đã khoá tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Quản trị viên đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="98"/>
        <source>Mật khẩu ít nhất 8 ký tự; hai lần nhập phải giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="100"/>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="103"/>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>Mã khôi phục — chỉ hiển thị một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="120"/>
        <source>Mã này mở được cơ sở dữ liệu khi quên mật khẩu quản trị. Hãy in hoặc lưu ra giấy/USB và cất ở nơi an toàn. Chương trình không lưu mã này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>Lưu ra tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="126"/>
        <source>Tôi đã in hoặc lưu mã khôi phục ở nơi an toàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="143"/>
        <source>Mã khôi phục cơ sở dữ liệu học bạ số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="151"/>
        <source>Lưu mã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SchoolPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="49"/>
        <source>Thông tin trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="62"/>
        <source>Lưu cơ sở dữ liệu tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="63"/>
        <source>Mã trường:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="64"/>
        <source>Tên trường:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="65"/>
        <source>Cấp học:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>Sở GD&amp;&amp;ĐT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Tỉnh/thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Địa chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="73"/>
        <source>Lưu cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="74"/>
        <source>Học bạ số (*.hocbaso)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.start</name>
    <message>
        <location filename="../../ui/shell.py" line="61"/>
        <source>Đang mở trường mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="63"/>
        <source>Đang tạo trường mẫu (khoảng 10 giây)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
