"""Opening the server's store: the engine follows the target (a data folder: SQLite; a URL: PostgreSQL).

Apart from `store.py` so that the interface does not import its engines, which import it.
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_server.store import CentralStore


def is_postgres_url(target: str | Path) -> bool:
    """Whether `target` names a PostgreSQL database rather than a data folder."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path) -> CentralStore:
    """Open (and migrate) the store at a data folder or a `postgresql://` URL."""
    if is_postgres_url(target):
        from hocbaso_server.store_postgres import PostgresStore

        return PostgresStore(str(target))
    from hocbaso_server.store_sqlite import SqliteStore

    return SqliteStore(Path(target))
