"""Benchmark: signing a class through the real `hocbaso sign` command vs a bare pyHanko + PKCS#11 loop.

Program: three `hocbaso sign` commands (homeroom teacher, principal, seal), each its own process with its
own start, unlock, token worker, PIN from a file; the homeroom teacher's command also locks and renders
the class (as it does for a school). Run on a class of 30 and on a class of 10 of the same demo school
shape: the difference divided by the 20 extra records gives the time of one signature inside a batch.

Baseline: one bare process (its own interpreter start and imports included) that loads the PKCS#11
module with PyKCS11, logs in to the same three SoftHSM2 tokens and signs the same 30 unsigned PDFs
three times with pyHanko: the payload attached by the first signature, the same visible stamp text in
each role's field, the same stamp font (the program's Vietnamese cut of Noto Serif, through pyHanko's
own font engine), the same `bytes_reserved` as the program, PAdES, offline (no timestamp) as the program.

    .venv/bin/python bench/bench_signing.py [--students 30] [--small 10]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROLES = (("gvcn", None), ("principal", "hieutruong"), ("seal", "vanthu"))


def bare(input_path: Path) -> None:
    """The baseline process: sign every PDF three times with pyHanko over PyKCS11; print the loop's time."""
    from datetime import UTC, datetime

    import PyKCS11
    from asn1crypto import algos, x509
    from pyhanko import stamp as pyhanko_stamp
    from pyhanko.pdf_utils import embed, layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    job = pickle.loads(input_path.read_bytes())

    class Pkcs11Signer(signers.Signer):
        def __init__(self, session, key, cert_der: bytes, chain: list[bytes]) -> None:
            self._session, self._key = session, key
            self._mech = PyKCS11.Mechanism(PyKCS11.CKM_SHA256_RSA_PKCS, None)
            super().__init__(signing_cert=x509.Certificate.load(cert_der),
                             cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c) for c in chain]),
                             signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}))

        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
            return bytes(self._session.sign(self._key, data, self._mech))

    lib = PyKCS11.PyKCS11Lib()
    lib.load(job["module"])
    by_serial = {lib.getTokenInfo(s).serialNumber.strip(): s for s in lib.getSlotList(tokenPresent=True)}
    signers_ = []
    for serial, cert_der, chain in job["tokens"]:
        session = lib.openSession(by_serial[serial])
        session.login(job["pin"])
        key = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, (1,))])[0]
        signers_.append(Pkcs11Signer(session, key, cert_der, list(chain)))
    style = pyhanko_stamp.TextStampStyle(
        stamp_text="%(noidung)s", border_width=1, border_color=(0.1, 0.2, 0.7),
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(job["font_file"], font_size=7), font_size=7),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT, margins=layout.Margins.uniform(3)))
    started = time.perf_counter()
    for pdf, payload in job["pdfs"]:
        for (field, text), signer, reserved in zip(job["stamps"], signers_, job["reserved"], strict=True):
            w = IncrementalPdfFileWriter(io.BytesIO(pdf))
            if field == job["stamps"][0][0]:
                embed.embed_file(w, embed.FileSpec(
                    file_spec_string="payload.json", file_name="payload.json",
                    embedded_data=embed.EmbeddedFileObject.from_file_data(w, data=payload,
                                                                          mime_type="application/json")))
            meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                                subfilter=fields.SigSeedSubFilter.PADES)
            out = io.BytesIO()
            stamp = text.replace("{when}", datetime.now(UTC).strftime("%d/%m/%Y %H:%M"))
            signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(
                w, output=out, bytes_reserved=reserved, appearance_text_params={"noidung": stamp})
            pdf = out.getvalue()
    print(json.dumps({"loop_s": time.perf_counter() - started}))


def _school(folder: Path, students: int):
    """A demo school with one class per grade of `students`, tokens made and bound for class 4A."""
    sys.path[:0] = [str(ROOT / "src")]
    from hocbaso_desktop.demo import create_demo_school
    from hocbaso_desktop.signing import demo_issue

    demo = create_demo_school(folder / "truong.hocbaso", students_per_class=students, classes_per_grade=1)
    signers_ = demo_issue.setup_demo_signers(demo.path, demo.password, folder / "data", ["4A"])
    return demo, signers_


