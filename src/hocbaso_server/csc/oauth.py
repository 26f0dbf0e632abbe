"""CSC v2 `oauth2code` credential authorization for the reference service (scope "credential").

GET `oauth2/authorize` (`response_type=code`, `client_id`, `redirect_uri` on 127.0.0.1, `scope=credential`,
`credentialID`, `numSignatures`, `hashes` base64url comma-separated, `hashAlgorithmOID`, `state`, PKCE S256) puts
the request on the user's phone and answers with the transaction code the phone shows (JSON when asked for it,
a small page otherwise). When the user answers (the test hook `CscService.approve`, or `approve_after`), the
service sends the user agent back to `redirect_uri` with `code` and `state` (or `error=access_denied`): here it
calls the loopback redirect itself, as the browser would. POST `oauth2/token` (`grant_type=authorization_code`,
`code`, client id and secret, the same `redirect_uri`, `code_verifier`) gives an access token scoped to the
credential and to exactly those hashes; signHash takes it as Bearer token without SAD.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

SHA256 = "2.16.840.1.101.3.4.2.1"


@dataclass
class OAuthRequest:
    """One authorization request waiting for, or answered by, the user."""

    redirect_uri: str
    state: str
    challenge: str
    client_id: str
    code: str = ""
    used: bool = False


def _b64url_to_b64(value: str) -> str:
    return base64.b64encode(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))).decode()


def parse_authorize(params: dict[str, str], error) -> tuple[str, int, list[str], OAuthRequest]:
    """Check oauth2/authorize's parameters: (credentialID, numSignatures, hashes as base64, the request)."""
    if params.get("response_type") != "code" or params.get("scope") != "credential":
        raise error(400, "invalid_request", "response_type must be code and scope credential")
    redirect = params.get("redirect_uri", "")
    if urlsplit(redirect).hostname != "127.0.0.1" or urlsplit(redirect).scheme != "http":
        raise error(400, "invalid_request", "Invalid parameter redirect_uri")
    if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
        raise error(400, "invalid_request", "PKCE (S256) is required")
    if params.get("hashAlgorithmOID") != SHA256:
        raise error(400, "invalid_request", "Invalid parameter hashAlgorithmOID")
    try:
        num = int(params.get("numSignatures", ""))
        hashes = [_b64url_to_b64(h) for h in params.get("hashes", "").split(",") if h]
        if any(len(base64.b64decode(h)) != 32 for h in hashes):
            raise ValueError
    except ValueError:
        raise error(400, "invalid_request", "Invalid parameter numSignatures or hashes") from None
    return params.get("credentialID", ""), num, hashes, OAuthRequest(redirect, params.get("state", ""),
                                                                     params["code_challenge"],
                                                                     params.get("client_id", ""))


def send_back(request: OAuthRequest, *, refused: bool) -> None:
    """Send the user agent back to the redirect URI with the code (or the refusal), in a thread of its own."""
    query = {"error": "access_denied"} if refused else {"code": request.code}
    url = f"{request.redirect_uri}?{urlencode({**query, 'state': request.state})}"

    def go() -> None:
        try:
            with urllib.request.urlopen(url, timeout=10):
                pass
        except OSError:
            pass   # the program stopped listening: it gave up or was cancelled

    threading.Thread(target=go, name="oauth2-redirect", daemon=True).start()


def check_token_request(body: dict, request: OAuthRequest | None, clients: dict[str, str], error) -> None:
    """oauth2/token's checks: a known, unused code for this client, the same redirect URI, the PKCE verifier."""
    if body.get("grant_type") != "authorization_code":
        raise error(400, "unsupported_grant_type", "Only authorization_code is supported")
    client_id = str(body.get("client_id", ""))
    if clients.get(client_id) != body.get("client_secret"):
        raise error(401, "invalid_client", "Invalid client credentials")
    if request is None or request.used or request.client_id != client_id:
        raise error(400, "invalid_grant", "Invalid or used authorization code")
    verifier = str(body.get("code_verifier", ""))
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    if body.get("redirect_uri") != request.redirect_uri or challenge != request.challenge:
        raise error(400, "invalid_grant", "redirect_uri or code_verifier does not match")


def new_code() -> str:
    """An authorization code."""
    return secrets.token_urlsafe(24)
