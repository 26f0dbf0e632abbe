"""What a use case changed, in the spirit of Anki's `OpChanges`: every mutating function in `services/`
returns a `Changes` (or a `Changed` that carries its value and the `Changes`).

The interface's one background-operation helper (`ui.operations.Op`) hands them to one change signal,
and each screen refreshes from the flags that concern it instead of being refreshed by hand after each
operation; the command line ignores them. A flag says "something of this kind may have changed", so a
screen that sees its flag reloads; it never says what exactly (screens reload whole).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of stored things an operation changed (all False: it changed nothing)."""

    students: bool = False  # students, classes, enrolments
    assessments: bool = False  # grades, comments, entry windows
    records: bool = False  # record pages: locked, signed, issued, revoked, received, legacy pages
    outbox: bool = False  # what waits to be sent, what was sent, receipts
    settings: bool = False  # the school's settings
    users: bool = False  # accounts, roles, passwords
    certificates: bool = False  # bound certificates, the trust list
    audit: bool = False  # the audit log (nearly every change writes to it)

    def __or__(self, other: Changes) -> Changes:
        """Both operations' changes."""
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        """Whether anything changed."""
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *kinds: str) -> bool:
        """Whether any of the named kinds changed (`changes.touches("students", "records")`)."""
        return any(getattr(self, kind) for kind in kinds)

    def names(self) -> tuple[str, ...]:
        """The kinds that changed, in declaration order (for logs and tests)."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})  # a restored backup replaced it all
SIGNED = Changes(records=True, outbox=True, audit=True)  # signatures stored; the issued pages queued for the centre


def combine(*changes: Changes) -> Changes:
    """All the given changes together."""
    total = NOTHING
    for change in changes:
        total = total | change
    return total


def audited(**kinds: bool) -> Changes:
    """The changes of an audited operation: the named kinds and the audit log."""
    return Changes(audit=True, **kinds)


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A use case's own result together with what it changed."""

    value: T
    changes: Changes


def changes_of(result: object) -> Changes | None:
    """The `Changes` a use case returned: itself, or the `changes` a result object carries; None if none."""
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    return carried if isinstance(carried, Changes) else None
