"""A province's set-up, end to end: `hocbaso server --database … --workers 2` on PostgreSQL, three schools
with their own tokens (`hocbaso server school add`), three demo schools (`--school-code`) syncing at the same
time through `hocbaso sync`, then the rows counted in PostgreSQL, `server stats --json` and `server export`."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from hocbaso_desktop.cli import main
from hocbaso_desktop.demo import create_demo_school
from tests.fixtures.central_server import free_port
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD, DEMO_TODAY
from tests.sync.helpers import issue_records, open_school

SCHOOLS = {"79000701": "Trường Tiểu học Hòa Bình", "79000702": "Trường Tiểu học An Lạc",
           "79000703": "Trường Tiểu học Tân Phú"}
PER_SCHOOL = 6


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _wait_healthy(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=2, verify=False).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not become healthy")


@pytest.fixture
def province_server(postgres_cluster, postgres_url, tmp_path, capsys):
    """Three schools registered by the CLI, and the server running in 2 worker processes."""
    tokens = {}
    for code, name in SCHOOLS.items():
        rc, out, _err = _cli(capsys, "server", "school", "add", "--code", code, "--name", name,
                             "--database", postgres_url)
        assert rc == 0
        tokens[code] = out.strip().splitlines()[-1]
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "hocbaso_desktop", "server", "--database", postgres_url,
                             "--blobs", str(tmp_path / "blobs"), "--workers", "2", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url, tokens
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _school(tmp_path: Path, code: str) -> Path:
    path = tmp_path / code / "truong.hocbaso"
    path.parent.mkdir()
    create_demo_school(path, password=DEMO_PASSWORD, today=DEMO_TODAY, school_code=code, school_name=SCHOOLS[code],
                       students_per_class=4, classes_per_grade=1)
    db = open_school(path, DEMO_PASSWORD)
    try:
        issue_records(db, PER_SCHOOL)
    finally:
        db.close()
    return path


def _hocbaso(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "HOCBASO_PASSWORD": DEMO_PASSWORD, "HOCBASO_USER": "quantri"}
    return subprocess.Popen([sys.executable, "-m", "hocbaso_desktop", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _configure(path: Path, url: str, token: str):
    """`sync configure` in this process (the runs that must overlap are real processes); a token may start
    with "-", so it is given as --api-token=…"""
    return run_hocbaso("sync", "configure", "--db", str(path), "--server", url, f"--api-token={token}",
                       password=DEMO_PASSWORD, user="quantri")


def test_three_schools_sync_at_once_to_two_workers_on_postgresql(province_server, postgres_cluster, postgres_url,
                                                                   tmp_path, capsys):
    url, tokens = province_server
    paths = {code: _school(tmp_path, code) for code in SCHOOLS}
    for code, path in paths.items():
        assert _configure(path, url, tokens[code]).returncode == 0
    runs = [_hocbaso("sync", "--db", str(path)) for path in paths.values()]
    for run in runs:
        assert run.wait(300) == 0, run.stderr.read().decode()

    rows = dict(postgres_cluster.query(postgres_url, "SELECT school_code, count(*) FROM submissions GROUP BY 1"))
    assert rows == dict.fromkeys(SCHOOLS, PER_SCHOOL)
    distinct = postgres_cluster.query(postgres_url, "SELECT count(DISTINCT (record_id, version)) FROM submissions")
    assert distinct == [(PER_SCHOOL * len(SCHOOLS),)]

    rc, out, _err = _cli(capsys, "server", "stats", "--json", "--database", postgres_url)
    stats = {s["code"]: s for s in json.loads(out)["schools"]}
    assert rc == 0 and {c: (s["records"], s["versions"]) for c, s in stats.items()} == \
        dict.fromkeys(SCHOOLS, (PER_SCHOOL, PER_SCHOOL))
    assert all(s["last_contact"] for s in stats.values())

    # a school's token with another school's outbox: refused as a whole, nothing stored
    first, second = list(SCHOOLS)[:2]
    assert _configure(paths[second], url, tokens[first]).returncode == 0
    db = open_school(paths[second], DEMO_PASSWORD)
    try:
        issue_records(db, 1)
    finally:
        db.close()
    refused = _hocbaso("sync", "--db", str(paths[second]))
    assert refused.wait(120) != 0
    assert dict(postgres_cluster.query(postgres_url, "SELECT school_code, count(*) FROM submissions GROUP BY 1")) \
        == dict.fromkeys(SCHOOLS, PER_SCHOOL)

    out_dir = tmp_path / "export"
    rc, _out, _err = _cli(capsys, "server", "export", "--school", first, "--out", str(out_dir), "--database",
                          postgres_url, "--blobs", str(tmp_path / "blobs"))
    lines = (out_dir / first / "submissions.jsonl").read_text(encoding="utf-8").splitlines()
    assert rc == 0 and len(lines) == PER_SCHOOL
    assert all(json.loads(line)["envelope"]["record_id"] and json.loads(line)["receipt"] for line in lines)
    blobs = list((out_dir / first / "blobs").iterdir())
    named = {b["sha256"] for line in lines for b in json.loads(line)["envelope"]["blobs"]}
    # the school's records' PDFs, plus the one PDF uploaded with its token before the refused submission
    assert named < {p.name for p in blobs} and len(blobs) == PER_SCHOOL + 1
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in [*blobs, out_dir / first / "submissions.jsonl"])


def test_school_commands_give_clear_answers(postgres_url, tmp_path, capsys):
    rc, out, _err = _cli(capsys, "server", "school", "add", "--code", "79000701", "--name", "Trường A",
                         "--database", postgres_url)
    token = out.strip().splitlines()[-1]
    assert rc == 0 and len(token) == 43   # 32 random bytes, URL-safe base64
    rc, _out, err = _cli(capsys, "server", "school", "add", "--code", "79000701", "--name", "Trường A",
                         "--database", postgres_url)
    assert rc == 3 and "đã có" in err
    rc, out, _err = _cli(capsys, "server", "school", "list", "--json", "--database", postgres_url)
    listed = json.loads(out)
    assert rc == 0 and [s["code"] for s in listed] == ["79000701"] and token not in out
    rc, _out, err = _cli(capsys, "server", "school", "revoke", "--code", "79009999", "--database", postgres_url)
    assert rc == 3 and "79009999" in err
    rc, _out, _err = _cli(capsys, "server", "school", "revoke", "--code", "79000701", "--database", postgres_url)
    assert rc == 0
    rc, _out, err = _cli(capsys, "server", "stats", "--database", "postgresql://nobody@127.0.0.1:1/none")
    assert rc == 3 and "Traceback" not in err
    rc, _out, err = _cli(capsys, "server", "stats", "--data", str(tmp_path / "d"), "--database", postgres_url)
    assert rc == 3
