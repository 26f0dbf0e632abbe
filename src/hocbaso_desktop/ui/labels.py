"""Labels the screens show for glossary values (marked for Qt's translation tools)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ROLE_LABELS = {"gvcn": QT_TRANSLATE_NOOP("SigningPage", "Giáo viên chủ nhiệm"),
               "principal": QT_TRANSLATE_NOOP("SigningPage", "Hiệu trưởng"),
               "seal": QT_TRANSLATE_NOOP("SigningPage", "Con dấu của trường")}
