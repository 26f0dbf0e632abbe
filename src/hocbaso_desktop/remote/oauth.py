"""CSC `oauth2code` credential authorization: the teacher approves on the phone, the code comes back to this computer.

The program listens on a loopback redirect (`http://127.0.0.1:<port>/hocbaso/oauth2`, RFC 8252 §7.3), opens the
service's `oauth2/authorize` URL in the user's browser (`response_type=code`, `scope=credential`, `credentialID`,
`numSignatures`, `hashes` base64url comma-separated, `hashAlgorithmOID`, `state`, PKCE S256, and a `description`
naming the transaction code the program shows), and waits — with the signer's polling loop — for the browser to
come back on the redirect with `code` (or `error=access_denied` when refused). The code is exchanged at
`oauth2/token` (form-encoded: client credentials, the PKCE verifier) for an access token scoped to the credential
and to exactly these hashes; signHash is then called with it as Bearer token and no SAD (CSC v2 §11.10).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import webbrowser
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.remote.errors import RemoteFailure, failure

CALLBACK_PATH = "/hocbaso/oauth2"
MAX_QUERY = 4096


class CredentialToken(str):
    """An access token with scope "credential": used instead of a SAD (as Bearer token of signHash)."""

    __slots__ = ()


@dataclass(frozen=True)
class Redirect:
    """What came back on the loopback redirect."""

    code: str = ""
    error: str = ""


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1 (ephemeral port) for the authorization redirect."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.result: Redirect | None = None
        self.arrived = threading.Event()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:   # the query carries the code: never logged
                return

            def do_GET(self) -> None:
                parts = urlsplit(self.path[:MAX_QUERY])
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                accepted = parts.path == CALLBACK_PATH and query.get("state") == receiver.state \
                    and receiver.result is None and ("code" in query or "error" in query)
                if accepted:
                    receiver.result = Redirect(query.get("code", ""), query.get("error", ""))
                    receiver.arrived.set()
                text = _("Đã nhận xác nhận; hãy quay lại chương trình Học bạ số.") if accepted else "?"
                data = f"<!doctype html><meta charset=utf-8><p>{text}</p>".encode()
                self.send_response(200 if accepted else 400)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = HTTPServer(("127.0.0.1", 0), _Handler)
        # close() returns within 0.1 s: serve_forever looks for it every 0.5 s by default, a wait of up to 0.5 s after
        # each approval, once per chunk of hashes in a batch
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="oauth2-loopback", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        """Where the service sends the browser (or the phone's answer) back."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{CALLBACK_PATH}"

    def close(self) -> None:
        """Stop listening."""
        self._server.shutdown()
        self._server.server_close()


def b64url(data: bytes) -> str:
    """base64url without padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True)
class AuthorizationRequest:
    """One `oauth2/authorize` request: its URL parameters and the PKCE verifier kept here."""

    params: dict[str, str]
    verifier: str

    @classmethod
    def make(cls, client_id: str, redirect_uri: str, credential_id: str, digests: list[bytes], hash_oid: str,
             state: str, description: str = "") -> AuthorizationRequest:
        """The parameters of CSC v2's oauth2/authorize for a credential and exactly these hashes."""
        verifier = b64url(secrets.token_bytes(32))
        params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
                  "scope": "credential", "credentialID": credential_id, "numSignatures": str(len(digests)),
                  "hashes": ",".join(b64url(d) for d in digests), "hashAlgorithmOID": hash_oid, "state": state,
                  "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()),
                  "code_challenge_method": "S256"} | ({"description": description[:500]} if description else {})
        return cls(params, verifier)

    def query(self) -> str:
        """The URL's query string."""
        return urlencode(self.params)


def open_in_browser(url: str) -> None:
    """Open the authorization page in the user's browser, from a thread of its own (a browser command given in
    $BROWSER may run until it ends)."""
    threading.Thread(target=webbrowser.open, args=(url,), name="oauth2-browser", daemon=True).start()


def code_of(redirect: Redirect) -> str:
    """The authorization code, or the error the service redirected with (refused, expired, …)."""
    if redirect.error == "access_denied":
        raise failure(RemoteFailure.REFUSED)
    if redirect.error in ("expired_token", "expired"):
        raise failure(RemoteFailure.APPROVAL_EXPIRED)
    if redirect.error or not redirect.code:
        raise failure(RemoteFailure.PROTOCOL, detail=f"oauth2/authorize: {redirect.error[:60] or 'no code'}")
    return redirect.code


def new_state() -> str:
    """An unguessable `state` value binding the redirect to this request."""
    return secrets.token_urlsafe(16)
