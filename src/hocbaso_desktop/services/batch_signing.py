"""Signing a class's pages from the command line (`hocbaso sign`): start the bound token's worker early, lock
and plan the batch, sign it with the token (one PIN) with timestamps when the server answers.

`hocbaso sign` loads the signing modules on a thread while Argon2 unlocks the database (issue 18), so this
module imports nothing heavy at its top: each function loads what it needs when called. The signing
screen's use cases (check before locking, several PIN tries, Stop between pages) are in `services.signing`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.services.changes import NOTHING, SIGNED, Changed, audited

if TYPE_CHECKING:
    from hocbaso_desktop.signing import BatchPlan, BatchResult


def start_token_worker(session, role: str, module_path: str | None = None) -> Any:
    """A client for the token bound to the user's `role` whose worker is already starting (None for a remote
    signer, or when it cannot start now: `sign_with_token` then says why); the caller closes it."""
    from hocbaso_desktop.signing import token_signing

    return token_signing.launched_client(session, role, module_path=module_path)


def plan(session, class_name: str, year: str, role: str) -> Changed[BatchPlan]:
    """The pages of a class that `role` signs next; the homeroom teacher's plan first locks the class's drafts.
    The permission is checked before anything is written (locking: principal or the class's homeroom teacher;
    planning: the role's signing right for the class)."""
    from hocbaso_desktop.signing import issuance
    from hocbaso_desktop.storage import school_repo

    school_class = school_repo.find_class(session.db, year, class_name)
    changes = NOTHING
    if role == SignerRole.HOMEROOM:
        issuance.prepare_class(session, school_class.id)
        changes = audited(records=True)
    return Changed(issuance.plan_batch(session, school_class.id, role), changes)


def reachable_timestamper(session) -> Any:
    """The school's timestamp server if it answers now, else None (pages are signed PAdES B-B and queued)."""
    from hocbaso_desktop.signing import ltv

    return ltv.reachable(ltv.configured_timestamper(session.db))


def sign_with_token(session, batch: BatchPlan, prompt, *, module_path: str | None = None,
                    token_serial: str | None = None, client: Any = None, timestamper: Any = None,
                    progress: Callable[[int, int, Any], None] | None = None) -> Changed[BatchResult]:
    """Log in to the bound token once and sign every page of the batch, issuing those signed by everyone;
    stops at the first refusal (the pages left stay locked, to sign on the next run)."""
    from hocbaso_desktop.signing import bound_token_signer, issuance

    with bound_token_signer(session, batch.role, prompt, module_path=module_path, token_serial=token_serial,
                            client=client) as signer:
        result = issuance.sign_batch(session, batch, signer, timestamper=timestamper, progress=progress)
    return Changed(result, SIGNED)
