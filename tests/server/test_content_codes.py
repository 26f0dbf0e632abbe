"""The reference server's error codes that docs/central-api-additions.md adds to central-api.md, one hostile
envelope each (built by hand in tests/server/envelopes.py, not by the client's code): nothing is stored."""

from __future__ import annotations

import hashlib

import pytest
import rfc8785

from tests.server import envelopes
from tests.sync.helpers import blank_pdf, signed_pdf

A = "79000701"


def _send(client, env: dict, pdf: bytes | None) -> dict:
    if pdf is not None:
        sha = hashlib.sha256(pdf).hexdigest()
        assert client.put(f"/blobs/{sha}", content=pdf, headers={"Content-Type": "application/pdf"}).status_code == 201
        env = {**env, "blobs": [{"sha256": sha, "role": "signed_pdf", "media_type": "application/pdf"}]}
    answer = client.post("/submissions", content=envelopes.body(A, [env]), headers={"Content-Type": "application/json"})
    assert answer.status_code == 201
    return answer.json()["results"][0]


def _codes(result: dict) -> list[tuple[str, str]]:
    assert result["status"] == "rejected", result
    return [(e["field"], e["code"]) for e in result["errors"]]


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_each_content_code_rejects_and_stores_nothing(province):
    client = province.client(A)
    env, pdf = envelopes.record(A)
    assert _codes(_send(client, {**env, "sha256": "0" * 64}, pdf)) == [("sha256", "mismatch")]
    assert _codes(_send(client, env, b"%PDF-1.7 this is not a PDF")) == [("blobs[0]", "invalid_pdf")]
    assert _codes(_send(client, env, blank_pdf())) == [("blobs[0]", "unsigned")]
    other = signed_pdf(b'{"madinhdanhhocba":"' + env["record_id"].encode() + b'","nhanxet":"Bia"}')
    assert _codes(_send(client, env, other)) == [("payload", "pdf_payload_mismatch")]
    assert _codes(_send(client, {**env, "blobs": []}, None)) == [("blobs", "missing_signed_pdf")]
    renamed = {**env, "payload": {**env["payload"], "madinhdanhhocba": "khac"}}
    assert ("payload.madinhdanhhocba", "invalid") in _codes(_send(client, renamed, pdf))
    assert _codes(_send(client, {**env, "update": "something"}, pdf)) == [("update", "invalid")]
    revocation = envelopes.revocation(A, env["record_id"], 1)
    assert ("event", "invalid") in _codes(_send(client, {**revocation, "event": "UPDATE"}, None))
    no_reason = {**revocation["payload"], "lydo": " "}
    raw = rfc8785.dumps(no_reason)
    assert ("payload.lydo", "invalid") in _codes(_send(
        client, {**revocation, "payload": no_reason, "sha256": hashlib.sha256(raw).hexdigest()}, None))
    assert province.server.store.stored_events() == 0
    assert _send(client, env, pdf)["status"] == "stored"      # the genuine envelope is still taken
