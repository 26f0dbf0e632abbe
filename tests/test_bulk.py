"""bulk.collector_paused: the collector is off inside, back on after (also after a failure), nesting keeps it off."""

from __future__ import annotations

import gc

import pytest

from hocbaso_desktop.bulk import collector_paused


def test_the_collector_is_paused_inside_and_restored_after_even_on_failure():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_pauses_keep_the_collector_off_until_the_outer_block_ends():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
