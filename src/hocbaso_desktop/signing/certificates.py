"""Signing certificates: the checks before signing (validity, key usage, chain, binding) and registration.

TT 15/2025 requires signing software to check a certificate's validity before it signs. The chain is
built by `signing.chain` (cryptographically, offline) to a root of the school's trust store, never by
matching issuer names (domain.md §5.2). Binding also checks that the certificate names the account's
person (or the school, for the seal): `signing.identity`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError, SigningError
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _, format_date
from hocbaso_desktop.domain.roles import Action, Role, require
from hocbaso_desktop.signing.chain import Chain, ChainError, build_chain, school_candidates
from hocbaso_desktop.signing.identity import IdentityCheck, check_organisation, check_person
from hocbaso_desktop.storage import (
    CertificateBinding,
    audit,
    certificates_repo,
    school_repo,
    trust_repo,
    users_repo,
)

SIGNING_ROLES = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
ROLE_ACCOUNTS = {SignerRole.HOMEROOM: {Role.HOMEROOM}, SignerRole.PRINCIPAL: {Role.PRINCIPAL, Role.VICE_PRINCIPAL}, SignerRole.SEAL: {Role.CLERK}}
ROLE_ACTIONS = {SignerRole.HOMEROOM: Action.SIGN_GVCN, SignerRole.PRINCIPAL: Action.SIGN_PRINCIPAL, SignerRole.SEAL: Action.SIGN_SEAL}


def common_name(cert: x509.Certificate) -> str:
    """The subject CN (or the whole subject when it has none)."""
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def load_certificate(data: bytes) -> bytes:
    """Return the DER of a certificate given as PEM or DER bytes."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data).public_bytes(serialization.Encoding.DER)
        x509.load_der_x509_certificate(data)
        return bytes(data)
    except ValueError as exc:
        raise InvalidInputError(_("Tệp không phải chứng thư số X.509 (PEM hoặc DER).")) from exc


def check_signing_certificate(cert_der: bytes, *, at: datetime, trust_roots_der: Sequence[bytes],
                              chain_der: Sequence[bytes] = ()) -> Chain:
    """Refuse (SigningError, Vietnamese) a certificate that is not valid at `at`, cannot sign, or is untrusted.

    Returns the validated chain (intermediates, root excluded), built by `signing.chain` from `chain_der`.
    """
    cert = x509.load_der_x509_certificate(cert_der)
    who = common_name(cert)
    if at < cert.not_valid_before_utc:
        raise SigningError(_("Chứng thư số của {who} chưa có hiệu lực (từ {d}).", who=who,
                             d=format_date(cert.not_valid_before_utc)))
    if at > cert.not_valid_after_utc:
        raise SigningError(_("Chứng thư số của {who} đã hết hạn ngày {d}.", who=who,
                             d=format_date(cert.not_valid_after_utc)))
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        can_sign = usage.digital_signature or usage.content_commitment
    except x509.ExtensionNotFound:
        can_sign = True
    if not can_sign:
        raise SigningError(_("Chứng thư số của {who} không có mục đích ký số (digitalSignature).", who=who))
    if not trust_roots_der:
        raise SigningError(_("Chưa có chứng thư gốc tin cậy nào. Quản trị viên cần thêm bằng lệnh "
                             "“hocbaso trust add”."))
    try:
        return build_chain(cert_der, roots=trust_roots_der, others=chain_der, at=at)
    except ChainError as exc:
        issuer = cert.issuer.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
        raise SigningError(_("Chứng thư số của {who} không được cấp bởi tổ chức trong danh sách tin cậy (hoặc chuỗi "
                             "chứng thư không hợp lệ). Tổ chức cấp: “{issuer}”. Hãy thêm chứng thư gốc và chứng thư "
                             "CA trung gian của tổ chức này bằng “hocbaso trust add” (PEM, DER hoặc .p7b).", who=who,
                             issuer=str(issuer[0].value) if issuer else cert.issuer.rfc4514_string())) from exc


class NameMismatchError(InvalidInputError):
    """The certificate names someone else than the account (or the school, for the seal)."""

    def __init__(self, check: IdentityCheck) -> None:
        super().__init__(" ".join(check.problems))
        self.check = check


def identity_check(db, account, role: str, cert_der: bytes) -> IdentityCheck:
    """Compare the certificate with the account's name and personal ID, or with the school's name (seal)."""
    if role == "seal":
        return check_organisation(cert_der, school_repo.get_school(db).name)
    staff = school_repo.get_staff(db, account.staff_id) if account.staff_id else None
    return check_person(cert_der, account.full_name, staff.personal_id if staff else "")


