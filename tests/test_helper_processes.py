"""Helper processes: forked from a fork server on Linux, yet each sees the environment and folder of its start."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
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
    process = start_helper(_report, (sender,), name="test-helper")
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
    # Linux and macOS: both forked by the same fork server; Windows: both spawned by this process
    assert first[2] == second[2]
    assert (first[2] != os.getpid()) is (sys.platform != "win32")


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_without_a_usable_temporary_folder_helpers_are_spawned(tmp_path: Path) -> None:
    # The fork server listens on a socket in the temporary folder; a socket's path has at most 107 bytes.
    deep = tmp_path / ("t" * 120)
    deep.mkdir()
    script = ("import os\nfrom hocbaso_desktop.helper_processes import start_helper, uses_fork_server\n"
              "for _ in range(2):\n"
              "    p = start_helper(os.getpid, (), name='t'); p.join(20); print(p.exitcode, uses_fork_server())\n")
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "TMPDIR": str(deep)}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "0", "False"]
    assert "no fork server for helper processes (AF_UNIX path too long)" in done.stderr
    assert "Traceback" not in done.stderr
