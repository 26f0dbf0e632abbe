"""Labels the screens show for glossary values (marked for Qt's translation tools)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hocbaso_desktop.domain.glossary import SignerRole

ROLE_LABELS = {SignerRole.HOMEROOM: QT_TRANSLATE_NOOP("SigningPage", "Giáo viên chủ nhiệm"),
               SignerRole.PRINCIPAL: QT_TRANSLATE_NOOP("SigningPage", "Hiệu trưởng"),
               SignerRole.SEAL: QT_TRANSLATE_NOOP("SigningPage", "Con dấu của trường")}
