"""Helper processes: forked from a fork server on Linux, yet each sees the environment and folder of its start."""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from hocbaso_desktop import helper_processes
from hocbaso_desktop.helper_processes import EXIT_CODE_LOST, start_helper, uses_fork_server
from tests.fixtures.processes import (
    is_fork_server,
    pidfds_work,
    process_ended,
    running_fork_server,
    wait_until,
    wait_until_ended,
)


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
    script = ("import os\nfrom hocbaso_desktop.helper_processes import EXIT_CODE_LOST, start_helper, uses_fork_server\n"
              "for _ in range(2):\n"
              "    p = start_helper(os.getpid, (), name='t'); p.join(20); print(p.exitcode, uses_fork_server())\n")
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "TMPDIR": str(deep)}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "0", "False"]
    assert "no fork server for helper processes (AF_UNIX path too long)" in done.stderr
    assert "Traceback" not in done.stderr


def _wait_for_word(conn) -> None:
    conn.send(os.getppid())
    conn.recv()


@pytest.mark.skipif(sys.platform != "linux" or not pidfds_work(), reason="the fork server and pidfds of Linux")
def test_helpers_outlive_their_killed_fork_server_and_are_still_seen_waited_for_and_killed() -> None:
    pipes = [multiprocessing.Pipe() for _ in range(2)]
    helpers = [start_helper(_wait_for_word, (there,), name="test-helper") for _, there in pipes]
    try:
        for here, there in pipes:
            there.close()
            assert here.poll(20), "a helper did not start"
        (server,) = {here.recv() for here, _ in pipes}
        assert is_fork_server(server)           # their parent, and not some other process
        os.kill(server, signal.SIGKILL)
        wait_until_ended(server, "the fork server did not die")  # a zombie: reaped at this process's next start
        waiting, killed = helpers
        assert not waiting.process.is_alive()   # multiprocessing's word, from the server that is no more
        assert waiting.is_alive() and waiting.exitcode is None and killed.is_alive()
        started = time.monotonic()
        waiting.join(0.3)                       # waits for the process itself, not for the dead server
        assert time.monotonic() - started >= 0.3 and waiting.is_alive()
        pipes[0][0].send("thôi")
        waiting.join(20)
        assert not waiting.is_alive() and waiting.exitcode == EXIT_CODE_LOST  # ended; its code died with the server
        killed.kill()
        killed.join(20)
        assert not killed.is_alive() and process_ended(killed.pid)
        assert _ask_parent() not in (server, os.getpid())  # the next helper comes from a new fork server
    finally:
        for helper in helpers:
            helper.kill()


def _ask_parent() -> int:
    here, there = multiprocessing.Pipe()
    helper = start_helper(_wait_for_word, (there,), name="test-helper")
    there.close()
    assert here.poll(20)
    parent = here.recv()
    here.send("thôi")
    helper.join(20)
    assert helper.exitcode == 0
    return parent


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_fork_server_killed_while_starting_a_helper_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    server = running_fork_server()
    if not _wchan_names_pipe_reads():
        pytest.skip("this system does not say where a thread waits (/proc/…/wchan)")
    tries = _recorded_tries(monkeypatch)
    here, there = multiprocessing.Pipe()
    started: list[helper_processes.Helper] = []
    os.kill(server, signal.SIGSTOP)  # it takes the start's request but neither forks nor answers
    try:
        starting = threading.Thread(target=lambda: started.append(
            start_helper(_wait_for_word, (there,), name="test-helper")), daemon=True)
        starting.start()
        wait_until(lambda: _waits_in_a_pipe_read(starting.native_id), "the start did not reach the fork server")
    finally:
        os.kill(server, signal.SIGKILL)
    starting.join(30)
    there.close()
    assert started, "the start did not end"
    # the stopped server's end; refused (or taken and dropped) until this process sees that it ended; a new server
    assert tries[0] is EOFError and tries[-1] is None
    assert set(tries[1:-1]) <= {ConnectionRefusedError, EOFError}, tries
    assert here.poll(20)
    parent = here.recv()
    assert parent != server and is_fork_server(parent) and uses_fork_server()
    here.send("thôi")
    started[0].join(20)
    assert started[0].exitcode == 0


