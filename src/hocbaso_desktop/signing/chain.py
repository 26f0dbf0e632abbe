"""The one chain builder used by binding, signing and verification.

A certificate's path is built cryptographically (pyhanko-certvalidator, offline, never by matching
names) to a root of the trust list, from candidate CA certificates taken in this order: those on the
token (many tokens carry their CA's certificate), the intermediates of the school's trust store, and
the certificates carried in the CMS of a signature being verified. The result is the chain to embed in
a signature: the intermediates from the signer's issuer up to, not including, the root (the verifier
has the root; embedding it would only invite trusting whatever root a file carries).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

from hocbaso_desktop.storage import trust_repo


class ChainError(Exception):
    """No valid path to a trusted root (the caller words the refusal)."""


@dataclass(frozen=True)
class Chain:
    """A validated path: the intermediates (issuer first, root excluded) and the root it ends at."""

    intermediates: tuple[bytes, ...]
    root: bytes


def candidates(*sources: Iterable[bytes]) -> list[bytes]:
    """The candidate certificates of several sources, in the order given, each once."""
    return list(dict.fromkeys(bytes(der) for source in sources for der in source))


def school_candidates(db, *, token_certs: Iterable[bytes] = (), cms_certs: Iterable[bytes] = ()) -> list[bytes]:
    """Token certificates, then the school's stored intermediates, then a signature's own certificates."""
    return candidates(token_certs, trust_repo.list_intermediates(db), cms_certs)


def build_chain(cert_der: bytes, *, roots: Sequence[bytes], others: Sequence[bytes], at: datetime) -> Chain:
    """Validate `cert_der`'s path at `at` to one of `roots` using `others`; raise ChainError when there is none."""
    if not roots:
        raise ChainError("no trusted root")
    root_certs = [asn1_x509.Certificate.load(d) for d in roots]
    other_certs = [asn1_x509.Certificate.load(d) for d in others]
    context = ValidationContext(trust_roots=root_certs, other_certs=other_certs, allow_fetching=False, moment=at)
    validator = CertificateValidator(asn1_x509.Certificate.load(cert_der), intermediate_certs=other_certs,
                                     validation_context=context)
    try:
        path = asyncio.run(validator.async_validate_path())
    except (PathBuildingError, PathValidationError, ValidationError) as exc:
        raise ChainError(str(exc)) from exc
    certs = [c.dump() for c in path.iter_certs(include_root=False)]
    anchor = path.trust_anchor
    root = anchor.certificate.dump() if hasattr(anchor, "certificate") else b""
    # iter_certs goes from the root's child down to the leaf: the chain to embed is the reverse, without the leaf.
    return Chain(tuple(reversed(certs[:-1])), root)


def school_chain(db, cert_der: bytes, *, at: datetime, token_certs: Iterable[bytes] = (),
                 cms_certs: Iterable[bytes] = ()) -> Chain:
    """`build_chain` against the school's trust store (its roots and intermediates)."""
    roots = [a.der for a in trust_repo.list_anchors(db)]
    return build_chain(cert_der, roots=roots, at=at,
                       others=school_candidates(db, token_certs=token_certs, cms_certs=cms_certs))
