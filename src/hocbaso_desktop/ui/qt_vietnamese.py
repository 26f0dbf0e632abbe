"""Vietnamese for Qt's own texts (standard buttons, file dialog, edit menus): PySide6 ships no qtbase_vi.

Without it a Vietnamese window shows Qt's English: "Close" in the About box, "Yes"/"No" in every
question, "Look in:", "File name:" and "Cancel" in the file dialog (Qt's own dialog on Linux).
The keys are Qt's source texts in their Qt context, checked against Qt's French catalogue by
tests/ui/test_qt_vietnamese.py (a key Qt no longer uses would silently stay English).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_EDIT = {"&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
         "Delete": "Xoá", "Select All": "Chọn tất cả"}

QT_VIETNAMESE: dict[tuple[str, str], str] = {
    **{("QPlatformTheme", k): v for k, v in {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "K&hông với tất cả", "Abort": "Huỷ bỏ",
        "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Huỷ", "Discard": "Bỏ đi",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định",
    }.items()},
    ("QMessageBox", "Show Details..."): "Xem chi tiết…",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết…",
    **{("QFileDialog", k): v for k, v in {
        "&Look in:": "&Tìm trong:", "File &name:": "&Tên tệp:", "Files of &type:": "&Loại tệp:", "&Open": "&Mở",
        "&Save": "&Lưu", "&Choose": "&Chọn", "Back": "Lùi", "Forward": "Tiến", "Parent Directory": "Thư mục cha",
        "Create New Folder": "Tạo thư mục mới", "List View": "Xem dạng danh sách", "Detail View": "Xem chi tiết",
        "New Folder": "Thư mục mới", "&Rename": "Đổi &tên", "&Delete": "&Xoá",
        "Show &hidden files": "Hiện tệp &ẩn", "&New Folder": "Thư mục &mới", "Directory:": "Thư mục:",
        "Directories": "Thư mục", "All Files (*)": "Mọi tệp (*)", "Open": "Mở", "Save As": "Lưu thành",
        "Find Directory": "Chọn thư mục",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nGhi đè lên tệp này?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "Recent Places": "Nơi mở gần đây", "Go back": "Lùi lại", "Go forward": "Tiến tới",
        "Go to the parent directory": "Lên thư mục cha", "Create a New Folder": "Tạo thư mục mới",
        "Change to list view mode": "Xem dạng danh sách", "Change to detail view mode": "Xem chi tiết",
        "Sidebar": "Thanh bên", "List of places and bookmarks": "Các nơi và dấu trang", "Files": "Tệp",
        "Are you sure you want to delete '%1'?": "Xoá “%1”?",
        "'%1' is write protected.\nDo you want to delete it anyway?": "“%1” đang được bảo vệ.\nVẫn xoá?",
        "Could not delete directory.": "Không xoá được thư mục.", "Drive": "Ổ đĩa", "File": "Tệp",
        "File Folder": "Thư mục", "Folder": "Thư mục", "Alias": "Lối tắt", "Shortcut": "Lối tắt",
        "Unknown": "Không rõ", "Show ": "Hiện ",
    }.items()},
    **{("QFileSystemModel", k): v for k, v in {
        "Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Kind": "Loại", "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính", "Computer": "Máy tính", "Invalid filename": "Tên tệp không hợp lệ",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation '
        'marks.': "<b>Không dùng được tên “%1”.</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.",
    }.items()},
    **{("QLineEdit", k): v for k, v in _EDIT.items()},
    **{("QWidgetTextControl", k): v for k, v in _EDIT.items()},
    ("QWidgetTextControl", "Copy &Link Location"): "Sao chép địa chỉ &liên kết",
    ("QAbstractSpinBox", "&Select All"): "&Chọn tất cả",
    ("QAbstractSpinBox", "&Step up"): "&Tăng",
    ("QAbstractSpinBox", "Step &down"): "&Giảm",
    ("QProgressDialog", "Cancel"): "Huỷ",
    ("QDialogButtonBox", "OK"): "Đồng ý",
    ("QInputDialog", "Enter a value:"): "Nhập giá trị:",
    **{("QWizard", k): v for k, v in {
        "< &Back": "< &Quay lại", "&Next": "&Tiếp", "&Next >": "&Tiếp >", "&Finish": "&Xong", "Cancel": "Huỷ",
        "&Help": "&Trợ giúp", "Go Back": "Quay lại", "Continue": "Tiếp tục", "Commit": "Xác nhận", "Done": "Xong",
        "Help": "Trợ giúp",
    }.items()},
    **{("QScrollBar", k): v for k, v in {
        "Scroll here": "Cuộn tới đây", "Left edge": "Mép trái", "Top": "Trên cùng", "Right edge": "Mép phải",
        "Bottom": "Dưới cùng", "Page left": "Sang trái một trang", "Page up": "Lên một trang",
        "Page right": "Sang phải một trang", "Page down": "Xuống một trang", "Scroll left": "Cuộn sang trái",
        "Scroll up": "Cuộn lên", "Scroll right": "Cuộn sang phải", "Scroll down": "Cuộn xuống",
    }.items()},
    ("QTabBar", "Scroll Left"): "Cuộn sang trái",
    ("QTabBar", "Scroll Right"): "Cuộn sang phải",
    ("QDockWidget", "Close"): "Đóng",
    ("QUnicodeControlCharacterMenu", "Insert Unicode control character"): "Chèn ký tự điều khiển Unicode",
}


class QtVietnameseTranslator(QTranslator):
    """Answers Qt's own contexts from QT_VIETNAMESE; everything else keeps its (Vietnamese) source."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """Qt's text in Vietnamese, or None (Qt keeps the source)."""
        return QT_VIETNAMESE.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Never empty, so Qt asks it."""
        return False
