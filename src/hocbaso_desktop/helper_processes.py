"""Helper processes (the token worker, the spreadsheet reader): forked from a fork server where the system has one.

A spawned process is a new interpreter that imports multiprocessing and its own modules at every start (≈ 70 ms
of CPU for the token worker); a program that restarts its worker after a timeout or a pulled token, or reads
one spreadsheet after another, pays that each time. On Linux and macOS the first helper starts a fork server
instead: a fresh single-threaded interpreter (never a fork of this process, which may have Qt threads) that
imports the helpers' modules once and forks each later helper from itself (≈ 5 ms). Windows and a frozen
build spawn, as before, and so does a process whose fork server cannot start (no usable temporary folder).

A forked helper inherits the fork server's environment, fixed when the server started; multiprocessing sends
the working folder and `sys.path` of each start, and `start_helper` sends the environment, so a helper sees
this process's settings as they are when it starts (SOFTHSM2_CONF, TMPDIR). What else a process inherits stays
as it was when the server started: the umask and the signals set to be ignored (the program changes neither),
and the server holds the folder it started in open until the program ends.

The helpers' modules are named with `preload_in_fork_server` when the modules that start them are imported, so
the server imports all of them whichever helper starts it.

The fork server also reports each of its helpers' ends. Killed (by a user, by an out-of-memory killer), it reports
none, and multiprocessing then calls a helper that still runs ended (code 255). So on Linux a `Helper` also holds
a pidfd of its process, which names that process whatever became of the server: it is still seen, waited for
and killed (a token worker holding a logged-in session must not be left running). A server killed while it starts
a helper is replaced by a new one; only a server that cannot start or fork here, where a spawn can, leaves the
process spawning (a start that fails for want of file descriptors, memory or processes, or for a caller's mistake,
fails as a spawn would, and leaves the server in use). A helper runs only on its starter's go-ahead, so one that
a dying server forked but never reported does not run beside the one started again. A helper that ends after its
server died has lost its exit code (`EXIT_CODE_LOST`).
"""

from __future__ import annotations

import errno
import logging
import math
import multiprocessing
import os
import select
import signal
import sys
import time
import weakref
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

log = logging.getLogger(__name__)

_preload: list[str] = []  # the helpers' modules, imported once by the fork server when it starts
_no_fork_server = False  # set when the fork server could not start here: helpers are spawned
_pidfd_refused = False   # logged once: the system gave no pidfd for a helper

NEW_SERVER_WAIT = 1.0     # seconds for a dying fork server's end to be seen (it takes milliseconds)
_DROPPED_STARTS = 3       # starts taken and dropped after the first before helpers are spawned

# Failures of this process's own limits, not of the fork server: out of file descriptors (a leak, a small ulimit) or
# memory. The start fails as a spawn would, and the next start tries the fork server again.
_OWN_LIMITS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOMEM})

# The exit code multiprocessing gives a helper whose fork server died before the helper ended: the real one is lost.
EXIT_CODE_LOST = 255


def uses_fork_server() -> bool:
    """True where helpers are forked from a fork server (Linux, macOS; not Windows nor a frozen build)."""
    return sys.platform != "win32" and not getattr(sys, "frozen", False) and not _no_fork_server and \
        "forkserver" in multiprocessing.get_all_start_methods()


def preload_in_fork_server(module: str) -> None:
    """Have the fork server import `module` (a helper's code) once, when it starts."""
    if module not in _preload:
        _preload.append(module)


def _context() -> BaseContext:
    """The multiprocessing context for helpers: the fork server (importing the helpers' modules), or spawn."""
    if not uses_fork_server():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # read when the server starts: a module named after that is imported by each helper after its fork
    context.set_forkserver_preload(list(_preload))
    return context


