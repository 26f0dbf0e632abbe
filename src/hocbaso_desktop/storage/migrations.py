"""Forward-only schema migrations (style.md principle 9).

`PRAGMA user_version` holds the number of the last migration applied. Files
``schema/NNNN_description.sql`` run in order, each inside one transaction with the version bump.
A database whose version is higher than the newest file is refused (a school that reinstalled an
older program must not damage its data). Before migrating an existing database the file is copied,
still encrypted, to ``<name>_v{N}_{timestamp}.db`` beside it, with its key file.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import DatabaseTooNewError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage.keyfile import keyfile_path

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str, str]]:
    """All migration files as (number, name, sql), in order."""
    found = []
    for entry in resources.files("hocbaso_desktop.storage.schema").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    """The schema version this program writes."""
    return available()[-1][0]


def current_version(db: SchoolDatabase) -> int:
    """The schema version of an open database."""
    return int(db.query_one("PRAGMA user_version")[0])


def migrate(db: SchoolDatabase, *, backup: bool) -> list[str]:
    """Bring `db` up to date; return the names of the migrations applied."""
    version = current_version(db)
    newest = latest_version()
    if version > newest:
        raise DatabaseTooNewError(_(
            "Cơ sở dữ liệu này được tạo bởi phiên bản mới hơn của chương trình (lược đồ {v} > {n}). "
            "Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.", v=version, n=newest))
    pending = [(n, name, sql) for n, name, sql in available() if n > version]
    if pending and backup and version > 0:
        backup_before_migration(db, version)
    for number, _name, sql in pending:
        with db.transaction():
            for statement in split_statements(sql):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number:d}")
    return [name for _n, name, _s in pending]


def backup_before_migration(db: SchoolDatabase, version: int) -> Path:
    """Copy the database (still encrypted) and its key file before an upgrade."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db.path.with_name(f"{db.path.stem}_v{version}_{stamp}{db.path.suffix}")
    db.backup_to(target)
    shutil.copy2(keyfile_path(db.path), keyfile_path(target))
    return target


def split_statements(sql: str) -> list[str]:
    """Split a migration file into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements, current, depth = [], [], 0
    for line in sql.splitlines():
        stripped = line.split("--", 1)[0].strip()
        if not stripped and not current:
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN") or upper == "BEGIN":
            depth += 1
        if upper.startswith("END") and upper.rstrip(";") == "END":
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(current).strip())
            current = []
    if "".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
