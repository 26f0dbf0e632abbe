"""School settings (JSON values), database facts (meta: device id), the evaluation settings, and `SchoolSettings`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


def get_setting(db: SchoolDatabase, key: str, default: Any = None) -> Any:
    """A setting's value, or `default` when it was never set."""
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(row[0]) if row else default


def set_setting(db: SchoolDatabase, key: str, value: Any) -> None:
    """Store a setting (None removes it)."""
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", (key,))
        return
    db.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (key, json.dumps(value, ensure_ascii=False)))


def device_id(db: SchoolDatabase) -> str:
    """This database's device id (meta, made at creation; it names the device to the centre), "" if missing."""
    row = db.query_one("SELECT value FROM meta WHERE key = 'device_id'")
    return row[0] if row else ""


def evaluation_settings(db: SchoolDatabase) -> EvaluationSettings:
    """The school's evaluation choices (setting "evaluation", a JSON object) over the documented defaults."""
    stored = get_setting(db, "evaluation", None)
    if not isinstance(stored, dict):
        return DEFAULT_SETTINGS
    known = set(EvaluationSettings.field_names())
    return EvaluationSettings(**{k: v for k, v in stored.items() if k in known})


class SchoolSettings:
    """Typed access to the school's settings: one property per known key, so no caller spells a key."""

    SERVER_URL = "sync.server_url"
    API_TOKEN = "sync.api_token"
    SYNC_INTERVAL = "sync.interval_minutes"
    PKCS11_MODULE = "token.pkcs11_module"
    TIMESTAMP_URL = "signing.tsa_url"              # `hocbaso config set signing.tsa_url` (issue 16)
    LEGACY_TSA_URL = "signing.timestamp_url"       # what the settings screen wrote before issue 16
    TIMESTAMP_RENEW_DAYS = "signing.timestamp_renew_days"
    TRUST_LIST = "signing.trust_list"
    REQUIRED_ROLES = "signing.required_roles"
    LOCK_MINUTES = "ui.lock_minutes"
    MAX_CLASS_SIZE = "school.max_class_size"
    EDITABLE = (SERVER_URL, API_TOKEN, PKCS11_MODULE, TIMESTAMP_URL, TIMESTAMP_RENEW_DAYS, TRUST_LIST, LOCK_MINUTES,
                MAX_CLASS_SIZE)

    def __init__(self, db: SchoolDatabase) -> None:
        self.db = db

    def _text(self, key: str) -> str | None:
        value = get_setting(self.db, key)
        return str(value) if value else None

    @property
    def server_url(self) -> str | None:
        """The central server's base URL, or None when sync is not configured."""
        return self._text(self.SERVER_URL)

    @property
    def api_token(self) -> str | None:
        """The school's API token for the central server (never shown or logged)."""
        return self._text(self.API_TOKEN)

    def set_sync(self, server_url: str | None, api_token: str | None) -> None:
        """Store the central server and its token (None leaves the token as it is)."""
        set_setting(self.db, self.SERVER_URL, server_url)
        if api_token is not None:
            set_setting(self.db, self.API_TOKEN, api_token)

    @property
    def sync_interval_minutes(self) -> int:
        """Minutes between background sync runs (at least 1; default 5)."""
        value = get_setting(self.db, self.SYNC_INTERVAL, 5)
        return max(1, int(value)) if isinstance(value, int | float) else 5

    @property
    def pkcs11_module(self) -> str | None:
        """The PKCS#11 module path chosen for this school, or None to look for the known ones."""
        return self._text(self.PKCS11_MODULE)

    @property
    def timestamp_url(self) -> str | None:
        """The RFC 3161 timestamp server's URL, or None (signatures stay B-B until one is set)."""
        return self._text(self.TIMESTAMP_URL) or self._text(self.LEGACY_TSA_URL)

    @property
    def timestamp_renew_days(self) -> int:
        """Days before the last archive timestamp's certificate expires that a new one is added (default 365)."""
        value = get_setting(self.db, self.TIMESTAMP_RENEW_DAYS, 365)
        return int(value) if isinstance(value, int) and value > 0 else 365

    @property
    def required_roles(self) -> tuple[str, ...] | None:
        """The signer roles configured for a page, or None for the default order."""
        value = get_setting(self.db, self.REQUIRED_ROLES)
        return tuple(str(v) for v in value) if value else None

    @property
    def lock_minutes(self) -> int:
        """Minutes of inactivity before the screen locks (default 10)."""
        value = get_setting(self.db, self.LOCK_MINUTES, 10)
        return int(value) if isinstance(value, int | str) and str(value).isdigit() else 10

    @property
    def evaluation(self) -> EvaluationSettings:
        """The school's evaluation choices over the documented defaults."""
        return evaluation_settings(self.db)

    def editable(self) -> dict[str, object]:
        """The values the settings screen edits, by key."""
        return {key: get_setting(self.db, key) for key in self.EDITABLE}
