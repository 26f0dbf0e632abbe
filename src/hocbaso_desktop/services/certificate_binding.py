"""Binding token certificates to accounts and keeping the trust list: the use cases of the certificate screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import NameMismatchError, bind_certificate, common_name, trust
from hocbaso_desktop.storage import CertificateBinding, certificates_repo, users_repo
from hocbaso_desktop.token import CertificateInfo, TokenClient, TokenInfo

__all__ = ["BindingState", "NameMismatchError", "add_trust_file", "bind", "load_state", "read_tokens",
           "read_trust_file", "subject_of"]


@dataclass(frozen=True)
class BindingState:
    """What the screen lists from the database: accounts, active bindings, the trust store."""

    users: tuple[UserAccount, ...]
    bindings: tuple[CertificateBinding, ...]
    anchors: tuple[trust.TrustEntry, ...]           # roots and intermediates, each with its kind


def read_tokens(ctx: Work, module_path: str, env: Mapping[str, str] | None = None
                ) -> list[tuple[TokenInfo, list[CertificateInfo]]]:
    """Every token of a PKCS#11 module with its certificates (io lane: the token worker does the work)."""
    with TokenClient(module_path or None, env=env) as client:
        return [(token, client.list_certificates(token.serial)) for token in client.list_tokens()]


def load_state(ctx: Work) -> BindingState:
    """Accounts, active bindings and trusted roots (administrator)."""
    session = ctx.session
    require(session.user, Action.BIND_CERTIFICATE)
    db = session.db
    return BindingState(tuple(users_repo.list_users(db)), tuple(certificates_repo.active_bindings(db)),
                        tuple(trust.trust_entries(db)))


def read_trust_file(ctx: Work, path: Path) -> list[trust.TrustCandidate]:
    """The CA certificates of a PEM, DER or PKCS#7 file, classified, for the administrator to confirm."""
    require(ctx.session.user, Action.MANAGE_SETTINGS)
    return trust.trust_candidates(path.read_bytes())


def add_trust_file(ctx: Work, path: Path, confirmed: set[str]) -> Changed[list[trust.TrustCandidate]]:
    """Store a file's roots as anchors and its other CAs as intermediates, once their fingerprints are confirmed."""
    return Changed(trust.add_trusted(ctx.session, path.read_bytes(), confirmed=confirmed), audited(certificates=True))


def bind(ctx: Work, username: str, role: str, certificate: CertificateInfo, token: TokenInfo,
         module_path: str, chain: tuple[bytes, ...], accept_name_mismatch: bool = False) -> Changed[CertificateBinding]:
    """Bind a token certificate to an account and signing role (checked against the trust store first).

    `chain` are the CA certificates found on the same token (candidates for the path).
    """
    binding = bind_certificate(ctx.session, username=username, role=role, cert_der=certificate.der, chain_der=chain,
                               key_id=certificate.key_id.hex(), token_serial=token.serial, module_path=module_path,
                               accept_name_mismatch=accept_name_mismatch)
    return Changed(binding, audited(certificates=True))


def subject_of(der: bytes) -> str:
    """The common name of a DER certificate."""
    return common_name(x509.load_der_x509_certificate(der))
