"""The language choice of this computer (Tiếng Việt / English), on the sign-in window and in the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hocbaso_desktop import i18n
from hocbaso_desktop.app import default_data_dir


class LanguageBox(QWidget):
    """A combo of the languages; a choice is saved for the next start (the text changes when reopened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language's name in itself: readable whatever is active
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.language())))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Ngôn ngữ / Language:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.note, 1)
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        code = self.combo.currentData()
        try:
            i18n.save_language(default_data_dir(), code)
        except OSError as exc:
            from hocbaso_desktop.errors import as_expected

            expected = as_expected(exc)
            self.note.setText(expected.message if expected else str(exc))
            return
        # the open windows keep their texts; the next start uses the choice (said in both languages)
        self.note.setText("" if code == i18n.language() else
                          "Áp dụng khi mở lại chương trình. / Applies when the program is opened again.")
