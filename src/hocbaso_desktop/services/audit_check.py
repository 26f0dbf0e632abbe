"""`audit verify`: the chain of the audit log, then its anchors (local, and the centre's copies online)."""

from __future__ import annotations

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing import audit_anchor, certificates, trust_roots
from hocbaso_desktop.storage import audit, school_repo, settings_repo
from hocbaso_desktop.sync import CentralClient, NotConfiguredError, fetch_anchors


def check_audit(session, *, online: bool = False) -> tuple[audit.AuditReport, audit_anchor.AnchorReport]:
    """The chain's own check and the anchors' check; with `online`, the centre's anchors are compared too."""
    require(session.user, Action.VIEW_AUDIT)
    db = session.db
    extra = _centre_anchors(db) if online else []
    anchors = audit_anchor.check(db, roots=list(trust_roots(db)), chain=list(certificates.chain_for(db)), extra=extra)
    return audit.verify(db), anchors


def _centre_anchors(db) -> list:
    configured = settings_repo.SchoolSettings(db)
    if not configured.server_url or not configured.api_token:
        raise NotConfiguredError()
    device = settings_repo.device_id(db)
    with CentralClient(configured.server_url, configured.api_token, device) as client:
        return fetch_anchors(client, school_repo.get_school(db).code)
