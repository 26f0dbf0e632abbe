"""End-to-end: the engine against the real reference server, directly and through the fault proxy."""

from __future__ import annotations

import pytest

from hocbaso_desktop.storage import outbox
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.protocol import verify_receipt
from tests.sync.helpers import issue_records


def assert_exactly_once(db, server, record_ids):
    """Every record stored once on the server, the outbox drained, receipts verified and kept."""
    stored = server.store.all_submissions()
    assert sorted(s.record_id for s in stored) == sorted(record_ids)
    assert server.store.stored_events() == len(record_ids)
    counts = outbox.state_counts(db)
    assert counts["delivered"] == len(record_ids)
    assert counts["queued"] == counts["sending"] == 0
    key = pinning.pinned_key(db, server.url) or next(iter(pinning_keys(db).values()))
    by_id = {s.record_id: s for s in stored}
    for item in outbox.list_items(db, states=["delivered"]):
        assert verify_receipt(key, record_id=item.record_id, version=item.version, sha256=item.sha256,
                              received_at=item.received_at, receipt_b64=item.receipt)
        assert item.receipt == by_id[item.record_id].receipt


def pinning_keys(db):
    from hocbaso_desktop.storage import settings_repo
    return settings_repo.get_setting(db, pinning.PINS_KEY, {})


def test_drains_outbox_to_real_server(school_db, central_server, make_engine):
    ids = issue_records(school_db, 7)
    summary = make_engine(central_server.url).run()
    assert summary.error is None and summary.drained and summary.delivered == 7
    assert_exactly_once(school_db, central_server, ids)
    # a second run sends nothing and changes nothing
    again = make_engine(central_server.url).run()
    assert again.delivered == 0 and central_server.store.stored_events() == 7


@pytest.mark.parametrize("faults", [
    ("drop_before",), ("drop_after",), ("500",), ("503",), ("portal",), ("slow",),
    ("pass", "pass", "pass", "drop_after", "drop_after", "500", "portal"),
])
def test_survives_faults(school_db, central_server, fault_proxy, make_engine, faults):
    ids = issue_records(school_db, 5)
    fault_proxy.script(*faults)
    sleeps: list[float] = []
    summary = make_engine(fault_proxy.url, sleeps=sleeps).run()
    assert summary.error is None, summary
    assert summary.drained
    assert_exactly_once(school_db, central_server, ids)
    assert sleeps, "a failure must be followed by a backoff wait"
    if faults == ("503",):
        assert sleeps[0] == 1.0  # the proxy's Retry-After


def test_413_splits_the_batch(school_db, central_server, fault_proxy, make_engine):
    ids = issue_records(school_db, 6)
    # ping, 6 HEAD + 6 PUT, then the POST of 6 gets a 413; halves go through
    fault_proxy.script(*["pass"] * 13, "413")
    summary = make_engine(fault_proxy.url).run()
    assert summary.drained and summary.error is None
    posts = [f for m, p, f in fault_proxy.log if m == "POST"]
    assert posts[:3] == ["413", "pass", "pass"]
    assert_exactly_once(school_db, central_server, ids)


def test_server_restart_mid_run(school_db, central_server, fault_proxy, make_engine):
    ids = issue_records(school_db, 4)
    engine = make_engine(fault_proxy.url)
    restarted = []

    def progress(p):
        if p.phase == "send" and not restarted:
            restarted.append(True)
            central_server.stop()
            fault_proxy.script("pass")
            central_server.start()
    issue_records(school_db, 0)
    summary = engine.run(progress=progress)
    assert restarted and summary.drained
    assert_exactly_once(school_db, central_server, ids)


def test_auth_failure_stops_run(school_db, central_server, make_engine):
    from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
    issue_records(school_db, 2)
    engine = SyncEngine(school_db, SyncSettings(central_server.url, "wrong-token"), sleep=lambda s: None)
    summary = engine.run()
    assert summary.auth_failed and "API token" in summary.error
    assert summary.remaining == 2


def test_stale_and_conflict(school_db, central_server, make_engine):
    [rid] = issue_records(school_db, 1, version=2)
    make_engine(central_server.url).run()
    issue_records(school_db, 1, version=1, record_ids=[rid])
    summary = make_engine(central_server.url).run()
    assert summary.stale == 1
    # same (record, version) with different content: conflict
    from hocbaso_desktop.storage import outbox as ob
    other = central_server.store.find(rid, 2)
    assert other is not None
    counts = ob.state_counts(school_db)
    assert counts["stale"] == 1 and counts["delivered"] == 1


def test_unreachable_server_gives_up_after_a_few_attempts(school_db):
    """`hocbaso sync` on a PC with no connection returns within seconds, with the items still queued."""
    from hocbaso_desktop.sync.engine import UNREACHED_ATTEMPTS, SyncEngine, SyncSettings
    from tests.sync.helpers import issue_records

    issue_records(school_db, 1)
    waits: list[float] = []
    summary = SyncEngine(school_db, SyncSettings("http://127.0.0.1:9", "x"), sleep=waits.append).run()
    assert summary.error and summary.remaining == 1 and not summary.drained
    assert len(waits) == UNREACHED_ATTEMPTS - 1
