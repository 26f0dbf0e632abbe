"""Helper processes: forked from a fork server on Linux, yet each sees the environment and folder of its start."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from hocbaso_desktop.helper_processes import start_helper, uses_fork_server


def _report(conn) -> None:
    conn.send((os.environ.get("HOCBASO_TEST_HELPER"), os.getcwd(), os.getppid()))
    conn.close()


def _ask(monkeypatch: pytest.MonkeyPatch, value: str | None) -> tuple[str | None, str, int]:
    if value is None:
        monkeypatch.delenv("HOCBASO_TEST_HELPER", raising=False)
    else:
        monkeypatch.setenv("HOCBASO_TEST_HELPER", value)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    process = start_helper(__name__, _report, (sender,), name="test-helper")
    sender.close()
    assert receiver.poll(20)
    answer = receiver.recv()
    process.join(10)
    assert process.exitcode == 0
    return answer


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_linux_forks_helpers_from_a_fork_server() -> None:
    assert uses_fork_server()


def test_a_helper_sees_the_environment_and_folder_of_its_own_start(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    first = _ask(monkeypatch, "one")            # starts the fork server (if none runs yet) with "one" set
    assert first[0] == "one"
    monkeypatch.chdir(tmp_path)
    second = _ask(monkeypatch, "two")           # changed after the server started
    assert second[:2] == ("two", str(tmp_path))
    assert _ask(monkeypatch, None)[0] is None   # and a variable removed since is gone
    if uses_fork_server():
        assert first[2] == second[2] != os.getpid()  # both forked by the same server, not by this process
