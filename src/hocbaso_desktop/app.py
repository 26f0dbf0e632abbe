"""Composition: where the program's files live, for the command line and the interface.

(The signed-in `Session` and `open_session` live in `storage.session`, beside the database handle; use cases take
them through `services`.)
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

__all__ = ["default_data_dir", "default_db_path"]


def default_data_dir() -> Path:
    """The platform's user data folder for the program (logs, settings, default database)."""
    return Path(platformdirs.user_data_dir("hocbaso", appauthor=False))


def default_db_path() -> Path:
    """Where the school database lives when none is named."""
    return default_data_dir() / "truong.hocbaso"
