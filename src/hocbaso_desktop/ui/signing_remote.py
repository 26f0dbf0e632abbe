"""The signing screen's remote-signing texts: what the service, user and credential are, and the PIN question.

Part of the signing screen (ui/signing_view.py) for a teacher who signs through a CSC service instead of a
token; the signing itself is services.remote_signing.sign_remote.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from hocbaso_desktop.services import Secrets, SigningPrep


def remote_summary(page: QWidget, prep: SigningPrep) -> str:
    """The service, user and credential that will sign, and the batches already waiting there."""
    remote = prep.remote
    text = page.tr("Dịch vụ {0}, người dùng {1}, chứng thư {2}.").replace("{0}", remote.service) \
        .replace("{1}", remote.remote_user).replace("{2}", remote.credential_id)
    if remote.queued:
        return text + " " + page.tr("Lô ký đang chờ: {0}").replace("{0}", "; ".join(remote.queued))
    return text + " " + page.tr("Chưa gửi yêu cầu ký.")


def ask_remote_secrets(page: QWidget) -> Secrets | None:
    """The PIN of the remote credential (empty when the teacher approves on the phone); never stored."""
    pin, ok = QInputDialog.getText(page, page.tr("Ký số từ xa"),
                                   page.tr("Mã PIN ký số từ xa (bỏ trống nếu xác nhận trên điện thoại):"),
                                   QLineEdit.EchoMode.Password)
    return Secrets(pin=pin or None) if ok else None
