"""The stores keep a version's newer signed files (validation-data updates, issue 16) on both engines."""

from __future__ import annotations

import json

import pytest

from hocbaso_server.store import InsertOutcome
from hocbaso_server.stores import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    target = request.getfixturevalue("postgres_url") if request.param == "postgresql" else tmp_path / "central"
    opened = open_store(target)
    yield opened
    opened.close()


def test_current_file_follows_validation_updates(store):
    envelope = {"record_id": "r-1", "version": 2, "sha256": "a" * 64, "kind": "hocba_tieuhoc", "event": "UPDATE",
                "blobs": [{"sha256": "b" * 64, "role": "signed_pdf", "media_type": "application/pdf"}]}
    assert store.current_pdf_sha("r-1", 2) is None
    outcome = store.insert(envelope, json.dumps(envelope), school_code="79000701", device_id="d",
                           received_at="2026-12-04T00:00:00Z", receipt="x")
    assert outcome is InsertOutcome.STORED
    assert store.current_pdf_sha("r-1", 2) == "b" * 64
    assert store.add_validation_update("r-1", 2, "c" * 64, "2026-12-05T00:00:00Z")
    assert not store.add_validation_update("r-1", 2, "c" * 64, "2026-12-05T00:00:01Z")   # once
    assert store.add_validation_update("r-1", 2, "d" * 64, "2027-12-05T00:00:00Z")
    assert store.current_pdf_sha("r-1", 2) == "d" * 64
    assert store.current_pdf_sha("r-1", 1) is None


# --- docs/central-api-additions.md, "Validation-data update": one test per rule, numbered as there -------------
A = "79000701"


def _put(client, pdf: bytes) -> None:
    from hashlib import sha256

    assert client.put(f"/blobs/{sha256(pdf).hexdigest()}", content=pdf,
                      headers={"Content-Type": "application/pdf"}).status_code == 201


def _send(client, item: dict) -> dict:
    from tests.server import envelopes

    answer = client.post("/submissions", content=envelopes.body(A, [item]),
                         headers={"Content-Type": "application/json"})
    assert answer.status_code == 201, answer.text
    return answer.json()["results"][0]


def _held(province):
    """A stored version, its PDF, and a client of its school."""
    from tests.server import envelopes

    client = province.client(A)
    env, pdf = envelopes.record(A)
    _put(client, pdf)
    assert _send(client, env)["status"] == "stored"
    return client, env, pdf


def _with_other_payload(pdf: bytes) -> bytes:
    """`pdf` with a revision appended that embeds another payload.json (not validation data)."""
    import io

    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    embed.embed_file(writer, embed.FileSpec(
        file_spec_string="payload.json", file_name="payload.json",
        embedded_data=embed.EmbeddedFileObject.from_file_data(writer, data=b'{"nhanxet": "Xuat sac"}',
                                                              mime_type="application/json")))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _current(province, env) -> str:
    return province.server.store.current_pdf_sha(env["record_id"], env["version"])


def _sha(pdf: bytes) -> str:
    from hashlib import sha256

    return sha256(pdf).hexdigest()


def test_rule_8_a_newer_file_becomes_current_not_a_new_version(province):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from hocbaso_server.receipts import receipt_message
    from tests.server import envelopes

    client, env, pdf = _held(province)
    newer = envelopes.extended(pdf)
    _put(client, newer)
    result = _send(client, envelopes.validation_update(env, newer))
    assert result["status"] == "stored" and result["errors"] == []
    assert (result["record_id"], result["version"], result["sha256"]) == (env["record_id"], 1, env["sha256"])
    store = province.server.store
    assert _current(province, env) == _sha(newer)
    assert store.highest_version(env["record_id"]) == 1 and store.stored_events() == 1
    assert result["received_at"] >= store.find(env["record_id"], 1).received_at    # the submission is unchanged
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(province.server.app.state.submitter.signer.public_key_b64))
    key.verify(base64.b64decode(result["receipt"]), receipt_message(           # the usual receipt, same fields
        record_id=env["record_id"], version=1, sha256=env["sha256"], received_at=result["received_at"]))
    # and again: a later file that extends the current one (a renewed archive timestamp)
    newest = envelopes.extended(newer)
    _put(client, newest)
    assert _send(client, envelopes.validation_update(env, newest))["status"] == "stored"
    assert _current(province, env) == _sha(newest)


