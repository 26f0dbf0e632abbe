"""TokenClient against real SoftHSM2 tokens in a worker process."""

from __future__ import annotations

import _ctypes
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hocbaso_desktop.helper_processes import uses_fork_server
from hocbaso_desktop.token import (
    DEMO_USER_PIN,
    DemoPki,
    JsonFileAttemptStore,
    KeyNotFoundError,
    ModuleLoadError,
    NotLoggedInError,
    PinAttemptCounter,
    PinFinalTryError,
    PinIncorrectError,
    TokenClient,
    TokenNotFoundError,
    TokenOperationError,
    TokenTimeoutError,
    TokenWorkerError,
)
from hocbaso_desktop.token import client as client_module
from tests.fixtures.processes import is_fork_server, parent_pid, pidfds_work, wait_until, wait_until_ended
from tests.fixtures.softhsm import KEY_IDS, SoftHsmSet

pytestmark = pytest.mark.token


def _verify(cert_der: bytes, signature: bytes, data: bytes) -> None:
    x509.load_der_x509_certificate(cert_der).public_key().verify(signature, data, padding.PKCS1v15(),
                                                                 hashes.SHA256())


def test_worker_starts_lists_and_stops(softhsm_tokens: SoftHsmSet) -> None:
    client = softhsm_tokens.client()
    tokens = client.list_tokens()
    assert {t.label for t in tokens} == {"GiaoVien", "HieuTruong", "ConDau"}
    assert {t.serial for t in tokens} == {t.serial for t in softhsm_tokens.tokens.values()}
    teacher = next(t for t in tokens if t.label == "GiaoVien")
    assert teacher.manufacturer == "SoftHSM project" and not teacher.pin_locked and not teacher.pin_final_try
    pid = client.worker_pid
    assert pid is not None
    client.close()
    assert client.worker_pid is None


def test_certificates_carry_vietnamese_subject_and_key_id(token_client: TokenClient, softhsm_tokens: SoftHsmSet,
                                                          demo_pki: DemoPki) -> None:
    certs = token_client.list_certificates(softhsm_tokens.tokens["GiaoVien"].serial)
    by_id = {c.key_id: c for c in certs}
    assert set(by_id) == {KEY_IDS["giaovien"], KEY_IDS["hethan"], KEY_IDS["khongky"]}
    teacher = by_id[KEY_IDS["giaovien"]]
    assert teacher.subject_cn == "Nguyễn Thị Hoa – Giáo viên chủ nhiệm"
    assert teacher.issuer_cn == "CA Thử nghiệm Học bạ số – Cấp 2"
    assert teacher.der == demo_pki.people["giaovien"].certificate_der
    assert teacher.key_usage == ("digital_signature", "content_commitment") and teacher.can_sign_documents
    assert teacher.has_private_key
    assert not by_id[KEY_IDS["khongky"]].can_sign_documents
    assert by_id[KEY_IDS["hethan"]].not_after < teacher.not_before


def test_login_sign_and_verify(token_client: TokenClient, softhsm_tokens: SoftHsmSet, demo_pki: DemoPki) -> None:
    serial = softhsm_tokens.tokens["GiaoVien"].serial
    with pytest.raises(NotLoggedInError):
        token_client.sign(serial, KEY_IDS["giaovien"], b"data")
    token_client.login(serial, DEMO_USER_PIN)
    data = "Học bạ số – chữ ký".encode()
    signature = token_client.sign(serial, KEY_IDS["giaovien"], data)
    _verify(demo_pki.people["giaovien"].certificate_der, signature, data)
    # CKM_SHA256_RSA_PKCS is deterministic: the token and the software key give the same bytes.
    assert signature == demo_pki.software_signer("giaovien").sign_raw(data, "sha256")
    token_client.logout(serial)
    with pytest.raises(NotLoggedInError):
        token_client.sign(serial, KEY_IDS["giaovien"], data)


def test_wrong_pin_counts_and_stops_before_the_last_try(softhsm_tokens: SoftHsmSet, tmp_path: Path) -> None:
    serial = softhsm_tokens.tokens["HieuTruong"].serial
    counter = PinAttemptCounter(JsonFileAttemptStore(tmp_path), max_tries=3)
    with softhsm_tokens.client(pin_attempts=counter) as client:
        with pytest.raises(PinIncorrectError) as first:
            client.login(serial, "000000")
        assert first.value.remaining == 2 and "Còn 2 lần thử" in first.value.message
        assert client.token_info(serial).pin_count_low  # SoftHSM sets COUNT_LOW after a wrong PIN
        with pytest.raises(PinIncorrectError) as second:
            client.login(serial, "111111")
        assert second.value.remaining == 1
    # A new program run reads the persisted count and refuses even the right PIN without trying it.
    with softhsm_tokens.client(pin_attempts=PinAttemptCounter(JsonFileAttemptStore(tmp_path))) as client:
        with pytest.raises(PinFinalTryError):
            client.login(serial, DEMO_USER_PIN)
        assert client.token_info(serial).pin_count_low  # still set: no login reached the token
        with pytest.raises(NotLoggedInError):
            client.sign(serial, KEY_IDS["hieutruong"], b"x")
        client.pin_attempts.reset(serial)  # the administrator checked the PIN with the principal
        client.login(serial, DEMO_USER_PIN)
        assert not client.token_info(serial).pin_count_low
        assert client.pin_attempts.failures(serial) == 0


