"""The school's settings an administrator edits: command `hocbaso config` and the settings screen's use cases.

Each setting has a key, a Vietnamese label and explanation (shown on the screen and by `config list`),
a kind, and a check; values are stored in the settings table (JSON). Secrets (the API token) are never
shown back, only whether they are set. Reading and writing need MANAGE_SETTINGS; writes are audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.storage import SchoolSettings, Session, audit, settings_repo
from hocbaso_desktop.sync import check_server_url

SECRET_SHOWN = N_("(đã đặt)")
UI_SETTINGS = SchoolSettings.EDITABLE


def _http_url(value: str) -> str:
    """An http(s) URL with a host (a timestamp server: its answers are signed, so plain HTTP is acceptable)."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or len(value) > 500:
        raise InvalidInputError(_("“{v}” không phải địa chỉ http:// hoặc https:// hợp lệ.", v=value[:80]), field="value")
    return value.strip()


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def check(value: str) -> int:
        text = str(value).strip()
        if not text.isdigit() or not low <= int(text) <= high:
            raise InvalidInputError(_("Giá trị phải là số nguyên từ {a} đến {b}.", a=low, b=high), field="value")
        return int(text)
    return check


def _text(value: str) -> str:
    if len(value) > 1000:
        raise InvalidInputError(_("Giá trị quá dài (tối đa 1000 ký tự)."), field="value")
    return value.strip()


@dataclass(frozen=True)
class SettingSpec:
    """One editable setting."""

    key: str
    label: str
    explanation: str
    check: Callable[[str], object]
    default: object = None
    secret: bool = False


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(SchoolSettings.SERVER_URL, N_("Địa chỉ máy chủ trung tâm"),
                N_("Máy chủ học bạ số của Sở/Bộ nhận học bạ đã phát hành (https://…; http:// chỉ cho máy này)."),
                lambda v: check_server_url(v)),
    SettingSpec(SchoolSettings.API_TOKEN, N_("Mã truy cập (API token)"),
                N_("Mã Sở cấp riêng cho trường để gửi dữ liệu; được giữ bí mật, không bao giờ hiển thị lại."),
                _text, secret=True),
    SettingSpec(SchoolSettings.PKCS11_MODULE, N_("Phần mềm thiết bị ký (thư viện PKCS#11)"),
                N_("Đường dẫn thư viện của nhà cung cấp chữ ký số (ví dụ .so/.dll); để trống để tự dò."), _text),
    SettingSpec(SchoolSettings.TIMESTAMP_URL, N_("Máy chủ cấp dấu thời gian (RFC 3161)"),
                N_("Khi máy chủ này trả lời lúc ký, mỗi chữ ký được gắn dấu thời gian (PAdES B-T). Sau đó việc nâng cấp "
                "bổ sung chứng thư, dữ liệu thu hồi (OCSP/CRL) và dấu thời gian lưu trữ (PAdES B-LTA), để học bạ vẫn "
                "kiểm tra được khi chứng thư đã hết hạn."), _http_url),
    SettingSpec(SchoolSettings.TIMESTAMP_RENEW_DAYS, N_("Gia hạn dấu thời gian lưu trữ trước (ngày)"),
                N_("Số ngày trước khi chứng thư của dấu thời gian lưu trữ mới nhất hết hạn thì gắn dấu thời gian mới "
                "(mặc định 365 ngày)."), _int_between(7, 3650), default=365),
    SettingSpec(SchoolSettings.TRUST_LIST, N_("Danh sách tin cậy (thư mục chứng thư gốc)"),
                N_("Thư mục chứa chứng thư gốc của các tổ chức cung cấp dịch vụ chứng thực được tin cậy."), _text),
    SettingSpec(SchoolSettings.LOCK_MINUTES, N_("Khoá màn hình sau (phút)"),
                N_("Số phút không thao tác thì chương trình tự khoá màn hình (1–240, mặc định 10)."),
                _int_between(1, 240), default=10),
    SettingSpec(SchoolSettings.MAX_CLASS_SIZE, N_("Sĩ số tối đa của một lớp"),
                N_("Số học sinh nhiều nhất của một lớp khi nhập danh sách, thêm học sinh hay nhận học sinh chuyển đến "
                   "(mặc định 60). Thông tư 28/2020 và 32/2020 quy định lớp tiểu học không quá 35, THCS và THPT không "
                   "quá 45 học sinh; mặc định cao hơn để trường đông học sinh vẫn nhập được, chỉ chặn nhầm lẫn như "
                   "nhập cả trường vào một lớp."), _int_between(1, 200), default=60),
)
_BY_KEY = {s.key: s for s in SETTINGS}
assert set(_BY_KEY) == set(SchoolSettings.EDITABLE), "the settings screen and `hocbaso config` edit the same keys"


