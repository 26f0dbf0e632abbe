"""The language choice of this computer (Tiếng Việt / English), on the sign-in window and in the settings.

The choice is saved for the next start. On the sign-in window it also applies at once (the Shell builds
the window again in the new language: nothing is open yet); a signed-in window keeps its language until
the program is opened again, and says so in its own language next to the box.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hocbaso_desktop.app import default_data_dir, save_language
from hocbaso_desktop.domain import i18n
from hocbaso_desktop.ui.errors import failure_text


class LanguageBox(QWidget):
    """A combo of the languages; a choice is saved for the next start and announced by `chosen`."""

    chosen = Signal(str)  # the language code, after it was saved

    def __init__(self, parent: QWidget | None = None, *, applies_now: bool = False) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language's name in itself: readable whatever is active
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.language())))
        self.note = QLabel("" if applies_now else self.tr("Đổi ngôn ngữ: áp dụng khi mở lại chương trình."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Ngôn ngữ:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.note, 1)
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        code = self.combo.currentData()
        try:
            save_language(default_data_dir(), code)
        except OSError as exc:
            self.note.setText(failure_text(exc))
            return
        if code != i18n.language():
            self.note.setText(self.tr("Đã chọn {0}. Các cửa sổ đang mở giữ ngôn ngữ hiện tại; chương trình dùng "
                                      "{0} từ lần mở sau.").replace("{0}", i18n.LANGUAGES[code]))
        else:
            self.note.setText(self.tr("Đổi ngôn ngữ: áp dụng khi mở lại chương trình."))
        self.chosen.emit(code)
