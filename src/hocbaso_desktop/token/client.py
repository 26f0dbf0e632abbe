"""The app side of the token layer: `TokenClient` talks to the worker process with per-call timeouts.

The worker is a helper process (`helper_processes`): forked from a fork server on Linux and macOS, spawned
on Windows, never a fork of this process (which may have Qt threads). A frozen (PyInstaller) entry point must
call ``multiprocessing.freeze_support()`` first thing under ``if __name__ == "__main__":``, or the spawned
worker would start a second program.
A call that does not answer in time gets the worker killed (TokenTimeoutError); a worker that dies
(a crashing vendor DLL) gives TokenWorkerError. In both cases the next call starts a fresh worker,
whose token has no login: the person is asked for the PIN again, never silently.

Thread safety: one call at a time (an internal lock); waiting on the pipe releases the GIL, so a
QThread may call the client while the interface keeps painting.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.helper_processes import Helper, preload_in_fork_server, start_helper
from hocbaso_desktop.token import errors as err
from hocbaso_desktop.token._entry import WORKER_MODULE, worker_entry
from hocbaso_desktop.token.certinfo import certificate_info
from hocbaso_desktop.token.modules import check_module, default_module, list_modules
from hocbaso_desktop.token.pin_attempts import PinAttemptCounter, check_login_allowed
from hocbaso_desktop.token.types import CertificateInfo, ModuleInfo, TokenInfo

log = logging.getLogger(__name__)
preload_in_fork_server(WORKER_MODULE)

ENUMERATION_TIMEOUT = 10.0
PIN_PAD_TIMEOUT = 120.0
_START_TIMEOUT = 20.0


class TokenClient:
    """Client of one token worker process bound to one PKCS#11 module."""

    def __init__(self, module_path: str | None = None, *, env: Mapping[str, str] | None = None,
                 timeout: float = 30.0, pin_attempts: PinAttemptCounter | None = None,
                 extra_modules: Iterable[str] = (), provisioning: bool = False, test_ops: bool = False) -> None:
        self.configured_module = module_path
        self.env = dict(env or {})
        self.timeout = timeout
        self.pin_attempts = pin_attempts if pin_attempts is not None else PinAttemptCounter()
        self.extra_modules = tuple(extra_modules)
        self._provisioning = provisioning
        self._test_ops = test_ops
        self._lock = threading.RLock()
        self._proc: Helper | None = None
        self._conn: Any = None
        self.restarts = 0  # workers started after the first (timeouts, crashes)
        self._started = 0
        self._aborted = False
        self._loading: str | None = None  # a launched worker whose load result is not read yet
        self._launcher: threading.Thread | None = None  # `launch` starting the worker in the background
        self._launch_error: BaseException | None = None

    # --- lifecycle ---------------------------------------------------------------------------------
    @property
    def module_path(self) -> str | None:
        """The module the worker loads: the configured one or the first discovered loadable one."""
        return default_module(self.configured_module)

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id, or None when no worker runs."""
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    def launch(self) -> None:
        """Start the worker on a background thread: it starts and loads the module while the caller goes on.

        A command calls this as soon as it knows the module, so the worker's start (the fork server's first start
        ≈ 60 ms, a spawned interpreter ≈ 0.1 s) overlaps the command's own imports instead of adding to them (issue
        18). The first call waits for it and reports what went wrong (no module, a module that does not load).
        """
        with self._lock:
            if self._proc is None and self._launcher is None:
                self._launcher = threading.Thread(target=self._launch_in_background, name="hocbaso-token-launch",
                                                  daemon=True)
                self._launcher.start()

    def _launch_in_background(self) -> None:
        try:
            self._launch_worker()
        except Exception as exc:  # reported by the first call, in its place (a missing module, no process left)
            self._launch_error = exc

    def _launched(self) -> None:
        """Wait for a background launch to end (the caller holds the lock) and raise what it met.

        An `abort()` that came while the worker was starting cancels the call that waited for it.
        """
        launcher = self._launcher
        if launcher is None:
            return
        launcher.join()
        self._launcher = None
        error, self._launch_error = self._launch_error, None
        if error is not None:
            raise error
        if self._aborted:
            self._aborted = False
            self._stop(kill=True)
            raise _cancelled()

    def _start(self) -> None:
        """Start a worker and wait for its load result."""
        self._launch_worker()
        self._await_start()

    def _launch_worker(self) -> None:
        """Start the worker process (checked module); its load result is read by `_await_start`."""
        path = self.module_path
        if path is None:
            raise err.ModuleLoadError(_("Không tìm thấy phần mềm thiết bị ký (thư viện PKCS#11) nào trên máy này. Hãy "
                                        "cài phần mềm của nhà cung cấp thiết bị ký hoặc chỉ ra đường dẫn thư viện."))
        problem = check_module(path)
        if problem:
            raise err.ModuleLoadError(problem)
        parent, child = multiprocessing.Pipe()
        try:
            proc = start_helper(worker_entry, (child, path, self.env, self._provisioning, self._test_ops),
                                name="hocbaso-token-worker")
        except BaseException:
            parent.close()
            raise
        finally:
            child.close()
        self._proc, self._conn, self._loading = proc, parent, path
        if self._started:
            self.restarts += 1
        self._started += 1

    def _await_start(self) -> None:
        """Read the started worker's load result (a module that crashes or refuses to load is reported)."""
        path, self._loading = self._loading, None
        try:
            kind, value = self._receive("start", _START_TIMEOUT)
        except err.TokenWorkerError:
            raise err.ModuleLoadError(_("Phần mềm thiết bị ký (thư viện PKCS#11) {path} làm tiến trình dừng ngay khi "
                                        "nạp; hãy cài lại phần mềm của thiết bị ký.", path=path)) from None
        if kind == "load":
            self._stop(kill=True)
            raise err.module_load_error(path, *value)

    def _stop(self, *, kill: bool) -> None:
        """End the worker: politely (quit) or by killing it."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = self._loading = None
        if proc is None:
            return
        if not kill and proc.is_alive():
            try:
                conn.send(("quit", ()))
                if conn.poll(5.0):
                    conn.recv()
            except (OSError, EOFError) as exc:
                log.info("token worker already gone at quit: %s", exc)
            proc.join(5.0)
        if proc.is_alive():
            proc.kill()
            proc.join()
        conn.close()

    def abort(self) -> None:
        """Cancel the call in progress from another thread (e.g. a PIN-pad dialog's Cancel) by killing the worker.

        The waiting call raises TokenOperationError ("cancelled"); the next call starts a new worker.
        """
        if self._launcher is not None:  # the worker is still starting: the call waiting for it is cancelled
            self._aborted = True
        proc = self._proc
        if proc is not None and proc.is_alive():
            self._aborted = True
            proc.kill()

    def close(self) -> None:
        """Stop the worker (logging out every token)."""
        with self._lock:
            try:
                self._launched()
            except Exception as exc:  # a launch nobody used: nothing to stop
                log.info("token worker launched for nothing: %s", type(exc).__name__)
            self._stop(kill=False)

    def __enter__(self) -> TokenClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport ---------------------------------------------------------------------------------
    def _receive(self, op: str, timeout: float) -> tuple[str, Any]:
        """Wait for one answer; kill the worker on timeout or report its death."""
        conn, proc = self._conn, self._proc
        try:
            ready = conn.poll(timeout)
            if ready:
                return conn.recv()
        except (EOFError, OSError):
            proc.join(2.0)
            code = proc.exitcode
            self._stop(kill=True)
            if self._aborted:
                self._aborted = False
                raise _cancelled() from None
            raise err.TokenWorkerError(_("Tiến trình làm việc với thiết bị ký đã dừng bất thường (mã {code}). "
                                         "Thư viện của thiết bị ký có thể bị lỗi; hãy thử lại.", code=code)) from None
        log.warning("token worker did not answer %s within %.1f s; killing it", op, timeout)
        self._stop(kill=True)
        raise err.TokenTimeoutError(_("Thiết bị ký không phản hồi sau {s} giây. Đã dừng thao tác; hãy rút thiết "
                                      "bị ra, cắm lại và thử lại.", s=f"{timeout:g}"))

    def call(self, op: str, *args: Any, timeout: float | None = None) -> Any:
        """Run one worker operation and return its value, or raise the mapped TokenError."""
        with self._lock:
            self._launched()
            if self._proc is None or not self._proc.is_alive():
                if self._proc is not None:
                    self._stop(kill=True)
                self._start()
            elif self._loading is not None:
                self._await_start()
            try:
                self._conn.send((op, args))
            except (OSError, EOFError):
                self._stop(kill=True)
                raise err.TokenWorkerError(_("Mất kết nối với tiến trình làm việc với thiết bị ký; hãy thử lại.")) \
                    from None
            kind, value = self._receive(op, self.timeout if timeout is None else timeout)
        if kind == "ok":
            return value
        if kind == "p11":
            code, name = value
            raise err.map_ckr(code, name)
        if kind == "tok":
            raise _token_error(*value, serial=args[0] if args and isinstance(args[0], str) else "")
        log.error("token worker failed on %s:\n%s", op, value)
        raise err.TokenWorkerError(_("Lỗi nội bộ khi làm việc với thiết bị ký ({op}).", op=op))

    # --- public API --------------------------------------------------------------------------------
    def list_modules(self) -> list[ModuleInfo]:
        """The configured module and the known vendor modules found on this machine."""
        return list_modules(self.configured_module, self.extra_modules)

    def list_tokens(self) -> list[TokenInfo]:
        """The tokens plugged in now (slot ids are informative only; select by serial)."""
        return self.call("list_tokens", timeout=min(self.timeout, ENUMERATION_TIMEOUT))

    def refresh(self) -> list[TokenInfo]:
        """Re-initialise the module (newly plugged tokens appear; every login is lost) and list tokens."""
        self.call("reload", timeout=min(self.timeout, ENUMERATION_TIMEOUT))
        return self.list_tokens()

    def token_info(self, serial: str) -> TokenInfo:
        """The current info (and PIN flags) of the token with this serial."""
        return self.call("token", serial, timeout=min(self.timeout, ENUMERATION_TIMEOUT))

    def list_certificates(self, serial: str) -> list[CertificateInfo]:
        """The X.509 certificates on the token, each with the CKA_ID of its private key."""
        raw = self.call("certificates", serial, timeout=min(self.timeout, ENUMERATION_TIMEOUT))
        return [certificate_info(der, key_id, label, has_key) for der, key_id, label, has_key in raw]

    def login(self, serial: str, pin: str | None) -> None:
        """Log in with `pin`, or on the reader's PIN pad when `pin` is None.

        Refuses without trying (PinFinalTryError, PinLockedError) when the token reports its final try
        or a lock, or when the program's own count has reached the last try. A wrong PIN is counted and
        raises PinIncorrectError with the tries left.
        """
        token = self.token_info(serial)
        check_login_allowed(token, self.pin_attempts.failures(serial), self.pin_attempts.max_tries)
        if pin is None and not token.protected_auth_path:
            raise err.PinIncorrectError(_("Chưa nhập mã PIN."))
        timeout = max(self.timeout, PIN_PAD_TIMEOUT) if pin is None else self.timeout
        try:
            self.call("login", serial, pin, timeout=timeout)
        except err.PinFormatError:
            raise
        except err.PinIncorrectError:
            self.pin_attempts.record_failure(serial)
            remaining = self.pin_attempts.remaining(self._token_after_failure(token))
            raise err.map_ckr(err.CKR_PIN_INCORRECT, remaining=remaining) from None
        self.pin_attempts.reset(serial)

    def _token_after_failure(self, before: TokenInfo) -> TokenInfo:
        """Re-read the flags after a wrong PIN (they may now say final try); fall back to the old info."""
        try:
            return self.token_info(before.serial)
        except err.TokenError as exc:
            log.info("could not re-read token flags after a wrong PIN: %s", exc)
            return before

    def sign(self, serial: str, key_id: bytes, data: bytes, digest_algorithm: str = "sha256") -> bytes:
        """PKCS#1 v1.5 signature over `data` with the key `key_id` (the token must be logged in)."""
        return self.call("sign", serial, bytes(key_id), bytes(data), digest_algorithm.lower())

    def decrypt(self, serial: str, key_id: bytes, ciphertext: bytes) -> bytes:
        """RSA-OAEP decryption by the key `key_id` (the token must be logged in); KeyCannotDecryptError when the key
        may only sign or the token has no RSA-OAEP."""
        try:
            return self.call("decrypt", serial, bytes(key_id), bytes(ciphertext))
        except err.TokenOperationError as exc:
            if exc.ckr in (err.CKR_KEY_FUNCTION_NOT_PERMITTED, err.CKR_KEY_TYPE_INCONSISTENT):
                raise err.KeyCannotDecryptError(_(
                    "Khoá của chứng thư này trên thiết bị ký chỉ dùng để ký, không dùng để giải mã (thuộc tính "
                    "CKA_DECRYPT tắt). Gói mã hoá cho chứng thư này không mở được bằng thiết bị: hãy đề nghị trường "
                    "gửi chỉ niêm phong, hoặc gửi chứng thư của một khoá được phép giải mã.")) from exc
            if exc.ckr == err.CKR_MECHANISM_INVALID:
                raise err.KeyCannotDecryptError(_(
                    "Thiết bị ký không hỗ trợ giải mã RSA-OAEP nên không mở được gói đã mã hoá; hãy đề nghị trường "
                    "gửi chỉ niêm phong.")) from exc
            raise

    def logout(self, serial: str) -> None:
        """Log out of the token and close its session."""
        self.call("logout", serial, timeout=min(self.timeout, ENUMERATION_TIMEOUT))


def _cancelled() -> err.TokenOperationError:
    """The error of a call cancelled by `abort()`."""
    return err.TokenOperationError(_("Đã hủy thao tác trên thiết bị ký."))


def _token_error(name: str, detail: str, *, serial: str) -> err.TokenError:
    """Rebuild a token error raised inside the worker, with a Vietnamese message."""
    if name == "TokenNotFoundError":
        return err.TokenNotFoundError(_("Không tìm thấy thiết bị ký có số sê-ri {serial}. Hãy cắm thiết bị vào "
                                        "máy.", serial=serial))
    if name == "TokenRemovedError" and detail == "removed":
        return err.TokenRemovedError(_("Thiết bị ký {serial} đã bị rút ra. Hãy cắm lại, đăng nhập (nhập PIN) và "
                                       "tiếp tục từ tài liệu chưa ký.", serial=serial))
    if name == "TokenRemovedError":
        return err.TokenRemovedError(_("Phiên làm việc với thiết bị ký {serial} đã bị đóng. Hãy đăng nhập lại "
                                       "(nhập PIN) và tiếp tục từ tài liệu chưa ký.", serial=serial))
    if name == "NotLoggedInError":
        return err.NotLoggedInError(_("Cần đăng nhập thiết bị ký {serial} (nhập PIN) trước khi ký.", serial=serial))
    if name == "KeyNotFoundError":
        return err.KeyNotFoundError(_("Không tìm thấy khóa bí mật ứng với chứng thư số (mã khóa {key}) trên "
                                      "thiết bị ký.", key=detail))
    cls = getattr(err, name, err.TokenOperationError)
    return cls(detail) if issubclass(cls, err.TokenError) else err.TokenOperationError(detail)
