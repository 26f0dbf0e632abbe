"""The remote signer: a `RawSigner` whose key lives in a CSC service, and its batch operation `sign_digests`.

One authorization covers as many hashes as the credential's `multisign` allows (the whole batch when it can,
chunks otherwise); an expired SAD is authorized again once with the same hashes. When the service asks the
user on the phone, the approval is polled with backoff until approved, refused, expired or cancelled.

ECDSA values come back from services as DER (as pyHanko and the token path use them) or, with the plain ECDSA
algorithm, as r || s: they are handed on as DER always.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from secrets import token_hex

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, utils

from hocbaso_desktop.remote.csc import SHA256_OID, CredentialInfo, CscClient, Pending
from hocbaso_desktop.remote.errors import RemoteFailure, RemoteSigningError, failure
from hocbaso_desktop.remote.oauth import (
    AuthorizationRequest,
    LoopbackReceiver,
    code_of,
    new_state,
    open_in_browser,
)

log = logging.getLogger(__name__)


class ApprovalState(StrEnum):
    """What the signing screen shows while a remote batch runs."""

    AUTHORIZING = "authorizing"
    OPEN_PAGE = "open_page"             # oauth2code: the service's authorization page (its URL) opens in the browser
    WAITING_PHONE = "waiting_phone"     # "Hãy xác nhận trên điện thoại", with the transaction code
    SIGNING = "signing"
    DONE = "done"


@dataclass(frozen=True)
class Secrets:
    """The teacher's PIN and/or OTP for this run only (never stored, never logged)."""

    pin: str | None = None
    otp: str | None = None

    def __repr__(self) -> str:
        return "Secrets(***)"


@dataclass(frozen=True)
class Backoff:
    """Polling: first wait, growth factor, longest wait, and how long to wait in all (seconds)."""

    first: float = 1.0
    factor: float = 1.5
    longest: float = 5.0
    deadline: float = 300.0


Observer = Callable[[ApprovalState, str], None]


