"""People's names: one rule for every way a name enters the program (screen, Excel, JSON, transfer).

A name is letters (any script, with their tone marks), spaces, and the apostrophe, hyphen and full stop
that some names carry (H'Hen Niê, Lan-Anh). Anything else is refused, so a name can never carry a
spreadsheet formula (`=HYPERLINK(…)`), markup or control characters into the files the school sends
out. The text is NFC with single spaces, at most 100 characters.
"""

from __future__ import annotations

import unicodedata

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _, nfc

MAX_NAME_LENGTH = 100
_INNER = frozenset(" '’-.")


def name_problem(text: object) -> str | None:
    """Why `text` is not acceptable as a person's name, or None (an empty name is not checked here)."""
    name = nfc(" ".join(str(text or "").split()))
    if not name:
        return None
    if len(name) > MAX_NAME_LENGTH:
        return _("tên dài quá {n} ký tự", n=MAX_NAME_LENGTH)
    if not unicodedata.category(name[0]).startswith("L"):
        return _("tên phải bắt đầu bằng một chữ cái (không nhận “{c}” ở đầu)", c=name[0])
    for ch in name:
        if ch not in _INNER and unicodedata.category(ch)[0] not in "LM":
            return _("tên có ký tự không hợp lệ “{c}” (chỉ nhận chữ cái, dấu cách, dấu ' - .)", c=ch)
    return None


def clean_name(text: object, *, field: str, label: str) -> str:
    """The name in its stored form (NFC, single spaces), or InvalidInputError naming `label`."""
    problem = name_problem(text)
    if problem is not None:
        raise InvalidInputError(_("{f} không hợp lệ: {p}.", f=label, p=problem), field=field)
    return nfc(" ".join(str(text or "").split()))
