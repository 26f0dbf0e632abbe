"""The hash-chained audit log detects an edited or deleted row."""

from __future__ import annotations

from hocbaso_desktop.storage import audit
from hocbaso_desktop.storage.database import SchoolDatabase


def _db(demo):
    return SchoolDatabase.open(demo.path, "quantri", demo.password)


def test_chain_is_intact_after_normal_work(demo_school):
    db = _db(demo_school)
    with db.transaction():
        audit.append(db, actor="quantri", action="test", entity="x", entity_id="1", before={"a": 1}, after={"a": 2})
    report = audit.verify(db)
    assert report.ok and report.rows > 1
    db.close()


def test_edited_row_is_detected(demo_school):
    db = _db(demo_school)
    db.execute("UPDATE audit_log SET actor = 'ke-gian' WHERE seq = 3")
    report = audit.verify(db)
    assert not report.ok and report.first_broken_seq == 3 and report.reason == "content"
    db.close()


def test_deleted_row_is_detected(demo_school):
    db = _db(demo_school)
    db.execute("DELETE FROM audit_log WHERE seq = 4")
    report = audit.verify(db)
    assert not report.ok and report.first_broken_seq == 4
    db.close()


def test_rewritten_hash_breaks_the_next_link(demo_school):
    db = _db(demo_school)
    db.execute("UPDATE audit_log SET after = '{}', hash = 'ff' WHERE seq = 2")
    report = audit.verify(db)
    assert not report.ok and report.first_broken_seq == 2
    db.close()


def test_recent_lists_newest_first(demo_school):
    db = _db(demo_school)
    with db.transaction():
        for n in range(4):
            audit.append(db, actor="quantri", action="test.recent", entity="x", entity_id=str(n))
    last = db.query_one("SELECT max(seq) FROM audit_log")[0]
    entries = audit.recent(db, limit=3)
    # exactly the three newest rows, newest first
    assert [(e.seq, e.action, e.entity_id) for e in entries] == [
        (last, "test.recent", "3"), (last - 1, "test.recent", "2"), (last - 2, "test.recent", "1")]
    db.close()


def test_deleting_the_newest_rows_is_detected(demo_school):
    db = _db(demo_school)
    with db.transaction():
        for n in range(3):
            audit.append(db, actor="quantri", action="test", entity="x", entity_id=str(n))
    last = db.query_one("SELECT max(seq) FROM audit_log")[0]
    db.execute("DELETE FROM audit_log WHERE seq >= ?", (last - 1,))
    report = audit.verify(db)
    assert not report.ok and report.reason == "truncated"
    db.close()
