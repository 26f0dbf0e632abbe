"""The CSC service's state and rules, independent of HTTP: one `handle(version, method, auth, body)` call per request.

Field names follow the specification: v2 (2.0.0.x) `hashes`, `hashAlgorithmOID`, `authData`, `auth {mode,
objects}`; v1 (1.0.4.0) `hash`, `hashAlgo`, top-level `PIN`/`OTP`, `authMode`, `PIN {presence}`, `OTP {presence}`.
Errors are `{"error", "error_description"}` with the specification's codes (`invalid_request`, `invalid_pin`,
`invalid_otp`, `invalid_token`, ...). Phone approval (mode "implicit": the service itself asks the user) and
asynchronous answers use `responseID`; until the answer is ready a poll gets HTTP 200 with
`{"status": "pending"}`; a refused approval is `access_denied`, an expired one `expired_token`.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils

from hocbaso_server.csc.oauth import OAuthRequest, check_token_request, new_code, parse_authorize, send_back

SHA256 = "2.16.840.1.101.3.4.2.1"
RSA = "1.2.840.113549.1.1.1"
SHA256_RSA = "1.2.840.113549.1.1.11"
Reply = tuple[int, dict]


class CscError(Exception):
    """A CSC error answer."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


@dataclass
class Credential:
    """A signing key held by the service for one user."""

    credential_id: str
    user_id: str
    key: object                      # an RSA private key
    chain_der: list[bytes]           # leaf first
    pin: str | None = "123456"
    otp: str | None = None           # when set, authorisation needs this OTP too
    mode: str = "explicit"           # explicit (PIN/OTP sent) | implicit | oauth2code (approve on the phone)
    multisign: int = 10
    scal: str = "2"
    enabled: bool = True
    sad_ttl: float = 300.0


@dataclass
class _Sad:
    credential_id: str
    hashes: list[str]                # still authorised (each usable once)
    remaining: int
    expires_at: float


@dataclass
class Approval:
    """A request waiting for the user's answer on the phone."""

    response_id: str
    credential_id: str
    hashes: list[str]
    num: int
    created: float
    state: str = "pending"           # pending | approved | refused | expired
    sad: str = ""
    oauth: OAuthRequest | None = None   # oauth2code: where the code goes back


@dataclass
class _AsyncSign:
    signatures: list[str]
    polls_left: int


@dataclass
class ServiceOptions:
    """Behaviour switches for tests and demos."""

    token_ttl: float = 3600.0
    approve_after: float | None = None    # seconds until a phone approval is given by itself
    approval_ttl: float = 120.0
    async_sign: bool = False              # answer every signHash with a responseID
    async_polls: int = 2                  # polls that still get "pending"


