"""A Cloud Signature Consortium API client (httpx): v2 (2.0.0.x) with the v1 (1.0.4.0) differences in an adapter.

auth/login (the school's service account, HTTP Basic) → credentials/list (the teacher's userID) →
credentials/info (chain, certInfo, authInfo) → credentials/authorize (numSignatures, hashes, PIN/OTP) → SAD →
signatures/signHash. Phone approval (an out-of-band authentication object, CSC v2 §8.3.1.3/§8.3.1.5, sent
empty) answers authorize with HTTP 202 `{handle}` that credentials/authorizeCheck turns into a SAD (a few
services answer `{responseID}` instead: read too). When the service's `info` says `asynchronousOperationMode`,
signHash is asked with operationMode "A": it answers `{responseID}`, and signatures/signPolling (`requestID`,
HTTP 202 `accepted_request` while not done) gives the signatures. Nothing but hashes leaves the school; PIN and
OTP are sent to authorize only and never logged.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.remote.csc_wire import WIRES, Wire
from hocbaso_desktop.remote.errors import RemoteFailure, RemoteSigningError, failure, from_csc
from hocbaso_desktop.remote.oauth import AuthorizationRequest, CredentialToken
from hocbaso_desktop.sync import BoundedHttp, OfflineError, PeerLimitError

log = logging.getLogger(__name__)

SHA256_OID = "2.16.840.1.101.3.4.2.1"
RSA_OID = "1.2.840.113549.1.1.1"
SHA256_RSA_OID = "1.2.840.113549.1.1.11"
ECDSA_SHA256_OID = "1.2.840.10045.4.3.2"
EC_PUBLIC_KEY_OID = "1.2.840.10045.2.1"
ECDSA_PLAIN_SHA256_OID = "0.4.0.127.0.7.1.1.4.1.3"   # BSI TR-03111: r || s instead of DER
MAX_RESPONSE_BYTES = 4 << 20
DEADLINE_S = 30.0  # a service that answers slower than this (one byte at a time, say) is unreachable


def check_service_url(url: str) -> str:
    """The base URL without a trailing slash; HTTPS is required except for this computer (a local test service)."""
    parts = urlsplit(url.strip())
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme not in ("https", "http") or not parts.hostname or (parts.scheme == "http" and not local):
        raise InvalidInputError(_("Địa chỉ dịch vụ ký số phải là https://… (http chỉ dùng cho máy này)."),
                                field="url")
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class CredentialInfo:
    """What credentials/info says about a credential."""

    credential_id: str
    chain_der: tuple[bytes, ...]      # leaf first
    key_enabled: bool
    key_algos: tuple[str, ...]
    key_len: int
    auth_mode: str                    # explicit | implicit | oauth2code
    needs_pin: bool
    needs_otp: bool
    multisign: int
    scal: str
    oob_ids: tuple[str, ...] = ()     # out-of-band authentication objects (approval on the phone), sent empty

    @property
    def certificate_der(self) -> bytes:
        """The signer's certificate."""
        return self.chain_der[0]

    @property
    def phone_approval(self) -> bool:
        """Whether the service asks the user itself (on the phone), alone or besides a PIN/OTP from the program."""
        return self.auth_mode != "explicit" or bool(self.oob_ids)

    @property
    def needs_program_secret(self) -> bool:
        """Whether the program must send a PIN or OTP (typed by the teacher) to authorize."""
        return self.auth_mode == "explicit" and (self.needs_pin or self.needs_otp)

    def sign_algo(self) -> tuple[str, str | None]:
        """(signAlgo, hashAlgorithmOID) for a SHA-256 hash. The hash OID is sent with bare rsaEncryption only: the
        other algorithms name their hash, and the specification says to omit it then (§11.10)."""
        if RSA_OID in self.key_algos:
            return RSA_OID, SHA256_OID
        if SHA256_RSA_OID in self.key_algos:
            return SHA256_RSA_OID, None
        if ECDSA_SHA256_OID in self.key_algos or EC_PUBLIC_KEY_OID in self.key_algos:
            return ECDSA_SHA256_OID, None
        if ECDSA_PLAIN_SHA256_OID in self.key_algos:
            return ECDSA_PLAIN_SHA256_OID, None
        raise failure(RemoteFailure.PROTOCOL, detail="key/algo " + ", ".join(self.key_algos))


