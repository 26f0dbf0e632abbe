"""The token worker's start target, in a module of its own: the helper process imports only this and the worker.

Were the target in `token.client`, every worker start would also import the client's certificate parsing
(cryptography) and PIN bookkeeping, which the worker never uses (~20 ms of CPU per start).
"""

from __future__ import annotations

from typing import Any

WORKER_MODULE = "hocbaso_desktop.token.worker"  # what a fork server imports once for every worker it forks


def worker_entry(*args: Any) -> None:
    """Helper target; imports the worker (and PyKCS11) only in the child process (or the fork server)."""
    from hocbaso_desktop.token.worker import worker_main

    worker_main(*args)