def test_two_tokens_are_chosen_by_serial(token_client: TokenClient, softhsm_tokens: SoftHsmSet,
                                         demo_pki: DemoPki) -> None:
    teacher, principal = softhsm_tokens.tokens["GiaoVien"].serial, softhsm_tokens.tokens["HieuTruong"].serial
    token_client.login(principal, DEMO_USER_PIN)
    signature = token_client.sign(principal, KEY_IDS["hieutruong"], b"ky")
    _verify(demo_pki.people["hieutruong"].certificate_der, signature, b"ky")
    with pytest.raises(NotLoggedInError):  # logging into one token does not log into the other
        token_client.sign(teacher, KEY_IDS["giaovien"], b"ky")
    token_client.login(teacher, DEMO_USER_PIN)
    with pytest.raises(KeyNotFoundError):  # the principal's key is not on the teacher's token
        token_client.sign(teacher, KEY_IDS["hieutruong"], b"ky")
    with pytest.raises(TokenNotFoundError, match="không-có"):
        token_client.login("không-có", DEMO_USER_PIN)


def test_hung_call_is_killed_and_the_worker_restarts(softhsm_tokens: SoftHsmSet) -> None:
    with softhsm_tokens.client(test_ops=True) as client:
        serial = softhsm_tokens.tokens["GiaoVien"].serial
        client.login(serial, DEMO_USER_PIN)
        first_pid = client.worker_pid
        started = time.monotonic()
        with pytest.raises(TokenTimeoutError, match=r"không phản hồi sau 0\.5 giây"):
            client.call("debug_sleep", 30, timeout=0.5)
        assert time.monotonic() - started < 5
        assert client.worker_pid is None
        assert len(client.list_tokens()) == 3  # a fresh worker
        assert client.worker_pid not in (None, first_pid) and client.restarts == 1
        with pytest.raises(NotLoggedInError):  # the new worker has no login: the PIN is asked again
            client.sign(serial, KEY_IDS["giaovien"], b"x")


def _abort_a_waiting_call(client: TokenClient) -> None:
    """A 30 s call aborted from another thread after 0.3 s ends at once, cancelled."""
    timer = threading.Timer(0.3, client.abort)
    timer.start()
    started = time.monotonic()
    with pytest.raises(TokenOperationError, match="Đã hủy"):
        client.call("debug_sleep", 30)
    assert time.monotonic() - started < 5
    timer.join()


def test_abort_cancels_a_waiting_call_from_another_thread(softhsm_tokens: SoftHsmSet) -> None:
    with softhsm_tokens.client(test_ops=True) as client:
        client.list_tokens()
        _abort_a_waiting_call(client)
        assert len(client.list_tokens()) == 3


def test_crashed_worker_is_reported_and_replaced(softhsm_tokens: SoftHsmSet) -> None:
    with softhsm_tokens.client(test_ops=True) as client:
        client.list_tokens()
        with pytest.raises(TokenWorkerError, match="mã 70"):
            client.call("debug_crash")
        assert len(client.list_tokens()) == 3 and client.restarts == 1


def test_app_threads_keep_running_during_a_slow_token_call(softhsm_tokens: SoftHsmSet) -> None:
    """PyKCS11 holds the GIL for a whole key generation; in the worker that does not stop our threads."""
    ticks = 0
    stop = threading.Event()

    def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            time.sleep(0.001)
            ticks += 1

    with softhsm_tokens.client(test_ops=True) as client:
        serial = softhsm_tokens.tokens["ConDau"].serial
        client.login(serial, DEMO_USER_PIN)
        thread = threading.Thread(target=ticker, daemon=True)
        thread.start()
        time.sleep(0.2)
        idle_start, idle_ticks = time.monotonic(), ticks
        time.sleep(0.3)
        idle_rate = (ticks - idle_ticks) / (time.monotonic() - idle_start)
        call_start, call_ticks = time.monotonic(), ticks
        client.call("debug_generate_keypair", serial, 3072)
        duration = time.monotonic() - call_start
        busy_rate = (ticks - call_ticks) / duration
        stop.set()
        thread.join()
    assert duration > 0.1
    # In-process, PyKCS11 would let the ticker advance about once in the whole call (engineering notes
    # §4.1); the margin leaves room for a loaded 2-core CI machine sharing the CPU with the worker.
    assert busy_rate > 0.2 * idle_rate, (busy_rate, idle_rate, duration)
    assert busy_rate * duration > 20