def spec(key: str) -> SettingSpec:
    """The setting named `key` (InvalidInputError, listing the known keys, for any other)."""
    if key not in _BY_KEY:
        raise InvalidInputError(_("Không có cài đặt “{k}”. Các cài đặt: {all}.", k=key[:80],
                                  all=", ".join(_BY_KEY)), field="key")
    return _BY_KEY[key]


def shown_value(session, key: str) -> object:
    """The value of a setting as it may be shown (a secret only says whether it is set; else the default)."""
    require(session.user, Action.MANAGE_SETTINGS)
    s = spec(key)
    value = settings_repo.get_setting(session.db, key)
    if s.secret:
        return _(SECRET_SHOWN) if value else ""  # i18n: table
    return s.default if value is None else value


def list_settings(session) -> list[tuple[SettingSpec, object]]:
    """Every editable setting with its shown value."""
    return [(s, shown_value(session, s.key)) for s in SETTINGS]


def set_value(session, key: str, value: str) -> Changed[object]:
    """Check and store one setting (an empty value removes it: the default applies again); audited when it changes."""
    require(session.user, Action.MANAGE_SETTINGS)
    s = spec(key)
    stored = s.check(value) if str(value).strip() else None
    before = settings_repo.get_setting(session.db, key)
    if before == stored or (before in (None, "") and stored in (None, "", s.default)):
        return Changed(stored, Changes())  # a save that changes nothing (the default saved as itself) records nothing
    with session.db.transaction():
        settings_repo.set_setting(session.db, key, stored)
        audit.append(session.db, actor=session.account.username, action="setting.set", entity="setting",
                     entity_id=key, before=None if s.secret else {"value": before},
                     after={"changed": True} if s.secret else {"value": stored})
    return Changed(stored, audited(settings=True))


def setting_explanations() -> dict[str, tuple[str, str]]:
    """key → (label, explanation) of every setting on the settings screen, in the interface's language."""
    return {s.key: (_(s.label), _(s.explanation)) for s in SETTINGS}  # i18n: table


def read_settings(session: Session) -> dict[str, object]:
    """The settings the settings screen edits (the API token is never returned, only whether it is set)."""
    require(session.user, Action.MANAGE_SETTINGS)
    values = session.settings.editable()
    values[SchoolSettings.API_TOKEN] = bool(values[SchoolSettings.API_TOKEN])
    return values


def write_settings(session: Session, values: dict[str, object]) -> Changes:
    """Check and store edited settings in one transaction (an empty API token keeps the old one); audited."""
    require(session.user, Action.MANAGE_SETTINGS)
    changes = Changes()
    with session.db.transaction():
        for key, value in values.items():
            if key not in UI_SETTINGS or (key == SchoolSettings.API_TOKEN and not value):
                continue
            changes = changes | set_value(session, key, "" if value is None else str(value)).changes
    return changes


def lock_minutes(session: Session) -> int:
    """Minutes of inactivity before the screen locks (setting "ui.lock_minutes", default 10)."""
    return session.settings.lock_minutes
