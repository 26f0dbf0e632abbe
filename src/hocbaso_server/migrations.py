"""Forward-only schema files for the server's two engines (`schema/<engine>/NNNN_name.sql`).

The files are numbered; the number of the last one applied is kept in the database (`PRAGMA
user_version` for SQLite, table `schema_version` for PostgreSQL). Several server processes may start at
once: SQLite serialises them with `BEGIN IMMEDIATE`, PostgreSQL with a transaction-level advisory lock.
A database newer than this program is refused.
"""

from __future__ import annotations

import re
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class SchemaTooNewError(Exception):
    """The database was written by a newer server."""


def schema_files(engine: str) -> list[tuple[int, str]]:
    """(number, SQL text) of every schema file of `engine`, in order."""
    folder = resources.files("hocbaso_server") / "schema" / engine
    files = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            files.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    files.sort()
    if [n for n, _ in files] != list(range(1, len(files) + 1)):
        raise RuntimeError(f"schema files of {engine} are not numbered 1..N")
    return files


def pending(engine: str, current: int) -> list[tuple[int, str]]:
    """The schema files still to apply after version `current` (SchemaTooNewError if it is newer)."""
    files = schema_files(engine)
    if current > len(files):
        raise SchemaTooNewError(f"database schema {current} is newer than this server ({len(files)})")
    return files[current:]
