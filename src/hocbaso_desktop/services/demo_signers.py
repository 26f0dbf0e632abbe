"""The demo school's signers for `hocbaso demo`: SoftHSM2 demo tokens that sign and issue the pages of some
classes, and a demo remote-signing (CSC) service bound to one homeroom teacher.

Both work on a demo database just made (they sign in as its demo accounts, whose permissions the signing
layer checks); they are never offered for a real school.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.signing import DEMO_REMOTE_PIN as DEMO_REMOTE_PIN


def issue_demo_pages(db_path: Path, password: str, classes: Sequence[str]) -> Changed:
    """Make demo tokens for the classes' signers, bind them and sign and issue every page of `classes`."""
    from hocbaso_desktop.signing import issue_demo_records

    issued = issue_demo_records(db_path, password, demo_data_dir(db_path), classes=list(classes))
    return Changed(issued, audited(certificates=True, records=True, outbox=True))


def bind_demo_remote(db_path: Path, password: str, *, class_name: str, port: int) -> Changed:
    """Set up the demo CSC service's state and bind the homeroom teacher of `class_name` to it."""
    from hocbaso_desktop.signing import bind_demo_remote as bind

    return Changed(bind(db_path, password, demo_data_dir(db_path), class_name=class_name, port=port),
                   audited(certificates=True))


def demo_data_dir(db_path: Path) -> Path:
    """The folder beside a demo database holding its tokens and the demo service's state."""
    return db_path.with_name(db_path.name + ".data")
