"""The log file: rotated in the data folder, with personal ID numbers and secrets masked."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from hocbaso_desktop.logsetup import LOG_FILE_NAME, configure_logging, mask_sensitive

PERSONAL_ID = "001204012345"
PASSWORD = "Mk-bi-mat-7781"


@contextlib.contextmanager
def _logging_restored() -> Iterator[None]:
    """The root logger's handlers and level as they were before the block (handlers added in it are closed)."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Configure logging into tmp_path; remove the handler afterwards."""
    with _logging_restored():
        yield configure_logging(tmp_path)


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_personal_id_and_password_never_reach_the_file(log_file: Path) -> None:
    log = logging.getLogger("hocbaso_desktop.test")
    log.info("imported student with personal id %s", PERSONAL_ID)
    log.warning("login failed: password=%s user=gvcn.4a", PASSWORD)
    log.info('settings {"api_token": "%s", "mật khẩu": "%s"}', PASSWORD, PASSWORD)
    log.info("Authorization: Bearer %s", PASSWORD)
    try:
        raise ValueError(f"bad CCCD {PERSONAL_ID} with pin: {PASSWORD}")
    except ValueError:
        log.exception("import failed")
    text = _read(log_file)
    assert log_file.name == LOG_FILE_NAME
    assert PERSONAL_ID not in text
    assert PASSWORD not in text
    assert "personal id ############" in text
    assert "password=***" in text and "user=gvcn.4a" in text
    assert "Traceback" in text and "ValueError: bad CCCD ############ with pin: ***" in text


def test_ordinary_text_is_kept(log_file: Path) -> None:
    logging.getLogger("hocbaso_desktop.token").warning("token worker did not answer %s within %.1f s", "sign", 30.0)
    logging.getLogger("x").info("year 2026-2027 class 4A: 31 students, record 1234567890123")
    text = _read(log_file)
    assert "token worker did not answer sign within 30.0 s" in text
    assert "record 1234567890123" in text  # 13 digits: not a personal ID


def test_reconfiguring_replaces_the_handler(tmp_path: Path, log_file: Path) -> None:
    other = configure_logging(tmp_path / "other")
    logging.getLogger("x").warning("after move")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_hocbaso_log_file", False)]
    assert len(ours) == 1
    assert "after move" in _read(other)


def test_file_rotates(tmp_path: Path, log_file: Path) -> None:
    log = logging.getLogger("x")
    for i in range(12000):
        log.info("line %05d %s", i, "x" * 90)
    assert (tmp_path / f"{LOG_FILE_NAME}.1").is_file()
    assert log_file.stat().st_size <= 1024 * 1024


@pytest.mark.parametrize(("raw", "masked"), [
    ("so_pin=12345678", "so_pin=***"),
    ("PIN: 1234", "PIN: ***"),
    ("id 012345678901.", "id ############."),
    ("phone 0912345678", "phone 0912345678"),
])
def test_mask_sensitive(raw: str, masked: str) -> None:
    assert mask_sensitive(raw) == masked


def test_console_handlers_are_masked_too(tmp_path, capsys):
    with _logging_restored():  # the file handler too: the test's folder goes when it passes
        logging.getLogger().addHandler(logging.StreamHandler())
        configure_logging(tmp_path)
        logging.getLogger("hocbaso.test").error("máy chủ trả lời: sodinhdanh 079215000123")
        assert "079215000123" not in capsys.readouterr().err