class RemoteSigner:
    """A remote credential as a `RawSigner`, plus `sign_digests` for a whole batch."""

    def __init__(self, client: CscClient, info: CredentialInfo, secrets: Secrets, *, chain_der: Sequence[bytes] = (),
                 observer: Observer | None = None, cancel: Callable[[], bool] | None = None,
                 backoff: Backoff = Backoff(), sleep: Callable[[float], object] | None = None,
                 clock: Callable[[], float] = time.monotonic, user_id: str = "",
                 browser: Callable[[str], object] | None = None) -> None:
        self.client, self.info, self._secrets, self.user_id = client, info, secrets, user_id
        self._browser = browser or open_in_browser
        self.certificate_der = info.certificate_der
        self.chain_der = tuple(chain_der) or tuple(info.chain_der[1:])
        self._observer = observer or (lambda state, code: None)
        self._cancel = cancel or (lambda: False)
        self._backoff, self._clock = backoff, clock
        self._sleep = sleep or threading.Event().wait
        self.authorizations = 0

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign one piece of data (hashed here with SHA-256); one authorization of its own."""
        if digest_algorithm.lower() != "sha256":
            raise failure(RemoteFailure.PROTOCOL, detail=f"digest {digest_algorithm}")
        return self.sign_digests([hashlib.sha256(data).digest()])[0]

    def sign_digests(self, digests: Sequence[bytes]) -> list[bytes]:
        """Raw signatures of SHA-256 digests, in order; raises RemoteSigningError with nothing returned."""
        if not self.info.key_enabled:
            raise failure(RemoteFailure.DISABLED)
        explicit = self.info.auth_mode == "explicit"
        if explicit and self.info.needs_pin and not self._secrets.pin:
            raise failure(RemoteFailure.PIN_MISSING)
        if explicit and self.info.needs_otp and not self._secrets.otp:
            raise failure(RemoteFailure.OTP_MISSING)
        size = max(1, self.info.multisign)
        out: list[bytes] = []
        for start in range(0, len(digests), size):
            out += self._sign_chunk(list(digests[start:start + size]))
        self._observer(ApprovalState.DONE, "")
        return [as_der(self.certificate_der, s) for s in out]

    def _sign_chunk(self, chunk: list[bytes]) -> list[bytes]:
        sad = self._authorize(chunk)
        try:
            return self._sign(sad, chunk)
        except RemoteSigningError as exc:
            if exc.kind is not RemoteFailure.SAD_EXPIRED:
                raise
            log.info("CSC SAD expired; authorizing the same %d hashes again", len(chunk))
            return self._sign(self._authorize(chunk), chunk)

    def _authorize(self, chunk: list[bytes]) -> str:
        self._check_cancel()
        self._observer(ApprovalState.AUTHORIZING, "")
        if self.info.auth_mode == "oauth2code":
            return self._authorize_oauth(chunk)
        code = token_hex(3).upper()     # what the phone shows when the service displays the description
        answer = self.client.authorize(self.info, chunk, pin=self._secrets.pin, otp=self._secrets.otp,
                                       description=f"Học bạ số: ký {len(chunk)} mã băm. Mã giao dịch {code}")
        self.authorizations += 1
        if isinstance(answer, Pending):
            if answer.key == "handle":
                answer = Pending(answer.response_id, answer.key, code)
            self._observer(ApprovalState.WAITING_PHONE, answer.shown or answer.response_id)
            answer = self._poll(lambda p: self.client.authorize_check(self.info, p), answer)
        return answer[0]

    def _authorize_oauth(self, chunk: list[bytes]) -> str:
        """oauth2code: the phone approves, the code arrives on the loopback redirect, oauth2/token gives a
        credential-scoped token for exactly these hashes (remote/oauth.py)."""
        receiver = LoopbackReceiver(new_state())
        try:
            shown = token_hex(3).upper()
            request = AuthorizationRequest.make(self.client.client_id, receiver.redirect_uri,
                                                self.info.credential_id, chunk, SHA256_OID, receiver.state,
                                                f"Học bạ số: ký {len(chunk)} mã băm. Mã giao dịch {shown}")
            url = self.client.oauth_authorize_url(request)
            self._observer(ApprovalState.OPEN_PAGE, url)    # the command line prints it: no browser may open
            self._browser(url)
            self.authorizations += 1
            self._observer(ApprovalState.WAITING_PHONE, shown)
            redirect = self._poll(lambda p: receiver.result or p, Pending(shown), wake=receiver.arrived)
            return self.client.oauth_token(code_of(redirect), request)
        finally:
            receiver.close()

    def _sign(self, sad: str, chunk: list[bytes]) -> list[bytes]:
        self._observer(ApprovalState.SIGNING, "")
        answer = self.client.sign_hash(self.info, sad, chunk)
        if isinstance(answer, Pending):
            answer = self._poll(lambda p: self.client.sign_polling(self.info, p, len(chunk), user_id=self.user_id),
                                answer)
        return answer

    def _poll(self, step, pending: Pending, *, wake: threading.Event | None = None):
        """Call `step` with backoff until it gives a result (or the deadline passes, or the user cancels);
        `wake` ends a wait early (the loopback redirect has arrived)."""
        deadline = self._clock() + self._backoff.deadline
        wait = self._backoff.first
        while True:
            self._check_cancel()
            if self._clock() > deadline:
                raise failure(RemoteFailure.APPROVAL_EXPIRED)
            if wake is None or not wake.is_set():
                (wake.wait if wake is not None else self._sleep)(wait)
            self._check_cancel()
            answer = step(pending)
            if not isinstance(answer, Pending):
                return answer
            pending = answer
            wait = min(self._backoff.longest, wait * self._backoff.factor)

    def _check_cancel(self) -> None:
        if self._cancel():
            raise failure(RemoteFailure.CANCELLED)


def as_der(certificate_der: bytes, signature: bytes) -> bytes:
    """An ECDSA value as DER (a plain r || s of the curve's size is converted); RSA values unchanged."""
    key = x509.load_der_x509_certificate(certificate_der).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return signature
    size = (key.curve.key_size + 7) // 8
    try:
        if utils.encode_dss_signature(*utils.decode_dss_signature(signature)) == signature:
            return signature
    except ValueError:
        pass
    if len(signature) != 2 * size:
        raise failure(RemoteFailure.PROTOCOL, detail=f"ECDSA signature of {len(signature)} bytes")
    return utils.encode_dss_signature(int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big"))
