"""Per-school credentials on both engines: one school can never read, write or overwrite another's."""

from __future__ import annotations

import gzip
import hashlib
import json
import threading

from tests.server import envelopes

A, B = "79000701", "79000802"


def _put(client, pdf: bytes) -> int:
    return client.put(f"/blobs/{hashlib.sha256(pdf).hexdigest()}", content=pdf,
                      headers={"Content-Type": "application/pdf"}).status_code


def _submit(client, school: str, items: list[dict]):
    return client.post("/submissions", content=envelopes.body(school, items),
                       headers={"Content-Type": "application/json"})


def test_a_school_stores_its_record_once_and_another_cannot_touch_it(province):
    a, b = province.client(A), province.client(B)
    env, pdf = envelopes.record(A)
    assert _put(a, pdf) == 201
    first = _submit(a, A, [env])
    assert first.status_code == 201 and first.json()["results"][0]["status"] == "stored"
    assert _submit(a, A, [env]).json()["results"][0]["status"] == "duplicate"

    # B with A's school code: the whole request is refused
    assert _submit(b, A, [env]).status_code == 403
    # B under its own code, reusing A's record id (v1 and a higher version): not_owner, nothing stored
    for version in (1, 99):
        forged, forged_pdf = envelopes.record(B, env["record_id"], version=version, note="Bịa đặt")
        _put(b, forged_pdf)
        result = _submit(b, B, [forged]).json()["results"][0]
        assert (result["status"], result["errors"][0]["code"]) == ("rejected", "not_owner")
    # B revoking A's record: not_owner
    result = _submit(b, B, [envelopes.revocation(B, env["record_id"], 1)]).json()["results"][0]
    assert (result["status"], result["errors"][0]["code"]) == ("rejected", "not_owner")
    # A's blob is invisible to B, and A's inbox is closed to B
    assert b.head(f"/blobs/{env['blobs'][0]['sha256']}").status_code == 404
    assert a.head(f"/blobs/{env['blobs'][0]['sha256']}").status_code == 204
    assert b.get(f"/schools/{A}/inbox").status_code == 403
    assert a.get(f"/schools/{A}/inbox").status_code == 200

    store = province.server.store
    assert store.highest_version(env["record_id"]) == 1 and store.stored_events() == 1
    assert store.revocation(env["record_id"], 1) is None
    assert {(s.code, s.versions) for s in store.stats()} == {(A, 1), (B, 0)}


def test_a_version_without_its_signed_pdf_is_refused(province):
    a = province.client(A)
    env, _pdf = envelopes.record(A, version=2)
    env["blobs"] = []
    result = _submit(a, A, [env]).json()["results"][0]
    assert (result["status"], result["errors"][0]["code"]) == ("rejected", "missing_signed_pdf")
    # a blob another school uploaded does not count for this school: upload it first
    env2, pdf2 = envelopes.record(A)
    assert _put(province.client(B), pdf2) == 201
    result = _submit(a, A, [env2]).json()["results"][0]
    assert (result["status"], result["errors"][0]["code"]) == ("rejected", "missing_blob")
    assert province.server.store.stored_events() == 0


def test_payload_naming_another_school_or_another_record_is_refused(province):
    a = province.client(A)
    env, pdf = envelopes.record(B)       # the payload says matruong = B
    _put(a, pdf)
    assert _submit(a, A, [env]).status_code == 403
    env, pdf = envelopes.record(A)
    env["record_id"] = "00000000-0000-4000-8000-000000000000"  # the signed payload names another record
    _put(a, pdf)
    result = _submit(a, A, [env]).json()["results"][0]
    assert result["status"] == "rejected" and result["errors"][0]["field"] == "payload.madinhdanhhocba"


def test_unknown_and_revoked_tokens_are_refused(province):
    from hocbaso_server import admin
    from hocbaso_server.stores import open_store

    assert province.client(A).get("/ping").status_code == 200
    store = open_store(province.target)
    try:
        assert admin.revoke_school(store, A)
    finally:
        store.close()
    assert province.client(A).get("/ping").status_code == 401
    province.tokens["x"] = "not-a-token"
    assert province.client("x").get("/ping").status_code == 401


def test_concurrent_resends_store_each_version_exactly_once(province):
    a = province.client(A)
    items = []
    for _ in range(6):
        env, pdf = envelopes.record(A)
        assert _put(a, pdf) == 201
        items.append(env)
    statuses: list[str] = []
    lock = threading.Lock()

    def send() -> None:
        with province.client(A) as c:
            results = _submit(c, A, items).json()["results"]
        with lock:
            statuses.extend(r["status"] for r in results)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(statuses) == sorted(["stored"] * 6 + ["duplicate"] * 18)
    assert province.server.store.stored_events() == 6
    assert len(province.server.store.all_submissions()) == 6


def test_a_gzip_bomb_is_refused_while_inflating(province):
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)   # 64 KB that inflates to 64 MiB
    assert len(bomb) < 1024 * 1024
    answer = province.client(A).post("/submissions", content=bomb,
                                     headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    assert answer.status_code == 413 and answer.json()["protocol"] == "hocbaso-sync/1"


def test_health_and_metrics(province):
    a = province.client(A)
    env, pdf = envelopes.record(A)
    _put(a, pdf)
    _submit(a, A, [env])
    import httpx

    health = httpx.get(province.server.url + "/health")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    metrics = httpx.get(province.server.url + "/metrics").text
    assert 'hocbaso_submissions_total{result="stored"}' in metrics
    assert 'hocbaso_request_seconds_bucket{le="0.005",route="/api/v1/submissions"}' in metrics
    assert "hocbaso_requests_in_flight" in metrics
    assert env["payload"]["nhanxet"] not in metrics and A not in metrics  # no school data in metrics


def test_stats_counts_per_school(province):
    a, b = province.client(A), province.client(B)
    for client, school, n in ((a, A, 2), (b, B, 1)):
        for _ in range(n):
            env, pdf = envelopes.record(school)
            _put(client, pdf)
            assert _submit(client, school, [env]).json()["results"][0]["status"] == "stored"
    stats = {s.code: s for s in province.server.store.stats()}
    assert (stats[A].records, stats[A].versions, stats[A].blobs) == (2, 2, 2)
    assert (stats[B].records, stats[B].versions, stats[B].blobs) == (1, 1, 1)
    assert stats[A].last_contact is not None
    assert json.dumps([s.__dict__ for s in stats.values()])  # serialisable for --json