def _bare_input(demo, signers_, work: Path) -> Path:
    """The unsigned PDFs the program will sign (locked on a copy of the school), tokens, stamps, reserve."""
    from hocbaso_desktop.signing import issuance
    from hocbaso_desktop.signing.certificates import chain_for
    from hocbaso_desktop.signing.pdf_signer import (
        FIELD_NAMES,
        ROLE_TITLES,
        VisibleStamp,
        _reserved_bytes,
        _stamp_font,
    )
    from hocbaso_desktop.storage import certificates_repo, records_repo
    from hocbaso_desktop.storage.session import open_session
    from hocbaso_desktop.token import DEMO_USER_PIN, SOFTHSM_MODULE

    copy = work / "copy.hocbaso"
    shutil.copy2(demo.path, copy)
    shutil.copy2(demo.path.with_name(demo.path.name + ".keys"), copy.with_name(copy.name + ".keys"))
    class_id, gvcn = signers_.classes["4A"]
    session = open_session(copy, gvcn, demo.password)
    issuance.prepare_class(session, class_id)
    pdfs = [(r.pdf, r.payload) for r in records_repo.latest_for_class(session.db, class_id)]
    tokens, stamps, reserved = [], [], []
    for role, user in ROLES:
        account = session.db.query_one("SELECT id, full_name FROM users WHERE username = ?", (user or gvcn,))
        binding = certificates_repo.active_bindings(session.db, role=role, user_id=account[0])[0]
        tokens.append((binding.token_serial, binding.cert_der, chain_for(session.db)))
        text = VisibleStamp(account[1], ROLE_TITLES[role], _NOW).text()
        stamps.append((FIELD_NAMES[role], text[:text.rindex(":", 0, text.rindex(":"))] + ": {when}"))

        class _Raw:  # what _reserved_bytes reads: the certificate and chain sizes
            certificate_der, chain_der = binding.cert_der, chain_for(session.db)
        reserved.append(_reserved_bytes(_Raw, False))
    session.close()
    font_file = work / "stamp-font.ttf"
    font_file.write_bytes(_stamp_font())
    job = {"module": SOFTHSM_MODULE, "pin": DEMO_USER_PIN, "tokens": tokens, "pdfs": pdfs, "stamps": stamps,
           "reserved": reserved, "font_file": str(font_file)}
    path = work / "bare.pickle"
    path.write_bytes(pickle.dumps(job))
    return path


def _run(argv: list[str], env: dict) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed: {done.stderr[-1500:]}")
    return elapsed, done.stdout


def _program(demo, signers_, work: Path) -> dict[str, float]:
    """Wall time of each role's `hocbaso sign` command on class 4A."""
    from hocbaso_desktop.token import DEMO_USER_PIN

    hocbaso = str(Path(sys.executable).with_name("hocbaso"))
    pin = work / "pin.txt"
    pin.write_text(DEMO_USER_PIN + "\n")
    os.chmod(pin, 0o600)
    year = demo.year
    _class_id, gvcn = signers_.classes["4A"]
    env = {**os.environ, **signers_.env, "HOCBASO_PASSWORD": demo.password}
    times = {}
    for role, user in ROLES:
        times[role], _out = _run([hocbaso, "sign", "--db", str(demo.path), "--user", user or gvcn, "--class", "4A",
                            "--year", year, "--as", role, "--pin-file", str(pin)], env)
    return times


_NOW = None
RUNS = 2


def main() -> None:
    """Measure and print the figures."""
    global _NOW
    from datetime import UTC, datetime

    _NOW = datetime.now(UTC)
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--bare", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare(args.bare)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-signing-"))
    try:
        # Each side runs RUNS times and keeps its best (the program on a fresh copy of the school each time,
        # since signing changes it): the same statistic for both, alternated so load falls on both alike.
        bigs = [_school(work / f"big{i}", args.students) for i in range(RUNS)]
        smalls = [_school(work / f"small{i}", args.small) for i in range(RUNS)]
        job = _bare_input(*bigs[0], work / "big0")
        env = {**os.environ, **bigs[0][1].env}
        bare_runs, big_runs, small_runs = [], [], []
        for i in range(RUNS):
            bare_runs.append(_run([sys.executable, __file__, "--bare", str(job)], env))
            big_runs.append(_program(*bigs[i], work / f"big{i}"))
            small_runs.append(_program(*smalls[i], work / f"small{i}"))
        bare_s = min(t for t, _out in bare_runs)
        bare_loop_s = min(json.loads(out.strip().splitlines()[-1])["loop_s"] for _s, out in bare_runs)
        big_t = min(big_runs, key=lambda t: sum(t.values()))
        small_t = min(small_runs, key=lambda t: sum(t.values()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    n, extra = args.students, args.students - args.small
    per_sig = {role: (big_t[role] - small_t[role]) / extra for role in big_t}
    # The principal's batch only signs; the homeroom teacher's slope also renders each page (lock + render) and
    # the seal's also issues it (QR signed on the token, blob, outbox): the signature itself is the principal's.
    program_per_sig = per_sig["principal"]
    bare_per_sig = bare_loop_s / (3 * n)
    whole = sum(big_t.values())
    figures = {
        "records": n, "program_commands_s": {r: round(t, 2) for r, t in big_t.items()},
        "program_whole_class_s": round(whole, 2), "bare_process_s": round(bare_s, 2),
        "whole_class_ratio": round(whole / bare_s, 2),
        "program_ms_per_signature": {r: round(1000 * t, 1) for r, t in per_sig.items()},
        "program_ms_per_signature_principal": round(1000 * program_per_sig, 1),
        "bare_ms_per_signature": round(1000 * bare_per_sig, 1),
        "per_signature_ratio": round(program_per_sig / bare_per_sig, 2),
    }
    print(json.dumps(figures, ensure_ascii=False))
    print(f"whole class ({n} records x 3 roles): program {whole:.2f} s (three `hocbaso sign` commands, gvcn's "
          f"includes lock + render) vs one bare process {bare_s:.2f} s -> {whole / bare_s:.2f}x (goal <= 2)")
    print(f"one signature in a batch: program {1000 * program_per_sig:.1f} ms (principal, slope {args.small}->{n}) vs "
          f"bare {1000 * bare_per_sig:.1f} ms (its signing loop) -> {program_per_sig / bare_per_sig:.2f}x "
          f"(goal <= 1.15)")


if __name__ == "__main__":
    main()
