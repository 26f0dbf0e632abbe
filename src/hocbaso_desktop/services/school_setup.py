"""Creating a school's database with its first administrator, and reading the school's identity.
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.domain.model import School
from hocbaso_desktop.storage import (
    SchoolDatabase,
    Session,
    school_repo,
    users_repo,
)


def create_school(path: Path, school: School, *, username: str, full_name: str,
                  password: str) -> tuple[Session, str]:
    """Create a school database with its first administrator, signed in; return (session, recovery code)."""
    db, recovery = SchoolDatabase.create(path, school=school, admin_username=username, admin_full_name=full_name,
                                         admin_password=password)
    account = users_repo.require_active(db, username)
    return Session(db, account, users_repo.principal_for(db, account)), recovery


def current_school(session: Session) -> School:
    """The school of the open database (anyone signed in may see it)."""
    return school_repo.get_school(session.db)
