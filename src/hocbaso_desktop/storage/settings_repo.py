"""School settings (JSON values), database facts (meta: device id) and the evaluation settings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings

if TYPE_CHECKING:
    from hocbaso_desktop.storage.database import SchoolDatabase


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


def get_meta(db: SchoolDatabase, key: str) -> str | None:
    """A fact about this database (device_id, created_at)."""
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (key,))
    return row[0] if row else None


def evaluation_settings(db: SchoolDatabase) -> EvaluationSettings:
    """The school's evaluation choices (setting "evaluation", a JSON object) over the documented defaults."""
    stored = get_setting(db, "evaluation", None)
    if not isinstance(stored, dict):
        return DEFAULT_SETTINGS
    known = set(EvaluationSettings.field_names())
    return EvaluationSettings(**{k: v for k, v in stored.items() if k in known})
