"""Benchmark: issuing a class of 40 through the real path vs a bare pyHanko + PyKCS11 loop.

A) the issuance path: for each role (GVCN, principal, seal) open a session, plan, log in to the token
   through the worker process (one PIN), sign 40 pages with one DB transaction each; the last role also
   issues (blob, QR signed on the token, outbox). Locking/rendering is timed separately.
B) the bare loop: the same 40 unsigned PDFs, signed by pyHanko in this process with a PyKCS11 signer
   on the same SoftHSM tokens (payload embedded by the first signature, and the same visible Noto Serif
   stamp in each role's box, as in A).
Goal: A ≤ 1.3 × B.   Run: PYTHONPATH=src .venv/bin/python bench/bench_signing.py [--students 40]
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from pathlib import Path

from asn1crypto import algos, x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore


class Pkcs11Signer(signers.Signer):
    """A pyHanko Signer calling PyKCS11 directly in this process (the baseline)."""

    def __init__(self, session, key, cert_der: bytes, chain: list[bytes]) -> None:
        import PyKCS11

        self._session, self._key = session, key
        self._mech = PyKCS11.Mechanism(PyKCS11.CKM_SHA256_RSA_PKCS, None)
        super().__init__(signing_cert=x509.Certificate.load(cert_der),
                         cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c) for c in chain]),
                         signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}))

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if dry_run:
            return bytes(256)
        return bytes(self._session.sign(self._key, data, self._mech))


def bare_loop(pdfs: list[tuple[bytes, bytes]], tokens: list[tuple[str, bytes, tuple[bytes, ...]]], pin: str,
              conf: str) -> float:
    """Sign every PDF three times with in-process PyKCS11 signers; return the seconds taken."""
    os.environ["SOFTHSM2_CONF"] = conf
    from datetime import UTC, datetime

    import PyKCS11

    from hocbaso_desktop.signing.pdf_signer import (
        FIELD_NAMES,
        PayloadAttachment,
        VisibleStamp,
        _embed_payload,
        stamp_style,
    )
    from hocbaso_desktop.token import SOFTHSM_MODULE

    start = time.perf_counter()
    lib = PyKCS11.PyKCS11Lib()
    lib.load(SOFTHSM_MODULE)
    by_serial = {lib.getTokenInfo(s).serialNumber.strip(): s for s in lib.getSlotList(tokenPresent=True)}
    sessions = []
    for serial, cert_der, chain in tokens:
        session = lib.openSession(by_serial[serial])
        session.login(pin)
        key = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, (1,))])[0]
        sessions.append(Pkcs11Signer(session, key, cert_der, list(chain)))
    roles = ("gvcn", "principal", "seal")
    import hashlib
    for pdf, payload in pdfs:
        for i, signer in enumerate(sessions):
            w = IncrementalPdfFileWriter(io.BytesIO(pdf))
            if i == 0:
                _embed_payload(w, PayloadAttachment(payload, hashlib.sha256(payload).hexdigest(), "x", 1))
            meta = signers.PdfSignatureMetadata(field_name=FIELD_NAMES[roles[i]], md_algorithm="sha256",
                                                subfilter=fields.SigSeedSubFilter.PADES)
            out = io.BytesIO()
            text = VisibleStamp("Người ký", roles[i], datetime.now(UTC)).text()
            signers.PdfSigner(meta, signer=signer, stamp_style=stamp_style()).sign_pdf(
                w, output=out, appearance_text_params={"noidung": text})
            pdf = out.getvalue()
    return time.perf_counter() - start


def main() -> None:
    """Run both measurements and print the figures."""
    from hocbaso_desktop.demo import create_demo_school
    from hocbaso_desktop.signing import demo_issue, issuance
    from hocbaso_desktop.signing.token_signing import bound_token_signer, warm_token_client
    from hocbaso_desktop.storage import certificates_repo, records_repo
    from hocbaso_desktop.storage.session import open_session
    from hocbaso_desktop.token import DEMO_USER_PIN, SOFTHSM_MODULE

    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=40)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-signing-"))
    demo = create_demo_school(work / "truong.hocbaso", students_per_class=args.students, classes_per_grade=1)
    signers_ = demo_issue.setup_demo_signers(demo.path, demo.password, work / "data", ["4A"])
    class_id, gvcn = signers_.classes["4A"]
    session = open_session(demo.path, gvcn, demo.password)
    t0 = time.perf_counter()
    issuance.prepare_class(session, class_id)
    lock_s = time.perf_counter() - t0
    pdfs = [(r.pdf, r.payload) for r in records_repo.latest_for_class(session.db, class_id)]
    tokens = []
    for user, role in ((gvcn, "gvcn"), ("hieutruong", "principal"), ("vanthu", "seal")):
        account_id = session.db.query_one("SELECT id FROM users WHERE username = ?", (user,))[0]
        b = certificates_repo.active_bindings(session.db, role=role, user_id=account_id)[0]
        from hocbaso_desktop.signing.certificates import chain_for
        tokens.append((b.token_serial, b.cert_der, chain_for(session.db)))
    session.close()
    per_role = {}
    t0 = time.perf_counter()
    for user, role in ((gvcn, "gvcn"), ("hieutruong", "principal"), ("vanthu", "seal")):
        t1 = time.perf_counter()
        client = warm_token_client(SOFTHSM_MODULE, signers_.env, work / "data")
        session = open_session(demo.path, user, demo.password)
        plan = issuance.plan_batch(session, class_id, role)
        with bound_token_signer(session, role, demo_issue._DemoPin(), client=client) as signer:
            t2 = time.perf_counter()
            result = issuance.sign_batch(session, plan, signer)
            batch = time.perf_counter() - t2
        session.close()
        client.close()
        per_role[role] = (time.perf_counter() - t1, batch, result.signed, result.issued)
    path_s = time.perf_counter() - t0
    batch_s = sum(v[1] for v in per_role.values())
    bare_s = bare_loop(pdfs, tokens, DEMO_USER_PIN, signers_.env["SOFTHSM2_CONF"])
    n = len(pdfs)
    print(f"records: {n}; lock + render: {lock_s:.2f} s ({1000 * lock_s / n:.0f} ms/record, not compared)")
    for role, (secs, batch, signed, issued) in per_role.items():
        print(f"  {role:9s} {secs:6.2f} s (batch {batch:5.2f} s) signed {signed}, issued {issued}; "
              f"{1000 * batch / signed:.0f} ms/record in the batch")
    print(f"A) issuance path, 3 signers x {n}: {path_s:.2f} s ({1000 * path_s / (3 * n):.0f} ms per signature), "
          f"of which sign_batch {batch_s:.2f} s ({1000 * batch_s / (3 * n):.0f} ms per signature)")
    print(f"B) bare pyHanko + PyKCS11 loop:      {bare_s:.2f} s ({1000 * bare_s / (3 * n):.0f} ms per signature)")
    print(f"ratio A/B = {path_s / bare_s:.2f} whole path (3 logins, 3 workers, 3 database opens); "
          f"{batch_s / bare_s:.2f} batches only  (goal <= 1.3)")


if __name__ == "__main__":
    main()