def test_rule_3_a_replay_gets_the_answer_it_lost(province):
    from tests.server import envelopes

    client, env, pdf = _held(province)
    newer = envelopes.extended(pdf)
    _put(client, newer)
    first = _send(client, envelopes.validation_update(env, newer))
    again = _send(client, envelopes.validation_update(env, newer))
    assert again["status"] == "duplicate"
    assert (again["received_at"], again["receipt"]) == (first["received_at"], first["receipt"])
    # the submitted file named as an update while it is still current: the submission's answer
    client2, env2, pdf2 = _held(province)
    held = province.server.store.find(env2["record_id"], 1)
    same = _send(client2, envelopes.validation_update(env2, pdf2))
    assert (same["status"], same["received_at"], same["receipt"]) == ("duplicate", held.received_at, held.receipt)


def test_rule_5_an_earlier_file_arriving_late_is_stale(province):
    from tests.server import envelopes

    client, env, pdf = _held(province)
    newer = envelopes.extended(pdf)
    newest = envelopes.extended(newer)
    for f in (newer, newest):
        _put(client, f)
    assert _send(client, envelopes.validation_update(env, newest))["status"] == "stored"
    for older in (newer, pdf):
        result = _send(client, envelopes.validation_update(env, older))
        assert result["status"] == "stale" and result["errors"] == []
    assert _current(province, env) == _sha(newest)


def test_rules_1_2_4_6_7_refusals_change_nothing(province):
    from tests.server import envelopes

    client, env, pdf = _held(province)
    newer = envelopes.extended(pdf)
    other_env, other_pdf = envelopes.record(A)
    _put(client, other_pdf)
    cases = []
    # rule 1: another payload for the held version
    changed = dict(envelopes.validation_update(env, newer), sha256=other_env["sha256"])
    cases.append((changed, "conflict", "conflict"))
    # rule 2: two blobs, or a blob of another role
    two = envelopes.validation_update(env, newer)
    two["blobs"] = two["blobs"] * 2
    cases.append((two, "rejected", "invalid"))
    wrong_role = envelopes.validation_update(env, newer)
    wrong_role["blobs"] = [dict(wrong_role["blobs"][0], role="attachment")]
    cases.append((wrong_role, "rejected", "invalid"))
    # rule 4: not uploaded yet
    cases.append((envelopes.validation_update(env, newer), "rejected", "missing_blob"))
    # rule 6: another record's signed PDF does not extend the held file
    cases.append((envelopes.validation_update(env, other_pdf), "rejected", "not_an_extension"))
    for item, status, code in cases:
        result = _send(client, item)
        assert (result["status"], result["errors"][0]["code"]) == (status, code), result
        assert _current(province, env) == _sha(pdf)
    # rule 7: an extension that is more than validation data: a revision embedding another payload.json
    swapped = _with_other_payload(pdf)
    _put(client, swapped)
    result = _send(client, envelopes.validation_update(env, swapped))
    assert (result["status"], result["errors"][0]["code"]) == ("rejected", "changed_after_signing"), result
    assert _current(province, env) == _sha(pdf)
    shape = dict(envelopes.validation_update(env, newer), update="new_version")
    result = _send(client, shape)
    assert (result["status"], result["errors"][0]["field"], result["errors"][0]["code"]) == ("rejected", "update",
                                                                                              "invalid")
    assert province.server.store.stored_events() == 1 and _current(province, env) == _sha(pdf)


def test_an_update_of_a_version_not_held_is_an_ordinary_submission(province):
    from tests.server import envelopes

    client = province.client(A)
    env, pdf = envelopes.record(A)
    newer = envelopes.extended(pdf)
    _put(client, newer)
    first = _send(client, envelopes.validation_update(env, newer))
    assert first["status"] == "stored"
    assert _current(province, env) == _sha(newer)
    _put(client, pdf)
    late = _send(client, env)                       # the version's own envelope, arriving after
    assert late["status"] == "duplicate" and _current(province, env) == _sha(newer)
