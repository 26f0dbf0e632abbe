"""Bench: delivering issued records with realistic PDFs (≈120 KB, signed) to the reference server.

1. `hocbaso sync` (the real command, its own process: start, unlock, ping, HEAD/PUT every PDF, POST in
   batches, receipts verified and stored) against a bare process that sends the same bytes to the same kind
   of server with httpx: HEAD and PUT each PDF, POST the same envelopes in batches of the same size, nothing
   else. Each run gets a fresh server (`hocbaso server`, its own process, PDF signatures checked), so both
   send everything.
2. Faults: the sync engine with 20 % injected faults (the fault proxy: drops, 500s, captive-portal pages,
   slow answers) against the same engine fault-free, with the retry schedule scaled down (first wait 0.05 s,
   cap 2 s) so that every wait is really slept and counted in the time.
Both report lost and duplicated records (rows at the server against what was queued).

    .venv/bin/python bench/bench_sync.py [--records 600] [--fault-rate 0.2]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import httpx  # noqa: E402
from tests.fixtures.central_server import API_TOKEN, free_port  # noqa: E402
from tests.fixtures.fault_proxy import FaultProxy  # noqa: E402
from tests.sync.helpers import copy_school, issue_records, open_school  # noqa: E402

from hocbaso_desktop.demo import create_demo_school  # noqa: E402
from hocbaso_desktop.storage import blobs_repo, outbox  # noqa: E402
from hocbaso_desktop.sync.backoff import Backoff  # noqa: E402
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings  # noqa: E402

BATCH = 100  # the server's max_batch_items: the program's batch size, and the bare loop's
PDF_KB = 120

BARE = """
import pickle, sys, gzip, json, httpx
job = pickle.load(open(sys.argv[1], "rb"))
with httpx.Client(base_url=job["url"] + "/api/v1", headers={"Authorization": "Bearer " + job["token"]},
                  timeout=60) as c:
    c.get("/ping")
    for sha, data in job["blobs"].items():
        if c.head("/blobs/" + sha).status_code == 404:
            assert c.put("/blobs/" + sha, content=data, headers={"Content-Type": "application/pdf"}).status_code == 201
    items = job["envelopes"]
    for i in range(0, len(items), job["batch"]):
        body = gzip.compress(json.dumps({"protocol": "hocbaso-sync/1", "school_code": job["school"],
                                         "device_id": "bare", "items": items[i:i + job["batch"]]}).encode())
        r = c.post("/submissions", content=body, headers={"Content-Type": "application/json",
                                                          "Content-Encoding": "gzip"})
        assert r.status_code == 201 and all(x["status"] == "stored" for x in r.json()["results"])
