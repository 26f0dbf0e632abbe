"""Signing in: unlock the school database with a user's password and get the `Session` use cases take, and the
`SignedIn` view of it that screens keep (who, which school, what the person may do: decided here, not by screens)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.model import School, UserAccount
from hocbaso_desktop.domain.roles import PERMISSIONS, Action, Principal, Role, is_allowed
from hocbaso_desktop.services.school_setup import current_school
from hocbaso_desktop.storage import Session as Session
from hocbaso_desktop.storage import open_session as open_session


@dataclass(frozen=True)
class SignedIn:
    """What the GUI thread keeps about the signed-in person (the session itself stays on the database lane).

    `may` and `actions` only decide what a screen shows; each use case checks the permission again."""

    db_path: Path
    account: UserAccount
    user: Principal
    school: School
    notices: tuple[str, ...] = ()  # what opening the database changed (a data migration's note)

    @property
    def role(self) -> Role:
        """The person's role at the school."""
        return self.user.role

    @property
    def actions(self) -> frozenset[Action]:
        """Every action the role grants somewhere (school-wide, or for the person's own classes)."""
        return granted_actions(self.user)

    def may(self, action: Action) -> bool:
        """Whether the person may do `action` school-wide."""
        return is_allowed(self.user, action)


def granted_actions(user: Principal) -> frozenset[Action]:
    """Every action `user`'s role grants somewhere (the navigation lists a screen for any of them)."""
    return PERMISSIONS.get(user.role, frozenset())


def opening_notices(session: Session) -> tuple[str, ...]:
    """What opening the database changed that a person should read (a data migration's note)."""
    return tuple(session.db.notices)


def signed_in(session: Session) -> SignedIn:
    """The view of an open session a screen keeps (the school as the database holds it)."""
    return SignedIn(session.db.path, session.account, session.user, current_school(session),
                    opening_notices(session))
