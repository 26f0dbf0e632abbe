"""Audit anchors live in the central store on both engines (issue 21): stored once, each school its own,
kept across a restart, and a server from before (anchors in `anchors.sqlite3`) carries its file over."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3

from hocbaso_desktop.sync import protocol
from hocbaso_server.stores import open_store
from tests.fixtures.central_server import CentralServer

A, B = "79000701", "79000802"


def _anchor(from_seq: int, to_seq: int, salt: str = "") -> dict:
    """A well-formed anchor (the server checks its shape; the school checks its signature)."""
    hashes = [hashlib.sha256(f"{salt}{n}".encode()).hexdigest() for n in range(from_seq, to_seq + 1)]
    blob = base64.b64encode(b"not checked by the server").decode()
    return {"from_seq": from_seq, "to_seq": to_seq, "head": hashes[-1], "hashes": hashes,
            "at": "2026-12-04T10:00:00Z", "message": blob, "signature": blob, "cert": blob}


def _post(client, school: str, anchors: list[dict]):
    return client.post(f"/schools/{school}/audit-anchors", content=json.dumps({"protocol": protocol.PROTOCOL, "anchors": anchors}),
                       headers={"Content-Type": "application/json"})


def test_anchors_are_stored_once_per_school_and_survive_a_restart(province, tmp_path):
    a, b = province.client(A), province.client(B)
    first, second = _anchor(1, 3), _anchor(4, 5)
    assert _post(a, A, [first, second]).json()["stored"] == 2
    assert _post(a, A, [first]).json()["stored"] == 0            # sent again after a lost answer: kept once
    assert _post(b, A, [_anchor(1, 3, "forged")]).status_code == 403
    assert _post(a, A, [{**first, "hashes": ["zz"]}]).status_code == 400
    province.server.restart()
    got = province.client(A).get(f"/schools/{A}/audit-anchors").json()["anchors"]
    assert got == [first, second]
    assert province.client(B).get(f"/schools/{A}/audit-anchors").status_code == 403
    assert province.client(B).get(f"/schools/{B}/audit-anchors").json()["anchors"] == []
    # in the store itself, not in a file of its own beside it
    store = open_store(province.target)
    try:
        assert store.anchors_of(A) == [first, second]
    finally:
        store.close()
    assert not list(tmp_path.rglob("anchors.sqlite3"))


def test_a_server_from_before_carries_its_anchors_file_into_the_store(tmp_path, postgres_url):
    folder = tmp_path / "centre"  # the previous server's file: in its data folder (else beside the blob folder)
    folder.mkdir()
    old = folder / "anchors.sqlite3"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE audit_anchors (school_code TEXT NOT NULL, from_seq INTEGER NOT NULL, to_seq INTEGER "
                "NOT NULL, head TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, "
                "PRIMARY KEY (school_code, from_seq, to_seq, head))")
    kept = _anchor(1, 2)
    con.execute("INSERT INTO audit_anchors VALUES (?, 1, 2, ?, ?, '2026-12-01T00:00:00Z')",
                (A, kept["head"], json.dumps(kept)))
    con.commit()
    con.close()
    server = CentralServer(folder, api_token=None, database=postgres_url, blobs_dir=folder / "blobs").start()
    try:
        assert server.store.anchors_of(A) == [kept]
    finally:
        server.stop()
    assert not old.exists() and (folder / "anchors.sqlite3.imported").exists()
