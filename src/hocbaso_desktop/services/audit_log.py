"""The audit log for the administrator: the newest rows and the check of the hash chain.
"""

from __future__ import annotations

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.storage import (
    Session,
    audit,
)


def audit_entries(session: Session, limit: int = 500) -> tuple[list[audit.AuditEntry], audit.AuditReport]:
    """The newest audit rows and the result of checking the hash chain."""
    require(session.user, Action.VIEW_AUDIT)
    return audit.recent(session.db, limit=limit), audit.verify(session.db)
