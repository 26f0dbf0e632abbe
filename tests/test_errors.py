"""Expected failures, including file-system ones, become Vietnamese messages; anything else stays a bug."""

from __future__ import annotations

import errno

from hocbaso_desktop.domain.errors import DiskFullError, InvalidInputError, StorageError, as_expected
from tests.cli.test_school_cmds import hocbaso, no_traceback


def test_mapping():
    own = InvalidInputError("x")
    assert as_expected(own) is own
    assert isinstance(as_expected(FileNotFoundError(errno.ENOENT, "No such file", "/x/y.pdf")), StorageError)
    assert "/x/y.pdf" in as_expected(PermissionError(errno.EACCES, "denied", "/x/y.pdf")).message
    assert isinstance(as_expected(OSError(errno.ENOSPC, "No space left", "/x")), DiskFullError)
    assert as_expected(KeyError("bug")) is None


def test_cli_missing_input_file_exits_3(demo_school, tmp_path):
    result = hocbaso("import", str(tmp_path / "khong-co.xlsx"), "--dry-run", "--db", str(demo_school.path),
                     user="hocvu")
    assert result.returncode == 3
    no_traceback(result)


def test_cli_unwritable_output_exits_3(demo_school, tmp_path):
    blocked = tmp_path / "la-tep"
    blocked.write_text("x", encoding="utf-8")  # a file where a folder is needed
    result = hocbaso("print", "--class", "4A", "--kind", "summary", "--out", str(blocked / "sub"),
                     "--db", str(demo_school.path), user="hieutruong")
    assert result.returncode == 3, result.stderr
    no_traceback(result)
