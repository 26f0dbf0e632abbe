"""Binding token certificates to accounts and keeping the trust list: the use cases of the certificate screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import NameMismatchError, bind_certificate, common_name, trust
from hocbaso_desktop.storage import CertificateBinding, certificates_repo, users_repo
from hocbaso_desktop.token import CertificateInfo, TokenClient, TokenInfo

__all__ = ["MAX_CHAIN_FILE_BYTES", "BindingState", "NameMismatchError", "TokenBinding", "add_trust_file", "bind",
           "bind_from_token", "load_state", "read_trust_file", "subject_of"]


@dataclass(frozen=True)
class BindingState:
    """What the screen lists from the database: accounts, active bindings, the trust store."""

    users: tuple[UserAccount, ...]
    bindings: tuple[CertificateBinding, ...]
    anchors: tuple[trust.TrustEntry, ...]           # roots and intermediates, each with its kind
    module_path: str = ""                           # the school's own module (the demo's SoftHSM2), else ""
    token_env: Mapping[str, str] = field(default_factory=dict)  # the demo school's SoftHSM2 configuration


def load_state(ctx: Work) -> BindingState:
    """Accounts, active bindings, trusted roots, and the module to read tokens from (administrator).

    The demo school keeps its SoftHSM2 tokens beside the database (issue 15 item 6): the screen then starts from
    SoftHSM2 with that configuration, as the signing screen does; otherwise from the machine's default module,
    which the screen found when it opened.
    """
    from hocbaso_desktop.signing import token_signing
    from hocbaso_desktop.token import SOFTHSM_MODULE

    session = ctx.session
    require(session.user, Action.BIND_CERTIFICATE)
    db = session.db
    demo_env = token_signing.token_env(session, SOFTHSM_MODULE)
    module = SOFTHSM_MODULE if demo_env else ""
    return BindingState(tuple(users_repo.list_users(db)), tuple(certificates_repo.active_bindings(db)),
                        tuple(trust.trust_entries(db)), module, demo_env)


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


MAX_CHAIN_FILE_BYTES = trust.MAX_TRUST_FILE_BYTES


@dataclass(frozen=True)
class TokenBinding:
    """A binding made from a token's certificate, and that certificate."""

    binding: CertificateBinding
    certificate: CertificateInfo


def bind_from_token(session, *, username: str, role: str, module_path: str | None, token_serial: str,
                    key_id: str | None = None, chain_file: bytes | None = None,
                    accept_name_mismatch: bool = False) -> Changed[TokenBinding]:
    """`hocbaso certs bind`: bind the one signing certificate of a token (chosen by `key_id` when there are more)
    to an account and role (administrator); the token's CA certificates and `chain_file`'s complete the chain."""
    require(session.user, Action.BIND_CERTIFICATE)
    chain = trust.read_certificates(chain_file) if chain_file is not None else []
    with TokenClient(module_path) as client:
        on_token = client.list_certificates(token_serial)
        if not on_token:
            raise InvalidInputError(_("Thiết bị ký {s} không có đối tượng chứng thư số nào (chỉ có khóa, hoặc "
                                      "chứng thư chưa được nạp). Hãy dùng phần mềm của nhà cung cấp để nạp "
                                      "chứng thư vào thiết bị.", s=token_serial))
        certs = [c for c in on_token if c.has_private_key]
        if not certs:
            raise InvalidInputError(_("Thiết bị ký {s} có {n} chứng thư nhưng không thấy khóa ký đi kèm (không có "
                                      "khóa công khai cùng mã CKA_ID). Hãy nạp lại chứng thư và khóa bằng phần mềm "
                                      "của nhà cung cấp.", s=token_serial, n=len(on_token)))
        if key_id:
            certs = [c for c in certs if c.key_id.hex() == key_id.lower()]
        if len(certs) != 1:
            raise InvalidInputError(_("Thiết bị ký có {n} chứng thư phù hợp; hãy chọn bằng --key-id: {ids}",
                                      n=len(certs), ids=", ".join(c.key_id.hex() + " " + c.subject_cn
                                                                  for c in on_token if c.has_private_key)))
        module = client.module_path or ""  # the library really used, so signing finds the same one
    cert = certs[0]
    # CA certificates carried by the token are chain candidates, before the trust store's intermediates.
    ca_on_token = [c.der for c in on_token if not c.has_private_key]
    binding = bind_certificate(session, username=username, role=role, cert_der=cert.der,
                               chain_der=[*ca_on_token, *chain], key_id=cert.key_id.hex(), token_serial=token_serial,
                               module_path=module, accept_name_mismatch=accept_name_mismatch)
    return Changed(TokenBinding(binding, cert), audited(certificates=True))


def subject_of(der: bytes) -> str:
    """The common name of a DER certificate."""
    return common_name(x509.load_der_x509_certificate(der))
