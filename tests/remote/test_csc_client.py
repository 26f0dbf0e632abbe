"""The CSC client against services that lie or break (httpx.MockTransport: unit tests of this module only)."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.remote import CredentialInfo, CscClient, RemoteFailure, RemoteSigningError
from hocbaso_desktop.remote.csc import RSA_OID, SHA256_OID, Pending
from hocbaso_desktop.remote.signer import as_der

INFO = CredentialInfo("c1", (b"cert",), True, (RSA_OID,), 2048, "explicit", True, False, 5, "2")


def _client(handler) -> CscClient:
    return CscClient("https://csc.example.vn/csc/v2", "id", "secret", transport=httpx.MockTransport(handler))


def _login_then(answer):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("auth/login"):
            assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"id:secret").decode()
            return httpx.Response(200, json={"access_token": "T", "expires_in": 60})
        return answer(request)
    return handler


def _kind(client, call) -> RemoteFailure:
    with pytest.raises(RemoteSigningError) as caught:
        call(client)
    return caught.value.kind


def test_plain_http_is_refused_except_on_this_computer():
    with pytest.raises(InvalidInputError):
        CscClient("http://csc.example.vn/csc/v2", "id", "s")
    CscClient("http://127.0.0.1:1/csc/v2", "id", "s").close()


def test_wrong_count_of_signatures_is_a_protocol_error():
    client = _client(_login_then(lambda r: httpx.Response(200, json={"signatures": ["AAAA"]})))
    assert _kind(client, lambda c: c.sign_hash(INFO, "sad", [b"1" * 32, b"2" * 32])) is RemoteFailure.PROTOCOL


def test_not_json_huge_and_server_errors():
    assert _kind(_client(_login_then(lambda r: httpx.Response(200, text="<html>"))),
                 lambda c: c.list_credentials("u")) is RemoteFailure.PROTOCOL
    assert _kind(_client(_login_then(lambda r: httpx.Response(502, text="Bad gateway"))),
                 lambda c: c.list_credentials("u")) is RemoteFailure.UNREACHABLE
    huge = json.dumps({"credentialIDs": ["x" * 1000] * 5000})
    assert _kind(_client(_login_then(lambda r: httpx.Response(200, text=huge))),
                 lambda c: c.list_credentials("u")) is RemoteFailure.PROTOCOL


def test_connection_refused_is_unreachable():
    def refuse(request):
        raise httpx.ConnectError("refused", request=request)
    assert _kind(_client(refuse), lambda c: c.list_credentials("u")) is RemoteFailure.UNREACHABLE


def test_expired_access_token_logs_in_again_once():
    calls = []

    def answer(request):
        calls.append(request.headers["Authorization"])
        if len(calls) == 1:
            return httpx.Response(401, json={"error": "invalid_token", "error_description": "expired"})
        return httpx.Response(200, json={"credentialIDs": ["c1"]})
    assert _client(_login_then(answer)).list_credentials("u") == ["c1"]
    assert calls == ["Bearer T", "Bearer T"]


@pytest.mark.parametrize(("error", "description", "kind"), [
    ("invalid_pin", "The PIN is invalid", RemoteFailure.INVALID_PIN),
    ("invalid_otp", "The OTP is invalid", RemoteFailure.INVALID_OTP),
    ("invalid_request", "SAD expired", RemoteFailure.SAD_EXPIRED),
    ("invalid_request", "The credential is disabled", RemoteFailure.DISABLED),
    ("invalid_request", "Numbers of signatures is too high", RemoteFailure.TOO_MANY),
    ("access_denied", "refused", RemoteFailure.REFUSED),
    # the texts of CSC v2.0.0.2's tables, and the codes services use for them
    ("invalid_request", "The PIN is invalid", RemoteFailure.INVALID_PIN),
    ("invalid_request", "The OTP is invalid", RemoteFailure.INVALID_OTP),
    ("invalid_request", "PIN locked", RemoteFailure.LOCKED),
    ("invalid_request", "Credential locked", RemoteFailure.LOCKED),
    ("invalid_request", "The credential identified by credentialID is disabled", RemoteFailure.DISABLED),
    ("invalid_request", "The credential is blocked", RemoteFailure.DISABLED),
    ("invalid_request", "Signing certificate 'O=Trường,CN=Lan' is expired", RemoteFailure.CERT_EXPIRED),
    ("invalid_request", "Missing (or invalid type) string parameter signAlgoParams", RemoteFailure.OTHER),
    ("invalid_authentication_data", "The authentication data is invalid", RemoteFailure.INVALID_PIN),  # PIN only
    ("authentication_error", "An error occurred during authentication process", RemoteFailure.CLIENT),
    ("temporarily_unavailable", "Maintenance", RemoteFailure.UNREACHABLE),
])
def test_csc_errors_are_read_with_their_description(error, description, kind):
    client = _client(_login_then(lambda r: httpx.Response(400, json={"error": error,
                                                                      "error_description": description})))
    with pytest.raises(RemoteSigningError) as caught:
        client.authorize(INFO, [b"1" * 32], pin="1", otp=None)
    assert caught.value.kind is kind and caught.value.message.endswith("Không học bạ nào được ký.")


def test_v2_authorize_body_and_pin_only_to_authorize():
    bodies = {}

    def answer(request):
        bodies[request.url.path.rsplit("/", 2)[-2] + "/" + request.url.path.rsplit("/", 1)[-1]] = \
            json.loads(request.content)
        if request.url.path.endswith("authorize"):
            return httpx.Response(200, json={"SAD": "S", "expiresIn": 60})
        return httpx.Response(200, json={"signatures": [base64.b64encode(b"sig").decode()]})
    client = _client(_login_then(answer))
    sad, _ = client.authorize(INFO, [b"1" * 32], pin="2468", otp=None)
    assert client.sign_hash(INFO, sad, [b"1" * 32]) == [b"sig"]
    auth, sign = bodies["credentials/authorize"], bodies["signatures/signHash"]
    assert auth["numSignatures"] == 1 and auth["hashAlgorithmOID"] == SHA256_OID
    assert auth["authData"] == [{"id": "PIN", "value": "2468"}]
    assert "2468" not in json.dumps(sign) and sign["signAlgo"] == RSA_OID and sign["hashAlgorithmOID"] == SHA256_OID


def test_pending_answers_of_the_specification():
    """authorize 202 {handle} → authorizeCheck {handle}; signPolling 202 accepted_request is "not yet"."""
    seen = []

    def answer(request):
        body = json.loads(request.content)
        seen.append((request.url.path.rsplit("/", 2)[-2:], body))
        if request.url.path.endswith("credentials/authorize"):
            return httpx.Response(202, json={"handle": "H1"})
        if request.url.path.endswith("authorizeCheck"):
            return httpx.Response(200, json={"SAD": "S2", "expiresIn": 60})
        return httpx.Response(202, json={"error": "accepted_request", "error_description":
                                         "The previous async request has been accepted but not yet completed"})
    client = _client(_login_then(answer))
    pending = client.authorize(INFO, [b"1" * 32], pin="1", otp=None)
    assert pending.key == "handle" and pending.response_id == "H1"
    assert client.authorize_check(INFO, pending) == ("S2", 60)
    assert seen[-1][1] == {"handle": "H1"}
    waiting = client.sign_polling(INFO, Pending("R1"), 1, user_id="gv")
    assert waiting == Pending("R1") and seen[-1][1] == {"requestID": "R1", "userID": "gv"}


def test_plain_ecdsa_values_become_der():
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, utils
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ec")])
    now = datetime.datetime.now(datetime.UTC)
    cert = x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key()) \
        .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1)) \
        .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    der = key.sign(b"data", ec.ECDSA(hashes.SHA256()))
    r, s = utils.decode_dss_signature(der)
    plain = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    assert as_der(cert, der) == der and as_der(cert, plain) == der
    with pytest.raises(RemoteSigningError):
        as_der(cert, b"\1" * 10)
