"""Outbox idempotence, inbox application (transfer_in, revocation, notice) with the cursor."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.storage import inbox_repo, outbox
from hocbaso_desktop.sync.status import sync_status
from tests.sync.helpers import issue_records


def test_enqueue_is_idempotent_and_checks_canonical(school_db):
    [rid] = issue_records(school_db, 1)
    item = outbox.list_items(school_db)[0]
    env = item.envelope_dict()
    from hocbaso_desktop.sync.protocol import canonical
    again = outbox.enqueue(school_db, record_id=rid, version=1, kind="hocba_tieuhoc", event="NEW",
                           payload=env["payload"], payload_bytes=canonical(env["payload"]), payload_sha256=item.sha256,
                           blobs=env["blobs"], updated_at=env["updated_at"])
    assert again == item.seq and len(outbox.list_items(school_db)) == 1
    with pytest.raises(InvalidInputError):
        outbox.enqueue(school_db, record_id=rid, version=1, kind="hocba_tieuhoc", event="NEW", payload={"b": 1},
                       payload_bytes=b'{"b": 1}', payload_sha256="0" * 64, blobs=[], updated_at="x")
    assert sync_status(school_db).pending == 1


def test_inbox_messages_apply_once_with_cursor(school_db, central_server, make_engine):
    [rid] = issue_records(school_db, 1)
    store = central_server.store
    store.post_inbox("79000701", "notice", {"title": "Lịch nộp học bạ", "text": "Trước 30/6."})
    store.post_inbox("79000701", "revocation", {"record_id": rid, "version": 1, "reason": "Sai họ tên"})
    store.post_inbox("79000701", "transfer_in", {
        "student": {"id": "stu-transfer-1", "full_name": "Nguyễn Văn Chuyển", "sex": "1", "birth": "2016-02-03"},
        "enrolments": [{"year": "2025-2026", "class_name": "4C", "school_name": "Trường TH Khác",
                        "province": "Hà Nội", "event": "hoc"}], "records": []})
    store.post_inbox("99999999", "notice", {"title": "not ours"})
    summary = make_engine(central_server.url).run()
    assert summary.inbox_applied == 3
    assert school_db.query_one("SELECT status, revoked_reason FROM records WHERE id = ?", (rid,)) == \
        ("revoked", "Sai họ tên")
    assert school_db.query_one("SELECT read_only FROM students WHERE id = 'stu-transfer-1'") == (1,)
    assert school_db.query_one("SELECT count(*) FROM enrolments WHERE student_id = 'stu-transfer-1'") == (1,)
    assert inbox_repo.get_cursor(school_db) == "3"
    assert sync_status(school_db).notices == 1
    # a second run applies nothing again
    assert make_engine(central_server.url).run().inbox_applied == 0
    assert inbox_repo.apply_message(school_db, cursor="1", type_="notice", body={}) is False
