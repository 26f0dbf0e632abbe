"""Benchmark: a class signed through the reference CSC service vs the same class signed in one step.

Remote: `remote_issuance.prepare_batch` (placeholders and signed attributes, offline) then `send_batch`
(authorize + signHash over HTTP on 127.0.0.1 in chunks of `multisign`, checks, embedding, one transaction).
One step: `issuance.sign_batch` with a software key of the same size (no network). Same school shape, same
class size, fresh copies of the school for each run.

    .venv/bin/python bench/bench_remote_signing.py [--students 30] [--multisign 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.csc_service import (  # noqa: E402 - the repository root goes on the path first
    CSC_CLIENT_ID,
    CSC_CLIENT_SECRET,
    CSC_PIN,
    CSC_USER,
    make_csc_service,
)
from tests.fixtures.signing import build_school  # noqa: E402

from hocbaso_desktop.remote import Secrets  # noqa: E402
from hocbaso_desktop.signing import issuance, remote_issuance, remote_setup  # noqa: E402
from hocbaso_desktop.signing.certificates import bind_certificate  # noqa: E402
from hocbaso_desktop.storage import trust_repo  # noqa: E402
from hocbaso_desktop.token import DEFAULT_PEOPLE, create_demo_pki  # noqa: E402
from hocbaso_server.csc import CscHttpServer, make_service_pki  # noqa: E402


def _school(folder: Path, pki, service_pki, url: str, students: int, *, remote: bool):
    school = build_school(folder / "truong.hocbaso", pki, n_students=students)
    admin = school.session("quantri")
    if remote:
        trust_repo.add_anchor(school.db, service_pki.root_der, subject="CSC", actor="quantri", at="2026-01-01")
        remote_setup.add_service(admin, name="csc", url=url, client_id=CSC_CLIENT_ID, client_secret=CSC_CLIENT_SECRET)
        remote_setup.bind_remote(admin, username="gvcn.4a", role="gvcn", service_name="csc", remote_user=CSC_USER)
    else:
        bind_certificate(admin, username="gvcn.4a", role="gvcn", cert_der=pki.people["giaovien"].certificate_der,
                         chain_der=pki.chain_der, key_id="01", token_serial="SOFT", module_path="")
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    return school, session, issuance.plan_batch(session, school.class_id, "gvcn")


def main() -> int:
    """Print the medians of both paths."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--multisign", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pki = create_demo_pki(Path(tmp) / "pki", DEFAULT_PEOPLE, now=datetime.now(UTC))
        service_pki = make_service_pki({CSC_USER: "Nguyễn Thị Hoa", "gv.other": "Trần Văn Khác"})
        remote_times, prepare_times, local_times = [], [], []
        for run in range(args.runs):
            service = make_csc_service(service_pki, multisign=args.multisign)
            with CscHttpServer(service) as server:
                school, session, plan = _school(Path(tmp) / f"r{run}", pki, service_pki, server.base_url(),
                                                args.students, remote=True)
                start = time.perf_counter()
                batch = remote_issuance.prepare_batch(session, plan)
                prepared = time.perf_counter()
                binding = remote_issuance.remote_binding(session, "gvcn")
                with remote_setup.open_signer(session, binding, Secrets(pin=CSC_PIN)) as signer:
                    result = remote_issuance.send_batch(session, batch, signer)
                remote_times.append(time.perf_counter() - start)
                prepare_times.append(prepared - start)
                assert result.signed == args.students and service.violations == []
                school.db.close()
            school, session, plan = _school(Path(tmp) / f"l{run}", pki, service_pki, "", args.students, remote=False)
            start = time.perf_counter()
            assert issuance.sign_batch(session, plan, pki.software_signer("giaovien")).signed == args.students
            local_times.append(time.perf_counter() - start)
            school.db.close()
    remote, local = statistics.median(remote_times), statistics.median(local_times)
    print(f"{args.students} pages, multisign {args.multisign}: remote {remote:.2f} s "
          f"(prepare {statistics.median(prepare_times):.2f} s), one step {local:.2f} s, ratio {remote / local:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