"""


def _padded(payload_bytes: bytes) -> bytes:
    """A signed PDF of about 120 KB carrying the payload (random bytes stand for a real record's fonts and pages)."""
    import io

    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from tests.sync.helpers import blank_pdf, throwaway_signer

    w = IncrementalPdfFileWriter(io.BytesIO(blank_pdf()))
    embed.embed_file(w, embed.FileSpec(
        file_spec_string="payload.json", file_name="payload.json",
        embedded_data=embed.EmbeddedFileObject.from_file_data(w, data=payload_bytes, mime_type="application/json")))
    filler = random.Random(payload_bytes).randbytes(PDF_KB * 1024 - 16 * 1024)
    embed.embed_file(w, embed.FileSpec(
        file_spec_string="trang.bin", file_name="trang.bin",
        embedded_data=embed.EmbeddedFileObject.from_file_data(w, data=filler, mime_type="application/octet-stream")))
    meta = signers.PdfSignatureMetadata(field_name="Sig1", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=throwaway_signer()).sign_pdf(w, output=out)
    return out.getvalue()


class Server:
    """`hocbaso server` in its own process, on a fresh data folder."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.folder = folder
        self.proc = subprocess.Popen([str(Path(sys.executable).with_name("hocbaso")), "server", "--data", str(folder),
                                      "--port", str(self.port), "--api-token", API_TOKEN],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.1)

    def counts(self) -> tuple[int, int]:
        """(rows, distinct (record_id, version)) stored."""
        import sqlite3

        con = sqlite3.connect(self.folder / "central.sqlite3")
        try:
            return con.execute("SELECT count(*), count(DISTINCT record_id || '/' || version) FROM submissions"
                               ).fetchone()
        finally:
            con.close()

    def stop(self) -> None:
        """Stop the process."""
        self.proc.terminate()
        self.proc.wait(30)


def _school(template: Path, folder: Path, n: int, password: str) -> tuple[Path, list[str]]:
    folder.mkdir(parents=True)
    school = copy_school(template, folder / "school.hocbaso")
    db = open_school(school, password)
    try:
        ids = issue_records(db, n, pdf_maker=_padded)
    finally:
        db.close()
    return school, ids


def _bare_job(school: Path, password: str, url: str, folder: Path) -> Path:
    db = open_school(school, password)
    try:
        items = outbox.pending_items(db)
        envelopes = [i.envelope_dict() for i in items]
        blobs = {b["sha256"]: blobs_repo.get_blob(db, b["sha256"]) for e in envelopes for b in e["blobs"]}
        code = db.query_one("SELECT code FROM school")[0]
    finally:
        db.close()
    path = folder / "bare.pickle"
    path.write_bytes(pickle.dumps({"url": url, "token": API_TOKEN, "blobs": blobs, "envelopes": envelopes,
                                   "batch": BATCH, "school": code}))
    return path


def command_vs_bare(template: Path, folder: Path, n: int, password: str) -> dict:
    """`hocbaso sync` vs the bare httpx process, each against a fresh server."""
    school, _ids = _school(template, folder / "program", n, password)
    bare_school, _ = _school(template, folder / "bare", n, password)
    env = {**os.environ, "HOCBASO_PASSWORD": password, "HOCBASO_USER": "quantri", "HOME": str(folder)}
    hocbaso = str(Path(sys.executable).with_name("hocbaso"))
    server = Server(folder / "central-program")
    try:
        subprocess.run([hocbaso, "sync", "configure", "--db", str(school), "--server", server.url, "--api-token",
                        API_TOKEN], env=env, check=True, capture_output=True)
        started = time.perf_counter()
        subprocess.run([hocbaso, "sync", "--db", str(school)], env=env, check=True, capture_output=True)
        program_s = time.perf_counter() - started
        program_rows = server.counts()
    finally:
        server.stop()
    server = Server(folder / "central-bare")
    try:
        job = _bare_job(bare_school, password, server.url, folder)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE, str(job)], check=True, capture_output=True)
        bare_s = time.perf_counter() - started
        bare_rows = server.counts()
    finally:
        server.stop()
    return {"records": n, "program_s": round(program_s, 2), "bare_s": round(bare_s, 2),
            "ratio": round(program_s / bare_s, 2), "program_rows": program_rows[0],
            "lost": n - program_rows[1], "duplicated": program_rows[0] - program_rows[1],
            "bare_rows": bare_rows[0]}


def engine_run(template: Path, folder: Path, n: int, password: str, fault_rate: float) -> dict:
    """The sync engine through the fault proxy, every retry wait really slept (scaled-down schedule)."""
    school, ids = _school(template, folder, n, password)
    server = Server(folder / "central")
    proxy = FaultProxy(server.port, rate=fault_rate, seed=7, slow_seconds=0.2).start()
    db = open_school(school, password)
    try:
        slept: list[float] = []

        def sleep(seconds: float) -> None:  # really slept; recorded to tell the server's Retry-After apart
            slept.append(seconds)
            time.sleep(seconds)

        engine = SyncEngine(db, SyncSettings(proxy.url, API_TOKEN), backoff=Backoff(initial=0.05, cap=2.0),
                            max_failures=1000, unreached_attempts=1000, timeout=httpx.Timeout(5.0), sleep=sleep)
        started = time.perf_counter()
        summary = engine.run()
        elapsed = time.perf_counter() - started
        rows = server.counts()
        delivered = outbox.state_counts(db)["delivered"]
    finally:
        db.close()
        proxy.stop()
        server.stop()
    return {"records": n, "seconds": round(elapsed, 2), "drained": summary.drained, "delivered": delivered,
            "lost": len(ids) - rows[1], "duplicated": rows[0] - rows[1],
            "faults_injected": sum(1 for *_r, f in proxy.log if f != "pass"), "requests": len(proxy.log),
            # the fault proxy's 503 answers carry Retry-After: 1, which the client must honour (central-api.md)
            "slept_s": round(sum(slept), 1), "slept_retry_after_s": float(sum(1 for w in slept if w == 1.0))}


def main() -> int:
    """Run the comparisons and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=600)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = create_demo_school(folder / "template.hocbaso", students_per_class=10, classes_per_grade=1)
        first = command_vs_bare(demo.path, folder / "cmd", args.records, demo.password)
        clean = engine_run(demo.path, folder / "clean", args.records, demo.password, 0.0)
        faulty = engine_run(demo.path, folder / "faulty", args.records, demo.password, args.fault_rate)
    print("`hocbaso sync` vs bare httpx:", json.dumps(first))
    print(f"  -> {first['ratio']:.2f}x the bare loop for {args.records} records of ~{PDF_KB} KB")
    print("engine fault-free:", json.dumps(clean))
    print(f"engine {args.fault_rate:.0%} faults (waits slept):", json.dumps(faulty))
    print(f"  -> faulty / fault-free: {faulty['seconds'] / clean['seconds']:.2f}x; of the faulty run, "
          f"{faulty['slept_s']:.1f} s were waits, {faulty['slept_retry_after_s']:.0f} s of them the 503 answers' "
          "Retry-After: 1 (honoured, as the protocol requires)")
    ok = all(r["lost"] == 0 and r["duplicated"] == 0 for r in (first, clean, faulty))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
