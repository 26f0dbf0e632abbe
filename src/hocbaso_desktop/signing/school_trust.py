"""What a school's database adds to verifying a file: its trust store, its bindings and its revocations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import certificates_repo, records_repo, trust_repo


@dataclass(frozen=True)
class SchoolMaterial:
    """Roots, intermediates, the certificates bound per role, and revoked versions with what to say."""

    roots: tuple[bytes, ...] = ()
    intermediates: tuple[bytes, ...] = ()
    accepted: Mapping[str, set[str]] = field(default_factory=dict)
    revoked: Mapping[tuple[str, int], str] = field(default_factory=dict)


def school_material(db) -> SchoolMaterial:
    """Everything `verify --db` and the verification screen take from the school's database."""
    revoked = {key: _("thu hồi bởi {who}, lý do: {why}", who=who, why=why)
               for key, (why, who) in records_repo.revoked_versions(db).items()}
    return SchoolMaterial(tuple(a.der for a in trust_repo.list_anchors(db)), tuple(trust_repo.list_intermediates(db)),
                          certificates_repo.certificates_by_role(db), revoked)
