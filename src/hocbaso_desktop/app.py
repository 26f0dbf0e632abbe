"""Composition: where the program's files live, for the command line and the interface (the database, the
language chosen on this computer).

(The signed-in `Session` and `open_session` live in `storage.session`, beside the database handle; use cases take
them through `services`.)
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from hocbaso_desktop.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["default_data_dir", "default_db_path", "save_language", "saved_language"]

_LANGUAGE_FILE = "language.txt"


def default_data_dir() -> Path:
    """The platform's user data folder for the program (logs, settings, default database)."""
    return Path(platformdirs.user_data_dir("hocbaso", appauthor=False))


def default_db_path() -> Path:
    """Where the school database lives when none is named."""
    return default_data_dir() / "truong.hocbaso"


def saved_language(folder: Path) -> str:
    """The language chosen on this computer (kept in `folder`), or the default when none or unreadable."""
    try:
        with open(folder / _LANGUAGE_FILE, encoding="ascii", errors="replace") as f:
            value = f.read(16).strip()
    except OSError:
        return DEFAULT_LANGUAGE
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(folder: Path, language: str) -> None:
    """Remember `language` for the next start on this computer."""
    if language not in LANGUAGES:
        raise ValueError(language)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _LANGUAGE_FILE).write_text(language + "\n", encoding="ascii")
