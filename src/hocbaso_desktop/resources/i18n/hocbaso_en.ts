<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/signing_remote.py" line="21"/>
        <source>Chưa gửi yêu cầu ký.</source>
        <translation>No signing request sent yet.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_remote.py" line="17"/>
        <source>Dịch vụ {0}, người dùng {1}, chứng thư {2}.</source>
        <translation>Service {0}, user {1}, certificate {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_remote.py" line="26"/>
        <source>Ký số từ xa</source>
        <translation>Remote signing</translation>
    </message>
    <message>
        <location filename="../../ui/signing_remote.py" line="20"/>
        <source>Lô ký đang chờ: {0}</source>
        <translation>Batches waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/signing_remote.py" line="27"/>
        <source>Mã PIN ký số từ xa (bỏ trống nếu xác nhận trên điện thoại):</source>
        <translation>Remote signing PIN (leave empty when confirming on the phone):</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="63"/>
        <source>&amp;Tự kiểm tra</source>
        <translation>&amp;Self-test</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>Bấm “Tự kiểm tra” để kiểm tra cài đặt: cơ sở dữ liệu, phông chữ, tạo PDF, thiết bị ký, danh sách tin cậy, máy chủ.</source>
        <translation>Click “Self-test” to check the installation: database, fonts, PDF creation, signing device, trust list, server.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="56"/>
        <source>Giới thiệu Học bạ số</source>
        <translation>About Học bạ số</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57"/>
        <source>Học bạ số — phiên bản {0}</source>
        <translation>Học bạ số — version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="58"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="59"/>
        <source>Tệp nhật ký: {0}</source>
        <translation>Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Đang kiểm tra ({0}/{1}): {2}</source>
        <translation>Checking ({0}/{1}): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/audit_view.py" line="80"/>
        <source>Ai:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="104"/>
        <source>Chuỗi nhật ký nguyên vẹn ({0} mục). Đang hiện {1} mục.</source>
        <translation>The log's chain is intact ({0} entries). Showing {1} entries.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="106"/>
        <source>CẢNH BÁO: nhật ký bị sửa hoặc xoá từ mục {0}: {1}</source>
        <translation>WARNING: the audit log was altered or deleted from entry {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="73"/>
        <source>Diễn giải</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="81"/>
        <source>Học sinh:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="68"/>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="54"/>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="55"/>
        <source>Mọi thao tác</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="73"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="125"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="59"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="80"/>
        <source>Việc:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="70"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="124"/>
        <source>Xuất nhật ký</source>
        <translation>Export the log</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="66"/>
        <source>tên học sinh</source>
        <translation>student's name</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="59"/>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <location filename="../../ui/background_sync.py" line="72"/>
        <source> · {0} cần người xử lý</source>
        <translation> · {0} need a person</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="74"/>
        <source> · đồng hồ máy tính bị lệch</source>
        <translation> · the computer's clock is off</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="60"/>
        <source>Đồng bộ: chưa cấu hình máy chủ</source>
        <translation>Sync: no server configured</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="68"/>
        <source>Đồng bộ: chưa kết nối được; còn {0} học bạ chờ gửi</source>
        <translation>Sync: could not connect; {0} records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="70"/>
        <source>Đồng bộ: còn {0} học bạ chờ gửi</source>
        <translation>Sync: {0} records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="62"/>
        <source>Đồng bộ: lỗi ({0}); sẽ thử lại</source>
        <translation>Sync: error ({0}); will retry</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="64"/>
        <source>Đồng bộ: mã truy cập bị từ chối — báo quản trị viên</source>
        <translation>Sync: access token refused — tell the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="56"/>
        <source>Đồng bộ: đang gửi…</source>
        <translation>Sync: sending…</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="58"/>
        <source>Đồng bộ: đang đọc trạng thái…</source>
        <translation>Sync: reading the state…</translation>
    </message>
    <message>
        <location filename="../../ui/background_sync.py" line="66"/>
        <source>Đồng bộ: đã gửi hết</source>
        <translation>Sync: everything sent</translation>
    </message>
</context>
<context>
    <name>BundleUploadDialog</name>
    <message>
        <location filename="../../ui/bundle_upload.py" line="73"/>
        <source>Cần nhập địa chỉ máy chủ và mã truy cập.</source>
        <translation>Enter the server address and the access token.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="48"/>
        <source>Mã truy cập (API token) của trường:</source>
        <translation>The school's access token (API token):</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="37"/>
        <source>Tải gói đồng bộ lên hệ thống trung tâm</source>
        <translation>Upload a sync package to the central system</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="54"/>
        <source>Tải lên</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="46"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="80"/>
        <source>Đang tải gói đồng bộ lên…</source>
        <translation>Uploading the sync package…</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="87"/>
        <source>Đã gửi {n} học bạ ({d} đã được hệ thống nhận). Biên nhận được lưu tại {p} — hãy mang tệp này về trường và nhập vào chương trình.</source>
        <translation>Sent {n} records ({d} accepted by the system). The receipt is saved at {p} — take this file back to the school and import it into the program.</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="55"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="47"/>
        <source>Địa chỉ máy chủ:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../ui/bundle_upload.py" line="49"/>
        <source>Đồng ý gửi gói kiểu cũ (máy này đọc được nội dung gói); chỉ được đến hết ngày {0}.</source>
        <translation>I accept sending an old-format bundle (this computer can read its content); allowed only until {0}.</translation>
    </message>
</context>
<context>
    <name>CentreKeysBox</name>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="55"/>
        <location filename="../../ui/centre_keys_box.py" line="59"/>
        <source>Dấu vân tay của khoá:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="39"/>
        <source>Ghi nhận khoá biên nhận</source>
        <translation>Record the receipt key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="41"/>
        <source>Ghi nhận khoá mã hoá gói USB</source>
        <translation>Trust the USB bundle key</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="26"/>
        <source>Khoá của hệ thống trung tâm (theo văn bản của Sở)</source>
        <translation>Keys of the central system (from the department's letter)</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="53"/>
        <source>Khoá ký biên nhận đang tin cậy:</source>
        <translation>Receipt key trusted now:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="54"/>
        <source>Khoá ký biên nhận:</source>
        <translation>Receipt signing key:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="57"/>
        <source>Khoá mã hoá gói USB đang tin cậy:</source>
        <translation>USB bundle key trusted now:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="58"/>
        <source>Khoá mã hoá gói USB:</source>
        <translation>USB bundle encryption key:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="45"/>
        <source>Khoá được nhận tự động ở lần đồng bộ trực tuyến đầu tiên với máy chủ đã cấu hình. Trường chỉ đồng bộ bằng USB thì nhập khoá và dấu vân tay từ văn bản của Sở; khoá chỉ được ghi nhận khi dấu vân tay khớp.</source>
        <translation>The keys are taken automatically at the first online sync with the configured server. A school that syncs only by USB enters each key and its fingerprint from the department's letter; a key is trusted only when its fingerprint matches.</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="52"/>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="69"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="70"/>
        <source>chưa cấu hình</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="38"/>
        <source>dấu vân tay in trong văn bản của Sở</source>
        <translation>the fingerprint printed in the Department's letter</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="37"/>
        <source>khoá công khai (base64) do Sở cung cấp</source>
        <translation>public key (base64) given by the Department</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="88"/>
        <source>Đã ghi nhận khoá biên nhận (dấu vân tay {0}).</source>
        <translation>Recorded the receipt key (fingerprint {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/centre_keys_box.py" line="89"/>
        <source>Đã ghi nhận khoá mã hoá gói USB (dấu vân tay {0}).</source>
        <translation>USB bundle key trusted (fingerprint {0}).</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates_view.py" line="80"/>
        <source>Cho tài khoản:</source>
        <translation>For account:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="198"/>
        <source>Chưa xác nhận dấu vân tay: không thêm chứng thư nào.</source>
        <translation>Fingerprint not confirmed: no certificate was added.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="189"/>
        <source>Chọn chứng thư CA</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="66"/>
        <source>Chủ thể</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="89"/>
        <source>Chứng thư</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="190"/>
        <source>Chứng thư (*.pem *.crt *.cer *.der *.p7b *.p7c)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="210"/>
        <source>Chứng thư CA trung gian</source>
        <translation>Intermediate CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="210"/>
        <source>Chứng thư gốc</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="91"/>
        <source>Chứng thư tin cậy</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="213"/>
        <source>Có vẻ là: {0} — {1}; tải tại {2}; dấu vân tay công bố: {3}</source>
        <translation>Appears to be: {0} — {1}; download at {2}; published fingerprint: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="91"/>
        <source>Dấu vân tay (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="216"/>
        <source>Dấu vân tay trên có khớp với trang của tổ chức phát hành?</source>
        <translation>Does the fingerprint above match the publisher's site?</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="76"/>
        <source>Gán chứng thư đang chọn</source>
        <translation>Bind the selected certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="90"/>
        <source>Gán lúc</source>
        <translation>Bound at</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="135"/>
        <source>Gốc</source>
        <translation>Root</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="67"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="162"/>
        <source>Hãy chọn một chứng thư và một tài khoản.</source>
        <translation>Choose a certificate and an account.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="67"/>
        <source>Khoá ký</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="91"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="63"/>
        <source>Phần mềm thiết bị ký (PKCS#11):</source>
        <translation>Signing device software (PKCS#11):</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="66"/>
        <location filename="../../ui/certificates_view.py" line="90"/>
        <source>Thiết bị</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="84"/>
        <source>Thiết bị ký và chứng thư số</source>
        <translation>Signing devices and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="92"/>
        <source>Thêm bởi</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="95"/>
        <source>Thêm chứng thư CA (PEM, DER, .p7b)…</source>
        <translation>Add CA certificate (PEM, DER, .p7b)…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="135"/>
        <source>Trung gian</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="89"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="179"/>
        <source>Tên khác nhau</source>
        <translation>Names differ</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="152"/>
        <source>Tìm thấy {0} thiết bị, {1} chứng thư có khoá ký.</source>
        <translation>Found {0} devices, {1} certificates with a signing key.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="66"/>
        <source>Tổ chức cấp</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="89"/>
        <source>Vai trò ký</source>
        <translation>Signing role</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="80"/>
        <source>Vai trò ký:</source>
        <translation>Signing role:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="179"/>
        <source>Vẫn gán chứng thư này? (Việc chấp nhận được ghi vào nhật ký.)</source>
        <translation>Bind this certificate anyway? (The acceptance is written to the audit log.)</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="217"/>
        <source>Xác nhận dấu vân tay</source>
        <translation>Confirm fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="143"/>
        <source>Đang đọc thiết bị ký…</source>
        <translation>Reading the signing devices…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="184"/>
        <source>Đã gán chứng thư cho tài khoản.</source>
        <translation>The certificate was bound to the account.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="97"/>
        <source>Đã gán và danh sách tin cậy</source>
        <translation>Bindings and trust list</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="221"/>
        <source>Đã thêm {0} chứng thư gốc và {1} chứng thư CA trung gian.</source>
        <translation>Added {0} root and {1} intermediate CA certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates_view.py" line="60"/>
        <source>Đọc thiết bị ký</source>
        <translation>Read signing devices</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/data_view.py" line="82"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="87"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="165"/>
        <source>(không ghép)</source>
        <translation>(not matched)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="118"/>
        <source>Bảng điểm của lớp (Excel)…</source>
        <translation>Class score sheet (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="272"/>
        <source>Chọn tệp JSON</source>
        <translation>Choose a JSON file</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="185"/>
        <source>Chọn tệp bảng tính</source>
        <translation>Choose a spreadsheet file</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="94"/>
        <source>Chọn tệp rồi bấm “Kiểm tra”.</source>
        <translation>Choose a file, then click “Check”.</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="80"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="211"/>
        <source>Có {0} lỗi: sửa tệp rồi kiểm tra lại (chưa nhập được).</source>
        <translation>{0} errors: fix the file and check again (nothing imported yet).</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="207"/>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="151"/>
        <source>Cột chưa nhận ra: chọn cột tương ứng (được nhớ cho tệp cùng dạng)</source>
        <translation>Columns not recognised: choose the matching column (remembered for files of the same shape)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="152"/>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="153"/>
        <source>Ghép và kiểm tra lại</source>
        <translation>Match and check again</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="210"/>
        <source>Không có lỗi: bấm “Nhập” để ghi vào cơ sở dữ liệu.</source>
        <translation>No errors: click “Import” to write to the database.</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="152"/>
        <source>Là cột</source>
        <translation>Is the column</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="96"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="246"/>
        <source>Lưu tệp</source>
        <translation>Save file</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="206"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="130"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="116"/>
        <source>Mẫu danh sách học sinh…</source>
        <translation>Student list template…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="114"/>
        <source>Mẫu nhập liệu và xuất dữ liệu</source>
        <translation>Input templates and data export</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="96"/>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="76"/>
        <source>Nhập từ Excel (chạy thử trước, chưa ghi gì)</source>
        <translation>Import from Excel (dry run first, nothing written yet)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="124"/>
        <source>Nhập từ JSON…</source>
        <translation>Import from JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="100"/>
        <source>Những gì sẽ thay đổi</source>
        <translation>What will change</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="96"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="78"/>
        <source>Tệp Excel danh sách học sinh, phân công hoặc bảng điểm</source>
        <translation>Excel file of students, assignments or scores</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="91"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="120"/>
        <source>Xuất các lớp và điểm (Excel)…</source>
        <translation>Export classes and scores (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="122"/>
        <source>Xuất toàn bộ (JSON)…</source>
        <translation>Export everything (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="96"/>
        <location filename="../../ui/data_view.py" line="152"/>
        <source>Ô</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="201"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="197"/>
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="228"/>
        <location filename="../../ui/data_view.py" line="279"/>
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing data…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="263"/>
        <source>Đang xuất dữ liệu…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="267"/>
        <source>Đã lưu {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="233"/>
        <source>Đã nhập {0}: {1}</source>
        <translation>Imported {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="283"/>
        <source>Đã nhập: {0} học sinh, {1} lớp, {2} mục đánh giá.</source>
        <translation>Imported: {0} students, {1} classes, {2} assessment entries.</translation>
    </message>
</context>
<context>
    <name>GradeEntryPage</name>
    <message>
        <location filename="../../ui/grade_entry.py" line="89"/>
        <source>Bạn chưa được phân công lớp nào.</source>
        <translation>You are not assigned to any class.</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="106"/>
        <source>Bỏ các ô sai và rời đi</source>
        <translation>Drop the wrong cells and leave</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="225"/>
        <source>Chưa lưu ({0} ô)</source>
        <translation>Not saved ({0} cells)</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="40"/>
        <source>Chưa mở bảng điểm</source>
        <translation>No score sheet open</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="101"/>
        <source>Còn ô sai chưa lưu</source>
        <translation>Wrong cells not saved</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="64"/>
        <source>Enter: xuống dòng · Tab: sang phải · Delete: xoá · Ctrl+V: dán từ Excel · Ctrl+S: lưu ngay · rê chuột lên kết quả để xem lý do</source>
        <translation>Enter: next row · Tab: move right · Delete: clear · Ctrl+V: paste from Excel · Ctrl+S: save now · hover over a result to see why</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="253"/>
        <source>Không lưu {0} ô sai (tô hồng): {1}. Hãy sửa hoặc xoá các ô này.</source>
        <translation>{0} wrong cells (pink) were not saved: {1}. Correct or clear them.</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="55"/>
        <source>Kì:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="286"/>
        <source>Lưu thất bại — chưa lưu {0} ô</source>
        <translation>Saving failed — {0} cells not saved</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="54"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="54"/>
        <source>Môn/mục:</source>
        <translation>Subject/item:</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="154"/>
        <source>{0} (xem)</source>
        <translation>{0} (view)</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="211"/>
        <source>{0} học sinh có học bạ đã khoá để ký hoặc đã phát hành: các dòng đó chỉ xem được (rê chuột lên để xem lý do).</source>
        <translation>{0} students have a record locked for signing or issued: those rows are read-only (hover to see why).</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="102"/>
        <source>{0} ô có giá trị sai (tô hồng) và sẽ KHÔNG được lưu:
{1}</source>
        <translation>{0} cells hold wrong values (pink) and will NOT be saved:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="251"/>
        <source>{0} ô sai CHƯA lưu; các ô khác đã lưu lúc {1}</source>
        <translation>{0} wrong cells NOT saved; the other cells saved at {1}</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="146"/>
        <source>Ô này không sửa được: {0}</source>
        <translation>This cell cannot be edited: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="266"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="189"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="216"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="247"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/grade_entry.py" line="107"/>
        <source>Ở lại để sửa</source>
        <translation>Stay and correct them</translation>
    </message>
</context>
<context>
    <name>GradeTableModel</name>
    <message>
        <location filename="../../ui/grade_model.py" line="115"/>
        <source> (đã khoá)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="143"/>
        <source>Chỉ xếp loại cuối năm</source>
        <translation>Classified at year end only</translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="79"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="81"/>
        <source>Kết quả (tự tính)</source>
        <translation>Result (computed)</translation>
    </message>
    <message>
        <location filename="../../ui/grade_model.py" line="145"/>
        <source>Kết quả giáo dục chỉ được đánh giá, xếp loại ở cuối năm học (Thông tư 27); ở kì này chỉ ghi mức đạt được, điểm KTĐK và nhận xét.</source>
        <translation>The education result is assessed and classified only at the end of the school year (Circular 27); at this checkpoint only the level, the periodic test score and comments are recorded.</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/issued_view.py" line="185"/>
        <source>Chọn học bạ (PDF) cần kiểm tra</source>
        <translation>Choose the record book (PDF) to verify</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="160"/>
        <source>Hãy chọn một học bạ đã phát hành để thu hồi.</source>
        <translation>Choose an issued record to revoke.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="138"/>
        <source>Hãy chọn một học sinh trong danh sách.</source>
        <translation>Choose a student in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="56"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="212"/>
        <source>KHÔNG HỢP LỆ hoặc không kiểm tra được: {0}</source>
        <translation>NOT VALID or could not be verified: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="169"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="92"/>
        <source>Kiểm tra học bạ (theo danh sách tin cậy của trường)</source>
        <translation>Verify a record book (against the school's trust list)</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="83"/>
        <source>Kiểm tra mã QR</source>
        <translation>Verify the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="83"/>
        <source>Kiểm tra tệp PDF…</source>
        <translation>Verify a PDF file…</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="63"/>
        <source>Lưu bản đã ký (PDF)…</source>
        <translation>Save the signed file (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="140"/>
        <source>Lưu học bạ đã ký</source>
        <translation>Save the signed record book</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="125"/>
        <source>Lớp {0} chưa có học bạ nào được khoá để ký hoặc phát hành.</source>
        <translation>Class {0} has no record locked for signing or issued yet.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="74"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="56"/>
        <source>Mã học bạ</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="57"/>
        <source>Ngày phát hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="56"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="168"/>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="163"/>
        <source>Thu hồi học bạ</source>
        <translation>Revoke a record</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="164"/>
        <source>Thu hồi học bạ {0} ({1}, phiên bản {2}). Phiên bản {3} sẽ được mở (bản nháp) để sửa và ký lại.
Lý do thu hồi:</source>
        <translation>Revoke record {0} ({1}, version {2}). Version {3} will be opened (draft) to correct and sign again.
Reason for revoking:</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="67"/>
        <source>Thu hồi phiên bản đã phát hành và mở phiên bản mới (bản nháp) để sửa rồi ký lại.</source>
        <translation>Revoke the issued version and open a new version (draft) to correct and sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="66"/>
        <source>Thu hồi và đính chính…</source>
        <translation>Revoke and correct…</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="57"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="81"/>
        <source>dán nội dung mã QR (HB1:…) hoặc đường dẫn ảnh mã QR</source>
        <translation>paste the QR code's text (HB1:…) or the path of a photo of it</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="191"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="152"/>
        <source>Đã lưu bản đã ký số: {0}</source>
        <translation>Saved the digitally signed file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issued_view.py" line="179"/>
        <source>Đã thu hồi. Phiên bản {0} là bản nháp: sửa điểm, nhận xét rồi ký lại ở “Ký học bạ”.</source>
        <translation>Revoked. Version {0} is a draft: correct the scores and comments, then sign again in “Sign record books”.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/language_box.py" line="33"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/language_box.py" line="49"/>
        <source>Đã chọn {0}. Các cửa sổ đang mở giữ ngôn ngữ hiện tại; chương trình dùng {0} từ lần mở sau.</source>
        <translation>{0} chosen. The open windows keep the current language; the program uses {0} from the next time it is opened.</translation>
    </message>
    <message>
        <location filename="../../ui/language_box.py" line="28"/>
        <location filename="../../ui/language_box.py" line="52"/>
        <source>Đổi ngôn ngữ: áp dụng khi mở lại chương trình.</source>
        <translation>A change of language applies when the program is opened again.</translation>
    </message>
</context>
<context>
    <name>LockConfirmDialog</name>
    <message>
        <location filename="../../ui/lock_confirm.py" line="38"/>
        <source>Khoá và lập danh sách ký</source>
        <translation>Lock and list for signing</translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="39"/>
        <source>Không khoá</source>
        <translation>Do not lock</translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="23"/>
        <source>Sẽ khoá {0} học bạ của lớp {1}. Sau khi khoá, điểm và nhận xét của các học sinh này không sửa được nữa (muốn sửa: mở khoá khi chưa ai ký, hoặc thu hồi và lập phiên bản mới).</source>
        <translation>{0} record books of class {1} will be locked. Once locked, these students' scores and comments can no longer be edited (to edit: unlock while nobody has signed, or revoke and make a new version).</translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="20"/>
        <source>Xác nhận khoá học bạ</source>
        <translation>Confirm locking the records</translation>
    </message>
    <message>
        <location filename="../../ui/lock_confirm.py" line="33"/>
        <source>{0} học bạ đã khoá hoặc đã ký từ trước (giữ nguyên).</source>
        <translation>{0} records were already locked or signed (left as they are).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="64"/>
        <source>Màn hình đã khoá</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="72"/>
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="66"/>
        <source>Người dùng: {0}. Nhập mật khẩu để tiếp tục.</source>
        <translation>User: {0}. Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="74"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Giới thiệu và tự kiểm tra</source>
        <translation>&amp;About and self-test</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="35"/>
        <source>Báo cáo của trường</source>
        <translation>School report</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="41"/>
        <source>Chuyển trường</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="51"/>
        <source>Chứng thư số</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="52"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Học bạ số {0} — {1}</source>
        <translation>Học bạ số {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="45"/>
        <source>Học bạ đã phát hành, kiểm tra</source>
        <translation>Issued records, verification</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="33"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="44"/>
        <source>In học bạ, bản sao</source>
        <translation>Print records, copies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Khoá màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="32"/>
        <source>Ký học bạ</source>
        <translation>Sign records</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="31"/>
        <source>Kết quả và rà soát lớp</source>
        <translation>Class results and review</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Lưu ngay</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="28"/>
        <source>Nhập điểm, nhận xét</source>
        <translation>Enter scores, comments</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="37"/>
        <source>Nhập, xuất dữ liệu</source>
        <translation>Import, export data</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="49"/>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="42"/>
        <source>Trích lục học bạ giấy</source>
        <translation>Extracts of paper records</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="50"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="48"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Đồng bộ: …</source>
        <translation>Sync: …</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="46"/>
        <source>Còn {0} lần thử.</source>
        <translation>{0} tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="38"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="37"/>
        <source>Ký</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="25"/>
        <source>Nhập mã PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="40"/>
        <source>Thiết bị chỉ còn 1 lần thử mã PIN. Chương trình không thử để tránh khoá thiết bị; hãy liên hệ nhà cung cấp chứng thư số để mở khoá.</source>
        <translation>The device has only 1 PIN try left. The program does not try, to avoid locking the device; contact the certificate provider to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="28"/>
        <source>Thiết bị ký: {0} (số sê-ri {1})</source>
        <translation>Signing device: {0} (serial number {1})</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/print_view.py" line="96"/>
        <source>Bản sao, bản chuyển đổi (đã phát hành)</source>
        <translation>Copies, converted copies (issued)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="95"/>
        <source>Học bạ (trang năm học)</source>
        <translation>Record book (school-year page)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="234"/>
        <source>Học bạ này chưa phát hành: đã lưu bản xem trước, CHƯA ký số: {0}</source>
        <translation>This record is not issued: saved the preview, NOT digitally signed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="107"/>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="112"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="207"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="107"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="112"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="193"/>
        <source>{0}: {1} trang.</source>
        <translation>{0}: {1} pages.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="249"/>
        <source>Đang chuẩn bị in…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="161"/>
        <source>Đang tạo bản xem trước…</source>
        <translation>Creating the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="266"/>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="226"/>
        <source>Đã lưu bản đã ký số (bản phát hành): {0}</source>
        <translation>Saved the digitally signed (issued) file: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_view.py" line="85"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="40"/>
        <source>C</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="36"/>
        <source>CHT</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="41"/>
        <source>CĐ</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <source>Cần lưu ý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="82"/>
        <source>Cần nhập</source>
        <translation>To enter</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="81"/>
        <source>Giáo viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="39"/>
        <source>H</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="36"/>
        <source>HT</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="35"/>
        <source>HTT</source>
        <translation>Completed well</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="35"/>
        <source>HTXS</source>
        <translation>Completed excellently</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="87"/>
        <source>Học sinh cần lưu ý</source>
        <translation>Students needing attention</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="120"/>
        <source>Khối {0}</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="83"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="115"/>
        <source>Kết quả cả năm theo lớp</source>
        <translation>Year results by class</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="86"/>
        <source>Kết quả theo lớp</source>
        <translation>Results by class</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="148"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="80"/>
        <location filename="../../ui/reports_view.py" line="81"/>
        <location filename="../../ui/reports_view.py" line="83"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="81"/>
        <source>Môn/mục</source>
        <translation>Subject/item</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="75"/>
        <source>Mức đạt theo môn, khối:</source>
        <translation>Levels by subject, grade:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="141"/>
        <source>Mức đạt được theo môn — khối {0}</source>
        <translation>Levels by subject — grade {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="83"/>
        <source>Sĩ số</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="39"/>
        <source>T</source>
        <translation>Completed well</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="88"/>
        <source>Tiến độ nhập điểm</source>
        <translation>Score entry progress</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="57"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="82"/>
        <source>Tỉ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="59"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="61"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="37"/>
        <source>chưa đủ</source>
        <translation>incomplete data</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="108"/>
        <source>{0} — năm học {1}: {2} lớp, {3} học sinh; {4} học sinh cần lưu ý; {5} bảng điểm chưa nhập đủ.</source>
        <translation>{0} — school year {1}: {2} classes, {3} students; {4} students needing attention; {5} score sheets not complete.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="40"/>
        <source>Đ</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="102"/>
        <source>Đang lập báo cáo của trường…</source>
        <translation>Building the school report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="55"/>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="157"/>
        <source>Đang xuất báo cáo…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="161"/>
        <source>Đã lưu báo cáo {0}.</source>
        <translation>Saved the report {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_view.py" line="82"/>
        <source>Đã nhập</source>
        <translation>Entered</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_view.py" line="110"/>
        <source>Chưa nhập xong (theo môn, theo kì):</source>
        <translation>Not fully entered (by subject, by period):</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="47"/>
        <source>Giáo viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="43"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="47"/>
        <source>Kì</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="43"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="43"/>
        <source>Lý do chính</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="49"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="47"/>
        <source>Môn/mục</source>
        <translation>Subject/item</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="113"/>
        <source>Sĩ số {0}. </source>
        <translation>Enrolment {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="111"/>
        <source>Tất cả giáo viên đã nhập xong.</source>
        <translation>All teachers have finished entering.</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="47"/>
        <source>Ô còn trống</source>
        <translation>Empty cells</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="89"/>
        <source>Đang tính…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin_views.py" line="80"/>
        <source>Cài đặt chung (quản trị viên)</source>
        <translation>General settings (administrator)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="101"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="111"/>
        <source>Mở nhập {0}</source>
        <translation>Open entry for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="151"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="181"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="106"/>
        <source>Đợt nhập điểm (hiệu trưởng)</source>
        <translation>Score entry periods (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="162"/>
        <source>Đợt nhập điểm năm học {0} (hiệu trưởng)</source>
        <translation>Score entry periods of school year {0} (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="150"/>
        <source>đã lưu — để trống: giữ nguyên</source>
        <translation>saved — leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../ui/admin_views.py" line="69"/>
        <source>để trống: giữ mã đã lưu</source>
        <translation>leave empty to keep the saved token</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="168"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="171"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="170"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="169"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="164"/>
        <source>Tạo trường mới</source>
        <translation>Create a new school</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="186"/>
        <source>Đang tạo cơ sở dữ liệu…</source>
        <translation>Creating the database…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="106"/>
        <source>Cập nhật dữ liệu</source>
        <translation>Data updated</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="87"/>
        <source>Đang mở trường mẫu…</source>
        <translation>Opening the demo school…</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="89"/>
        <source>Đang tạo trường mẫu (khoảng 10 giây)…</source>
        <translation>Creating the demo school (about 10 seconds)…</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/signing_view.py" line="282"/>
        <source> {0} học bạ còn chờ người ký trước.</source>
        <translation> {0} records are still waiting for an earlier signer.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="212"/>
        <source>Chưa khoá học bạ nào. </source>
        <translation>Nothing was locked. </translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="229"/>
        <source>Chưa khoá học bạ nào. Chưa thấy thiết bị ký của bạn (số sê-ri {0}): hãy cắm thiết bị vào máy rồi bấm lại.</source>
        <translation>No record was locked. Your signing device (serial {0}) was not found: plug it into this computer and press the button again.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="304"/>
        <source>Chưa thấy thiết bị ký: hãy cắm thiết bị vào máy rồi bấm lại “Lập danh sách ký”.</source>
        <translation>No signing device found: plug it into this computer and press “List for signing” again.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="99"/>
        <source>Chứng thư số:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Con dấu của trường</source>
        <translation>School seal</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="144"/>
        <source>Các học bạ của danh sách này đã được ký (gửi nền tới dịch vụ ký từ xa).</source>
        <translation>The records of this list have been signed (sent in the background to the remote signing service).</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="388"/>
        <source>Còn {0} học bạ: cắm lại thiết bị và bấm “Ký tất cả” để ký tiếp.</source>
        <translation>{0} records left: plug the device in again and click “Sign all” to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="146"/>
        <source>Danh sách vừa được cập nhật: đã ký thêm {0} học bạ.</source>
        <translation>The list was just updated: {0} more records were signed.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="93"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Giáo viên chủ nhiệm</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="81"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="194"/>
        <source>Khoá học bạ và lập danh sách ký</source>
        <translation>Lock the records and list them for signing</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="287"/>
        <source>Không có học bạ nào chờ bạn ký.</source>
        <translation>No record is waiting for your signature.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="173"/>
        <source>Không có lớp nào để ký.</source>
        <translation>There is no class to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="101"/>
        <source>Ký số từ xa:</source>
        <translation>Remote signing:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="90"/>
        <source>Ký tất cả (một lần nhập PIN)</source>
        <translation>Sign all (one PIN entry)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="98"/>
        <source>Ký với vai trò:</source>
        <translation>Sign as:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="72"/>
        <location filename="../../ui/signing_view.py" line="195"/>
        <source>Lập danh sách ký</source>
        <translation>List for signing</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="97"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="81"/>
        <source>Mã học bạ, phiên bản</source>
        <translation>Record id, version</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="74"/>
        <source>Mở khoá học bạ chưa ai ký…</source>
        <translation>Unlock records nobody signed…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="181"/>
        <source>Phó Hiệu trưởng (ký thay Hiệu trưởng)</source>
        <translation>Vice principal (signing for the principal)</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="284"/>
        <source>Sẽ ký {0} học bạ của lớp {1}.</source>
        <translation>{0} records of class {1} will be signed.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="100"/>
        <source>Thiết bị ký:</source>
        <translation>Signing device:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="75"/>
        <source>Trả các học bạ đã khoá nhưng chưa có chữ ký nào về bản nháp để sửa (ghi vào nhật ký).</source>
        <translation>Return the records locked but not signed by anyone to drafts, to edit them (written to the log).</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="255"/>
        <source>Đang khoá và lập danh sách học bạ…</source>
        <translation>Locking and listing the records…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="204"/>
        <source>Đang kiểm tra chứng thư số và thiết bị ký…</source>
        <translation>Checking the certificate and the signing device…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="357"/>
        <source>Đang ký số từ xa… bấm “Dừng” để huỷ khi đang chờ xác nhận.</source>
        <translation>Signing remotely… click “Stop” to cancel while waiting for the confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="345"/>
        <source>Đang ký… Cửa sổ vẫn dùng được; bấm “Dừng” để dừng sau học bạ đang ký.</source>
        <translation>Signing… The window stays usable; click “Stop” to stop after the record being signed.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="253"/>
        <source>Đang lập danh sách…</source>
        <translation>Building the list…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="387"/>
        <source>Đã dừng theo yêu cầu.</source>
        <translation>Stopped as requested.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="384"/>
        <source>Đã ký {0} học bạ; phát hành {1}.</source>
        <translation>Signed {0} records; issued {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_view.py" line="330"/>
        <source>Đã mở khoá {0} học bạ: giáo viên sửa được điểm, nhận xét.</source>
        <translation>Unlocked {0} records: teachers can edit scores and comments.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../ui/charts.py" line="75"/>
        <source>Chưa có số liệu.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="112"/>
        <source>Chọn cơ sở dữ liệu của trường</source>
        <translation>Choose the school's database</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="72"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="93"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="121"/>
        <source>Hãy chọn cơ sở dữ liệu và nhập tên đăng nhập.</source>
        <translation>Choose the database and enter the user name.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>Học bạ số</source>
        <translation>Học bạ số</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="113"/>
        <source>Học bạ số (*.hocbaso);;Mọi tệp (*)</source>
        <translation>Học bạ số (*.hocbaso);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="68"/>
        <source>Học bạ số — Đăng nhập</source>
        <translation>Học bạ số — Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="95"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="86"/>
        <source>Mở trường mẫu (dùng thử)</source>
        <translation>Open the demo school (trial)</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="94"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="84"/>
        <source>Tạo trường mới…</source>
        <translation>Create a new school…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="124"/>
        <source>Đang mở khoá cơ sở dữ liệu…</source>
        <translation>Unlocking the database…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="80"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../ui/student_dialog.py" line="71"/>
        <source>Cần họ và tên học sinh.</source>
        <translation>The student's full name is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="24"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="51"/>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="57"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="24"/>
        <source>Họ tên cha</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="25"/>
        <source>Họ tên mẹ</source>
        <translation>Mother's name</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="25"/>
        <source>Họ tên người giám hộ</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="22"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="56"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="22"/>
        <source>Mã học sinh</source>
        <translation>Student code</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="52"/>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="23"/>
        <source>Nơi sinh</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="23"/>
        <source>Nơi ở hiện nay</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="23"/>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="24"/>
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.py" line="22"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal ID number</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../ui/people_views.py" line="127"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="126"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="126"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="137"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="127"/>
        <source>Mã học sinh</source>
        <translation>Student code</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="126"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="127"/>
        <source>Nơi sinh</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="183"/>
        <source>Sửa thông tin: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="129"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="174"/>
        <source>Thêm học sinh vào lớp {0}</source>
        <translation>Add a student to class {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="129"/>
        <source>Thêm học sinh…</source>
        <translation>Add a student…</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="209"/>
        <source>Đã lưu: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_view.py" line="154"/>
        <source> (thành công gần nhất: {0})</source>
        <translation> (last success: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>(chưa cấu hình — xem Cài đặt)</source>
        <translation>(not configured — see Settings)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="225"/>
        <source>Biên nhận (*{0})</source>
        <translation>Receipts (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="51"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="199"/>
        <source>Chưa cấu hình máy chủ đồng bộ (xem Cài đặt).</source>
        <translation>No sync server is configured (see Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="46"/>
        <source>Chờ gửi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="52"/>
        <source>Chờ trung tâm xử lý</source>
        <translation>Waiting for the centre</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="49"/>
        <source>Cũ hơn bản ở trung tâm</source>
        <translation>Older than the centre's copy</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="87"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="217"/>
        <source>Gói đồng bộ (*{0})</source>
        <translation>Sync packages (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="95"/>
        <source>Liên lạc gần nhất:</source>
        <translation>Last contact:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="200"/>
        <source>Lần này gửi {0} học bạ. Tổng: đã gửi {1}; còn chờ gửi {2}; cần người xử lý {3}.</source>
        <translation>This run sent {0} records. In all: sent {1}; waiting to be sent {2}; needing a person {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="178"/>
        <source>Lần đồng bộ tự động đang chạy: chờ kết quả của nó…</source>
        <translation>The automatic sync is running: waiting for its result…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="94"/>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="204"/>
        <source>Nhận {0} tin từ trung tâm.</source>
        <translation>Received {0} messages from the centre.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="224"/>
        <source>Nhập biên nhận</source>
        <translation>Import receipts</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="90"/>
        <source>Nhập biên nhận…</source>
        <translation>Import receipts…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="74"/>
        <source>Số học bạ</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="74"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="50"/>
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="90"/>
        <source>Xuất gói ra USB…</source>
        <translation>Export a package to USB…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="216"/>
        <source>Xuất gói đồng bộ</source>
        <translation>Export a sync package</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="47"/>
        <source>Đang gửi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="163"/>
        <location filename="../../ui/sync_view.py" line="170"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="220"/>
        <source>Đã ghi {0} mục.</source>
        <translation>Wrote {0} items.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="48"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="84"/>
        <source>Đồng bộ ngay (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="157"/>
        <source>Đồng hồ máy tính lệch {0} giây so với máy chủ: hãy chỉnh lại giờ.</source>
        <translation>The computer's clock is {0} seconds off the server's: please correct the time.</translation>
    </message>
</context>
<context>
    <name>TimestampBox</name>
    <message>
        <location filename="../../ui/timestamp_box.py" line="27"/>
        <source>Bổ sung dữ liệu kiểm tra (chứng thư, tình trạng thu hồi OCSP/CRL) và dấu thời gian lưu trữ vào học bạ đã phát hành, để học bạ vẫn kiểm tra được sau khi chứng thư số của người ký hết hạn. Chương trình cũng tự làm việc này khi đồng bộ nếu máy chủ dấu thời gian trả lời.</source>
        <translation>Adds validation data (certificates, revocation status from OCSP/CRL) and an archive timestamp to issued records, so they can still be verified after the signers' certificates expire. The program also does this when it syncs, if the timestamp server answers.</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="24"/>
        <source>Dấu thời gian lưu trữ (PAdES B-LTA)</source>
        <translation>Archive timestamps (PAdES B-LTA)</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="36"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="59"/>
        <source>Máy chủ dấu thời gian: {0}. Chờ nâng cấp: {1} học bạ; đã nâng cấp: {2}.</source>
        <translation>Timestamp server: {0}. Waiting for the upgrade: {1} records; upgraded: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="34"/>
        <source>Nâng cấp ngay</source>
        <translation>Upgrade now</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="58"/>
        <source>chưa cấu hình (quản trị viên đặt trong Cài đặt)</source>
        <translation>not configured (the administrator sets it in Settings)</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="93"/>
        <source>{0} học bạ chưa xong (máy chủ không trả lời hoặc đã dừng); bấm lại để thử tiếp.</source>
        <translation>{0} records not done (a server did not answer, or the run was stopped); press again to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="69"/>
        <source>Đang hỏi máy chủ dấu thời gian…</source>
        <translation>Asking the timestamp server…</translation>
    </message>
    <message>
        <location filename="../../ui/timestamp_box.py" line="89"/>
        <source>Đã bổ sung dữ liệu kiểm tra lâu dài cho {0} học bạ (PAdES B-LTA); gia hạn dấu thời gian lưu trữ của {1} học bạ.</source>
        <translation>Long-term validation data added to {0} records (PAdES B-LTA); archive timestamp renewed on {1} records.</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../../ui/transfer_view.py" line="102"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="91"/>
        <source>Chuyển đi</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="208"/>
        <source>Chọn chứng thư con dấu của trường nhận</source>
        <translation>Choose the receiving school's seal certificate</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="100"/>
        <source>Chọn chứng thư…</source>
        <translation>Choose certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="244"/>
        <source>Chọn gói chuyển trường</source>
        <translation>Choose a transfer package</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="135"/>
        <source>Chọn gói chuyển trường rồi bấm “Kiểm tra gói”.</source>
        <translation>Choose a transfer package, then click “Check package”.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="127"/>
        <source>Chọn gói…</source>
        <translation>Choose package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="260"/>
        <source>CÓ HỌC BẠ KHÔNG XÁC THỰC ĐƯỢC: không nhận được (kiểm tra danh sách tin cậy).</source>
        <translation>SOME RECORDS COULD NOT BE VERIFIED: not received (check the trust list).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="48"/>
        <source>Gói chuyển trường (*.hbzip *.zip)</source>
        <translation>Transfer packages (*.hbzip *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="266"/>
        <source>Gói chưa niêm phong: {0} giá trị của năm đang học chỉ nhận được khi đánh dấu “Nhập tay”.</source>
        <translation>The package is not sealed: its {0} values of the current year are taken only when “Enter by hand” is ticked.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="145"/>
        <source>Gói chưa được trường gửi niêm phong: các giá trị đánh giá của năm đang học không có chữ ký. Đánh dấu để nhận chúng như trường tự nhập (chỉ các kỳ có đợt nhập đang mở; ghi nhật ký).</source>
        <translation>The sending school did not seal the package: the current year's assessment values carry no signature. Tick to take them as this school's own entry (only for periods whose entry window is open; recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="264"/>
        <source>Gói được niêm phong bởi {0}.</source>
        <translation>Package sealed by {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="137"/>
        <source>Học bạ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="268"/>
        <source>Học sinh {0}, từ {1}, ngày chuyển {2}: {3} học bạ đã phát hành, {4} mục điểm, {5} dòng quá trình học tập. </source>
        <translation>Student {0}, from {1}, transferred on {2}: {3} issued records, {4} score entries, {5} enrolment history rows. </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="129"/>
        <source>Kiểm tra gói</source>
        <translation>Check package</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="203"/>
        <source>Lưu gói chuyển trường</source>
        <translation>Save the transfer package</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="114"/>
        <source>Lớp, học sinh:</source>
        <translation>Class, student:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="117"/>
        <source>Mã hoá cho trường nhận:</source>
        <translation>Encrypt for the receiving school:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="116"/>
        <source>Ngày chuyển:</source>
        <translation>Transfer date:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="149"/>
        <source>Ngày nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="137"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="141"/>
        <source>Nhận học sinh vào lớp</source>
        <translation>Receive the student into a class</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="124"/>
        <source>Nhận vào</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="144"/>
        <source>Nhập tay giá trị của gói chưa niêm phong</source>
        <translation>Enter an unsealed package's values by hand</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="137"/>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="115"/>
        <source>Nơi đến:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="95"/>
        <source>Tên trường nơi đến</source>
        <translation>Name of the destination school</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="106"/>
        <source>Tạo gói chuyển trường…</source>
        <translation>Create transfer package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="259"/>
        <source>Tất cả học bạ xác thực được.</source>
        <translation>All records verified.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="149"/>
        <source>Vào lớp:</source>
        <translation>Into class:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="237"/>
        <source>Văn thư niêm phong gói (con dấu số); gói sẽ được mã hoá cho {0}.</source>
        <translation>The clerk seals the package (digital seal); it will be encrypted for {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="239"/>
        <source>Văn thư niêm phong gói trước khi gửi (con dấu số).</source>
        <translation>The clerk seals the package before it is sent (digital seal).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="220"/>
        <source>Văn thư niêm phong xong, gói được mã hoá cho {0} ({1}), chứng thư hết hạn {2}.</source>
        <translation>Once the clerk seals it, the package is encrypted for {0} ({1}); the certificate expires on {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="138"/>
        <source>Xác thực chữ ký</source>
        <translation>Signature check</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="98"/>
        <source>tuỳ chọn: chứng thư con dấu của trường nhận (gói sẽ được mã hoá)</source>
        <translation>optional: the receiving school's seal certificate (the package will be encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="283"/>
        <source>Đang nhận học sinh…</source>
        <translation>Receiving the student…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="230"/>
        <source>Đang tạo gói chuyển trường…</source>
        <translation>Creating the transfer package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="253"/>
        <source>Đang xác thực học bạ trong gói…</source>
        <translation>Verifying the records in the package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="233"/>
        <source>Đã ghi {0}: học sinh {1}, {2} học bạ đã phát hành, {3} mục điểm của năm chưa phát hành.</source>
        <translation>Wrote {0}: student {1}, {2} issued records, {3} score entries of the year not yet issued.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_view.py" line="287"/>
        <source>Đã nhận {0}: {1} học bạ, {2} dòng quá trình học tập, {3} mục điểm.</source>
        <translation>Received {0}: {1} records, {2} enrolment history rows, {3} score entries.</translation>
    </message>
</context>
<context>
    <name>TransferSealBox</name>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="141"/>
        <source>Chưa thấy thiết bị ký của con dấu: hãy cắm thiết bị vào máy rồi bấm “Tìm thiết bị ký”.</source>
        <translation>The seal's signing device was not found: plug it into this computer and click “Find signing device”.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="150"/>
        <source>Chọn chứng thư con dấu của trường nhận</source>
        <translation>Choose the receiving school's seal certificate</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="77"/>
        <source>Chọn chứng thư…</source>
        <translation>Choose certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="145"/>
        <source>Chọn gói cần niêm phong</source>
        <translation>Choose the package to seal</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="191"/>
        <source>Chọn gói đã mã hoá</source>
        <translation>Choose the encrypted package</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="72"/>
        <location filename="../../ui/transfer_seal_box.py" line="86"/>
        <source>Chọn gói…</source>
        <translation>Choose package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="98"/>
        <source>Chứng thư con dấu:</source>
        <translation>Seal certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="35"/>
        <source>Chứng thư số (*.pem *.crt *.cer *.der *.p7b);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="34"/>
        <source>Gói chuyển trường (*.hbzip *.zip *.p7m);;Mọi tệp (*)</source>
        <translation>Transfer packages (*.hbzip *.zip *.p7m);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="184"/>
        <source>Gói chỉ được niêm phong, không mã hoá (chưa có chứng thư của trường nhận).</source>
        <translation>The package is sealed only, not encrypted (no certificate of the receiving school).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="100"/>
        <source>Gói cần niêm phong:</source>
        <translation>Package to seal:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="161"/>
        <source>Gói sẽ được mã hoá cho {0} ({1}), chứng thư hết hạn {2}.</source>
        <translation>The package will be encrypted for {0} ({1}); the certificate expires on {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="104"/>
        <source>Gói đã mã hoá nhận được:</source>
        <translation>Encrypted package received:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="181"/>
        <source>Gói đã được mã hoá cho {0}: chỉ con dấu của trường nhận mở được.</source>
        <translation>The package is encrypted for {0}: only the receiving school's seal can open it.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="197"/>
        <source>Lưu gói đã mở</source>
        <translation>Save the opened package</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="101"/>
        <source>Mã hoá cho trường nhận:</source>
        <translation>Encrypt for the receiving school:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="88"/>
        <source>Mở gói đã mã hoá…</source>
        <translation>Open encrypted package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="81"/>
        <source>Niêm phong gói (nhập PIN con dấu)</source>
        <translation>Seal the package (enter the seal's PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="60"/>
        <source>Niêm phong, mở gói bằng con dấu của trường (văn thư)</source>
        <translation>Seal and open packages with the school's seal (clerk)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="99"/>
        <source>Thiết bị ký:</source>
        <translation>Signing device:</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="68"/>
        <source>Tìm thiết bị ký</source>
        <translation>Find signing device</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="71"/>
        <source>gói do học vụ tạo (chuyển đi)</source>
        <translation>the package the academic office made (transfer out)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="85"/>
        <source>gói trường khác gửi đến, đã mã hoá cho con dấu của trường</source>
        <translation>a package from another school, encrypted for this school's seal</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="75"/>
        <source>tuỳ chọn: chứng thư con dấu của trường nhận (để mã hoá gói)</source>
        <translation>optional: the receiving school's seal certificate (to encrypt the package)</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="209"/>
        <source>Đang mở gói…</source>
        <translation>Opening the package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="173"/>
        <source>Đang niêm phong gói…</source>
        <translation>Sealing the package…</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="214"/>
        <source>Đã mở gói: {0}. Học vụ nhận học sinh từ gói này (màn hình Chuyển trường, “Nhận vào”).</source>
        <translation>Package opened: {0}. The academic office receives the student from this package (Transfers screen, “Transfer in”).</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_seal_box.py" line="179"/>
        <source>Đã niêm phong {0} (ký bởi {1}).</source>
        <translation>Sealed {0} (signed by {1}).</translation>
    </message>
</context>
<context>
    <name>TrichlucImportBox</name>
    <message>
        <location filename="../../ui/trichluc_import.py" line="55"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="58"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="66"/>
        <source>Bản scan:</source>
        <translation>Scans:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="29"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods)</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="94"/>
        <source>Chọn thư mục bản scan</source>
        <translation>Choose the scans folder</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="53"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="89"/>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="70"/>
        <source>Chọn tệp rồi bấm “Kiểm tra” (chạy thử, chưa ghi gì).</source>
        <translation>Choose a file, then click “Check” (dry run, nothing written).</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="51"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="119"/>
        <source>Có {0} lỗi: sửa tệp rồi kiểm tra lại (chưa nhập được).</source>
        <translation>{0} errors: fix the file and check again (nothing imported yet).</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="117"/>
        <source>Không có lỗi: {0} trang sẽ được lưu; bấm “Nhập”.</source>
        <translation>No errors: {0} pages will be saved; click “Import”.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="72"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="75"/>
        <source>Những trang sẽ được lưu</source>
        <translation>Pages that will be saved</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="48"/>
        <source>Thư mục chứa bản scan (mặc định: thư mục của tệp Excel)</source>
        <translation>Folder holding the scans (default: the Excel file's folder)</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="72"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="62"/>
        <source>Tệp Excel:</source>
        <translation>Excel file:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="47"/>
        <source>Tệp Excel: mỗi dòng một học sinh, một năm học</source>
        <translation>Excel file: one row per student and school year</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="72"/>
        <source>Ô</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="109"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="106"/>
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="133"/>
        <source>Đang lưu các bản chuyển đổi…</source>
        <translation>Saving the converted pages…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_import.py" line="138"/>
        <source>Đã lưu {0} bản chuyển đổi từ {1}; chờ văn thư ký số con dấu.</source>
        <translation>Saved {0} converted pages from {1}; waiting for the clerk to apply the school's digital seal.</translation>
    </message>
</context>
<context>
    <name>TrichlucPage</name>
    <message>
        <location filename="../../ui/trichluc_view.py" line="161"/>
        <source>&amp;Lưu trang chuyển đổi</source>
        <translation>&amp;Save converted page</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="130"/>
        <source>(không ghi)</source>
        <translation>(not written)</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="47"/>
        <source>Bản scan (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="324"/>
        <source>Bản scan dùng được: {0} trang.</source>
        <translation>Usable scan: {0} pages.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="150"/>
        <source>Bản scan:</source>
        <translation>Scans:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="138"/>
        <source>Chưa chọn bản scan (PDF 1.4+, PNG hoặc JPEG từ 200 dpi).</source>
        <translation>No scan chosen (PDF 1.4+, PNG or JPEG from 200 dpi).</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="310"/>
        <source>Chọn bản scan</source>
        <translation>Choose a scan</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="303"/>
        <source>Chọn bản scan của trang học bạ giấy.</source>
        <translation>Choose the scan of the paper record page.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="136"/>
        <source>Chọn bản scan…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="301"/>
        <source>Chọn học sinh.</source>
        <translation>Choose a student.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="149"/>
        <source>Danh hiệu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="147"/>
        <source>Hạnh kiểm / rèn luyện:</source>
        <translation>Conduct:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="146"/>
        <source>Học lực / kết quả:</source>
        <translation>Learning / result:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="144"/>
        <source>Học sinh:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="304"/>
        <source>Hợp lệ: bấm “Lưu trang chuyển đổi”.</source>
        <translation>Valid: click “Save converted page”.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="145"/>
        <source>Khối:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="111"/>
        <source>Ký số con dấu và phát hành</source>
        <translation>Apply the digital seal and issue</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="154"/>
        <source>Kết quả cả năm</source>
        <translation>Year result</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="149"/>
        <source>Lên lớp:</source>
        <translation>Promoted:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="146"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="154"/>
        <source>Môn học</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="150"/>
        <source>Nhận xét:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="105"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="106"/>
        <source>Nhập từng trang</source>
        <translation>Enter page by page</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="144"/>
        <source>Năm học:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="272"/>
        <source>Số buổi nghỉ “{0}” phải là số nguyên.</source>
        <translation>The number of absences “{0}” must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="148"/>
        <source>Số buổi nghỉ:</source>
        <translation>Absences:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="145"/>
        <source>Theo Thông tư:</source>
        <translation>Under circular:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="206"/>
        <source>Thông tư {0}</source>
        <translation>Circular {0}</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="125"/>
        <source>ví dụ 6A</source>
        <translation>e.g. 6A</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="318"/>
        <source>Đang kiểm tra bản scan…</source>
        <translation>Checking the scan…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="345"/>
        <source>Đang lưu bản chuyển đổi…</source>
        <translation>Saving the converted page…</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="155"/>
        <source>Điểm KT cuối năm</source>
        <translation>End-of-year test score</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="148"/>
        <source>Điểm TB các môn:</source>
        <translation>Average of all subjects:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="349"/>
        <source>Đã lưu bản chuyển đổi của {0}; chờ văn thư ký số con dấu.</source>
        <translation>Saved the converted page of {0}; waiting for the clerk to apply the school's digital seal.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="130"/>
        <source>Được lên lớp</source>
        <translation>Promoted</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_view.py" line="131"/>
        <source>Ở lại lớp</source>
        <translation>Repeats the year</translation>
    </message>
</context>
<context>
    <name>TrichlucSealBox</name>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="50"/>
        <source>&amp;Lập danh sách</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="76"/>
        <source>Bản chuyển đổi chờ ký số con dấu của trường</source>
        <translation>Converted pages waiting for the school's digital seal</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="120"/>
        <source>Chưa thấy thiết bị ký của con dấu: hãy cắm thiết bị vào máy rồi bấm “Lập danh sách”.</source>
        <translation>The seal's signing device was not found: plug it into this computer and press “List”.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="67"/>
        <source>Chứng thư con dấu:</source>
        <translation>Seal certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="152"/>
        <source>Còn {0} bản: bấm “Lập danh sách” để ký tiếp.</source>
        <translation>{0} left: click “List” to continue signing.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="62"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="55"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="59"/>
        <source>Ký số con dấu và phát hành (một lần nhập PIN)</source>
        <translation>Apply the digital seal and issue (one PIN entry)</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="55"/>
        <source>Mã học bạ, phiên bản</source>
        <translation>Record id, version</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="55"/>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="66"/>
        <source>Năm học:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="71"/>
        <source>Thiết bị ký:</source>
        <translation>Signing device:</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="49"/>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="99"/>
        <source>{0} bản chuyển đổi chờ ký số con dấu.</source>
        <translation>{0} converted pages waiting for the digital seal.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="131"/>
        <source>Đang ký… bấm “Dừng” để dừng sau bản đang ký.</source>
        <translation>Signing… click “Stop” to stop after the page being signed.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="151"/>
        <source>Đã dừng theo yêu cầu.</source>
        <translation>Stopped as requested.</translation>
    </message>
    <message>
        <location filename="../../ui/trichluc_seal.py" line="149"/>
        <source>Đã ký số con dấu và phát hành {0} bản chuyển đổi.</source>
        <translation>Applied the digital seal and issued {0} converted pages.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>{0}: chưa có trong phiên bản này.</source>
        <translation>{0}: not in this version yet.</translation>
    </message>
</context>
<context>
    <name>UnlockLockedPages</name>
    <message>
        <location filename="../../ui/signing_unlock.py" line="46"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/signing_unlock.py" line="37"/>
        <source>Lớp {0} không có học bạ nào đã khoá mà chưa ai ký.</source>
        <translation>Class {0} has no record locked and not yet signed.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_unlock.py" line="45"/>
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/signing_unlock.py" line="41"/>
        <source>Mở khoá học bạ</source>
        <translation>Unlock records</translation>
    </message>
    <message>
        <location filename="../../ui/signing_unlock.py" line="42"/>
        <source>Mở khoá {0} học bạ của lớp {1} (chưa ai ký) để sửa điểm, nhận xét.
Lý do (ghi vào nhật ký):</source>
        <translation>Unlock {0} records of class {1} (nobody signed yet) to edit scores and comments.
Reason (written to the log):</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/people_views.py" line="104"/>
        <source>Cần đặt lại mật khẩu cho: {0}</source>
        <translation>Passwords must be reset for: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="42"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="56"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="50"/>
        <source>Khoá tài khoản đang chọn</source>
        <translation>Disable the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="102"/>
        <source>MÃ KHÔI PHỤC MỚI (ghi lại ngay): {0}</source>
        <translation>NEW RECOVERY CODE (write it down now): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="58"/>
        <source>Mật khẩu ban đầu:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="48"/>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="42"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="53"/>
        <source>Tài khoản mới</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="42"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="55"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="42"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="57"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="78"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="78"/>
        <source>Đã khoá</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="100"/>
        <source>Đã khoá tài khoản và đổi khoá mã hoá cơ sở dữ liệu.</source>
        <translation>Disabled the account and changed the database encryption key.</translation>
    </message>
    <message>
        <location filename="../../ui/people_views.py" line="89"/>
        <source>Đã thêm tài khoản.</source>
        <translation>The account was added.</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="100"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="97"/>
        <source>Mật khẩu ít nhất 8 ký tự; hai lần nhập phải giống nhau.</source>
        <translation>A password has at least 8 characters; both entries must match.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Enter the password again:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="91"/>
        <source>Quản trị viên đầu tiên</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="99"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="122"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="150"/>
        <source>Lưu mã khôi phục</source>
        <translation>Save the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="122"/>
        <source>Lưu ra tệp…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>Mã khôi phục cơ sở dữ liệu học bạ số:</source>
        <translation>Recovery code of the Học bạ số database:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="113"/>
        <source>Mã khôi phục — chỉ hiển thị một lần</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Mã này mở được cơ sở dữ liệu khi quên mật khẩu quản trị. Hãy in hoặc lưu ra giấy/USB và cất ở nơi an toàn. Chương trình không lưu mã này.</source>
        <translation>This code opens the database when the administrator password is forgotten. Print it or save it on paper/USB and keep it somewhere safe. The program does not keep this code.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="125"/>
        <source>Tôi đã in hoặc lưu mã khôi phục ở nơi an toàn</source>
        <translation>I have printed or saved the recovery code somewhere safe</translation>
    </message>
</context>
<context>
    <name>_SchoolPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="50"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="64"/>
        <source>Cấp học:</source>
        <translation>School level:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="73"/>
        <source>Học bạ số (*.hocbaso)</source>
        <translation>Học bạ số (*.hocbaso)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72"/>
        <source>Lưu cơ sở dữ liệu</source>
        <translation>Save the database</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="61"/>
        <source>Lưu cơ sở dữ liệu tại:</source>
        <translation>Save the database at:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="62"/>
        <source>Mã trường:</source>
        <translation>School code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="65"/>
        <source>Sở GD&amp;&amp;ĐT:</source>
        <translation>Department of Education (Sở GD&amp;&amp;ĐT):</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48"/>
        <source>Thông tin trường</source>
        <translation>School information</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="63"/>
        <source>Tên trường:</source>
        <translation>School name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>Tỉnh/thành phố:</source>
        <translation>Province/city:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Chăm chỉ</source>
        <translation>Diligence</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Công nghệ</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giao tiếp và hợp tác</source>
        <translation>Communication and collaboration</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giáo dục công dân</source>
        <translation>Civic education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giáo dục kinh tế và pháp luật</source>
        <translation>Economic and legal education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giáo dục quốc phòng - an ninh</source>
        <translation>National defence and security education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giáo dục quốc phòng và an ninh</source>
        <translation>National defence and security education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giáo dục thể chất</source>
        <translation>Physical education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Giải quyết vấn đề và sáng tạo</source>
        <translation>Problem solving and creativity</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Hoá học</source>
        <translation>Chemistry</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Hoạt động trải nghiệm</source>
        <translation>Experiential activities</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Hoạt động trải nghiệm, hướng nghiệp</source>
        <translation>Experiential and career guidance activities</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Khoa học</source>
        <translation>Science</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Khoa học tự nhiên</source>
        <translation>Natural sciences</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Lịch sử và Địa lí</source>
        <translation>History and geography</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Mĩ thuật</source>
        <translation>Fine arts</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nghệ thuật</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nghệ thuật (Mĩ thuật)</source>
        <translation>Arts (fine arts)</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nghệ thuật (Âm nhạc)</source>
        <translation>Arts (music)</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nghệ thuật (Âm nhạc, Mĩ thuật)</source>
        <translation>Arts (music, fine arts)</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Ngoại ngữ</source>
        <translation>Foreign language</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Ngoại ngữ 1</source>
        <translation>Foreign language 1</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Ngoại ngữ 2</source>
        <translation>Foreign language 2</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Ngữ văn</source>
        <translation>Literature</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nhân ái</source>
        <translation>Kindness</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Nội dung giáo dục của địa phương</source>
        <translation>Local education content</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Sinh học</source>
        <translation>Biology</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Thẩm mĩ</source>
        <translation>Aesthetics</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Thể chất</source>
        <translation>Physical ability</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Thể dục</source>
        <translation>Physical education</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tin học</source>
        <translation>Informatics</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tin học và Công nghệ</source>
        <translation>Informatics and technology</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tiếng dân tộc</source>
        <translation>Ethnic minority language</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tiếng dân tộc thiểu số</source>
        <translation>Ethnic minority language</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Toán</source>
        <translation>Mathematics</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Trung thực</source>
        <translation>Honesty</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Trách nhiệm</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tính toán</source>
        <translation>Numeracy</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tự chủ và tự học</source>
        <translation>Autonomy and self-learning</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Tự nhiên và Xã hội</source>
        <translation>Nature and society</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Vật lí</source>
        <translation>Physics</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Yêu nước</source>
        <translation>Patriotism</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Âm nhạc</source>
        <translation>Music</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Đạo đức</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <location filename="../../resources/subjects.json" line="1"/>
        <source>Địa lí</source>
        <translation>Geography</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../cli/token_cmds.py" line="95"/>
        <source>    • {cn} — cấp bởi {issuer} — hiệu lực {start} đến {end} — {usage} — mã khóa {kid}{nokey}</source>
        <translation>    • {cn} — issued by {issuer} — valid {start} to {end} — {usage} — key id {kid}{nokey}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="329"/>
        <source>  Chữ ký này khóa tài liệu (không cho phép thay đổi sau đó).</source>
        <translation>  This signature locks the document (no later change is permitted).</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="44"/>
        <source>  Có vẻ là: {n} — {p}; tải tại {u}</source>
        <translation>  Appears to be: {n} — {p}; download at {u}</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="40"/>
        <source>  Cấp bởi: {i}</source>
        <translation>  Issued by: {i}</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="45"/>
        <source>  Dấu vân tay công bố: {f}{m}</source>
        <translation>  Published fingerprint: {f}{m}</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="119"/>
        <source>  Ghép bằng --map "{h}=&lt;cột của chương trình&gt;" hoặc --map "{h}={i}". Cột của chương trình: {t}; hoặc một cột điểm “Toán | học kì I | ĐĐGtx1”.</source>
        <translation>  Match with --map "{h}=&lt;program column&gt;" or --map "{h}={i}". Program columns: {t}; or a score column “Toán | học kì I | ĐĐGtx1”.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="48"/>
        <source>  Không có trong danh sách CA đã biết của Việt Nam (“hocbaso trust known”).</source>
        <translation>  Not in the list of known Vietnamese CAs (“hocbaso trust known”).</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="102"/>
        <source>  SHA-256 công bố: {f}</source>
        <translation>  Published SHA-256: {f}</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="41"/>
        <source>  SHA-256: {h}</source>
        <translation>  SHA-256: {h}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="327"/>
        <source>  Số hiệu chứng thư: {s}</source>
        <translation>  Certificate serial number: {s}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="326"/>
        <source>  Thời điểm ký: {t} ({note})</source>
        <translation>  Signing time: {t} ({note})</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="324"/>
        <source>  Tên in trên học bạ cho vai trò này: {n}{flag}</source>
        <translation>  Name printed on the record for this role: {n}{flag}</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="101"/>
        <source>  Tải tại: {u}</source>
        <translation>  Download at: {u}</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="173"/>
        <source>  [{i}/{n}] đã ký {name}</source>
        <translation>  [{i}/{n}] signed {name}</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="135"/>
        <source>  [{i}/{n}] đã phát hành {name}</source>
        <translation>  [{i}/{n}] issued {name}</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="125"/>
        <source>  … và {n} thay đổi khác.</source>
        <translation>  … and {n} other changes.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="86"/>
        <source> (bản đóng gói)</source>
        <translation> (packaged)</translation>
    </message>
    <message>
        <location filename="../../cli/pin_prompt.py" line="28"/>
        <source> (còn {n} lần thử)</source>
        <translation> ({n} tries left)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source> (có {f})</source>
        <translation> (including {f})</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="98"/>
        <source> (không có khóa bí mật)</source>
        <translation> (no private key)</translation>
    </message>
    <message>
        <location filename="../../services/assessment_entry.py" line="88"/>
        <source> (và {n} lỗi khác)</source>
        <translation> (and {n} other errors)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="172"/>
        <source> (với vai trò {r})</source>
        <translation> (as {r})</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="177"/>
        <source> (đã khoá)</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="332"/>
        <source> Ổ đĩa gần đầy: hãy giải phóng dung lượng.</source>
        <translation> The disk is nearly full: free some space.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="334"/>
        <source> Ổ đĩa sắp đầy.</source>
        <translation> The disk is almost full.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="325"/>
        <source> — KHÁC TÊN</source>
        <translation> — DIFFERENT NAME</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="46"/>
        <source> — KHÔNG KHỚP</source>
        <translation> — DOES NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source> — KHÔNG có phông khuyến nghị (Noto Sans)</source>
        <translation> — the recommended font (Noto Sans) is MISSING</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="46"/>
        <source> — KHỚP</source>
        <translation> — MATCHES</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="107"/>
        <source>(chưa có — đồng bộ trực tuyến hoặc sync trust-bundle-key)</source>
        <translation>(none yet — sync online, or sync trust-bundle-key)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="105"/>
        <source>(chưa có — đồng bộ trực tuyến hoặc sync trust-receipt-key)</source>
        <translation>(none — sync online or use sync trust-receipt-key)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="104"/>
        <source>(chưa cấu hình)</source>
        <translation>(not configured)</translation>
    </message>
    <message>
        <location filename="../../services/class_review.py" line="117"/>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="110"/>
        <source>(theo cài đặt của trường: điều chỉnh cả khi môn đó đánh giá bằng nhận xét)</source>
        <translation>(by the school's setting: adjusted even when that subject is assessed by comments)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest_cmds.py" line="37"/>
        <source>({i}/{n}) Đang kiểm tra: {t}…</source>
        <translation>({i}/{n}) Checking: {t}…</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="21"/>
        <source>(đã đặt)</source>
        <translation>(set)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="100"/>
        <source>--database phải là địa chỉ PostgreSQL (postgresql://…).</source>
        <translation>--database must be a PostgreSQL address (postgresql://…).</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="85"/>
        <source>--subject cần dạng MÔN=GIÁ TRỊ: “{s}”.</source>
        <translation>--subject needs the form SUBJECT=VALUE: “{s}”.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="121"/>
        <source>--workers phải từ 1 trở lên.</source>
        <translation>--workers must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="175"/>
        <source>; lý do: {r}</source>
        <translation>; reason: {r}</translation>
    </message>
    <message>
        <location filename="../../sync/sender.py" line="170"/>
        <source>Biên nhận của máy chủ không hợp lệ.</source>
        <translation>The server's receipt is not valid.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="312"/>
        <source>Biên nhận không đến từ hệ thống trung tâm đã cấu hình của trường nên không được ghi nhận.</source>
        <translation>The receipt does not come from the school's configured central system, so it was not recorded.</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="182"/>
        <source>Bạn chỉ được xem bảng này.</source>
        <translation>You may only view this sheet.</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="229"/>
        <source>Bạn không có quyền nhập điểm cho bảng này.</source>
        <translation>You may not enter scores on this sheet.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="200"/>
        <source>Bản chuyển đổi chỉ có chữ ký con dấu: chứng thư phải là của nhà trường.</source>
        <translation>A converted page is signed by the seal alone: the certificate must be the school's.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="274"/>
        <source>Bản cài đặt này không kèm máy chủ trung tâm tham chiếu; hãy chạy lệnh từ mã nguồn (make run) để dùng máy chủ thử nghiệm.</source>
        <translation>This installation does not include the reference central server; run the command from the source code (make run) to use the test server.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="238"/>
        <location filename="../../services/issued.py" line="28"/>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="59"/>
        <source>Bản sao lưu bị hỏng (kiểm tra cấu trúc không đạt).</source>
        <translation>The backup is damaged (the structure check failed).</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="57"/>
        <source>Bản sao lưu bị hỏng (kiểm tra mã hoá không đạt).</source>
        <translation>The backup is damaged (the encryption check failed).</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="67"/>
        <source>Bản sao lưu bị hỏng: {e}</source>
        <translation>The backup is damaged: {e}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="63"/>
        <source>Bản sao lưu thuộc về trường khác.</source>
        <translation>The backup belongs to another school.</translation>
    </message>
    <message>
        <location filename="../../signing/xml_form.py" line="68"/>
        <source>Bảng dữ liệu “{t}” không có trong lược đồ XML.</source>
        <translation>The data table “{t}” is not in the XML schema.</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="116"/>
        <source>Bảng tổng hợp được in theo lớp: dùng --class.</source>
        <translation>Summary sheets are printed per class: use --class.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="108"/>
        <source>Bỏ qua kết quả kiểm tra lại không thuộc diện phải kiểm tra lại: {c}.</source>
        <translation>Ignored retest results of subjects that did not need a retest: {c}.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="207"/>
        <source>Bộ đọc bảng tính không chạy được (mã {c}); hãy cài lại chương trình.</source>
        <translation>The spreadsheet reader could not start (code {c}); please reinstall the program.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="99"/>
        <source>CA cấp dưới</source>
        <translation>subordinate CA</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="40"/>
        <source>CKA_ID (hex) khi thiết bị có nhiều chứng thư</source>
        <translation>CKA_ID (hex) when the device holds several certificates</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="208"/>
        <source>Cho một tệp .pdf, một tệp .xml, hoặc một tệp mỗi loại.</source>
        <translation>Give one .pdf file, one .xml file, or one file of each.</translation>
    </message>
    <message>
        <location filename="../../services/legacy_pages.py" line="174"/>
        <source>Chuẩn bị ký {n} bản chuyển đổi…</source>
        <translation>Preparing to sign {n} converted pages…</translation>
    </message>
    <message>
        <location filename="../../services/signing.py" line="133"/>
        <source>Chuẩn bị ký {n} học bạ…</source>
        <translation>Preparing to sign {n} records…</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="282"/>
        <source>Chuỗi nhật ký khớp: {n} mục.</source>
        <translation>The audit log chain matches: {n} entries.</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="77"/>
        <source>Chưa có chứng thư gốc tin cậy nào. Quản trị viên cần thêm bằng lệnh “hocbaso trust add”.</source>
        <translation>There is no trusted root certificate yet. The administrator must add one with “hocbaso trust add”.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="226"/>
        <source>Chưa có chứng thư gốc tin cậy: chỉ ra cơ sở dữ liệu của trường (--db) hoặc chứng thư gốc (--trust tệp hoặc thư mục); không chữ ký nào được coi là tin cậy.</source>
        <translation>No trusted root: give the school's database (--db) or root certificates (--trust file or folder); no signature is considered trusted.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="182"/>
        <source>Chưa có kết quả môn học nào.</source>
        <translation>No subject result yet.</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="44"/>
        <location filename="../../dataio/templates.py" line="198"/>
        <location filename="../../services/reports.py" line="110"/>
        <source>Chưa có năm học nào.</source>
        <translation>There is no school year yet.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="60"/>
        <source>Chưa có năm học nào: cho biết năm học (--year 2025-2026).</source>
        <translation>There is no school year yet: give the school year (--year 2025-2026).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="246"/>
        <source>Chưa có phần mềm thiết bị ký (thư viện PKCS#11) nào trên máy; hãy cài phần mềm của nhà cung cấp thiết bị ký trước khi ký số.</source>
        <translation>No signing device software (PKCS#11 library) is installed on this computer; install the device vendor's software before signing.</translation>
    </message>
    <message>
        <location filename="../../services/timestamps.py" line="67"/>
        <source>Chưa cấu hình hoặc không kết nối được máy chủ cấp dấu thời gian (cài đặt {k}).</source>
        <translation>The timestamp server is not configured or cannot be reached (setting {k}).</translation>
    </message>
    <message>
        <location filename="../../services/timestamps.py" line="83"/>
        <source>Chưa cấu hình hoặc không kết nối được máy chủ cấp dấu thời gian (quản trị viên đặt ở màn hình Cài đặt, mục “Máy chủ cấp dấu thời gian (RFC 3161)”).</source>
        <translation>No timestamp server is configured, or it cannot be reached (the administrator sets it on the Settings screen, “Timestamp server (RFC 3161)”).</translation>
    </message>
    <message>
        <location filename="../../services/receipt_trust.py" line="22"/>
        <location filename="../../services/receipt_trust.py" line="41"/>
        <source>Chưa cấu hình địa chỉ hệ thống trung tâm (sync configure).</source>
        <translation>The central system's address is not configured (sync configure).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="109"/>
        <source>Chưa cấu hình địa chỉ máy chủ hoặc mã truy cập (API token) để đồng bộ. Dùng: hocbaso sync configure --server URL --api-token MÃ</source>
        <translation>The server address or the access token (API token) for syncing is not configured. Use: hocbaso sync configure --server URL --api-token TOKEN</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="77"/>
        <location filename="../../domain/record_book.py" line="25"/>
        <location filename="../../domain/record_book.py" line="27"/>
        <location filename="../../domain/tt27.py" line="24"/>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="146"/>
        <location filename="../../domain/tt27.py" line="203"/>
        <source>Chưa hoàn thành chương trình lớp {g}</source>
        <translation>Has not completed the grade {g} programme</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="197"/>
        <source>Chưa hoàn thành chương trình {n}</source>
        <translation>Has not completed the {n} programme</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="347"/>
        <source>Chưa kiểm tra tình trạng thu hồi chứng thư (không có dữ liệu thu hồi ngoại tuyến).</source>
        <translation>Certificate revocation not checked (no offline revocation data).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="107"/>
        <source>Chưa kết nối được dịch vụ ký; sẽ gửi khi có kết nối.</source>
        <translation>The signing service cannot be reached yet; the batch will be sent when a connection appears.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="237"/>
        <source>Chưa nhập mã PIN.</source>
        <translation>No PIN entered.</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="152"/>
        <source>Chưa xác nhận dấu vân tay SHA-256 của “{s}” ({h}); không thêm chứng thư nào.</source>
        <translation>The SHA-256 fingerprint of “{s}” ({h}) was not confirmed; no certificate was added.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="62"/>
        <source>Chưa xác nhận dấu vân tay; không thêm chứng thư nào. Chạy lại và xác nhận, hoặc dùng --fingerprint &lt;SHA-256&gt; sau khi đã đối chiếu.</source>
        <translation>Fingerprint not confirmed; no certificate was added. Run again and confirm, or use --fingerprint &lt;SHA-256&gt; after checking it.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="129"/>
        <source>Chưa xét lên lớp: thiếu kết quả học tập, rèn luyện hoặc số buổi nghỉ cả năm.</source>
        <translation>Promotion not decided yet: the learning result, the conduct result or the year's absences are missing.</translation>
    </message>
    <message>
        <location filename="../../storage/remote_repo.py" line="112"/>
        <source>Chưa đăng ký dịch vụ ký số từ xa “{n}” (lệnh “hocbaso remote add”).</source>
        <translation>The remote signing service “{n}” is not registered (command “hocbaso remote add”).</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="63"/>
        <source>Chưa đăng nhập vào cơ sở dữ liệu của trường.</source>
        <translation>Not signed in to the school's database.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="50"/>
        <location filename="../../domain/record_book.py" line="29"/>
        <location filename="../../domain/tt22_learning.py" line="22"/>
        <source>Chưa đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../services/class_review.py" line="54"/>
        <location filename="../../services/class_review.py" line="59"/>
        <source>Chưa đủ dữ liệu</source>
        <translation>Not enough data</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="139"/>
        <source>Chưa đủ dữ liệu cuối năm để đánh giá kết quả giáo dục.</source>
        <translation>Not enough end-of-year data to assess the educational result.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.
Vui lòng gửi tệp nhật ký sau cho bộ phận hỗ trợ:
{path}</source>
        <translation>The program hit an unexpected error. The saved data is not affected.
Please send the following log file to support:
{path}</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="35"/>
        <source>Chương trình đã dừng khi đang chờ xác nhận trên điện thoại; lô ký sẽ được gửi lại lần chạy nền sau.</source>
        <translation>The program stopped while waiting for the phone approval; the batch will be sent again by the next background run.</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="71"/>
        <source>Chạy thử: không có lỗi. Chạy lại không có --dry-run để lưu.</source>
        <translation>Dry run: no errors. Run again without --dry-run to save.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="130"/>
        <source>Chạy thử: không có lỗi. Chạy lại không có --dry-run để nhập.</source>
        <translation>Dry run: no errors. Run again without --dry-run to import.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="130"/>
        <source>Chỉ có {k} môn đạt từ {t} trở lên (cần 6) nên không đạt mức {lv}.</source>
        <translation>Only {k} subjects reached {t} or more (6 are needed), so the level {lv} is not reached.</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="231"/>
        <source>Chỉ nhận: {c}.</source>
        <translation>Accepted only: {c}.</translation>
    </message>
    <message>
        <location filename="../../signing/issuance.py" line="378"/>
        <source>Chỉ thu hồi được học bạ đã phát hành (phiên bản mới nhất).</source>
        <translation>Only an issued record (the newest version) can be revoked.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="192"/>
        <source>Chỉ thu hồi được học bạ đã phát hành.</source>
        <translation>Only an issued record can be revoked.</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="170"/>
        <source>Chỉ thêm được chứng thư gốc (CA tự ký) bằng lệnh này; chứng thư CA trung gian được thêm bằng “hocbaso trust add” (tệp PEM, DER hoặc .p7b).</source>
        <translation>Only a root certificate (self-signed CA) can be added this way; intermediate CA certificates are added with “hocbaso trust add” (PEM, DER or .p7b file).</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="109"/>
        <source>Chờ gửi: {p}; đã gửi: {d}; cần người xử lý: {n}; thông báo từ trung tâm: {t}.</source>
        <translation>Waiting to be sent: {p}; sent: {d}; need attention: {n}; messages from the centre: {t}.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="138"/>
        <source>Chờ kết quả kiểm tra lại để xét lên lớp.</source>
        <translation>Waiting for the retest results to decide promotion.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="132"/>
        <source>Chờ kết quả rèn luyện trong hè để xét lên lớp.</source>
        <translation>Waiting for the summer conduct result to decide promotion.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="38"/>
        <source>Chứng thư CA trung gian</source>
        <translation>Intermediate CA certificate</translation>
    </message>
    <message>
        <location filename="../../signing/identity.py" line="101"/>
        <source>Chứng thư con dấu mang tên “{c}”, không phải tên trường “{a}”.</source>
        <translation>The seal certificate names “{c}”, not the school “{a}”.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="167"/>
        <source>Chứng thư của dịch vụ ký không phải chứng thư đã đăng ký cho tài khoản “{u}”.</source>
        <translation>The signing service's certificate is not the one registered for the account “{u}”.</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="65"/>
        <source>Chứng thư của tổ chức cấp chứng thư cho người ký đã bị thu hồi lúc {t} ({r}). Không ký được.</source>
        <translation>The certificate of the authority that issued the signer's certificate was revoked at {t} ({r}). Signing is not possible.</translation>
    </message>
    <message>
        <location filename="../../signing/export.py" line="140"/>
        <source>Chứng thư của đơn vị ký mã QR không hợp lệ: {e}</source>
        <translation>The certificate of the unit that signed the QR code is not valid: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="74"/>
        <source>Chứng thư của “{n}” chỉ dùng để ký (không có mục đích mã hoá khoá — keyEncipherment), nên không mã hoá gói cho trường nhận được. Gói vẫn được niêm phong; hãy xin trường nhận chứng thư dùng được để mã hoá, hoặc gửi gói chỉ niêm phong.</source>
        <translation>The certificate of “{n}” is for signing only (no key encipherment usage — keyEncipherment), so the package cannot be encrypted for the receiving school. The package can still be sealed; ask the receiving school for a certificate usable for encryption, or send the package sealed only.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="67"/>
        <source>Chứng thư của “{n}” không phải khoá RSA nên không mã hoá gói cho nó được; gói chỉ được niêm phong.</source>
        <translation>The certificate of “{n}” is not an RSA key, so the package cannot be encrypted for it; the package is only sealed.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="81"/>
        <source>Chứng thư của “{n}” không xác minh được theo danh sách tin cậy của trường (hết hạn, hoặc do tổ chức chưa được tin cậy cấp): không mã hoá cho chứng thư này.</source>
        <translation>The certificate of “{n}” cannot be verified against the school's trust list (expired, or issued by an organisation not yet trusted): nothing is encrypted for this certificate.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="38"/>
        <source>Chứng thư gốc (trust anchor)</source>
        <translation>Root certificate (trust anchor)</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="92"/>
        <source>Chứng thư ký số từ xa cần mã OTP (dòng lệnh: --otp-file).</source>
        <translation>The remote signing certificate needs an OTP (command line: --otp-file).</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="91"/>
        <source>Chứng thư ký số từ xa cần mã PIN (dòng lệnh: --pin-file).</source>
        <translation>The remote signing certificate needs a PIN (command line: --pin-file).</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="102"/>
        <source>Chứng thư ký số từ xa đã bị khóa (nhập sai mã PIN/OTP quá số lần cho phép); hãy liên hệ nhà cung cấp dịch vụ để mở khóa.</source>
        <translation>The remote signing credential is locked (too many wrong PIN/OTP entries); ask the service provider to unlock it.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="152"/>
        <source>Chứng thư số của chữ ký XML không hợp lệ: {e}</source>
        <translation>The certificate of the XML signature is not valid: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="63"/>
        <source>Chứng thư số của người ký đã bị thu hồi lúc {t} ({r}). Không ký được: hãy liên hệ tổ chức cung cấp chữ ký số để được cấp chứng thư mới.</source>
        <translation>The signer's certificate was revoked at {t} ({r}). Signing is not possible: contact the digital signature provider for a new certificate.</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="64"/>
        <source>Chứng thư số của {who} chưa có hiệu lực (từ {d}).</source>
        <translation>The certificate of {who} is not valid yet (from {d}).</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="75"/>
        <source>Chứng thư số của {who} không có mục đích ký số (digitalSignature).</source>
        <translation>The certificate of {who} does not allow digital signatures (digitalSignature).</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="83"/>
        <source>Chứng thư số của {who} không được cấp bởi tổ chức trong danh sách tin cậy (hoặc chuỗi chứng thư không hợp lệ). Tổ chức cấp: “{issuer}”. Hãy thêm chứng thư gốc và chứng thư CA trung gian của tổ chức này bằng “hocbaso trust add” (PEM, DER hoặc .p7b).</source>
        <translation>The certificate of {who} is not issued by an organisation in the trust list (or the chain is invalid). Issuer: “{issuer}”. Add this organisation's root and intermediate CA certificates with “hocbaso trust add” (PEM, DER or .p7b).</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="67"/>
        <source>Chứng thư số của {who} đã hết hạn ngày {d}.</source>
        <translation>The certificate of {who} expired on {d}.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="151"/>
        <source>Chứng thư số không có mục đích ký số (digitalSignature/nonRepudiation).</source>
        <translation>The certificate does not allow digital signatures (digitalSignature/nonRepudiation).</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="157"/>
        <source>Chứng thư số không được cấp bởi tổ chức nằm trong danh sách tin cậy, đã hết hạn, bị thu hồi hoặc chưa có hiệu lực tại thời điểm ký, hoặc không có mục đích ký số. Hãy kiểm tra bằng danh sách tin cậy của trường (--db) hoặc chỉ ra chứng thư gốc (--trust).</source>
        <translation>The certificate is not issued by a trusted organisation, was expired, revoked or not yet valid when signing, or is not for signing. Verify with the school's trust list (--db) or give the root certificate (--trust).</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="126"/>
        <source>Chứng thư số này đã được đăng ký cho một tài khoản khác; mỗi chứng thư chỉ thuộc một người.</source>
        <translation>This certificate is already registered to another account; each certificate belongs to one person.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="94"/>
        <source>Chứng thư số trên dịch vụ ký từ xa đang bị khóa hoặc tạm ngưng; hãy liên hệ nhà cung cấp dịch vụ.</source>
        <translation>The certificate on the remote signing service is locked or suspended; contact the service provider.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="106"/>
        <source>Chứng thư số trên dịch vụ ký từ xa đã hết hạn; hãy gia hạn rồi nhờ quản trị viên đăng ký lại (hocbaso certs bind --remote).</source>
        <translation>The certificate at the remote signing service has expired; renew it, then ask the administrator to bind it again (hocbaso certs bind --remote).</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="166"/>
        <source>Chứng thư số trên thiết bị ký không phải chứng thư đã đăng ký cho tài khoản “{u}” với vai trò này.</source>
        <translation>The certificate on the signing device is not the one registered for the account “{u}” with this role.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="136"/>
        <source>Chứng thư trên dịch vụ ký đã thay đổi so với lúc đăng ký; quản trị viên cần đăng ký lại (hocbaso certs bind --remote).</source>
        <translation>The certificate on the signing service has changed since it was registered; the administrator must register it again (hocbaso certs bind --remote).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="96"/>
        <source>Chứng thư “{c}” đang bị khóa trên dịch vụ ký.</source>
        <translation>The certificate “{c}” is locked on the signing service.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="146"/>
        <source>Chữ ký XML không hợp lệ: {e}</source>
        <translation>The XML signature is not valid: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="192"/>
        <source>Chữ ký XML {i}: {who} — {role} — {r}</source>
        <translation>XML signature {i}: {who} — {role} — {r}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="294"/>
        <source>Chữ ký cuối cùng ({r}) không khóa tài liệu: tài liệu vẫn có thể bị thêm chữ ký hoặc sửa đổi.</source>
        <translation>The last signature ({r}) does not lock the document: signatures or changes can still be added.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="140"/>
        <source>Chữ ký không kèm chứng thư số.</source>
        <translation>The signature carries no certificate.</translation>
    </message>
    <message>
        <location filename="../../signing/qr.py" line="147"/>
        <source>Chữ ký trên mã QR không hợp lệ, hoặc không có chứng thư của đơn vị đã ký.</source>
        <translation>The signature on the QR code is not valid, or the certificate of the unit that signed it is missing.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="322"/>
        <source>Chữ ký {i}: {who} — {role}</source>
        <translation>Signature {i}: {who} — {role}</translation>
    </message>
    <message>
        <location filename="../../domain/personal_id.py" line="43"/>
        <source>Chữ số thứ 4 của số định danh không hợp lệ.</source>
        <translation>The 4th digit of the personal ID number is not valid.</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="106"/>
        <source>Con dấu của trường</source>
        <translation>School seal</translation>
    </message>
    <message>
        <location filename="../../services/transfers.py" line="205"/>
        <source>Con dấu của trường được gắn với dịch vụ ký từ xa; niêm phong gói chuyển trường cần thiết bị ký (USB token) của con dấu.</source>
        <translation>The school's seal is bound to a remote signing service; sealing a transfer package needs the seal's signing device (USB token).</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="64"/>
        <source>Cài đặt, chứng thư số, đợt nhập</source>
        <translation>Settings, certificates, entry windows</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="97"/>
        <location filename="../../domain/tt27.py" line="161"/>
        <source>Các mục đánh giá thuộc nhiều học sinh khác nhau.</source>
        <translation>The assessment entries belong to several different students.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="224"/>
        <source>Các tài khoản sau cần được đặt lại mật khẩu (users passwd): {u}</source>
        <translation>These accounts need a password reset (users passwd): {u}</translation>
    </message>
    <message>
        <location filename="../../dataio/column_maps.py" line="59"/>
        <source>Cách ghép cột “{m}” phải có dạng “Tên cột trong tệp=Tên cột của chương trình”.</source>
        <translation>Column mapping “{m}” must have the form “Column in the file=Program column”.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="289"/>
        <source>Có chữ ký của vai trò không nằm trong danh sách người ký của học bạ: {r}.</source>
        <translation>Signed by a role that is not among the record's signers: {r}.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="204"/>
        <source>Có giá trị đánh giá chưa được kiểm tra hợp lệ (cần qua validate_entry).</source>
        <translation>Some assessment values were not validated (they must go through validate_entry).</translation>
    </message>
    <message>
        <location filename="../../services/students.py" line="22"/>
        <source>Cơ sở dữ liệu chưa có lớp học nào.</source>
        <translation>The database has no class yet.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="53"/>
        <source>Cơ sở dữ liệu chưa có thông tin trường.</source>
        <translation>The database has no school information yet.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="138"/>
        <source>Cơ sở dữ liệu mã hóa (SQLCipher)</source>
        <translation>Encrypted database (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../storage/migrations.py" line="54"/>
        <source>Cơ sở dữ liệu này được tạo bởi phiên bản mới hơn của chương trình (lược đồ {v} &gt; {n}). Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.</source>
        <translation>This database was created by a newer version of the program (schema {v} &gt; {n}). Install the latest version; the data was not changed.</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="56"/>
        <source>Cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy thử lại.</source>
        <translation>The database is being used by another program. Please try again.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="82"/>
        <source>Cơ sở dữ liệu đang được dùng (một cửa sổ khác hoặc đồng bộ nền). Hãy đóng chúng rồi khôi phục lại; chưa có gì thay đổi.</source>
        <translation>The database is in use (another window or the background sync). Close them, then restore again; nothing has changed yet.</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="155"/>
        <source>Cơ sở dữ liệu đã có học sinh của tệp này; không nhập lại.</source>
        <translation>The database already holds the students of this file; not imported again.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="115"/>
        <source>Cảnh báo {p}</source>
        <translation>Warning {p}</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="86"/>
        <source>Cảnh báo: đồng hồ máy tính lệch {s} giây so với máy chủ; hãy chỉnh lại giờ.</source>
        <translation>Warning: the computer's clock is {s} seconds off the server's; please correct the time.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="160"/>
        <source>Cảnh báo: “{f}” là gói kiểu cũ (mã hoá bằng mã truy cập, không phải khoá của trung tâm); được nhận đến hết ngày {d} vì đã dùng --accept-old-bundle. Hãy để trường xuất lại gói bằng phiên bản mới.</source>
        <translation>Warning: “{f}” is an old-format bundle (encrypted with the access token, not the centre's key); it is accepted until {d} because --accept-old-bundle was given. Ask the school to export the bundle again with the new version.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="199"/>
        <source>Cấp học “{l}” không áp dụng Thông tư 22.</source>
        <translation>The school level “{l}” does not follow Circular 22.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="87"/>
        <source>Cấp {level} không có lớp {grade}.</source>
        <translation>The level {level} has no grade {grade}.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="191"/>
        <source>Cần --record, hoặc --class (và --year nếu không phải năm học mới nhất).</source>
        <translation>Needs --record, or --class (and --year when it is not the latest school year).</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="100"/>
        <source>Cần --remote-user (tên đăng nhập của giáo viên tại dịch vụ ký).</source>
        <translation>--remote-user is needed (the teacher's user name at the signing service).</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="111"/>
        <source>Cần --token-serial (thiết bị ký) hoặc --remote (dịch vụ ký số từ xa).</source>
        <translation>--token-serial (signing device) or --remote (remote signing service) is needed.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="47"/>
        <source>Cần client id và khóa bí mật (client secret) của tài khoản trường tại dịch vụ.</source>
        <translation>The client id and the client secret of the school's account at the service are needed.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="78"/>
        <location filename="../../domain/record_book.py" line="28"/>
        <source>Cần cố gắng</source>
        <translation>Needs effort</translation>
    </message>
    <message>
        <location filename="../../services/signing.py" line="112"/>
        <source>Cần ghi lý do mở khoá.</source>
        <translation>A reason for unlocking is needed.</translation>
    </message>
    <message>
        <location filename="../../signing/issuance.py" line="373"/>
        <source>Cần ghi lý do thu hồi.</source>
        <translation>A reason for the revocation is required.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="174"/>
        <source>Cần kèm cặp, hỗ trợ và đánh giá bổ sung trước khi xét hoàn thành chương trình lớp học (Điều 11).</source>
        <translation>Needs tutoring, support and a further assessment before completing the grade programme is decided (Article 11).</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="156"/>
        <source>Cần mã truy cập: dùng --api-token hoặc biến HOCBASO_API_TOKEN.</source>
        <translation>An access token is needed: use --api-token or the variable HOCBASO_API_TOKEN.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="189"/>
        <source>Cần mật khẩu mới: nhập khi được hỏi hoặc đặt HOCBASO_NEW_PASSWORD.</source>
        <translation>A new password is needed: type it when asked or set HOCBASO_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="49"/>
        <source>Cần mật khẩu: nhập khi được hỏi hoặc đặt biến môi trường HOCBASO_PASSWORD.</source>
        <translation>A password is needed: type it when asked or set the environment variable HOCBASO_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <source>Cần nhập</source>
        <translation>To enter</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="32"/>
        <source>Cần quan tâm</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="60"/>
        <source>Cần tên đăng nhập: dùng --user hoặc biến môi trường HOCBASO_USER.</source>
        <translation>A user name is needed: use --user or the environment variable HOCBASO_USER.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="97"/>
        <source>Cần đúng một trong hai: --data THƯ_MỤC hoặc --database postgresql://…</source>
        <translation>Give exactly one of: --data FOLDER or --database postgresql://…</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="179"/>
        <source>Cần đăng nhập thiết bị ký (nhập PIN) trước khi ký.</source>
        <translation>Log in to the signing device (enter the PIN) before signing.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="295"/>
        <source>Cần đăng nhập thiết bị ký {serial} (nhập PIN) trước khi ký.</source>
        <translation>Log in to the signing device {serial} (enter the PIN) before signing.</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="191"/>
        <source>Cập nhật học sinh {n}: {f}.</source>
        <translation>Updated student {n}: {f}.</translation>
    </message>
    <message>
        <location filename="../../signing/demo_remote.py" line="55"/>
        <source>Cổng {p} đang bận: chọn cổng khác bằng --csc-port.</source>
        <translation>Port {p} is busy: choose another with --csc-port.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="117"/>
        <source>Cột chưa nhận ra (bị bỏ qua nếu không ghép): {c}</source>
        <translation>Columns not recognised (skipped unless matched): {c}</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc_xlsx.py" line="131"/>
        <source>Cột “{h}” không phải môn học hay thông tin đã biết.</source>
        <translation>The column “{h}” is not a subject or a known field.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="209"/>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="158"/>
        <source>Danh hiệu Học sinh Giỏi: rèn luyện Tốt, học tập Tốt; chỉ {k} môn có điểm cả năm từ 9.0 trở lên (cần 6 cho Học sinh Xuất sắc).</source>
        <translation>Good Student title: conduct Good, learning Good; only {k} subjects have a year score of 9.0 or more (6 needed for Excellent Student).</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="155"/>
        <source>Danh hiệu Học sinh Xuất sắc: rèn luyện Tốt, học tập Tốt và {k} môn có điểm cả năm từ 9.0 trở lên.</source>
        <translation>Excellent Student title: conduct Good, learning Good and {k} subjects with a year score of 9.0 or more.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="76"/>
        <source>Danh sách tin cậy (thư mục chứng thư gốc)</source>
        <translation>Trust list (folder of root certificates)</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="87"/>
        <source>Danh sách tin cậy trống. Thêm chứng thư gốc bằng “hocbaso trust add”.</source>
        <translation>The trust list is empty. Add root certificates with “hocbaso trust add”.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="143"/>
        <source>Danh sách tin cậy và chứng thư HTTPS</source>
        <translation>Trust list and HTTPS certificates</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="19"/>
        <source>Diễn giải</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="269"/>
        <source>Dạng XML của học bạ năm {y} không xác thực được: {r}</source>
        <translation>The XML form of the record of year {y} could not be verified: {r}</translation>
    </message>
    <message>
        <location filename="../../signing/package_seal.py" line="60"/>
        <source>Dấu niêm phong của gói không hợp lệ: gói đã bị sửa sau khi niêm phong, hoặc không do trường gửi niêm phong.</source>
        <translation>The package's seal is not valid: the package was changed after sealing, or was not sealed by the sending school.</translation>
    </message>
    <message>
        <location filename="../../signing/package_seal.py" line="84"/>
        <source>Dấu niêm phong của gói không được tin cậy: {m}</source>
        <translation>The package's seal is not trusted: {m}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="255"/>
        <source>Dấu thời gian của tài liệu không hợp lệ hoặc không được tin cậy.</source>
        <translation>The document timestamp is not valid or not trusted.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="342"/>
        <source>Dấu thời gian của tài liệu: {t}</source>
        <translation>Document timestamp: {t}</translation>
    </message>
    <message>
        <location filename="../../sync/pinning.py" line="120"/>
        <source>Dấu vân tay không khớp với khoá đã nhập: không ghi nhận. Hãy đối chiếu lại với văn bản của Sở.</source>
        <translation>The fingerprint does not match the key entered: not recorded. Check it again against the Department's letter.</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="103"/>
        <source>Dấu vân tay ở trên chép từ trang của tổ chức phát hành, chương trình chưa xác minh. Không chứng thư nào được tin cậy khi chưa được quản trị viên xác nhận.</source>
        <translation>The fingerprints above are copied from the publishers' sites and not verified by the program. No certificate is trusted until the administrator confirms it.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="240"/>
        <location filename="../../cli/server_cmds.py" line="253"/>
        <source>Dấu vân tay: {f}</source>
        <translation>Fingerprint: {f}</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="78"/>
        <source>Dịch vụ không có chứng thư “{c}” của người dùng “{u}”.</source>
        <translation>The service has no certificate “{c}” of the user “{u}”.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="112"/>
        <source>Dịch vụ ký số từ xa báo lỗi: {d}</source>
        <translation>The remote signing service reports an error: {d}</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="111"/>
        <source>Dịch vụ ký số từ xa trả lời không đúng giao thức CSC: {d}</source>
        <translation>The remote signing service answered outside the CSC protocol: {d}</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="104"/>
        <source>Dịch vụ ký số từ xa từ chối số chữ ký trong một lần ủy quyền (vượt giới hạn multisign mà dịch vụ công bố); hãy báo quản trị viên.</source>
        <translation>The remote signing service refused the number of signatures in one authorization (above the multisign limit it announces); tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="108"/>
        <source>Dịch vụ ký số từ xa “{s}” từ chối tài khoản kết nối của trường (client id hoặc khóa bí mật sai).</source>
        <translation>The remote signing service “{s}” refused the school's connection account (wrong client id or client secret).</translation>
    </message>
    <message>
        <location filename="../../services/remote_signing.py" line="36"/>
        <source>Dịch vụ đang ký…</source>
        <translation>The service is signing…</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="138"/>
        <source>Dừng lại: {m}
Chạy lại lệnh để ký tiếp {r} bản còn lại.</source>
        <translation>Stopped: {m}
Run the command again to sign the remaining {r} pages.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="176"/>
        <source>Dừng lại: {m}
Chạy lại lệnh để ký tiếp {r} học bạ còn lại.</source>
        <translation>Stopped: {m}
Run the command again to sign the remaining {r} records.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="161"/>
        <source>Dừng lại: {m}
{r} học bạ vẫn ở trạng thái chờ ký; lô ký được giữ lại và sẽ được gửi khi chạy lại lệnh (khi có mạng).</source>
        <translation>Stopped: {m}
{r} records are still waiting for signing; the batch is kept and will be sent when the command runs again (with a network).</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="54"/>
        <source>Dữ liệu bị trùng: {e}</source>
        <translation>Duplicate data: {e}</translation>
    </message>
    <message>
        <location filename="../../storage/outbox.py" line="85"/>
        <source>Dữ liệu gửi đi không ở dạng chuẩn RFC 8785.</source>
        <translation>The data sent is not in the RFC 8785 canonical form.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="65"/>
        <source>Dữ liệu gửi đi lớn hơn mức hệ thống trung tâm cho phép.</source>
        <translation>The data sent is larger than the central system allows.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="270"/>
        <source>Dữ liệu học bạ (payload.json) không khớp với mã băm đã ký trong tài liệu.</source>
        <translation>The record data (payload.json) does not match the hash signed in the document.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="279"/>
        <source>Dữ liệu học bạ (payload.json) không phải JSON hợp lệ.</source>
        <translation>The record data (payload.json) is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="336"/>
        <source>Dữ liệu học bạ: KHÔNG khớp.</source>
        <translation>Record data: does NOT match.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="335"/>
        <source>Dữ liệu học bạ: khớp với tài liệu đã ký (SHA-256 {h}).</source>
        <translation>Record data: matches the signed document (SHA-256 {h}).</translation>
    </message>
    <message>
        <location filename="../../services/class_review.py" line="52"/>
        <source>Dữ liệu lỗi</source>
        <translation>Bad data</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="181"/>
        <source>Dữ liệu trong tệp XML không khớp với dữ liệu học bạ (payload.json) của tệp PDF.</source>
        <translation>The data in the XML file does not match the record data (payload.json) of the PDF file.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="73"/>
        <source>Gia hạn dấu thời gian lưu trữ trước (ngày)</source>
        <translation>Renew the archive timestamp ahead of time (days)</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="155"/>
        <source>Giá trị chữ ký không đúng với chứng thư số.</source>
        <translation>The signature value does not match the certificate.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="37"/>
        <source>Giá trị phải là số nguyên từ {a} đến {b}.</source>
        <translation>The value must be a whole number from {a} to {b}.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="44"/>
        <source>Giá trị quá dài (tối đa 1000 ký tự).</source>
        <translation>The value is too long (at most 1000 characters).</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc_xlsx.py" line="173"/>
        <source>Giá trị “{v}” không hợp lệ.</source>
        <translation>The value “{v}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <location filename="../../domain/model.py" line="164"/>
        <source>Giáo viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="89"/>
        <source>Giáo viên bộ môn</source>
        <translation>Subject teacher</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="88"/>
        <location filename="../../domain/glossary.py" line="105"/>
        <source>Giáo viên chủ nhiệm</source>
        <translation>Homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="149"/>
        <source>Giáo viên {u} ký số từ xa qua dịch vụ mẫu {url} (người dùng {r}, mã PIN {pin}). Chạy dịch vụ bằng: python -m hocbaso_server.csc --state {d} --port {p}</source>
        <translation>Teacher {u} signs remotely through the demo service {url} (user {r}, PIN {pin}). Run the service with: python -m hocbaso_server.csc --state {d} --port {p}</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="36"/>
        <source>Giỏi</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="235"/>
        <source>Gói chuyển trường chưa được trường gửi niêm phong (ký số) nên {n} giá trị đánh giá trong gói không có chữ ký: không nhận. Hãy đề nghị trường gửi niêm phong gói, hoặc nhập tay các giá trị này (--nhap-tay) trong đợt nhập điểm đang mở.</source>
        <translation>The transfer package was not sealed (digitally signed) by the sending school, so {n} assessment values in it are unsigned: not received. Ask the sending school to seal the package, or enter these values by hand (--nhap-tay) while the entry period is open.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="301"/>
        <source>Gói chuyển trường có giá trị không hợp lệ: {m}</source>
        <translation>The transfer package holds a value that is not valid: {m}</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="200"/>
        <source>Gói chuyển trường thiếu thông tin học bạ.</source>
        <translation>The transfer package is missing the record information.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="187"/>
        <source>Gói chuyển trường thiếu thông tin học sinh.</source>
        <translation>The transfer package is missing the student information.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="194"/>
        <source>Gói chỉ được niêm phong, không mã hoá (chưa có chứng thư của trường nhận: --to-cert).</source>
        <translation>The package is sealed only, not encrypted (no receiving school certificate yet: --to-cert).</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer_seal.py" line="113"/>
        <source>Gói {p} không được mã hoá: dùng trực tiếp với hocbaso transfer in.</source>
        <translation>Package {p} is not encrypted: use it directly with hocbaso transfer in.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="163"/>
        <source>Gói {p} đã được mã hoá cho con dấu của trường nhận. Văn thư mở gói bằng thiết bị ký của con dấu trước (màn hình Chuyển trường, “Mở gói đã mã hoá…”, hoặc hocbaso transfer open {p} --out GÓI_ĐÃ_MỞ.zip), rồi nhận gói đã mở.</source>
        <translation>Package {p} is encrypted for the receiving school's seal. The clerk first opens it with the seal's signing device (Transfers screen, “Open encrypted package…”, or hocbaso transfer open {p} --out OPENED_PACKAGE.zip); then receive the opened package.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="192"/>
        <source>Gói đã được mã hoá cho {n}: chỉ con dấu của trường nhận mở được.</source>
        <translation>The package is encrypted for {n}: only the receiving school's seal can open it.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="182"/>
        <source>Gói được niêm phong cho trường {a} nhưng ghi là của trường {b}.</source>
        <translation>The package was sealed for school {a} but says it is from school {b}.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="166"/>
        <source>Gói “{f}” có thuộc tính xác thực không hỗ trợ.</source>
        <translation>Package “{f}” has unsupported authenticated attributes.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="159"/>
        <source>Gói “{f}” dùng thuật toán mã hoá khoá không hỗ trợ.</source>
        <translation>Package “{f}” uses an unsupported key encryption algorithm.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="164"/>
        <source>Gói “{f}” dùng thuật toán mã hoá nội dung không hỗ trợ.</source>
        <translation>Package “{f}” uses an unsupported content encryption algorithm.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="170"/>
        <source>Gói “{f}” không đọc được (tệp mã hoá bị hỏng).</source>
        <translation>Package “{f}” cannot be read (the encrypted file is damaged).</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="175"/>
        <source>Gói “{f}” đã bị sửa sau khi mã hoá, hoặc khoá giải mã không đúng.</source>
        <translation>Package “{f}” was changed after encryption, or the decryption key is wrong.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="272"/>
        <source>Gói “{f}” được mã hoá cho khoá {k}, không phải khoá của máy chủ này; máy chủ sẽ không mở được. Hãy kiểm tra địa chỉ máy chủ, hoặc để trường xuất lại gói.</source>
        <translation>Bundle “{f}” is encrypted for key {k}, not this server's key; the server could not open it. Check the server address, or have the school export the bundle again.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="155"/>
        <source>Gói “{f}” được mã hoá cho một chứng thư khác, không phải con dấu của trường này: không mở được.</source>
        <translation>Package “{f}” is encrypted for another certificate, not this school's seal: it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="52"/>
        <location filename="../../cli/school_cmds.py" line="192"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two password entries are not the same.</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="86"/>
        <location filename="../../domain/glossary.py" line="105"/>
        <location filename="../../domain/model.py" line="162"/>
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="182"/>
        <source>Hiệu trưởng quyết định cho lên lớp.</source>
        <translation>The principal decided on promotion.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="183"/>
        <source>Hiệu trưởng quyết định ở lại lớp.</source>
        <translation>The principal decided the student repeats the year.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="77"/>
        <location filename="../../domain/record_book.py" line="25"/>
        <location filename="../../domain/record_book.py" line="27"/>
        <location filename="../../domain/tt27.py" line="24"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="145"/>
        <location filename="../../domain/tt27.py" line="202"/>
        <source>Hoàn thành chương trình lớp {g}</source>
        <translation>Completed the grade {g} programme</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="143"/>
        <location filename="../../domain/tt27.py" line="200"/>
        <source>Hoàn thành chương trình tiểu học</source>
        <translation>Completed the primary school programme</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="196"/>
        <source>Hoàn thành chương trình {n}</source>
        <translation>Completed the {n} programme</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="77"/>
        <location filename="../../domain/record_book.py" line="25"/>
        <location filename="../../domain/record_book.py" line="27"/>
        <location filename="../../domain/tt27.py" line="24"/>
        <source>Hoàn thành tốt</source>
        <translation>Completed well</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="25"/>
        <location filename="../../domain/tt27.py" line="24"/>
        <source>Hoàn thành xuất sắc</source>
        <translation>Completed excellently</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="250"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../token/pin_prompt.py" line="41"/>
        <source>Hãy nhập mã PIN trên bàn phím của thiết bị ký "{label}".</source>
        <translation>Enter the PIN on the keypad of the signing device "{label}".</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="142"/>
        <location filename="../../services/remote_signing.py" line="35"/>
        <location filename="../../signing/remote_background.py" line="88"/>
        <source>Hãy xác nhận trên điện thoại. Mã giao dịch: {c}</source>
        <translation>Confirm on the phone. Transaction code: {c}</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="57"/>
        <source>Hãy đối chiếu dấu vân tay SHA-256 ở trên với trang của tổ chức phát hành. Gõ “có” để xác nhận, phím khác để hủy: </source>
        <translation>Compare the SHA-256 fingerprints above with the publisher's site. Type “có” to confirm, anything else to cancel: </translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="190"/>
        <source>Hạnh kiểm</source>
        <translation>Conduct</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="99"/>
        <source>Hết thời gian chờ xác nhận trên điện thoại.</source>
        <translation>Timed out waiting for the confirmation on the phone.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="57"/>
        <source>Hệ thống trung tâm không chấp nhận yêu cầu (lỗi 400): {d}</source>
        <translation>The central system did not accept the request (error 400): {d}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="49"/>
        <source>Hệ thống trung tâm trả lời không đúng giao thức: {d}</source>
        <translation>The central system answered outside the protocol: {d}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="41"/>
        <source>Hệ thống trung tâm từ chối mã truy cập (API token) của trường: mã sai hoặc đã bị thu hồi. Hãy nhập lại mã trong phần cấu hình đồng bộ.</source>
        <translation>The central system refused the school's access token (API token): the token is wrong or was revoked. Enter the token again in the sync configuration.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="72"/>
        <source>Hệ thống trung tâm từ chối tệp {h}: nội dung không khớp mã băm.</source>
        <translation>The central system refused the file {h}: its content does not match its hash.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="33"/>
        <source>Hệ thống trung tâm đang bận; sẽ thử lại sau.</source>
        <translation>The central system is busy; will retry later.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="159"/>
        <source>Họ tên cha</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="160"/>
        <source>Họ tên mẹ</source>
        <translation>Mother's name</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="160"/>
        <source>Họ tên người giám hộ</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="33"/>
        <location filename="../../storage/users_repo.py" line="42"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="61"/>
        <source>Họ và tên cán bộ</source>
        <translation>Staff member's full name</translation>
    </message>
    <message>
        <location filename="../../services/students.py" line="34"/>
        <location filename="../../storage/school_repo.py" line="159"/>
        <source>Họ và tên học sinh</source>
        <translation>Student's full name</translation>
    </message>
    <message>
        <location filename="../../services/students.py" line="36"/>
        <source>Họ và tên học sinh cần ít nhất hai từ.</source>
        <translation>A student's full name needs at least two words.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="341"/>
        <source>Học bạ chưa đủ chữ ký: còn thiếu chữ ký của {r}.</source>
        <translation>The record is not fully signed: missing the signature of {r}.</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="66"/>
        <location filename="../../services/record_book.py" line="207"/>
        <source>Học bạ của {n} không có năm học {y}.</source>
        <translation>The record book of {n} has no school year {y}.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="206"/>
        <source>Học bạ dạng XML không đúng lược đồ: {e}</source>
        <translation>The XML record does not follow the schema: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="189"/>
        <source>Học bạ dạng XML {id}, phiên bản {v}</source>
        <translation>XML record {id}, version {v}</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="119"/>
        <location filename="../../services/record_book.py" line="210"/>
        <source>Học bạ năm học {y} của {n} chưa phát hành, không thể in bản chuyển đổi.</source>
        <translation>The record of school year {y} of {n} is not issued; a converted copy cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="251"/>
        <source>Học bạ năm {y} không có dữ liệu ký số đọc được.</source>
        <translation>The record of year {y} has no readable signed data.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="195"/>
        <source>Học bạ năm {y} không xác thực được: {r}</source>
        <translation>The record of year {y} could not be verified: {r}</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="258"/>
        <source>Học bạ năm {y} trong gói không phải của học sinh {n}, hoặc khác năm học, phiên bản ghi trong gói: không nhận.</source>
        <translation>The record of year {y} in the package is not student {n}'s, or differs from the school year or version stated in the package: not received.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="151"/>
        <source>Học bạ năm {y} trong gói đã bị thay đổi (mã băm không khớp).</source>
        <translation>The record of year {y} in the package was changed (the hash does not match).</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="275"/>
        <source>Học bạ năm {y} đã có trong cơ sở dữ liệu.</source>
        <translation>The record of year {y} is already in the database.</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="202"/>
        <source>Học bạ năm {y} ở trạng thái “{s}”: không sửa được.</source>
        <translation>The record of year {y} is in state “{s}”: it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="332"/>
        <source>Học bạ phiên bản này ĐÃ BỊ THU HỒI: {r}</source>
        <translation>This version of the record HAS BEEN REVOKED: {r}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="124"/>
        <source>Học bạ số: sổ học bạ điện tử của nhà trường.</source>
        <translation>Học bạ số: the school's digital student record book.</translation>
    </message>
    <message>
        <location filename="../../signing/export.py" line="44"/>
        <location filename="../../signing/export.py" line="53"/>
        <source>Học bạ {id} chưa được phát hành.</source>
        <translation>Record {id} is not issued yet.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="184"/>
        <source>Học bạ {id} chưa đủ chữ ký để phát hành.</source>
        <translation>Record {id} does not have enough signatures to be issued.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="229"/>
        <source>Học bạ {id} không có bản scan.</source>
        <translation>Record {id} has no scan.</translation>
    </message>
    <message>
        <location filename="../../storage/trichluc_repo.py" line="57"/>
        <source>Học bạ {id} không phải bản chuyển đổi đang chờ ký.</source>
        <translation>Record {id} is not a converted page waiting for signing.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="143"/>
        <source>Học bạ {id} không ở trạng thái bản nháp.</source>
        <translation>Record {id} is not a draft.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="165"/>
        <source>Học bạ {id} không ở trạng thái chờ ký.</source>
        <translation>Record {id} is not waiting for signatures.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="153"/>
        <source>Học bạ {id} đã có chữ ký hoặc không ở trạng thái đã khoá.</source>
        <translation>Record {id} is already signed or not locked.</translation>
    </message>
    <message>
        <location filename="../../storage/trichluc_repo.py" line="52"/>
        <source>Học bạ {id} đã được ký; không sửa được bản chuyển đổi.</source>
        <translation>Record {id} is already signed; the converted page cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../signing/issuance.py" line="278"/>
        <location filename="../../signing/remote_issuance.py" line="95"/>
        <source>Học bạ {r} không thuộc lớp đang ký.</source>
        <translation>Record {r} does not belong to the class being signed.</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="48"/>
        <source>Học bạ đã khoá để ký hoặc đã phát hành: không thể sửa đánh giá.</source>
        <translation>The record is locked for signing or issued: its assessments cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="46"/>
        <source>Học bạ đã phát hành không thể thay đổi; hãy tạo bản đính chính.</source>
        <translation>An issued record cannot change; create a correction instead.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="176"/>
        <source>Học bạ đã thay đổi sau khi chuẩn bị lô ký; cần chuẩn bị lại.</source>
        <translation>The records changed after the batch was prepared; it must be prepared again.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="189"/>
        <source>Học lực</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="40"/>
        <source>Học sinh Giỏi</source>
        <translation>Very good student</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="42"/>
        <source>Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện</source>
        <translation>Outstanding student in study and conduct</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="40"/>
        <location filename="../../domain/legacy.py" line="42"/>
        <source>Học sinh Xuất sắc</source>
        <translation>Excellent student</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="38"/>
        <source>Học sinh giỏi</source>
        <translation>Good student</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="211"/>
        <source>Học sinh khuyết tật được đánh giá theo kế hoạch giáo dục cá nhân, không xếp loại kết quả giáo dục.</source>
        <translation>A student with a disability is assessed by an individual education plan, without an educational result grade.</translation>
    </message>
    <message>
        <location filename="../../services/assessment_entry.py" line="64"/>
        <source>Học sinh không thuộc lớp {c}.</source>
        <translation>The student is not in class {c}.</translation>
    </message>
    <message>
        <location filename="../../services/record_book.py" line="131"/>
        <source>Học sinh này chưa có trang học bạ nào trong cơ sở dữ liệu.</source>
        <translation>This student has no record page in the database yet.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="38"/>
        <source>Học sinh tiên tiến</source>
        <translation>Advanced student</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="123"/>
        <source>Học sinh {n} có hai dòng cho năm học {y}.</source>
        <translation>Student {n} has two rows for school year {y}.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="207"/>
        <source>Học sinh {n} đã có trong cơ sở dữ liệu của trường.</source>
        <translation>Student {n} is already in the school's database.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="62"/>
        <source>Học sinh, chuyển trường</source>
        <translation>Students, transfers</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="156"/>
        <source>Học sinh: {n}, sinh {b}; lớp {c}, năm học {y}</source>
        <translation>Student: {n}, born {b}; class {c}, school year {y}</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="30"/>
        <source>Học tập cả năm</source>
        <translation>Learning, whole year</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="96"/>
        <source>Học tập cả năm Chưa đạt: kiểm tra lại, đánh giá lại các môn: {n}.</source>
        <translation>Year learning Not passed: retest and reassess the subjects: {n}.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="141"/>
        <source>Học tập sau kiểm tra lại vẫn Chưa đạt: ở lại lớp.</source>
        <translation>Learning still Not passed after the retest: repeats the year.</translation>
    </message>
    <message>
        <location filename="../../services/students.py" line="59"/>
        <source>Hồ sơ nhận từ trường khác chỉ xem được, không sửa được.</source>
        <translation>A record received from another school can be read, not edited.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="193"/>
        <source>HỢP LỆ</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../services/transfers.py" line="181"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="63"/>
        <source>In, xuất tệp</source>
        <translation>Printing, exports</translation>
    </message>
    <message>
        <location filename="../../cli/rules_cmds.py" line="41"/>
        <source>JSON không hợp lệ (dòng {l}, cột {c}): {m}</source>
        <translation>Invalid JSON (line {l}, column {c}): {m}</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="196"/>
        <source>KHÔNG</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="193"/>
        <source>KHÔNG HỢP LỆ</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="70"/>
        <source>Khi máy chủ này trả lời lúc ký, mỗi chữ ký được gắn dấu thời gian (PAdES B-T). Sau đó việc nâng cấp bổ sung chứng thư, dữ liệu thu hồi (OCSP/CRL) và dấu thời gian lưu trữ (PAdES B-LTA), để học bạ vẫn kiểm tra được khi chứng thư đã hết hạn.</source>
        <translation>When this server answers at signing time, each signature gets a timestamp (PAdES B-T). The upgrade then adds the certificates, the revocation data (OCSP/CRL) and an archive timestamp (PAdES B-LTA), so the records can still be checked after the certificates expire.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="168"/>
        <source>Khi văn thư niêm phong, gói sẽ được mã hoá cho {n}.</source>
        <translation>When the clerk seals it, the package will be encrypted for {n}.</translation>
    </message>
    <message>
        <location filename="../../sync/pinning.py" line="117"/>
        <source>Khoá biên nhận không hợp lệ (cần khoá Ed25519 dạng base64, 44 ký tự).</source>
        <translation>The receipt key is not valid (an Ed25519 key in base64, 44 characters, is needed).</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="268"/>
        <source>Khoá của chứng thư này trên thiết bị ký chỉ dùng để ký, không dùng để giải mã (thuộc tính CKA_DECRYPT tắt). Gói mã hoá cho chứng thư này không mở được bằng thiết bị: hãy đề nghị trường gửi chỉ niêm phong, hoặc gửi chứng thư của một khoá được phép giải mã.</source>
        <translation>The key of this certificate on the signing device may only sign, not decrypt (CKA_DECRYPT is off). A package encrypted for this certificate cannot be opened with the device: ask the sending school to send it sealed only, or give them the certificate of a key allowed to decrypt.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="79"/>
        <source>Khoá ký biên nhận của hệ thống trung tâm đã thay đổi. Đồng bộ đã dừng; quản trị viên cần xác minh với Sở trước khi chấp nhận khoá mới.</source>
        <translation>The central system's receipt signing key has changed. Syncing has stopped; the administrator must check with the Department before accepting the new key.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="105"/>
        <source>Khoá ký biên nhận: {f}</source>
        <translation>Receipt signing key: {f}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="239"/>
        <source>Khoá ký biên nhận: {k}</source>
        <translation>Receipt signing key: {k}</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="78"/>
        <source>Khoá màn hình sau (phút)</source>
        <translation>Lock the screen after (minutes)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="107"/>
        <source>Khoá mã hoá gói USB: {f}</source>
        <translation>USB bundle encryption key: {f}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="252"/>
        <source>Khoá mã hoá gói USB: {k}</source>
        <translation>USB bundle encryption key: {k}</translation>
    </message>
    <message>
        <location filename="../../sync/pinning.py" line="115"/>
        <source>Khoá mã hoá gói không hợp lệ (cần khoá X25519 dạng base64, 44 ký tự).</source>
        <translation>Invalid bundle encryption key (an X25519 key in base64, 44 characters, is needed).</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="58"/>
        <source>Khoá, ký, phát hành học bạ</source>
        <translation>Locking, signing, issuing</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="50"/>
        <location filename="../../domain/legacy.py" line="36"/>
        <location filename="../../domain/legacy.py" line="37"/>
        <location filename="../../domain/record_book.py" line="29"/>
        <location filename="../../domain/tt22_learning.py" line="22"/>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="189"/>
        <source>Khóa trên thiết bị ký không dùng được để ký ({code}).</source>
        <translation>The key on the signing device cannot be used for signing ({code}).</translation>
    </message>
    <message>
        <location filename="../../signing/lta.py" line="93"/>
        <source>Không bổ sung được dữ liệu kiểm tra dài hạn: {e}</source>
        <translation>Could not add the long-term validation data: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/remote_xml.py" line="57"/>
        <source>Không chuẩn bị được chữ ký cho học bạ dạng XML.</source>
        <translation>Could not prepare the signature of the XML record.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_pdf.py" line="73"/>
        <source>Không chuẩn bị được chữ ký cho tệp PDF: {e}</source>
        <translation>Could not prepare the signature of the PDF file: {e}</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="128"/>
        <source>Không có bản chuyển đổi nào chờ ký số con dấu.</source>
        <translation>No converted page is waiting for the digital seal.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="94"/>
        <source>Không có cài đặt “{k}”. Các cài đặt: {all}.</source>
        <translation>There is no setting “{k}”. The settings: {all}.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="56"/>
        <source>Không có cấp học “{level}”.</source>
        <translation>There is no school level “{level}”.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="132"/>
        <location filename="../../cli/trichluc_cmds.py" line="73"/>
        <source>Không có gì được ghi.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="155"/>
        <source>Không có học bạ nào chờ chữ ký này ở lớp {c}.</source>
        <translation>No record in class {c} is waiting for this signature.</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="105"/>
        <source>Không có học bạ nào đã phát hành để in bản chuyển đổi.</source>
        <translation>No issued record to print a converted copy of.</translation>
    </message>
    <message>
        <location filename="../../domain/class_summary.py" line="119"/>
        <source>Không có kì đánh giá “{p}” ở tiểu học.</source>
        <translation>There is no assessment period “{p}” in primary school.</translation>
    </message>
    <message>
        <location filename="../../services/assessment_entry.py" line="106"/>
        <source>Không có kì đánh giá “{p}”.</source>
        <translation>There is no assessment period “{p}”.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="89"/>
        <source>Không có lô ký từ xa nào đang chờ.</source>
        <translation>No remote signing batch is waiting.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="128"/>
        <source>Không có lớp {c} trong năm học {y}.</source>
        <translation>There is no class {c} in school year {y}.</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="143"/>
        <source>Không có môn học “{s}”.</source>
        <translation>There is no subject “{s}”.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="117"/>
        <source>Không có quyền đọc hoặc ghi “{f}”.</source>
        <translation>No permission to read or write “{f}”.</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="73"/>
        <source>Không có thiết bị ký nào được cắm vào máy (thư viện {path}).</source>
        <translation>No signing device is plugged into the computer (library {path}).</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="169"/>
        <location filename="../../cli/server_cmds.py" line="184"/>
        <source>Không có trường {c}.</source>
        <translation>There is no school {c}.</translation>
    </message>
    <message>
        <location filename="../../storage/users_repo.py" line="57"/>
        <source>Không có tài khoản “{u}”.</source>
        <translation>There is no account “{u}”.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="77"/>
        <source>Không có điểm đánh giá thường xuyên nên không tính được điểm trung bình.</source>
        <translation>There are no regular assessment scores, so the average cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="40"/>
        <source>Không ghi được bản sao lưu: {e}</source>
        <translation>Could not write the backup: {e}</translation>
    </message>
    <message>
        <location filename="../../storage/keyfile.py" line="230"/>
        <source>Không ghi được tệp khoá: {e}</source>
        <translation>Could not write the key file: {e}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="328"/>
        <source>Không ghi được vào thư mục dữ liệu {f}: {e}</source>
        <translation>Could not write to the data folder {f}: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/remote_xml.py" line="90"/>
        <source>Không ghép được chữ ký số từ xa vào học bạ dạng XML.</source>
        <translation>Could not put the remote signature into the XML record.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_pdf.py" line="105"/>
        <source>Không ghép được chữ ký số từ xa vào tệp PDF: {e}</source>
        <translation>Could not put the remote signature into the PDF file: {e}</translation>
    </message>
    <message>
        <location filename="../../storage/remote_repo.py" line="85"/>
        <source>Không giải mã được khóa bí mật của dịch vụ ký “{n}”; hãy đăng ký lại dịch vụ.</source>
        <translation>Could not decrypt the client secret of the signing service “{n}”; register the service again.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="114"/>
        <source>Không học bạ nào được ký.</source>
        <translation>No record was signed.</translation>
    </message>
    <message>
        <location filename="../../services/transfers.py" line="181"/>
        <source>Không hợp lệ</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="98"/>
        <source>Không khôi phục được: {e}. Dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>Could not restore: {e}. The old data is intact.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="132"/>
        <location filename="../../signing/verify.py" line="143"/>
        <source>Không kiểm tra được chữ ký: {e}</source>
        <translation>Could not check the signature: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="257"/>
        <source>Không kiểm tra được dấu thời gian của tài liệu: {e}</source>
        <translation>Could not check the document timestamp: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="81"/>
        <source>Không ký được học bạ dạng XML: {e}</source>
        <translation>Could not sign the XML record: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/pdf_signer.py" line="321"/>
        <source>Không ký được tệp PDF: {e}</source>
        <translation>Could not sign the PDF file: {e}</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="96"/>
        <source>Không kết nối được dịch vụ ký số từ xa “{s}” (hoặc dịch vụ tạm thời không phục vụ).</source>
        <translation>Could not reach the remote signing service “{s}” (or it is temporarily unavailable).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="26"/>
        <source>Không kết nối được với hệ thống trung tâm; sẽ thử lại sau.</source>
        <translation>Could not connect to the central system; will retry later.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="73"/>
        <source>Không lưu bản chuyển đổi vì có {n} lỗi; không có gì được ghi.</source>
        <translation>The converted pages were not saved because of {n} errors; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../services/assessment_entry.py" line="89"/>
        <source>Không lưu được: {d}{m}</source>
        <translation>Could not save: {d}{m}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="111"/>
        <source>Không mở được cơ sở dữ liệu của máy chủ: {e}</source>
        <translation>Could not open the server's database: {e}</translation>
    </message>
    <message>
        <location filename="../../token/signer.py" line="73"/>
        <source>Không mở được tệp chứng thư số (.p12): sai mật khẩu hoặc tệp hỏng.</source>
        <translation>Could not open the certificate file (.p12): wrong password or damaged file.</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="67"/>
        <source>Không mở được tệp “{f}”: {e}</source>
        <translation>Could not open the file “{f}”: {e}</translation>
    </message>
    <message>
        <location filename="../../dataio/import_plan.py" line="71"/>
        <source>Không nhập tệp vì có {n} lỗi; không có gì được ghi. Chạy thử (--dry-run) để xem chi tiết.</source>
        <translation>The file was not imported because of {n} errors; nothing was written. Do a dry run (--dry-run) to see the details.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="219"/>
        <source>Không nạp được phần mềm thiết bị ký {path}: tệp không hợp lệ (không phải thư viện PKCS#11) hoặc thiếu thư viện đi kèm ({detail}).</source>
        <translation>Could not load the signing device software {path}: the file is not valid (not a PKCS#11 library) or a library it needs is missing ({detail}).</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="29"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../signing/lta.py" line="141"/>
        <source>Không sửa được khoá VRI của tệp: {e}</source>
        <translation>Could not fix the file's VRI keys: {e}</translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="82"/>
        <source>Không thể khoá hoặc hạ quyền quản trị viên cuối cùng.</source>
        <translation>The last administrator cannot be disabled or demoted.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="220"/>
        <source>Không tìm thấy bản chuyển đổi vừa lưu.</source>
        <translation>The converted page just saved was not found.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="74"/>
        <source>Không tìm thấy cán bộ, giáo viên.</source>
        <translation>Staff member not found.</translation>
    </message>
    <message>
        <location filename="../../storage/database.py" line="71"/>
        <source>Không tìm thấy cơ sở dữ liệu “{f}”.</source>
        <translation>Database “{f}” not found.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="268"/>
        <source>Không tìm thấy dữ liệu học bạ (payload.json) trong tệp.</source>
        <translation>No record data (payload.json) found in the file.</translation>
    </message>
    <message>
        <location filename="../../storage/records_repo.py" line="77"/>
        <source>Không tìm thấy học bạ {id}.</source>
        <translation>Record {id} not found.</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="54"/>
        <source>Không tìm thấy học bạ {r}.</source>
        <translation>Record {r} not found.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc_xlsx.py" line="156"/>
        <source>Không tìm thấy học sinh (cần mã hệ thống, số định danh cá nhân hoặc mã học sinh của học sinh đã có).</source>
        <translation>Student not found (needs the system id, the personal ID number or the student code of an existing student).</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="187"/>
        <source>Không tìm thấy học sinh.</source>
        <translation>Student not found.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="174"/>
        <source>Không tìm thấy khe cắm của thiết bị ký.</source>
        <translation>The signing device's slot was not found.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="187"/>
        <source>Không tìm thấy khóa bí mật trên thiết bị ký.</source>
        <translation>No private key found on the signing device.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="297"/>
        <source>Không tìm thấy khóa bí mật ứng với chứng thư số (mã khóa {key}) trên thiết bị ký.</source>
        <translation>No private key matching the certificate (key id {key}) found on the signing device.</translation>
    </message>
    <message>
        <location filename="../../storage/remote_repo.py" line="150"/>
        <source>Không tìm thấy lô ký {b}.</source>
        <translation>Signing batch {b} not found.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="119"/>
        <source>Không tìm thấy lớp.</source>
        <translation>Class not found.</translation>
    </message>
    <message>
        <location filename="../../signing/export.py" line="108"/>
        <source>Không tìm thấy mã QR trong ảnh.</source>
        <translation>No QR code found in the image.</translation>
    </message>
    <message>
        <location filename="../../printing/fonts.py" line="112"/>
        <source>Không tìm thấy phông chữ tiếng Việt (Tinos) đi kèm chương trình.</source>
        <translation>The Vietnamese font (Tinos) shipped with the program was not found.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="88"/>
        <source>Không tìm thấy phần mềm thiết bị ký (thư viện PKCS#11) nào trên máy này. Hãy cài phần mềm của nhà cung cấp thiết bị ký hoặc chỉ ra đường dẫn thư viện.</source>
        <translation>No signing device software (PKCS#11 library) was found on this computer. Install the device vendor's software or give the library's path.</translation>
    </message>
    <message>
        <location filename="../../token/modules.py" line="98"/>
        <source>Không tìm thấy phần mềm thiết bị ký (thư viện PKCS#11) tại {path}. Hãy cài phần mềm của thiết bị ký hoặc chọn đúng tệp thư viện.</source>
        <translation>No signing device software (PKCS#11 library) at {path}. Install the signing device's software or choose the right library file.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="286"/>
        <source>Không tìm thấy thiết bị ký có số sê-ri {serial}. Hãy cắm thiết bị vào máy.</source>
        <translation>No signing device with serial number {serial} found. Plug the device in.</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="67"/>
        <source>Không tìm thấy thư viện PKCS#11 nào dùng được; hãy chỉ ra bằng --module.</source>
        <translation>No usable PKCS#11 library found; give one with --module.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc_xlsx.py" line="100"/>
        <source>Không tìm thấy trang tính nào có cột “Năm học”.</source>
        <translation>No sheet with a “Năm học” (school year) column found.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="115"/>
        <source>Không tìm thấy tệp hoặc thư mục “{f}”.</source>
        <translation>File or folder “{f}” not found.</translation>
    </message>
    <message>
        <location filename="../../storage/keyfile.py" line="211"/>
        <source>Không tìm thấy tệp khoá “{f}” đi kèm cơ sở dữ liệu.</source>
        <translation>The key file “{f}” that goes with the database was not found.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="49"/>
        <source>Không tìm thấy tệp sao lưu “{f}”.</source>
        <translation>Backup file “{f}” not found.</translation>
    </message>
    <message>
        <location filename="../../storage/blobs_repo.py" line="27"/>
        <source>Không tìm thấy tệp {h} trong cơ sở dữ liệu.</source>
        <translation>File {h} not found in the database.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="95"/>
        <source>Không tìm thấy tệp {p}.</source>
        <translation>File {p} not found.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="317"/>
        <source>Không xác định được học sinh “{n}” ({k} kết quả).</source>
        <translation>Could not identify the student “{n}” ({k} matches).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="200"/>
        <source>Không xóa được cơ sở dữ liệu thử trong thư mục tạm.</source>
        <translation>Could not delete the test database in the temporary folder.</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="198"/>
        <source>Không được lên lớp (ở lại lớp)</source>
        <translation>Not promoted (repeats the year)</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="120"/>
        <source>Không đọc hoặc ghi được “{f}”: {e}.</source>
        <translation>Could not read or write “{f}”: {e}.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="145"/>
        <location filename="../../dataio/transfer_seal.py" line="111"/>
        <source>Không đọc được gói chuyển trường {p}.</source>
        <translation>Could not read the transfer package {p}.</translation>
    </message>
    <message>
        <location filename="../../token/modules.py" line="103"/>
        <source>Không đọc được phần mềm thiết bị ký (thư viện PKCS#11) {path}: {err}</source>
        <translation>Cannot read the signing device software (PKCS#11 library) {path}: {err}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="226"/>
        <source>Không đọc được tệp JSON “{f}”.</source>
        <translation>Could not read the JSON file “{f}”.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="69"/>
        <source>Không đọc được tệp PDF {f}: tệp hỏng.</source>
        <translation>Could not read the PDF file {f}: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer_seal.py" line="39"/>
        <source>Không đọc được tệp chứng thư {p}.</source>
        <translation>Cannot read certificate file {p}.</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="105"/>
        <source>Không đọc được tệp dữ liệu {p}.</source>
        <translation>Could not read the data file {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="47"/>
        <location filename="../../services/legacy_pages.py" line="136"/>
        <source>Không đọc được tệp {f}.</source>
        <translation>Could not read the file {f}.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="99"/>
        <source>Không đọc được tệp {p}: {e}.</source>
        <translation>Cannot read the file {p}: {e}.</translation>
    </message>
    <message>
        <location filename="../../cli/rules_cmds.py" line="35"/>
        <source>Không đọc được tệp “{f}”: {e}</source>
        <translation>Could not read the file “{f}”: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/export.py" line="103"/>
        <source>Không đọc được ảnh mã QR: máy chưa cài zbarimg (gói zbar-tools). Hãy dán nội dung mã QR (bắt đầu bằng {p}).</source>
        <translation>Could not read the QR code image: zbarimg is not installed (package zbar-tools). Paste the QR code's text (starting with {p}).</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="91"/>
        <source>Không đọc được ảnh {f}: tệp hỏng.</source>
        <translation>Could not read the image {f}: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="20"/>
        <location filename="../../dataio/report_xlsx.py" line="24"/>
        <location filename="../../dataio/report_xlsx.py" line="28"/>
        <source>Khối</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="226"/>
        <source>Khối lớp “{g}” không hợp lệ.</source>
        <translation>The grade “{g}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="177"/>
        <source>Khối {k} không thuộc cấp học của Thông tư {t}.</source>
        <translation>Grade {k} is not in the school level of Circular {t}.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="196"/>
        <source>Khớp với dữ liệu học bạ (payload.json) của tệp PDF: {r}</source>
        <translation>Matches the record data (payload.json) of the PDF: {r}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="183"/>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="85"/>
        <source>Kiểm tra cài đặt Học bạ số {v} — {p}{f}</source>
        <translation>Installation check of Học bạ số {v} — {p}{f}</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="36"/>
        <source>Kém</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="138"/>
        <source>Kì đánh giá “{p}” không hợp lệ; chọn một trong: {a}.</source>
        <translation>The assessment period “{p}” is not valid; choose one of: {a}.</translation>
    </message>
    <message>
        <location filename="../../signing/pdf_signer.py" line="97"/>
        <source>Ký bởi: {n}
Chức vụ: {t}
Ngày ký: {d}</source>
        <translation>Signed by: {n}
Capacity: {t}
Signed on: {d}</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="165"/>
        <source>Ký ngoại tuyến (PAdES B-B); dấu thời gian sẽ được gắn sau khi có mạng.</source>
        <translation>Signing offline (PAdES B-B); the timestamp will be added once there is a network.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="153"/>
        <source>Ký số từ xa bằng chứng thư {c} của dịch vụ {s} (người dùng {u}).</source>
        <translation>Signing remotely with the certificate {c} of the service {s} (user {u}).</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="360"/>
        <source>KẾT LUẬN: CHƯA ĐỦ CHỮ KÝ — thiếu chữ ký của {r}</source>
        <translation>CONCLUSION: NOT ENOUGH SIGNATURES — missing the signature of {r}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="363"/>
        <source>KẾT LUẬN: HỌC BẠ ĐÃ BỊ THU HỒI</source>
        <translation>CONCLUSION: THE RECORD HAS BEEN REVOKED</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="357"/>
        <source>KẾT LUẬN: TÀI LIỆU HỢP LỆ</source>
        <translation>CONCLUSION: THE DOCUMENT IS VALID</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="355"/>
        <source>KẾT LUẬN: TÀI LIỆU HỢP LỆ (lưu ý: tên trên chứng thư khác tên in trên học bạ, xem “!” ở trên)</source>
        <translation>CONCLUSION: DOCUMENT VALID (note: a certificate's name differs from the name printed on the record, see “!” above)</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="367"/>
        <source>KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ</source>
        <translation>CONCLUSION: THE DOCUMENT IS NOT VALID</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="365"/>
        <source>KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ (và CHƯA ĐỦ CHỮ KÝ — thiếu chữ ký của {r})</source>
        <translation>CONCLUSION: DOCUMENT NOT VALID (and NOT ENOUGH SIGNATURES — missing the signature of {r})</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="198"/>
        <source>KẾT LUẬN: TỆP XML HỢP LỆ</source>
        <translation>CONCLUSION: THE XML FILE IS VALID</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="198"/>
        <source>KẾT LUẬN: TỆP XML KHÔNG HỢP LỆ</source>
        <translation>CONCLUSION: THE XML FILE IS NOT VALID</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="314"/>
        <source>Kết nối được với {url} (giờ máy chủ {t}).</source>
        <translation>Connected to {url} (server time {t}).</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="197"/>
        <location filename="../../services/issued.py" line="30"/>
        <source>Kết quả giáo dục</source>
        <translation>Educational result</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="147"/>
        <source>Kết quả giáo dục: {r}.</source>
        <translation>Educational result: {r}.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="193"/>
        <source>Kết quả học tập</source>
        <translation>Learning result</translation>
    </message>
    <message>
        <location filename="../../cli/results_cmds.py" line="38"/>
        <source>Kết quả lớp {c} — năm học {y}</source>
        <translation>Results of class {c} — school year {y}</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="194"/>
        <source>Kết quả rèn luyện</source>
        <translation>Conduct result</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="90"/>
        <source>Kết quả: CÓ LỖI — xem các mục LỖI ở trên.</source>
        <translation>Result: ERRORS — see the ERROR items above.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="330"/>
        <source>Kết quả: HỢP LỆ</source>
        <translation>Result: VALID</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="330"/>
        <source>Kết quả: KHÔNG HỢP LỆ</source>
        <translation>Result: NOT VALID</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="160"/>
        <source>Kết quả: {r}</source>
        <translation>Result: {r}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="89"/>
        <source>Kết quả: đạt — chương trình sẵn sàng sử dụng.</source>
        <translation>Result: passed — the program is ready to use.</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="24"/>
        <source>Liệt kê thư viện PKCS#11, thiết bị ký và chứng thư số</source>
        <translation>List PKCS#11 libraries, signing devices and certificates</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="60"/>
        <source>Loại mẫu “{k}” không có (students hoặc scores).</source>
        <translation>There is no template kind “{k}” (students or scores).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="82"/>
        <source>Lô ký chuẩn bị quá 24 giờ trước; hãy ký lại (lô sẽ được chuẩn bị lại).</source>
        <translation>The batch was prepared more than 24 hours ago; sign again (it will be prepared again).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="271"/>
        <source>Lô ký chuẩn bị quá 24 giờ trước; đã chuẩn bị lại.</source>
        <translation>The batch was prepared more than 24 hours ago; it was prepared again.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="177"/>
        <source>Lô ký cũ đã được bỏ vì học bạ thay đổi; hãy ký lại.</source>
        <translation>The old batch was dropped because the records changed; sign again.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="181"/>
        <source>Lô ký này đang được gửi (ở cửa sổ khác hoặc chạy nền).</source>
        <translation>This batch is being sent already (in another window or in the background).</translation>
    </message>
    <message>
        <location filename="../../storage/remote_repo.py" line="132"/>
        <source>Lô ký trống.</source>
        <translation>The batch is empty.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="91"/>
        <source>Lô {b} ({n} học bạ, chuẩn bị {t}): {s}</source>
        <translation>Batch {b} ({n} records, prepared {t}): {s}</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="33"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="70"/>
        <source>Lưu ý: {n}</source>
        <translation>Note: {n}</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="129"/>
        <source>Lưu ý: đã chấp nhận tên khác nhau theo yêu cầu của quản trị viên (đã ghi nhật ký).</source>
        <translation>Note: the differing names were accepted at the administrator's request (audited).</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="190"/>
        <source>Lược đồ hocba.xsd: {r}</source>
        <translation>Schema hocba.xsd: {r}</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="113"/>
        <location filename="../../cli/trichluc_cmds.py" line="65"/>
        <source>LỖI {p}</source>
        <translation>ERROR {p}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="114"/>
        <source>Lỗi cú pháp lệnh: {m}</source>
        <translation>Command syntax error: {m}</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="57"/>
        <source>Lỗi cơ sở dữ liệu: {e}</source>
        <translation>Database error: {e}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="122"/>
        <source>Lỗi không mong đợi: {e}</source>
        <translation>Unexpected error: {e}</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="202"/>
        <source>Lỗi nội bộ khi làm việc với thiết bị ký ({op}).</source>
        <translation>Internal error while working with the signing device ({op}).</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="20"/>
        <location filename="../../dataio/report_xlsx.py" line="33"/>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="195"/>
        <source>Lớp này chưa có học bạ nào được phát hành.</source>
        <translation>This class has no issued record yet.</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="112"/>
        <source>Lớp {c} không có môn {m}.</source>
        <translation>Class {c} has no subject {m}.</translation>
    </message>
    <message>
        <location filename="../../storage/school_repo.py" line="250"/>
        <source>Lớp {c} sẽ có {n} học sinh, vượt sĩ số tối đa {m} (quản trị viên đổi được ở màn hình Cài đặt, mục “Sĩ số tối đa của một lớp”); không ghi gì.</source>
        <translation>Class {c} would have {n} students, more than the maximum of {m} (the administrator can change it on the Settings screen, “Maximum class size”); nothing was written.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="239"/>
        <source>Lớp {c} — năm học {y} — {n} học sinh</source>
        <translation>Class {c} — school year {y} — {n} students</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="86"/>
        <source>Lớp {c}, chữ ký {r}: {n} học bạ chờ ký; {w} học bạ chờ người ký trước.</source>
        <translation>Class {c}, signature {r}: {n} records waiting to be signed; {w} records waiting for an earlier signer.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="133"/>
        <source>Lớp {grade} ({level}) không có môn học mã “{code}”.</source>
        <translation>Grade {grade} ({level}) has no subject with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="27"/>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="111"/>
        <source>MÃ KHÔI PHỤC (chỉ hiện một lần, hãy in hoặc chép lại và cất giữ an toàn):</source>
        <translation>RECOVERY CODE (shown only once; print or copy it and keep it safe):</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="222"/>
        <source>MÃ KHÔI PHỤC MỚI (ghi lại và cất giữ; mã cũ không còn dùng được): {c}</source>
        <translation>NEW RECOVERY CODE (write it down and keep it; the old code no longer works): {c}</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="155"/>
        <source>MÃ QR HỢP LỆ — ký bởi {s}</source>
        <translation>VALID QR CODE — signed by {s}</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="35"/>
        <source>MÔN=GIÁ TRỊ, ví dụ Toán=8.5 (lặp lại được)</source>
        <translation>SUBJECT=VALUE, e.g. Toán=8.5 (can be repeated)</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="69"/>
        <source>Máy chủ cấp dấu thời gian (RFC 3161)</source>
        <translation>Timestamp server (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="93"/>
        <source>Máy chủ gửi câu trả lời lớn hơn giới hạn {n}; đã ngừng đọc và dừng đồng bộ.</source>
        <translation>The server sent an answer larger than the limit {n}; stopped reading and stopped syncing.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="62"/>
        <source>Máy chủ học bạ số của Sở/Bộ nhận học bạ đã phát hành (https://…; http:// chỉ cho máy này).</source>
        <translation>The Department's/Ministry's record server that receives the issued records (https://…; http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="144"/>
        <source>Máy chủ trung tâm</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="101"/>
        <source>Máy chủ trả lời quá chậm (một yêu cầu quá {s} giây); đã ngắt và dừng đồng bộ.</source>
        <translation>The server answers too slowly (a request took more than {s} seconds); disconnected and stopped syncing.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="311"/>
        <source>Máy chủ {url} trả lời nhưng từ chối mã truy cập của trường.</source>
        <translation>The server {url} answers but refuses the school's access token.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="104"/>
        <source>Máy chủ: {u}</source>
        <translation>Server: {u}</translation>
    </message>
    <message>
        <location filename="../../services/signing.py" line="75"/>
        <source>Máy này chưa cài phần mềm (PKCS#11) của thiết bị ký: {m}. Hãy cài phần mềm đi kèm thiết bị ký (USB token) rồi thử lại.</source>
        <translation>The signing device's software (PKCS#11) is not installed on this computer: {m}. Install the software that comes with the signing device (USB token) and try again.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="90"/>
        <source>Mã OTP không đúng hoặc đã hết hạn.</source>
        <translation>The OTP is wrong or has expired.</translation>
    </message>
    <message>
        <location filename="../../token/pin_attempts.py" line="119"/>
        <source>Mã PIN của thiết bị ký "{label}" đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số hoặc quản trị viên để mở khóa.</source>
        <translation>The PIN of the signing device "{label}" is locked. Contact the certificate provider or the administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="160"/>
        <source>Mã PIN của thiết bị ký đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số hoặc quản trị viên để mở khóa.</source>
        <translation>The signing device's PIN is locked. Contact the certificate provider or the administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="163"/>
        <source>Mã PIN của thiết bị ký đã hết hạn; hãy đổi mã PIN bằng phần mềm của nhà cung cấp.</source>
        <translation>The signing device's PIN has expired; change the PIN with the vendor's software.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="101"/>
        <source>Mã PIN hoặc mã OTP ký số từ xa không đúng.</source>
        <translation>The remote signing PIN or OTP is wrong.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="157"/>
        <source>Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không được phép).</source>
        <translation>The PIN is not valid (wrong length or characters that are not allowed).</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="121"/>
        <source>Mã PIN ký số từ xa (bỏ trống nếu xác nhận trên điện thoại): </source>
        <translation>Remote signing PIN (leave empty when confirming on the phone): </translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="89"/>
        <source>Mã PIN ký số từ xa không đúng.</source>
        <translation>Wrong remote signing PIN.</translation>
    </message>
    <message>
        <location filename="../../signing/qr.py" line="116"/>
        <location filename="../../signing/qr.py" line="120"/>
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../signing/export.py" line="129"/>
        <source>Mã QR CHƯA ĐỦ CHỮ KÝ: được ký bởi {s}, không phải người phát hành học bạ ({r}) đã đăng ký với trường.</source>
        <translation>QR code NOT ENOUGH SIGNATURES: signed by {s}, not by the record's issuer ({r}) registered with the school.</translation>
    </message>
    <message>
        <location filename="../../signing/qr.py" line="124"/>
        <source>Mã QR bị hỏng hoặc không đọc được.</source>
        <translation>The QR code is damaged or unreadable.</translation>
    </message>
    <message>
        <location filename="../../signing/qr.py" line="118"/>
        <source>Mã QR không phải mã học bạ số (thiếu tiền tố {p}).</source>
        <translation>The QR code is not a Học bạ số code (the prefix {p} is missing).</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="65"/>
        <source>Mã Sở cấp riêng cho trường để gửi dữ liệu; được giữ bí mật, không bao giờ hiển thị lại.</source>
        <translation>The token the Department gives the school for sending data; kept secret, never shown again.</translation>
    </message>
    <message>
        <location filename="../../storage/outbox.py" line="87"/>
        <location filename="../../storage/outbox.py" line="124"/>
        <source>Mã băm của dữ liệu gửi đi không khớp.</source>
        <translation>The hash of the data sent does not match.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="276"/>
        <source>Mã học bạ hoặc phiên bản trong dữ liệu không khớp với tài liệu.</source>
        <translation>The record id or version in the data does not match the document.</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="50"/>
        <source>Mã học bạ “{r}” quá ngắn: cần ít nhất {n} ký tự (màn hình hiện 8).</source>
        <translation>Record id “{r}” is too short: at least {n} characters are needed (the screens show 8).</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="64"/>
        <source>Mã truy cập (API token)</source>
        <translation>Access token (API token)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="185"/>
        <source>Mã truy cập mới của trường {c} (chỉ hiện một lần):</source>
        <translation>New access token of school {c} (shown only once):</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="123"/>
        <source>Mã trường phải gồm 8 chữ số.</source>
        <translation>A school code has 8 digits.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="133"/>
        <source>Mã trường phải là chữ số (4–12 chữ số) và tên trường không được trống.</source>
        <translation>The school code must be digits (4–12 digits) and the school name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="56"/>
        <source>Mã “{r}” khớp {n} học bạ: hãy gõ thêm ký tự.</source>
        <translation>“{r}” matches {n} records: type more characters.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="28"/>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <source>Môn</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../storage/catalogue_repo.py" line="65"/>
        <source>Môn Nghệ thuật (THCS) nay gồm hai phân môn “Nghệ thuật (Âm nhạc)” và “Nghệ thuật (Mĩ thuật)”, mỗi phân môn có giáo viên, nhận xét và kết quả Đ/CĐ riêng. {n} lớp đã có dữ liệu môn Nghệ thuật chung giữ nguyên môn đó ({v} giá trị, không sửa, không chia): {c}. Các lớp mới dùng hai phân môn.</source>
        <translation>Nghệ thuật (THCS) is now two parts, “Nghệ thuật (Âm nhạc)” and “Nghệ thuật (Mĩ thuật)”, each with its own teacher, comment and Đ/CĐ result. {n} classes that already have values for the single Nghệ thuật keep that subject ({v} values, not changed, not split): {c}. New classes use the two parts.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="127"/>
        <source>Môn dưới {f}: {s} nên không đạt mức {lv}.</source>
        <translation>Subjects below {f}: {s}, so the level {lv} is not reached.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="186"/>
        <source>Môn {m} được ghi hai lần.</source>
        <translation>The subject {m} is given twice.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="124"/>
        <source>Môn {n} Chưa đạt nên không đạt mức {lv}.</source>
        <translation>Subject {n} is Not passed, so the level {lv} is not reached.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="63"/>
        <source>Môn {n} ở mức Chưa hoàn thành (C).</source>
        <translation>Subject {n} is at Not completed (C).</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="80"/>
        <source>Môn {n} ở mức Hoàn thành (H) nên không đạt Hoàn thành tốt.</source>
        <translation>Subject {n} is at Completed (H), so Completed well is not reached.</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="97"/>
        <source>Môn “{m}” không có trong danh sách môn.</source>
        <translation>The subject “{m}” is not in the subject list.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="191"/>
        <source>Mất kết nối với tiến trình làm việc với thiết bị ký; hãy thử lại.</source>
        <translation>Lost the connection to the signing-device process; please try again.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="164"/>
        <source>Mất kết nối; thử lại sau {s} giây.</source>
        <translation>Connection lost; retrying in {s} seconds.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="106"/>
        <location filename="../../cli/school_cmds.py" line="160"/>
        <source>Mật khẩu cho {u}: </source>
        <translation>Password for {u}: </translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="20"/>
        <location filename="../../storage/connection.py" line="158"/>
        <location filename="../../storage/database.py" line="41"/>
        <source>Mật khẩu cần ít nhất 8 ký tự.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="190"/>
        <source>Mật khẩu mới: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="50"/>
        <source>Mật khẩu: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="73"/>
        <source>Mọi môn học, hoạt động ở mức Hoàn thành tốt, mọi phẩm chất, năng lực ở mức Tốt và mọi điểm KTĐK cuối năm từ 9 trở lên.</source>
        <translation>Every subject and activity at Completed well, every quality and competency at Good, and every end-of-year test score 9 or more.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="76"/>
        <source>Mọi môn học, hoạt động ở mức Hoàn thành tốt, mọi phẩm chất, năng lực ở mức Tốt.</source>
        <translation>Every subject and activity at Completed well, every quality and competency at Good.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="289"/>
        <source>Mốc neo: {a} mốc có chữ ký hợp lệ, khớp đến mục số {s}.</source>
        <translation>Anchors: {a} anchors with valid signatures, matching up to entry {s}.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="194"/>
        <source>Mở lại cơ sở dữ liệu mã hóa nhưng đọc sai dữ liệu.</source>
        <translation>Reopened the encrypted database but read wrong data.</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="231"/>
        <source>Mục nhập không thuộc bảng điểm đang mở.</source>
        <translation>The entry does not belong to the open score sheet.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="224"/>
        <source>Mục nhập điểm không hợp lệ.</source>
        <translation>The score entry is not valid.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="239"/>
        <source>Mục nhập điểm phải gồm các chuỗi ký tự.</source>
        <translation>Score entries must be strings of characters.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="28"/>
        <source>Mức / khoảng điểm</source>
        <translation>Level / score range</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="145"/>
        <source>Mức đạt được</source>
        <translation>Level reached</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="292"/>
        <source>NHẬT KÝ KHÁC VỚI MỐC NEO ĐÃ KÝ: mục số {s} là mục đầu tiên khác ({r}).</source>
        <translation>THE AUDIT LOG DIFFERS FROM THE SIGNED ANCHORS: entry {s} is the first that differs ({r}).</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="285"/>
        <source>NHẬT KÝ ĐÃ BỊ SỬA HOẶC XOÁ: mắt xích hỏng đầu tiên ở mục số {s} ({r}).</source>
        <translation>THE AUDIT LOG WAS ALTERED OR DELETED: the first broken link is at entry {s} ({r}).</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="29"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="126"/>
        <source>Nghỉ {n} buổi, quá {m} buổi: ở lại lớp.</source>
        <translation>Absent {n} sessions, more than {m}: repeats the year.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="79"/>
        <source>Ngày sinh có ngày mà thiếu tháng.</source>
        <translation>The date of birth has a day but no month.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="83"/>
        <source>Ngày sinh {d} không tồn tại.</source>
        <translation>The date of birth {d} does not exist.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="101"/>
        <source>Ngày sinh “{d}” không hợp lệ (dd/mm/yyyy).</source>
        <translation>The date of birth “{d}” is not valid (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="82"/>
        <source>Người dùng “{u}” có {n} chứng thư trên dịch vụ; hãy chọn bằng --credential-id: {ids}</source>
        <translation>The user “{u}” has {n} certificates on the service; choose one with --credential-id: {ids}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="339"/>
        <source>Người ký bắt buộc: {r}</source>
        <translation>Required signers: {r}</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="19"/>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="195"/>
        <source>Nhà trường đã chấp nhận chứng thư này khi đăng ký.</source>
        <translation>The school accepted this certificate when binding it.</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="90"/>
        <location filename="../../domain/model.py" line="166"/>
        <source>Nhân viên học vụ</source>
        <translation>Academic affairs officer</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="134"/>
        <location filename="../../services/grade_sheets.py" line="139"/>
        <source>Nhận xét</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="72"/>
        <source>Nhận xét chung</source>
        <translation>General comment</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="67"/>
        <source>Nhập dữ liệu, sao lưu, đồng bộ</source>
        <translation>Data import, backups, sync</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="191"/>
        <source>Nhập lại mật khẩu mới: </source>
        <translation>Enter the new password again: </translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="51"/>
        <source>Nhập lại mật khẩu: </source>
        <translation>Enter the password again: </translation>
    </message>
    <message>
        <location filename="../../cli/pin_prompt.py" line="30"/>
        <source>Nhập mã PIN của thiết bị ký "{label}"{hint}: </source>
        <translation>Enter the PIN of the signing device "{label}"{hint}: </translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="241"/>
        <source>Nhập tay giá trị đánh giá chỉ được trong đợt nhập điểm đang mở; các kỳ sau đang đóng: {k}. Không có gì được ghi.</source>
        <translation>Assessment values can be entered by hand only during an open entry period; these periods are closed: {k}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="61"/>
        <source>Nhập, sửa điểm và nhận xét</source>
        <translation>Entering scores and comments</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="18"/>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="296"/>
        <source>Nhật ký toàn vẹn.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="143"/>
        <source>Năm học {y} của học sinh này đã có học bạ ({s}); không nhập lại được bản chuyển đổi. Thu hồi học bạ đó trước nếu cần đính chính.</source>
        <translation>The school year {y} of this student already has a record ({s}); the converted page cannot be imported again. Revoke that record first if it needs a correction.</translation>
    </message>
    <message>
        <location filename="../../dataio/import_plan.py" line="59"/>
        <source>Năm học {y}: {nc} lớp mới, {ns} học sinh mới, {us} học sinh cập nhật, {ne} mục điểm mới, {ce} mục điểm thay đổi, {ue} không đổi, {a} phân công; {p} lỗi, {w} cảnh báo.</source>
        <translation>School year {y}: {nc} new classes, {ns} new students, {us} students updated, {ne} new score entries, {ce} score entries changed, {ue} unchanged, {a} assignments; {p} errors, {w} warnings.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="39"/>
        <source>Năm học “{y}” không hợp lệ: cần dạng 2025-2026.</source>
        <translation>The school year “{y}” is not valid: use the form 2025-2026.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="71"/>
        <source>Năng lực</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="108"/>
        <location filename="../../cli/signing_cmds.py" line="123"/>
        <source>Nếu đúng là người này (hoặc trường này), chạy lại với --accept-name-mismatch (sẽ được ghi nhật ký).</source>
        <translation>If it really is this person (or school), run again with --accept-name-mismatch (it will be audited).</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="134"/>
        <source>Nội dung mã QR quá dài.</source>
        <translation>The QR code's text is too long.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="153"/>
        <source>Nội dung đã bị thay đổi sau khi ký (sai mã băm).</source>
        <translation>The content was changed after signing (wrong hash).</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="29"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="85"/>
        <source>PIN bị khóa</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="50"/>
        <source>Phiên bản giao thức CSC phải là v1 hoặc v2.</source>
        <translation>The CSC protocol version must be v1 or v2.</translation>
    </message>
    <message>
        <location filename="../../storage/outbox.py" line="89"/>
        <source>Phiên bản học bạ phải là số nguyên dương.</source>
        <translation>The record version must be a positive whole number.</translation>
    </message>
    <message>
        <location filename="../../storage/outbox.py" line="103"/>
        <source>Phiên bản {v} của học bạ này đã được xếp hàng gửi với dữ liệu khác.</source>
        <translation>Version {v} of this record is already queued for sending with different data.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="292"/>
        <source>Phiên làm việc với thiết bị ký {serial} đã bị đóng. Hãy đăng nhập lại (nhập PIN) và tiếp tục từ tài liệu chưa ký.</source>
        <translation>The session with the signing device {serial} was closed. Log in again (enter the PIN) and continue from the unsigned document.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="170"/>
        <source>Phiên làm việc với thiết bị ký đã bị đóng. Hãy đăng nhập lại (nhập PIN).</source>
        <translation>The session with the signing device was closed. Log in again (enter the PIN).</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="110"/>
        <source>Phiên đăng nhập vào dịch vụ ký số từ xa đã hết hạn.</source>
        <translation>The session with the remote signing service has expired.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="93"/>
        <source>Phiên ủy quyền ký (SAD) đã hết hạn trước khi ký xong; hãy ký lại.</source>
        <translation>The signing authorisation (SAD) expired before signing finished; sign again.</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="53"/>
        <source>Phân công {t} dạy {m} lớp {c}.</source>
        <translation>Assigned {t} to teach {m} in class {c}.</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="87"/>
        <location filename="../../domain/model.py" line="163"/>
        <source>Phó Hiệu trưởng</source>
        <translation>Vice principal</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="214"/>
        <source>Phông Tinos đi kèm ({n} kiểu chữ) có đủ {k} chữ cái tiếng Việt; bản in dùng phông {src}.</source>
        <translation>The bundled Tinos font ({n} styles) has all {k} Vietnamese letters; printing uses the font {src}.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="37"/>
        <source>Phông chữ có tiếng Việt: {n}</source>
        <translation>Fonts with Vietnamese: {n}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="139"/>
        <source>Phông chữ tiếng Việt</source>
        <translation>Vietnamese fonts</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="67"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11)</source>
        <translation>Signing device software (PKCS#11 library)</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="194"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11) chưa sẵn sàng ({code}). Hãy đóng các phần mềm ký khác và thử lại.</source>
        <translation>The signing device software (PKCS#11 library) is not ready ({code}). Close other signing programs and try again.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="176"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11) không nhận ra thiết bị này. Hãy chọn đúng phần mềm của nhà cung cấp.</source>
        <translation>The signing device software (PKCS#11 library) does not recognise this device. Choose the vendor's own software.</translation>
    </message>
    <message>
        <location filename="../../token/modules.py" line="109"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11) {path} là bản {theirs}, còn chương trình này là bản {mine}. Hãy cài bản {mine} của phần mềm thiết bị ký.</source>
        <translation>The signing device software (PKCS#11 library) {path} is {theirs}, while this program is {mine}. Install the {mine} version of the signing device's software.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="110"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11) {path} làm tiến trình dừng ngay khi nạp; hãy cài lại phần mềm của thiết bị ký.</source>
        <translation>The signing device software (PKCS#11 library) {path} stopped the process as soon as it was loaded; reinstall the signing device's software.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="215"/>
        <source>Phần mềm thiết bị ký (thư viện PKCS#11) {path} nạp được nhưng không khởi động được (C_Initialize báo {code}). Dịch vụ hoặc trình điều khiển đi kèm thiết bị ký có thể chưa chạy; hãy cài lại hoặc khởi động phần mềm của nhà cung cấp.</source>
        <translation>The signing device software (PKCS#11 library) {path} loads but does not start (C_Initialize returned {code}). The service or driver that comes with the device may not be running; reinstall or start the vendor's software.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="71"/>
        <source>Phẩm chất</source>
        <translation>Qualities</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="36"/>
        <source>Qt {v} — nền tảng hiển thị: {p}</source>
        <translation>Qt {v} — display platform: {p}</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="85"/>
        <location filename="../../domain/model.py" line="167"/>
        <source>Quản trị viên</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="71"/>
        <location filename="../../services/grade_sheets.py" line="141"/>
        <source>Rèn luyện</source>
        <translation>Conduct</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="30"/>
        <source>Rèn luyện cả năm</source>
        <translation>Conduct, whole year</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="83"/>
        <source>Rèn luyện cả năm Chưa đạt: phải rèn luyện trong kỳ nghỉ hè.</source>
        <translation>Year conduct Not passed: must train during the summer holiday.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="76"/>
        <source>Rèn luyện cả năm: {y} (học kì I {a}, học kì II {b}).</source>
        <translation>Year conduct: {y} (semester I {a}, semester II {b}).</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="135"/>
        <source>Rèn luyện sau hè vẫn Chưa đạt: ở lại lớp.</source>
        <translation>Conduct still Not passed after the summer: repeats the year.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="190"/>
        <source>SAI</source>
        <translation>WRONG</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="161"/>
        <source>SHA-256 tệp PDF đã phát hành: {h}</source>
        <translation>SHA-256 of the issued PDF file: {h}</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="155"/>
        <source>Sai mã PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="154"/>
        <source>Sai mã PIN. Còn {n} lần thử.</source>
        <translation>Wrong PIN. {n} tries left.</translation>
    </message>
    <message>
        <location filename="../../storage/keyfile.py" line="170"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="103"/>
        <source>Sau kiểm tra lại</source>
        <translation>After the retest</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="180"/>
        <source>Sau đánh giá bổ sung vẫn chưa hoàn thành: chờ Hiệu trưởng quyết định.</source>
        <translation>Still not completed after the further assessment: waiting for the principal's decision.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="177"/>
        <source>Sau đánh giá bổ sung: Hoàn thành.</source>
        <translation>After the further assessment: Completed.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="20"/>
        <source>Sĩ số</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="81"/>
        <source>Sĩ số tối đa của một lớp</source>
        <translation>Maximum class size</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="130"/>
        <source>Sẽ ký số con dấu {n} bản chuyển đổi:</source>
        <translation>The digital seal will be applied to {n} converted pages:</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="159"/>
        <source>Sẽ ký {n} học bạ của lớp {c}:</source>
        <translation>{n} records of class {c} will be signed:</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="71"/>
        <source>Số buổi nghỉ</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="208"/>
        <source>Số buổi nghỉ “{n}” phải từ 0 đến 366.</source>
        <translation>The number of absences “{n}” must be from 0 to 366.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="28"/>
        <source>Số học sinh</source>
        <translation>Number of students</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="82"/>
        <source>Số học sinh nhiều nhất của một lớp khi nhập danh sách, thêm học sinh hay nhận học sinh chuyển đến (mặc định 60). Thông tư 28/2020 và 32/2020 quy định lớp tiểu học không quá 35, THCS và THPT không quá 45 học sinh; mặc định cao hơn để trường đông học sinh vẫn nhập được, chỉ chặn nhầm lẫn như nhập cả trường vào một lớp.</source>
        <translation>The most students a class may have when lists are imported, a student is added or a transfer is received (default 60). Circulars 28/2020 and 32/2020 set at most 35 students for a primary class and 45 for lower and upper secondary; the default is higher so that crowded schools can still enter their classes, and only stops mistakes such as a whole school imported into one class.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="130"/>
        <source>Số học sinh phải lớn hơn 0.</source>
        <translation>The number of students must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="74"/>
        <source>Số ngày trước khi chứng thư của dấu thời gian lưu trữ mới nhất hết hạn thì gắn dấu thời gian mới (mặc định 365 ngày).</source>
        <translation>How many days before the newest archive timestamp's certificate expires a new timestamp is added (default 365 days).</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="79"/>
        <source>Số phút không thao tác thì chương trình tự khoá màn hình (1–240, mặc định 10).</source>
        <translation>Minutes without activity after which the program locks the screen (1–240, default 10).</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="130"/>
        <source>Số tiết/năm phải là số nguyên dương, không phải “{v}”.</source>
        <translation>Periods per year must be a positive whole number, not “{v}”.</translation>
    </message>
    <message>
        <location filename="../../domain/personal_id.py" line="38"/>
        <source>Số định danh cá nhân có mã tỉnh “{c}” không tồn tại.</source>
        <translation>The personal ID number has a province code “{c}” that does not exist.</translation>
    </message>
    <message>
        <location filename="../../domain/personal_id.py" line="48"/>
        <source>Số định danh cá nhân không khớp giới tính ({s}).</source>
        <translation>The personal ID number does not match the sex ({s}).</translation>
    </message>
    <message>
        <location filename="../../domain/personal_id.py" line="54"/>
        <source>Số định danh cá nhân không khớp năm sinh {y}.</source>
        <translation>The personal ID number does not match the year of birth {y}.</translation>
    </message>
    <message>
        <location filename="../../domain/personal_id.py" line="35"/>
        <source>Số định danh cá nhân phải gồm đúng 12 chữ số.</source>
        <translation>A personal ID number has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../signing/identity.py" line="88"/>
        <source>Số định danh trên chứng thư ({c}) khác số định danh đã ghi cho người này ({a}).</source>
        <translation>The personal ID on the certificate ({c}) differs from the one recorded for this person ({a}).</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="24"/>
        <source>THCS</source>
        <translation>lower secondary</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="24"/>
        <source>THPT</source>
        <translation>upper secondary</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="19"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="185"/>
        <source>Thao tác trên thiết bị ký đã bị hủy.</source>
        <translation>The operation on the signing device was cancelled.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="163"/>
        <source>Thay đổi sau chữ ký vi phạm quyền sửa đổi của tài liệu.</source>
        <translation>A change after the signature breaks the document's modification permissions.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="23"/>
        <source>Theo khối</source>
        <translation>By grade</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="18"/>
        <source>Theo lớp</source>
        <translation>By class</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="27"/>
        <source>Theo môn</source>
        <translation>By subject</translation>
    </message>
    <message>
        <location filename="../../token/pin_attempts.py" line="125"/>
        <source>Thiết bị ký "{label}" chỉ còn {n} lần thử mã PIN. Chương trình không thử tiếp để tránh khóa thiết bị; hãy kiểm tra lại mã PIN với quản trị viên hoặc nhà cung cấp chứng thư số.</source>
        <translation>The signing device "{label}" has only {n} PIN tries left. The program does not try again, to avoid locking the device; check the PIN with the administrator or the certificate provider.</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="82"/>
        <source>Thiết bị ký "{label}" — số sê-ri {serial} — {maker} {model} (khe {slot}, thư viện {module})</source>
        <translation>Signing device "{label}" — serial number {serial} — {maker} {model} (slot {slot}, library {module})</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="168"/>
        <source>Thiết bị ký (USB token) đã bị rút ra. Hãy cắm lại và thử lại.</source>
        <translation>The signing device (USB token) was pulled out. Plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="172"/>
        <source>Thiết bị ký báo lỗi phần cứng. Hãy rút ra, cắm lại và thử lại.</source>
        <translation>The signing device reports a hardware error. Pull it out, plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="196"/>
        <source>Thiết bị ký báo lỗi {code}.</source>
        <translation>The signing device reports error {code}.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="166"/>
        <source>Thiết bị ký chưa được đặt mã PIN người dùng.</source>
        <translation>The signing device has no user PIN set yet.</translation>
    </message>
    <message>
        <location filename="../../services/certificate_binding.py" line="110"/>
        <source>Thiết bị ký có {n} chứng thư phù hợp; hãy chọn bằng --key-id: {ids}</source>
        <translation>The signing device holds {n} matching certificates; choose one with --key-id: {ids}</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="192"/>
        <source>Thiết bị ký hết bộ nhớ.</source>
        <translation>The signing device is out of memory.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="273"/>
        <source>Thiết bị ký không hỗ trợ giải mã RSA-OAEP nên không mở được gói đã mã hoá; hãy đề nghị trường gửi chỉ niêm phong.</source>
        <translation>The signing device does not support RSA-OAEP decryption, so the encrypted package cannot be opened; ask the sending school to send it sealed only.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="175"/>
        <source>Thiết bị ký không phản hồi sau {s} giây. Đã dừng thao tác; hãy rút thiết bị ra, cắm lại và thử lại.</source>
        <translation>The signing device did not answer within {s} seconds. The operation was stopped; pull the device out, plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="141"/>
        <source>Thiết bị ký số (PKCS#11)</source>
        <translation>Signing devices (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="63"/>
        <location filename="../../cli/token_cmds.py" line="22"/>
        <source>Thiết bị ký số (USB token)</source>
        <translation>Signing devices (USB token)</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="289"/>
        <source>Thiết bị ký {serial} đã bị rút ra. Hãy cắm lại, đăng nhập (nhập PIN) và tiếp tục từ tài liệu chưa ký.</source>
        <translation>The signing device {serial} was pulled out. Plug it in again, log in (enter the PIN) and continue from the unsigned document.</translation>
    </message>
    <message>
        <location filename="../../services/certificate_binding.py" line="104"/>
        <source>Thiết bị ký {s} có {n} chứng thư nhưng không thấy khóa ký đi kèm (không có khóa công khai cùng mã CKA_ID). Hãy nạp lại chứng thư và khóa bằng phần mềm của nhà cung cấp.</source>
        <translation>Token {s} has {n} certificates but no matching signing key (no public key with the same CKA_ID). Load the certificate and key again with the vendor's software.</translation>
    </message>
    <message>
        <location filename="../../services/certificate_binding.py" line="99"/>
        <source>Thiết bị ký {s} không có đối tượng chứng thư số nào (chỉ có khóa, hoặc chứng thư chưa được nạp). Hãy dùng phần mềm của nhà cung cấp để nạp chứng thư vào thiết bị.</source>
        <translation>Token {s} has no certificate object (only keys, or the certificate was never loaded). Load the certificate with the vendor's software.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="183"/>
        <source>Thiết bị ký đang bận với thao tác khác. Hãy thử lại sau.</source>
        <translation>The signing device is busy with another operation. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="258"/>
        <source>Thiết bị ký đang chạy trong tiến trình chính thay vì tiến trình riêng.</source>
        <translation>The signing device is running in the main process instead of its own process.</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="181"/>
        <source>Thiết bị ký đang được một người dùng khác đăng nhập.</source>
        <translation>Another user is logged in to the signing device.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="71"/>
        <source>Thiếu chương trình pdftoppm (poppler-utils) để xem trước bản in.</source>
        <translation>The program pdftoppm (poppler-utils) is missing, so the print preview cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="278"/>
        <source>Thiếu kho chứng thư HTTPS ({f}).</source>
        <translation>The HTTPS certificate store is missing ({f}).</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="218"/>
        <source>Thiếu kết quả rèn luyện {p}.</source>
        <translation>The conduct result {p} is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="244"/>
        <source>Thiếu mã học sinh.</source>
        <translation>The student code is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="222"/>
        <source>Thiếu số buổi nghỉ cả năm.</source>
        <translation>The year's number of absences is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="180"/>
        <source>Thiếu tên lớp.</source>
        <translation>The class name is missing.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc_xlsx.py" line="163"/>
        <source>Thiếu tệp bản scan “{f}” trong thư mục {d}.</source>
        <translation>The scan file “{f}” is missing in the folder {d}.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="211"/>
        <source>Thiếu tệp phông chữ đi kèm: {f}.</source>
        <translation>A bundled font file is missing: {f}.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="60"/>
        <source>Thu hồi học bạ</source>
        <translation>Revoke a record</translation>
    </message>
    <message>
        <location filename="../../token/signer.py" line="85"/>
        <source>Thuật toán băm không được hỗ trợ: {name}</source>
        <translation>Hash algorithm not supported: {name}</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="171"/>
        <source>Thêm học sinh {n} vào lớp {c}.</source>
        <translation>Add student {n} to class {c}.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="199"/>
        <source>Thông tư 27/2020 không xếp loại hạnh kiểm/rèn luyện.</source>
        <translation>Circular 27/2020 does not grade conduct.</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="120"/>
        <source>Thông tư {t} không áp dụng cho cấp học của trường.</source>
        <translation>Circular {t} does not apply to the school's level.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="172"/>
        <source>Thông tư “{t}” không hợp lệ; chọn một trong: {a}.</source>
        <translation>The circular “{t}” is not valid; choose one of: {a}.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="77"/>
        <source>Thư mục chứa chứng thư gốc của các tổ chức cung cấp dịch vụ chứng thực được tin cậy.</source>
        <translation>Folder holding the root certificates of the trusted certification service providers.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="145"/>
        <source>Thư mục dữ liệu và dung lượng đĩa</source>
        <translation>Data folder and disk space</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="62"/>
        <source>Thư viện PKCS#11:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="211"/>
        <source>Thư viện openCryptoki {path} không khởi động được ({code}): dịch vụ pkcsslotd chưa chạy. Hãy khởi động dịch vụ (systemctl start pkcsslotd) rồi thử lại.</source>
        <translation>The openCryptoki library {path} does not start ({code}): the pkcsslotd service is not running. Start it (systemctl start pkcsslotd) and try again.</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="19"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="177"/>
        <source>Thứ tự hoặc vai trò người ký XML không đúng danh sách người ký của học bạ ({r}).</source>
        <translation>The order or roles of the XML signers do not follow the record's list of signers ({r}).</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="244"/>
        <source>Thứ tự hoặc vai trò người ký không đúng quy trình (GVCN → Hiệu trưởng → Con dấu).</source>
        <translation>The signer's order or role does not follow the procedure (homeroom teacher → principal → seal).</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="171"/>
        <source>Tiến trình làm việc với thiết bị ký đã dừng bất thường (mã {code}). Thư viện của thiết bị ký có thể bị lỗi; hãy thử lại.</source>
        <translation>The signing-device process stopped abnormally (code {code}). The device's library may be faulty; please retry.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="36"/>
        <source>Tiến độ nhập</source>
        <translation>Entry progress</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue.py" line="24"/>
        <location filename="../../domain/glossary.py" line="52"/>
        <source>Tiểu học</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="229"/>
        <source>Trang PDF thử không đúng (số trang {n}, phông chữ chưa được nhúng).</source>
        <translation>The test PDF page is not right ({n} pages, fonts not embedded).</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="146"/>
        <source>Trang xác nhận của dịch vụ ký đang mở trong trình duyệt; nếu không thấy, hãy mở: {u}</source>
        <translation>The signing service's approval page is opening in the browser; if it does not appear, open: {u}</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="36"/>
        <location filename="../../domain/legacy.py" line="37"/>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="52"/>
        <source>Trung học cơ sở</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="52"/>
        <source>Trung học phổ thông</source>
        <translation>Upper secondary school</translation>
    </message>
    <message>
        <location filename="../../sync/sender.py" line="181"/>
        <source>Trung tâm chưa có tệp đính kèm; gửi lại.</source>
        <translation>The centre does not have the attachment yet; sending again.</translation>
    </message>
    <message>
        <location filename="../../sync/sender.py" line="184"/>
        <source>Trung tâm từ chối học bạ này.</source>
        <translation>The centre rejected this record.</translation>
    </message>
    <message>
        <location filename="../../sync/sender.py" line="176"/>
        <source>Trung tâm đã có phiên bản này với nội dung khác.</source>
        <translation>The centre already holds this version with different content.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="318"/>
        <source>Trường chưa có khoá ký biên nhận của hệ thống trung tâm nên chưa thể kiểm tra tệp biên nhận. Hãy đồng bộ trực tuyến một lần, hoặc quản trị viên nhập khoá và dấu vân tay do Sở cung cấp (hocbaso sync trust-receipt-key).</source>
        <translation>The school does not have the central system's receipt signing key yet, so the receipt file cannot be checked. Sync online once, or let the administrator enter the key and fingerprint given by the Department (hocbaso sync trust-receipt-key).</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="93"/>
        <source>Trường chưa có khoá mã hoá gói của hệ thống trung tâm nên chưa thể ghi gói ra USB (gói phải được mã hoá cho trung tâm). Hãy đồng bộ trực tuyến một lần, hoặc quản trị viên nhập khoá và dấu vân tay do Sở cung cấp (hocbaso sync trust-bundle-key).</source>
        <translation>The school does not have the central system's bundle encryption key yet, so no USB bundle can be written (bundles must be encrypted for the centre). Sync online once, or have the administrator enter the key and fingerprint supplied by the Department (hocbaso sync trust-bundle-key).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="180"/>
        <source>Trường kiểm tra cài đặt</source>
        <translation>Installation check field</translation>
    </message>
    <message>
        <location filename="../../demo.py" line="85"/>
        <source>Trường mẫu có tối đa {n} học sinh.</source>
        <translation>The demo school has at most {n} students.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="139"/>
        <source>Trường {c} đã có; dùng “school token” để cấp mã mới.</source>
        <translation>School {c} already exists; use “school token” to issue a new token.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="58"/>
        <source>Trường “{f}”: {d}</source>
        <translation>Field “{f}”: {d}</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="158"/>
        <source>Trường: {s}; học bạ {id} phiên bản {v}, phát hành {d}</source>
        <translation>School: {s}; record {id} version {v}, issued {d}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="66"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="79"/>
        <source>Tài khoản hoặc chứng thư đã chuẩn bị lô ký không còn hiệu lực; hãy ký lại.</source>
        <translation>The account or certificate that prepared the batch is no longer valid; sign again.</translation>
    </message>
    <message>
        <location filename="../../signing/token_signing.py" line="44"/>
        <source>Tài khoản này ký bằng dịch vụ ký số từ xa “{s}”: dùng lệnh ký với --remote.</source>
        <translation>This account signs with the remote signing service “{s}”: use the sign command with --remote.</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="143"/>
        <source>Tài khoản “{u}” ({r}) không có quyền {a}.</source>
        <translation>The account “{u}” ({r}) may not {a}.</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="122"/>
        <source>Tài khoản “{u}” ({r}) không thể ký với vai trò này.</source>
        <translation>The account “{u}” ({r}) cannot sign in this role.</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="155"/>
        <source>Tài khoản “{u}” chưa được đăng ký chứng thư số để ký với vai trò này.</source>
        <translation>The account “{u}” has no certificate registered for signing in this role.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="65"/>
        <source>Tài khoản “{u}” ký bằng thiết bị ký (USB token), không phải ký số từ xa; bỏ --remote.</source>
        <translation>The account “{u}” signs with a signing device (USB token), not remotely; drop --remote.</translation>
    </message>
    <message>
        <location filename="../../services/accounts.py" line="40"/>
        <location filename="../../storage/users_repo.py" line="70"/>
        <source>Tài khoản “{u}” đã bị khoá.</source>
        <translation>The account “{u}” is disabled.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="136"/>
        <source>Tài khoản: {u}</source>
        <translation>Account: {u}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="161"/>
        <source>Tài liệu bị sửa đổi không hợp lệ sau chữ ký này.</source>
        <translation>The document was modified in a way not allowed after this signature.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="45"/>
        <source>Tên dịch vụ ký cần từ 1 đến 60 ký tự.</source>
        <translation>A signing service name has 1 to 60 characters.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="193"/>
        <source>Tên trên chứng thư “{c}” KHÁC tên in trên học bạ “{f}”.</source>
        <translation>The name on the certificate “{c}” DIFFERS from the name printed on the record “{f}”.</translation>
    </message>
    <message>
        <location filename="../../signing/identity.py" line="84"/>
        <source>Tên trên chứng thư “{c}” khác tên tài khoản “{a}”.</source>
        <translation>The name on the certificate “{c}” differs from the account's name “{a}”.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="126"/>
        <source>Tên trường không được để trống.</source>
        <translation>The school name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../storage/users_repo.py" line="31"/>
        <source>Tên đăng nhập “{u}” không hợp lệ: chỉ dùng chữ thường không dấu, số, . _ -</source>
        <translation>The user name “{u}” is not valid: use only lower-case letters without accents, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../storage/users_repo.py" line="41"/>
        <source>Tên đăng nhập “{u}” đã có.</source>
        <translation>The user name “{u}” already exists.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="345"/>
        <source>Tình trạng thu hồi chứng thư: đã kiểm tra bằng dữ liệu thu hồi (OCSP/CRL) gắn trong tệp.</source>
        <translation>Certificate revocation: checked with the revocation data (OCSP/CRL) embedded in the file.</translation>
    </message>
    <message>
        <location filename="../../dataio/import_context.py" line="110"/>
        <source>Tạo lớp {c} (khối {g}).</source>
        <translation>Create class {c} (grade {g}).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="140"/>
        <source>Tạo tệp PDF</source>
        <translation>PDF creation</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="201"/>
        <source>Tạo, mở lại và xóa một cơ sở dữ liệu mã hóa trong thư mục tạm: thành công.</source>
        <translation>Created, reopened and deleted an encrypted database in the temporary folder: success.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="74"/>
        <source>TỆP.pdf, TỆP.xml, hoặc cả hai (khi đó kiểm tra thêm hai dạng có cùng dữ liệu)</source>
        <translation>FILE.pdf, FILE.xml, or both (then also checks that the two hold the same data)</translation>
    </message>
    <message>
        <location filename="../../token/signer.py" line="76"/>
        <source>Tệp .p12 không chứa khóa RSA/EC và chứng thư số.</source>
        <translation>The .p12 file does not hold an RSA/EC key and a certificate.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="71"/>
        <source>Tệp PDF {f} không có trang nào.</source>
        <translation>The PDF file {f} has no pages.</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="174"/>
        <source>Tệp XML không có chữ ký số nào.</source>
        <translation>The XML file has no digital signature.</translation>
    </message>
    <message>
        <location filename="../../signing/xml_form.py" line="166"/>
        <source>Tệp XML không phải học bạ số (thiếu phần tử học bạ).</source>
        <translation>The XML file is not a digital record (the record element is missing).</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="170"/>
        <source>Tệp XML không đúng lược đồ hocba.xsd: {e}</source>
        <translation>The XML file does not follow the schema hocba.xsd: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/xml_form.py" line="147"/>
        <source>Tệp XML quá lớn (tối đa {n} MB).</source>
        <translation>The XML file is too large (at most {n} MB).</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="331"/>
        <source>Tệp biên nhận “{f}” có biên nhận không ký bởi khoá của hệ thống trung tâm: không ghi nhận gì.</source>
        <translation>The receipt file “{f}” holds receipts not signed by the central system's key: nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="308"/>
        <source>Tệp biên nhận “{f}” không đọc được hoặc sai định dạng.</source>
        <translation>The receipt file “{f}” is unreadable or in the wrong format.</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="117"/>
        <source>Tệp chứa quá nhiều chứng thư (tối đa {n}).</source>
        <translation>The file holds too many certificates (at most {n}).</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="99"/>
        <source>Tệp chứng thư quá lớn (tối đa {n} MB).</source>
        <translation>The certificate file is too large (at most {n} MB).</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="56"/>
        <source>Tệp chứng thư “{f}” quá lớn.</source>
        <translation>Certificate file “{f}” is too large.</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="151"/>
        <source>Tệp có {n} dòng đánh giá của học sinh không có trong tệp; không nhập.</source>
        <translation>The file has {n} assessment rows of students not in the file; not imported.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="187"/>
        <source>Tệp cơ sở dữ liệu được tạo ra KHÔNG được mã hóa.</source>
        <translation>The database file created is NOT encrypted.</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="142"/>
        <source>Tệp dữ liệu thiếu hoặc sai trường thông tin ({e}).</source>
        <translation>The data file is missing a field or has a wrong one ({e}).</translation>
    </message>
    <message>
        <location filename="../../services/transfers.py" line="241"/>
        <source>Tệp gói đã mở phải khác tệp gói đã mã hoá.</source>
        <translation>The opened package file must differ from the encrypted package file.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="136"/>
        <source>Tệp gói đồng bộ “{f}” bị hỏng hoặc không phải gói đồng bộ.</source>
        <translation>Sync bundle “{f}” is damaged or is not a sync bundle.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="143"/>
        <source>Tệp gói đồng bộ “{f}” bị hỏng, bị sửa, hoặc mã truy cập không đúng.</source>
        <translation>The sync package file “{f}” is damaged, altered, or the access token is wrong.</translation>
    </message>
    <message>
        <location filename="../../storage/keyfile.py" line="213"/>
        <source>Tệp khoá “{f}” bị hỏng.</source>
        <translation>The key file “{f}” is damaged.</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="136"/>
        <source>Tệp không chứa chứng thư của tổ chức cấp (CA): chứng thư của người ký không được thêm vào danh sách tin cậy.</source>
        <translation>The file holds no CA certificate: a signer's certificate is never added to the trust list.</translation>
    </message>
    <message>
        <location filename="../../signing/lta.py" line="78"/>
        <source>Tệp không có chữ ký số nào để bổ sung dữ liệu kiểm tra.</source>
        <translation>The file has no digital signature to add validation data to.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="238"/>
        <source>Tệp không có chữ ký số nào.</source>
        <translation>The file has no digital signature.</translation>
    </message>
    <message>
        <location filename="../../signing/xml_form.py" line="151"/>
        <source>Tệp không phải XML hợp lệ: {e}</source>
        <translation>The file is not valid XML: {e}</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="52"/>
        <source>Tệp không phải chứng thư số X.509 (PEM hoặc DER).</source>
        <translation>The file is not an X.509 certificate (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../signing/trust.py" line="115"/>
        <source>Tệp không phải chứng thư số X.509 hoặc gói PKCS#7 (PEM, DER, .p7b).</source>
        <translation>The file is not an X.509 certificate or a PKCS#7 bundle (PEM, DER, .p7b).</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="50"/>
        <location filename="../../storage/database.py" line="116"/>
        <source>Tệp không phải cơ sở dữ liệu học bạ, hoặc đã bị hỏng.</source>
        <translation>The file is not a record-book database, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="235"/>
        <location filename="../../signing/verify.py" line="261"/>
        <source>Tệp không phải là PDF hợp lệ: {e}</source>
        <translation>The file is not a valid PDF: {e}</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="144"/>
        <source>Tệp là dữ liệu của trường {c}, không phải trường này ({m}).</source>
        <translation>The file holds the data of school {c}, not of this school ({m}).</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="115"/>
        <source>Tệp quá lớn ({m} MB) để là một học bạ.</source>
        <translation>The file is too large ({m} MB) to be a record book.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="226"/>
        <source>Tệp tạo ra không phải PDF.</source>
        <translation>The file created is not a PDF.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="61"/>
        <source>Tệp {f} không phải PDF, PNG hoặc JPEG.</source>
        <translation>The file {f} is not a PDF, PNG or JPEG.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="56"/>
        <source>Tệp {f} là PDF {v}; bản scan cần PDF 1.4 trở lên.</source>
        <translation>The file {f} is PDF {v}; a scan needs PDF 1.4 or later.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="51"/>
        <source>Tệp {f} lớn hơn {m} MB.</source>
        <translation>The file {f} is larger than {m} MB.</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="148"/>
        <source>Tệp {f} quá lớn ({n} MB; tối đa {m} MB).</source>
        <translation>The file {f} is too large ({n} MB; at most {m} MB).</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="49"/>
        <source>Tệp {f} quá lớn để là một khóa bí mật.</source>
        <translation>The file {f} is too large to be a client secret.</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="49"/>
        <source>Tệp {f} rỗng.</source>
        <translation>The file {f} is empty.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="53"/>
        <source>Tệp {f} trống.</source>
        <translation>The file {f} is empty.</translation>
    </message>
    <message>
        <location filename="../../token/modules.py" line="105"/>
        <source>Tệp {path} không phải là phần mềm thiết bị ký (thư viện PKCS#11, DLL/.so).</source>
        <translation>The file {path} is not signing device software (a PKCS#11 library, DLL/.so).</translation>
    </message>
    <message>
        <location filename="../../token/errors.py" line="207"/>
        <source>Tệp {path} nạp được nhưng không phải phần mềm thiết bị ký (thư viện PKCS#11, không có hàm C_GetFunctionList). Hãy chọn đúng tệp của nhà cung cấp thiết bị ký.</source>
        <translation>The file {path} loads but is not signing device software (a PKCS#11 library: it has no C_GetFunctionList). Choose the signing device vendor's file.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="65"/>
        <location filename="../../dataio/xlsx_reader.py" line="71"/>
        <source>Tệp {p} bị hỏng: không đọc được nội dung bảng tính ({f}).</source>
        <translation>The file {p} is damaged: the spreadsheet content cannot be read ({f}).</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="146"/>
        <source>Tệp {p} bị hỏng: tệp Office 97–2003 bị cắt cụt (có thể do chép dở).</source>
        <translation>The file {p} is damaged: the Office 97–2003 file is cut short (perhaps an interrupted copy).</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="135"/>
        <source>Tệp {p} bị hỏng: tệp nén của bảng tính không đọc được (có thể tệp bị cắt cụt khi chép).</source>
        <translation>The file {p} is damaged: the spreadsheet's archive cannot be read (perhaps cut short while copying).</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="101"/>
        <source>Tệp {p} bị hỏng: tệp rỗng (0 byte).</source>
        <translation>The file {p} is damaged: it is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="109"/>
        <source>Tệp {p} không phải bảng tính Excel hay OpenDocument mà là {k}. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu thành .xlsx, .xls hoặc .ods.</source>
        <translation>The file {p} is not an Excel or OpenDocument spreadsheet but {k}. Open it in Excel or LibreOffice and save it as .xlsx, .xls or .ods.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="182"/>
        <source>Tệp {p} không phải bảng tính mà là {k}. Hãy nhập tệp .xlsx, .xlsm, .xls hoặc .ods.</source>
        <translation>The file {p} is not a spreadsheet but {k}. Import an .xlsx, .xlsm, .xls or .ods file.</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="107"/>
        <source>Tệp {p} không phải dữ liệu xuất của Học bạ số (phiên bản {v}).</source>
        <translation>The file {p} is not a Học bạ số data export (version {v}).</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="147"/>
        <source>Tệp {p} không phải gói chuyển trường của Học bạ số.</source>
        <translation>The file {p} is not a Học bạ số transfer package.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="103"/>
        <source>Tệp {p} quá lớn ({m} MB); tối đa {n} MB.</source>
        <translation>The file {p} is too large ({m} MB); at most {n} MB.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="74"/>
        <source>Tệp {p} quá lớn để nhập: tối đa {r} dòng, {c} cột và {n} ô mỗi trang tính.</source>
        <translation>The file {p} is too large to import: at most {r} rows, {c} columns and {n} cells per sheet.</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="187"/>
        <source>Tệp {p} được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, bỏ mật khẩu (lưu lại không có mật khẩu) rồi nhập lại.</source>
        <translation>The file {p} is password-protected and cannot be read. Open it in Excel or LibreOffice, remove the password (save it without a password) and import it again.</translation>
    </message>
    <message>
        <location filename="../../storage/outbox.py" line="92"/>
        <location filename="../../storage/outbox.py" line="126"/>
        <source>Tệp đính kèm {h} chưa được lưu.</source>
        <translation>The attachment {h} has not been saved.</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="53"/>
        <source>Tệp “{f}” không phải bản sao lưu của trường này, hoặc đã hỏng.</source>
        <translation>The file “{f}” is not a backup of this school, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../cli/rules_cmds.py" line="37"/>
        <source>Tệp “{f}” không phải văn bản UTF-8.</source>
        <translation>The file “{f}” is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../signing/package_envelope.py" line="60"/>
        <source>Tệp “{f}” phải chứa đúng một chứng thư của trường nhận (có thể kèm chứng thư các tổ chức cấp).</source>
        <translation>File “{f}” must contain exactly one certificate of the receiving school (optionally with its issuers' certificates).</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="31"/>
        <location filename="../../storage/database.py" line="39"/>
        <source>Tệp “{f}” đã tồn tại; hãy chọn tên khác.</source>
        <translation>The file “{f}” already exists; choose another name.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <source>Tỉ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="50"/>
        <location filename="../../domain/assessment.py" line="78"/>
        <location filename="../../domain/legacy.py" line="37"/>
        <location filename="../../domain/record_book.py" line="28"/>
        <location filename="../../domain/record_book.py" line="29"/>
        <location filename="../../domain/tt22_learning.py" line="22"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="215"/>
        <source>Vai trò bị hạ quyền: đã đổi khoá mã hoá cơ sở dữ liệu.</source>
        <translation>A role was demoted: the database encryption key was changed.</translation>
    </message>
    <message>
        <location filename="../../signing/certificates.py" line="119"/>
        <location filename="../../signing/issuance.py" line="182"/>
        <source>Vai trò ký “{r}” không hợp lệ (gvcn, principal, seal).</source>
        <translation>The signing role “{r}” is not valid (gvcn, principal, seal).</translation>
    </message>
    <message>
        <location filename="../../signing/issuance.py" line="187"/>
        <source>Vai trò này không nằm trong danh sách người ký bắt buộc của trường.</source>
        <translation>This role is not among the school's required signers.</translation>
    </message>
    <message>
        <location filename="../../domain/glossary.py" line="91"/>
        <location filename="../../domain/model.py" line="165"/>
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="230"/>
        <source>Vẽ một trang A4 có chữ tiếng Việt: {n} trang, {kb} KB, phông chữ được nhúng.</source>
        <translation>Drew an A4 page with Vietnamese text: {n} pages, {kb} KB, fonts embedded.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="119"/>
        <source>Với --database cần thêm --blobs THƯ_MỤC (nơi lưu tệp PDF đã ký).</source>
        <translation>With --database, --blobs FOLDER is also needed (where the signed PDF files are kept).</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="209"/>
        <source>Với --database cần thêm --blobs THƯ_MỤC.</source>
        <translation>With --database, --blobs FOLDER is also needed.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="154"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="195"/>
        <source>Xếp học sinh {n} vào lớp {c}.</source>
        <translation>Put student {n} in class {c}.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="98"/>
        <source>Yêu cầu ký đã bị từ chối trên điện thoại.</source>
        <translation>The signing request was refused on the phone.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="36"/>
        <location filename="../../domain/legacy.py" line="37"/>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../dataio/import_plan.py" line="22"/>
        <source>[{s}!{c}] {r}</source>
        <translation>[{s}!{c}] {r}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="81"/>
        <location filename="../../cli/dataio_cmds.py" line="83"/>
        <source>báo cáo kết quả của trường cho hiệu trưởng và Sở</source>
        <translation>the school's results report for the principal and the Department</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="47"/>
        <source>bản scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="31"/>
        <source>bản scan trang học bạ (PDF, PNG, JPEG)</source>
        <translation>scan of the record page (PDF, PNG, JPEG)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="133"/>
        <source>bản trình chiếu PowerPoint (.pptx)</source>
        <translation>a PowerPoint presentation (.pptx)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="160"/>
        <source>bản trình chiếu PowerPoint 97–2003 (.ppt)</source>
        <translation>a PowerPoint 97–2003 presentation (.ppt)</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="33"/>
        <source>bị rút quyền</source>
        <translation>privilege withdrawn</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="42"/>
        <source>bỏ khoá biên nhận đã ghim của máy chủ này (sau khi đã xác minh với Sở)</source>
        <translation>forget this server's pinned receipt key (after checking with the Department)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="71"/>
        <source>chu kì đồng bộ</source>
        <translation>the sync interval</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="58"/>
        <source>chuyển trường</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="80"/>
        <location filename="../../cli/dataio_cmds.py" line="49"/>
        <source>chuyển trường: đóng gói học sinh chuyển đi, nhận học sinh chuyển đến</source>
        <translation>transfers: package a student leaving, receive a student arriving</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="302"/>
        <source>chưa cấu hình (cần --db và --user để đọc địa chỉ máy chủ).</source>
        <translation>not configured (--db and --user are needed to read the server address).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="306"/>
        <source>chưa cấu hình địa chỉ máy chủ hoặc mã truy cập của trường.</source>
        <translation>the school's server address or access token is not configured.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="259"/>
        <source>chưa cắm thiết bị ký nào</source>
        <translation>no signing device plugged in</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="109"/>
        <source>chưa ký được — học bạ vẫn khóa chờ ký</source>
        <translation>not signed — the records stay locked for signing</translation>
    </message>
    <message>
        <location filename="../../cli/results_cmds.py" line="40"/>
        <source>chưa đủ dữ liệu</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="53"/>
        <location filename="../../cli/server_cmds.py" line="36"/>
        <source>chạy máy chủ trung tâm tham chiếu (thử nghiệm, trình diễn, thí điểm)</source>
        <translation>run the reference central server (testing, demonstration, pilot)</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="28"/>
        <source>chỉ kiểm tra và báo cáo, không ghi gì</source>
        <translation>only check and report, write nothing</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="22"/>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation>only check, write nothing</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="21"/>
        <source>chỉ kì này: gk1, ck1, gk2, cn, hk1, hk2</source>
        <translation>only this period: gk1, ck1, gk2, cn, hk1, hk2</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="40"/>
        <source>chỉ lớp này (Excel)</source>
        <translation>only this class (Excel)</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="20"/>
        <source>chỉ môn này (lặp lại được)</source>
        <translation>only this subject (can be repeated)</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="298"/>
        <source>chỉ nhận lenlop (lên lớp) hoặc olai (ở lại lớp).</source>
        <translation>only lenlop (promoted) or olai (kept back) are accepted.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="167"/>
        <source>chỉ nhận {codes}.</source>
        <translation>accepts only {codes}.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="61"/>
        <source>chỉ xem trạng thái: học bạ chờ ký, các lô ký từ xa chưa xong (không ký gì)</source>
        <translation>only show the state: records waiting, remote batches not finished (signs nothing)</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="15"/>
        <source>chống chối bỏ</source>
        <translation>non-repudiation</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="107"/>
        <source>chờ gửi (chưa có kết nối hoặc cần mã PIN)</source>
        <translation>waiting to be sent (no connection yet, or the PIN is needed)</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="108"/>
        <source>chờ xác nhận trên điện thoại</source>
        <translation>waiting for confirmation on the phone</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="57"/>
        <source>chứng thư con dấu của trường nhận (PEM/DER): khi văn thư niêm phong, gói được mã hoá cho nó</source>
        <translation>the receiving school's seal certificate (PEM/DER): when the clerk seals, the package is encrypted for it</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="72"/>
        <source>chứng thư con dấu của trường nhận: niêm phong rồi mã hoá gói cho nó</source>
        <translation>the receiving school's seal certificate: seal, then encrypt the package for it</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="84"/>
        <source>chứng thư của đơn vị ký và CA trung gian (tệp hoặc thư mục)</source>
        <translation>certificates of the signing unit and of the intermediate CAs (file or folder)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="95"/>
        <source>chứng thư gốc tin cậy (tệp PEM/DER hoặc thư mục); lặp lại được</source>
        <translation>trusted root certificate (PEM/DER file or folder); can be repeated</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="76"/>
        <source>chứng thư gốc và CA trung gian (tệp hoặc thư mục); không có: danh sách tin cậy của trường (--db hoặc cơ sở dữ liệu mặc định)</source>
        <translation>root and intermediate CA certificates (file or folder); without it: the school's trust list (--db or the default database)</translation>
    </message>
    <message>
        <location filename="../../signing/remote_issuance.py" line="226"/>
        <location filename="../../signing/remote_issuance.py" line="244"/>
        <source>chữ ký trả về không khớp với chứng thư</source>
        <translation>the signature returned does not match the certificate</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="28"/>
        <source>client id của tài khoản trường tại dịch vụ</source>
        <translation>client id of the school's account at the service</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="76"/>
        <source>con dấu của trường</source>
        <translation>the school's seal</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="67"/>
        <source>cuối học kì I</source>
        <translation>end of semester I</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="67"/>
        <source>cuối năm</source>
        <translation>end of year</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="84"/>
        <location filename="../../cli/config_cmds.py" line="13"/>
        <source>cài đặt của trường (quản trị viên)</source>
        <translation>the school's settings (administrator)</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="31"/>
        <source>các chứng thư gốc và CA đã biết của Việt Nam (nơi tải, dấu vân tay công bố)</source>
        <translation>the known Vietnamese roots and CAs (where to download, published fingerprints)</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="35"/>
        <source>các lô ký đang chờ gửi tới dịch vụ ký từ xa</source>
        <translation>the batches waiting to be sent to the remote signing service</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="301"/>
        <source>các mục cuối cùng đã bị xoá</source>
        <translation>the last entries were deleted</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="86"/>
        <source>còn 1 lần thử PIN</source>
        <translation>1 PIN try left</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="196"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="65"/>
        <source>có nhiều cán bộ tên “{t}”: ghi số định danh thay cho tên</source>
        <translation>several staff members are named “{t}”: give the personal ID number instead of the name</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="132"/>
        <source>cơ sở dữ liệu của trường (cho giao diện và mọi lệnh con)</source>
        <translation>the school's database (for the window and every sub-command)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="97"/>
        <source>cấp học (tieuhoc: tiểu học, thcs: trung học cơ sở, thpt: trung học phổ thông)</source>
        <translation>school level (tieuhoc: primary, thcs: lower secondary, thpt: upper secondary)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="64"/>
        <source>cấp mã truy cập mới cho một trường (mã cũ hết hiệu lực)</source>
        <translation>issue a new access token to a school (the old one stops working)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="42"/>
        <source>cấu hình máy chủ đồng bộ</source>
        <translation>configured the sync server</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="111"/>
        <source>cần có “level”.</source>
        <translation>“level” is required.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="198"/>
        <source>cần số buổi nghỉ cả năm.</source>
        <translation>the year's number of absences is required.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="160"/>
        <source>cần số tiết/năm (số nguyên dương) cho môn tính điểm.</source>
        <translation>scored subjects need the periods per year (a positive whole number).</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="43"/>
        <source>cổng của dịch vụ ký số từ xa mẫu</source>
        <translation>port of the demo remote signing service</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="39"/>
        <source>cổng lắng nghe</source>
        <translation>listening port</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="114"/>
        <source>cổng lắng nghe của máy chủ thử nghiệm</source>
        <translation>listening port of the test server</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="90"/>
        <source>cột “{h}” không nhận ra; bị bỏ qua</source>
        <translation>column “{h}” not recognised; ignored</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="143"/>
        <source>cột “{h}” là điểm trung bình, do chương trình tự tính; bị bỏ qua</source>
        <translation>column “{h}” is an average, computed by the program; skipped</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="37"/>
        <source>danh hiệu</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="72"/>
        <source>danh sách học sinh của lớp</source>
        <translation>the class's list of students</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="73"/>
        <source>danh sách tin cậy</source>
        <translation>the trust list</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="66"/>
        <location filename="../../cli/trust_cmds.py" line="21"/>
        <source>danh sách tin cậy: chứng thư gốc và CA trung gian</source>
        <translation>trust list: roots and intermediate CAs</translation>
    </message>
    <message>
        <location filename="../../dataio/json_export.py" line="197"/>
        <source>danhgia[{n}]: {m}</source>
        <translation>danhgia[{n}]: {m}</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="320"/>
        <source>do người ký khai, chưa xác thực</source>
        <translation>stated by the signer, not verified</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="99"/>
        <source>dòng không cho biết học sinh nào (thiếu họ tên, mã học sinh)</source>
        <translation>the row does not say which student (full name, student code missing)</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="109"/>
        <source>dòng {r}</source>
        <translation>row {r}</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="133"/>
        <source>dùng cách ghép cột đã nhớ cho tệp cùng dạng: {m}</source>
        <translation>using the column mapping remembered for files of the same shape: {m}</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="64"/>
        <source>dùng được</source>
        <translation>usable</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="26"/>
        <source>dấu vân tay SHA-256 đã đối chiếu với trang của tổ chức phát hành (xác nhận không cần hỏi; lặp lại cho mỗi chứng thư của tệp)</source>
        <translation>SHA-256 fingerprint checked against the publisher's site (confirms without asking; repeat for each certificate of the file)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="47"/>
        <location filename="../../cli/sync_cmds.py" line="52"/>
        <source>dấu vân tay in trong văn bản của Sở (64 ký tự hex)</source>
        <translation>the fingerprint printed in the Department's letter (64 hex characters)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="75"/>
        <location filename="../../cli/remote_cmds.py" line="23"/>
        <source>dịch vụ ký số từ xa (CSC)</source>
        <translation>remote signing services (CSC)</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="48"/>
        <source>dữ liệu phải là một đối tượng JSON.</source>
        <translation>the data must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="55"/>
        <source>ghi các mục chờ gửi ra tệp (USB), mã hoá cho khoá của trung tâm</source>
        <translation>write the pending items to a file (USB), encrypted for the centre's key</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="66"/>
        <source>ghi nhận biên nhận mang về từ USB</source>
        <translation>record the receipts brought back on USB</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="85"/>
        <source>ghi ra tệp Excel (.xlsx) hoặc PDF (.pdf); mặc định in JSON</source>
        <translation>write to an Excel (.xlsx) or PDF (.pdf) file; by default print JSON</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="32"/>
        <source>ghép một cột không nhận ra (ví dụ --map "Tên HS=Họ và tên" hoặc --map "Ghi chú=bỏ qua"); nhập thật thì cách ghép được nhớ cho tệp cùng dạng</source>
        <translation>match a column that is not recognised (e.g. --map "Tên HS=Họ và tên" or --map "Ghi chú=bỏ qua"); a real import remembers the mapping for files of the same shape</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="64"/>
        <source>giá trị không hợp lệ.</source>
        <translation>value not valid.</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="17"/>
        <source>giá trị mới (rỗng: trở về mặc định)</source>
        <translation>new value (empty: back to the default)</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="153"/>
        <source>giá trị này đã có ở ô {w}</source>
        <translation>this value is already in cell {w}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="76"/>
        <source>giáo viên chủ nhiệm</source>
        <translation>homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="106"/>
        <source>giới tính “{v}” không hợp lệ (Nam/Nữ)</source>
        <translation>sex “{v}” not valid (Nam/Nữ)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="101"/>
        <source>giới tính: nam hoặc nu</source>
        <translation>sex: nam or nu</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="67"/>
        <source>giữa học kì I</source>
        <translation>mid-semester I</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="67"/>
        <source>giữa học kì II</source>
        <translation>mid-semester II</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="64"/>
        <source>gói chưa niêm phong: nhận các giá trị đánh giá như trường tự nhập (đợt nhập phải đang mở)</source>
        <translation>unsealed package: take the assessment values as if entered by this school (the entry period must be open)</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="34"/>
        <source>gắn chứng thư trên thiết bị ký với một tài khoản</source>
        <translation>bind a certificate on the signing device to an account</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="31"/>
        <source>gắn dấu thời gian cho học bạ của {obj}</source>
        <translation>timestamped the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="42"/>
        <source>gắn một giáo viên chủ nhiệm (lớp 3A) với dịch vụ ký số từ xa mẫu (CSC)</source>
        <translation>bind a homeroom teacher (class 3A) to the demo remote signing service (CSC)</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="89"/>
        <location filename="../../cli/trust_cmds.py" line="99"/>
        <source>gốc</source>
        <translation>root</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="80"/>
        <source>gửi một tin vào hộp thư của trường</source>
        <translation>post a message into the school's inbox</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="58"/>
        <source>gửi tệp gói từ máy có mạng (không cần cơ sở dữ liệu)</source>
        <translation>upload a package file from a connected computer (no database needed)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="76"/>
        <source>hiệu trưởng</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="36"/>
        <source>hạnh kiểm / rèn luyện</source>
        <translation>conduct</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="55"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="31"/>
        <source>họ tên quản trị viên</source>
        <translation>the administrator's full name</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="80"/>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="141"/>
        <source>học bạ năm {y} của {n} đã khoá hoặc đã phát hành, không sửa được</source>
        <translation>the record of year {y} of {n} is locked or issued and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="68"/>
        <source>học kì I</source>
        <translation>semester I</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="68"/>
        <source>học kì II</source>
        <translation>semester II</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="36"/>
        <source>học lực / kết quả học tập</source>
        <translation>learning result</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="57"/>
        <location filename="../../cli/school_cmds.py" line="71"/>
        <source>học sinh</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="126"/>
        <source>học sinh không rõ</source>
        <translation>unknown student</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="90"/>
        <source>học sinh {n} không học lớp {c} năm {y}</source>
        <translation>student {n} was not in class {c} in year {y}</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="89"/>
        <location filename="../../dataio/student_rows.py" line="179"/>
        <source>học sinh {n} thuộc lớp {o}, không phải lớp {c}</source>
        <translation>student {n} is in class {o}, not in class {c}</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="68"/>
        <source>học sinh {n} đã có ở dòng {w}</source>
        <translation>student {n} is already on row {w}</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="183"/>
        <source>hồ sơ của học sinh {n} chỉ đọc (nhận chuyển đến)</source>
        <translation>the file of student {n} is read-only (transferred in)</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="30"/>
        <source>in báo cáo dạng JSON</source>
        <translation>print the report as JSON</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="53"/>
        <source>in bản sao học bạ của {obj}</source>
        <translation>printed a copy of the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="68"/>
        <source>in bản sao, bản chuyển đổi</source>
        <translation>print copies, converted copies</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="58"/>
        <location filename="../../cli/server_cmds.py" line="71"/>
        <source>in dạng JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="53"/>
        <source>in học bạ của {obj}</source>
        <translation>printed the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="65"/>
        <location filename="../../cli/print_cmds.py" line="32"/>
        <source>in học bạ, bảng tổng hợp, bản chuyển đổi ra PDF</source>
        <translation>print records, summary sheets, converted copies to PDF</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="87"/>
        <source>in khoá ký biên nhận và dấu vân tay của máy chủ (để trao cho trường)</source>
        <translation>print the server's receipt signing key and fingerprint (to give to the schools)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="90"/>
        <source>in khoá mã hoá gói USB và dấu vân tay của máy chủ (để trao cho trường)</source>
        <translation>print the server's USB bundle encryption key and fingerprint (to give to schools)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest_cmds.py" line="21"/>
        <location filename="../../cli/token_cmds.py" line="26"/>
        <source>in kết quả dạng JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="82"/>
        <source>in kết quả dạng JSON (cho các chương trình khác đọc)</source>
        <translation>print the result as JSON (for other programs to read)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="126"/>
        <source>in số phiên bản rồi thoát</source>
        <translation>print the version number and exit</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="279"/>
        <source>kho chứng thư HTTPS có {n} CA</source>
        <translation>HTTPS certificate store holds {n} CAs</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="46"/>
        <source>khoá công khai Ed25519, dạng base64</source>
        <translation>Ed25519 public key, in base64</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="51"/>
        <source>khoá công khai X25519, dạng base64</source>
        <translation>X25519 public key, base64</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="63"/>
        <source>khoá học bạ để ký</source>
        <translation>lock records for signing</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="63"/>
        <source>khoá tài khoản</source>
        <translation>disable an account</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="40"/>
        <source>khoá tài khoản {obj}</source>
        <translation>disabled the account {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="26"/>
        <source>khoá để ký học bạ của {obj}</source>
        <translation>locked for signing the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="49"/>
        <source>khôi phục dữ liệu từ bản sao lưu</source>
        <translation>restored the data from a backup</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="59"/>
        <location filename="../../cli/school_cmds.py" line="89"/>
        <source>khôi phục từ bản sao lưu</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="139"/>
        <source>không chuyển được sang ổ đĩa khác</source>
        <translation>cannot move to another disk</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="64"/>
        <source>không có giáo viên “{t}” trong danh sách cán bộ</source>
        <translation>no teacher “{t}” in the staff list</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="257"/>
        <source>không có kì đánh giá này.</source>
        <translation>no such assessment period.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="141"/>
        <source>không có mục này.</source>
        <translation>no such item.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="127"/>
        <source>không có quyền truy cập</source>
        <translation>no access permission</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="126"/>
        <source>không có tệp hoặc thư mục này</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../dataio/transfer.py" line="270"/>
        <source>không cùng học bạ với tệp PDF</source>
        <translation>not the same record as the PDF file</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="64"/>
        <source>không dùng được</source>
        <translation>not usable</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="45"/>
        <source>không kiểm tra chữ ký PDF (chỉ để đo hiệu năng)</source>
        <translation>do not check the PDF signatures (only for measuring performance)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="82"/>
        <source>không nhận ra tiêu đề cột; trang tính bị bỏ qua</source>
        <translation>column headings not recognised; sheet ignored</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="59"/>
        <source>không nêu lý do</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="188"/>
        <source>không phải là điểm số.</source>
        <translation>not a score.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="128"/>
        <source>không được phép</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="102"/>
        <source>khối lớp, ví dụ 4</source>
        <translation>grade, e.g. 4</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="94"/>
        <source>kiểm tra chuỗi băm của nhật ký (phát hiện sửa, xoá)</source>
        <translation>check the audit log's hash chain (finds changes, deletions)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="70"/>
        <location filename="../../cli/signing_cmds.py" line="72"/>
        <source>kiểm tra chữ ký số của tệp học bạ PDF và/hoặc XML (ngoại tuyến)</source>
        <translation>check the digital signatures of a PDF and/or XML record file (offline)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="83"/>
        <location filename="../../cli/selftest_cmds.py" line="20"/>
        <source>kiểm tra cài đặt của chương trình trên máy này</source>
        <translation>check the program's installation on this computer</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="68"/>
        <source>kiểm tra lại</source>
        <translation>retest</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="71"/>
        <location filename="../../cli/signing_cmds.py" line="81"/>
        <source>kiểm tra mã QR trên bản in (ngoại tuyến)</source>
        <translation>check the QR code on a printed copy (offline)</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="38"/>
        <source>kì của bảng tổng hợp: gk1, ck1, gk2, cn (tiểu học); hk1, hk2, cn</source>
        <translation>period of the summary sheet: gk1, ck1, gk2, cn (primary); hk1, hk2, cn</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="17"/>
        <source>ký CRL</source>
        <translation>CRL signing</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="58"/>
        <source>ký bằng dịch vụ ký số từ xa đã đăng ký</source>
        <translation>sign with a registered remote signing service</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="17"/>
        <source>ký chứng thư</source>
        <translation>certificate signing</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="28"/>
        <source>ký học bạ của {obj}</source>
        <translation>signed the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="15"/>
        <source>ký số</source>
        <translation>digital signature</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="66"/>
        <source>ký số con dấu của trường</source>
        <translation>apply the school's digital seal</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="44"/>
        <source>ký số con dấu và phát hành bản chuyển đổi</source>
        <translation>apply the digital seal and issue converted pages</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="68"/>
        <location filename="../../cli/signing_cmds.py" line="51"/>
        <source>ký số học bạ của một lớp (một lần nhập PIN)</source>
        <translation>sign the records of a class (one PIN entry)</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="40"/>
        <source>ký và phát hành học bạ của một số lớp (cần SoftHSM2)</source>
        <translation>sign and issue the records of some classes (needs SoftHSM2)</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="64"/>
        <source>ký với tư cách giáo viên chủ nhiệm</source>
        <translation>sign as homeroom teacher</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="65"/>
        <source>ký với tư cách hiệu trưởng</source>
        <translation>sign as principal</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="94"/>
        <source>ký với vai trò: gvcn (giáo viên chủ nhiệm), principal (hiệu trưởng), seal (con dấu)</source>
        <translation>sign in the role: gvcn (homeroom teacher), principal, seal (school seal)</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="175"/>
        <source>kết quả cả năm {r}</source>
        <translation>year result {r}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="61"/>
        <location filename="../../cli/results_cmds.py" line="15"/>
        <source>kết quả đánh giá của một lớp, kèm lý do</source>
        <translation>assessment results of a class, with the reasons</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="98"/>
        <source>kỳ đánh giá</source>
        <translation>assessment period</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="56"/>
        <source>liệt kê các trường</source>
        <translation>list the schools</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="29"/>
        <source>liệt kê danh sách tin cậy, với dấu vân tay SHA-256</source>
        <translation>list the trust list, with SHA-256 fingerprints</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="33"/>
        <source>liệt kê dịch vụ ký số từ xa</source>
        <translation>list the remote signing services</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="57"/>
        <source>liệt kê tài khoản</source>
        <translation>list accounts</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="99"/>
        <source>loại mẫu hoặc tài liệu</source>
        <translation>kind of template or document</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="117"/>
        <source>loại thông báo gửi cho trường</source>
        <translation>kind of message sent to the school</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="83"/>
        <source>loại tin</source>
        <translation>kind of message</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="92"/>
        <source>lý do thu hồi (được lưu lại và ghi vào nhật ký)</source>
        <translation>reason for the revocation (kept, and written into the audit log)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="38"/>
        <source>lưu địa chỉ máy chủ và mã truy cập (quản trị)</source>
        <translation>save the server address and the access token (administrator)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="32"/>
        <source>lập trích lục học bạ giấy của {obj}</source>
        <translation>made an extract of the paper record of {obj}</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="153"/>
        <source>lỗi hệ thống</source>
        <translation>system error</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="153"/>
        <source>lỗi hệ thống số {n}</source>
        <translation>system error number {n}</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="134"/>
        <source>lỗi đọc ghi của thiết bị (ổ đĩa hoặc USB hỏng hay đã rút ra)</source>
        <translation>device input/output error (disk or USB damaged or pulled out)</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="27"/>
        <source>lộ khóa bí mật</source>
        <translation>private key compromised</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="128"/>
        <source>lớp {c}</source>
        <translation>class {c}</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="111"/>
        <source>lớp {c} có nhiều học sinh tên “{n}”: cần mã học sinh hoặc ngày sinh</source>
        <translation>class {c} has several students named “{n}”: the student code or the date of birth is needed</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="110"/>
        <source>lớp {c} không có học sinh “{n}”</source>
        <translation>class {c} has no student “{n}”</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="33"/>
        <source>lớp {c} không có môn “{m}”</source>
        <translation>class {c} has no subject “{m}”</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="252"/>
        <location filename="../../domain/evaluator_json.py" line="107"/>
        <source>lớp {g} không có môn học này.</source>
        <translation>grade {g} has no such subject.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="77"/>
        <source>miễn học</source>
        <translation>exempted</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="72"/>
        <source>máy chủ dấu thời gian</source>
        <translation>the timestamp server</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="148"/>
        <source>máy kia từ chối kết nối</source>
        <translation>the other computer refused the connection</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="48"/>
        <source>mã chứng thư tại dịch vụ khi người ký có nhiều chứng thư</source>
        <translation>the certificate's id at the service when the signer has several certificates</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="16"/>
        <source>mã hóa dữ liệu</source>
        <translation>data encipherment</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="16"/>
        <source>mã hóa khóa</source>
        <translation>key encipherment</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="28"/>
        <source>mã hệ thống của học sinh</source>
        <translation>the student's system id</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="103"/>
        <location filename="../../cli/dataio_cmds.py" line="52"/>
        <source>mã hệ thống hoặc họ và tên học sinh</source>
        <translation>the student's system id or full name</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="79"/>
        <location filename="../../dataio/student_rows.py" line="158"/>
        <source>mã hệ thống không có trong cơ sở dữ liệu</source>
        <translation>the system id is not in the database</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="91"/>
        <source>mã học bạ (madinhdanhhocba)</source>
        <translation>record id (madinhdanhhocba)</translation>
    </message>
    <message>
        <location filename="../../services/transfers.py" line="177"/>
        <source>mã học bạ trong tệp không khớp danh mục của gói</source>
        <translation>the record id in the file does not match the package's list</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="35"/>
        <source>mã học sinh (id)</source>
        <translation>student id</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="70"/>
        <source>mã truy cập (API token)</source>
        <translation>the access code (API token)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="32"/>
        <source>mã truy cập của trường (mặc định: theo cài đặt)</source>
        <translation>the school's access token (default: from the settings)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="42"/>
        <source>mã truy cập dùng chung cho mọi trường, chỉ để trình diễn (hoặc HOCBASO_API_TOKEN)</source>
        <translation>one access token shared by every school, for demonstrations only (or HOCBASO_API_TOKEN)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="89"/>
        <source>mã truy cập máy chủ trung tâm (mặc định: mã đã lưu trong cài đặt)</source>
        <translation>access token of the central server (default: the token saved in the settings)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="62"/>
        <location filename="../../cli/server_cmds.py" line="66"/>
        <location filename="../../cli/server_cmds.py" line="76"/>
        <location filename="../../cli/server_cmds.py" line="82"/>
        <source>mã trường</source>
        <translation>school code</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="53"/>
        <source>mã trường (8 chữ số)</source>
        <translation>school code (8 digits)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="107"/>
        <source>mã trường (theo Bộ GD&amp;ĐT)</source>
        <translation>school code (as given by the Ministry of Education)</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="45"/>
        <source>mã trường của trường mẫu (8 chữ số), để nhiều trường mẫu cùng đồng bộ lên một máy chủ</source>
        <translation>school code of the demo school (8 digits), so that several demo schools can sync to one server</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="116"/>
        <source>mã trường nhận</source>
        <translation>code of the receiving school</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="181"/>
        <source>môn chưa đạt: {m}</source>
        <translation>subjects not passed: {m}</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="123"/>
        <source>môn có kiểm tra định kì: cần điểm KTĐK cuối năm.</source>
        <translation>subject with periodic tests: the end-of-year test score is needed.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="109"/>
        <location filename="../../domain/evaluator_json.py" line="176"/>
        <source>môn học bị trùng.</source>
        <translation>duplicate subject.</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="133"/>
        <source>môn miễn “{m}” không có ở khối {g}</source>
        <translation>the exempted subject “{m}” does not exist in grade {g}</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="346"/>
        <source>môn này chỉ có {n} điểm đánh giá thường xuyên mỗi học kì.</source>
        <translation>this subject has only {n} regular assessment scores per semester.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="277"/>
        <source>môn này không có bài kiểm tra định kì ở {p}.</source>
        <translation>this subject has no periodic test in {p}.</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="48"/>
        <source>môn {m} của lớp {c} được phân công hai lần</source>
        <translation>subject {m} of class {c} is assigned twice</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="217"/>
        <source>môn {n} chỉ có {k} điểm đánh giá thường xuyên mỗi học kì.</source>
        <translation>subject {n} has only {k} regular assessment scores per semester.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="205"/>
        <source>môn/mục này không có thành phần “{c}” ở {p}.</source>
        <translation>this subject/item has no component “{c}” in {p}.</translation>
    </message>
    <message>
        <location filename="../../signing/audit_anchor.py" line="110"/>
        <source>mốc neo có chữ ký không hợp lệ</source>
        <translation>an anchor has an invalid signature</translation>
    </message>
    <message>
        <location filename="../../signing/audit_anchor.py" line="124"/>
        <source>mốc neo trong máy đã bị xoá</source>
        <translation>the anchors on this computer were deleted</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="130"/>
        <source>một phần của đường dẫn không phải thư mục</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="171"/>
        <source>một trang HTML (nhiều phần mềm xuất “.xls” dạng này)</source>
        <translation>an HTML page (many programs export “.xls” like this)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="161"/>
        <source>một tệp Office 97–2003 không có sổ làm việc</source>
        <translation>an Office 97–2003 file without a workbook</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="173"/>
        <source>một tệp XML</source>
        <translation>an XML file</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="177"/>
        <source>một tệp không rõ định dạng</source>
        <translation>a file of unknown format</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="137"/>
        <source>một tệp nén .zip</source>
        <translation>a .zip archive</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="178"/>
        <source>một tệp văn bản (CSV?)</source>
        <translation>a text file (CSV?)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="168"/>
        <source>một ảnh</source>
        <translation>an image</translation>
    </message>
    <message>
        <location filename="../../cli/results_cmds.py" line="52"/>
        <source>mở</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="75"/>
        <source>mở gói đã mã hoá cho trường bằng thiết bị ký của con dấu (văn thư)</source>
        <translation>open a package encrypted for this school with the seal's signing device (clerk)</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="62"/>
        <source>mở hoặc khoá đợt nhập điểm</source>
        <translation>open or close score entry periods</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="62"/>
        <location filename="../../cli/results_cmds.py" line="20"/>
        <source>mở hoặc đóng đợt nhập đánh giá</source>
        <translation>open or close an assessment entry period</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="27"/>
        <source>mở khoá học bạ của {obj}</source>
        <translation>unlocked the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="134"/>
        <source>mở một tệp gói đồng bộ (.hocbaso-bundle) để tải lên</source>
        <translation>open a sync package file (.hocbaso-bundle) to upload</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="140"/>
        <location filename="../../errors.py" line="141"/>
        <source>mở quá nhiều tệp cùng lúc</source>
        <translation>too many files open at once</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="46"/>
        <source>mở đợt nhập điểm {obj}</source>
        <translation>opened score entry for {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="46"/>
        <source>mở/đóng đợt nhập điểm {obj}</source>
        <translation>opened/closed score entry for {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="300"/>
        <source>mục không nối với mục trước</source>
        <translation>an entry does not link to the one before</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="201"/>
        <source>mục này chỉ nhập ở: {names}.</source>
        <translation>this item is entered only in: {names}.</translation>
    </message>
    <message>
        <location filename="../../signing/audit_anchor.py" line="120"/>
        <source>mục đã bị xoá</source>
        <translation>entries were deleted</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="184"/>
        <source>nghỉ {n} buổi (giới hạn {m})</source>
        <translation>absent {n} sessions (limit {m})</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="54"/>
        <source>ngày chuyển, yyyy-mm-dd (mặc định: hôm nay)</source>
        <translation>transfer date, yyyy-mm-dd (default: today)</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="82"/>
        <source>ngày sinh dd/mm/yyyy</source>
        <translation>date of birth dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="96"/>
        <source>ngày, dạng yyyy-mm-dd (mặc định: hôm nay)</source>
        <translation>date, as yyyy-mm-dd (default: today)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="128"/>
        <source>ngôn ngữ của lần chạy này: vi hoặc en (mặc định: lựa chọn đã lưu trên máy, không có thì vi)</source>
        <translation>language of this run: vi or en (default: the choice saved on this computer, else vi)</translation>
    </message>
    <message>
        <location filename="../../cli/gui_launch.py" line="37"/>
        <source>ngôn ngữ: vi hoặc en</source>
        <translation>language: vi or en</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="73"/>
        <source>người ký bắt buộc</source>
        <translation>the required signers</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="31"/>
        <source>ngừng sử dụng</source>
        <translation>cessation of operation</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="38"/>
        <source>nhận học sinh chuyển đến {obj}</source>
        <translation>received the transferred student {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="38"/>
        <source>nhận xét</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="174"/>
        <source>nhận xét dài {n} ký tự, tối đa {m}.</source>
        <translation>the comment is {n} characters long, at most {m}.</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="88"/>
        <source>nhập PIN trên thiết bị</source>
        <translation>enter the PIN on the device</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="43"/>
        <source>nhập biên nhận đồng bộ</source>
        <translation>imported sync receipts</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="57"/>
        <source>nhập dữ liệu từ Excel</source>
        <translation>import data from Excel</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="50"/>
        <source>nhập dữ liệu từ tệp Excel {obj}</source>
        <translation>imported data from the Excel file {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="50"/>
        <source>nhập dữ liệu từ tệp JSON</source>
        <translation>imported data from a JSON file</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="77"/>
        <location filename="../../cli/dataio_cmds.py" line="25"/>
        <source>nhập dữ liệu từ tệp bảng tính .xlsx, .xlsm, .xls hoặc .ods (nên chạy thử trước)</source>
        <translation>import data from an .xlsx, .xlsm, .xls or .ods spreadsheet (dry run first)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="39"/>
        <source>nhập hồ sơ chuyển trường của {obj}</source>
        <translation>imported the transfer file of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="45"/>
        <source>nhập khoá ký biên nhận của trung tâm kèm dấu vân tay do Sở cung cấp (quản trị)</source>
        <translation>enter the centre's receipt signing key with the fingerprint given by the Department (administrator)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="50"/>
        <source>nhập khoá mã hoá gói USB của trung tâm kèm dấu vân tay do Sở cung cấp (quản trị)</source>
        <translation>enter the centre's USB bundle encryption key with the fingerprint supplied by the Department (administrator)</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="20"/>
        <source>nhập kết quả các năm cũ từ Excel kèm bản scan</source>
        <translation>import the results of past years from Excel with the scans</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="109"/>
        <source>nhập tay</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="27"/>
        <source>nhập tay kết quả một năm học cũ của một học sinh</source>
        <translation>enter one student's result of a past school year by hand</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="79"/>
        <location filename="../../cli/dataio_cmds.py" line="45"/>
        <source>nhập tệp JSON xuất từ một máy khác</source>
        <translation>import a JSON file exported from another computer</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="35"/>
        <source>nhập điểm hàng loạt năm học {obj}</source>
        <translation>imported scores in bulk for school year {obj}</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="60"/>
        <source>nhập đánh giá của giáo viên chủ nhiệm</source>
        <translation>enter the homeroom teacher's assessments</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="59"/>
        <source>nhập đánh giá môn học</source>
        <translation>enter subject assessments</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="60"/>
        <location filename="../../cli/school_cmds.py" line="93"/>
        <source>nhật ký thay đổi</source>
        <translation>audit log of changes</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="66"/>
        <source>niêm phong gói chuyển trường bằng con dấu số (văn thư)</source>
        <translation>seal a transfer package with the digital seal (clerk)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="72"/>
        <location filename="../../cli/signing_cmds.py" line="90"/>
        <source>nâng cấp học bạ đã phát hành lên PAdES B-LTA và gia hạn dấu thời gian lưu trữ</source>
        <translation>upgrade issued records to PAdES B-LTA and renew the archive timestamps</translation>
    </message>
    <message>
        <location filename="../../dataio/import_context.py" line="104"/>
        <source>năm học {y} không có lớp “{c}”</source>
        <translation>school year {y} has no class “{c}”</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="84"/>
        <source>năm học, ví dụ 2025-2026</source>
        <translation>school year, e.g. 2025-2026</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="129"/>
        <location filename="../../cli/print_cmds.py" line="36"/>
        <source>năm học, ví dụ 2025-2026 (mặc định: năm học mới nhất)</source>
        <translation>school year, e.g. 2025-2026 (default: the latest school year)</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="19"/>
        <source>năm học, ví dụ 2025-2026 (mặc định: năm mới nhất)</source>
        <translation>school year, e.g. 2025-2026 (default: the latest year)</translation>
    </message>
    <message>
        <location filename="../../signing/audit_anchor.py" line="120"/>
        <source>nội dung khác với bản đã neo</source>
        <translation>content differs from the anchored copy</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="82"/>
        <source>nội dung mã QR (HB1:...), tệp .txt, hoặc ảnh (cần zbarimg)</source>
        <translation>the QR code's text (HB1:...), a .txt file, or an image (needs zbarimg)</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="300"/>
        <source>nội dung mục đã bị sửa</source>
        <translation>an entry's content was altered</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="122"/>
        <source>open (mở) hoặc close (đóng)</source>
        <translation>open or close</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="31"/>
        <source>phiên bản giao thức CSC (mặc định v2)</source>
        <translation>CSC protocol version (default v2)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="130"/>
        <source>phiên bản {v}</source>
        <translation>version {v}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="29"/>
        <source>phát hành học bạ của {obj}</source>
        <translation>issued the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="169"/>
        <source>phải là một danh sách môn học.</source>
        <translation>must be a list of subjects.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="215"/>
        <source>phải là một danh sách điểm.</source>
        <translation>must be a list of scores.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="93"/>
        <location filename="../../domain/evaluator_json.py" line="173"/>
        <location filename="../../domain/evaluator_json.py" line="193"/>
        <source>phải là một đối tượng JSON.</source>
        <translation>must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="86"/>
        <source>phải là số nguyên từ {a} đến {b}.</source>
        <translation>must be a whole number from {a} to {b}.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="181"/>
        <source>phải là số nguyên từ {low} đến {high}.</source>
        <translation>must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="157"/>
        <source>phải là “score” hoặc “comment”.</source>
        <translation>must be “score” or “comment”.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="54"/>
        <source>phải là “tieuhoc”, “thcs” hoặc “thpt”.</source>
        <translation>must be “tieuhoc”, “thcs” or “thpt”.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="71"/>
        <source>phần mềm thiết bị ký (PKCS#11)</source>
        <translation>the signing device software (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="147"/>
        <source>quá thời gian chờ</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="49"/>
        <source>quản lý các trường và mã truy cập của từng trường</source>
        <translation>manage the schools and each school's access token</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="56"/>
        <location filename="../../cli/school_cmds.py" line="51"/>
        <location filename="../../domain/roles.py" line="50"/>
        <source>quản lý tài khoản</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="36"/>
        <source>quản trị viên thực hiện (hoặc biến môi trường HOCBASO_USER)</source>
        <translation>the administrator running it (or the environment variable HOCBASO_USER)</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="177"/>
        <source>rèn luyện cả năm Chưa đạt</source>
        <translation>year conduct Not passed</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="68"/>
        <source>rèn luyện trong hè</source>
        <translation>summer training</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="58"/>
        <location filename="../../cli/school_cmds.py" line="86"/>
        <source>sao lưu cơ sở dữ liệu (vẫn được mã hoá)</source>
        <translation>back up the database (still encrypted)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="49"/>
        <source>sao lưu dữ liệu</source>
        <translation>backed up the data</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="52"/>
        <source>sao lưu và khôi phục dữ liệu</source>
        <translation>back up and restore the data</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="96"/>
        <source>so cả với các mốc neo mà hệ thống trung tâm lưu (cần kết nối)</source>
        <translation>also compare with the anchors kept by the central system (needs a connection)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="105"/>
        <source>số buổi nghỉ cả năm</source>
        <translation>the year's number of absences</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="82"/>
        <location filename="../../cli/trichluc_cmds.py" line="18"/>
        <source>số hoá học bạ giấy của các năm học trước (trích lục)</source>
        <translation>digitise the paper records of past school years (extracts)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="69"/>
        <source>số học bạ, phiên bản, tệp và lần liên lạc cuối của từng trường</source>
        <translation>each school's records, versions, files and last contact</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="48"/>
        <source>số học sinh của trường mẫu (mặc định: 2 lớp mỗi khối, 30 học sinh mỗi lớp)</source>
        <translation>number of students of the demo school (default: 2 classes per grade, 30 students per class)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="112"/>
        <source>số khởi tạo dữ liệu mẫu (cùng số, cùng dữ liệu)</source>
        <translation>seed of the demo data (same number, same data)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="87"/>
        <source>số sê-ri của thiết bị ký (USB token)</source>
        <translation>serial number of the signing device (USB token)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="40"/>
        <source>số tiến trình phục vụ (dùng chung một cơ sở dữ liệu)</source>
        <translation>number of server processes (sharing one database)</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="44"/>
        <source>số tiết/năm phải là số nguyên dương</source>
        <translation>periods per year must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="83"/>
        <source>số định danh cá nhân (12 chữ số)</source>
        <translation>personal ID number (12 digits)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="128"/>
        <source>sổ làm việc nhị phân Excel (.xlsb)</source>
        <translation>an Excel binary workbook (.xlsb)</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="56"/>
        <source>sửa thông tin học sinh</source>
        <translation>edit student information</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="37"/>
        <source>sửa thông tin học sinh {obj}</source>
        <translation>edited the student {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="34"/>
        <source>sửa điểm, nhận xét của {obj}</source>
        <translation>edited scores and comments of {obj}</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="150"/>
        <source>thay bản chưa ký</source>
        <translation>replaces the unsigned copy</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="51"/>
        <source>thay đổi cài đặt</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="29"/>
        <source>thay đổi đơn vị công tác</source>
        <translation>affiliation changed</translation>
    </message>
    <message>
        <location filename="../../signing/verify.py" line="320"/>
        <source>theo dấu thời gian</source>
        <translation>by the timestamp</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="145"/>
        <location filename="../../errors.py" line="146"/>
        <source>thiết bị không có mặt</source>
        <translation>device not present</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="93"/>
        <source>thiếu họ và tên học sinh</source>
        <translation>the student's full name is missing</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="129"/>
        <source>thiếu môn học này.</source>
        <translation>this subject is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="136"/>
        <source>thiếu mục này.</source>
        <translation>this item is missing.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="301"/>
        <source>thiếu mục ở giữa</source>
        <translation>an entry in the middle is missing</translation>
    </message>
    <message>
        <location filename="../../dataio/assignment_rows.py" line="59"/>
        <source>thiếu tên giáo viên</source>
        <translation>the teacher's name is missing</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="149"/>
        <source>thiếu tên môn học.</source>
        <translation>the subject name is missing.</translation>
    </message>
    <message>
        <location filename="../../signing/school_trust.py" line="24"/>
        <source>thu hồi bởi {who}, lý do: {why}</source>
        <translation>revoked by {who}, reason: {why}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="30"/>
        <source>thu hồi học bạ của {obj}</source>
        <translation>revoked the record of {obj}</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="67"/>
        <source>thu hồi học bạ đã phát hành</source>
        <translation>revoke issued records</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="74"/>
        <location filename="../../cli/signing_cmds.py" line="93"/>
        <source>thu hồi học bạ đã phát hành, tạo phiên bản mới</source>
        <translation>revoke an issued record, creating a new version</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="60"/>
        <source>thu hồi mã truy cập của một trường</source>
        <translation>revoke a school's access token</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="160"/>
        <source>thuộc một học sinh khác với các cột nhận dạng còn lại</source>
        <translation>belongs to a different student than the other identifying columns</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="23"/>
        <source>thêm chứng thư gốc hoặc CA trung gian (PEM, DER, .p7b/.p7c)</source>
        <translation>add a root or intermediate CA certificate (PEM, DER, .p7b/.p7c)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="44"/>
        <source>thêm chứng thư gốc tin cậy {obj}</source>
        <translation>added the trusted root certificate {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="77"/>
        <source>thêm học sinh vào lớp</source>
        <translation>add a student to a class</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="36"/>
        <source>thêm học sinh {obj}</source>
        <translation>added the student {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="51"/>
        <source>thêm một trường và in mã truy cập của trường (một lần duy nhất)</source>
        <translation>add a school and print its access token (once only)</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="52"/>
        <source>thêm tài khoản (mật khẩu được hỏi)</source>
        <translation>add an account (the password is asked for)</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="23"/>
        <source>thư mục chứa bản scan (mặc định: thư mục của tệp)</source>
        <translation>folder holding the scans (default: the file's folder)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="31"/>
        <source>thư mục chứa tệp PDF đã ký (bắt buộc với --database)</source>
        <translation>folder holding the signed PDF files (required with --database)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="44"/>
        <source>thư mục chứng thư tin cậy của Sở (gốc và trung gian)</source>
        <translation>folder of the Department's trusted certificates (root and intermediate)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest_cmds.py" line="25"/>
        <source>thư mục dữ liệu cần kiểm tra (mặc định: thư mục dữ liệu của người dùng)</source>
        <translation>data folder to check (default: the user's data folder)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="27"/>
        <source>thư mục dữ liệu của máy chủ (SQLite)</source>
        <translation>the server's data folder (SQLite)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="115"/>
        <source>thư mục dữ liệu của máy chủ thử nghiệm</source>
        <translation>data folder of the test server</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="39"/>
        <source>thư mục ghi các tệp PDF</source>
        <translation>folder to write the PDF files into</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="136"/>
        <source>thư mục không trống</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="77"/>
        <source>thư mục đích</source>
        <translation>destination folder</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="38"/>
        <source>thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../cli/selftest_cmds.py" line="23"/>
        <source>thư viện PKCS#11 cần kiểm tra (mặc định: theo cấu hình hoặc tự tìm)</source>
        <translation>PKCS#11 library to check (default: as configured, or found automatically)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="86"/>
        <source>thư viện PKCS#11 của thiết bị ký (mặc định: theo cài đặt của trường)</source>
        <translation>PKCS#11 library of the signing device (default: from the school's settings)</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="17"/>
        <source>thỏa thuận khóa</source>
        <translation>key agreement</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="74"/>
        <source>thời gian tự khoá màn hình</source>
        <translation>the screen lock delay</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="139"/>
        <source>trang tính có cột điểm của một môn (TX, GK, CK) nhưng không rõ môn học hoặc kì: ghi “Môn: …” và “Học kì I” (hoặc II) ở một dòng trên tiêu đề, hoặc đặt tên trang tính như “Toán - HK1”</source>
        <translation>the sheet has score columns of one subject (TX, GK, CK) but its subject or term is unknown: write “Môn: …” and “Học kì I” (or II) on a line above the headers, or name the sheet like “Toán - HK1”</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="89"/>
        <source>trung gian</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="194"/>
        <source>trung học cơ sở</source>
        <translation>lower secondary</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="194"/>
        <source>trung học phổ thông</source>
        <translation>upper secondary</translation>
    </message>
    <message>
        <location filename="../../dataio/student_rows.py" line="152"/>
        <source>trùng học sinh với ô {w}</source>
        <translation>same student as cell {w}</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="53"/>
        <source>trường chuyển đến</source>
        <translation>destination school</translation>
    </message>
    <message>
        <location filename="../../domain/evaluator_json.py" line="114"/>
        <location filename="../../domain/evaluator_json.py" line="212"/>
        <source>trường không được hỗ trợ.</source>
        <translation>field not supported.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="35"/>
        <source>tài khoản người ký được gắn</source>
        <translation>the signer's account being bound</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="120"/>
        <source>tài liệu OpenDocument ({m})</source>
        <translation>an OpenDocument document ({m})</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="109"/>
        <source>tên Sở GD&amp;ĐT, ví dụ SỞ GD&amp;ĐT TP. HỒ CHÍ MINH</source>
        <translation>name of the Department of Education, e.g. SỞ GD&amp;ĐT TP. HỒ CHÍ MINH</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="16"/>
        <location filename="../../cli/config_cmds.py" line="20"/>
        <source>tên cài đặt, ví dụ signing.tsa_url (xem: hocbaso config list)</source>
        <translation>setting name, e.g. signing.tsa_url (see: hocbaso config list)</translation>
    </message>
    <message>
        <location filename="../../domain/names.py" line="31"/>
        <source>tên có ký tự không hợp lệ “{c}” (chỉ nhận chữ cái, dấu cách, dấu ' - .)</source>
        <translation>the name has an invalid character “{c}” (only letters, spaces and ' - . are accepted)</translation>
    </message>
    <message>
        <location filename="../../domain/names.py" line="26"/>
        <source>tên dài quá {n} ký tự</source>
        <translation>the name is longer than {n} characters</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="46"/>
        <source>tên dịch vụ ký số từ xa (thay cho thiết bị ký)</source>
        <translation>name of the remote signing service (instead of a signing device)</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="144"/>
        <source>tên hoặc đường dẫn không hợp lệ</source>
        <translation>the name or the path is not valid</translation>
    </message>
    <message>
        <location filename="../../dataio/import_context.py" line="106"/>
        <source>tên lớp “{c}” không cho biết khối của {lv}</source>
        <translation>the class name “{c}” does not tell the grade of {lv}</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="83"/>
        <location filename="../../cli/dataio_cmds.py" line="18"/>
        <location filename="../../cli/print_cmds.py" line="34"/>
        <source>tên lớp, ví dụ 4A</source>
        <translation>class name, e.g. 4A</translation>
    </message>
    <message>
        <location filename="../../domain/names.py" line="28"/>
        <source>tên phải bắt đầu bằng một chữ cái (không nhận “{c}” ở đầu)</source>
        <translation>a name must start with a letter (“{c}” is not accepted first)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="54"/>
        <source>tên trường</source>
        <translation>school name</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="46"/>
        <source>tên trường mẫu</source>
        <translation>name of the demo school</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="108"/>
        <source>tên trường, ví dụ Trường Tiểu học Kim Đồng</source>
        <translation>school name, e.g. Trường Tiểu học Kim Đồng</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="135"/>
        <source>tên tệp quá dài</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="133"/>
        <source>tên đăng nhập (cho giao diện và mọi lệnh con)</source>
        <translation>user name (for the window and every sub-command)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="32"/>
        <source>tên đăng nhập (hoặc biến môi trường HOCBASO_USER)</source>
        <translation>user name (or the environment variable HOCBASO_USER)</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="47"/>
        <source>tên đăng nhập của người ký tại dịch vụ ký số từ xa</source>
        <translation>the signer's user name at the remote signing service</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="30"/>
        <source>tên đăng nhập của quản trị viên đầu tiên</source>
        <translation>user name of the first administrator</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="120"/>
        <source>tên đăng nhập của tài khoản</source>
        <translation>the account's user name</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="26"/>
        <source>tên đặt cho dịch vụ ký số từ xa (1–60 ký tự)</source>
        <translation>name given to the remote signing service (1–60 characters)</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="35"/>
        <source>tình trạng hàng đợi gửi</source>
        <translation>state of the sending queue</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="32"/>
        <source>tạm dừng</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="135"/>
        <location filename="../../cli/gui_launch.py" line="36"/>
        <source>tạo (nếu chưa có) và mở trường mẫu tại đường dẫn này</source>
        <translation>create (if missing) and open the demo school at this path</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="54"/>
        <location filename="../../cli/school_cmds.py" line="26"/>
        <source>tạo cơ sở dữ liệu cho một trường mới</source>
        <translation>create the database of a new school</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="48"/>
        <source>tạo lớp {obj}</source>
        <translation>created the class {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="76"/>
        <location filename="../../cli/dataio_cmds.py" line="16"/>
        <source>tạo mẫu Excel của một lớp (danh sách, điểm)</source>
        <translation>create an Excel template for a class (list, scores)</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="150"/>
        <source>tạo mới</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="55"/>
        <location filename="../../cli/school_cmds.py" line="37"/>
        <source>tạo trường mẫu có dữ liệu đầy đủ</source>
        <translation>create a demo school with complete data</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="40"/>
        <source>tạo tài khoản {obj}</source>
        <translation>created the account {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="85"/>
        <source>tệp (hoặc thư mục) ghi ra</source>
        <translation>file (or folder) to write</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="32"/>
        <source>tệp JSON kết quả (grade, class_name, subjects, ...)</source>
        <translation>JSON file of results (grade, class_name, subjects, ...)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="118"/>
        <source>tệp JSON nội dung thông báo</source>
        <translation>JSON file with the message's content</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="84"/>
        <source>tệp JSON nội dung tin</source>
        <translation>JSON file with the message's content</translation>
    </message>
    <message>
        <location filename="../../cli/rules_cmds.py" line="26"/>
        <source>tệp JSON đầu vào (mặc định: đọc từ đầu vào chuẩn)</source>
        <translation>input JSON file (default: read from standard input)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="166"/>
        <source>tệp PDF</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="62"/>
        <source>tệp biên nhận (mặc định: cạnh tệp gói, đuôi .hocbaso-receipts)</source>
        <translation>receipt file (default: beside the package file, ending .hocbaso-receipts)</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="30"/>
        <source>tệp chứa khóa bí mật (dòng đầu); khóa không bao giờ được in ra</source>
        <translation>file holding the client secret (first line); the secret is never printed</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="59"/>
        <source>tệp chứa mã OTP (ký số từ xa)</source>
        <translation>file holding the OTP (remote signing)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="121"/>
        <source>tệp chứng thư (PEM hoặc DER)</source>
        <translation>certificate file (PEM or DER)</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="42"/>
        <source>tệp chứng thư CA trung gian (PEM/DER/.p7b); thường không cần: danh sách tin cậy và chứng thư CA trên thiết bị ký được dùng</source>
        <translation>intermediate CA certificate file (PEM/DER/.p7b); usually not needed: the trust list and the token's CA certificates are used</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="25"/>
        <source>tệp cơ sở dữ liệu của trường (mặc định: thư mục dữ liệu của người dùng)</source>
        <translation>the school's database file (default: in the user's data folder)</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="77"/>
        <source>tệp gói đã mở (rồi dùng với transfer in)</source>
        <translation>the opened package file (then use it with transfer in)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_import.py" line="101"/>
        <source>tệp không có trang tính nào có danh sách học sinh, điểm hoặc phân công</source>
        <translation>the file has no sheet with a student list, scores or assignments</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="142"/>
        <source>tệp quá lớn</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="137"/>
        <location filename="../../errors.py" line="138"/>
        <source>tệp đang được chương trình khác dùng</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="131"/>
        <source>tệp đã tồn tại</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="110"/>
        <source>tỉnh hoặc thành phố</source>
        <translation>province or city</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="28"/>
        <source>tổ chức cấp bị lộ khóa</source>
        <translation>issuing authority's key compromised</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="93"/>
        <source>vai trò người ký: gvcn (giáo viên chủ nhiệm), principal (hiệu trưởng), seal (con dấu)</source>
        <translation>signer's role: gvcn (homeroom teacher), principal, seal (school seal)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="131"/>
        <source>văn bản Word (.docx)</source>
        <translation>a Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="158"/>
        <source>văn bản Word 97–2003 (.doc)</source>
        <translation>a Word 97–2003 document (.doc)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="104"/>
        <source>văn bản quy định áp dụng cho năm học đó</source>
        <translation>the regulation that applied in that school year</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="149"/>
        <source>vượt hạn mức dung lượng</source>
        <translation>disk quota exceeded</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="45"/>
        <source>vẫn đăng ký khi tên trên chứng thư khác tên tài khoản (được ghi nhật ký)</source>
        <translation>bind even when the certificate's name differs from the account's (audited)</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="55"/>
        <source>xem danh sách học sinh</source>
        <translation>view the student lists</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="61"/>
        <source>xem kết quả</source>
        <translation>view results</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="22"/>
        <source>xem mọi cài đặt kèm giải thích</source>
        <translation>show every setting with its explanation</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="19"/>
        <source>xem một cài đặt</source>
        <translation>show one setting</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="53"/>
        <source>xem nhật ký</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="38"/>
        <source>xlsx: tên cột theo từ điển dữ liệu quốc gia (hovaten, ngaythangnamsinh, phamchatyeunuoc…)</source>
        <translation>xlsx: column names of the national data dictionary (hovaten, ngaythangnamsinh, phamchatyeunuoc…)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="52"/>
        <source>xuất báo cáo năm học {obj}</source>
        <translation>exported the report of school year {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="78"/>
        <location filename="../../cli/dataio_cmds.py" line="36"/>
        <source>xuất dữ liệu của trường (JSON mở hoặc Excel)</source>
        <translation>export the school's data (open JSON or Excel)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="51"/>
        <source>xuất dữ liệu ra Excel năm học {obj}</source>
        <translation>exported data to Excel for school year {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="52"/>
        <source>xuất dữ liệu ra tệp JSON</source>
        <translation>exported data to a JSON file</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="43"/>
        <source>xuất gói đồng bộ ra USB</source>
        <translation>exported a sync package to USB</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="69"/>
        <source>xuất học bạ</source>
        <translation>export records</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="39"/>
        <source>xuất hồ sơ chuyển trường của {obj}</source>
        <translation>exported the transfer file of {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="51"/>
        <source>xuất mẫu nhập liệu lớp {obj}</source>
        <translation>exported the entry template of class {obj}</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="54"/>
        <source>xuất nhật ký ra Excel {obj}</source>
        <translation>exported the log to Excel {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="74"/>
        <source>xuất những gì một trường đã gửi (bản ghi kèm biên nhận, tệp PDF)</source>
        <translation>export what a school has sent (records with receipts, PDF files)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="69"/>
        <location filename="../../cli/signing_cmds.py" line="64"/>
        <source>xuất tệp PDF học bạ đã phát hành</source>
        <translation>export the PDF files of issued records</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="33"/>
        <source>xuất tệp học bạ của {obj}</source>
        <translation>exported the record file of {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="59"/>
        <source>xác thực gói chuyển trường và nhận học sinh vào lớp</source>
        <translation>verify a transfer package and receive the student into a class</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="111"/>
        <source>xã, phường (in trên dòng ngày tháng của học bạ)</source>
        <translation>commune, ward (printed on the records' date lines)</translation>
    </message>
    <message>
        <location filename="../../services/signing.py" line="70"/>
        <source>{cn} — hết hạn {d}</source>
        <translation>{cn} — expires {d}</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="201"/>
        <source>{c}: {r} học bạ, {v} phiên bản, {x} thu hồi, {b} tệp; liên lạc cuối {t}</source>
        <translation>{c}: {r} records, {v} versions, {x} revoked, {b} files; last contact {t}</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="185"/>
        <source>{e} có phép, {u} không phép</source>
        <translation>{e} excused, {u} unexcused</translation>
    </message>
    <message>
        <location filename="../../domain/names.py" line="39"/>
        <source>{f} không hợp lệ: {p}.</source>
        <translation>{f} is not valid: {p}.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="330"/>
        <source>{f}: ghi được; ổ đĩa còn trống {free}.</source>
        <translation>{f}: writable; free disk space {free}.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="145"/>
        <source>{f}: điểm kiểm tra “{v}” phải là số nguyên từ 0 đến 10.</source>
        <translation>{f}: the test score “{v}” must be a whole number from 0 to 10.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="128"/>
        <source>{f}: điểm trung bình “{v}” chỉ ghi một chữ số thập phân.</source>
        <translation>{f}: the average score “{v}” has only one decimal.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="142"/>
        <source>{f}: “{v}” không phải mức T/H/C (hoặc M nếu miễn).</source>
        <translation>{f}: “{v}” is not a level T/H/C (or M when exempted).</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="126"/>
        <source>{f}: “{v}” không phải điểm từ 0 đến 10.</source>
        <translation>{f}: “{v}” is not a score from 0 to 10.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="290"/>
        <source>{https}; chứng thư gốc đã hết hạn: {names}.</source>
        <translation>{https}; expired root certificates: {names}.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="285"/>
        <source>{https}; danh sách tin cậy của trường chưa có chứng thư gốc nào: chưa kiểm tra được chữ ký số.</source>
        <translation>{https}; the school's trust list holds no root certificate yet: digital signatures cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="282"/>
        <source>{https}; danh sách tin cậy của trường: chưa cấu hình (cần --db và --user).</source>
        <translation>{https}; the school's trust list: not configured (needs --db and --user).</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="291"/>
        <source>{https}; danh sách tin cậy của trường: {n} chứng thư gốc ({names}).</source>
        <translation>{https}; the school's trust list: {n} root certificates ({names}).</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="262"/>
        <source>{k} học bạ chưa nâng cấp được (máy chủ dấu thời gian hoặc OCSP/CRL không trả lời); sẽ thử lại lần sau.</source>
        <translation>{k} records could not be upgraded yet (the timestamp or OCSP/CRL server did not answer); will retry next time.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="161"/>
        <source>{l} “{v}” không hợp lệ; chọn một trong: {a}.</source>
        <translation>{l} “{v}” is not valid; choose one of: {a}.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="157"/>
        <source>{n} học bạ còn chờ người ký trước.</source>
        <translation>{n} records are still waiting for an earlier signer.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="65"/>
        <source>{n} ở mức Cần cố gắng (C).</source>
        <translation>{n} is at Needs effort (C).</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="81"/>
        <source>{n} ở mức Đạt nên không đạt Hoàn thành tốt.</source>
        <translation>{n} is at Passed (Đ), so Completed well is not reached.</translation>
    </message>
    <message>
        <location filename="../../services/legacy_pages.py" line="162"/>
        <location filename="../../services/transfers.py" line="208"/>
        <source>{n} — hết hạn {d}</source>
        <translation>{n} — expires {d}</translation>
    </message>
    <message>
        <location filename="../../services/legacy_pages.py" line="127"/>
        <source>{n} — lớp {c}</source>
        <translation>{n} — class {c}</translation>
    </message>
    <message>
        <location filename="../../dataio/trichluc.py" line="151"/>
        <source>{n} — năm học {y}, lớp {c}, Thông tư {t}: {k} môn, bản scan {p} trang ({a})</source>
        <translation>{n} — school year {y}, class {c}, Circular {t}: {k} subjects, scan {p} pages ({a})</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="168"/>
        <source>{n}: miễn một học kì, điểm cả năm lấy theo học kì còn lại.</source>
        <translation>{n}: exempted for one semester; the year score is the other semester's.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="111"/>
        <location filename="../../domain/tt27.py" line="130"/>
        <source>{n}: thiếu mức đạt được cuối năm.</source>
        <translation>{n}: the end-of-year level is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="118"/>
        <source>{n}: thiếu điểm kiểm tra định kì cuối năm.</source>
        <translation>{n}: the end-of-year periodic test score is missing.</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="163"/>
        <source>{n}: {s} {p} {c}: “{o}” → “{v}”.</source>
        <translation>{n}: {s} {p} {c}: “{o}” → “{v}”.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="121"/>
        <source>{n}: điểm KTĐK “{v}” chưa được kiểm tra hợp lệ.</source>
        <translation>{n}: the periodic test score “{v}” was not validated.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="177"/>
        <source>{n}: điểm cả năm {v} tính từ điểm học kì {how} (cài đặt year_average_from={s}); cách còn lại cho {o}.</source>
        <translation>{n}: the year score {v} is computed from the semester scores {how} (setting year_average_from={s}); the other way gives {o}.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="260"/>
        <source>{path}: tiến trình riêng chạy được; {tokens}</source>
        <translation>{path}: its own process runs; {tokens}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="255"/>
        <source>{path}: {e}</source>
        <translation>{path}: {e}</translation>
    </message>
    <message>
        <location filename="../../dataio/xlsx_reader.py" line="97"/>
        <source>{p} là một thư mục, không phải tệp bảng tính.</source>
        <translation>{p} is a folder, not a spreadsheet file.</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="157"/>
        <source>{p}, năm học {y}</source>
        <translation>{p}, school year {y}</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="155"/>
        <source>{p}: chưa đủ kết quả các môn để xếp mức học tập.</source>
        <translation>{p}: not enough subject results to grade learning.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="160"/>
        <source>{p}: có môn được miễn; cần xem xét thủ công (theo cài đặt của trường: không bỏ qua môn được miễn).</source>
        <translation>{p}: a subject is exempted; review by hand (by the school's setting: exempted subjects are not left out).</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="93"/>
        <source>{p}: học tập {lv} theo tiêu chí.</source>
        <translation>{p}: learning {lv} by the criteria.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="103"/>
        <source>{p}: không điều chỉnh vì môn gây giảm mức ({n}) là môn đánh giá bằng nhận xét (theo cài đặt của trường: không điều chỉnh khi môn đó đánh giá bằng nhận xét).</source>
        <translation>{p}: not adjusted, since the subject that lowers the level ({n}) is assessed by comments (by the school's setting: no adjustment when that subject is assessed by comments).</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="107"/>
        <source>{p}: mức học tập bị giảm từ hai mức trở lên chỉ do môn {n} nên được điều chỉnh lên mức liền kề: {lv}.</source>
        <translation>{p}: the learning level is lowered by two levels or more only by the subject {n}, so it is raised to the next level: {lv}.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_learning.py" line="90"/>
        <source>{p}: ít hơn 6 môn tính điểm nên không xếp được mức học tập theo quy định; cần xem xét thủ công.</source>
        <translation>{p}: fewer than 6 scored subjects, so the learning level cannot be graded by the regulation; needs a manual review.</translation>
    </message>
    <message>
        <location filename="../../dataio/score_rows.py" line="125"/>
        <source>{r} (lớp {g})</source>
        <translation>{r} (grade {g})</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="155"/>
        <source>{subject}, {period}, {component} “{value}”: {detail}</source>
        <translation>{subject}, {period}, {component} “{value}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="120"/>
        <source>{s} ({n} học bạ)</source>
        <translation>{s} ({n} records)</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="143"/>
        <source>{s}, {p}, {c}: “{old}” → “{new}”</source>
        <translation>{s}, {p}, {c}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="133"/>
        <source>{s}: thiếu {a}.</source>
        <translation>{s}: {a} is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22.py" line="151"/>
        <source>{s}: thiếu đánh giá {a}.</source>
        <translation>{s}: the {a} assessment is missing.</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="313"/>
        <source>{url}: {e} Chương trình vẫn làm việc ngoại tuyến bình thường.</source>
        <translation>{url}: {e} The program keeps working offline as usual.</translation>
    </message>
    <message>
        <location filename="../../services/timestamps.py" line="85"/>
        <source>Đang bổ sung dữ liệu kiểm tra lâu dài vào học bạ (PAdES B-LTA)…</source>
        <translation>Adding long-term validation data to the records (PAdES B-LTA)…</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="136"/>
        <source>Đang gửi học bạ lên hệ thống trung tâm…</source>
        <translation>Sending records to the central system…</translation>
    </message>
    <message>
        <location filename="../../services/remote_signing.py" line="33"/>
        <source>Đang gửi yêu cầu ủy quyền ký tới dịch vụ ký số từ xa…</source>
        <translation>Sending the signing authorisation request to the remote signing service…</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="144"/>
        <source>Đang gửi yêu cầu ủy quyền ký tới dịch vụ…</source>
        <translation>Sending the signing authorisation request to the service…</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="126"/>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="126"/>
        <source>Đang kiểm tra kết nối…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="240"/>
        <location filename="../../services/issued.py" line="28"/>
        <source>Đang ký</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../services/remote_signing.py" line="34"/>
        <source>Đang mở trang xác nhận của dịch vụ ký trong trình duyệt…</source>
        <translation>Opening the signing service's approval page in the browser…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="52"/>
        <source>Đang tạo trường mẫu…</source>
        <translation>Creating the demo school…</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="251"/>
        <source>Đang xử lý</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="147"/>
        <source>Điểm KTĐK</source>
        <translation>Test score</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="67"/>
        <source>Điểm KTĐK cuối năm môn {n} là {s}, dưới 5.</source>
        <translation>The end-of-year periodic test score of {n} is {s}, below 5.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="83"/>
        <source>Điểm KTĐK cuối năm môn {n} là {s}, dưới 7 nên không đạt Hoàn thành tốt.</source>
        <translation>The end-of-year periodic test score of {n} is {s}, below 7, so Completed well is not reached.</translation>
    </message>
    <message>
        <location filename="../../domain/tt27.py" line="77"/>
        <source>Điểm KTĐK cuối năm môn {n} là {s}, dưới 9 (nhưng từ 7 trở lên) nên không đạt Hoàn thành xuất sắc.</source>
        <translation>The end-of-year periodic test score of {n} is {s}, below 9 (but 7 or more), so Completed excellently is not reached.</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="206"/>
        <source>Điểm trung bình các môn</source>
        <translation>Average of all subjects</translation>
    </message>
    <message>
        <location filename="../../domain/legacy.py" line="204"/>
        <source>Điểm trung bình các môn chỉ có ở học bạ theo Thông tư 58/2011.</source>
        <translation>The average of all subjects exists only in records under Circular 58/2011.</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="162"/>
        <source>Điểm từ 0 đến 10, tối đa một chữ số thập phân.</source>
        <translation>A score from 0 to 10, with at most one decimal.</translation>
    </message>
    <message>
        <location filename="../../dataio/templates.py" line="210"/>
        <source>Điểm {c}</source>
        <translation>Scores {c}</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="84"/>
        <source>Đánh giá lại rèn luyện sau hè: {v}.</source>
        <translation>Conduct reassessed after the summer: {v}.</translation>
    </message>
    <message>
        <location filename="../../services/students.py" line="41"/>
        <source>Đã có học sinh với số định danh này.</source>
        <translation>A student with this personal ID number already exists.</translation>
    </message>
    <message>
        <location filename="../../sync/pinning.py" line="125"/>
        <source>Đã có một khoá khác của máy chủ này; hãy bỏ khoá cũ trước (sync configure --forget-receipt-key).</source>
        <translation>Another key of this server is already trusted; forget the old key first (sync configure --forget-receipt-key).</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="214"/>
        <source>Đã dừng theo yêu cầu.</source>
        <translation>Stopped as requested.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="220"/>
        <source>Đã ghi báo cáo {p}.</source>
        <translation>Wrote the report {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="174"/>
        <source>Đã ghi nhận biên nhận: {c}</source>
        <translation>Recorded the receipts: {c}</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="129"/>
        <source>Đã ghi nhận khoá ký biên nhận của {u} (dấu vân tay {f}).</source>
        <translation>Recorded the receipt signing key of {u} (fingerprint {f}).</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="138"/>
        <source>Đã ghi nhận khoá mã hoá gói của {u} (dấu vân tay {f}).</source>
        <translation>Trusted the bundle encryption key of {u} (fingerprint {f}).</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="147"/>
        <source>Đã ghi {n} mục vào {f} (mã hoá cho hệ thống trung tâm).</source>
        <translation>Wrote {n} items to {f} (encrypted for the central system).</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="127"/>
        <source>Đã ghi {n} tệp PDF vào {d}.</source>
        <translation>Wrote {n} PDF files to {d}.</translation>
    </message>
    <message>
        <location filename="../../cli/print_cmds.py" line="139"/>
        <source>Đã ghi {p} ({n} trang).</source>
        <translation>Wrote {p} ({n} pages).</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="165"/>
        <source>Đã gửi gói; kết quả: {c}. Biên nhận: {f}</source>
        <translation>Package sent; result: {c}. Receipts: {f}</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="82"/>
        <source>Đã gửi: {d}; cũ hơn bản ở trung tâm: {s}; xung đột: {c}; bị từ chối: {r}; chờ xử lý: {w}; còn chờ gửi: {n}; tin nhận về: {i}.</source>
        <translation>Sent: {d}; older than the centre's copy: {s}; conflicts: {c}; rejected: {r}; waiting for the centre: {w}; still to send: {n}; messages received: {i}.</translation>
    </message>
    <message>
        <location filename="../../remote/errors.py" line="100"/>
        <source>Đã huỷ ký số từ xa.</source>
        <translation>Remote signing cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="56"/>
        <source>Đã huỷ thao tác.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <location filename="../../signing/token_signing.py" line="55"/>
        <source>Đã huỷ: chưa nhập mã PIN.</source>
        <translation>Cancelled: no PIN entered.</translation>
    </message>
    <message>
        <location filename="../../token/client.py" line="170"/>
        <source>Đã hủy thao tác trên thiết bị ký.</source>
        <translation>The operation on the signing device was cancelled.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="203"/>
        <source>Đã khoá tài khoản {u} và đổi khoá mã hoá cơ sở dữ liệu.</source>
        <translation>Disabled the account {u} and changed the database encryption key.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="239"/>
        <source>Đã khoá để ký</source>
        <translation>Locked for signing</translation>
    </message>
    <message>
        <location filename="../../services/issued.py" line="28"/>
        <source>Đã khoá, chờ ký</source>
        <translation>Locked, waiting for signatures</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="271"/>
        <source>Đã khôi phục. Bản trước khi khôi phục được giữ tại {p}.</source>
        <translation>Restored. The copy from before the restore is kept at {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="142"/>
        <source>Đã ký và phát hành {n} học bạ (thẻ ký số mẫu: {c}, mã PIN 123456).</source>
        <translation>Signed and issued {n} records (demo signing tokens: {c}, PIN 123456).</translation>
    </message>
    <message>
        <location filename="../../services/signing.py" line="139"/>
        <source>Đã ký {i}/{n}: {name}</source>
        <translation>Signed {i}/{n}: {name}</translation>
    </message>
    <message>
        <location filename="../../services/legacy_pages.py" line="184"/>
        <source>Đã ký {i}/{n}: {s}</source>
        <translation>Signed {i}/{n}: {s}</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="159"/>
        <location filename="../../cli/signing_cmds.py" line="174"/>
        <source>Đã ký {s} học bạ; phát hành {p}.</source>
        <translation>Signed {s} records; issued {p}.</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="97"/>
        <source>Đã kết nối được dịch vụ ký; cần mã PIN/OTP của giáo viên để gửi lô này (màn hình Ký, hoặc hocbaso sign --remote).</source>
        <translation>The signing service is reachable; the teacher's PIN/OTP is needed to send this batch (Signing screen, or hocbaso sign --remote).</translation>
    </message>
    <message>
        <location filename="../../signing/remote_background.py" line="101"/>
        <source>Đã kết nối được dịch vụ ký; giáo viên cần mở màn hình Ký (hoặc hocbaso sign --remote) để xác nhận lô này trên trang của dịch vụ.</source>
        <translation>The signing service is reachable again; the teacher needs to open the Signing screen (or hocbaso sign --remote) to approve this batch on the service's page.</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="116"/>
        <source>Đã lưu bản chuyển đổi {id}; chờ văn thư ký số con dấu.</source>
        <translation>Saved the converted page {id}; waiting for the clerk to apply the school's digital seal.</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="120"/>
        <source>Đã lưu cấu hình đồng bộ.</source>
        <translation>Saved the sync configuration.</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="69"/>
        <source>Đã lưu {n} bản chuyển đổi; chờ văn thư ký số con dấu (hocbaso trichluc issue).</source>
        <translation>Saved {n} converted pages; waiting for the clerk to apply the school's digital seal (hocbaso trichluc issue).</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="205"/>
        <source>Đã mở gói: {p}. Nhận học sinh bằng: hocbaso transfer in {p} --class LỚP</source>
        <translation>Package opened: {p}. Receive the student with: hocbaso transfer in {p} --class CLASS</translation>
    </message>
    <message>
        <location filename="../../services/remote_signing.py" line="37"/>
        <source>Đã nhận chữ ký; đang ghép vào học bạ…</source>
        <translation>Signatures received; adding them to the records…</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="178"/>
        <source>Đã nhận học sinh {n}: {r} học bạ đã xác thực, {e} giá trị của năm học đang học.</source>
        <translation>Received student {n}: {r} verified records, {e} values of the current school year.</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="141"/>
        <source>Đã nhận tin từ trung tâm.</source>
        <translation>Received messages from the centre.</translation>
    </message>
    <message>
        <location filename="../../remote/oauth.py" line="65"/>
        <source>Đã nhận xác nhận; hãy quay lại chương trình Học bạ số.</source>
        <translation>Confirmation received; go back to the Học bạ số program.</translation>
    </message>
    <message>
        <location filename="../../dataio/report_xlsx.py" line="37"/>
        <source>Đã nhập</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="128"/>
        <source>Đã nhập xong.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="190"/>
        <source>Đã niêm phong gói {p} (ký bởi {s}).</source>
        <translation>Sealed the package {p} (signed by {s}).</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="259"/>
        <source>Đã nâng cấp {n} học bạ lên PAdES B-LTA (dữ liệu kiểm tra + dấu thời gian lưu trữ); gia hạn dấu thời gian lưu trữ của {r} học bạ.</source>
        <translation>Upgraded {n} records to PAdES B-LTA (validation data + archive timestamp); renewed the archive timestamp of {r} records.</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="241"/>
        <location filename="../../services/issued.py" line="28"/>
        <source>Đã phát hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="136"/>
        <source>Đã phát hành {n} bản chuyển đổi.</source>
        <translation>Issued {n} converted pages.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="262"/>
        <source>Đã sao lưu vào {p} (kèm tệp khoá {k}).</source>
        <translation>Backed up to {p} (with the key file {k}).</translation>
    </message>
    <message>
        <location filename="../../domain/model.py" line="242"/>
        <location filename="../../services/issued.py" line="29"/>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="172"/>
        <source>Đã thu hồi mã truy cập của trường {c}.</source>
        <translation>Revoked the access token of school {c}.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="274"/>
        <source>Đã thu hồi; tạo phiên bản {v} (bản nháp) để đính chính và ký lại.</source>
        <translation>Revoked; created version {v} (a draft) to correct and sign again.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="253"/>
        <source>Đã thêm học sinh {n} vào lớp {c}.</source>
        <translation>Added student {n} to class {c}.</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="143"/>
        <source>Đã thêm trường {c}. Mã truy cập (chỉ hiện một lần, hãy gửi cho trường qua kênh an toàn):</source>
        <translation>Added school {c}. Access token (shown only once; send it to the school over a safe channel):</translation>
    </message>
    <message>
        <location filename="../../cli/trust_cmds.py" line="76"/>
        <source>Đã thêm {a} chứng thư gốc và {i} chứng thư CA trung gian vào danh sách tin cậy.</source>
        <translation>Added {a} root and {i} intermediate CA certificates to the trust list.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="110"/>
        <source>Đã tạo cơ sở dữ liệu {p}.</source>
        <translation>Created the database {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="95"/>
        <source>Đã tạo mẫu {p}.</source>
        <translation>Created the template {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="135"/>
        <source>Đã tạo trường mẫu tại {p} (năm học {y}, {n} lớp).</source>
        <translation>Created the demo school at {p} (school year {y}, {n} classes).</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="163"/>
        <source>Đã tạo tài khoản {u}.</source>
        <translation>Created the account {u}.</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="35"/>
        <source>Đã xoá {k} (dùng giá trị mặc định).</source>
        <translation>Cleared {k} (the default value applies).</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="216"/>
        <source>Đã xuất {n} bản ghi và {b} tệp của trường {c} vào {f}.</source>
        <translation>Exported {n} records and {b} files of school {c} to {f}.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="196"/>
        <source>Đã xuất {n} tệp vào {d}.</source>
        <translation>Exported {n} files to {d}.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="146"/>
        <source>Đã xuất {p}.</source>
        <translation>Exported {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/results_cmds.py" line="53"/>
        <source>Đã {s} đợt nhập {p} năm học {y}.</source>
        <translation>Entry period {p} of school year {y}: {s}.</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="166"/>
        <source>Đã đóng gói hồ sơ chuyển trường: {p}.</source>
        <translation>Packaged the transfer file: {p}.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="110"/>
        <source>Đã đăng ký chứng thư ký số từ xa {c} (dịch vụ {s}, người dùng {u}) cho tài khoản {a}; xác thực: {m}, tối đa {n} chữ ký mỗi lần ủy quyền.</source>
        <translation>Registered the remote signing certificate {c} (service {s}, user {u}) for the account {a}; authentication: {m}, at most {n} signatures per authorisation.</translation>
    </message>
    <message>
        <location filename="../../cli/signing_cmds.py" line="126"/>
        <source>Đã đăng ký chứng thư “{cn}” (hết hạn {d}) cho tài khoản {u}.</source>
        <translation>Registered the certificate “{cn}” (expires {d}) for the account {u}.</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="62"/>
        <source>Đã đăng ký dịch vụ ký số từ xa “{n}” ({u}).</source>
        <translation>Registered the remote signing service “{n}” ({u}).</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="34"/>
        <source>Đã đặt {k} = {v}.</source>
        <translation>Set {k} = {v}.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="194"/>
        <source>Đã đổi mật khẩu của {u}.</source>
        <translation>Changed the password of {u}.</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="213"/>
        <source>Đã đổi vai trò của {u} thành {r}.</source>
        <translation>Changed the role of {u} to {r}.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="68"/>
        <source>Đường dẫn thư viện của nhà cung cấp chữ ký số (ví dụ .so/.dll); để trống để tự dò.</source>
        <translation>Path of the digital signature vendor's library (e.g. .so/.dll); leave empty to find it automatically.</translation>
    </message>
    <message>
        <location filename="../../domain/record_book.py" line="198"/>
        <source>Được lên lớp</source>
        <translation>Promoted</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="50"/>
        <location filename="../../domain/assessment.py" line="78"/>
        <location filename="../../domain/record_book.py" line="28"/>
        <location filename="../../domain/record_book.py" line="29"/>
        <location filename="../../domain/tt22_learning.py" line="22"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../remote/csc.py" line="47"/>
        <source>Địa chỉ dịch vụ ký số phải là https://… (http chỉ dùng cho máy này).</source>
        <translation>The signing service address must be https://… (http only for this computer).</translation>
    </message>
    <message>
        <location filename="../../sync/protocol.py" line="125"/>
        <source>Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ thử trên chính máy này).</source>
        <translation>The server address must start with https:// (http:// is only for a test server on this same computer).</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="61"/>
        <source>Địa chỉ máy chủ trung tâm</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../dataio/audit_xlsx.py" line="19"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../services/grade_sheets.py" line="184"/>
        <source>Đợt nhập điểm {p} đang đóng.</source>
        <translation>The score entry period {p} is closed.</translation>
    </message>
    <message>
        <location filename="../../services/assessment_entry.py" line="68"/>
        <source>Đợt nhập “{p}” đang đóng.</source>
        <translation>The entry period “{p}” is closed.</translation>
    </message>
    <message>
        <location filename="../../domain/tt22_promotion.py" line="143"/>
        <source>Đủ điều kiện lên lớp: rèn luyện và học tập từ Đạt trở lên, nghỉ {n} buổi (tối đa {m}).</source>
        <translation>May move up: conduct and learning at Passed or better, absent {n} sessions (at most {m}).</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="159"/>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../signing/remote_setup.py" line="107"/>
        <source>đang gửi</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="192"/>
        <source>điểm chỉ lấy đến một chữ số thập phân.</source>
        <translation>scores take at most one decimal.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="190"/>
        <source>điểm kiểm tra định kì tiểu học là số nguyên, không có điểm thập phân.</source>
        <translation>primary periodic test scores are whole numbers, without decimals.</translation>
    </message>
    <message>
        <location filename="../../domain/assessment.py" line="194"/>
        <source>điểm phải từ {low} đến 10.</source>
        <translation>the score must be from {low} to 10.</translation>
    </message>
    <message>
        <location filename="../../cli/trichluc_cmds.py" line="37"/>
        <source>điểm trung bình các môn</source>
        <translation>average of all subjects</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="64"/>
        <location filename="../../cli/rules_cmds.py" line="25"/>
        <source>đánh giá kết quả một năm học của một học sinh từ tệp JSON (TT27/TT22)</source>
        <translation>assess one student's school year from a JSON file (TT27/TT22)</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="129"/>
        <source>đây là một thư mục, không phải tệp</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="87"/>
        <source>đã nhập sai PIN</source>
        <translation>wrong PIN entered</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="159"/>
        <source>đã thu hồi</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../signing/revocation.py" line="30"/>
        <source>đã được thay bằng chứng thư khác</source>
        <translation>superseded by another certificate</translation>
    </message>
    <message>
        <location filename="../../cli/results_cmds.py" line="52"/>
        <source>đóng</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="51"/>
        <source>đóng gói hồ sơ và học bạ đã phát hành của học sinh</source>
        <translation>package the student's file and issued records</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="47"/>
        <source>đóng đợt nhập điểm {obj}</source>
        <translation>closed score entry for {obj}</translation>
    </message>
    <message>
        <location filename="../../signing/xades.py" line="190"/>
        <source>đúng</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="54"/>
        <source>đăng ký chứng thư số</source>
        <translation>register certificates</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="67"/>
        <location filename="../../cli/signing_cmds.py" line="30"/>
        <source>đăng ký chứng thư số cho người ký</source>
        <translation>register a signer's certificate</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="45"/>
        <source>đăng ký chứng thư số {obj}</source>
        <translation>registered the certificate {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="25"/>
        <source>đăng ký dịch vụ ký số từ xa của trường</source>
        <translation>register the school's remote signing service</translation>
    </message>
    <message>
        <location filename="../../cli/token_cmds.py" line="25"/>
        <source>đường dẫn thư viện PKCS#11 (DLL/.so)</source>
        <translation>path of the PKCS#11 library (DLL/.so)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="119"/>
        <source>đường dẫn tệp</source>
        <translation>file path</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="143"/>
        <source>đường dẫn vòng lặp (liên kết trỏ vào nhau)</source>
        <translation>looping path (links pointing at each other)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="106"/>
        <source>được lên lớp: yes hoặc no</source>
        <translation>promoted: yes or no</translation>
    </message>
    <message>
        <location filename="../../cli/config_cmds.py" line="15"/>
        <source>đặt một cài đặt (giá trị rỗng: trở về mặc định)</source>
        <translation>set a setting (an empty value: back to the default)</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="28"/>
        <source>địa chỉ cơ sở dữ liệu PostgreSQL (postgresql://…)</source>
        <translation>PostgreSQL database address (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../cli/remote_cmds.py" line="27"/>
        <source>địa chỉ gốc CSC, ví dụ https://…/csc/v2</source>
        <translation>CSC base address, e.g. https://…/csc/v2</translation>
    </message>
    <message>
        <location filename="../../cli/server_cmds.py" line="38"/>
        <source>địa chỉ lắng nghe</source>
        <translation>listening address</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="113"/>
        <source>địa chỉ lắng nghe của máy chủ thử nghiệm</source>
        <translation>listening address of the test server</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="70"/>
        <source>địa chỉ máy chủ trung tâm</source>
        <translation>the central server's address</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="31"/>
        <source>địa chỉ máy chủ trung tâm (mặc định: theo cài đặt)</source>
        <translation>central server address (default: from the settings)</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="90"/>
        <source>địa chỉ máy chủ trung tâm, ví dụ https://hocba.example.vn</source>
        <translation>central server address, e.g. https://hocba.example.vn</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="100"/>
        <source>định dạng: json hoặc xlsx</source>
        <translation>format: json or xlsx</translation>
    </message>
    <message>
        <location filename="../../cli/_common.py" line="88"/>
        <source>đọc mã PIN từ tệp này thay vì hỏi (cho chạy tự động; giữ tệp kín)</source>
        <translation>read the PIN from this file instead of asking (for unattended runs; keep the file private)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="52"/>
        <location filename="../../cli/sync_cmds.py" line="30"/>
        <source>đồng bộ học bạ với hệ thống trung tâm</source>
        <translation>sync the records with the central system</translation>
    </message>
    <message>
        <location filename="../../domain/roles.py" line="70"/>
        <source>đồng bộ với hệ thống trung tâm</source>
        <translation>sync with the central system</translation>
    </message>
    <message>
        <location filename="../../cli/sync_cmds.py" line="63"/>
        <source>đồng ý gửi gói kiểu cũ (mã hoá bằng mã truy cập), chỉ đến hết ngày 30/06/2027; được ghi vào tệp biên nhận</source>
        <translation>accept sending an old-format bundle (encrypted with the access token), only until 30/06/2027; recorded in the receipts file</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="42"/>
        <source>đổi cài đặt {obj}</source>
        <translation>changed the setting {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="60"/>
        <source>đổi mật khẩu của tài khoản</source>
        <translation>change an account's password</translation>
    </message>
    <message>
        <location filename="../../services/audit_log.py" line="41"/>
        <source>đổi mật khẩu tài khoản {obj}</source>
        <translation>changed the password of the account {obj}</translation>
    </message>
    <message>
        <location filename="../../cli/school_cmds.py" line="66"/>
        <source>đổi vai trò (hạ quyền thì đổi khoá mã hoá)</source>
        <translation>change a role (a demotion changes the encryption key)</translation>
    </message>
    <message>
        <location filename="../../signing/scan_pdf.py" line="84"/>
        <source>Ảnh {f} có độ phân giải {d} dpi; bản scan cần từ {m} dpi.</source>
        <translation>The image {f} has a resolution of {d} dpi; a scan needs {m} dpi or more.</translation>
    </message>
    <message>
        <location filename="../../storage/connection.py" line="52"/>
        <source>Ổ đĩa đã đầy hoặc không ghi được: không có thay đổi nào được lưu.</source>
        <translation>The disk is full or cannot be written: no change was saved.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="119"/>
        <source>Ổ đĩa đã đầy: không ghi được “{f}”.</source>
        <translation>The disk is full: could not write “{f}”.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="133"/>
        <source>ổ đĩa chỉ cho đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="132"/>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../cli/dataio_cmds.py" line="31"/>
        <source>“CỘT TRONG TỆP=CỘT CỦA CHƯƠNG TRÌNH”</source>
        <translation>“COLUMN IN THE FILE=PROGRAM COLUMN”</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="258"/>
        <source>“{f}” là gói kiểu cũ (mã hoá bằng mã truy cập); gói kiểu cũ chỉ được nhận đến hết ngày {d}. Hãy để trường xuất lại gói bằng phiên bản mới (các mục vẫn chờ gửi ở trường, không mất gì).</source>
        <translation>“{f}” is an old-format bundle (encrypted with the access token); old-format bundles were accepted only until {d}. Ask the school to export the bundle again with the new version (the items are still queued at the school; nothing is lost).</translation>
    </message>
    <message>
        <location filename="../../sync/bundle.py" line="262"/>
        <source>“{f}” là gói kiểu cũ (mã hoá bằng mã truy cập, máy gửi đọc được nội dung); chỉ được gửi đến hết ngày {d} khi người gửi đồng ý rõ ràng (--accept-old-bundle, hoặc đánh dấu ô đồng ý). Tốt hơn: để trường xuất lại gói bằng phiên bản mới.</source>
        <translation>“{f}” is an old-format bundle (encrypted with the access token: the sending computer can read it); it is sent only until {d}, and only when the sender accepts it explicitly (--accept-old-bundle, or the acceptance box). Better: ask the school to export the bundle again with the new version.</translation>
    </message>
    <message>
        <location filename="../../limits.py" line="120"/>
        <source>“{f}” lồng nhau quá sâu (hơn {n} mức); không xử lý và không ghi gì.</source>
        <translation>“{f}” is nested too deeply (more than {n} levels); nothing processed or written.</translation>
    </message>
    <message>
        <location filename="../../limits.py" line="45"/>
        <source>“{f}” vượt quá giới hạn cho phép ({n}); không xử lý và không ghi gì.</source>
        <translation>“{f}” exceeds the allowed limit ({n}); nothing processed or written.</translation>
    </message>
    <message>
        <location filename="../../dataio/column_maps.py" line="48"/>
        <source>“{t}” không phải tên cột nào của chương trình. Dùng tên cột như “Họ và tên”, “Ngày sinh”, “Mã học sinh”, một cột điểm “Toán | học kì I | ĐĐGtx1” hoặc “{i}”.</source>
        <translation>“{t}” is not a column of the program. Use a column name such as “Họ và tên”, “Ngày sinh”, “Mã học sinh”, a score column “Toán | học kì I | ĐĐGtx1” or “{i}”.</translation>
    </message>
    <message>
        <location filename="../../services/school_settings.py" line="29"/>
        <source>“{v}” không phải địa chỉ http:// hoặc https:// hợp lệ.</source>
        <translation>“{v}” is not a valid http:// or https:// address.</translation>
    </message>
</context>
</TS>
