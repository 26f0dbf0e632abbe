"""The one translation layer for user-facing text outside Qt widgets.

Source strings are Vietnamese (the program's language). `_()` looks a string up in the active
catalogue (none for Vietnamese, so the source string is used), fills in ``{named}`` fields and
returns NFC text. English or another language is added by `install_catalogue`; the Qt interface
uses Qt's own translator for widget text and this function for messages that come from the core.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone

_catalogue: dict[str, str] = {}

# Vietnam keeps UTC+7 all year (no daylight saving): the time zone of every date a school sees.
VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")


def install_catalogue(messages: Mapping[str, str]) -> None:
    """Make `messages` (Vietnamese source → translation) the active catalogue."""
    _catalogue.clear()
    _catalogue.update({nfc(k): nfc(v) for k, v in messages.items()})


def _(message: str, /, **fields: object) -> str:
    """Translate `message`, fill its ``{fields}`` and return it NFC-normalised."""
    text = _catalogue.get(nfc(message), message)
    if fields:
        text = text.format(**fields)
    return nfc(text)


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC, the one form stored, hashed and printed."""
    return unicodedata.normalize("NFC", text)


def format_date(value: date | datetime | None) -> str:
    """Format a date as dd/mm/yyyy, the form shown everywhere in the interface."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def format_time(value: datetime | str | None) -> str:
    """A moment (aware datetime or RFC 3339 text, UTC when it names no zone) as dd/mm/yyyy hh:mm, Vietnam time."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return ""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y %H:%M")
