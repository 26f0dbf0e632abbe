"""Unit tests of the HTTP client with httpx.MockTransport, and Hypothesis on response parsing."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from hocbaso_desktop.sync import protocol
from hocbaso_desktop.sync.backoff import Backoff, retry_after_seconds
from hocbaso_desktop.sync.client import CentralClient
from hocbaso_desktop.sync.errors import (
    AuthError,
    BadRequestError,
    OfflineError,
    ProtocolError,
    RetryLaterError,
    SyncError,
    TooLargeError,
)

ENVELOPE = protocol.build_envelope(record_id="r1", kind="hocba_tieuhoc", version=2, event="UPDATE",
                                   updated_at="2027-05-30T03:00:00Z", payload={"a": "ạ"}, blobs=[])


def client_for(handler) -> CentralClient:
    return CentralClient("http://central.test/hocbaso", "secret-token", "dev-1", transport=httpx.MockTransport(handler))


def marked(status: int, **body) -> httpx.Response:
    return httpx.Response(status, json={"protocol": protocol.PROTOCOL, **body})


def test_headers_and_gzip_body():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        import gzip
        seen.append(request)
        [item] = json.loads(gzip.decompress(request.content))["items"]
        return marked(201, results=[{**{k: item[k] for k in ("record_id", "version", "sha256")},
                                     "status": "stale", "errors": []}])
    big = {**ENVELOPE, "payload": {"x": "y" * 3000}}
    big["sha256"] = protocol.sha256_hex(protocol.canonical(big["payload"]))
    [result] = client_for(handler).submit("79000701", "dev-1", [big])
    assert result.status == "stale"
    req = seen[0]
    assert req.url.path == "/hocbaso/api/v1/submissions"
    assert req.headers["Authorization"] == "Bearer secret-token"
    assert req.headers["User-Agent"].startswith("hocbaso-desktop/")
    assert req.headers["X-Hocbaso-Device"] == "dev-1"
    assert req.headers["Content-Encoding"] == "gzip"


@pytest.mark.parametrize(("response", "error"), [
    (httpx.Response(200, text="<html>captive portal</html>"), OfflineError),
    (httpx.Response(201, json={"results": []}), OfflineError),  # no marker: never success
    (httpx.Response(401, text="no"), AuthError),
    (httpx.Response(403, json={}), AuthError),
    (httpx.Response(413, text="too big"), TooLargeError),
    (httpx.Response(503, headers={"Retry-After": "7"}), RetryLaterError),
    (httpx.Response(429), RetryLaterError),
    (httpx.Response(500, text="oops"), OfflineError),
    (marked(400, error="bad"), BadRequestError),
    (marked(201, results=[]), ProtocolError),
])
def test_submit_classifies_answers(response, error):
    with pytest.raises(error):
        client_for(lambda request: response).submit("79000701", "dev-1", [ENVELOPE])


def test_retry_after_is_read():
    with pytest.raises(RetryLaterError) as info:
        client_for(lambda r: httpx.Response(503, headers={"Retry-After": "7"})).ping()
    assert info.value.retry_after == 7.0
    assert retry_after_seconds("abc") is None and retry_after_seconds("99999") == 600.0


def test_connection_error_is_offline():
    def handler(request):
        raise httpx.ConnectError("refused", request=request)
    with pytest.raises(OfflineError):
        client_for(handler).ping()


def test_scripted_503_then_success():
    answers = [httpx.Response(503), httpx.Response(503), marked(
        200, server_time="2026-11-23T08:00:00Z", max_batch_items=10, max_body_bytes=2048,
        receipt_key=base64.b64encode(b"k" * 32).decode())]
    client = client_for(lambda r: answers.pop(0))
    for _ in range(2):
        with pytest.raises(RetryLaterError):
            client.ping()
    assert client.ping().max_batch_items == 10


def test_backoff_full_jitter_capped():
    import random
    b = Backoff(rng=random.Random(3))
    delays = [b.next_delay() for _ in range(20)]
    # central-api.md: exponential with full jitter from 2 s, capped at 10 minutes, reset after a success; the same
    # random numbers drawn against those ceilings
    same = random.Random(3)
    assert delays == [same.uniform(0, min(600, 2 * 2 ** n)) for n in range(20)]
    b.reset()
    assert b.next_delay() == same.uniform(0, 2)


def test_receipt_verification():
    key = Ed25519PrivateKey.generate()
    pub = base64.b64encode(key.public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw)).decode()
    # central-api.md: the signature is over the RFC 8785 JSON of the four fields, written out here by hand (keys
    # sorted, no spaces), as a server following the contract signs it
    msg = b'{"received_at":"2026-11-23T08:00:00Z","record_id":"r","sha256":"' + b"a" * 64 + b'","version":1}'
    assert protocol.receipt_message(record_id="r", version=1, sha256="a" * 64, received_at="2026-11-23T08:00:00Z") \
        == msg
    sig = base64.b64encode(key.sign(msg)).decode()
    ok = {"record_id": "r", "version": 1, "sha256": "a" * 64, "received_at": "2026-11-23T08:00:00Z"}
    assert protocol.verify_receipt(pub, **ok, receipt_b64=sig)
    assert not protocol.verify_receipt(pub, **{**ok, "version": 2}, receipt_b64=sig)
    assert not protocol.verify_receipt(pub, **{**ok, "received_at": "2026-11-23T08:00:01Z"}, receipt_b64=sig)
    assert not protocol.verify_receipt(pub, **ok, receipt_b64="bm90IGEgc2ln")


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(status=st.sampled_from([200, 201, 202, 204, 400, 404, 409, 413, 422, 429, 500, 503]),
       body=st.one_of(st.binary(max_size=64), json_values.map(lambda v: json.dumps(v).encode()),
                      st.builds(lambda r: json.dumps({"protocol": protocol.PROTOCOL, "results": r}).encode(),
                                json_values)))
def test_garbage_never_crashes_nor_succeeds(status, body):
    client = client_for(lambda r: httpx.Response(status, content=body))
    try:
        results = client.submit("79000701", "dev-1", [ENVELOPE])
    except SyncError:
        return
    # only a well-formed result for exactly our item may come through, and never 'stored' without a receipt
    assert len(results) == 1 and results[0].record_id == "r1"
    assert results[0].status not in ("stored", "duplicate") or results[0].receipt is not None