@dataclass
class CscService:
    """All credentials, clients, tokens, SADs and the record of protocol violations."""

    clients: dict[str, str] = field(default_factory=dict)            # client_id -> secret
    credentials: dict[str, Credential] = field(default_factory=dict)
    options: ServiceOptions = field(default_factory=ServiceOptions)
    clock: Callable[[], float] = time.monotonic
    violations: list[str] = field(default_factory=list)
    requests: list[tuple[str, str, dict]] = field(default_factory=list)  # (version, method, body) as received
    approvals: dict[str, Approval] = field(default_factory=dict)
    _tokens: dict[str, float] = field(default_factory=dict)
    _sads: dict[str, _Sad] = field(default_factory=dict)
    _async: dict[str, _AsyncSign] = field(default_factory=dict)
    _cred_tokens: dict[str, str] = field(default_factory=dict)        # oauth2code access token -> its SAD
    _lock: threading.RLock = field(default_factory=threading.RLock)
    approval_event: threading.Event = field(default_factory=threading.Event)

    # ---- test hooks -------------------------------------------------------------------------------
    def add_credential(self, credential: Credential) -> None:
        """Hold a credential."""
        self.credentials[credential.credential_id] = credential

    def approve(self, response_id: str | None = None, *, refuse: bool = False) -> None:
        """Answer a pending phone approval (the newest one when `response_id` is None)."""
        with self._lock:
            pending = [a for a in self.approvals.values() if a.state == "pending"]
            target = self.approvals[response_id] if response_id else (pending[-1] if pending else None)
            if target is None or target.state != "pending":
                raise LookupError("no pending approval")
            if target.oauth is not None:   # oauth2code: the user agent goes back to the program's redirect
                target.state = "refused" if refuse else "approved"
                target.oauth.code = "" if refuse else new_code()
                send_back(target.oauth, refused=refuse)
            elif refuse:
                target.state = "refused"
            else:
                target.state, target.sad = "approved", self._new_sad(self.credentials[target.credential_id],
                                                                      target.hashes, target.num)

    def expire_sads(self) -> None:
        """Make every SAD issued so far expired (as if its lifetime had passed)."""
        with self._lock:
            for sad in self._sads.values():
                sad.expires_at = self.clock() - 1

    def expire_tokens(self) -> None:
        """Make every access token expired."""
        with self._lock:
            self._tokens = dict.fromkeys(self._tokens, self.clock() - 1)

    def _violation(self, text: str) -> None:
        self.violations.append(text)

    # ---- dispatch ---------------------------------------------------------------------------------
    def handle(self, version: str, method: str, authorization: str, body: dict) -> Reply:
        """Answer one request: `version` "v1" or "v2", `method` e.g. "credentials/info"."""
        with self._lock:
            self.requests.append((version, method, body))
            try:
                if method == "info":
                    return 200, self._info(version)
                if method == "auth/login":
                    return 200, self._login(authorization)
                if method == "oauth2/token":
                    return 200, self._oauth_token(body)
                if method == "signatures/signHash" and authorization.partition(" ")[2] in self._cred_tokens:
                    return 200, self._sign_with_credential_token(version, authorization, body)
                self._check_token(authorization)
                handler = {"credentials/list": self._list, "credentials/info": self._cred_info,
                           "credentials/authorize": self._authorize, "credentials/authorizeCheck": self._check,
                           "signatures/signHash": self._sign_hash, "signatures/signPolling": self._poll,
                           "auth/revoke": lambda v, b: {}}.get(method)
                if handler is None:
                    raise CscError(404, "invalid_request", f"Unknown method {method}")
                return 200, handler(version, body)
            except CscError as exc:
                return exc.status, {"error": exc.error, "error_description": exc.description}

    # ---- oauth2code (hocbaso_server/csc/oauth.py) -------------------------------------------------------
    def handle_get(self, version: str, method: str, params: dict[str, str]) -> Reply:
        """GET oauth2/authorize: put the request on the user's phone; answer the transaction code."""
        with self._lock:
            self.requests.append((version, method, dict(params)))
            try:
                if method != "oauth2/authorize" or version != "v2":
                    raise CscError(405, "invalid_request", "Use POST")
                cred_id, num, hashes_, request = parse_authorize(params, CscError)
                cred = self._credential({"credentialID": cred_id})
                if request.client_id not in self.clients:
                    raise CscError(400, "invalid_client", "Unknown client_id")
                if cred.mode != "oauth2code":
                    raise CscError(400, "invalid_request", "The credential does not use oauth2code")
                if len(hashes_) != num:
                    self._violation(f"oauth2/authorize: numSignatures {num} but {len(hashes_)} hashes")
                    raise CscError(400, "invalid_request", "Numbers of signatures and hashes do not match")
                if num > cred.multisign:
                    self._violation(f"oauth2/authorize: {num} signatures asked, multisign is {cred.multisign}")
                    raise CscError(400, "invalid_request", "numSignatures is greater than multisign")
                approval = Approval(secrets.token_hex(3).upper(), cred.credential_id, hashes_, num, self.clock(),
                                    oauth=request)
                self.approvals[approval.response_id] = approval
                self.approval_event.set()
                return 200, {"transactionCode": approval.response_id, "expiresIn": int(self.options.approval_ttl)}
            except CscError as exc:
                return exc.status, {"error": exc.error, "error_description": exc.description}

    def _oauth_token(self, body: dict) -> dict:
        approval = next((a for a in self.approvals.values()
                         if a.oauth is not None and a.oauth.code and a.oauth.code == body.get("code")), None)
        check_token_request(body, approval.oauth if approval else None, self.clients, CscError)
        assert approval is not None and approval.oauth is not None
        if self.clock() - approval.created > self.options.approval_ttl:
            raise CscError(400, "invalid_grant", "The authorization code has expired")
        approval.oauth.used = True
        cred = self.credentials[approval.credential_id]
        token = secrets.token_urlsafe(24)
        self._cred_tokens[token] = self._new_sad(cred, approval.hashes, approval.num)
        return {"access_token": token, "token_type": "Bearer", "expires_in": int(cred.sad_ttl)}

    def _sign_with_credential_token(self, version: str, authorization: str, body: dict) -> dict:
        if "SAD" in body:
            self._violation("signHash: a SAD sent with a credential-scoped access token")
        return self._sign_hash(version, {**body, "SAD": self._cred_tokens[authorization.partition(" ")[2]]})

    def _info(self, version: str) -> dict:
        methods = ["auth/login", "auth/revoke", "credentials/list", "credentials/info", "credentials/authorize",
                   "credentials/authorizeCheck", "signatures/signHash", "signatures/signPolling"]
        return {"specs": "2.0.0.2" if version == "v2" else "1.0.4.0", "name": "CSC Test Service",
                "logo": "", "region": "VN", "lang": "vi", "description": "Reference remote signing service",
                "authType": ["basic"], "methods": methods}

    def _login(self, authorization: str) -> dict:
        scheme, _, value = authorization.partition(" ")
        try:
            client_id, _, secret = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            client_id, secret = "", ""
        if scheme.lower() != "basic" or not client_id or self.clients.get(client_id) != secret:
            raise CscError(401, "invalid_client", "Invalid client credentials")
        token = secrets.token_urlsafe(24)
        self._tokens[token] = self.clock() + self.options.token_ttl
        return {"access_token": token, "expires_in": int(self.options.token_ttl)}

    def _check_token(self, authorization: str) -> None:
        scheme, _, token = authorization.partition(" ")
        expires = self._tokens.get(token) if scheme.lower() == "bearer" else None
        if expires is None or expires < self.clock():
            raise CscError(401, "invalid_token", "The access token is not valid or has expired")

    def _credential(self, body: dict) -> Credential:
        cred = self.credentials.get(str(body.get("credentialID", "")))
        if cred is None:
            raise CscError(400, "invalid_request", "Invalid parameter credentialID")
        return cred

    def _list(self, version: str, body: dict) -> dict:
        user = body.get("userID")
        if not user:
            raise CscError(400, "invalid_request", "Missing (or invalid type) string parameter userID")
        return {"credentialIDs": [c.credential_id for c in self.credentials.values() if c.user_id == user]}

    def _cred_info(self, version: str, body: dict) -> dict:
        cred = self._credential(body)
        leaf = x509.load_der_x509_certificate(cred.chain_der[0])
        wanted = body.get("certificates", "single")
        certs = {"none": [], "single": cred.chain_der[:1]}.get(wanted, cred.chain_der)
        cert = {"status": "valid", "certificates": [base64.b64encode(c).decode() for c in certs]}
        if body.get("certInfo"):
            cert |= {"issuerDN": leaf.issuer.rfc4514_string(), "subjectDN": leaf.subject.rfc4514_string(),
                     "serialNumber": format(leaf.serial_number, "X"),
                     "validFrom": leaf.not_valid_before_utc.astimezone(UTC).strftime("%Y%m%d%H%M%SZ"),
                     "validTo": leaf.not_valid_after_utc.astimezone(UTC).strftime("%Y%m%d%H%M%SZ")}
        info = {"description": "Chữ ký số từ xa", "key": {"status": "enabled" if cred.enabled else "disabled",
                                                          "algo": [RSA, SHA256_RSA], "len": cred.key.key_size},
                "cert": cert, "multisign": cred.multisign, "SCAL": cred.scal, "lang": "vi"}
        if version == "v1":
            info["authMode"] = cred.mode
            info["PIN"] = {"presence": "true" if cred.pin else "false", "format": "N", "label": "PIN"}
            info["OTP"] = {"presence": "true" if cred.otp else "false", "type": "offline", "format": "N"}
        elif body.get("authInfo"):
            objects = ([{"type": "Password", "id": "PIN", "format": "N", "label": "PIN"}] if cred.pin else []) + \
                      ([{"type": "Password", "id": "OTP", "format": "N", "label": "OTP"}] if cred.otp else [])
            info["auth"] = {"mode": cred.mode, "expression": " AND ".join(o["id"] for o in objects),
                            "objects": objects if cred.mode == "explicit" else []}
        return info

    # ---- authorisation ----------------------------------------------------------------------------
    def _hashes(self, version: str, body: dict, *, required: bool) -> list[str]:
        value = body.get("hash" if version == "v1" else "hashes")
        if value is None and not required:
            return []
        if not isinstance(value, list) or not all(isinstance(h, str) for h in value):
            raise CscError(400, "invalid_request", "Missing (or invalid type) array parameter hashes")
        for h in value:
            try:
                if len(base64.b64decode(h, validate=True)) != 32:
                    raise ValueError
            except (binascii.Error, ValueError):
                raise CscError(400, "invalid_request", "Invalid Base64 hashes string parameter") from None
        return value

    def _authorize(self, version: str, body: dict) -> dict:
        cred = self._credential(body)
        num = body.get("numSignatures")
        if not isinstance(num, int) or num < 1:
            raise CscError(400, "invalid_request", "Missing (or invalid type) integer parameter numSignatures")
        hashes_ = self._hashes(version, body, required=cred.scal == "2")
        if cred.scal == "2" and len(hashes_) != num:
            self._violation(f"authorize: numSignatures {num} but {len(hashes_)} hashes (SCAL 2)")
            raise CscError(400, "invalid_request", "Numbers of signatures and hashes do not match")
        if version == "v2" and body.get("hashes") is not None and body.get("hashAlgorithmOID") != SHA256:
            raise CscError(400, "invalid_request", "Missing (or invalid type) string parameter hashAlgorithmOID")
        if num > cred.multisign:
            self._violation(f"authorize: {num} signatures asked, multisign is {cred.multisign}")
            raise CscError(400, "invalid_request", "numSignatures is greater than multisign")
        if not cred.enabled:
            raise CscError(400, "invalid_request", "The credential is disabled")
        if cred.mode == "implicit":
            if self._secrets_sent(version, body):
                self._violation("authorize: PIN/OTP sent for a credential approved on the phone")
            approval = Approval(secrets.token_hex(3).upper(), cred.credential_id, hashes_, num, self.clock())
            self.approvals[approval.response_id] = approval
            self.approval_event.set()
            return {"responseID": approval.response_id}
        pin, otp = self._secrets(version, body)
        if cred.pin and pin != cred.pin:
            raise CscError(400, "invalid_pin", "The PIN is invalid")
        if cred.otp and otp != cred.otp:
            raise CscError(400, "invalid_otp", "The OTP is invalid")
        return {"SAD": self._new_sad(cred, hashes_, num), "expiresIn": int(cred.sad_ttl)}

    def _secrets(self, version: str, body: dict) -> tuple[str | None, str | None]:
        if version == "v1":
            return body.get("PIN"), body.get("OTP")
        values = {str(a.get("id")): a.get("value") for a in body.get("authData") or [] if isinstance(a, dict)}
        return values.get("PIN"), values.get("OTP")

    @staticmethod
    def _secrets_sent(version: str, body: dict) -> bool:
        return any(k in body for k in ("PIN", "OTP", "authData"))

    def _new_sad(self, cred: Credential, hashes_: list[str], num: int) -> str:
        sad = secrets.token_urlsafe(24)
        self._sads[sad] = _Sad(cred.credential_id, list(hashes_), num, self.clock() + cred.sad_ttl)
        return sad

    def _check(self, version: str, body: dict) -> dict:
        approval = self.approvals.get(str(body.get("responseID", "")))
        if approval is None or approval.credential_id != body.get("credentialID"):
            raise CscError(400, "invalid_request", "Invalid parameter responseID")
        if approval.state == "pending" and self.clock() - approval.created > self.options.approval_ttl:
            approval.state = "expired"
        if approval.state == "pending" and self.options.approve_after is not None \
                and self.clock() - approval.created >= self.options.approve_after:
            self.approve(approval.response_id)
        if approval.state == "refused":
            raise CscError(400, "access_denied", "The user refused the authorization")
        if approval.state == "expired":
            raise CscError(400, "expired_token", "The authorization request has expired")
        if approval.state == "pending":
            return {"status": "pending"}
        return {"SAD": approval.sad, "expiresIn": int(self.credentials[approval.credential_id].sad_ttl)}

    # ---- signing ----------------------------------------------------------------------------------
    def _sign_hash(self, version: str, body: dict) -> dict:
        cred = self._credential(body)
        if self._secrets_sent(version, body):
            self._violation("signHash: PIN/OTP sent to signHash")
        hashes_ = self._hashes(version, body, required=True)
        sad = self._sads.get(str(body.get("SAD", "")))
        if sad is None or sad.credential_id != cred.credential_id:
            raise CscError(400, "invalid_request", "Invalid parameter SAD")
        if sad.expires_at < self.clock():
            raise CscError(400, "invalid_request", "SAD expired")
        if not cred.enabled:
            raise CscError(400, "invalid_request", "The credential is disabled")
        if len(hashes_) > sad.remaining:
            self._violation(f"signHash: {len(hashes_)} hashes, the SAD allows {sad.remaining} more")
            raise CscError(400, "invalid_request", "Numbers of signatures is too high")
        if cred.scal == "2" and any(h not in sad.hashes for h in hashes_):
            self._violation("signHash: a SAD used for hashes it did not authorise")
            raise CscError(400, "invalid_request", "Hash is not authorized by the SAD")
        algo = body.get("signAlgo")
        hash_algo = body.get("hashAlgo" if version == "v1" else "hashAlgorithmOID")
        if algo not in (RSA, SHA256_RSA) or (algo == RSA and hash_algo != SHA256):
            raise CscError(400, "invalid_request", "Invalid parameter signAlgo")
        for h in hashes_:
            if cred.scal == "2":
                sad.hashes.remove(h)
        sad.remaining -= len(hashes_)
        signatures = [base64.b64encode(cred.key.sign(base64.b64decode(h), padding.PKCS1v15(),
                                                     utils.Prehashed(hashes.SHA256()))).decode() for h in hashes_]
        if self.options.async_sign or body.get("operationMode") == "A":
            response_id = secrets.token_hex(8)
            self._async[response_id] = _AsyncSign(signatures, self.options.async_polls)
            return {"responseID": response_id}
        return {"signatures": signatures}

    def _poll(self, version: str, body: dict) -> dict:
        request_id = str(body.get("requestID", ""))       # the specification's name (2.0.0.2 §11.12)
        job = self._async.get(request_id)
        if job is None:
            raise CscError(400, "invalid_request", "Invalid parameter requestID")
        if job.polls_left > 0:
            job.polls_left -= 1
            return {"status": "pending"}
        del self._async[request_id]
        return {"signatures": job.signatures}
