"""Issue 21, personal data outside the database (item 7): files made 0600, whole or not at all, named.

Every command that writes personal data runs with the usual umask 022 (which used to give 0644), in-process
through cli.main; a "full disk" is a real write limit (RLIMIT_FSIZE: the kernel refuses the write that
passes it, as a full disk does) on a real export, in a process of its own.
"""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys

from hocbaso_desktop.storage import school_repo
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD


def run(*args: str, user: str, fsize: int | None = None) -> subprocess.CompletedProcess:
    """The command with umask 022; with `fsize`, in a subprocess whose writes the kernel stops at that size."""
    if fsize is None:
        old = os.umask(0o022)
        try:
            return run_hocbaso(*args, password=DEMO_PASSWORD, user=user)
        finally:
            os.umask(old)

    def setup() -> None:
        os.umask(0o022)
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env = {k: v for k, v in os.environ.items() if not k.startswith("HOCBASO_")}
    env.update(HOCBASO_PASSWORD=DEMO_PASSWORD, HOCBASO_USER=user)
    return subprocess.run([sys.executable, "-m", "hocbaso_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=300, preexec_fn=setup)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _trust_a_centre(db) -> None:
    """A centre's bundle key, entered as the administrator would from the Sở's letter (bundles need one)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from hocbaso_desktop.storage import settings_repo
    from hocbaso_desktop.sync import pinning
    from hocbaso_desktop.sync.bundle_crypto import key_fingerprint, public_b64

    url = "https://so-gddt.example.vn/hocbaso"
    key = public_b64(X25519PrivateKey.generate())
    settings_repo.set_setting(db, "sync.server_url", url)
    pinning.trust_key(db, url, key, key_fingerprint(key), actor="quantri", kind=pinning.BUNDLE)


def test_files_with_personal_data_are_created_0600(demo_school, admin_db, tmp_path):
    db = ["--db", str(demo_school.path)]
    out = tmp_path / "out"
    out.mkdir()
    student = school_repo.students_in_class(admin_db, school_repo.find_class(
        admin_db, school_repo.latest_year(admin_db), "5A").id)[0]
    _trust_a_centre(admin_db)
    commands = [
        (("export-data", "--format", "json", "--out", str(out / "truong.json")), "hieutruong"),
        (("export-data", "--format", "xlsx", "--out", str(out / "truong.xlsx")), "hieutruong"),
        (("template", "--kind", "students", "--class", "3A", "--out", str(out / "mau.xlsx")), "hocvu"),
        (("report", "--out", str(out / "baocao.xlsx")), "hieutruong"),
        (("backup", "--out", str(out / "saoluu.hocbaso")), "quantri"),
        (("sync", "export-bundle", "--out", str(out / "goi.hocbaso-bundle")), "quantri"),
        (("transfer", "out", "--student", student.id, "--to", "Trường khác", "--out", str(out / "chuyen.zip")),
         "hocvu"),
    ]
    for args, user in commands:
        result = run(*args, *db, user=user)
        assert result.returncode == 0, (args, result.stderr)
    made = sorted(p.name for p in out.iterdir())
    assert made == sorted(["truong.json", "truong.xlsx", "mau.xlsx", "baocao.xlsx", "saoluu.hocbaso",
                           "saoluu.hocbaso.keys", "goi.hocbaso-bundle", "chuyen.zip"])
    assert {p.name: oct(mode(p)) for p in out.iterdir()} == {name: oct(0o600) for name in made}


def test_a_new_database_and_its_key_file_are_0600(tmp_path):
    path = tmp_path / "moi.hocbaso"
    result = run("demo", "--db", str(path), "--students", "20", user="quantri")   # the modes, not the size
    assert result.returncode == 0, result.stderr
    for p in (path, path.with_name(path.name + ".keys"), *path.parent.glob("moi.hocbaso-*")):
        assert mode(p) == 0o600, p


def test_a_full_disk_export_leaves_nothing_and_names_the_file(demo_school, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "truong.json"
    result = run("export-data", "--format", "json", "--out", str(target), "--db", str(demo_school.path),
                 user="hieutruong", fsize=256 * 1024)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert str(target) in result.stderr
    assert "“”" not in result.stderr
    assert list(out.iterdir()) == []  # no truncated export, no temporary file