def bind_certificate(session, *, username: str, role: str, cert_der: bytes, chain_der: Sequence[bytes],
                     key_id: str, token_serial: str, module_path: str, remote_service: str = "",
                     remote_user: str = "", credential_id: str = "",
                     accept_name_mismatch: bool = False) -> CertificateBinding:
    """Bind a token certificate (or a remote credential's) to a staff account and a signing role (administrator);
    checks it first.

    `chain_der` are candidate CA certificates (those on the token or sent by the remote service, a file given
    by the administrator); the path found is kept in the trust store's intermediates so that signing and
    verification find it. A certificate naming someone else is refused (NameMismatchError) unless
    `accept_name_mismatch`, which is audited with both names.
    """
    require(session.user, Action.BIND_CERTIFICATE)
    if role not in SIGNING_ROLES:
        raise InvalidInputError(_("Vai trò ký “{r}” không hợp lệ (gvcn, principal, seal).", r=role), field="role")
    account = users_repo.get_user(session.db, username)
    if Role(account.role) not in ROLE_ACCOUNTS[role]:
        raise PermissionDeniedError(_("Tài khoản “{u}” ({r}) không thể ký với vai trò này.", u=username,
                                      r=Role(account.role).label))
    holder = certificates_repo.binding_for_certificate(session.db, hashlib.sha256(cert_der).hexdigest())
    if holder is not None and holder.user_id != account.id:
        raise InvalidInputError(_("Chứng thư số này đã được đăng ký cho một tài khoản khác; mỗi chứng thư chỉ "
                                  "thuộc một người."))
    roots = [a.der for a in trust_repo.list_anchors(session.db)]
    chain = check_signing_certificate(cert_der, at=session.now(), trust_roots_der=roots,
                                      chain_der=school_candidates(session.db, token_certs=chain_der))
    identity = identity_check(session.db, account, role, cert_der)
    if not identity.matches and not accept_name_mismatch:
        raise NameMismatchError(identity)
    actor, at = session.account.username, session.now().isoformat()
    with session.db.transaction():
        for ca in chain.intermediates:
            trust_repo.add_intermediate(session.db, ca, subject=common_name(x509.load_der_x509_certificate(ca)),
                                        actor=actor, at=at)
        if not identity.matches:
            audit.append(session.db, actor=actor, action="certificate.accept_name_mismatch", entity="user",
                         entity_id=account.id, before=None,
                         after={"role": role, "certificate_name": identity.certificate_name,
                                "expected_name": identity.expected_name,
                                "cert_sha256": hashlib.sha256(cert_der).hexdigest()})
        return certificates_repo.bind(session.db, user_id=account.id, role=role, cert_der=cert_der, key_id=key_id,
                                      token_serial=token_serial, module_path=module_path, actor=actor, at=at,
                                      remote_service=remote_service, remote_user=remote_user,
                                      credential_id=credential_id)


def binding_for_signer(session, role: str) -> CertificateBinding:
    """The signing user's active binding for `role` (refused if none)."""
    found = certificates_repo.active_bindings(session.db, role=role, user_id=session.account.id)
    if not found:
        raise SigningError(_("Tài khoản “{u}” chưa được đăng ký chứng thư số để ký với vai trò này.",
                             u=session.account.username))
    return found[0]


def check_signer_binding(session, role: str, cert_der: bytes) -> CertificateBinding:
    """Refuse a certificate that is not the one bound to the signing user for `role`."""
    sha = hashlib.sha256(cert_der).hexdigest()
    for binding in certificates_repo.active_bindings(session.db, role=role, user_id=session.account.id):
        if binding.cert_sha256 == sha:
            return binding
    raise SigningError(_("Chứng thư số trên thiết bị ký không phải chứng thư đã đăng ký cho tài khoản “{u}” "
                         "với vai trò này.", u=session.account.username))


def chain_for(db) -> tuple[bytes, ...]:
    """Every CA certificate the school knows (stored intermediates, then the roots): candidates for a path."""
    return (*trust_repo.list_intermediates(db), *(a.der for a in trust_repo.list_anchors(db)))


def signer_chain(db, cert_der: bytes, *, at: datetime, token_certs: Sequence[bytes] = ()) -> tuple[bytes, ...]:
    """The chain a signature embeds for `cert_der`: its intermediates up to, not including, the root."""
    return check_signing_certificate(cert_der, at=at, trust_roots_der=[a.der for a in trust_repo.list_anchors(db)],
                                     chain_der=school_candidates(db, token_certs=token_certs)).intermediates
