"""The token worker process: owns the PyKCS11 module and answers requests from `TokenClient` over a pipe.

PyKCS11 holds the GIL during every PKCS#11 call (engineering notes §4.1), so the module lives in its own
process. Protocol: the client sends ``(op, args)``; the worker answers ``("ok", value)``,
``("p11", (ckr_code, ckr_name))`` for a PKCS#11 failure, ``("tok", (error_class_name, detail))`` for
a token error raised here, or ``("err", traceback_text)`` for a bug. Only codes, names, bytes and
plain dataclasses cross the pipe, never PyKCS11 handles or exception objects. The first message is
the load result: ``("ok", "ready")`` or ``("load", (code, text))``.
"""

from __future__ import annotations

import logging
import os
import signal
import time
import traceback
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any

import PyKCS11

from hocbaso_desktop.token._pkcs11 import Pkcs11Module
from hocbaso_desktop.token.errors import TokenError

log = logging.getLogger(__name__)


def _handlers(module: Pkcs11Module, *, provisioning: bool, test_ops: bool) -> dict[str, Callable[..., Any]]:
    """The operations this worker answers."""
    ops: dict[str, Callable[..., Any]] = {
        "list_tokens": module.tokens,
        "token": module.token,
        "certificates": module.certificates,
        "login": module.login,
        "logout": module.logout,
        "sign": module.sign,
        "decrypt": module.decrypt_oaep,
        "reload": module.reload,
        "ping": lambda: os.getpid(),
    }
    if provisioning or test_ops:  # making tokens needs cryptography: not loaded at every worker start
        from hocbaso_desktop.token import _provision
    if provisioning:
        ops["init_token"] = lambda label, so_pin, pin: _provision.init_token(module, label, so_pin, pin)
        ops["import_keys"] = lambda serial, pin, keys: _provision.import_keys(module, serial, pin, keys)
    if test_ops:
        ops["debug_sleep"] = time.sleep
        ops["debug_crash"] = lambda: os._exit(70)
        ops["debug_generate_keypair"] = lambda serial, bits: _provision.generate_session_keypair(module, serial, bits)
        ops["debug_close_all_sessions"] = lambda serial: module.lib.closeAllSessions(module.token(serial).slot)
    return ops


def worker_main(conn: Connection, module_path: str, env: Mapping[str, str], provisioning: bool = False,
                test_ops: bool = False) -> None:
    """Entry point of the worker process (a helper process: forked from a fork server, or spawned)."""
    # Ctrl-C belongs to the app, which stops the worker itself; a KeyboardInterrupt here would only
    # print a second traceback from the child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Vendor settings such as SOFTHSM2_CONF are read at C_Initialize, so they must be set before load().
    os.environ.update(env)
    try:
        module = Pkcs11Module(module_path)
    except PyKCS11.PyKCS11Error as exc:
        # The code tells the client what went wrong: -4 no C_GetFunctionList (not a PKCS#11 library), a CKR_*
        # from C_Initialize (a module that needs a service, such as opencryptoki's pkcsslotd).
        conn.send(("load", (int(exc.value), str(exc))))
        conn.close()
        return
    conn.send(("ok", "ready"))
    ops = _handlers(module, provisioning=provisioning, test_ops=test_ops)
    try:
        _serve(conn, ops)
    finally:
        module.close()
        conn.close()


def _serve(conn: Connection, ops: dict[str, Callable[..., Any]]) -> None:
    """Answer requests until "quit" or until the client end of the pipe closes."""
    while True:
        try:
            op, args = conn.recv()
        except EOFError:
            return
        if op == "quit":
            conn.send(("ok", None))
            return
        handler = ops.get(op)
        if handler is None:
            conn.send(("err", f"unknown operation {op!r}"))
            continue
        try:
            reply: tuple[str, Any] = ("ok", handler(*args))
        except PyKCS11.PyKCS11Error as exc:
            reply = ("p11", (int(exc.value), PyKCS11.CKR.get(exc.value, "") if exc.value >= 0 else str(exc)))
        except TokenError as exc:
            reply = ("tok", (type(exc).__name__, exc.message))
        except Exception:  # a bug in the worker: hand the traceback to the app, which logs it
            reply = ("err", traceback.format_exc())
        conn.send(reply)
