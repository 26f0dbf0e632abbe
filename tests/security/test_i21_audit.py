"""Issue 21, the audit log against an insider (item 4): an edited row with a recomputed chain is reported.

The insider here knows everything the program knows: they open the database with a password, edit a row,
and recompute every later hash with the chain's own key (read from the database) and the head. The chain
alone then says "intact" (that is the limit of a shared encrypted file, said in the notes); the anchors,
signed by the batch signers' tokens (the demo PKI: root → issuing CA → person) and kept by the real
reference server, name the edited row, even after the insider deletes the local anchors.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from hocbaso_desktop.services.audit_check import check_audit
from hocbaso_desktop.signing import issuance
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.storage import anchors_repo, audit, settings_repo
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from tests.fixtures.central_server import API_TOKEN
from tests.fixtures.signing import build_school

PEOPLE = {"gvcn": ("gvcn.4a", "giaovien"), "principal": ("hieutruong", "hieutruong"), "seal": ("vanthu", "condau")}


def issued_school(tmp_path, demo_pki):
    school = build_school(tmp_path / "truong.hocbaso", demo_pki)
    admin = school.session("quantri")
    for role, (user, person) in PEOPLE.items():
        bind_certificate(admin, username=user, role=role, cert_der=demo_pki.people[person].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="01", token_serial="SOFT", module_path="",
                         accept_name_mismatch=role == "seal")  # the test PKI's seal names another school
    for role, (user, person) in PEOPLE.items():
        session = school.session(user)
        if role == "gvcn":
            issuance.prepare_class(session, school.class_id)
        plan = issuance.plan_batch(session, school.class_id, role)
        assert issuance.sign_batch(session, plan, demo_pki.software_signer(person)).signed == 3
    return school


def rewrite_row(db, seq: int, after: str, *, keyed: bool = True) -> None:
    """What an insider with a password can do: edit a row, recompute every later hash and the head."""
    key = bytes.fromhex(db.query_one("SELECT value FROM meta WHERE key = 'audit_key'")[0]) if keyed else None
    db.execute("UPDATE audit_log SET after = ? WHERE seq = ?", (after, seq))
    prev = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,))[0] if seq > 1 else "0" * 64
    rows = db.query("SELECT seq, at, actor, action, entity, entity_id, before, after FROM audit_log WHERE seq >= ? "
                    "ORDER BY seq", (seq,))
    for row in rows:
        body = json.dumps([prev, *row], ensure_ascii=False).encode("utf-8")
        digest = hmac.new(key, body, hashlib.sha256).hexdigest() if key else hashlib.sha256(body).hexdigest()
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    db.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))


def test_each_batch_signing_anchors_the_chain(tmp_path, demo_pki):
    school = issued_school(tmp_path, demo_pki)
    anchors = anchors_repo.all_anchors(school.db)
    assert len(anchors) == 3  # one per batch: teacher, principal, seal
    assert anchors[-1].to_seq == audit.head(school.db)[0]   # the seal batch's anchor covers the whole chain
    chain, anchored = check_audit(school.session("quantri"))
    assert chain.ok and anchored.ok and anchored.anchors == 3 and anchored.anchored_to == anchors[-1].to_seq


def test_an_edited_row_with_a_recomputed_keyed_chain_is_reported(tmp_path, demo_pki):
    school = issued_school(tmp_path, demo_pki)
    db = school.db
    rewrite_row(db, 5, '{"value": "10"}')
    chain, anchored = check_audit(school.session("quantri"))
    assert chain.ok  # the chain alone cannot tell: the insider used its own key
    assert not anchored.ok and anchored.first_differing_seq == 5


def test_an_edit_recomputed_without_the_key_is_reported_at_that_row(tmp_path, demo_pki):
    school = issued_school(tmp_path, demo_pki)
    rewrite_row(school.db, 7, '{"value": "1"}', keyed=False)
    chain, anchored = check_audit(school.session("quantri"))
    assert not chain.ok and chain.first_broken_seq == 7
    assert not anchored.ok and anchored.first_differing_seq == 7


def test_the_centre_keeps_the_anchors_when_the_insider_deletes_them(tmp_path, demo_pki, central_server):
    school = issued_school(tmp_path, demo_pki)
    db = school.db
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
        settings_repo.set_setting(db, "sync.api_token", API_TOKEN)
    summary = SyncEngine(db, SyncSettings(central_server.url, API_TOKEN), sleep=lambda s: None).run()
    assert summary.error is None
    assert not anchors_repo.unsent(db)
    assert len(central_server.app.state.store.anchors_of("79000701")) == 3
    rewrite_row(db, 4, '{"value": "2"}')
    db.execute("DELETE FROM audit_anchors")
    offline_chain, offline = check_audit(school.session("quantri"))
    assert offline_chain.ok and offline.ok and offline.anchors == 0  # nothing left here to compare with …
    _chain, online = check_audit(school.session("quantri"), online=True)
    assert not online.ok and online.first_differing_seq == 4  # … but the centre's copies name the row


def test_anchors_signed_by_an_untrusted_key_are_refused(tmp_path, demo_pki):
    school = issued_school(tmp_path, demo_pki)
    db = school.db
    db.execute("UPDATE audit_anchors SET signature = ? WHERE id = (SELECT min(id) FROM audit_anchors)", (b"x" * 64,))
    _chain, anchored = check_audit(school.session("quantri"))
    assert not anchored.ok and "chữ ký" in anchored.reason


def test_a_whole_chain_rebuilt_without_its_key_is_reported_at_the_edited_row(tmp_path, demo_pki):
    """The attack on the old, unkeyed chain: edit a row, rebuild every hash with plain SHA-256, drop the key."""
    school = issued_school(tmp_path, demo_pki)
    db = school.db
    db.execute("UPDATE audit_log SET after = ? WHERE seq = 6", ('{"value": "9"}',))
    prev = "0" * 64
    rows = db.query("SELECT seq, at, actor, action, entity, entity_id, before, after FROM audit_log ORDER BY seq")
    for row in rows:
        digest = hashlib.sha256(json.dumps([prev, *row], ensure_ascii=False).encode("utf-8")).hexdigest()
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    db.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))
    db.execute("DELETE FROM meta WHERE key IN ('audit_key', 'audit_hmac_from')")
    chain, anchored = check_audit(school.session("quantri"))
    assert chain.ok  # a consistent unkeyed chain: the chain alone is fooled
    assert not anchored.ok and anchored.first_differing_seq == 6