@dataclass(frozen=True)
class Pending:
    """An answer that is not ready yet: poll again with this id (`key`: "handle" as the specification names it, or
    "responseID"); `shown` is the code the phone shows (sent in the authorization's description)."""

    response_id: str
    key: str = "responseID"
    shown: str = ""


class CscClient:
    """One connection to a CSC service as the school's service account."""

    def __init__(self, base_url: str, client_id: str, client_secret: str, *, api_version: str = "v2",
                 name: str = "", transport: Any = None) -> None:
        self.base_url = check_service_url(base_url)
        self.name = name or urlsplit(self.base_url).hostname or ""
        self.wire: Wire = WIRES[api_version]
        self._client_id, self._secret = client_id, client_secret
        self._token: str | None = None
        self._info: dict | None = None
        self._http = BoundedHttp(transport=transport, deadline_s=DEADLINE_S, max_bytes=MAX_RESPONSE_BYTES)

    @property
    def client_id(self) -> str:
        """The school's service account at the service (not secret)."""
        return self._client_id

    def close(self) -> None:
        """Close the connection."""
        self._http.close()

    def __enter__(self) -> CscClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transport --------------------------------------------------------------------------------
    def _send(self, method: str, body: dict | None, headers: dict[str, str], *, url: str = "",
              form: bool = False) -> tuple[int, dict]:
        url = url or f"{self.base_url}/{method}"
        verb = ({"data": body} if form else {"json": body}) if body is not None else {}
        try:
            response = self._http.request("POST" if body is not None else "GET", url, headers=headers,
                                          label=f"CSC {method}", **verb)
        except PeerLimitError as exc:
            if exc.too_large_answer:
                raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: answer too large") from exc
            raise failure(RemoteFailure.UNREACHABLE, service=self.name) from exc
        except OfflineError as exc:
            log.info("CSC %s unreachable", method)
            raise failure(RemoteFailure.UNREACHABLE, service=self.name) from exc
        data, status = response.content, response.status_code
        try:
            answer = json.loads(data or b"{}")
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            if status >= 500:
                raise failure(RemoteFailure.UNREACHABLE, service=self.name)
            raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: HTTP {status}, not JSON")
        return status, answer

    def _post(self, method: str, body: dict) -> dict:
        """POST with the access token; log in first, and again once when the token has expired."""
        for attempt in (1, 2):
            if self._token is None:
                self.login()
            status, answer = self._send(method, body, {"Authorization": f"Bearer {self._token}"})
            if status == 401 and answer.get("error") in ("invalid_token", "expired_token") and attempt == 1:
                self._token = None
                continue
            return self._checked(method, status, answer)
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _checked(self, method: str, status: int, answer: dict) -> dict:
        if status == 202:   # accepted, not done yet (authorize waiting for the phone, signPolling still signing)
            return answer | {"status": "pending"}
        if status == 429:
            raise failure(RemoteFailure.UNREACHABLE, service=self.name)
        if status == 401 and answer.get("error") in ("invalid_token", "expired_token"):
            raise failure(RemoteFailure.TOKEN)     # still refused after logging in again
        if "error" in answer:
            log.info("CSC %s: HTTP %s error %s", method, status, str(answer.get("error"))[:60])
            raise from_csc(str(answer.get("error")), str(answer.get("error_description", "")), service=self.name)
        if status >= 500:
            raise failure(RemoteFailure.UNREACHABLE, service=self.name)
        if status >= 400:
            raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: HTTP {status}")
        return answer

    # ---- methods ----------------------------------------------------------------------------------
    def login(self) -> None:
        """auth/login with the service account (HTTP Basic): keeps the access token in memory."""
        basic = base64.b64encode(f"{self._client_id}:{self._secret}".encode()).decode()
        status, answer = self._send("auth/login", {}, {"Authorization": f"Basic {basic}"})
        answer = self._checked("auth/login", status, answer)
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise failure(RemoteFailure.PROTOCOL, detail="auth/login: no access_token")
        self._token = token

    def service_info(self) -> dict:
        """The service's `info` (asked once; {} when it gives nothing usable)."""
        if self._info is None:
            try:
                status, answer = self._send("info", {"lang": "vi"}, {})
                self._info = answer if status == 200 else {}
            except RemoteSigningError as exc:
                if exc.kind is RemoteFailure.UNREACHABLE:
                    raise
                self._info = {}     # no usable info: synchronous signing, oauth2 under the CSC base URL
        return self._info

    def asynchronous(self) -> bool:
        """Whether the service's `info` offers asynchronous signing (operationMode "A")."""
        return self.service_info().get("asynchronousOperationMode") is True

    def oauth_endpoint(self, name: str) -> str:
        """oauth2/authorize or oauth2/token: under `info.oauth2` (the authorization server's base URI, §11.1), or
        under the CSC base URL for a service that names none."""
        base = self.service_info().get("oauth2")
        if isinstance(base, str) and base:
            try:
                return urljoin(check_service_url(base) + "/", f"oauth2/{name}")
            except InvalidInputError as exc:
                raise failure(RemoteFailure.PROTOCOL, detail="info: oauth2 is not https") from exc
        return f"{self.base_url}/oauth2/{name}"

    def list_credentials(self, user_id: str) -> list[str]:
        """credentials/list for the teacher's login at the service."""
        answer = self._post("credentials/list", {"userID": user_id, "maxResults": 100})
        ids = answer.get("credentialIDs")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise failure(RemoteFailure.PROTOCOL, detail="credentials/list: credentialIDs")
        return ids

    def credential_info(self, credential_id: str) -> CredentialInfo:
        """credentials/info with the whole chain, the certificate's details and the authorisation's."""
        answer = self._post("credentials/info", {"credentialID": credential_id, "certificates": "chain",
                                                 "certInfo": True, "authInfo": True})
        try:
            key, cert = answer["key"], answer["cert"]
            chain = tuple(base64.b64decode(c, validate=True) for c in cert["certificates"])
            mode, pin, otp, oob = self.wire.auth_of(answer)
            multisign = answer.get("multisign", 1)
            multisign = 1 if multisign in (None, False) else int(multisign)
            info = CredentialInfo(credential_id, chain, key.get("status", "enabled") == "enabled",
                                  tuple(str(a) for a in key.get("algo", ())), int(key.get("len", 0)), mode, pin, otp,
                                  max(1, multisign), str(answer.get("SCAL", "1")), oob)
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise failure(RemoteFailure.PROTOCOL, detail=f"credentials/info: {type(exc).__name__}") from exc
        if not chain:
            raise failure(RemoteFailure.PROTOCOL, detail="credentials/info: no certificate")
        return info

    def authorize(self, info: CredentialInfo, digests: list[bytes], *, pin: str | None, otp: str | None,
                  description: str = "") -> tuple[str, int] | Pending:
        """credentials/authorize for exactly these hashes: (SAD, expiresIn), or Pending for phone approval.

        `description` (shown by the phone app of some services) names the transaction code the program shows."""
        hashes = [base64.b64encode(d).decode() for d in digests]
        explicit = info.auth_mode == "explicit"
        body = self.wire.authorize_body(info.credential_id, hashes, SHA256_OID,
                                        pin=pin if explicit else None, otp=otp if explicit else None,
                                        oob=info.oob_ids if explicit else (), explicit=explicit)
        if description and info.phone_approval:
            body["description"] = description[:500]
        try:
            answer = self._post("credentials/authorize", body)
        except RemoteSigningError as exc:
            raise self._which_secret(info, exc) from exc
        return self._sad_or_pending("credentials/authorize", answer)

    @staticmethod
    def _which_secret(info: CredentialInfo, exc: RemoteSigningError) -> RemoteSigningError:
        """invalid_authentication_data does not say which secret was wrong: the credential's needs do."""
        if exc.kind is RemoteFailure.AUTH_DATA and info.needs_pin != info.needs_otp:
            return failure(RemoteFailure.INVALID_PIN if info.needs_pin else RemoteFailure.INVALID_OTP)
        return exc

    def authorize_check(self, info: CredentialInfo, pending: Pending) -> tuple[str, int] | Pending:
        """credentials/authorizeCheck: the SAD once the user approved, Pending while they have not."""
        body = {"handle": pending.response_id} if pending.key == "handle" else \
            {"credentialID": info.credential_id, "responseID": pending.response_id}
        try:
            answer = self._post("credentials/authorizeCheck", body)
        except RemoteSigningError as exc:
            raise self._which_secret(info, exc) from exc
        return self._sad_or_pending("credentials/authorizeCheck", answer, pending)

    @staticmethod
    def _sad_or_pending(method: str, answer: dict, pending: Pending | None = None) -> tuple[str, int] | Pending:
        if isinstance(answer.get("SAD"), str) and answer["SAD"]:
            expires = answer.get("expiresIn", 3600)
            return answer["SAD"], int(expires) if isinstance(expires, int | float) else 3600
        handle = answer.get("handle")
        if isinstance(handle, str) and handle:
            return Pending(handle, "handle", pending.shown if pending else "")
        response_id = answer.get("responseID") or answer.get("transactionID")
        if isinstance(response_id, str) and response_id:
            return Pending(response_id, "responseID", response_id[:40])
        if pending is not None and answer.get("status", "pending") == "pending":
            return pending
        raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: no SAD")

    def sign_hash(self, info: CredentialInfo, sad: str, digests: list[bytes]) -> list[bytes] | Pending:
        """signatures/signHash: one raw signature per hash, in order (or Pending when answered asynchronously).

        With a credential-scoped access token (oauth2code) instead of a SAD, the token is the Bearer and no SAD
        is sent."""
        sign_algo, hash_oid = info.sign_algo()
        body = self.wire.sign_body(info.credential_id, sad, [base64.b64encode(d).decode() for d in digests],
                                   sign_algo, hash_oid, asynchronous=self.asynchronous())
        if isinstance(sad, CredentialToken):
            del body["SAD"]
            status, answer = self._send("signatures/signHash", body, {"Authorization": f"Bearer {sad}"})
            answer = self._checked("signatures/signHash", status, answer)
        else:
            answer = self._post("signatures/signHash", body)
        return self._signatures("signatures/signHash", answer, len(digests))

    # ---- oauth2code (approval on the phone, the code back on a loopback redirect) -------------------------
    def oauth_authorize_url(self, request: AuthorizationRequest) -> str:
        """The oauth2/authorize URL the user's browser opens (the service asks the user there or on the phone, then
        redirects the browser to the program's loopback with the code, §8.4.2)."""
        return f"{self.oauth_endpoint('authorize')}?{request.query()}"

    def oauth_token(self, code: str, request: AuthorizationRequest) -> CredentialToken:
        """oauth2/token, form-encoded (§8.4.4): the authorization code (with the PKCE verifier) for a
        credential-scoped access token."""
        status, answer = self._send("oauth2/token", {
            "grant_type": "authorization_code", "code": code, "client_id": self._client_id,
            "client_secret": self._secret, "redirect_uri": request.params["redirect_uri"],
            "code_verifier": request.verifier}, {}, url=self.oauth_endpoint("token"), form=True)
        answer = self._checked("oauth2/token", status, answer)
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise failure(RemoteFailure.PROTOCOL, detail="oauth2/token: no access_token")
        return CredentialToken(token)

    def sign_polling(self, info: CredentialInfo, pending: Pending, count: int, *, user_id: str = ""
                     ) -> list[bytes] | Pending:
        """signatures/signPolling for an asynchronous signHash (`requestID`; the teacher's `userID` with the school's
        service account, which is not the user's own authorization)."""
        body = {"requestID": pending.response_id} | ({"userID": user_id} if user_id else {})
        answer = self._post("signatures/signPolling", body)
        return self._signatures("signatures/signPolling", answer, count, pending)

    @staticmethod
    def _signatures(method: str, answer: dict, count: int, pending: Pending | None = None) -> list[bytes] | Pending:
        values = answer.get("signatures")
        if values is None:
            response_id = answer.get("responseID")
            if isinstance(response_id, str) and response_id:
                return Pending(response_id)
            if pending is not None and answer.get("status", "pending") == "pending":
                return pending
            raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: no signatures")
        try:
            signatures = [base64.b64decode(v, validate=True) for v in values]
        except (TypeError, binascii.Error) as exc:
            raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: signatures") from exc
        if len(signatures) != count:
            raise failure(RemoteFailure.PROTOCOL, detail=f"{method}: {len(signatures)} signatures for {count} hashes")
        return signatures
