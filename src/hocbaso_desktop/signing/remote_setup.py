"""Remote signing services and credentials: register a service, bind a teacher's credential, open a signer.

A remote credential is bound like a token certificate (`certificates.bind_certificate`: the same validity,
key-usage, chain and account checks), with the service, the teacher's login there and the credential id
instead of a token serial. At signing time the credential's certificate must still be the bound one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography import x509

from hocbaso_desktop.domain.errors import InvalidInputError, SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.remote import (
    Backoff,
    CredentialInfo,
    CscClient,
    Observer,
    RemoteSigner,
    Secrets,
    check_service_url,
)
from hocbaso_desktop.signing import certificates
from hocbaso_desktop.storage import CertificateBinding, RemoteService, certificates_repo, remote_repo

MAX_SECRET = 4096


@dataclass(frozen=True)
class RemoteCredentialView:
    """What the signing screen shows about the credential that will sign."""

    service: str
    remote_user: str
    credential_id: str
    subject: str
    valid_to: str
    queued: tuple[str, ...] = ()   # batches of this class waiting for the service: "state — message (n học bạ)"


def add_service(session, *, name: str, url: str, client_id: str, client_secret: str,
                api_version: str = "v2") -> RemoteService:
    """Register (or update) a signing service (administrator); the secret is stored sealed, never shown."""
    require(session.user, Action.BIND_CERTIFICATE)
    name, client_id, client_secret = name.strip(), client_id.strip(), client_secret.strip()
    if not name or len(name) > 60:
        raise InvalidInputError(_("Tên dịch vụ ký cần từ 1 đến 60 ký tự."), field="name")
    if not client_id or not client_secret or len(client_secret) > MAX_SECRET:
        raise InvalidInputError(_("Cần client id và khóa bí mật (client secret) của tài khoản trường tại dịch vụ."),
                                field="client_id")
    if api_version not in ("v1", "v2"):
        raise InvalidInputError(_("Phiên bản giao thức CSC phải là v1 hoặc v2."), field="api_version")
    return remote_repo.add_service(session.db, name=name, base_url=check_service_url(url), api_version=api_version,
                                   client_id=client_id, secret=client_secret, actor=session.account.username,
                                   at=session.now().isoformat())


def list_services(session) -> list[RemoteService]:
    """The registered services (administrator)."""
    require(session.user, Action.BIND_CERTIFICATE)
    return remote_repo.list_services(session.db)


@contextlib.contextmanager
def connect(session, service_name: str, *, transport=None) -> Iterator[CscClient]:
    """A CSC client logged in as the school's service account (the secret unsealed only for it)."""
    service = remote_repo.get_service(session.db, service_name)
    client = CscClient(service.base_url, service.client_id, remote_repo.client_secret(session.db, service),
                       api_version=service.api_version, name=service.name, transport=transport)
    try:
        yield client
    finally:
        client.close()


def _pick_credential(client: CscClient, remote_user: str, credential_id: str | None) -> CredentialInfo:
    ids = client.list_credentials(remote_user)
    if credential_id:
        if credential_id not in ids:
            raise InvalidInputError(_("Dịch vụ không có chứng thư “{c}” của người dùng “{u}”.", c=credential_id,
                                      u=remote_user), field="credential_id")
        return client.credential_info(credential_id)
    if len(ids) != 1:
        raise InvalidInputError(_("Người dùng “{u}” có {n} chứng thư trên dịch vụ; hãy chọn bằng --credential-id: "
                                  "{ids}", u=remote_user, n=len(ids), ids=", ".join(ids)), field="credential_id")
    return client.credential_info(ids[0])


def bind_remote(session, *, username: str, role: str, service_name: str, remote_user: str,
                credential_id: str | None = None, transport=None,
                accept_name_mismatch: bool = False) -> tuple[CertificateBinding, CredentialInfo]:
    """Bind a teacher's remote credential to an account and role (administrator), after the token checks
    (the same identity check as a token's: a differing name needs `accept_name_mismatch`, audited)."""
    require(session.user, Action.BIND_CERTIFICATE)
    with connect(session, service_name, transport=transport) as client:
        info = _pick_credential(client, remote_user.strip(), credential_id)
    if not info.key_enabled:
        raise SigningError(_("Chứng thư “{c}” đang bị khóa trên dịch vụ ký.", c=info.credential_id))
    info.sign_algo()  # refuses a key whose algorithm the program cannot use
    binding = certificates.bind_certificate(
        session, username=username, role=role, cert_der=info.certificate_der, chain_der=list(info.chain_der[1:]),
        key_id="", token_serial="", module_path="", remote_service=service_name, remote_user=remote_user.strip(),
        credential_id=info.credential_id, accept_name_mismatch=accept_name_mismatch)
    return binding, info


def state_label(state: str) -> str:
    """The words for a remote batch's state (signing screen, `hocbaso sign --status`)."""
    return {"queued": _("chờ gửi (chưa có kết nối hoặc cần mã PIN)"), "sending": _("đang gửi"),
            "waiting_approval": _("chờ xác nhận trên điện thoại"),
            "failed": _("chưa ký được — học bạ vẫn khóa chờ ký")}.get(state, state)


def credential_view(session, role: str, class_id: str | None = None) -> RemoteCredentialView | None:
    """The signing user's remote credential for `role`, and the class's batches still waiting for the service,
    for the signing screen (None when they use a token)."""
    found = [b for b in certificates_repo.active_bindings(session.db, role=role, user_id=session.account.id) if b.is_remote]
    if not found:
        return None
    b = found[0]
    cert = x509.load_der_x509_certificate(b.cert_der)
    queued = tuple(_("{s} ({n} học bạ)", s=state_label(q.state), n=remote_repo.batch_size(session.db, q.id))
                   + (f" — {q.message}" if q.message else "")
                   for q in remote_repo.open_batches(session.db, binding_id=b.id, class_id=class_id) if q.role == role)
    return RemoteCredentialView(b.remote_service, b.remote_user, b.credential_id, certificates.common_name(cert),
                                cert.not_valid_after_utc.strftime("%d/%m/%Y"), queued)


@contextlib.contextmanager
def open_signer(session, binding: CertificateBinding, secrets: Secrets, *, observer: Observer | None = None,
                cancel: Callable[[], bool] | None = None, backoff: Backoff | None = None,
                transport=None, sleep: Callable[[float], object] | None = None,
                browser: Callable[[str], object] | None = None) -> Iterator[RemoteSigner]:
    """A `RemoteSigner` for the bound credential; refuses if the service now shows another certificate."""
    with connect(session, binding.remote_service, transport=transport) as client:
        info = client.credential_info(binding.credential_id)
        if info.certificate_der != binding.cert_der:
            raise SigningError(_("Chứng thư trên dịch vụ ký đã thay đổi so với lúc đăng ký; quản trị viên cần đăng ký "
                                 "lại (hocbaso certs bind --remote)."))
        yield RemoteSigner(client, info, secrets, chain_der=info.chain_der[1:] or certificates.chain_for(session.db),
                           observer=observer, cancel=cancel, backoff=backoff or Backoff(), sleep=sleep,
                           user_id=binding.remote_user, browser=browser)
