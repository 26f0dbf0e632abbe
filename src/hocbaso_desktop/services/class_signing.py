"""Signing a class: the plan the signing screen shows (`SigningPrep`) and the roles a user signs in.

The use cases (check before locking, lock and plan, unlock, sign) are in `services.signing`; remote
signing (`services.remote_signing`) signs the same `SigningPrep`.
"""

from __future__ import annotations

from dataclasses import dataclass

from hocbaso_desktop.domain.roles import Principal, Scope, is_allowed
from hocbaso_desktop.services.changes import NOTHING, Changes
from hocbaso_desktop.signing import (
    ROLE_ACTIONS,
    BatchPlan,
    RemoteCredentialView,
)


@dataclass(frozen=True)
class SigningPrep:
    """What the screen shows before the PIN: the plan and the bound certificate (or why there is none)."""

    plan: BatchPlan
    certificate: str          # "CN — hết hạn dd/mm/yyyy", or "" without a binding
    token_serial: str
    module_path: str
    problem: str              # Vietnamese reason signing cannot start, or ""
    remote: RemoteCredentialView | None = None   # the remote credential that will sign (ký số từ xa)
    changes: Changes = NOTHING  # what preparing changed (the homeroom teacher's lock)


def signing_roles(user: Principal, class_id: str | None = None) -> list[str]:
    """The signing roles the user holds (for a class when given)."""
    return [role for role, action in ROLE_ACTIONS.items() if is_allowed(user, action, Scope(class_id=class_id))]
