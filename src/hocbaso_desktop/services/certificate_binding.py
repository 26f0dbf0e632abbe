"""Binding token certificates to accounts and keeping the trust list: the use cases of the certificate screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import bind_certificate, common_name, trust
from hocbaso_desktop.storage import CertificateBinding, certificates_repo, trust_repo, users_repo
from hocbaso_desktop.token import CertificateInfo, TokenClient, TokenInfo


@dataclass(frozen=True)
class BindingState:
    """What the screen lists from the database: accounts, active bindings, trusted roots."""

    users: tuple[UserAccount, ...]
    bindings: tuple[CertificateBinding, ...]
    anchors: tuple[trust_repo.TrustAnchor, ...]


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
                        tuple(trust_repo.list_anchors(db)))


def add_trust_file(ctx: Work, path: Path) -> tuple[int, tuple[bytes, ...]]:
    """Trust the self-signed CAs of a certificate file; return (roots added, the other CA certificates)."""
    added, chain = 0, []
    for der in trust.certificates_from_path(path):
        cert = x509.load_der_x509_certificate(der)
        if cert.issuer == cert.subject:
            trust.add_trust_anchor(ctx.session, der)
            added += 1
        else:
            chain.append(der)
    return added, tuple(chain)


def bind(ctx: Work, username: str, role: str, certificate: CertificateInfo, token: TokenInfo,
         module_path: str, chain: tuple[bytes, ...]) -> CertificateBinding:
    """Bind a token certificate to an account and signing role (checked against the trust list first)."""
    return bind_certificate(ctx.session, username=username, role=role, cert_der=certificate.der, chain_der=chain,
                            key_id=certificate.key_id.hex(), token_serial=token.serial, module_path=module_path)


def subject_of(der: bytes) -> str:
    """The common name of a DER certificate."""
    return common_name(x509.load_der_x509_certificate(der))
