"""Files that carry personal data: created owner-only (0600), whole or not at all, named in every error.

Exports, transfer packages, sync bundles, backups and the database's own files go through here. The
data is written to a hidden temporary file beside the target (created 0600 with O_EXCL, so no other
account ever sees it, whatever the umask), flushed to disk, then renamed over the target; any failure
(a full disk, a pulled USB stick) removes the temporary file and raises an OSError that names the
target, which `errors.as_expected` turns into a Vietnamese message.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_MODE = 0o600


def _named(exc: OSError, path: Path) -> OSError:
    """The same error, naming the file a person asked for (a write error carries no file name)."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path)) if exc.errno else OSError(
        0, str(exc), str(path))


@contextlib.contextmanager
def private_target(path: Path | str) -> Iterator[Path]:
    """A temporary 0600 path to write to by name (for libraries that take a path); renamed over `path`."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        os.close(fd)
        yield tmp
        os.chmod(tmp, PRIVATE_MODE)  # a library may have replaced the file; it stays owner-only
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _named(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def private_writer(path: Path | str) -> Iterator[BinaryIO]:
    """An open binary file to write; on success it replaces `path` (mode 0600)."""
    with private_target(path) as tmp, open(tmp, "wb") as fh:
        yield fh


def write_private(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` atomically with mode 0600; return the path."""
    with private_writer(path) as fh:
        fh.write(data)
    return Path(path)
