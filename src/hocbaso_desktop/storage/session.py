"""The signed-in session the use cases work with, beside the database handle it wraps.

A `Session` bundles the open database, the user as the permission check sees them, a clock and typed
access to the school's settings. The command line and the interface both build one with
`open_session` and pass it to `services/`; nothing here is global. It lives in storage/ (not in the
composition module `app.py`) so that every layer above can take one without importing the top of the house.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from hocbaso_desktop.domain.i18n import VIETNAM_TIME
from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.roles import Principal
from hocbaso_desktop.storage import users_repo
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.storage.settings_repo import SchoolSettings


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Session:
    """One user's work on one school database."""

    db: SchoolDatabase
    account: UserAccount
    user: Principal
    clock: Callable[[], datetime] = field(default=_utc_now)

    @property
    def settings(self) -> SchoolSettings:
        """The school's settings, typed."""
        return SchoolSettings(self.db)

    @property
    def data_dir(self) -> Path:
        """The folder beside the database for its tokens, exports and receipts."""
        folder = self.db.path.with_name(self.db.path.name + ".data")
        folder.mkdir(exist_ok=True)
        return folder

    def now(self) -> datetime:
        """The current time (UTC), from the injectable clock."""
        return self.clock()

    def today(self) -> date:
        """Today's date in Vietnam (issue dates, enrolment dates): 06:30 there is still "today", not UTC's day."""
        return self.clock().astimezone(VIETNAM_TIME).date()

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_session(db_path: Path | str, username: str, password: str) -> Session:
    """Unlock the database with this user's password and build the session."""
    db = SchoolDatabase.open(Path(db_path), username, password)
    try:
        account = users_repo.require_active(db, username)
        return Session(db, account, users_repo.principal_for(db, account))
    except BaseException:
        db.close()
        raise
