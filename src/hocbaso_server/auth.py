"""Per-school credentials: tokens issued by the province, stored only as their SHA-256.

A token is 256 random bits (URL-safe text), shown once when it is issued; the store keeps its hash,
so a copy of the database gives no usable token. The shared demo token (`--api-token`) is accepted
beside them only when configured, and stands for any school.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from hocbaso_server.store import CentralStore

ANY_SCHOOL = "*"  # the school of the shared demo token: it may act for every school code


@dataclass(frozen=True)
class Principal:
    """Who is calling: a school code (or ANY_SCHOOL for the demo token)."""

    school_code: str

    def may_act_for(self, school_code: str) -> bool:
        """Whether this caller may send, read or revoke for `school_code`."""
        return self.school_code in (ANY_SCHOOL, school_code)


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def now_utc() -> str:
    """RFC 3339 UTC, seconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issue_token(store: CentralStore, code: str, name: str) -> str:
    """Register a school and return its new token (DuplicateSchoolError if the code exists)."""
    token = secrets.token_urlsafe(32)
    store.add_school(code, name, token_hash(token), now_utc())
    return token


def rotate_token(store: CentralStore, code: str) -> str | None:
    """A new token for a known school (the old one stops working); None if unknown."""
    token = secrets.token_urlsafe(32)
    return token if store.replace_token(code, token_hash(token)) else None


class Authenticator:
    """Maps a bearer token to a Principal, or None."""

    def __init__(self, store: CentralStore, shared_token: str | None) -> None:
        self._store = store
        self._shared = shared_token.encode() if shared_token else None

    def principal(self, authorization: str) -> Principal | None:
        """The caller behind an Authorization header, or None when refused."""
        if not authorization.startswith("Bearer ") or len(authorization) > 200:
            return None
        token = authorization[7:]
        if self._shared is not None and hmac.compare_digest(token.encode(), self._shared):
            return Principal(ANY_SCHOOL)
        school = self._store.school_for_token(token_hash(token))
        if school is None or school.revoked_at is not None:
            return None
        return Principal(school.code)