class Helper:
    """A started helper process: `is_alive`, `join`, `kill`, `exitcode` and `pid` as multiprocessing's, true to
    the process itself also after the fork server that forked it has died."""

    def __init__(self, process: BaseProcess) -> None:
        self.process = process
        self._pidfd: int | None = None
        if hasattr(os, "pidfd_open") and process.pid is not None:
            try:
                pidfd = os.pidfd_open(process.pid)
            except OSError as exc:  # a kernel before 5.3, a sandbox forbidding it, a helper already reaped
                _no_pidfd(exc)
            else:
                if process.exitcode is not None:  # ended and reaped before the pidfd: it may name another process
                    os.close(pidfd)
                else:
                    self._pidfd = pidfd
                    # closed with the Helper; not at interpreter exit, where a daemon thread may still be asking
                    weakref.finalize(self, os.close, pidfd).atexit = False

    @property
    def pid(self) -> int | None:
        """The process id."""
        return self.process.pid

    @property
    def exitcode(self) -> int | None:
        """None while the helper runs, else its exit code (EXIT_CODE_LOST when its fork server died first)."""
        return None if self.is_alive() else self.process.exitcode

    def is_alive(self) -> bool:
        """True while the helper's process runs."""
        return self.process.is_alive() or (self._pidfd is not None and not self._ended(0))

    def join(self, timeout: float | None = None) -> None:
        """Wait for the helper's end, at most `timeout` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        self.process.join(timeout)
        if self._pidfd is not None:  # returns at once when the fork server is gone: wait on the process itself
            self._ended(None if deadline is None else max(0.0, deadline - time.monotonic()))

    def kill(self) -> None:
        """Kill the helper (SIGKILL; TerminateProcess on Windows)."""
        if self._pidfd is None:
            self.process.kill()  # does nothing once multiprocessing holds an exit code, true or not
            return
        try:  # the process itself, never a later one given its pid
            signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
        except ProcessLookupError:  # it has ended
            pass
        except OSError as exc:      # a sandbox allowing pidfd_open but not the signal
            _no_pidfd(exc)
            self.process.kill()

    def _ended(self, timeout: float | None) -> bool:
        # a pidfd becomes readable when its process ends; poll, since select cannot watch a descriptor past 1023
        poller = select.poll()
        poller.register(self._pidfd, select.POLLIN)
        events = poller.poll(None if timeout is None else math.ceil(timeout * 1000))
        return any(mask & select.POLLIN for _, mask in events)


def _no_pidfd(exc: OSError) -> None:
    """Log once that helpers are followed through the fork server only (as multiprocessing does)."""
    global _pidfd_refused
    if not _pidfd_refused:
        _pidfd_refused = True
        log.info("no pidfd for helper processes (%s); following them through the fork server", exc)


def start_helper(target: Callable[..., Any], args: tuple[Any, ...], *, name: str) -> Helper:
    """Start `target(*args)` in a daemon helper process with this process's environment."""
    global _no_fork_server
    if not uses_fork_server():
        return Helper(_start(_context(), target, args, name))
    try:
        process = _start_forked(target, args, name)
    except (OSError, EOFError) as exc:  # a temporary folder that cannot hold its socket, a server that cannot fork
        if isinstance(exc, OSError) and exc.errno in _OWN_LIMITS:
            raise
        log.warning("no fork server for helper processes (%s); spawning them", exc)
        process = _start(multiprocessing.get_context("spawn"), target, args, name)
        _no_fork_server = True  # only once a spawn works where the fork server did not (not for EAGAIN at fork)
    return Helper(process)


def _start_forked(target: Callable[..., Any], args: tuple[Any, ...], name: str) -> BaseProcess:
    """Start the helper on the fork server; on a new one if the server died while starting it."""
    try:
        return _start(_context(), target, args, name)
    except (ConnectionError, EOFError) as exc:  # killed, out of memory: an end of file or a broken pipe
        log.warning("a helper did not start on the fork server (%s); trying a new server", exc)
    deadline, dropped = time.monotonic() + NEW_SERVER_WAIT, 0
    while True:
        try:
            return _start(_context(), target, args, name)
        except ConnectionRefusedError:
            # the dead server's socket: multiprocessing starts a new server only once it has seen the old one end
            if time.monotonic() >= deadline:
                raise
        except (ConnectionError, EOFError):
            # the dying server took the start and dropped it; a new server that does the same each time (one that
            # cannot fork, or dies loading a library) is not started again and again
            dropped += 1
            if dropped >= _DROPPED_STARTS or time.monotonic() >= deadline:
                raise
        time.sleep(0.02)


def _start(context: BaseContext, target: Callable[..., Any], args: tuple[Any, ...], name: str) -> BaseProcess:
    # A fork server killed between forking a helper and answering leaves that helper running, unknown here, with
    # the same arguments (pipes) as the one started again: each start gets its own go-ahead, sent only once the
    # start has succeeded, and a helper whose go-ahead pipe closes without it ends before doing anything.
    go_ahead_reader, go_ahead = context.Pipe(duplex=False)
    process = context.Process(target=_helper_main, args=(dict(os.environ), go_ahead_reader, target, args),
                              daemon=True, name=name)
    try:
        process.start()
        go_ahead.send(True)
    finally:
        go_ahead_reader.close()
        go_ahead.close()
    return process


def _helper_main(environment: Mapping[str, str], go_ahead: Connection, target: Callable[..., Any],
                 args: tuple[Any, ...]) -> None:
    """The helper's first steps: wait for the starter's go-ahead, take its environment (vendor libraries read it
    at load), run."""
    try:
        go_ahead.recv()
    except EOFError:  # a start that failed after this process was forked: the starter does not know it
        return
    finally:
        go_ahead.close()
    if os.environ != environment:
        os.environ.clear()
        os.environ.update(environment)
    target(*args)


__all__ = ["EXIT_CODE_LOST", "Helper", "preload_in_fork_server", "start_helper", "uses_fork_server"]
