"""The spreadsheet reader's child process: what a child that dies is reported as."""

from __future__ import annotations

import os
import signal
import sys
import threading

import pytest

from hocbaso_desktop.dataio.xlsx_reader import _read_in_child
from tests.fixtures.processes import (
    children_of,
    pidfds_work,
    running_fork_server,
    wait_until,
    wait_until_ended,
)


@pytest.mark.skipif(sys.platform != "linux" or not pidfds_work(), reason="the fork server and pidfds of Linux")
def test_a_reader_that_dies_after_its_fork_server_was_killed_is_a_death_not_a_broken_install(tmp_path) -> None:
    server = running_fork_server()
    before = children_of(server)
    fifo = tmp_path / "chua-ghi-xong.xlsx"
    os.mkfifo(fifo)                     # the reader waits on it for a writer that never comes
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(_read_in_child(fifo))
        except Exception as exc:  # kept for the assertion below, which names it
            outcome.append(exc)

    reading = threading.Thread(target=read, daemon=True)
    reading.start()
    wait_until(lambda: children_of(server) - before, "the reader did not start")
    (reader,) = children_of(server) - before
    os.kill(server, signal.SIGKILL)
    wait_until_ended(server, "the fork server did not die")
    os.kill(reader, signal.SIGKILL)     # as an out-of-memory killer would
    reading.join(30)
    assert outcome == [("too_big", "died")]
