"""The school's trust list for `hocbaso trust …`: read a CA file's candidates, add the confirmed ones
(administrator, audited, by signing.trust), list the entries, and the known Vietnamese CAs."""

from __future__ import annotations

from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.signing import KNOWN_CAS as KNOWN_CAS
from hocbaso_desktop.signing import TrustCandidate as TrustCandidate
from hocbaso_desktop.signing import trust

ANCHOR = trust.ANCHOR
MAX_TRUST_FILE_BYTES = trust.MAX_TRUST_FILE_BYTES


def candidates(data: bytes) -> list[TrustCandidate]:
    """The CA certificates of a PEM, DER or PKCS#7 file, classified, for the administrator to confirm."""
    return trust.trust_candidates(data)


def add(session, data: bytes, confirmed: set[str]) -> Changed[list[TrustCandidate]]:
    """Store a file's roots as anchors and its other CAs as intermediates, once their fingerprints are confirmed."""
    return Changed(trust.add_trusted(session, data, confirmed=confirmed), audited(certificates=True))


def entries(session) -> list:
    """The trust list as stored (anchors and intermediates with who added them and when)."""
    return trust.trust_entries(session.db)