def _recorded_workers(monkeypatch: pytest.MonkeyPatch) -> list:
    """The worker processes the client module starts, in order."""
    started: list = []
    real = client_module.start_helper

    def recording(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(client_module, "start_helper", recording)
    return started


def _gated_module_check(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """Hold the launch at its library check until the event is set; the paths checked, in order."""
    gate, checked = threading.Event(), []
    real = client_module.check_module

    def gated(path: str) -> str | None:
        checked.append(path)
        assert gate.wait(20)
        return real(path)

    monkeypatch.setattr(client_module, "check_module", gated)
    return gate, checked


def test_a_launched_worker_is_used_by_the_first_call(softhsm_tokens: SoftHsmSet, monkeypatch) -> None:
    workers = _recorded_workers(monkeypatch)
    client = softhsm_tokens.client()
    try:
        client.launch()                       # returns at once: the worker starts in the background
        client.launch()                       # a second launch does not start another worker
        wait_until(lambda: client.worker_pid is not None, "the launched worker never started")
        pid = client.worker_pid               # started before any call
        assert {t.label for t in client.list_tokens()} == {"GiaoVien", "HieuTruong", "ConDau"}
        assert client.worker_pid == pid and client.restarts == 0 and [w.pid for w in workers] == [pid]
    finally:
        client.close()
    assert client.worker_pid is None and not workers[0].is_alive()


def test_an_abort_while_the_worker_starts_cancels_the_call_waiting_for_it(softhsm_tokens: SoftHsmSet,
                                                                          monkeypatch) -> None:
    gate, checked = _gated_module_check(monkeypatch)
    workers = _recorded_workers(monkeypatch)
    client = softhsm_tokens.client()
    try:
        client.launch()
        wait_until(lambda: checked, "the launch never began")
        client.abort()                        # e.g. Cancel pressed before the worker has started
        gate.set()
        with pytest.raises(TokenOperationError):
            client.list_tokens()
        assert client.worker_pid is None and len(workers) == 1 and not workers[0].is_alive()
        assert {t.label for t in client.list_tokens()} == {"GiaoVien", "HieuTruong", "ConDau"}  # a fresh worker
        assert len(workers) == 2
    finally:
        gate.set()
        client.close()


def test_closing_while_the_worker_starts_stops_the_worker_it_started(softhsm_tokens: SoftHsmSet,
                                                                     monkeypatch) -> None:
    gate, checked = _gated_module_check(monkeypatch)
    workers = _recorded_workers(monkeypatch)
    client = softhsm_tokens.client()
    client.launch()
    wait_until(lambda: checked, "the launch never began")
    closer = threading.Thread(target=client.close)
    closer.start()
    gate.set()
    closer.join(20)
    assert not closer.is_alive()
    assert len(workers) == 1 and not workers[0].is_alive() and client.worker_pid is None


def test_a_launched_worker_with_a_library_that_is_not_pkcs11_reports_at_the_first_call() -> None:
    # Python's own _ctypes: a real shared library without C_GetFunctionList; launching does not wait for it
    with TokenClient(_ctypes.__file__) as client:
        client.launch()
        with pytest.raises(ModuleLoadError, match="C_GetFunctionList"):
            client.list_tokens()


def test_launching_a_missing_library_says_so_at_the_first_call(tmp_path: Path, monkeypatch) -> None:
    # launch() checks the library in the background; the first call reports what it met, in its place
    gate, checked = _gated_module_check(monkeypatch)
    gate.set()
    missing = str(tmp_path / "khong-co.so")
    with TokenClient(missing) as client:
        client.launch()
        wait_until(lambda: checked, "launch() did not check the library")
        with pytest.raises(ModuleLoadError, match=r"khong-co\.so"):
            client.list_tokens()
        assert checked == [missing] and client.worker_pid is None  # the launch's finding, not a second check


@pytest.mark.skipif(sys.platform != "linux" or not pidfds_work(), reason="/proc, the fork server and pidfds of Linux")
def test_a_worker_whose_fork_server_was_killed_is_still_seen_and_cancelled(softhsm_tokens: SoftHsmSet) -> None:
    # The fork server reports its children's ends; killed (by a user, an out-of-memory killer), it can report
    # nothing and multiprocessing then calls a live worker dead. The client must still see, cancel and stop it.
    assert uses_fork_server()
    with softhsm_tokens.client(test_ops=True) as client:
        client.list_tokens()
        pid = client.worker_pid
        server = parent_pid(pid)
        assert is_fork_server(server)           # forked by the fork server (checked before it is killed)
        os.kill(server, signal.SIGKILL)
        wait_until_ended(server, "the fork server did not die")
        assert client.worker_pid == pid         # still running, still the one in use
        _abort_a_waiting_call(client)
        wait_until_ended(pid, "the cancelled worker kept running")
        assert len(client.list_tokens()) == 3  # a new worker from a new fork server
        second = client.worker_pid
        assert second != pid and parent_pid(second) not in (server, os.getpid())
    wait_until_ended(second, "close() left the worker running")