def _recorded_tries(monkeypatch: pytest.MonkeyPatch, failures: Sequence[type[BaseException]] = ()) -> list:
    """Record each start's outcome (its exception's type, or None); the first starts on a fork server raise
    `failures`."""
    tries: list[type[BaseException] | None] = []
    real_start = helper_processes._start
    planned = list(failures)

    def recorded_start(context, *args: object) -> multiprocessing.process.BaseProcess:
        try:
            if planned and context.get_start_method() == "forkserver":
                raise planned.pop(0)()
            process = real_start(context, *args)
        except BaseException as exc:
            tries.append(type(exc))
            raise
        tries.append(None)
        return process

    monkeypatch.setattr(helper_processes, "_start", recorded_start)
    monkeypatch.setattr(helper_processes, "_no_fork_server", False)  # restored whatever the test does to it
    return tries


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
@pytest.mark.parametrize("first", [EOFError, BrokenPipeError, ConnectionRefusedError])
def test_a_start_failing_while_the_dying_server_is_not_yet_seen_ended_is_tried_again(
        monkeypatch: pytest.MonkeyPatch, first: type[BaseException]) -> None:
    tries = _recorded_tries(monkeypatch, [first, ConnectionRefusedError, EOFError, BrokenPipeError])
    helper = start_helper(os.getpid, (), name="test-helper")
    helper.join(20)
    assert tries == [first, ConnectionRefusedError, EOFError, BrokenPipeError, None]
    assert helper.exitcode == 0 and uses_fork_server()


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_fork_server_refusing_for_longer_than_its_wait_leaves_helpers_spawned(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(helper_processes, "NEW_SERVER_WAIT", 0.1)
    tries = _recorded_tries(monkeypatch, [EOFError] + [ConnectionRefusedError] * 1000)
    started = time.monotonic()
    helper = start_helper(os.getpid, (), name="test-helper")
    helper.join(20)
    assert 0.1 <= time.monotonic() - started < 5
    assert helper.exitcode == 0 and not uses_fork_server()  # spawned, and so are the next ones
    assert tries[0] is EOFError and tries[-1] is None and set(tries[1:-1]) == {ConnectionRefusedError}
    assert "no fork server for helper processes" in caplog.text


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_new_fork_servers_that_drop_every_start_leave_helpers_spawned(monkeypatch: pytest.MonkeyPatch) -> None:
    tries = _recorded_tries(monkeypatch, [EOFError] * 10)   # as a server that cannot fork, or dies at each start
    helper = start_helper(os.getpid, (), name="test-helper")
    helper.join(20)
    assert tries == [EOFError, EOFError, EOFError, EOFError, None]  # three new servers, then spawned
    assert helper.exitcode == 0 and not uses_fork_server()


def _waits_in_a_pipe_read(thread_id: int) -> bool:
    """The thread is blocked reading a pipe (the fork server's answer): wchan pipe_read, anon_pipe_read…"""
    return "pipe" in Path(f"/proc/{os.getpid()}/task/{thread_id}/wchan").read_text()


def _wchan_names_pipe_reads() -> bool:
    """/proc/…/wchan names the kernel function a thread waits in (some kernels and sandboxes show 0)."""
    read_end, write_end = os.pipe()
    reader = threading.Thread(target=os.read, args=(read_end, 1), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if _waits_in_a_pipe_read(reader.native_id):
                return True
            time.sleep(0.01)
        return False
    finally:
        os.write(write_end, b"x")
        reader.join()
        os.close(read_end)
        os.close(write_end)


# Preloaded by the fork server of the script below: once armed, the server forks a helper, then is killed before it
# can answer with the helper's pid (as an out-of-memory killer could). Python 3.11's fork server imports it from the
# folder it starts in (it does not take the starter's sys.path).
_KILLED_AFTER_FORK = """
import os, signal
_fork = os.fork

def _fork_then_die():
    pid = _fork()
    if pid and os.path.exists(os.environ["ARMED"]):
        with open(os.environ["ARMED"], "w") as out:   # the helper nobody will know of
            out.write(str(pid))
        os.rename(os.environ["ARMED"], os.environ["ARMED"] + ".pid")
        os.kill(os.getpid(), signal.SIGKILL)
    return pid

if b"multiprocessing.forkserver" in open("/proc/self/cmdline", "rb").read():
    os.fork = _fork_then_die

def note(log):
    with open(log, "a") as out:
        out.write(f"{os.getpid()}\\n")
"""

_START_TWICE = """
import os, sys, time
sys.path.insert(0, os.getcwd())
import killed_after_fork
from hocbaso_desktop import helper_processes

helper_processes.preload_in_fork_server("killed_after_fork")
helper_processes.start_helper(os.getpid, (), name="first").join(20)
open(os.environ["ARMED"], "w").close()
helper = helper_processes.start_helper(killed_after_fork.note, (sys.argv[1],), name="second")
helper.join(20)
time.sleep(0.5)   # time for a helper nobody knows of to write too
print(helper.pid, helper.exitcode, helper_processes.uses_fork_server())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_helper_forked_by_a_server_that_died_before_answering_does_not_run(tmp_path: Path) -> None:
    (tmp_path / "killed_after_fork.py").write_text(_KILLED_AFTER_FORK, encoding="utf-8")
    log = tmp_path / "ran.txt"
    armed = tmp_path / "armed"
    done = subprocess.run([sys.executable, "-c", _START_TWICE, str(log)], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, env={**os.environ, "ARMED": str(armed)})
    assert done.returncode == 0, done.stderr
    assert not armed.exists()                 # the server did die after forking
    orphan = int((tmp_path / "armed.pid").read_text())
    pid, code, forked = done.stdout.split()
    assert (code, forked) == ("0", "True"), done.stderr  # the start was tried again on a new fork server
    assert log.read_text().split() == [pid]   # and only that helper ran
    wait_until_ended(orphan, "the helper forked by the dead server did not end")


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_first_start_out_of_file_descriptors_fails_and_leaves_the_fork_server_in_use() -> None:
    """Out of descriptors (a small ulimit, a leak) is this process's limit, not the fork server's: that start fails
    with the system's error, and once descriptors are free again helpers come from the fork server."""
    done = _refused_start_then_a_helper(
        "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (len(os.listdir('/proc/self/fd')), hard))\n"
        "try:\n"
        "    start_helper(os.getpid, (), name='t')\n"
        "except OSError as exc:\n"
        "    print('refused', errno.errorcode[exc.errno])\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))\n")
    assert done.stdout.splitlines() == ["refused EMFILE", "0 True forked"]
    assert "spawning them" not in done.stderr


def _refused_start_then_a_helper(refused: str) -> subprocess.CompletedProcess:
    """Run `refused` (a start expected to fail) in a fresh interpreter, then start a helper and print its exit code,
    whether helpers use the fork server, and whether this one was forked by it."""
    script = ("import errno, multiprocessing, os, resource\n"
              "from hocbaso_desktop.helper_processes import start_helper, uses_fork_server\n"
              "from tests.test_helper_processes import _report\n"
              + refused +
              "r, w = multiprocessing.Pipe(duplex=False)\n"
              "p = start_helper(_report, (w,), name='t'); w.close(); p.join(20)\n"
              "print(p.exitcode, uses_fork_server(), 'forked' if r.recv()[2] != os.getpid() else 'spawned')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_start_that_fails_on_both_ways_leaves_the_fork_server_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork refused for want of processes (EAGAIN: a cgroup's pids.max, systemd's TasksMax) fails the fork server's
    start and the spawn alike: the start fails, and the next one goes to the fork server again."""
    real_start = helper_processes._start
    refusals = 2

    def refused_twice(context, *args: object) -> multiprocessing.process.BaseProcess:
        nonlocal refusals
        if refusals:
            refusals -= 1
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        return real_start(context, *args)

    monkeypatch.setattr(helper_processes, "_start", refused_twice)
    monkeypatch.setattr(helper_processes, "_no_fork_server", False)
    with pytest.raises(OSError) as refused:
        start_helper(os.getpid, (), name="test-helper")
    assert refused.value.errno == errno.EAGAIN and refusals == 0
    assert uses_fork_server()
    helper = start_helper(os.getpid, (), name="test-helper")
    helper.join(20)
    assert helper.exitcode == 0 and uses_fork_server()


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is the Linux and macOS way")
def test_a_closed_pipe_among_the_arguments_fails_that_start_only() -> None:
    """A caller's mistake (a closed pipe handed to a helper) fails on the fork server and spawned alike: the start
    fails, and the next helper still comes from the fork server."""
    done = _refused_start_then_a_helper(
        "r, w = multiprocessing.Pipe(duplex=False)\n"
        "w.close()\n"
        "try:\n"
        "    start_helper(os.getpid, (w,), name='t')\n"
        "except OSError as exc:\n"
        "    print('refused', exc)\n")
    assert done.stdout.splitlines() == ["refused handle is closed", "0 True forked"]
