"""Issue 21, re-key on disabling an account or lowering its role (item 8).

The attack: keep a copy of the key file, get disabled, open the database with the old key file and one's
own password. After `users disable` the old key no longer opens the file (checked with SQLCipher
directly, not through the program's opener), the remaining accounts and the recovery code still do, and
a crash at every step of the re-key (a real kill -9 of a real process, or an injected failure) leaves a
database that opens with the key file beside it, is re-keyed on that opening, and is never half-keyed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from hocbaso_desktop.domain.errors import WrongPasswordError
from hocbaso_desktop.storage import audit, rekey
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.storage.keyfile import KeyFile, keyfile_path
from tests.fixtures.school import DEMO_PASSWORD
from tests.security.i21_helpers import hocbaso, no_traceback

ROOT = Path(__file__).resolve().parents[2]
VICTIM = "gvcn.1a"


def opens_with(db_path: Path, key: bytes) -> bool:
    """Whether raw SQLCipher opens the file with this key (independent of the program's opener)."""
    con = sqlcipher.connect(str(db_path))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        con.close()


def old_key_of(keys_copy: Path, username: str) -> bytes:
    return KeyFile.load(keys_copy).unlock(username, DEMO_PASSWORD)


def assert_settled(demo_school, old_keys: Path) -> None:
    """After any crash: the next opening finishes the job; old key dead, others alive, chain intact."""
    db = SchoolDatabase.open(demo_school.path, "quantri", DEMO_PASSWORD)
    try:
        assert not rekey.needed(db)
        assert db.keyfile.pending is None
        assert audit.verify(db).ok
        disabled = db.query_one("SELECT disabled FROM users WHERE username = ?", (VICTIM,))[0]
    finally:
        db.close()
    keys = KeyFile.load(keyfile_path(demo_school.path))
    assert keys.pending is None
    assert opens_with(demo_school.path, keys.unlock("hieutruong", DEMO_PASSWORD))
    assert opens_with(demo_school.path, keys.unlock_recovery(demo_school.recovery_code))
    assert disabled == 1   # every crash point comes after the account change committed, with its re-key request
    assert not opens_with(demo_school.path, old_key_of(old_keys, VICTIM))
    with pytest.raises(WrongPasswordError):
        keys.unlock(VICTIM, DEMO_PASSWORD)


def test_disabled_account_with_an_old_key_file_copy_cannot_open(demo_school, tmp_path):
    old_keys = tmp_path / "copy.keys"
    shutil.copy2(keyfile_path(demo_school.path), old_keys)
    assert opens_with(demo_school.path, old_key_of(old_keys, VICTIM))
    result = hocbaso("users", "disable", VICTIM, "--db", str(demo_school.path))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert not opens_with(demo_school.path, old_key_of(old_keys, VICTIM))
    assert_settled(demo_school, old_keys)
    assert hocbaso("students", "list", "--class", "1A", "--db", str(demo_school.path),
                   user="hieutruong").returncode == 0


def test_lowering_a_role_rekeys(demo_school, tmp_path):
    old_keys = tmp_path / "copy.keys"
    shutil.copy2(keyfile_path(demo_school.path), old_keys)
    result = hocbaso("users", "set-role", "hieutruong", "--role", "gvbm", "--db", str(demo_school.path))
    assert result.returncode == 0, result.stderr
    assert not opens_with(demo_school.path, old_key_of(old_keys, "hieutruong"))
    keys = KeyFile.load(keyfile_path(demo_school.path))
    assert opens_with(demo_school.path, keys.unlock("hieutruong", DEMO_PASSWORD))  # still an account


CHILD = """
import os, sys
from hocbaso_desktop.storage import rekey
from hocbaso_desktop.storage.session import open_session
from hocbaso_desktop.services import accounts

point, mode = sys.argv[3], sys.argv[4]

def stop(at):
    if at == point:
        if mode == "kill":
            os.kill(os.getpid(), 9)
        raise OSError(28, "No space left on device")

rekey.checkpoint = stop
session = open_session(sys.argv[1], "quantri", sys.argv[2])
accounts.disable_user(session, sys.argv[5])
"""


@pytest.mark.parametrize("mode", ["kill", "fail"])
@pytest.mark.parametrize("point", ["requested", "pending_saved", "rekeyed", "promoted"])
def test_a_crash_at_each_step_never_leaves_a_half_keyed_file(demo_school, tmp_path, point, mode):
    old_keys = tmp_path / "copy.keys"
    shutil.copy2(keyfile_path(demo_school.path), old_keys)
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    child = subprocess.run([sys.executable, "-c", CHILD, str(demo_school.path), DEMO_PASSWORD, point, mode, VICTIM],
                           env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == (-9 if mode == "kill" else 1), child.stderr
    # right after the crash, before anyone opens it: the file opens with the current or the pending key
    keys = KeyFile.load(keyfile_path(demo_school.path))
    assert bool(keys.pending) is (point in ("pending_saved", "rekeyed"))   # a new key saved, not yet promoted
    candidates = [keys.unlock("hieutruong", DEMO_PASSWORD)]
    if keys.pending:
        candidates.append(KeyFile(keys.path, dict(keys.pending)).unlock("hieutruong", DEMO_PASSWORD))
    assert sum(opens_with(demo_school.path, k) for k in candidates) == 1
    assert_settled(demo_school, old_keys)
