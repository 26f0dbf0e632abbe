"""Time the token worker: start, login, 40 raw signatures through the worker vs PyKCS11 in-process.

Run: .venv/bin/python bench/bench_token.py  (needs SoftHSM2; creates a throw-away token in a temp dir)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from hocbaso_desktop.token import (
    DEMO_USER_PIN,
    PersonSpec,
    SoftHsmKey,
    TokenClient,
    create_demo_pki,
    create_softhsm_token,
    softhsm_available,
)

SIGNATURES = 40
DATA = os.urandom(1200)  # about the size of CMS signed attributes


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    """Print the timings."""
    if not softhsm_available():
        print("SoftHSM2 is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pki = create_demo_pki(Path(tmp) / "pki", [PersonSpec("gv", "Nguyễn Văn Bench")], now=datetime.now(UTC))
        person = pki.people["gv"]
        token = create_softhsm_token(Path(tmp) / "hsm", "Bench",
                                     keys=[SoftHsmKey(b"\x01", person.private_key, person.certificate_der)])
        starts = []
        for _ in range(3):
            t = time.perf_counter()
            client = TokenClient(token.module_path, env=token.env)
            client.list_tokens()
            starts.append(time.perf_counter() - t)
            client.close()
        with TokenClient(token.module_path, env=token.env) as client:
            client.list_tokens()
            t = time.perf_counter()
            client.login(token.serial, DEMO_USER_PIN)
            login = time.perf_counter() - t
            per_sig = []
            t_all = time.perf_counter()
            for _ in range(SIGNATURES):
                t = time.perf_counter()
                client.sign(token.serial, b"\x01", DATA)
                per_sig.append(time.perf_counter() - t)
            worker_total = time.perf_counter() - t_all
        direct_total, direct_per = _direct(token.module_path, token.env, token.serial)
    print(f"worker start + load + list tokens (median of 3): {_ms(statistics.median(starts))}")
    print(f"login (through worker):                          {_ms(login)}")
    print(f"{SIGNATURES} signatures through the worker:              {_ms(worker_total)}"
          f"  (median {_ms(statistics.median(per_sig))} each)")
    print(f"{SIGNATURES} signatures with PyKCS11 in-process:         {_ms(direct_total)}"
          f"  (median {_ms(statistics.median(direct_per))} each)")
    return 0


def _direct(module_path: str, env: dict[str, str], serial: str) -> tuple[float, list[float]]:
    """The same signatures with PyKCS11 loaded in this process (what the worker saves us from)."""
    import PyKCS11

    os.environ.update(env)
    lib = PyKCS11.PyKCS11Lib()
    lib.load(module_path)
    try:
        slot = next(s for s in lib.getSlotList(tokenPresent=True)
                    if lib.getTokenInfo(s).serialNumber.strip() == serial)
        session = lib.openSession(slot)
        session.login(DEMO_USER_PIN)
        mechanism = PyKCS11.Mechanism(PyKCS11.CKM_SHA256_RSA_PKCS, None)
        per = []
        t_all = time.perf_counter()
        for _ in range(SIGNATURES):
            t = time.perf_counter()
            key = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, b"\x01")])[0]
            session.sign(key, DATA, mechanism)
            per.append(time.perf_counter() - t)
        total = time.perf_counter() - t_all
        session.logout()
        session.closeSession()
        return total, per
    finally:
        lib.unload()


if __name__ == "__main__":
    raise SystemExit(main())
