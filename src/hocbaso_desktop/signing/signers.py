"""Who must sign a record page: the roles named in its signed payload, never fewer than the regulation's.

At issuance the school's setting decides the signers (homeroom teacher and principal, plus the seal
when one is bound; the seal alone for a page converted from paper) and writes them, in order, into the
payload (`nguoikybatbuoc`), so a verifier without the school's database knows them. Because anyone can
write a payload, a verifier never accepts fewer than the floor of the record's kind: GVCN and principal
for a TT27/TT22 page (the form has both boxes), the seal for a trích lục. A payload may add signers to
the floor, never remove them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from hocbaso_desktop.domain.glossary import SignerRole

REQUIRED_SIGNERS_FIELD = "nguoikybatbuoc"
ROLE_ORDER = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
FLOOR_REGULAR = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL)
FLOOR_CONVERTED = (SignerRole.SEAL,)


def ordered(roles: Iterable[str]) -> tuple[str, ...]:
    """Known roles in signing order, each once."""
    wanted = set(roles)
    return tuple(SignerRole(r) for r in ROLE_ORDER if r in wanted)


def required_signers(payload: Mapping[str, Any]) -> tuple[str, ...]:
    """The roles that must have signed `payload`'s page, in order: what it names, never below the floor."""
    named = payload.get(REQUIRED_SIGNERS_FIELD)
    named = [r for r in named if isinstance(r, str)] if isinstance(named, list) else []
    floor = FLOOR_CONVERTED if payload.get("trichluc") is True else FLOOR_REGULAR
    return ordered([*floor, *named])
