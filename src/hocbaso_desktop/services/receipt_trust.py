"""The administrator's use cases: trust the central system's receipt key, or its bundle key, from an out-of-band
source (the Sở's letter with the key and its fingerprint), and see the fingerprints of the keys trusted."""

from __future__ import annotations

from dataclasses import dataclass

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.storage import SchoolSettings
from hocbaso_desktop.sync import pinning


def trust_receipt_key(session, key_b64: str, fingerprint: str) -> Changed[tuple[str, str]]:
    """Pin the configured centre's receipt key after checking it against the Sở's fingerprint;
    return (server URL, fingerprint)."""
    require(session.user, Action.MANAGE_SETTINGS)
    server = SchoolSettings(session.db).server_url
    if not server:
        raise InvalidInputError(_("Chưa cấu hình địa chỉ hệ thống trung tâm (sync configure)."), field="server")
    fp = pinning.trust_key(session.db, str(server), key_b64, fingerprint, actor=session.account.username)
    return Changed((str(server), fp), audited(settings=True))


def trust_bundle_key(session, key_b64: str, fingerprint: str) -> Changed[tuple[str, str]]:
    """Pin the configured centre's bundle key (USB bundles are encrypted for it) after checking it against the
    Sở's fingerprint; return (server URL, fingerprint)."""
    require(session.user, Action.MANAGE_SETTINGS)
    server = SchoolSettings(session.db).server_url
    if not server:
        raise InvalidInputError(_("Chưa cấu hình địa chỉ hệ thống trung tâm (sync configure)."), field="server")
    fp = pinning.trust_key(session.db, str(server), key_b64, fingerprint, actor=session.account.username,
                           kind=pinning.BUNDLE)
    return Changed((str(server), fp), audited(settings=True))


@dataclass(frozen=True)
class CentreKeys:
    """The configured centre and the fingerprints of its keys the school trusts (None: not yet)."""

    server: str
    receipt_key: str | None
    bundle_key: str | None


def centre_keys(session) -> CentreKeys:
    """What the settings screen shows beside the key fields (administrator)."""
    require(session.user, Action.MANAGE_SETTINGS)
    server = str(SchoolSettings(session.db).server_url or "")
    keys = [pinning.pinned_key(session.db, server, kind) if server else None for kind in (pinning.RECEIPT,
                                                                                          pinning.BUNDLE)]
    return CentreKeys(server, *(pinning.fingerprint(k) if k else None for k in keys))
