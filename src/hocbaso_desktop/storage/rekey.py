"""Re-keying the database when an account is disabled or its role lowered (issue 21).

A disabled person who kept a copy of the old key file could still open the file with their password.
So the data key is replaced (`PRAGMA rekey`) and sealed again for the remaining accounts and the
recovery code (keyfile.SealedWrap needs no password for that). The two files cannot change together,
so every step leaves a state the opener settles:

  0. the account change and `meta.rekey_needed` commit together;
  1. the key file gets the new key's wraps as `pending` (atomic rename) — the file still opens with the old key;
  2. PRAGMA rekey (one SQLite transaction: the file is under the old key or the new one, never half);
  3. the key file's wraps become the pending ones; 4. `rekey_needed` is cleared.

On opening, the password unwraps both keys; the one that opens the file is kept (a pending key that
works is promoted: step 3 done late; one that does not is dropped), and a database still marked
`rekey_needed` is re-keyed again before anyone uses it. Tested by killing the process at each step.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.storage import audit
from hocbaso_desktop.storage.keyfile import (
    RECOVERY,
    RECOVERY_KDF,
    new_recovery_code,
    normalise_recovery_code,
    wrap_key,
)

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database

FLAG = "rekey_needed"
# Named points between the steps, for the crash tests (a test replaces this with a kill at one point).
checkpoint: Callable[[str], None] = lambda point: None  # noqa: E731


@dataclass(frozen=True)
class RekeyResult:
    """What a re-key changed besides the key: a new recovery code, accounts that need a new password."""

    new_recovery_code: str | None
    need_new_password: tuple[str, ...]


def request(db: Database, reason: str) -> None:
    """Mark the database for re-keying, inside the caller's transaction (with the account change)."""
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (FLAG, reason))


def needed(db: Database) -> bool:
    """Whether a re-key was requested and not finished."""
    return db.query_one("SELECT 1 FROM meta WHERE key = ?", (FLAG,)) is not None


def rekey(db: Database, *, actor: str) -> RekeyResult:
    """Replace the data key; the file is never left half-keyed (see the module's steps)."""
    keyfile = db.keyfile
    with db.transaction():  # secrets sealed under a subkey (remote signing's client secret) stay readable
        db.pin_subkey_root()
    for (name,) in db.query("SELECT username FROM users WHERE disabled = 1"):
        keyfile.remove_user(name)  # a disabled account never gets the new key (even if step 0's caller died)
    new_key = secrets.token_bytes(32)
    pending, unsealed = keyfile.sealed_for(new_key)
    code = None
    if RECOVERY not in pending:  # an older recovery wrap cannot follow: a new code, shown once
        code = new_recovery_code()
        pending[RECOVERY] = wrap_key(new_key, RECOVERY, normalise_recovery_code(code), RECOVERY_KDF)
    keyfile.pending = pending
    keyfile.save()
    checkpoint("pending_saved")
    db.rekey_to(new_key)
    checkpoint("rekeyed")
    keyfile.wraps, keyfile.pending = dict(pending), None
    keyfile.save()
    checkpoint("promoted")
    dropped = tuple(n for n in unsealed if n != RECOVERY)
    with db.transaction():
        db.execute("DELETE FROM meta WHERE key = ?", (FLAG,))
        audit.append(db, actor=actor, action="database.rekey", entity="database", entity_id=db.path.name,
                     after={"need_new_password": list(dropped), "new_recovery_code": code is not None})
    return RekeyResult(code, dropped)


def settle(db: Database, *, opened_with_pending: bool) -> None:
    """Finish or drop a re-key the key file shows under way, once the file is open with the key that works."""
    keyfile = db.keyfile
    if keyfile.pending is None:
        return
    if opened_with_pending:  # the file was re-keyed; the key file's last step had not happened
        keyfile.wraps = dict(keyfile.pending)
    keyfile.pending = None  # otherwise PRAGMA rekey never happened: the old key stays
    keyfile.save()
