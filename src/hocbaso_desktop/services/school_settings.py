"""The settings screen's use cases: read and write the editable settings (audited), the lock delay.
"""

from __future__ import annotations

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.storage import (
    SchoolSettings,
    Session,
    audit,
)
from hocbaso_desktop.sync import check_server_url

UI_SETTINGS = SchoolSettings.EDITABLE


def read_settings(session: Session) -> dict[str, object]:
    """The settings the settings screen edits (the API token is never returned, only whether it is set)."""
    require(session.user, Action.MANAGE_SETTINGS)
    values = session.settings.editable()
    values[SchoolSettings.API_TOKEN] = bool(values[SchoolSettings.API_TOKEN])
    return values


def write_settings(session: Session, values: dict[str, object]) -> None:
    """Store edited settings (an empty API token keeps the old one); audited when a value changes."""
    require(session.user, Action.MANAGE_SETTINGS)
    with session.db.transaction():
        for key, value in values.items():
            if key not in UI_SETTINGS or (key == SchoolSettings.API_TOKEN and not value):
                continue
            if key == SchoolSettings.SERVER_URL and value:
                value = check_server_url(str(value))
            before = session.settings.editable().get(key)
            if before == value or (before in (None, "") and value in (None, "")):
                continue  # a save that changes nothing records nothing
            session.settings.set_editable(key, value)
            secret = key == SchoolSettings.API_TOKEN  # the token never enters the log, only that it changed
            audit.append(session.db, actor=session.account.username, action="setting.set", entity="setting",
                         entity_id=key, before=None if secret else {"value": before},
                         after={"changed": True} if secret else {"value": value})


def lock_minutes(session: Session) -> int:
    """Minutes of inactivity before the screen locks (setting "ui.lock_minutes", default 10)."""
    return session.settings.lock_minutes
